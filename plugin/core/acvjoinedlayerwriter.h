/***************************************************************************
  acvjoinedlayerwriter.h - writes boundaries plus coverage figures to a GeoPackage
 ***************************************************************************/
#ifndef ACVJOINEDLAYERWRITER_H
#define ACVJOINEDLAYERWRITER_H

#include "acvcoveragejoin.h"

#include <QString>
#include <QStringList>

class AcvBoundarySource;
struct AcvJoinedFeatures;

/**
 * Writes the joined layer (see AcvJoinedLayer) as a new GeoPackage layer, atomically: the file
 * appears complete under its name or not at all.
 */
class AcvJoinedLayerWriter
{
public:
  //! The field names this tool adds, in order.
  static QStringList coverageFieldNames();

  //! Writes \a joined to \a path (layer \a layerName).
  static bool write( const AcvJoinedFeatures &joined, const QString &path, const QString &layerName, QString &error );

  //! Joins \a join onto \a boundaries (AcvJoinedLayer::build) and writes the result to \a path.
  static bool write( const AcvBoundarySource &boundaries, const QString &nameField, const AcvStatisticsTable &table,
                     const AcvCoverageJoinResult &join, double targetPct,
                     const QString &path, const QString &layerName, QStringList &warnings, QString &error );
};

#endif // ACVJOINEDLAYERWRITER_H
