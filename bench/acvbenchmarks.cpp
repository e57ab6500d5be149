/***************************************************************************
  acvbenchmarks.cpp - each stage of a coverage map, timed on synthetic communes
  SPDX-License-Identifier: GPL-2.0-or-later

  ACV_BENCH_DATA names the folder bench/make_synthetic.py filled; each benchmark takes the number
  of communes as its argument (1 000, 10 000, 100 000).
 ***************************************************************************/
#include "acvboundarysource.h"
#include "acvcoveragejoin.h"
#include "acvcoveragemap.h"
#include "acvcoveragestyle.h"
#include "acvjoinedlayerwriter.h"
#include "acvmapimage.h"
#include "acvnamematcher.h"
#include "acvreportcontent.h"
#include "acvreportexporter.h"
#include "acvreportlayout.h"
#include "acvstatisticstable.h"

#include <qgsapplication.h>
#include <qgslayertree.h>
#include <qgsmapsettings.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <gdal.h>
#include <ogr_api.h>

#include <memory>

namespace
{
QString dataPath( const QString &name )
{
  return QDir( qEnvironmentVariable( "ACV_BENCH_DATA", QStringLiteral( "build/bench-data" ) ) ).filePath( name );
}

QString boundariesFor( int n )
{
  return dataPath( QStringLiteral( "communes_%1.gpkg" ).arg( n ) );
}

QString annexFor( int n )
{
  return dataPath( QStringLiteral( "communes_%1_bluezone.csv" ).arg( n ) );
}

void fail( benchmark::State &state, const QString &error )
{
  state.SkipWithError( error.toUtf8().constData() );
}

//! Everything up to the join, done once per size and kept for the later stages.
struct Joined
{
  AcvStatisticsTable table;
  AcvBoundarySource boundaries;
  AcvCoverageJoinResult join;
  QStringList boundaryKeys;
  QTemporaryDir dir;
  QString gpkg;
};

Joined *joinedFor( int n, QString &error )
{
  static QHash<int, Joined *> cache;
  if ( cache.contains( n ) )
    return cache.value( n );
  auto *joined = new Joined;
  AcvStatisticsOptions options;
  options.path = annexFor( n );
  AcvCoverageJoinOptions joinOptions;
  if ( !joined->table.load( options, error ) || !joined->boundaries.open( boundariesFor( n ), QString(), error ) || !joined->boundaries.keys( QStringLiteral( "ten_xa" ), joinOptions.boundaryKeys, error ) )
    return nullptr;
  if ( !AcvCoverageJoin::run( joinOptions, joined->table, joined->join, error ) )
    return nullptr;
  joined->boundaryKeys = joinOptions.boundaryKeys;
  joined->gpkg = joined->dir.filePath( QStringLiteral( "joined.gpkg" ) );
  QStringList warnings;
  if ( !AcvJoinedLayerWriter::write( joined->boundaries, QStringLiteral( "ten_xa" ), joined->table, joined->join, 60, joined->gpkg, QStringLiteral( "coverage" ), warnings, error ) )
    return nullptr;
  cache.insert( n, joined );
  return joined;
}

std::unique_ptr<QgsVectorLayer> styledLayer( Joined *joined, QString &error )
{
  auto layer = std::make_unique<QgsVectorLayer>( joined->gpkg + QStringLiteral( "|layername=coverage" ), QStringLiteral( "coverage" ), QStringLiteral( "ogr" ) );
  AcvStyleOptions options;
  options.labels = joined->boundaryKeys.size() <= kAcvAutoLabelLimit;
  AcvStyleSummary summary;
  if ( !AcvCoverageStyle::apply( *layer, options, summary, error ) )
    return nullptr;
  return layer;
}
} // namespace

//! Peer (a), the floor: reading every boundary feature, geometry and attributes, with OGR.
static void BM_OgrReadBoundaries( benchmark::State &state )
{
  const QByteArray path = boundariesFor( static_cast<int>( state.range( 0 ) ) ).toUtf8();
  for ( auto _ : state )
  {
    GDALDatasetH dataset = GDALOpenEx( path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr );
    if ( !dataset )
      return fail( state, QStringLiteral( "cannot open %1 (run bench/make_synthetic.py)" ).arg( QString::fromUtf8( path ) ) );
    OGRLayerH layer = GDALDatasetGetLayer( dataset, 0 );
    int64_t points = 0;
    while ( OGRFeatureH feature = OGR_L_GetNextFeature( layer ) )
    {
      OGRGeometryH geometry = OGR_F_GetGeometryRef( feature );
      points += geometry ? OGR_G_GetPointCount( OGR_G_GetGeometryRef( geometry, 0 ) ) : 0;
      benchmark::DoNotOptimize( OGR_F_GetFieldAsString( feature, 1 ) );
      OGR_F_Destroy( feature );
    }
    GDALClose( dataset );
    benchmark::DoNotOptimize( points );
  }
}

static void BM_ReadAnnex( benchmark::State &state )
{
  AcvStatisticsOptions options;
  options.path = annexFor( static_cast<int>( state.range( 0 ) ) );
  for ( auto _ : state )
  {
    AcvStatisticsTable table;
    QString error;
    if ( !table.load( options, error ) )
      return fail( state, error );
    benchmark::DoNotOptimize( table.records().size() );
  }
}

