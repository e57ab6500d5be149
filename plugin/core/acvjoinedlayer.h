/***************************************************************************
  acvjoinedlayer.h - boundaries plus coverage figures, in memory
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVJOINEDLAYER_H
#define ACVJOINEDLAYER_H

#include "acvcoveragejoin.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>
#include <qgsfields.h>
#include <qgswkbtypes.h>

#include <QString>
#include <QStringList>

#include <memory>

class AcvBoundarySource;
class QgsVectorLayer;

//! The joined features, built once and shared by the GeoPackage writer and the map.
struct AcvJoinedFeatures
{
  QgsFields fields;
  //! Their geometries are the boundaries', one part or many, as read: not copied into multipolygons.
  QgsFeatureList features;
  //! The multi-part type the layer declares (and the GeoPackage stores every geometry as).
  QgsWkbTypes::Type wkbType = QgsWkbTypes::MultiPolygon;
  QgsCoordinateReferenceSystem crs;
};

/**
 * The joined layer: every boundary field plus locality (the display name that labels and
 * tables show, whatever field the key was), stats_key, installs, smartphones, population,
 * coverage_pct, population_pct, target_pct, gap_installs, below_target and rank, in the
 * boundary layer's own CRS. The boundary source is only read.
 */
class AcvJoinedLayer
{
public:
  //! The field names this tool adds, in order.
  static QStringList coverageFieldNames();

  /**
   * Joins \a join onto the features of \a boundaries. Boundary fields that carry one of the
   * added names (a layer joined before) are replaced, with a warning. locality takes
   * \a nameField's value, or the statistics name when that is empty or NULL.
   */
  static bool build( const AcvBoundarySource &boundaries, const QString &nameField, const AcvStatisticsTable &table,
                     const AcvCoverageJoinResult &join, double targetPct, AcvJoinedFeatures &joined,
                     QStringList &warnings, QString &error );

  /**
   * As above, turning \a features, the boundary features taken from \a boundaries in their
   * order, into the joined features in place: at national scale, copying them would hold
   * every feature twice and cost the time to free the originals.
   */
  static bool build( const AcvBoundarySource &boundaries, QgsFeatureList features, const QString &nameField, const AcvStatisticsTable &table,
                     const AcvCoverageJoinResult &join, double targetPct, AcvJoinedFeatures &joined,
                     QStringList &warnings, QString &error );

  //! What holds a memory layer's features.
  enum class Backing
  {
    FeatureList, //!< the joined features themselves (AcvFeatureListProvider): no copy, for the command
    QgisMemory,  //!< a copy in QGIS's memory provider: in a QGIS session, which may unload the plugin
  };

  /**
   * A memory layer holding \a joined, for drawing maps without reading a file back. With the
   * FeatureList backing it holds the very features of \a joined (shared, not copied), which
   * get the layer's feature ids. QGIS 3.22 cannot unregister a provider, and a provider whose
   * code is gone with an unloaded plugin would be called at QGIS's exit: inside QGIS (Processing)
   * the run uses QGIS's own memory provider instead, a copy that costs nothing at a province's scale.
   */
  static std::unique_ptr<QgsVectorLayer> memoryLayer( AcvJoinedFeatures &joined, const QString &name, QString &error, Backing backing = Backing::FeatureList );
};

#endif // ACVJOINEDLAYER_H
