/***************************************************************************
  testcoveragemapcommand.cpp - coverage-map end to end on real boundaries
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acve2eutils.h"
#include "acvmapimage.h"
#include "acvqgistestutils.h"
#include "acvtablereader.h"
#include "acvtestutils.h"
#include "acvstylefile.h"

#include <qgsexpressioncontextutils.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsrenderer.h>
#include <qgsrendercontext.h>
#include <qgssymbol.h>
#include <qgssymbollayer.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

namespace
{
QJsonObject readJson( const QString &path )
{
  QFile file( path );
  file.open( QIODevice::ReadOnly );
  return QJsonDocument::fromJson( file.readAll() ).object();
}

//! The six world-file numbers: x size, rotation, rotation, y size, x origin, y origin.
QVector<double> readWorldFile( const QString &path )
{
  QFile file( path );
  file.open( QIODevice::ReadOnly );
  QVector<double> values;
  for ( const QByteArray &line : file.readAll().split( '\n' ) )
  {
    if ( !line.trimmed().isEmpty() )
      values.append( line.trimmed().toDouble() );
  }
  return values;
}

bool sameColour( const QColor &a, const QColor &b, int tolerance = 6 )
{
  return std::abs( a.red() - b.red() ) <= tolerance && std::abs( a.green() - b.green() ) <= tolerance && std::abs( a.blue() - b.blue() ) <= tolerance;
}

/**
 * Checks the PNG at a point inside each locality against the style the command saved
 * (--export-style): the fill of the rule that draws the locality's class, or the no-data fill.
 * Returns how many localities were checked.
 */
int checkClassColours( const QString &png, const QString &joined, const QString &qml )
{
  const QImage image( png );
  EXPECT_FALSE( image.isNull() );
  const QVector<double> world = readWorldFile( AcvMapImage::worldFilePath( png ) );
  EXPECT_EQ( world.size(), 6 );
  QgsVectorLayer layer( joined, QStringLiteral( "j" ), QStringLiteral( "ogr" ) );
  QString error;
  EXPECT_TRUE( AcvStyleFile::load( layer, qml, error ) ) << error.toStdString();
  QgsRenderContext context;
  context.expressionContext().appendScopes( QgsExpressionContextUtils::globalProjectLayerScopes( &layer ) );
  layer.renderer()->startRender( context, layer.fields() );
  int checked = 0;
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    // The pole of inaccessibility: the point farthest from the border and its below-target band.
    const QgsPointXY inside = feature.geometry().poleOfInaccessibility( 1e-4 ).asPoint();
    const int x = static_cast<int>( ( inside.x() - world[4] ) / world[0] );
    const int y = static_cast<int>( ( inside.y() - world[5] ) / world[3] );
    context.expressionContext().setFeature( feature );
    const QgsSymbolList symbols = layer.renderer()->originalSymbolsForFeature( feature, context );
    EXPECT_FALSE( symbols.isEmpty() );
    if ( symbols.isEmpty() )
      continue;
    const QColor expected = symbols.first()->symbolLayer( 0 )->color();
    // A hatched no-data fill may put a hatch line on the very pixel: look around it.
    bool found = false;
    for ( int dx = -3; dx <= 3 && !found; ++dx )
      for ( int dy = -3; dy <= 3 && !found; ++dy )
        found = sameColour( image.pixelColor( x + dx, y + dy ), expected );
    EXPECT_TRUE( found ) << "at " << x << "," << y << " for " << feature.attribute( QStringLiteral( "locality" ) ).toString().toStdString()
                         << ": " << image.pixelColor( x, y ).name().toStdString() << " != " << expected.name().toStdString();
    ++checked;
  }
  layer.renderer()->stopRender( context );
  return checked;
}
} // namespace

