/***************************************************************************
  acvcoveragestyle.h - the coverage map's style: classes, colours, highlight, labels, legend
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGESTYLE_H
#define ACVCOVERAGESTYLE_H

#include "acvclassification.h"
#include "acvlanguage.h"

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

class QgsVectorLayer;

//! What the map shows and how: the command line and the plugin dialog fill it.
struct AcvStyleOptions
{
  QString field = QStringLiteral( "coverage_pct" ); //!< the classified field of the joined layer
  AcvClassificationOptions classification;
  QString ramp;           //!< a colour ramp of QGIS's style; empty: YlGnBu, or RdYlBu when diverging
  bool diverging = false; //!< colours diverge around the target (coverage fields only)
  AcvLanguage language = AcvLanguage::Vietnamese;
  bool labels = true;           //!< locality name and coverage inside each polygon
  bool belowTargetOnly = false; //!< colour only the localities below the target
  bool legendCounts = false;    //!< "45–60 % (3)": the number of localities in each class
};

//! One class of the map, as the legend shows it.
struct AcvStyleClass
{
  double lower = 0.0;
  double upper = 0.0;
  QColor color;
  QString range; //!< "45–60 %"
  QString label; //!< the legend's text: the range, with the count when asked for
  int count = 0;
};

//! What apply() built, for reports and tests.
struct AcvStyleSummary
{
  QString title; //!< the layer's name, which QGIS shows as the legend title
  QVector<AcvStyleClass> classes;
  int noDataCount = 0;
  int belowTargetCount = 0;
  double localitySize = 0;  //!< a typical locality's size in map units (median bounding-box side)
  int bandMinimumScale = 0; //!< the below-target band shows at this scale (denominator) and closer; 0 = always
  QStringList warnings;
};

/**
 * Styles a joined coverage layer with one rule-based renderer, so a single .qml carries it all:
 * one rule per class (breaks from AcvClassification, colours from AcvClassColors), a hatched grey
 * "no data" rule, and a "below target" rule that adds a heavy band on top of the class fill.
 * QGIS's graduated renderer has no place for the last two; rules keep the graduated legend intact.
 */
class AcvCoverageStyle
{
public:
  //! Fields whose values are percentages (labels "45–60 %") rather than counts ("1.000–5.000").
  static bool isPercentField( const QString &field );

  //! The legend title: the measure and the target, e.g. "… – Mục tiêu 60 %".
  static QString title( const AcvStyleOptions &options );

  static QString noDataLabel( AcvLanguage language );
  static QString belowTargetLabel( double targetPct, AcvLanguage language );
  static QString atOrAboveTargetLabel( double targetPct, AcvLanguage language );

  /**
   * Classifies \a layer's field, then sets its renderer, labels and name (the legend title).
   * Fails with \a error when the field is missing or not numeric, or nothing can be classified.
   */
  static bool apply( QgsVectorLayer &layer, const AcvStyleOptions &options, AcvStyleSummary &summary, QString &error );
};

#endif // ACVCOVERAGESTYLE_H
