/***************************************************************************
  acvcoveragelayercontent.h - a report's figures read back from a coverage layer
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGELAYERCONTENT_H
#define ACVCOVERAGELAYERCONTENT_H

#include "acvreportcontent.h"

#include <QDate>

class QgsVectorLayer;

/**
 * A coverage layer as the joined GeoPackage holds it (whoever made it: the command, Processing
 * or the plugin's dialog) carries every figure the report shows. Reading them back lets Export
 * Report print the layer as it is on the map, without reading the annex again.
 */
class AcvCoverageLayerContent
{
public:
  //! Whether \a layer has the fields of a joined coverage layer (AcvJoinedLayer::coverageFieldNames()).
  static bool isCoverageLayer( const QgsVectorLayer *layer );

  /**
   * Fills \a content's totals, below-target rows and target from \a layer's features, the same
   * way a run computes them from its join (matched localities only: those with a stats_key).
   */
  static bool fill( const QgsVectorLayer *layer, AcvReportContent &content, QString &error );

  /**
   * Keeps with \a layer (saved in the project) what its page says beside the figures: the
   * annex's and the boundaries' file names, the statistics date and the annex's own total rows
   * that disagree with its localities, so the page printed later carries the same notes.
   */
  static void setSources( QgsVectorLayer *layer, const QString &statisticsSource, const QString &boundarySource, const QDate &statisticsDate,
                          const QVector<AcvTotalMismatch> &totalMismatches = QVector<AcvTotalMismatch>() );
  //! Keeps with \a layer how its figures were re-mapped (a crosswalk, an aggregation), for its page.
  static void setRemap( QgsVectorLayer *layer, const AcvReportRemap &remap );
};

#endif // ACVCOVERAGELAYERCONTENT_H