static void BM_MatchNames( benchmark::State &state )
{
  QString error;
  Joined *joined = joinedFor( static_cast<int>( state.range( 0 ) ), error );
  if ( !joined )
    return fail( state, error );
  const QStringList statisticsKeys = joined->table.keys();
  for ( auto _ : state )
  {
    const AcvMatchResult result = AcvNameMatcher::match( joined->boundaryKeys, statisticsKeys, AcvNameMatcher::KeyMode::Name, {} );
    benchmark::DoNotOptimize( result.matches.size() );
  }
}

static void BM_DetectKeyField( benchmark::State &state )
{
  QString error;
  Joined *joined = joinedFor( static_cast<int>( state.range( 0 ) ), error );
  if ( !joined )
    return fail( state, error );
  const QStringList statisticsKeys = joined->table.keys();
  for ( auto _ : state )
    benchmark::DoNotOptimize( joined->boundaries.detectKeyField( statisticsKeys, AcvNameMatcher::KeyMode::Name, {} ) );
}

static void BM_WriteJoinedLayer( benchmark::State &state )
{
  QString error;
  Joined *joined = joinedFor( static_cast<int>( state.range( 0 ) ), error );
  if ( !joined )
    return fail( state, error );
  const QString path = joined->dir.filePath( QStringLiteral( "again.gpkg" ) );
  for ( auto _ : state )
  {
    QStringList warnings;
    if ( !AcvJoinedLayerWriter::write( joined->boundaries, QStringLiteral( "ten_xa" ), joined->table, joined->join, 60, path, QStringLiteral( "coverage" ), warnings, error ) )
      return fail( state, error );
  }
}

static void BM_Classify( benchmark::State &state )
{
  QString error;
  Joined *joined = joinedFor( static_cast<int>( state.range( 0 ) ), error );
  if ( !joined )
    return fail( state, error );
  QgsVectorLayer layer( joined->gpkg + QStringLiteral( "|layername=coverage" ), QStringLiteral( "coverage" ), QStringLiteral( "ogr" ) );
  AcvStyleOptions options;
  options.classification.scheme = AcvClassificationScheme::Jenks;
  for ( auto _ : state )
  {
    AcvStyleSummary summary;
    if ( !AcvCoverageStyle::apply( layer, options, summary, error ) )
      return fail( state, error );
  }
}

static void BM_RenderMap1600x1200( benchmark::State &state )
{
  QString error;
  Joined *joined = joinedFor( static_cast<int>( state.range( 0 ) ), error );
  if ( !joined )
    return fail( state, error );
  std::unique_ptr<QgsVectorLayer> layer = styledLayer( joined, error );
  if ( !layer )
    return fail( state, error );
  const QString png = joined->dir.filePath( QStringLiteral( "map.png" ) );
  for ( auto _ : state )
  {
    if ( !AcvMapImage::render( AcvMapImage::mapSettings( { layer.get() }, layer->crs(), layer->extent(), QSize( 1600, 1200 ) ), png, error ) )
      return fail( state, error );
  }
}

static void exportReport( benchmark::State &state, const QString &suffix )
{
  QString error;
  Joined *joined = joinedFor( static_cast<int>( state.range( 0 ) ), error );
  if ( !joined )
    return fail( state, error );
  QgsProject project;
  auto *layer = styledLayer( joined, error ).release();
  if ( !layer )
    return fail( state, error );
  project.addMapLayer( layer );
  AcvReportContent content;
  content.setJoin( joined->join, joined->boundaryKeys );
  const QString path = joined->dir.filePath( QStringLiteral( "report." ) + suffix );
  for ( auto _ : state )
  {
    std::unique_ptr<QgsPrintLayout> layout = AcvReportLayout::createDefault( &project, AcvPageFormat() );
    QStringList written;
    if ( !AcvReportLayout::fill( layout.get(), layer, content, error ) || !AcvReportExporter::exportLayout( layout.get(), path, 300, written, error ) )
      return fail( state, error );
    state.counters["pages"] = static_cast<double>( written.size() );
  }
}

static void BM_ExportA4Pdf300dpi( benchmark::State &state )
{
  exportReport( state, QStringLiteral( "pdf" ) );
}

static void BM_ExportA4Png300dpi( benchmark::State &state )
{
  exportReport( state, QStringLiteral( "png" ) );
}

#define ACV_SIZES Arg( 1000 )->Arg( 10000 )->Arg( 100000 )->Unit( benchmark::kMillisecond )->UseRealTime()
BENCHMARK( BM_OgrReadBoundaries )->ACV_SIZES;
BENCHMARK( BM_ReadAnnex )->ACV_SIZES;
BENCHMARK( BM_DetectKeyField )->ACV_SIZES;
BENCHMARK( BM_MatchNames )->ACV_SIZES;
BENCHMARK( BM_WriteJoinedLayer )->ACV_SIZES;
BENCHMARK( BM_Classify )->ACV_SIZES;
BENCHMARK( BM_RenderMap1600x1200 )->ACV_SIZES;
BENCHMARK( BM_ExportA4Pdf300dpi )->ACV_SIZES->Iterations( 1 );
BENCHMARK( BM_ExportA4Png300dpi )->ACV_SIZES->Iterations( 1 );

int main( int argc, char **argv )
{
  benchmark::Initialize( &argc, argv );
  std::unique_ptr<QgsApplication> app( acvInitQgis( argc, argv ) );
  GDALAllRegister();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
