/***************************************************************************
  testacvjoinedlayerwriter.cpp - the joined GeoPackage read back with OGR
 ***************************************************************************/
#include "acvboundarysource.h"
#include "acvjoinedlayerwriter.h"
#include "acvqgistestutils.h"
#include "acvtestutils.h"

#include <qgsvectorlayer.h>

#include <QFile>
#include <QFileInfo>

#include <gdal.h>
#include <ogr_api.h>

#include <gtest/gtest.h>

TEST( AcvJoinedLayerWriter, WritesEveryBoundaryFieldPlusTheFigures )
{
  const QString boundaryPath = acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) );
  const QByteArray before = acvChecksum( boundaryPath );
  AcvBoundarySource boundaries;
  QString error;
  ASSERT_TRUE( boundaries.open( boundaryPath, QString(), error ) ) << error.toStdString();

  AcvScratch scratch;
  // Pleiku and An Khê only, An Khê with no smartphone figure.
  AcvStatisticsOptions statisticsOptions;
  statisticsOptions.path = scratch.write( QStringLiteral( "s.csv" ), u8( "Đơn vị;Số lượt cài đặt;Số người dùng ĐTTM;Dân số\nTP Pleiku;29.178;129.015;254.802\nAn Khê;19.297;-;65.918\n" ).toUtf8() );
  AcvStatisticsTable table;
  ASSERT_TRUE( table.load( statisticsOptions, error ) ) << error.toStdString();
  AcvCoverageJoinOptions options;
  ASSERT_TRUE( boundaries.keys( QStringLiteral( "name" ), options.boundaryKeys, error ) );
  options.targetPct = 50;
  AcvCoverageJoinResult join;
  ASSERT_TRUE( AcvCoverageJoin::run( options, table, join, error ) ) << error.toStdString();

  const QString out = scratch.path( QStringLiteral( "joined.gpkg" ) );
  QStringList warnings;
  ASSERT_TRUE( AcvJoinedLayerWriter::write( boundaries, QStringLiteral( "name" ), table, join, 50, out, QStringLiteral( "coverage" ), warnings, error ) ) << error.toStdString();
  EXPECT_EQ( acvChecksum( boundaryPath ), before );
  {
    // The layer carries its spatial index, whole (packed by AcvGpkgSpatialIndex).
    GDALDatasetH dataset = GDALOpenEx( QFile::encodeName( out ).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr );
    ASSERT_NE( dataset, nullptr );
    EXPECT_TRUE( OGR_L_TestCapability( GDALDatasetGetLayerByName( dataset, "coverage" ), OLCFastSpatialFilter ) );
    OGRLayerH check = GDALDatasetExecuteSQL( dataset, "SELECT rtreecheck('rtree_coverage_geom')", nullptr, "SQLITE" );
    ASSERT_NE( check, nullptr );
    OGRFeatureH row = OGR_L_GetNextFeature( check );
    ASSERT_NE( row, nullptr );
    EXPECT_STREQ( OGR_F_GetFieldAsString( row, 0 ), "ok" );
    OGR_F_Destroy( row );
    GDALDatasetReleaseResultSet( dataset, check );
    GDALClose( dataset );
  }

  const QVector<AcvReadFeature> features = acvReadFeatures( out, QStringLiteral( "coverage" ) );
  ASSERT_EQ( features.size(), 17 );
  int withFigures = 0;
  for ( const AcvReadFeature &f : features )
  {
    for ( const QString &field : { QStringLiteral( "level1_id" ), QStringLiteral( "level2_id" ), QStringLiteral( "name" ) } )
      EXPECT_TRUE( f.attributes.contains( field ) ) << field.toStdString();
    for ( const QString &field : AcvJoinedLayerWriter::coverageFieldNames() )
      EXPECT_TRUE( f.attributes.contains( field ) ) << field.toStdString();
    EXPECT_DOUBLE_EQ( f.attributes.value( QStringLiteral( "target_pct" ) ).toDouble(), 50.0 );
    const QString name = f.attributes.value( QStringLiteral( "name" ) ).toString();
    EXPECT_EQ( f.attributes.value( QStringLiteral( "locality" ) ).toString(), name );
    if ( name == u8( "Thành phố Pleiku" ) )
    {
      ++withFigures;
      EXPECT_EQ( f.attributes.value( QStringLiteral( "stats_key" ) ).toString(), QStringLiteral( "TP Pleiku" ) );
      EXPECT_EQ( f.attributes.value( QStringLiteral( "installs" ) ).toLongLong(), 29178 );
      EXPECT_NEAR( f.attributes.value( QStringLiteral( "coverage_pct" ) ).toDouble(), 29178.0 / 129015.0 * 100, 1e-9 );
      EXPECT_NEAR( f.attributes.value( QStringLiteral( "population_pct" ) ).toDouble(), 29178.0 / 254802.0 * 100, 1e-9 );
      EXPECT_EQ( f.attributes.value( QStringLiteral( "gap_installs" ) ).toLongLong(), 64508 - 29178 );
      EXPECT_EQ( f.attributes.value( QStringLiteral( "below_target" ) ).toInt(), 1 );
      EXPECT_EQ( f.attributes.value( QStringLiteral( "rank" ) ).toInt(), 1 );
    }
    else if ( name == u8( "Thị xã An Khê" ) )
    {
      ++withFigures;
      EXPECT_EQ( f.attributes.value( QStringLiteral( "installs" ) ).toLongLong(), 19297 );
      EXPECT_FALSE( f.attributes.value( QStringLiteral( "smartphones" ) ).isValid() );
      EXPECT_FALSE( f.attributes.value( QStringLiteral( "coverage_pct" ) ).isValid() ); // NULL, not 0
      EXPECT_FALSE( f.attributes.value( QStringLiteral( "rank" ) ).isValid() );
      EXPECT_TRUE( f.attributes.value( QStringLiteral( "population_pct" ) ).isValid() );
    }
    else
    {
      EXPECT_FALSE( f.attributes.value( QStringLiteral( "stats_key" ) ).isValid() ) << name.toStdString();
      EXPECT_FALSE( f.attributes.value( QStringLiteral( "coverage_pct" ) ).isValid() ) << name.toStdString();
      EXPECT_FALSE( f.attributes.value( QStringLiteral( "below_target" ) ).isValid() ) << name.toStdString();
    }
  }
  EXPECT_EQ( withFigures, 2 );

  // Joining onto a joined layer replaces the old figures instead of duplicating fields.
  AcvBoundarySource again;
  ASSERT_TRUE( again.open( out, QString(), error ) ) << error.toStdString();
  const QString second = scratch.path( QStringLiteral( "joined2.gpkg" ) );
  warnings.clear();
  ASSERT_TRUE( AcvJoinedLayerWriter::write( again, QString(), table, join, 50, second, QStringLiteral( "coverage" ), warnings, error ) ) << error.toStdString();
  EXPECT_EQ( warnings.size(), AcvJoinedLayerWriter::coverageFieldNames().size() );
  const QVector<AcvReadFeature> rejoined = acvReadFeatures( second );
  EXPECT_EQ( rejoined.first().attributes.size(), features.first().attributes.size() );
  // Without a name field, locality falls back to the statistics name; unmatched ones stay NULL.
  int named = 0;
  for ( const AcvReadFeature &f : rejoined )
  {
    const QVariant locality = f.attributes.value( QStringLiteral( "locality" ) );
    if ( locality.isValid() )
    {
      EXPECT_EQ( locality.toString(), f.attributes.value( QStringLiteral( "stats_key" ) ).toString() );
      ++named;
    }
  }
  EXPECT_EQ( named, 2 );

  QString missingFieldError;
  EXPECT_FALSE( AcvJoinedLayerWriter::write( boundaries, QStringLiteral( "ten_huyen" ), table, join, 50, scratch.path( QStringLiteral( "x.gpkg" ) ),
                                             QStringLiteral( "coverage" ), warnings, missingFieldError ) );
  EXPECT_TRUE( missingFieldError.contains( QStringLiteral( "ten_huyen" ) ) ) << missingFieldError.toStdString();
  EXPECT_FALSE( QFileInfo::exists( scratch.path( QStringLiteral( "x.gpkg" ) ) ) );
}
