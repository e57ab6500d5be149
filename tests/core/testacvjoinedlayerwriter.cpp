/***************************************************************************
  testacvjoinedlayerwriter.cpp - the joined GeoPackage read back with OGR
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvboundarysource.h"
#include "acvjoinedlayer.h"
#include "acvjoinedlayerwriter.h"
#include "acvqgiscompat.h"
#include "acvqgistestutils.h"
#include "acvtestutils.h"

#include <qgsvectorlayer.h>

#include <QFile>
#include <QFileInfo>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <gtest/gtest.h>

#include <cmath>

namespace
{
//! \a joined written to \a path with AcvJoinedLayerWriter, then opened with OGR until destroyed.
struct AcvWrittenLayer
{
  AcvWrittenLayer( const AcvJoinedFeatures &joined, const QString &path )
  {
    written = AcvJoinedLayerWriter::write( joined, path, QStringLiteral( "coverage" ), error );
    if ( written )
      dataset = GDALOpenEx( QFile::encodeName( path ).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr );
    if ( dataset )
      layer = GDALDatasetGetLayerByName( dataset, "coverage" );
  }
  ~AcvWrittenLayer()
  {
    if ( dataset )
      GDALClose( dataset );
  }
  AcvWrittenLayer( const AcvWrittenLayer & ) = delete;
  AcvWrittenLayer &operator=( const AcvWrittenLayer & ) = delete;

  bool written = false;
  QString error;
  GDALDatasetH dataset = nullptr;
  OGRLayerH layer = nullptr;
};
} // namespace

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

TEST( AcvJoinedLayerWriter, KeepsEveryFieldTypeAndNullOfTheBoundaries )
{
  // Boundary layers come from shapefiles, GeoJSON and GeoPackages whose fields may be dates,
  // booleans, blobs or lists; each must come out of the GeoPackage as the type and value it was.
  AcvJoinedFeatures joined;
  joined.fields.append( QgsField( QStringLiteral( "code" ), AcvFieldTypes::Int ) );
  joined.fields.append( QgsField( QStringLiteral( "big" ), AcvFieldTypes::LongLong ) );
  joined.fields.append( QgsField( QStringLiteral( "area_km2" ), AcvFieldTypes::Double ) );
  joined.fields.append( QgsField( QStringLiteral( "ten" ), AcvFieldTypes::String, QString(), 20 ) );
  joined.fields.append( QgsField( QStringLiteral( "coastal" ), AcvFieldTypes::Bool ) );
  joined.fields.append( QgsField( QStringLiteral( "founded" ), AcvFieldTypes::Date ) );
  joined.fields.append( QgsField( QStringLiteral( "surveyed" ), AcvFieldTypes::DateTime ) );
  joined.fields.append( QgsField( QStringLiteral( "opens" ), AcvFieldTypes::Time ) );
  joined.fields.append( QgsField( QStringLiteral( "raw" ), AcvFieldTypes::ByteArray ) );
  joined.fields.append( QgsField( QStringLiteral( "aliases" ), AcvFieldTypes::StringList, QString(), 0, 0, QString(), AcvFieldTypes::String ) );
  joined.wkbType = QgsWkbTypes::MultiPolygon;
  joined.crs = QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:9210" ) ); // VN-2000 / UTM zone 48N

  QgsFeature full( joined.fields, 1 );
  full.setAttributes( QgsAttributes() << QVariant( 7 ) << QVariant( Q_INT64_C( 9000000000 ) ) << QVariant( 12.5 ) << QVariant( u8( "Phường Yên Đỗ" ) ) << QVariant( true )
                                      << QVariant( QDate( 2020, 8, 20 ) ) << QVariant( QDateTime( QDate( 2020, 8, 20 ), QTime( 7, 30, 15 ), Qt::UTC ) )
                                      << QVariant( QTime( 8, 0 ) ) << QVariant( QByteArray( "\x00\x01\xff", 3 ) )
                                      << QVariant( QStringList{ u8( "Yên Đỗ" ), QStringLiteral( "Yen Do" ) } ) );
  full.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "MultiPolygon (((500000 1500000, 501000 1500000, 501000 1501000, 500000 1500000)))" ) ) );
  QgsFeature empty( joined.fields, 2 );
  empty.setAttributes( QgsAttributes( joined.fields.count() ) );
  empty.setGeometry( QgsGeometry::fromWkt( QStringLiteral( "MultiPolygon (((502000 1500000, 503000 1500000, 503000 1501000, 502000 1500000)))" ) ) );
  joined.features << full << empty;

  AcvScratch scratch;
  const AcvWrittenLayer written( joined, scratch.path( QStringLiteral( "types.gpkg" ) ) );
  ASSERT_TRUE( written.written ) << written.error.toStdString();
  ASSERT_NE( written.dataset, nullptr );
  OGRLayerH layer = written.layer;
  ASSERT_NE( layer, nullptr );
  OGRFeatureDefnH definition = OGR_L_GetLayerDefn( layer );
  auto fieldType = [&]( const char *name )
  { return OGR_Fld_GetType( OGR_FD_GetFieldDefn( definition, OGR_FD_GetFieldIndex( definition, name ) ) ); };
  auto subType = [&]( const char *name )
  { return OGR_Fld_GetSubType( OGR_FD_GetFieldDefn( definition, OGR_FD_GetFieldIndex( definition, name ) ) ); };
  EXPECT_EQ( OGR_L_GetGeomType( layer ), wkbMultiPolygon );
  EXPECT_EQ( fieldType( "code" ), OFTInteger );
  EXPECT_EQ( fieldType( "big" ), OFTInteger64 );
  EXPECT_EQ( fieldType( "area_km2" ), OFTReal );
  EXPECT_EQ( fieldType( "ten" ), OFTString );
  EXPECT_EQ( OGR_Fld_GetWidth( OGR_FD_GetFieldDefn( definition, OGR_FD_GetFieldIndex( definition, "ten" ) ) ), 20 );
  EXPECT_EQ( fieldType( "coastal" ), OFTInteger );
  EXPECT_EQ( subType( "coastal" ), OFSTBoolean );
  EXPECT_EQ( fieldType( "founded" ), OFTDate );
  EXPECT_EQ( fieldType( "surveyed" ), OFTDateTime );
  EXPECT_EQ( fieldType( "raw" ), OFTBinary );
  EXPECT_EQ( fieldType( "aliases" ), OFTString );
  EXPECT_EQ( subType( "aliases" ), OFSTJSON );
  // The CRS is VN-2000's, by its EPSG code.
  OGRSpatialReferenceH srs = OGR_L_GetSpatialRef( layer );
  ASSERT_NE( srs, nullptr );
  EXPECT_STREQ( OSRGetAuthorityCode( srs, nullptr ), "9210" );

  OGRFeatureH first = OGR_L_GetFeature( layer, 1 );
  ASSERT_NE( first, nullptr );
  auto index = [&]( const char *name )
  { return OGR_FD_GetFieldIndex( definition, name ); };
  EXPECT_EQ( OGR_F_GetFieldAsInteger( first, index( "code" ) ), 7 );
  EXPECT_EQ( OGR_F_GetFieldAsInteger64( first, index( "big" ) ), Q_INT64_C( 9000000000 ) );
  EXPECT_DOUBLE_EQ( OGR_F_GetFieldAsDouble( first, index( "area_km2" ) ), 12.5 );
  EXPECT_EQ( QString::fromUtf8( OGR_F_GetFieldAsString( first, index( "ten" ) ) ), u8( "Phường Yên Đỗ" ) );
  EXPECT_EQ( OGR_F_GetFieldAsInteger( first, index( "coastal" ) ), 1 );
  EXPECT_STREQ( OGR_F_GetFieldAsString( first, index( "founded" ) ), "2020/08/20" );
  EXPECT_STREQ( OGR_F_GetFieldAsString( first, index( "surveyed" ) ), "2020/08/20 07:30:15+00" );
  EXPECT_STREQ( OGR_F_GetFieldAsString( first, index( "opens" ) ), "08:00:00" );
  int bytes = 0;
  const GByte *raw = OGR_F_GetFieldAsBinary( first, index( "raw" ), &bytes );
  EXPECT_EQ( QByteArray( reinterpret_cast<const char *>( raw ), bytes ), QByteArray( "\x00\x01\xff", 3 ) );
  EXPECT_EQ( QString::fromUtf8( OGR_F_GetFieldAsString( first, index( "aliases" ) ) ), u8( "[\"Yên Đỗ\",\"Yen Do\"]" ) );
  OGRGeometryH geometry = OGR_F_GetGeometryRef( first );
  ASSERT_NE( geometry, nullptr );
  EXPECT_DOUBLE_EQ( OGR_G_Area( geometry ), 500000.0 );
  OGR_F_Destroy( first );

  OGRFeatureH second = OGR_L_GetFeature( layer, 2 );
  ASSERT_NE( second, nullptr );
  for ( int i = 0; i < OGR_FD_GetFieldCount( definition ); ++i )
    EXPECT_TRUE( OGR_F_IsFieldNull( second, i ) ) << OGR_Fld_GetNameRef( OGR_FD_GetFieldDefn( definition, i ) );
  OGR_F_Destroy( second );
}

TEST( AcvJoinedLayerWriter, RefusesAnUnwritableDestinationLeavingNothing )
{
  AcvJoinedFeatures joined;
  joined.fields.append( QgsField( QStringLiteral( "name" ), AcvFieldTypes::String ) );
  QgsFeature feature( joined.fields, 1 );
  feature.setAttributes( QgsAttributes() << QVariant( QStringLiteral( "A" ) ) );
  joined.features << feature;
  AcvScratch scratch;
  const QString out = scratch.path( QStringLiteral( "missing-folder/out.gpkg" ) );
  QString error;
  EXPECT_FALSE( AcvJoinedLayerWriter::write( joined, out, QStringLiteral( "coverage" ), error ) );
  EXPECT_TRUE( error.startsWith( out ) ) << error.toStdString();
  EXPECT_FALSE( QFileInfo::exists( out ) );
}

TEST( AcvJoinedLayerWriter, StoresSinglePolygonsAsOnePartMultipolygons )
{
  // The features keep the boundaries' own geometries (most layers hold single polygons); the
  // GeoPackage layer is a multipolygon layer, as GeoPackage readers expect every row to match.
  AcvJoinedFeatures joined;
  joined.fields.append( QgsField( QStringLiteral( "name" ), AcvFieldTypes::String ) );
  joined.wkbType = QgsWkbTypes::MultiPolygon;
  joined.crs = QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) );
  // A triangle, two triangles, and a square with a square hole (area 0.01 - 0.0025).
  const QStringList shapes = { QStringLiteral( "Polygon ((108 13, 108.1 13, 108.1 13.1, 108 13))" ),
                               QStringLiteral( "MultiPolygon (((108.2 13, 108.3 13, 108.3 13.1, 108.2 13)),((108.4 13, 108.5 13, 108.5 13.1, 108.4 13)))" ),
                               QStringLiteral( "Polygon ((109 13, 109.1 13, 109.1 13.1, 109 13.1, 109 13),(109.025 13.025, 109.075 13.025, 109.075 13.075, 109.025 13.075, 109.025 13.025))" ) };
  for ( int i = 0; i < shapes.size(); ++i )
  {
    QgsFeature feature( joined.fields, i + 1 );
    feature.setAttributes( QgsAttributes() << QVariant( QStringLiteral( "X%1" ).arg( i ) ) );
    feature.setGeometry( QgsGeometry::fromWkt( shapes.at( i ) ) );
    joined.features << feature;
  }
  AcvScratch scratch;
  const AcvWrittenLayer written( joined, scratch.path( QStringLiteral( "parts.gpkg" ) ) );
  ASSERT_TRUE( written.written ) << written.error.toStdString();
  ASSERT_NE( written.dataset, nullptr );
  OGRLayerH layer = written.layer;
  ASSERT_NE( layer, nullptr );
  EXPECT_EQ( OGR_L_GetGeomType( layer ), wkbMultiPolygon );
  int parts = 0;
  double area = 0;
  while ( OGRFeatureH feature = OGR_L_GetNextFeature( layer ) )
  {
    OGRGeometryH geometry = OGR_F_GetGeometryRef( feature );
    EXPECT_EQ( OGR_G_GetGeometryType( geometry ), wkbMultiPolygon ) << OGR_F_GetFieldAsString( feature, 0 );
    parts += OGR_G_GetGeometryCount( geometry );
    area += OGR_G_Area( geometry );
    OGR_F_Destroy( feature );
  }
  EXPECT_EQ( parts, 4 );
  EXPECT_NEAR( area, 3 * 0.005 + 0.01 - 0.0025, 1e-9 );
}

TEST( AcvJoinedLayerWriter, KeepsHeightsAndCurves )
{
  // Geometries with a Z or with curves take GDAL's general path (WKB), and keep what they carry.
  struct Case
  {
    QgsWkbTypes::Type layerType;
    QString wkt;
    OGRwkbGeometryType expected;
  };
  const QVector<Case> cases = {
      { QgsWkbTypes::MultiPolygonZ, QStringLiteral( "PolygonZ ((108 13 5, 108.1 13 6, 108.1 13.1 7, 108 13 5))" ), wkbMultiPolygon25D },
      { QgsWkbTypes::MultiSurface, QStringLiteral( "CurvePolygon (CircularString (108 13, 108.1 13.1, 108.2 13, 108.1 12.9, 108 13))" ), wkbMultiSurface },
  };
  for ( const Case &shape : cases )
  {
    AcvJoinedFeatures joined;
    joined.fields.append( QgsField( QStringLiteral( "name" ), AcvFieldTypes::String ) );
    joined.wkbType = shape.layerType;
    QgsFeature feature( joined.fields, 1 );
    feature.setAttributes( QgsAttributes() << QVariant( QStringLiteral( "A" ) ) );
    feature.setGeometry( QgsGeometry::fromWkt( shape.wkt ) );
    joined.features << feature;
    AcvScratch scratch;
    const AcvWrittenLayer written( joined, scratch.path( QStringLiteral( "shape.gpkg" ) ) );
    ASSERT_TRUE( written.written ) << written.error.toStdString();
    ASSERT_NE( written.dataset, nullptr );
    OGRFeatureH read = OGR_L_GetNextFeature( written.layer );
    ASSERT_NE( read, nullptr );
    OGRGeometryH geometry = OGR_F_GetGeometryRef( read );
    EXPECT_EQ( OGR_G_GetGeometryType( geometry ), shape.expected ) << shape.wkt.toStdString();
    if ( shape.expected == wkbMultiPolygon25D )
      EXPECT_DOUBLE_EQ( OGR_G_GetZ( OGR_G_GetGeometryRef( OGR_G_GetGeometryRef( geometry, 0 ), 0 ), 2 ), 7.0 );
    else
      EXPECT_NEAR( OGR_G_Area( geometry ), M_PI * 0.1 * 0.1, 1e-6 );
    OGR_F_Destroy( read );
  }
}
