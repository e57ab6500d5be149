/***************************************************************************
  acvsafefilename.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvsafefilename.h"

#include <QRegularExpression>

QString AcvSafeFileName::fromName( const QString &name, int maxLength )
{
  QString safe;
  const QString composed = name.normalized( QString::NormalizationForm_C );
  for ( const QChar c : composed )
  {
    if ( c.isSpace() )
      safe += QLatin1Char( '_' );
    else if ( c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || QStringLiteral( "/\\:*?\"<>|" ).contains( c ) )
      safe += QLatin1Char( '-' );
    else
      safe += c;
  }
  // "Ia: Pa" gives "-_": one separator reads better.
  safe.replace( QRegularExpression( QStringLiteral( "[-_]*-[-_]*" ) ), QStringLiteral( "-" ) );
  safe.replace( QRegularExpression( QStringLiteral( "_{2,}" ) ), QStringLiteral( "_" ) );
  // Cut on a character boundary, never inside a surrogate pair.
  if ( safe.size() > maxLength )
  {
    int cut = maxLength;
    if ( safe.at( cut - 1 ).isHighSurrogate() )
      --cut;
    safe.truncate( cut );
  }
  safe.remove( QRegularExpression( QStringLiteral( "^[._\\-]+|[._\\-]+$" ) ) );
  if ( safe.isEmpty() )
    return QStringLiteral( "unnamed" );
  static const QRegularExpression reserved( QStringLiteral( "^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$" ), QRegularExpression::CaseInsensitiveOption );
  if ( reserved.match( safe ).hasMatch() )
    safe += QLatin1Char( '_' );
  return safe;
}

QString AcvSafeFileName::numbered( const QString &prefix, int number, int count, const QString &name, const QString &suffix )
{
  const int width = std::max( 3, static_cast<int>( QString::number( count ).size() ) );
  return QStringLiteral( "%1_%2_%3.%4" ).arg( prefix ).arg( number, width, 10, QLatin1Char( '0' ) ).arg( fromName( name ), suffix );
}
