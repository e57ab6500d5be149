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

namespace
{
//! Names of the 17 districts as the GeoJSON has them, and a copy of it with each name replaced.
QStringList districtNames()
{
  AcvBoundarySource source;
  QString error;
  QStringList names;
  EXPECT_TRUE( source.open( acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QString(), error ) && source.keys( QStringLiteral( "name" ), names, error ) );
  return names;
}

//! Sets the .dbf's language driver byte (offset 29): 0 says nothing about the encoding.
void setLanguageDriver( const QString &dbf, char ldid )
{
  QFile file( dbf );
  ASSERT_TRUE( file.open( QIODevice::ReadWrite ) );
  ASSERT_TRUE( file.seek( 29 ) );
  ASSERT_EQ( file.write( &ldid, 1 ), 1 );
}
} // namespace

TEST( AcvBoundarySource, DecodesADbfWithoutCpgOnlyWhenItDeclaresNoEncoding )
{
  const QStringList names = districtNames();
  ASSERT_EQ( names.size(), 17 );
  AcvScratch scratch;
  const QString shp = scratch.path( QStringLiteral( "cp1258.shp" ) );
  ASSERT_TRUE( ogr2ogr( { QStringLiteral( "-lco" ), QStringLiteral( "ENCODING=CP1258" ), QStringLiteral( "-select" ), QStringLiteral( "name" ), shp, acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ) } ) );

  // With its .cpg, GDAL reads the code page itself (through iconv, which leaves the tones as
  // combining marks: NFD): nothing to guess, nothing said.
  AcvBoundarySource withCpg;
  QString error;
  QStringList keys;
  ASSERT_TRUE( withCpg.open( shp, QString(), error ) && withCpg.keys( QStringLiteral( "name" ), keys, error ) ) << error.toStdString();
  for ( QString &key : keys )
    key = key.normalized( QString::NormalizationForm_C );
  EXPECT_EQ( keys, names );
  EXPECT_TRUE( withCpg.notes().isEmpty() );

  // Without it and without a language driver byte: detected, decoded and said.
  ASSERT_TRUE( QFile::remove( scratch.path( QStringLiteral( "cp1258.cpg" ) ) ) );
  setLanguageDriver( scratch.path( QStringLiteral( "cp1258.dbf" ) ), 0 );
  AcvBoundarySource without;
  ASSERT_TRUE( without.open( shp, QString(), error ) && without.keys( QStringLiteral( "name" ), keys, error ) ) << error.toStdString();
  EXPECT_EQ( keys, names );
  ASSERT_EQ( without.notes().size(), 1 );
  EXPECT_TRUE( without.notes().first().contains( QStringLiteral( "read as Windows-1258" ) ) ) << without.notes().first().toStdString();

  // A language driver byte is the file's word on its encoding (0x57: ANSI, read as ISO-8859-1): respected.
  setLanguageDriver( scratch.path( QStringLiteral( "cp1258.dbf" ) ), '\x57' );
  AcvBoundarySource declared;
  ASSERT_TRUE( declared.open( shp, QString(), error ) && declared.keys( QStringLiteral( "name" ), keys, error ) ) << error.toStdString();
  EXPECT_NE( keys, names );
  EXPECT_TRUE( declared.notes().isEmpty() );
}

TEST( AcvBoundarySource, ReadsATcvn3DbfAndLeavesWesternEuropeanTextAsGdalReadIt )
{
  AcvScratch scratch;
  // A .dbf holding TCVN3 bytes, as an old MapInfo export typed in .VnTime: written through
  // ISO-8859-1, whose reading of the bytes is the names' Windows-1252 reading.
  auto write = [&scratch]( const QString &stem, const QStringList &values )
  {
    QString json = QStringLiteral( "{\"type\":\"FeatureCollection\",\"features\":[" );
    for ( int i = 0; i < values.size(); ++i )
      json += QStringLiteral( "%1{\"type\":\"Feature\",\"properties\":{\"ten\":\"%2\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%3,14],[%4,14],[%4,14.1],[%3,14.1],[%3,14]]]}}" )
                .arg( i ? QStringLiteral( "," ) : QString(), values.at( i ) )
                .arg( 108 + i * 0.1 )
                .arg( 108.1 + i * 0.1 );
    const QString geojson = scratch.write( stem + QStringLiteral( ".geojson" ), ( json + QStringLiteral( "]}" ) ).toUtf8() );
    const QString shp = scratch.path( stem + QStringLiteral( ".shp" ) );
    EXPECT_TRUE( ogr2ogr( { QStringLiteral( "-lco" ), QStringLiteral( "ENCODING=ISO-8859-1" ), shp, geojson } ) );
    QFile::remove( scratch.path( stem + QStringLiteral( ".cpg" ) ) );
    setLanguageDriver( scratch.path( stem + QStringLiteral( ".dbf" ) ), 0 );
    return shp;
  };
  // "Huyện Đăk Đoa", "Phường Tây Sơn", "Thị xã Ayun Pa", "Chư Păh" in TCVN3, as Windows-1252 shows them.
  const QString tcvn3 = write( QStringLiteral( "tcvn3" ), { u8( "HuyÖn §¨k §oa" ), u8( "Ph\u00ADêng T©y S¬n" ), u8( "ThÞ x· Ayun Pa" ), u8( "Ch\u00AD P¨h" ) } );
  AcvBoundarySource source;
  QString error;
  QStringList keys;
  ASSERT_TRUE( source.open( tcvn3, QString(), error ) && source.keys( QStringLiteral( "ten" ), keys, error ) ) << error.toStdString();
  EXPECT_EQ( keys, QStringList( { u8( "Huyện Đăk Đoa" ), u8( "Phường Tây Sơn" ), u8( "Thị xã Ayun Pa" ), u8( "Chư Păh" ) } ) );
  ASSERT_EQ( source.notes().size(), 1 );
  EXPECT_TRUE( source.notes().first().contains( QStringLiteral( "read as TCVN3" ) ) );

  // French names are no Vietnamese in any reading: left as GDAL read them (ISO-8859-1), with a warning.
  const QString french = write( QStringLiteral( "french" ), { u8( "Société générale" ), u8( "Crème brûlée" ), u8( "Ærø" ) } );
  AcvBoundarySource western;
  ASSERT_TRUE( western.open( french, QString(), error ) && western.keys( QStringLiteral( "ten" ), keys, error ) ) << error.toStdString();
  EXPECT_TRUE( western.notes().isEmpty() );
  EXPECT_TRUE( std::any_of( western.warnings().cbegin(), western.warnings().cend(), []( const QString &w )
                            { return w.contains( QStringLiteral( "read as ISO-8859-1" ) ); } ) )
    << western.warnings().join( QLatin1Char( '\n' ) ).toStdString();
}
