/***************************************************************************
  acvcoveragelayers.h - which layers of the project are coverage layers
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGELAYERS_H
#define ACVCOVERAGELAYERS_H

#include "acvlanguage.h"

#include <QString>

class QgsVectorLayer;

/**
 * A coverage layer is recognised by the fields the joined GeoPackage has (AcvJoinedLayer), not
 * by who made it: the dialog's results, Processing's and a GeoPackage opened from disk alike.
 */
class AcvCoverageLayers
{
public:
  //! The custom property holding the statistics file a result of the dialog was made from.
  static QString annexProperty();
  //! The custom property holding the label language ("vi"/"en") a result was styled in.
  static QString languageProperty();

  //! True when \a layer has the joined layer's figure fields.
  static bool isCoverageLayer( const QgsVectorLayer *layer );
  //! The target the layer was computed with (its target_pct field), \a fallback when it has none.
  static double targetPct( const QgsVectorLayer *layer, double fallback );
  //! The language the layer was styled in, \a fallback when it does not say.
  static AcvLanguage language( const QgsVectorLayer *layer, AcvLanguage fallback );
};

#endif // ACVCOVERAGELAYERS_H
