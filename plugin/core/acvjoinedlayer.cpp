/***************************************************************************
  acvjoinedlayer.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvjoinedlayer.h"
#include "acvworkerthread.h"
#include "acvboundarysource.h"
#include "acvqgiscompat.h"

#include "acvfeaturelistprovider.h"

#include <qgsmemoryproviderutils.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <cmath>

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

QStringList AcvJoinedLayer::coverageFieldNames()
{
  return { QStringLiteral( "locality" ), QStringLiteral( "stats_key" ), QStringLiteral( "installs" ), QStringLiteral( "smartphones" ), QStringLiteral( "population" ),
           QStringLiteral( "coverage_pct" ), QStringLiteral( "population_pct" ), QStringLiteral( "target_pct" ),
           QStringLiteral( "gap_installs" ), QStringLiteral( "below_target" ), QStringLiteral( "rank" ) };
}

bool AcvJoinedLayer::build( const AcvBoundarySource &boundaries, const QString &nameField, const AcvStatisticsTable &table,
                            const AcvCoverageJoinResult &join, double targetPct, AcvJoinedFeatures &joined,
                            QStringList &warnings, QString &error )
{
  // A shallow copy: each feature is copied as it is changed, and the source keeps its own.
  return build( boundaries, boundaries.features(), nameField, table, join, targetPct, joined, warnings, error );
}

bool AcvJoinedLayer::build( const AcvBoundarySource &boundaries, QgsFeatureList features, const QString &nameField, const AcvStatisticsTable &table,
                            const AcvCoverageJoinResult &join, double targetPct, AcvJoinedFeatures &joined,
                            QStringList &warnings, QString &error )
{
  const QgsVectorLayer *source = boundaries.layer();
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

  if ( features.size() != join.boundaryMetrics.size() )
  {
    error = QStringLiteral( "%1: %2 boundaries were joined, but the layer has %3" ).arg( boundaries.path() ).arg( join.boundaryMetrics.size() ).arg( features.size() );
    return false;
  }
  joined.fields = fields;
  joined.wkbType = QgsWkbTypes::multiType( source->wkbType() );
  joined.crs = source->crs();
  const QVector<AcvStatisticsRecord> &records = table.records();
  const QVariant target( targetPct );
  auto joinRange = [&]( int first, int last )
  {
    for ( int index = first; index < last; ++index )
    {
      QgsFeature &feature = features[index];
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
      attributes.append( target );
      attributes.append( metrics.gapInstalls ? QVariant( static_cast<qlonglong>( *metrics.gapInstalls ) ) : QVariant() );
      attributes.append( metrics.belowTarget ? QVariant( *metrics.belowTarget ) : QVariant() );
      attributes.append( metrics.rank ? QVariant( *metrics.rank ) : QVariant() );

      // Ids 1..n, as the layer that draws these features numbers them (AcvFeatureListProvider).
      feature.setId( index + 1 );
      feature.setFields( fields );
      feature.setAttributes( attributes );
      feature.setValid( true );
    }
  };
  // The features are independent: at national scale the second half is joined on a second
  // thread (its own, never QGIS's pool), 50 ms off a 100 000-commune run. The list is detached
  // first, so that neither thread copies it.
  constexpr int kParallelFrom = 8192;
  features.detach();
  AcvWorkerThread::splitInTwo( static_cast<int>( features.size() ), kParallelFrom, joinRange );
  joined.features = std::move( features );
  return true;
}

std::unique_ptr<QgsVectorLayer> AcvJoinedLayer::memoryLayer( AcvJoinedFeatures &joined, const QString &name, QString &error, Backing backing )
{
  if ( backing == Backing::QgisMemory )
  {
    std::unique_ptr<QgsVectorLayer> layer( QgsMemoryProviderUtils::createMemoryLayer( name, joined.fields, joined.wkbType, joined.crs ) );
    QgsFeatureList copies = joined.features;
    if ( !layer || !layer->isValid() || !layer->dataProvider()->addFeatures( copies ) )
    {
      error = QStringLiteral( "the joined layer '%1' cannot be held in memory" ).arg( name );
      return nullptr;
    }
    layer->updateExtents();
    return layer;
  }
  auto store = std::make_shared<AcvFeatureStore>();
  store->fields = joined.fields;
  store->wkbType = joined.wkbType;
  store->crs = joined.crs;
  store->features = joined.features; // shared, not copied: the features are never edited
  std::unique_ptr<QgsVectorLayer> layer = AcvFeatureListProvider::layer( store, name );
  if ( !layer )
  {
    error = QStringLiteral( "the joined layer '%1' cannot be held in memory" ).arg( name );
    return nullptr;
  }
  return layer;
}
