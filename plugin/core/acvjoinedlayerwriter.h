/***************************************************************************
  acvjoinedlayerwriter.h - writes boundaries plus coverage figures to a GeoPackage
 ***************************************************************************/
#ifndef ACVJOINEDLAYERWRITER_H
#define ACVJOINEDLAYERWRITER_H

#include "acvcoveragejoin.h"

#include <QString>
#include <QStringList>

#include <qgsfeature.h>

#include <memory>

class AcvBoundarySource;
class AcvOutputFile;
class QgsVectorFileWriter;
struct AcvJoinedFeatures;

/**
 * Writes the joined layer (see AcvJoinedLayer) as a new GeoPackage layer, atomically: the file
 * appears complete under its name or not at all.
 *
 * In two steps, so the features can be written on another thread: create() makes the layer
 * with its CRS and must run on a thread that lives on (QGIS keeps a CRS's PROJ objects per
 * thread: a CRS made on a worker wrote as "Undefined geographic SRS", and one used there left
 * QGIS's CRS cache pointing at freed PROJ objects once the worker ended). finish() writes the
 * features, packs the spatial index and renames the file into place, on any one thread.
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

  //! Creates layer \a layerName for \a joined's fields, geometry type and CRS, in a temporary file beside \a path.
  bool create( const AcvJoinedFeatures &joined, const QString &path, const QString &layerName, QString &error );

  //! Writes \a features into the created layer, indexes it and puts the file in place.
  bool finish( const QgsFeatureList &features, QString &error );

  //! Writes \a joined to \a path (layer \a layerName): create() and finish() on this thread.
  static bool write( const AcvJoinedFeatures &joined, const QString &path, const QString &layerName, QString &error );

  //! Joins \a join onto \a boundaries (AcvJoinedLayer::build) and writes the result to \a path.
  static bool write( const AcvBoundarySource &boundaries, const QString &nameField, const AcvStatisticsTable &table,
                     const AcvCoverageJoinResult &join, double targetPct,
                     const QString &path, const QString &layerName, QStringList &warnings, QString &error );

private:
  QString mPath;
  QString mLayerName;
  std::unique_ptr<AcvOutputFile> mOutput;
  std::unique_ptr<QgsVectorFileWriter> mWriter;
};

#endif // ACVJOINEDLAYERWRITER_H
