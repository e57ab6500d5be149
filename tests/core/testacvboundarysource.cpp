/***************************************************************************
  testacvboundarysource.cpp - opening boundary layers of every kind
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvboundarysource.h"
#include "acvtestutils.h"

#include <qgsvectorlayer.h>

#include <QProcess>

#include <gtest/gtest.h>

namespace
{
//! Converts with ogr2ogr, as an analyst's own data would have been made.
bool ogr2ogr( const QStringList &arguments )
{
  return QProcess::execute( QStringLiteral( "ogr2ogr" ), arguments ) == 0;
}
} // namespace

TEST( AcvBoundarySource, OpensGeoJsonAndDetectsTheNameField )
{
  AcvBoundarySource source;
  QString error;
  ASSERT_TRUE( source.open( acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QString(), error ) ) << error.toStdString();
  EXPECT_EQ( source.layer()->featureCount(), 17 );
  EXPECT_TRUE( source.warnings().isEmpty() );
  const QStringList statistics = { QStringLiteral( "TP. Pleiku" ), QStringLiteral( "Chu Se" ), u8( "Ia Pa" ) };
  int matches = 0;
  EXPECT_EQ( source.detectKeyField( statistics, AcvNameMatcher::KeyMode::Name, {}, &matches ), QStringLiteral( "name" ) );
  EXPECT_EQ( matches, 3 );
  EXPECT_EQ( source.detectKeyField( { QStringLiteral( "622" ), QStringLiteral( "633" ) }, AcvNameMatcher::KeyMode::Code, {} ), QStringLiteral( "level2_id" ) );
}

TEST( AcvBoundarySource, ReadsAShapefileInVn2000WithItsEncoding )
{
  AcvScratch scratch;
  const QString shp = scratch.path( QStringLiteral( "huyen.shp" ) );
  // VN-2000 / TM-3 108-30 (EPSG:9210 is not in every PROJ; use the classic 3405 UTM 48N VN-2000).
  ASSERT_TRUE( ogr2ogr( { QStringLiteral( "-t_srs" ), QStringLiteral( "EPSG:3405" ), QStringLiteral( "-lco" ), QStringLiteral( "ENCODING=UTF-8" ),
                          shp, acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ) } ) );
  AcvBoundarySource source;
  QString error;
  ASSERT_TRUE( source.open( shp, QString(), error ) ) << error.toStdString();
  EXPECT_EQ( source.layer()->crs().authid(), QStringLiteral( "EPSG:3405" ) );
  QStringList names;
  ASSERT_TRUE( source.keys( QStringLiteral( "name" ), names, error ) );
  EXPECT_TRUE( names.contains( u8( "Huyện Đăk Đoa" ) ) ); // .cpg honoured: diacritics intact
  EXPECT_TRUE( source.warnings().isEmpty() );
  EXPECT_GE( source.sourceFiles().size(), 4 ); // .shp .shx .dbf .prj .cpg

  QFile::remove( scratch.path( QStringLiteral( "huyen.prj" ) ) );
  AcvBoundarySource noPrj;
  ASSERT_TRUE( noPrj.open( shp, QString(), error ) ) << error.toStdString();
  ASSERT_EQ( noPrj.warnings().size(), 1 );
  EXPECT_TRUE( noPrj.warnings().first().contains( QStringLiteral( "no .prj" ) ) );
}

TEST( AcvBoundarySource, RefusesPointsMissingLayersAndFields )
{
  AcvScratch scratch;
  const QString points = scratch.write( QStringLiteral( "p.geojson" ), "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"A\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[108,14]}}]}" );
  AcvBoundarySource source;
  QString error;
  EXPECT_FALSE( source.open( points, QString(), error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "must be polygons" ) ) ) << error.toStdString();

  EXPECT_FALSE( source.open( acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "nope" ), error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "no layer 'nope'" ) ) ) << error.toStdString();

  ASSERT_TRUE( source.open( acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QString(), error ) );
  QStringList keys;
  EXPECT_FALSE( source.keys( QStringLiteral( "ten" ), keys, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "no field 'ten'" ) ) && error.contains( QStringLiteral( "level2_id" ) ) ) << error.toStdString();

  EXPECT_FALSE( source.open( scratch.write( QStringLiteral( "junk.shp" ), "not a shapefile" ), QString(), error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "junk.shp" ) ) ) << error.toStdString();
}

TEST( AcvBoundarySource, FindsTheFieldThatNamesLocalities )
{
  AcvBoundarySource communes;
  QString error;
  ASSERT_TRUE( communes.open( acvSharedGeodata( QStringLiteral( "gia_lai_communes.geojson" ) ), QString(), error ) ) << error.toStdString();
  // Matched by code: the Vietnamese commune names, not the district (repeated) or unaccented ones.
  EXPECT_EQ( communes.detectNameField( QStringLiteral( "commune_id" ), AcvNameMatcher::KeyMode::Code ), QStringLiteral( "commune_vn" ) );
  // Matched by name: the key itself.
  EXPECT_EQ( communes.detectNameField( QStringLiteral( "commune" ), AcvNameMatcher::KeyMode::Name ), QStringLiteral( "commune" ) );

  AcvBoundarySource provinces;
  ASSERT_TRUE( provinces.open( acvSourceGeodata( QStringLiteral( "vn_provinces.gpkg" ) ), QString(), error ) ) << error.toStdString();
  const QString field = provinces.detectNameField( QStringLiteral( "ma_tinh" ), AcvNameMatcher::KeyMode::Code );
  EXPECT_TRUE( field == QStringLiteral( "ten_tinh" ) || field == QStringLiteral( "ten" ) ) << field.toStdString();
}
