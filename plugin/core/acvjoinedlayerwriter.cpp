/***************************************************************************
  acvjoinedlayerwriter.cpp
 ***************************************************************************/
#include "acvjoinedlayerwriter.h"
#include "acvboundarysource.h"
#include "acvoutputfile.h"
#include "acvqgiscompat.h"

#include <qgscoordinatetransformcontext.h>
#include <qgsfeatureiterator.h>
#include <qgsfields.h>
#include <qgsproject.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <memory>

namespace
{
QVariant value( const std::optional<double> &v )
{
  return v ? QVariant( *v ) : QVariant();
}

QVariant count( const std::optional<double> &v )
{
  return v ? QVariant( static_cast<qlonglong>( std::llround( *v ) ) ) : QVariant();
}
} // namespace

QStringList AcvJoinedLayerWriter::coverageFieldNames()
{
  return { QStringLiteral( "locality" ), QStringLiteral( "stats_key" ), QStringLiteral( "installs" ), QStringLiteral( "smartphones" ), QStringLiteral( "population" ),
           QStringLiteral( "coverage_pct" ), QStringLiteral( "population_pct" ), QStringLiteral( "target_pct" ),
           QStringLiteral( "gap_installs" ), QStringLiteral( "below_target" ), QStringLiteral( "rank" ) };
}

bool AcvJoinedLayerWriter::write( const AcvBoundarySource &boundaries, const QString &nameField, const AcvStatisticsTable &table,
                                  const AcvCoverageJoinResult &join, double targetPct,
                                  const QString &path, const QString &layerName, QStringList &warnings, QString &error )
{
  QgsVectorLayer *source = boundaries.layer();
  const QStringList added = coverageFieldNames();

  QgsFields fields;
  QVector<int> keptSourceFields;
  const QgsFields sourceFields = source->fields();
  const int nameIndex = nameField.isEmpty() ? -1 : sourceFields.lookupField( nameField );
  if ( !nameField.isEmpty() && nameIndex < 0 )
  {
    error = QStringLiteral( "%1: no field '%2' for locality names (fields: %3)" ).arg( boundaries.path(), nameField, sourceFields.names().join( QLatin1String( ", " ) ) );
    return false;
  }
  for ( int i = 0; i < sourceFields.count(); ++i )
  {
    const QgsField &field = sourceFields.at( i );
    if ( added.contains( field.name(), Qt::CaseInsensitive ) )
    {
      warnings.append( QStringLiteral( "%1: field '%2' is replaced by this run's figures" ).arg( boundaries.path(), field.name() ) );
      continue;
    }
    // GeoPackage keeps its own fid; a source 'fid' column would clash with it.
    if ( field.name().compare( QLatin1String( "fid" ), Qt::CaseInsensitive ) == 0 )
      continue;
    fields.append( field );
    keptSourceFields.append( i );
  }
  fields.append( QgsField( QStringLiteral( "locality" ), AcvFieldTypes::String ) );
  fields.append( QgsField( QStringLiteral( "stats_key" ), AcvFieldTypes::String ) );
  fields.append( QgsField( QStringLiteral( "installs" ), AcvFieldTypes::LongLong ) );
  fields.append( QgsField( QStringLiteral( "smartphones" ), AcvFieldTypes::LongLong ) );
  fields.append( QgsField( QStringLiteral( "population" ), AcvFieldTypes::LongLong ) );
  fields.append( QgsField( QStringLiteral( "coverage_pct" ), AcvFieldTypes::Double ) );
  fields.append( QgsField( QStringLiteral( "population_pct" ), AcvFieldTypes::Double ) );
  fields.append( QgsField( QStringLiteral( "target_pct" ), AcvFieldTypes::Double ) );
  fields.append( QgsField( QStringLiteral( "gap_installs" ), AcvFieldTypes::LongLong ) );
  fields.append( QgsField( QStringLiteral( "below_target" ), AcvFieldTypes::Bool ) );
  fields.append( QgsField( QStringLiteral( "rank" ), AcvFieldTypes::Int ) );

  AcvOutputFile output( path );
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  options.layerName = layerName;
  options.fileEncoding = QStringLiteral( "UTF-8" );
  QString newFileName;
  QString newLayer;
  std::unique_ptr<QgsVectorFileWriter> writer( QgsVectorFileWriter::create(
      output.tempPath(), fields, QgsWkbTypes::multiType( source->wkbType() ), source->crs(),
      QgsProject::instance()->transformContext(), options, QgsFeatureSink::SinkFlags(), &newFileName, &newLayer ) );
  if ( !writer || writer->hasError() != QgsVectorFileWriter::NoError )
  {
    error = QStringLiteral( "%1: cannot be written (%2)" ).arg( path, writer ? writer->errorMessage() : QStringLiteral( "no GeoPackage driver" ) );
    return false;
  }

  const QVector<AcvStatisticsRecord> &records = table.records();
  QgsFeatureIterator it = source->getFeatures();
  QgsFeature feature;
  int index = 0;
  while ( it.nextFeature( feature ) )
  {
    if ( index >= join.boundaryMetrics.size() )
    {
      error = QStringLiteral( "%1: the layer changed while it was read" ).arg( boundaries.path() );
      return false;
    }
    QgsAttributes attributes;
    attributes.reserve( fields.count() );
    for ( const int i : std::as_const( keptSourceFields ) )
      attributes.append( feature.attribute( i ) );
    const int statistics = join.statisticsForBoundary.at( index );
    const AcvFigures &figures = join.boundaryFigures.at( index );
    const AcvLocalityMetrics &metrics = join.boundaryMetrics.at( index );
    const QVariant statisticsName = statistics >= 0 ? QVariant( records.at( statistics ).key ) : QVariant();
    const QVariant name = nameIndex >= 0 ? feature.attribute( nameIndex ) : QVariant();
    attributes.append( name.isNull() || name.toString().trimmed().isEmpty() ? statisticsName : QVariant( name.toString() ) );
    attributes.append( statisticsName );
    attributes.append( count( figures.installs ) );
    attributes.append( count( figures.smartphones ) );
    attributes.append( count( figures.population ) );
    attributes.append( value( metrics.coveragePct ) );
    attributes.append( value( metrics.populationPct ) );
    attributes.append( targetPct );
    attributes.append( metrics.gapInstalls ? QVariant( static_cast<qlonglong>( *metrics.gapInstalls ) ) : QVariant() );
    attributes.append( metrics.belowTarget ? QVariant( *metrics.belowTarget ) : QVariant() );
    attributes.append( metrics.rank ? QVariant( *metrics.rank ) : QVariant() );

    QgsFeature out( fields );
    QgsGeometry geometry = boundaries.geometry( feature );
    if ( !geometry.isNull() )
      geometry.convertToMultiType();
    out.setGeometry( geometry );
    out.setAttributes( attributes );
    if ( !writer->addFeature( out ) )
    {
      error = QStringLiteral( "%1: feature %2 cannot be written (%3)" ).arg( path ).arg( feature.id() ).arg( writer->errorMessage() );
      return false;
    }
    ++index;
  }
  writer.reset(); // closes the GeoPackage before it is renamed into place
  return output.commit( error );
}
