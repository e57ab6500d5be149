/***************************************************************************
  acvjoinedlayerwriter.h - writes boundaries plus coverage figures to a GeoPackage
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVJOINEDLAYERWRITER_H
#define ACVJOINEDLAYERWRITER_H

#include "acvcoveragejoin.h"

#include <QString>
#include <QStringList>

#include <qgsfeature.h>
#include <qgsfields.h>
#include <qgswkbtypes.h>

class AcvOutputTransaction;

class AcvBoundarySource;
struct AcvJoinedFeatures;

/**
 * Writes the joined layer (see AcvJoinedLayer) as a new GeoPackage layer with OGR, atomically:
 * the file appears complete under its name or not at all.
 *
 * In two steps, so the file can be written on another thread: create() takes the layer's
 * fields, geometry type and CRS (as WKT) on the calling thread, which must be one that lives on
 * (QGIS keeps a CRS's PROJ objects per thread: a CRS used on a worker that then ends leaves
 * QGIS's CRS cache pointing at freed PROJ objects). finish() touches no QGIS CRS: it creates the
 * GeoPackage, writes the features through OGR's C API, packs the spatial index and renames the
 * file into place, on any one thread.
 */
class AcvJoinedLayerWriter
{
public:
  AcvJoinedLayerWriter();
  ~AcvJoinedLayerWriter();
  AcvJoinedLayerWriter( const AcvJoinedLayerWriter & ) = delete;
  AcvJoinedLayerWriter &operator=( const AcvJoinedLayerWriter & ) = delete;

  //! The field names this tool adds, in order.
  static QStringList coverageFieldNames();

  //! Prepares layer \a layerName of \a path for \a joined's fields, geometry type and CRS.
  bool create( const AcvJoinedFeatures &joined, const QString &path, const QString &layerName, QString &error, AcvOutputTransaction *transaction = nullptr );

  //! Writes \a features into a new GeoPackage beside the destination, indexes it and puts the file in place.
  bool finish( const QgsFeatureList &features, QString &error, AcvProgress *progress = nullptr );

  //! Writes \a joined to \a path (layer \a layerName): create() and finish() on this thread.
  static bool write( const AcvJoinedFeatures &joined, const QString &path, const QString &layerName, QString &error );

  //! Joins \a join onto \a boundaries (AcvJoinedLayer::build) and writes the result to \a path.
  static bool write( const AcvBoundarySource &boundaries, const QString &nameField, const AcvStatisticsTable &table,
                     const AcvCoverageJoinResult &join, double targetPct,
                     const QString &path, const QString &layerName, QStringList &warnings, QString &error );

private:
  QString mPath;
  QString mLayerName;
  QgsFields mFields;
  QgsWkbTypes::Type mWkbType = QgsWkbTypes::MultiPolygon;
  QByteArray mCrsWkt; //!< empty for a source without a CRS
  bool mCreated = false;
  AcvOutputTransaction *mTransaction = nullptr; //!< the run's, or none: the file is put in place at once
};

#endif // ACVJOINEDLAYERWRITER_H