TEST( CoverageMapCommand, GiaLaiDistrictsFromTheIllustrativeAnnex )
{
  AcvScratch scratch;
  const QString boundaries = acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) );
  const QString stats = acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) );
  const QByteArray boundariesBefore = acvChecksum( boundaries );
  const QByteArray statsBefore = acvChecksum( stats );
  const AcvCommandResult run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), boundaries, QStringLiteral( "--stats" ), stats,
                                                    QStringLiteral( "--joined" ), scratch.path( QStringLiteral( "j.gpkg" ) ),
                                                    QStringLiteral( "--join-report" ), scratch.path( QStringLiteral( "r.json" ) ),
                                                    QStringLiteral( "--out" ), scratch.path( QStringLiteral( "m.png" ) ), QStringLiteral( "--no-labels" ),
                                                    QStringLiteral( "--export-style" ), scratch.path( QStringLiteral( "s.qml" ) ) } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  // A clean run writes nothing to stderr but its warnings (no debugging or library chatter).
  for ( const QString &line : run.err.split( QLatin1Char( '\n' ), Qt::SkipEmptyParts ) )
    EXPECT_TRUE( line.startsWith( QLatin1String( "coverage-map: warning: " ) ) ) << line.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "key field 'name' [detected]" ) ) ) << run.out.toStdString();
  // What the command prints, line by line as a user reads it: the facts begin their lines.
  EXPECT_TRUE( run.out.startsWith( QStringLiteral( "Statistics: " ) ) ) << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "\n  installs:    column" ) ) ) << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "[detected]" ) ) );
  EXPECT_EQ( acvChecksum( boundaries ), boundariesBefore );
  EXPECT_EQ( acvChecksum( stats ), statsBefore );

  const QJsonObject report = readJson( scratch.path( QStringLiteral( "r.json" ) ) );
  EXPECT_EQ( report.value( QStringLiteral( "matched" ) ).toArray().size(), 17 );
  EXPECT_TRUE( report.value( QStringLiteral( "unmatched_boundaries" ) ).toArray().isEmpty() );
  EXPECT_TRUE( report.value( QStringLiteral( "unmatched_statistics" ) ).toArray().isEmpty() );
  EXPECT_DOUBLE_EQ( report.value( QStringLiteral( "totals" ) ).toObject().value( QStringLiteral( "installs" ) ).toDouble(), 139267.0 );

  // Correct pairs: every feature carries the census population of its own district.
  AcvRawTable census;
  QString error;
  ASSERT_TRUE( AcvTableReader::read( acvSharedGeodata( QStringLiteral( "gia_lai_districts_population_2019.csv" ) ), QString(), census, error ) );
  QHash<QString, qlonglong> populationByName;
  for ( int i = 1; i < census.rows.size(); ++i )
    populationByName.insert( census.rows.at( i ).value( 0 ), census.rows.at( i ).value( 1 ).toLongLong() );

  const QVector<AcvReadFeature> features = acvReadFeatures( scratch.path( QStringLiteral( "j.gpkg" ) ) );
  ASSERT_EQ( features.size(), 17 );
  QVector<double> coverages;
  for ( const AcvReadFeature &f : features )
  {
    const QString name = f.attributes.value( QStringLiteral( "name" ) ).toString();
    EXPECT_EQ( f.attributes.value( QStringLiteral( "population" ) ).toLongLong(), populationByName.value( name ) ) << name.toStdString();
    const double installs = f.attributes.value( QStringLiteral( "installs" ) ).toDouble();
    const double smartphones = f.attributes.value( QStringLiteral( "smartphones" ) ).toDouble();
    const double coverage = f.attributes.value( QStringLiteral( "coverage_pct" ) ).toDouble();
    EXPECT_NEAR( coverage, installs / smartphones * 100, 1e-9 );
    EXPECT_NEAR( f.attributes.value( QStringLiteral( "population_pct" ) ).toDouble(), installs / f.attributes.value( QStringLiteral( "population" ) ).toDouble() * 100, 1e-9 );
    EXPECT_EQ( f.attributes.value( QStringLiteral( "below_target" ) ).toInt() == 1, coverage < 60 );
    const qlonglong gap = f.attributes.value( QStringLiteral( "gap_installs" ) ).toLongLong();
    EXPECT_EQ( gap, std::max<qlonglong>( 0, static_cast<qlonglong>( std::ceil( smartphones * 0.6 - 1e-9 ) ) - static_cast<qlonglong>( installs ) ) );
    coverages.append( coverage );
  }
  // rank 1 is the highest coverage
  for ( const AcvReadFeature &f : features )
  {
    const double coverage = f.attributes.value( QStringLiteral( "coverage_pct" ) ).toDouble();
    const int higher = static_cast<int>( std::count_if( coverages.cbegin(), coverages.cend(), [coverage]( double c )
                                                        { return c > coverage; } ) );
    EXPECT_EQ( f.attributes.value( QStringLiteral( "rank" ) ).toInt(), higher + 1 );
  }
  EXPECT_EQ( checkClassColours( scratch.path( QStringLiteral( "m.png" ) ), scratch.path( QStringLiteral( "j.gpkg" ) ), scratch.path( QStringLiteral( "s.qml" ) ) ), 17 );
  EXPECT_TRUE( QFile::exists( scratch.path( QStringLiteral( "m.png.aux.xml" ) ) ) );
}

