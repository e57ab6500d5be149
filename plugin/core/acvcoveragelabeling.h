/***************************************************************************
  acvcoveragelabeling.h - locality labels: name and coverage, inside the polygon
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGELABELING_H
#define ACVCOVERAGELABELING_H

#include "acvlanguage.h"

#include <QString>

class QgsVectorLayerSimpleLabeling;

/**
 * Labels each locality with its name over its coverage ("Chư Păh" / "23,4 %"), written the
 * language's way. QGIS's labelling engine places them inside the polygons and drops the ones that
 * would collide, so a crowded map stays readable rather than complete.
 */
namespace AcvCoverageLabeling
{
//! The name field the joined layer always has (AcvJoinedLayerWriter).
QString nameField();

//! The admin-type prefixes a label leaves out ("Huyện Chư Păh" is labelled "Chư Păh").
QString adminPrefixPattern();

//! "locality" || newline || coverage as "23,4 %" (vi) or "23.4%" (en); name only without data.
QString expression( AcvLanguage language );

/**
 * New labelling for a coverage layer; the caller owns it. With \a belowTargetOnly only the
 * localities below \a targetPct are labelled.
 */
QgsVectorLayerSimpleLabeling *create( AcvLanguage language, bool belowTargetOnly, double targetPct );
} // namespace AcvCoverageLabeling

#endif // ACVCOVERAGELABELING_H
