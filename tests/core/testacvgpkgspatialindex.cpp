/***************************************************************************
  testacvgpkgspatialindex.cpp - the packed R-tree against GDAL's own, SQLite's checker and OGR
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvgpkgspatialindex.h"
#include "acvqgistestutils.h"
#include "acvtestutils.h"

#include <qgscoordinatetransformcontext.h>
#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsmemoryproviderutils.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>

#include <gdal.h>
#include <ogr_api.h>
#include <sqlite3.h>

#include <gtest/gtest.h>

#include <memory>

namespace
{
struct Envelope
{
  double minX, maxX, minY, maxY;
  bool operator==( const Envelope &o ) const { return minX == o.minX && maxX == o.maxX && minY == o.minY && maxY == o.maxY; }
};

//! Writes \a layer as layer "t" of a new GeoPackage, with or without GDAL's spatial index.
QString writeGpkg( QgsVectorLayer *layer, const QString &path, bool gdalIndex )
{
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  options.layerName = QStringLiteral( "t" );
  if ( !gdalIndex )
    options.layerOptions << QStringLiteral( "SPATIAL_INDEX=NO" );
  QString message;
  const QgsVectorFileWriter::WriterError result = QgsVectorFileWriter::writeAsVectorFormatV3( layer, path, QgsCoordinateTransformContext(), options, &message );
  EXPECT_EQ( result, QgsVectorFileWriter::NoError ) << message.toStdString();
  return path;
}

//! Runs \a sql on \a path and returns every row, its columns joined by '|'.
QStringList query( const QString &path, const QString &sql )
{
  sqlite3 *db = nullptr;
  EXPECT_EQ( sqlite3_open_v2( QFile::encodeName( path ).constData(), &db, SQLITE_OPEN_READONLY, nullptr ), SQLITE_OK );
  sqlite3_stmt *statement = nullptr;
  QStringList rows;
  if ( sqlite3_prepare_v2( db, sql.toUtf8().constData(), -1, &statement, nullptr ) == SQLITE_OK )
  {
    while ( sqlite3_step( statement ) == SQLITE_ROW )
    {
      QStringList columns;
      for ( int i = 0; i < sqlite3_column_count( statement ); ++i )
        columns.append( QString::fromUtf8( reinterpret_cast<const char *>( sqlite3_column_text( statement, i ) ) ) );
      rows.append( columns.join( QLatin1Char( '|' ) ) );
    }
  }
  else
  {
    ADD_FAILURE() << sql.toStdString() << ": " << sqlite3_errmsg( db );
  }
  sqlite3_finalize( statement );
  sqlite3_close( db );
  return rows;
}

//! The R-tree's rows by id, as SQLite returns them (the stored 32-bit floats, widened).
QMap<qint64, Envelope> rtreeRows( const QString &path )
{
  QMap<qint64, Envelope> rows;
  sqlite3 *db = nullptr;
  EXPECT_EQ( sqlite3_open_v2( QFile::encodeName( path ).constData(), &db, SQLITE_OPEN_READONLY, nullptr ), SQLITE_OK );
  sqlite3_stmt *statement = nullptr;
  EXPECT_EQ( sqlite3_prepare_v2( db, "SELECT id, minx, maxx, miny, maxy FROM rtree_t_geom", -1, &statement, nullptr ), SQLITE_OK ) << sqlite3_errmsg( db );
  while ( statement && sqlite3_step( statement ) == SQLITE_ROW )
  {
    rows.insert( sqlite3_column_int64( statement, 0 ), Envelope{ sqlite3_column_double( statement, 1 ), sqlite3_column_double( statement, 2 ),
                                                                 sqlite3_column_double( statement, 3 ), sqlite3_column_double( statement, 4 ) } );
  }
  sqlite3_finalize( statement );
  sqlite3_close( db );
  return rows;
}

//! The fids OGR returns for a rectangle, through the layer's spatial index.
QSet<qint64> fidsIn( const QString &path, double minX, double minY, double maxX, double maxY )
{
  GDALDatasetH dataset = GDALOpenEx( QFile::encodeName( path ).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr );
  EXPECT_NE( dataset, nullptr );
  QSet<qint64> fids;
  if ( !dataset )
    return fids;
  OGRLayerH layer = GDALDatasetGetLayerByName( dataset, "t" );
  EXPECT_TRUE( OGR_L_TestCapability( layer, OLCFastSpatialFilter ) ) << "OGR sees no spatial index in " << path.toStdString();
  OGR_L_SetSpatialFilterRect( layer, minX, minY, maxX, maxY );
  OGRFeatureH feature;
  while ( ( feature = OGR_L_GetNextFeature( layer ) ) )
  {
    fids.insert( OGR_F_GetFID( feature ) );
    OGR_F_Destroy( feature );
  }
  GDALClose( dataset );
  return fids;
}

std::unique_ptr<QgsVectorLayer> communes()
{
  auto layer = std::make_unique<QgsVectorLayer>( acvSharedGeodata( QStringLiteral( "gia_lai_communes.geojson" ) ), QStringLiteral( "communes" ), QStringLiteral( "ogr" ) );
  EXPECT_TRUE( layer->isValid() );
  return layer;
}

//! \a count squares of random size scattered over Vietnam's extent (fixed seed).
std::unique_ptr<QgsVectorLayer> scatteredSquares( int count )
{
  QgsFields fields;
  std::unique_ptr<QgsVectorLayer> layer( QgsMemoryProviderUtils::createMemoryLayer( QStringLiteral( "squares" ), fields, QgsWkbTypes::Polygon, QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ) ) );
  QRandomGenerator random( 7 );
  QgsFeatureList features;
  for ( int i = 0; i < count; ++i )
  {
    const double x = 102.0 + random.generateDouble() * 7.5;
    const double y = 8.5 + random.generateDouble() * 15.0;
    const double size = 0.001 + random.generateDouble() * 0.05;
    QgsFeature feature( fields );
    feature.setGeometry( QgsGeometry::fromRect( QgsRectangle( x, y, x + size, y + size ) ) );
    features.append( feature );
  }
  layer->dataProvider()->addFeatures( features );
  return layer;
}

int rootDepth( const QString &path )
{
  const QStringList rows = query( path, QStringLiteral( "SELECT hex(substr(data, 1, 2)) FROM rtree_t_geom_node WHERE nodeno = 1" ) );
  return rows.isEmpty() ? -1 : rows.first().toInt( nullptr, 16 );
}
} // namespace

TEST( AcvGpkgSpatialIndex, IsTheIndexGdalWouldWriteForRealCommunes )
{
  AcvScratch scratch;
  std::unique_ptr<QgsVectorLayer> layer = communes();
  const QString ours = writeGpkg( layer.get(), scratch.path( QStringLiteral( "ours.gpkg" ) ), false );
  const QString gdals = writeGpkg( layer.get(), scratch.path( QStringLiteral( "gdal.gpkg" ) ), true );
  EXPECT_TRUE( query( ours, QStringLiteral( "SELECT name FROM sqlite_master WHERE name LIKE 'rtree%'" ) ).isEmpty() );

  QString error;
  ASSERT_TRUE( AcvGpkgSpatialIndex::create( ours, QStringLiteral( "t" ), error ) ) << error.toStdString();

  EXPECT_EQ( query( ours, QStringLiteral( "SELECT rtreecheck('rtree_t_geom')" ) ), QStringList{ QStringLiteral( "ok" ) } );
  // The same schema objects (virtual table, shadow tables, the six triggers) with the same SQL,
  // and the same extension row, as GDAL's.
  const QString schema = QStringLiteral( "SELECT type, name, sql FROM sqlite_master WHERE name LIKE 'rtree%' ORDER BY name" );
  EXPECT_EQ( query( ours, schema ), query( gdals, schema ) );
  EXPECT_EQ( query( ours, schema ).size(), 10 );
  const QString extensions = QStringLiteral( "SELECT * FROM gpkg_extensions ORDER BY extension_name" );
  EXPECT_EQ( query( ours, extensions ), query( gdals, extensions ) );
  // Every commune with the very box SQLite stored for GDAL's row-by-row inserts: the rounding
  // of the 32-bit coordinates agrees.
  const QMap<qint64, Envelope> ourRows = rtreeRows( ours );
  EXPECT_EQ( ourRows.size(), 222 );
  EXPECT_EQ( ourRows, rtreeRows( gdals ) );
  // 222 communes fill more than one node of 51 cells.
  EXPECT_EQ( rootDepth( ours ), 1 );
}

TEST( AcvGpkgSpatialIndex, DeepTreeAnswersWindowsLikeGdals )
{
  AcvScratch scratch;
  std::unique_ptr<QgsVectorLayer> layer = scatteredSquares( 20000 );
  const QString ours = writeGpkg( layer.get(), scratch.path( QStringLiteral( "ours.gpkg" ) ), false );
  const QString gdals = writeGpkg( layer.get(), scratch.path( QStringLiteral( "gdal.gpkg" ) ), true );
  QString error;
  ASSERT_TRUE( AcvGpkgSpatialIndex::create( ours, QStringLiteral( "t" ), error ) ) << error.toStdString();
  EXPECT_EQ( query( ours, QStringLiteral( "SELECT rtreecheck('rtree_t_geom')" ) ), QStringList{ QStringLiteral( "ok" ) } );
  EXPECT_EQ( rootDepth( ours ), 2 ); // 20 000 > 51 × 51 leaves
  EXPECT_EQ( rtreeRows( ours ), rtreeRows( gdals ) );

  QRandomGenerator random( 11 );
  int found = 0;
  for ( int i = 0; i < 40; ++i )
  {
    const double x = 102.0 + random.generateDouble() * 7.0;
    const double y = 8.5 + random.generateDouble() * 14.0;
    const double size = 0.05 + random.generateDouble() * 1.5;
    const QSet<qint64> ourFids = fidsIn( ours, x, y, x + size, y + size );
    EXPECT_EQ( ourFids, fidsIn( gdals, x, y, x + size, y + size ) ) << "window " << i;
    found += static_cast<int>( ourFids.size() );
  }
  EXPECT_GT( found, 1000 ); // the windows are not all empty
}

TEST( AcvGpkgSpatialIndex, TriggersKeepItInStepWithEdits )
{
  AcvScratch scratch;
  std::unique_ptr<QgsVectorLayer> layer = scatteredSquares( 3000 );
  const QString path = writeGpkg( layer.get(), scratch.path( QStringLiteral( "ours.gpkg" ) ), false );
  QString error;
  ASSERT_TRUE( AcvGpkgSpatialIndex::create( path, QStringLiteral( "t" ), error ) ) << error.toStdString();

  // An analyst's edits in QGIS, through OGR: move one square far away, delete another, add one.
  GDALDatasetH dataset = GDALOpenEx( QFile::encodeName( path ).constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr );
  ASSERT_NE( dataset, nullptr );
  OGRLayerH ogrLayer = GDALDatasetGetLayerByName( dataset, "t" );
  OGRFeatureH moved = OGR_L_GetFeature( ogrLayer, 5 );
  ASSERT_NE( moved, nullptr );
  OGRGeometryH far = nullptr;
  char wkt[] = "POLYGON ((120 30,121 30,121 31,120 31,120 30))";
  char *cursor = wkt;
  ASSERT_EQ( OGR_G_CreateFromWkt( &cursor, nullptr, &far ), OGRERR_NONE );
  OGR_F_SetGeometryDirectly( moved, far );
  EXPECT_EQ( OGR_L_SetFeature( ogrLayer, moved ), OGRERR_NONE );
  OGR_F_Destroy( moved );
  EXPECT_EQ( OGR_L_DeleteFeature( ogrLayer, 7 ), OGRERR_NONE );
  OGRFeatureH added = OGR_F_Create( OGR_L_GetLayerDefn( ogrLayer ) );
  char addedWkt[] = "POLYGON ((125 35,126 35,126 36,125 36,125 35))";
  cursor = addedWkt;
  OGRGeometryH addedGeometry = nullptr;
  ASSERT_EQ( OGR_G_CreateFromWkt( &cursor, nullptr, &addedGeometry ), OGRERR_NONE );
  OGR_F_SetGeometryDirectly( added, addedGeometry );
  EXPECT_EQ( OGR_L_CreateFeature( ogrLayer, added ), OGRERR_NONE );
  const qint64 addedFid = OGR_F_GetFID( added );
  OGR_F_Destroy( added );
  GDALClose( dataset );

  EXPECT_EQ( query( path, QStringLiteral( "SELECT rtreecheck('rtree_t_geom')" ) ), QStringList{ QStringLiteral( "ok" ) } );
  const QMap<qint64, Envelope> rows = rtreeRows( path );
  EXPECT_EQ( rows.size(), 3000 );
  EXPECT_EQ( rows.value( 5 ), ( Envelope{ 120, 121, 30, 31 } ) );
  EXPECT_FALSE( rows.contains( 7 ) );
  EXPECT_EQ( rows.value( addedFid ), ( Envelope{ 125, 126, 35, 36 } ) );
  EXPECT_EQ( fidsIn( path, 119.5, 29.5, 121.5, 31.5 ), QSet<qint64>{ 5 } );
}

TEST( AcvGpkgSpatialIndex, RefusesWhatItCannotIndexAndChangesNothing )
{
  AcvScratch scratch;
  std::unique_ptr<QgsVectorLayer> layer = communes();
  const QString path = writeGpkg( layer.get(), scratch.path( QStringLiteral( "gdal.gpkg" ) ), true );
  const QByteArray before = acvChecksum( path );
  QString error;
  // Indexed already.
  EXPECT_FALSE( AcvGpkgSpatialIndex::create( path, QStringLiteral( "t" ), error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "gdal.gpkg" ) ) && error.contains( QStringLiteral( "rtree_t_geom" ) ) ) << error.toStdString();
  EXPECT_EQ( acvChecksum( path ), before );
  // No such table.
  error.clear();
  EXPECT_FALSE( AcvGpkgSpatialIndex::create( path, QStringLiteral( "nothere" ), error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "nothere" ) ) ) << error.toStdString();
  EXPECT_EQ( acvChecksum( path ), before );
  // Not a GeoPackage.
  error.clear();
  const QString text = scratch.write( QStringLiteral( "notes.gpkg" ), "not a database" );
  EXPECT_FALSE( AcvGpkgSpatialIndex::create( text, QStringLiteral( "t" ), error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "notes.gpkg" ) ) ) << error.toStdString();
}
