/***************************************************************************
  acvlabellanguage.h - the language of the map's labels when the analyst has not chosen one
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVLABELLANGUAGE_H
#define ACVLABELLANGUAGE_H

#include "acvlanguage.h"

#include <QString>

/**
 * Labels follow QGIS's locale (Settings > Options > General, "locale/userLocale") until the
 * analyst picks a language in the dialog; that explicit choice is kept apart, so changing
 * QGIS's language later still moves the labels of someone who never chose.
 */
class AcvLabelLanguage
{
public:
  //! Vietnamese for a QGIS locale starting with "vi" ("vi", "vi_VN"), English for any other.
  static AcvLanguage fromLocale( const QString &userLocale );
  //! \a explicitChoice ("vi"/"en") when it is one, else the language of \a userLocale.
  static AcvLanguage resolve( const QString &explicitChoice, const QString &userLocale );
};

#endif // ACVLABELLANGUAGE_H
