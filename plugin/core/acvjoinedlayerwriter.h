/***************************************************************************
  acvjoinedlayerwriter.h - writes boundaries plus coverage figures to a GeoPackage
 ***************************************************************************/
#ifndef ACVJOINEDLAYERWRITER_H
#define ACVJOINEDLAYERWRITER_H

#include "acvcoveragejoin.h"

#include <QString>
#include <QStringList>

class AcvBoundarySource;

/**
 * The joined layer: a new GeoPackage layer carrying every boundary field plus locality (the
 * display name that labels and tables show, whatever field the key was), stats_key,
 * installs, smartphones, population, coverage_pct, population_pct, target_pct, gap_installs,
 * below_target and rank, in the boundary layer's own CRS. The boundary source is only read.
 */
class AcvJoinedLayerWriter
{
public:
  //! The field names this tool adds, in order.
  static QStringList coverageFieldNames();

  /**
   * Writes \a join for \a boundaries to \a path (layer \a layerName) atomically.
   * Boundary fields that carry one of the added names (a layer joined before) are replaced.
   * locality takes \a nameField's value, or the statistics name when that is empty or NULL.
   */
  static bool write( const AcvBoundarySource &boundaries, const QString &nameField, const AcvStatisticsTable &table,
                     const AcvCoverageJoinResult &join, double targetPct,
                     const QString &path, const QString &layerName, QStringList &warnings, QString &error );
};

#endif // ACVJOINEDLAYERWRITER_H
