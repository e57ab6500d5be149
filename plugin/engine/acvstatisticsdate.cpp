/***************************************************************************
  acvstatisticsdate.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvstatisticsdate.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace
{
// Day first, as Vietnamese documents write it: 20/8/2020, 20-08-2020, 20.08.2020.
const QString kDayFirst = QStringLiteral( "(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})" );
// "20 tháng 8 năm 2020", the form of official letters.
const QString kWords = QStringLiteral( "(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})" );
const QString kIso = QStringLiteral( "(\\d{4})-(\\d{2})-(\\d{2})" );

QDate dayFirst( const QRegularExpressionMatch &match )
{
  return QDate( match.captured( 3 ).toInt(), match.captured( 2 ).toInt(), match.captured( 1 ).toInt() );
}

//! The first valid date in \a text; with \a afterMarker only one that follows "ngày" or "as of".
QDate findDate( const QString &text, bool afterMarker, QString &evidence )
{
  const QString marker = afterMarker ? QStringLiteral( "(?:ngày|as of|as at|date)\\s*:?\\s*" ) : QString();
  for ( const QString &pattern : { kWords, kDayFirst } )
  {
    const QRegularExpression expression( marker + pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption );
    QRegularExpressionMatchIterator it = expression.globalMatch( text );
    while ( it.hasNext() )
    {
      const QRegularExpressionMatch match = it.next();
      const QDate date = dayFirst( match );
      if ( date.isValid() )
      {
        evidence = match.captured( 0 );
        return date;
      }
    }
  }
  return QDate();
}
} // namespace

AcvStatisticsDate::Result AcvStatisticsDate::detect( const QStringList &titleRows, const QString &path )
{
  Result result;
  // Title rows are normalised to NFC so "ngày" matches however the file composed it.
  QStringList rows;
  for ( const QString &row : titleRows )
    rows.append( row.normalized( QString::NormalizationForm_C ) );
  for ( const bool afterMarker : { true, false } )
  {
    for ( const QString &row : std::as_const( rows ) )
    {
      result.date = findDate( row, afterMarker, result.evidence );
      if ( result.date.isValid() )
        return result;
    }
  }
  const QString name = QFileInfo( path ).fileName();
  const QRegularExpressionMatch iso = QRegularExpression( QStringLiteral( "(?<!\\d)" ) + kIso + QStringLiteral( "(?!\\d)" ) ).match( name );
  if ( iso.hasMatch() )
  {
    const QDate date( iso.captured( 1 ).toInt(), iso.captured( 2 ).toInt(), iso.captured( 3 ).toInt() );
    if ( date.isValid() )
    {
      result.date = date;
      result.evidence = name;
    }
  }
  return result;
}

QDate AcvStatisticsDate::parse( const QString &text )
{
  const QString trimmed = text.trimmed();
  const QRegularExpressionMatch iso = QRegularExpression( QStringLiteral( "^" ) + kIso + QStringLiteral( "$" ) ).match( trimmed );
  if ( iso.hasMatch() )
    return QDate( iso.captured( 1 ).toInt(), iso.captured( 2 ).toInt(), iso.captured( 3 ).toInt() );
  const QRegularExpressionMatch day = QRegularExpression( QStringLiteral( "^" ) + kDayFirst + QStringLiteral( "$" ) ).match( trimmed );
  if ( day.hasMatch() )
    return dayFirst( day );
  return QDate();
}
