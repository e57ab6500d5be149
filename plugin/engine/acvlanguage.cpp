/***************************************************************************
  acvlanguage.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvlanguage.h"

#include <cmath>

bool AcvLanguageText::parse( const QString &code, AcvLanguage &language )
{
  const QString folded = code.trimmed().toLower();
  if ( folded == QLatin1String( "vi" ) )
    language = AcvLanguage::Vietnamese;
  else if ( folded == QLatin1String( "en" ) )
    language = AcvLanguage::English;
  else
    return false;
  return true;
}

QString AcvLanguageText::code( AcvLanguage language )
{
  return language == AcvLanguage::Vietnamese ? QStringLiteral( "vi" ) : QStringLiteral( "en" );
}

AcvNumberConvention AcvLanguageText::convention( AcvLanguage language )
{
  return language == AcvLanguage::Vietnamese ? AcvNumberConvention::Vietnamese : AcvNumberConvention::English;
}

QString AcvLanguageText::percentSign( AcvLanguage language )
{
  // A typographic rule, not a translation: it goes with the number style, as convention() does.
  return language == AcvLanguage::Vietnamese ? QStringLiteral( " %" ) : QStringLiteral( "%" );
}

QString AcvLanguageText::count( double value, AcvLanguage language )
{
  return AcvNumberParser::format( value, 0, convention( language ) );
}

QString AcvLanguageText::number( double value, int decimals, AcvLanguage language )
{
  return AcvNumberParser::format( value, decimals, convention( language ) );
}

QString AcvLanguageText::percent( double value, int decimals, AcvLanguage language )
{
  return number( value, decimals, language ) + percentSign( language );
}

QString AcvLanguageText::compactNumber( double value, int maxDecimals, AcvLanguage language )
{
  if ( !std::isfinite( value ) )
    return QString();
  // Drop the decimals the value does not need: 15 not 15,0; 7,5 not 7,50.
  int decimals = std::max( 0, maxDecimals );
  const double scale = std::pow( 10.0, decimals );
  const double rounded = std::round( value * scale ) / scale;
  while ( decimals > 0 )
  {
    const double coarser = std::pow( 10.0, decimals - 1 );
    if ( std::fabs( std::round( rounded * coarser ) / coarser - rounded ) > 1e-9 * std::max( 1.0, std::fabs( rounded ) ) )
      break;
    --decimals;
  }
  return number( rounded, decimals, language );
}

QString AcvLanguageText::percentRange( double lower, double upper, int maxDecimals, AcvLanguage language )
{
  const QString range = compactNumber( lower, maxDecimals, language ) + QChar( 0x2013 ) + compactNumber( upper, maxDecimals, language );
  return range + percentSign( language );
}