TEST( CoverageMapCommand, TheXlsxAnnexGivesTheSameJoin )
{
  AcvScratch scratch;
  const AcvCommandResult run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ),
                                                    QStringLiteral( "--stats" ), acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.xlsx" ) ),
                                                    QStringLiteral( "--stats-sheet" ), QStringLiteral( "Huyen" ), QStringLiteral( "--target" ), QStringLiteral( "50" ),
                                                    QStringLiteral( "--join-report" ), scratch.path( QStringLiteral( "r.json" ) ) } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  const QJsonObject report = readJson( scratch.path( QStringLiteral( "r.json" ) ) );
  EXPECT_EQ( report.value( QStringLiteral( "matched" ) ).toArray().size(), 17 );
  EXPECT_DOUBLE_EQ( report.value( QStringLiteral( "target_pct" ) ).toDouble(), 50.0 );
  EXPECT_DOUBLE_EQ( report.value( QStringLiteral( "totals" ) ).toObject().value( QStringLiteral( "installs" ) ).toDouble(), 139267.0 );
}

TEST( CoverageMapCommand, TheBundledNationalData )
{
  AcvScratch scratch;
  const QString stats = acvSourceGeodata( QStringLiteral( "vn_bluezone_2020-08-20.csv" ) );
  const AcvCommandResult run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), acvSourceGeodata( QStringLiteral( "vn_provinces.gpkg" ) ),
                                                    QStringLiteral( "--stats" ), stats,
                                                    QStringLiteral( "--joined" ), scratch.path( QStringLiteral( "j.gpkg" ) ),
                                                    QStringLiteral( "--join-report" ), scratch.path( QStringLiteral( "r.json" ) ),
                                                    QStringLiteral( "--out" ), scratch.path( QStringLiteral( "m.png" ) ), QStringLiteral( "--strict" ),
                                                    QStringLiteral( "--no-labels" ), QStringLiteral( "--export-style" ), scratch.path( QStringLiteral( "s.qml" ) ) } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  const QJsonObject report = readJson( scratch.path( QStringLiteral( "r.json" ) ) );
  const QJsonArray matched = report.value( QStringLiteral( "matched" ) ).toArray();
  EXPECT_EQ( matched.size(), 63 );

  // Correct pairs: the code in the annex's row equals the boundary's GSO code.
  AcvRawTable raw;
  QString error;
  ASSERT_TRUE( AcvTableReader::read( stats, QString(), raw, error ) );
  QHash<QString, QString> codeByStatisticsName;
  for ( const QStringList &row : raw.rows )
    codeByStatisticsName.insert( row.value( 2 ).trimmed(), row.value( 1 ) );
  const QVector<AcvReadFeature> features = acvReadFeatures( scratch.path( QStringLiteral( "j.gpkg" ) ) );
  ASSERT_EQ( features.size(), 63 );
  bool sawGiaLai = false;
  for ( const AcvReadFeature &f : features )
  {
    const QString statisticsName = f.attributes.value( QStringLiteral( "stats_key" ) ).toString();
    EXPECT_EQ( codeByStatisticsName.value( statisticsName ), f.attributes.value( QStringLiteral( "ma_tinh" ) ).toString() ) << statisticsName.toStdString();
    if ( f.attributes.value( QStringLiteral( "ma_tinh" ) ).toString() == QStringLiteral( "64" ) )
    {
      sawGiaLai = true;
      // The real figures of 20/8/2020.
      EXPECT_EQ( f.attributes.value( QStringLiteral( "installs" ) ).toLongLong(), 139267 );
      EXPECT_NEAR( f.attributes.value( QStringLiteral( "population_pct" ) ).toDouble(), 9.19, 0.005 );
      EXPECT_NEAR( f.attributes.value( QStringLiteral( "coverage_pct" ) ).toDouble(), 23.0, 0.01 );
      EXPECT_EQ( f.attributes.value( QStringLiteral( "rank" ) ).toInt(), 52 );
      EXPECT_EQ( f.attributes.value( QStringLiteral( "below_target" ) ).toInt(), 1 );
    }
  }
  EXPECT_TRUE( sawGiaLai );
  EXPECT_EQ( checkClassColours( scratch.path( QStringLiteral( "m.png" ) ), scratch.path( QStringLiteral( "j.gpkg" ) ), scratch.path( QStringLiteral( "s.qml" ) ) ), 63 );
}

