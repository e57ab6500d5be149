/***************************************************************************
  acvcolumndetector.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcolumndetector.h"
#include "acvadmintypes.h"
#include "acvtablereader.h"

#include <QRegularExpression>

#include <algorithm>

namespace
{
//! True when \a phrase occurs in \a folded as whole words.
bool hasPhrase( const QString &folded, const QString &phrase )
{
  // Searched in place: every header candidate is tested against a hundred phrases.
  for ( int at = folded.indexOf( phrase ); at >= 0; at = folded.indexOf( phrase, at + 1 ) )
  {
    const int end = at + phrase.size();
    if ( ( at == 0 || folded.at( at - 1 ) == QLatin1Char( ' ' ) ) && ( end == folded.size() || folded.at( end ) == QLatin1Char( ' ' ) ) )
      return true;
  }
  return false;
}

bool hasAny( const QString &folded, const QStringList &phrases )
{
  for ( const QString &phrase : phrases )
  {
    if ( hasPhrase( folded, phrase ) )
      return true;
  }
  return false;
}
} // namespace

QString AcvColumnDetector::foldHeader( const QString &header )
{
  QString folded;
  // Nothing below U+00C0 decomposes: most cells (numbers, ASCII text) skip the normalization.
  const bool decomposable = std::any_of( header.cbegin(), header.cend(), []( QChar c )
                                         { return c.unicode() >= 0x00C0; } );
  const QString decomposed = decomposable ? header.normalized( QString::NormalizationForm_D ) : header;
  folded.reserve( decomposed.size() );
  for ( const QChar c : decomposed )
  {
    if ( c.category() == QChar::Mark_NonSpacing )
      continue;
    if ( c == QChar( 0x0110 ) || c == QChar( 0x0111 ) || c == QChar( 0x00D0 ) )
      folded.append( QLatin1Char( 'd' ) );
    else if ( c.isLetterOrNumber() )
      folded.append( c.toLower() );
    else
      folded.append( QLatin1Char( ' ' ) );
  }
  return folded.simplified();
}

AcvColumnRole AcvColumnDetector::roleOf( const QString &header )
{
  const QString folded = foldHeader( header );
  if ( folded.isEmpty() )
    return AcvColumnRole::None;
  // Derived figures are computed by the tool, never read as inputs.
  static const QStringList derived = {
      QStringLiteral( "ty le" ), QStringLiteral( "ti le" ), QStringLiteral( "rate" ), QStringLiteral( "percent" ),
      QStringLiteral( "percentage" ), QStringLiteral( "pct" ), QStringLiteral( "xep hang" ), QStringLiteral( "rank" ),
      QStringLiteral( "stt" ), QStringLiteral( "tt" ), QStringLiteral( "muc tieu" ), QStringLiteral( "target" ),
      QStringLiteral( "ghi chu" ), QStringLiteral( "note" ), QStringLiteral( "so thu tu" ), QStringLiteral( "no" ) };
  if ( header.contains( QLatin1Char( '%' ) ) || hasAny( folded, derived ) )
    return AcvColumnRole::None;

  static const QStringList code = { QStringLiteral( "ma" ), QStringLiteral( "code" ), QStringLiteral( "id" ), QStringLiteral( "ma so" ), QStringLiteral( "geocode" ) };
  static const QStringList smartphones = { QStringLiteral( "dttm" ), QStringLiteral( "dien thoai thong minh" ), QStringLiteral( "smartphone" ),
                                           QStringLiteral( "smartphones" ), QStringLiteral( "smart phone" ), QStringLiteral( "smart phones" ) };
  static const QStringList installs = { QStringLiteral( "cai dat" ), QStringLiteral( "cai" ), QStringLiteral( "luot cai" ), QStringLiteral( "luot tai" ),
                                        QStringLiteral( "tai ve" ), QStringLiteral( "install" ), QStringLiteral( "installs" ),
                                        QStringLiteral( "installations" ), QStringLiteral( "installed" ), QStringLiteral( "download" ),
                                        QStringLiteral( "downloads" ), QStringLiteral( "nguoi dung" ), QStringLiteral( "users" ), QStringLiteral( "luot" ) };
  static const QStringList population = { QStringLiteral( "dan so" ), QStringLiteral( "ds" ), QStringLiteral( "population" ),
                                          QStringLiteral( "nhan khau" ), QStringLiteral( "so dan" ), QStringLiteral( "pop" ) };
  // A header of type words ("Huyện, thị xã", "District") names the locality column.
  static const QStringList key = QStringList{ QStringLiteral( "don vi" ), QStringLiteral( "ten" ), QStringLiteral( "dia phuong" ), QStringLiteral( "dia ban" ),
                                              QStringLiteral( "locality" ), QStringLiteral( "name" ), QStringLiteral( "unit" ), QStringLiteral( "area" ) } +
                                 AcvAdminTypes::foldedWords();
  // Order matters: "Mã tỉnh" is a code, "Số người dùng ĐTTM" counts smartphones, not app users.
  if ( hasAny( folded, code ) )
    return AcvColumnRole::Code;
  if ( hasAny( folded, smartphones ) )
    return AcvColumnRole::Smartphones;
  if ( hasAny( folded, population ) )
    return AcvColumnRole::Population;
  if ( hasAny( folded, installs ) )
    return AcvColumnRole::Installs;
  if ( hasAny( folded, key ) )
    return AcvColumnRole::Key;
  return AcvColumnRole::None;
}

double AcvColumnDetector::unitScale( const QString &header, QString *unit )
{
  if ( unit )
    unit->clear();
  // The unit is written in parentheses after the name ("Dân số (nghìn người)") or after a comma
  // ("Dân số, nghìn người"); a year in parentheses ("Dân số (2019)") is no unit.
  static const QRegularExpression parenthesised( QStringLiteral( "\\(([^()]*)\\)|,\\s*([^,()]+)$" ) );
  auto matches = parenthesised.globalMatch( header );
  while ( matches.hasNext() )
  {
    const QRegularExpressionMatch match = matches.next();
    const QString written = ( match.captured( 1 ).isEmpty() ? match.captured( 2 ) : match.captured( 1 ) ).trimmed();
    const QString folded = foldHeader( written );
    const QStringList words = folded.split( QLatin1Char( ' ' ), Qt::SkipEmptyParts );
    const auto has = [&words]( std::initializer_list<const char *> candidates )
    {
      for ( const char *candidate : candidates )
      {
        if ( words.contains( QLatin1String( candidate ) ) )
          return true;
      }
      return false;
    };
    // "1.000 người", "1000 người", "'000": a thousand written in digits.
    QString digits = written;
    digits.remove( QRegularExpression( QStringLiteral( "[\\s.,']" ) ) );
    const bool thousandInDigits = ( digits.startsWith( QLatin1String( "1000" ) ) && !digits.startsWith( QLatin1String( "10000" ) ) ) || written == QLatin1String( "'000" ) || digits == QLatin1String( "000" );
    double scale = 0;
    if ( has( { "trieu", "million", "millions", "mn" } ) )
      scale = 1e6;
    else if ( has( { "nghin", "ngan", "thousand", "thousands" } ) || thousandInDigits )
      scale = 1e3;
    else if ( has( { "nguoi", "luot", "persons", "people" } ) )
      scale = 1;
    if ( scale > 0 )
    {
      if ( unit )
        *unit = written;
      return scale;
    }
  }
  return 1.0;
}

bool AcvColumnDetector::isRateHeader( const QString &header )
{
  const QString folded = foldHeader( header );
  static const QStringList rate = { QStringLiteral( "ty le" ), QStringLiteral( "ti le" ), QStringLiteral( "rate" ), QStringLiteral( "percent" ),
                                    QStringLiteral( "percentage" ), QStringLiteral( "pct" ), QStringLiteral( "coverage" ) };
  if ( !header.contains( QLatin1Char( '%' ) ) && !hasAny( folded, rate ) )
    return false;
  // "Xếp hạng tỷ lệ" ranks; "Mục tiêu (%)" is the target, not a rate of this row.
  static const QStringList notRate = { QStringLiteral( "xep hang" ), QStringLiteral( "rank" ), QStringLiteral( "muc tieu" ), QStringLiteral( "target" ) };
  return !hasAny( folded, notRate );
}

int AcvColumnDetector::headerScore( const QStringList &cells )
{
  int score = 0;
  for ( const QString &cell : cells )
  {
    // A header cell is short text; a long sentence is a title that happens to name a column.
    if ( cell.size() <= 80 && roleOf( cell ) != AcvColumnRole::None )
      ++score;
  }
  return score;
}

QVector<int> AcvColumnDetector::columnsWithRole( const QStringList &headers, AcvColumnRole role )
{
  QVector<int> columns;
  for ( int i = 0; i < headers.size(); ++i )
  {
    if ( roleOf( headers.at( i ) ) == role )
      columns.append( i );
  }
  return columns;
}

int AcvColumnDetector::findColumn( const QStringList &headers, const QString &requested )
{
  const QString wanted = requested.trimmed();
  if ( wanted.isEmpty() )
    return -1;
  QVector<int> exact;
  for ( int i = 0; i < headers.size(); ++i )
  {
    if ( headers.at( i ).trimmed() == wanted )
      exact.append( i );
  }
  if ( exact.size() == 1 )
    return exact.first();
  if ( exact.size() > 1 )
    return -2;
  const QString folded = foldHeader( wanted );
  QVector<int> loose;
  for ( int i = 0; i < headers.size(); ++i )
  {
    if ( !folded.isEmpty() && foldHeader( headers.at( i ) ) == folded )
      loose.append( i );
  }
  if ( loose.size() == 1 )
    return loose.first();
  if ( loose.size() > 1 )
    return -2;
  static const QRegularExpression letters( QStringLiteral( "^[A-Za-z]{1,3}$" ) );
  static const QRegularExpression number( QStringLiteral( "^[0-9]{1,4}$" ) );
  if ( number.match( wanted ).hasMatch() )
  {
    const int index = wanted.toInt() - 1;
    return index >= 0 && index < headers.size() ? index : -1;
  }
  if ( letters.match( wanted ).hasMatch() )
  {
    for ( int i = 0; i < headers.size(); ++i )
    {
      if ( AcvTableReader::columnLetter( i ).compare( wanted, Qt::CaseInsensitive ) == 0 )
        return i;
    }
  }
  return -1;
}

QString AcvColumnDetector::roleName( AcvColumnRole role )
{
  switch ( role )
  {
    case AcvColumnRole::Key:
      return QStringLiteral( "key" );
    case AcvColumnRole::Code:
      return QStringLiteral( "code" );
    case AcvColumnRole::Installs:
      return QStringLiteral( "installs" );
    case AcvColumnRole::Smartphones:
      return QStringLiteral( "smartphones" );
    case AcvColumnRole::Population:
      return QStringLiteral( "population" );
    case AcvColumnRole::None:
      break;
  }
  return QStringLiteral( "none" );
}
