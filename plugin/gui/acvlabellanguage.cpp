/***************************************************************************
  acvlabellanguage.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvlabellanguage.h"

AcvLanguage AcvLabelLanguage::fromLocale( const QString &userLocale )
{
  return userLocale.trimmed().startsWith( QLatin1String( "vi" ), Qt::CaseInsensitive ) ? AcvLanguage::Vietnamese : AcvLanguage::English;
}

AcvLanguage AcvLabelLanguage::resolve( const QString &explicitChoice, const QString &userLocale )
{
  AcvLanguage language = AcvLanguage::English;
  if ( AcvLanguageText::parse( explicitChoice, language ) )
    return language;
  return fromLocale( userLocale );
}
