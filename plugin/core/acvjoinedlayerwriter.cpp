/***************************************************************************
  acvjoinedlayerwriter.cpp
 ***************************************************************************/
#include "acvjoinedlayerwriter.h"
#include "acvjoinedlayer.h"
#include "acvoutputfile.h"

#include <qgscoordinatetransformcontext.h>
#include <qgsproject.h>
#include <qgsvectorfilewriter.h>

#include <memory>

QStringList AcvJoinedLayerWriter::coverageFieldNames()
{
  return AcvJoinedLayer::coverageFieldNames();
}

bool AcvJoinedLayerWriter::write( const AcvJoinedFeatures &joined, const QString &path, const QString &layerName, QString &error )
{
  AcvOutputFile output( path );
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  options.layerName = layerName;
  options.fileEncoding = QStringLiteral( "UTF-8" );
  QString newFileName;
  QString newLayer;
  std::unique_ptr<QgsVectorFileWriter> writer( QgsVectorFileWriter::create(
      output.tempPath(), joined.fields, joined.wkbType, joined.crs,
      QgsCoordinateTransformContext(), options, QgsFeatureSink::SinkFlags(), &newFileName, &newLayer ) );
  if ( !writer || writer->hasError() != QgsVectorFileWriter::NoError )
  {
    error = QStringLiteral( "%1: cannot be written (%2)" ).arg( path, writer ? writer->errorMessage() : QStringLiteral( "no GeoPackage driver" ) );
    return false;
  }
  for ( const QgsFeature &feature : joined.features )
  {
    QgsFeature copy( feature );
    if ( !writer->addFeature( copy, QgsFeatureSink::FastInsert ) )
    {
      error = QStringLiteral( "%1: feature %2 cannot be written (%3)" ).arg( path ).arg( feature.id() ).arg( writer->errorMessage() );
      return false;
    }
  }
  writer.reset(); // closes the GeoPackage before it is renamed into place
  return output.commit( error );
}

bool AcvJoinedLayerWriter::write( const AcvBoundarySource &boundaries, const QString &nameField, const AcvStatisticsTable &table,
                                  const AcvCoverageJoinResult &join, double targetPct,
                                  const QString &path, const QString &layerName, QStringList &warnings, QString &error )
{
  AcvJoinedFeatures joined;
  return AcvJoinedLayer::build( boundaries, nameField, table, join, targetPct, joined, warnings, error ) && write( joined, path, layerName, error );
}
