/***************************************************************************
  acvjoinedlayerwriter.cpp
 ***************************************************************************/
#include "acvjoinedlayerwriter.h"
#include "acvgpkgspatialindex.h"
#include "acvjoinedlayer.h"
#include "acvoutputfile.h"

#include <qgscoordinatetransformcontext.h>
#include <qgsproject.h>
#include <qgsvectorfilewriter.h>

#include <QFile>

#include <gdal.h>
#include <ogr_api.h>

#include <memory>

namespace
{
//! GDAL's own way to index a layer, row by row: the fallback when the packed index cannot be built.
bool createGdalSpatialIndex( const QString &path, const QString &layerName, QString &error )
{
  GDALDatasetH dataset = GDALOpenEx( QFile::encodeName( path ).constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr );
  OGRLayerH layer = dataset ? GDALDatasetGetLayerByName( dataset, layerName.toUtf8().constData() ) : nullptr;
  if ( !layer )
  {
    error = QStringLiteral( "%1: cannot be reopened to index it (%2)" ).arg( path, QString::fromUtf8( CPLGetLastErrorMsg() ) );
    if ( dataset )
      GDALClose( dataset );
    return false;
  }
  CPLErrorReset();
  const QString sql = QStringLiteral( "SELECT CreateSpatialIndex('%1', '%2')" ).arg( layerName, QString::fromUtf8( OGR_L_GetGeometryColumn( layer ) ) );
  OGRLayerH result = GDALDatasetExecuteSQL( dataset, sql.toUtf8().constData(), nullptr, nullptr );
  if ( result )
    GDALDatasetReleaseResultSet( dataset, result );
  const bool ok = CPLGetLastErrorType() < CE_Failure;
  if ( !ok )
    error = QStringLiteral( "%1: cannot be indexed (%2)" ).arg( path, QString::fromUtf8( CPLGetLastErrorMsg() ) );
  GDALClose( dataset );
  return ok;
}
} // namespace

QStringList AcvJoinedLayerWriter::coverageFieldNames()
{
  return AcvJoinedLayer::coverageFieldNames();
}

AcvJoinedLayerWriter::AcvJoinedLayerWriter() = default;
AcvJoinedLayerWriter::~AcvJoinedLayerWriter() = default;

bool AcvJoinedLayerWriter::create( const AcvJoinedFeatures &joined, const QString &path, const QString &layerName, QString &error )
{
  mPath = path;
  mLayerName = layerName;
  mOutput = std::make_unique<AcvOutputFile>( path );
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  options.layerName = layerName;
  options.fileEncoding = QStringLiteral( "UTF-8" );
  // The spatial index is packed afterwards in one pass (AcvGpkgSpatialIndex), not grown row by
  // row as GDAL would: at national scale that saves a second.
  options.layerOptions << QStringLiteral( "SPATIAL_INDEX=NO" );
  QString newFileName;
  QString newLayer;
  mWriter.reset( QgsVectorFileWriter::create( mOutput->tempPath(), joined.fields, joined.wkbType, joined.crs,
                                              QgsCoordinateTransformContext(), options, QgsFeatureSink::SinkFlags(), &newFileName, &newLayer ) );
  if ( !mWriter || mWriter->hasError() != QgsVectorFileWriter::NoError )
  {
    error = QStringLiteral( "%1: cannot be written (%2)" ).arg( path, mWriter ? mWriter->errorMessage() : QStringLiteral( "no GeoPackage driver" ) );
    mWriter.reset();
    return false;
  }
  return true;
}

bool AcvJoinedLayerWriter::finish( const QgsFeatureList &features, QString &error )
{
  if ( !mWriter )
  {
    error = QStringLiteral( "%1: the layer was not created" ).arg( mPath );
    return false;
  }
  for ( const QgsFeature &feature : features )
  {
    QgsFeature copy( feature );
    if ( !mWriter->addFeature( copy, QgsFeatureSink::FastInsert ) )
    {
      error = QStringLiteral( "%1: feature %2 cannot be written (%3)" ).arg( mPath ).arg( feature.id() ).arg( mWriter->errorMessage() );
      return false;
    }
  }
  mWriter.reset(); // closes the GeoPackage before it is indexed and renamed into place
  QString indexError;
  if ( !AcvGpkgSpatialIndex::create( mOutput->tempPath(), mLayerName, indexError ) && !createGdalSpatialIndex( mOutput->tempPath(), mLayerName, error ) )
  {
    error = QStringLiteral( "%1 (%2)" ).arg( error, indexError );
    return false;
  }
  return mOutput->commit( error );
}

bool AcvJoinedLayerWriter::write( const AcvJoinedFeatures &joined, const QString &path, const QString &layerName, QString &error )
{
  AcvJoinedLayerWriter writer;
  return writer.create( joined, path, layerName, error ) && writer.finish( joined.features, error );
}

bool AcvJoinedLayerWriter::write( const AcvBoundarySource &boundaries, const QString &nameField, const AcvStatisticsTable &table,
                                  const AcvCoverageJoinResult &join, double targetPct,
                                  const QString &path, const QString &layerName, QStringList &warnings, QString &error )
{
  AcvJoinedFeatures joined;
  return AcvJoinedLayer::build( boundaries, nameField, table, join, targetPct, joined, warnings, error ) && write( joined, path, layerName, error );
}