TEST( CoverageMapCommand, BadUsageExitsWithTwoAndWritesNothing )
{
  AcvScratch scratch;
  const QString boundaries = acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) );
  const QString stats = acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) );
  const QString report = scratch.path( QStringLiteral( "r.json" ) );

  AcvCommandResult run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), boundaries, QStringLiteral( "--join-report" ), report } );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "--stats" ) ) ) << run.err.toStdString();

  run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), boundaries, QStringLiteral( "--stats" ), stats, QStringLiteral( "--target" ), QStringLiteral( "150" ), QStringLiteral( "--join-report" ), report } );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "--target" ) ) ) << run.err.toStdString();

  run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), boundaries, QStringLiteral( "--stats" ), stats, QStringLiteral( "--installs" ), QStringLiteral( "Downloads" ), QStringLiteral( "--join-report" ), report } );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "no column 'Downloads'" ) ) && run.err.contains( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ) ) << run.err.toStdString();

  run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), boundaries, QStringLiteral( "--stats" ), stats, QStringLiteral( "--joined" ), stats } );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "also an input" ) ) ) << run.err.toStdString();

  run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), boundaries, QStringLiteral( "--stats" ), stats, QStringLiteral( "--out" ), scratch.path( QStringLiteral( "no/such/dir/m.png" ) ) } );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "does not exist" ) ) ) << run.err.toStdString();

  // Unmatched rows warn; with --strict they fail and nothing is written.
  const QString partial = scratch.write( QStringLiteral( "p.csv" ), u8( "Đơn vị;Số lượt cài đặt;Số người dùng ĐTTM\nTP. Pleiku;300;1.000\nHuyện Không Có;10;100\n" ).toUtf8() );
  run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), boundaries, QStringLiteral( "--stats" ), partial, QStringLiteral( "--join-report" ), report } );
  EXPECT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( u8( "'Huyện Không Có' matches no boundary" ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "p.csv, row 3, column 1" ) ) ) << run.err.toStdString();
  QFile::remove( report );
  run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), boundaries, QStringLiteral( "--stats" ), partial, QStringLiteral( "--join-report" ), report, QStringLiteral( "--strict" ) } );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_FALSE( QFile::exists( report ) );
  EXPECT_EQ( QDir( scratch.dir() ).entryList( QDir::Files | QDir::Hidden ).size(), 1 ); // only p.csv
}

TEST( CoverageMapCommand, OutputsKeepTheBoundariesCoordinateReferenceSystem )
{
  // The joined GeoPackage is written on a thread of its own; it must still carry the
  // boundaries' CRS, VN-2000 / Gia Lai (EPSG:3405) for a provincial shapefile as for WGS 84.
  AcvScratch scratch;
  const QString shp = scratch.path( QStringLiteral( "huyen.shp" ) );
  ASSERT_EQ( QProcess::execute( QStringLiteral( "ogr2ogr" ), { QStringLiteral( "-t_srs" ), QStringLiteral( "EPSG:3405" ), QStringLiteral( "-lco" ), QStringLiteral( "ENCODING=UTF-8" ), shp,
                                                               acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ) } ),
             0 );
  const QString stats = acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) );
  struct Case
  {
    QString boundaries;
    QString authid;
  };
  for ( const Case &c : { Case{ shp, QStringLiteral( "EPSG:3405" ) }, Case{ acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "EPSG:4326" ) } } )
  {
    const QString joined = scratch.path( QStringLiteral( "joined_%1.gpkg" ).arg( c.authid.mid( 5 ) ) );
    const QString png = scratch.path( QStringLiteral( "map_%1.png" ).arg( c.authid.mid( 5 ) ) );
    const AcvCommandResult run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), c.boundaries, QStringLiteral( "--stats" ), stats,
                                                      QStringLiteral( "--joined" ), joined, QStringLiteral( "--out" ), png } );
    ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
    const QgsVectorLayer layer( joined + QStringLiteral( "|layername=coverage" ), QStringLiteral( "j" ), QStringLiteral( "ogr" ) );
    ASSERT_TRUE( layer.isValid() );
    EXPECT_EQ( layer.crs().authid(), c.authid ) << joined.toStdString();
    EXPECT_EQ( layer.featureCount(), 17 );
    // The map image's sidecar names the same CRS.
    QFile aux( png + QStringLiteral( ".aux.xml" ) );
    ASSERT_TRUE( aux.open( QIODevice::ReadOnly ) );
    const QString auxText = QString::fromUtf8( aux.readAll() );
    EXPECT_TRUE( auxText.contains( c.authid == QLatin1String( "EPSG:3405" ) ? QStringLiteral( "VN-2000" ) : QStringLiteral( "WGS 84" ) ) ) << auxText.left( 300 ).toStdString();
  }
}
