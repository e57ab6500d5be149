/***************************************************************************
  testacvcoveragehistory.cpp - the history of annexes on GeoPackage and on PostGIS
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragehistory.h"
#include "acvoutputtransaction.h"
#include "acvtestpostgres.h"
#include "acvtestutils.h"

#include <QFileInfo>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

namespace
{
const QDate kWeek1( 2020, 8, 6 );
const QDate kWeek2( 2020, 8, 13 );

QByteArray squareWkb( double x, double y, double size )
{
  const QByteArray wkt = QStringLiteral( "POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))" ).arg( x ).arg( y ).arg( x + size ).arg( y + size ).toLatin1();
  OGRGeometryH geometry = nullptr;
  char *text = const_cast<char *>( wkt.constData() );
  OGR_G_CreateFromWkt( &text, nullptr, &geometry );
  QByteArray wkb( OGR_G_WkbSize( geometry ), '\0' );
  OGR_G_ExportToIsoWkb( geometry, wkbNDR, reinterpret_cast<unsigned char *>( wkb.data() ) );
  OGR_G_DestroyGeometry( geometry );
  return wkb;
}

AcvHistoryRow row( const QString &key, const QDate &date, double installs, double smartphones )
{
  AcvHistoryRow r;
  r.key = key;
  r.locality = QStringLiteral( "Huyện " ) + key;
  r.date = date;
  r.figures = { installs, smartphones, smartphones * 2 };
  r.coveragePct = installs / smartphones * 100;
  r.source = QStringLiteral( "annex_%1.csv" ).arg( date.toString( Qt::ISODate ) );
  r.wkb = squareWkb( 108.0, 13.5, 0.1 );
  return r;
}

QString wgs84Wkt()
{
  OGRSpatialReferenceH srs = OSRNewSpatialReference( nullptr );
  OSRImportFromEPSG( srs, 4326 );
  char *wkt = nullptr;
  OSRExportToWkt( srs, &wkt );
  const QString result = QString::fromUtf8( wkt );
  CPLFree( wkt );
  OSRDestroySpatialReference( srs );
  return result;
}

enum class Backend
{
  GeoPackage,
  PostGis
};

AcvTestPostgres &server()
{
  static AcvTestPostgres instance;
  return instance;
}

class AcvCoverageHistoryTest : public ::testing::TestWithParam<Backend>
{
protected:
  void SetUp() override
  {
    if ( GetParam() == Backend::PostGis )
    {
      QString error;
      ASSERT_TRUE( server().start( error ) ) << error.toStdString();
      server().query( QStringLiteral( "DROP TABLE IF EXISTS coverage_history" ), error );
      mDataset = server().connection();
    }
    else
      mDataset = mScratch.path( QStringLiteral( "history.gpkg" ) );
  }

  //! One run: begins, replaces \a rows, commits (or rolls back when \a commit is false).
  bool runOnce( const QVector<AcvHistoryRow> &rows, AcvHistoryUpdate &update, QString &error, bool commit = true, const QString &keyField = QStringLiteral( "ma" ), const QString &crsWkt = wgs84Wkt() )
  {
    AcvOutputTransaction transaction;
    if ( !transaction.begin( AcvCoverageHistory::isDatabase( mDataset ) ? QStringList() : QStringList{ mDataset }, error ) )
      return false;
    AcvCoverageHistory history;
    if ( !history.begin( mDataset, keyField, crsWkt, error, &transaction ) || !history.replace( rows, update, error ) )
      return false;
    if ( !commit )
    {
      history.rollback();
      transaction.rollback();
      return true;
    }
    return history.commit( error ) && transaction.commit( error );
  }

  QHash<QString, QVector<AcvHistoryObservation>> readBack()
  {
    AcvOutputTransaction transaction;
    QString error;
    EXPECT_TRUE( transaction.begin( AcvCoverageHistory::isDatabase( mDataset ) ? QStringList() : QStringList{ mDataset }, error ) );
    AcvCoverageHistory history;
    QHash<QString, QVector<AcvHistoryObservation>> byKey;
    EXPECT_TRUE( history.begin( mDataset, QStringLiteral( "ma" ), wgs84Wkt(), error, &transaction ) ) << error.toStdString();
    EXPECT_TRUE( history.observations( byKey, error ) ) << error.toStdString();
    history.rollback();
    return byKey;
  }

  AcvScratch mScratch;
  QString mDataset;
};
} // namespace

TEST_P( AcvCoverageHistoryTest, KeepsOneFeaturePerLocalityAndDateWithTypedFields )
{
  AcvHistoryUpdate update;
  QString error;
  ASSERT_TRUE( runOnce( { row( "a", kWeek1, 100, 1000 ), row( "b", kWeek1, 300, 1000 ) }, update, error ) ) << error.toStdString();
  EXPECT_EQ( update.rows, 2 );
  EXPECT_EQ( update.added, QVector<QDate>{ kWeek1 } );
  EXPECT_TRUE( update.replaced.isEmpty() );

  // Read as another program would: OGR, layer coverage_history, a date field, polygons.
  GDALDatasetH dataset = GDALOpenEx( ( AcvCoverageHistory::isDatabase( mDataset ) ? mDataset : mDataset ).toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr );
  ASSERT_TRUE( dataset );
  OGRLayerH layer = GDALDatasetGetLayerByName( dataset, "coverage_history" );
  ASSERT_TRUE( layer );
  EXPECT_EQ( OGR_L_GetFeatureCount( layer, TRUE ), 2 );
  OGRFeatureDefnH definition = OGR_L_GetLayerDefn( layer );
  EXPECT_EQ( OGR_Fld_GetType( OGR_FD_GetFieldDefn( definition, OGR_FD_GetFieldIndex( definition, "statistics_date" ) ) ), OFTDate );
  EXPECT_GE( OGR_FD_GetFieldIndex( definition, "ma" ), 0 );
  EXPECT_EQ( wkbFlatten( OGR_L_GetGeomType( layer ) ), wkbMultiPolygon );
  OGR_L_SetAttributeFilter( layer, "ma = 'b'" );
  OGRFeatureH feature = OGR_L_GetNextFeature( layer );
  ASSERT_TRUE( feature );
  EXPECT_DOUBLE_EQ( OGR_F_GetFieldAsDouble( feature, OGR_FD_GetFieldIndex( definition, "installs" ) ), 300 );
  EXPECT_DOUBLE_EQ( OGR_F_GetFieldAsDouble( feature, OGR_FD_GetFieldIndex( definition, "coverage_pct" ) ), 30 );
  EXPECT_STREQ( OGR_F_GetFieldAsString( feature, OGR_FD_GetFieldIndex( definition, "locality" ) ), "Huyện b" );
  EXPECT_STREQ( OGR_F_GetFieldAsString( feature, OGR_FD_GetFieldIndex( definition, "source" ) ), "annex_2020-08-06.csv" );
  ASSERT_TRUE( OGR_F_GetGeometryRef( feature ) );
  OGREnvelope envelope;
  OGR_G_GetEnvelope( OGR_F_GetGeometryRef( feature ), &envelope );
  EXPECT_NEAR( envelope.MinX, 108.0, 1e-9 );
  OGR_F_Destroy( feature );
  GDALClose( dataset );
}

TEST_P( AcvCoverageHistoryTest, DateAlreadyThereIsReplacedNotDuplicated )
{
  AcvHistoryUpdate update;
  QString error;
  ASSERT_TRUE( runOnce( { row( "a", kWeek1, 100, 1000 ), row( "b", kWeek1, 300, 1000 ) }, update, error ) ) << error.toStdString();
  // The corrected annex of week 1 and the new one of week 2, in one run.
  ASSERT_TRUE( runOnce( { row( "a", kWeek2, 250, 1000 ), row( "a", kWeek1, 120, 1000 ), row( "b", kWeek1, 310, 1000 ) }, update, error ) ) << error.toStdString();
  EXPECT_EQ( update.added, QVector<QDate>{ kWeek2 } );
  EXPECT_EQ( update.replaced, QVector<QDate>{ kWeek1 } );
  const auto byKey = readBack();
  ASSERT_EQ( byKey.value( "a" ).size(), 2 );
  ASSERT_EQ( byKey.value( "b" ).size(), 1 ); // b's week-1 row replaced, not kept twice
  EXPECT_DOUBLE_EQ( *byKey.value( "b" ).at( 0 ).figures.installs, 310 );
  for ( const AcvHistoryObservation &o : byKey.value( "a" ) )
    EXPECT_DOUBLE_EQ( *o.figures.installs, o.date == kWeek1 ? 120 : 250 );
}

TEST_P( AcvCoverageHistoryTest, RolledBackRunLeavesTheHistoryAsItWas )
{
  AcvHistoryUpdate update;
  QString error;
  ASSERT_TRUE( runOnce( { row( "a", kWeek1, 100, 1000 ) }, update, error ) ) << error.toStdString();
  ASSERT_TRUE( runOnce( { row( "a", kWeek1, 999, 1000 ), row( "a", kWeek2, 500, 1000 ) }, update, error, false ) ) << error.toStdString();
  const auto byKey = readBack();
  ASSERT_EQ( byKey.value( "a" ).size(), 1 );
  EXPECT_DOUBLE_EQ( *byKey.value( "a" ).at( 0 ).figures.installs, 100 );
}

TEST_P( AcvCoverageHistoryTest, KilledRunLeavesTheHistoryAsItWas )
{
  AcvHistoryUpdate update;
  QString error;
  ASSERT_TRUE( runOnce( { row( "a", kWeek1, 100, 1000 ) }, update, error ) ) << error.toStdString();
  int ready[2];
  ASSERT_EQ( pipe( ready ), 0 );
  const pid_t child = fork();
  if ( child == 0 )
  {
    // The child replaces week 1 and adds week 2, then waits to be killed before committing.
    AcvCoverageHistory history;
    QString childError;
    AcvHistoryUpdate childUpdate;
    QVector<AcvHistoryRow> rows;
    for ( int i = 0; i < 500; ++i )
      rows << row( QStringLiteral( "k%1" ).arg( i ), kWeek2, i, 1000 );
    rows << row( "a", kWeek1, 777, 1000 );
    const bool written = history.begin( mDataset, QStringLiteral( "ma" ), wgs84Wkt(), childError, nullptr ) && history.replace( rows, childUpdate, childError );
    const char byte = written ? 'y' : 'n';
    if ( write( ready[1], &byte, 1 ) != 1 )
      _exit( 2 );
    pause();
    _exit( 0 );
  }
  char byte = 0;
  ASSERT_EQ( read( ready[0], &byte, 1 ), 1 );
  EXPECT_EQ( byte, 'y' );
  kill( child, SIGKILL );
  int status = 0;
  waitpid( child, &status, 0 );
  close( ready[0] );
  close( ready[1] );
  const auto byKey = readBack();
  EXPECT_EQ( byKey.size(), 1 );
  ASSERT_EQ( byKey.value( "a" ).size(), 1 );
  EXPECT_DOUBLE_EQ( *byKey.value( "a" ).at( 0 ).figures.installs, 100 );
}

TEST_P( AcvCoverageHistoryTest, OtherKeyFieldIsRefusedByName )
{
  AcvHistoryUpdate update;
  QString error;
  ASSERT_TRUE( runOnce( { row( "a", kWeek1, 100, 1000 ) }, update, error ) ) << error.toStdString();
  EXPECT_FALSE( runOnce( { row( "a", kWeek2, 100, 1000 ) }, update, error, true, QStringLiteral( "ten_huyen" ) ) );
  EXPECT_NE( error.indexOf( "no field 'ten_huyen'" ), -1 ) << error.toStdString();
  EXPECT_NE( error.indexOf( "--key" ), -1 ) << error.toStdString();
  EXPECT_FALSE( runOnce( { row( "a", kWeek2, 100, 1000 ) }, update, error, true, QStringLiteral( "installs" ) ) );
  EXPECT_NE( error.indexOf( "'installs'" ), -1 ) << error.toStdString();
}

TEST_P( AcvCoverageHistoryTest, BoundariesInAnotherCrsAreReprojectedToTheHistorys )
{
  AcvHistoryUpdate update;
  QString error;
  ASSERT_TRUE( runOnce( { row( "a", kWeek1, 100, 1000 ) }, update, error ) ) << error.toStdString();
  // The next annex's boundaries in UTM zone 48N (VN-2000 analysts often hold such files).
  OGRSpatialReferenceH utm = OSRNewSpatialReference( nullptr );
  OSRImportFromEPSG( utm, 32648 );
  char *wkt = nullptr;
  OSRExportToWkt( utm, &wkt );
  const QString utmWkt = QString::fromUtf8( wkt );
  CPLFree( wkt );
  OSRDestroySpatialReference( utm );
  AcvHistoryRow projected = row( "a", kWeek2, 200, 1000 );
  projected.wkb = squareWkb( 833978.56, 1494818.27, 1000 ); // about 108.1°E 13.5°N
  ASSERT_TRUE( runOnce( { projected }, update, error, true, QStringLiteral( "ma" ), utmWkt ) ) << error.toStdString();

  GDALDatasetH dataset = GDALOpenEx( mDataset.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr );
  ASSERT_TRUE( dataset );
  OGRLayerH layer = GDALDatasetGetLayerByName( dataset, "coverage_history" );
  OGR_L_SetAttributeFilter( layer, "statistics_date = '2020-08-13'" );
  OGRFeatureH feature = OGR_L_GetNextFeature( layer );
  ASSERT_TRUE( feature );
  OGREnvelope envelope;
  OGR_G_GetEnvelope( OGR_F_GetGeometryRef( feature ), &envelope );
  EXPECT_NEAR( envelope.MinX, 108.1, 0.05 );
  EXPECT_NEAR( envelope.MinY, 13.5, 0.05 );
  OGR_F_Destroy( feature );
  GDALClose( dataset );
}

INSTANTIATE_TEST_SUITE_P( Backends, AcvCoverageHistoryTest, ::testing::Values( Backend::GeoPackage, Backend::PostGis ), []( const ::testing::TestParamInfo<Backend> &info )
                          { return info.param == Backend::GeoPackage ? std::string( "GeoPackage" ) : std::string( "PostGis" ); } );

TEST( AcvCoverageHistory, NewGeoPackageAppearsOnlyWhenTheRunCommits )
{
  AcvScratch scratch;
  const QString path = scratch.path( QStringLiteral( "campaign.gpkg" ) );
  AcvOutputTransaction transaction;
  QString error;
  ASSERT_TRUE( transaction.begin( { path }, error ) );
  AcvCoverageHistory history;
  AcvHistoryUpdate update;
  ASSERT_TRUE( history.begin( path, QStringLiteral( "ma" ), wgs84Wkt(), error, &transaction ) ) << error.toStdString();
  EXPECT_TRUE( history.isNew() );
  ASSERT_TRUE( history.replace( { row( "a", kWeek1, 1, 10 ) }, update, error ) );
  ASSERT_TRUE( history.commit( error ) ) << error.toStdString();
  EXPECT_FALSE( QFileInfo::exists( path ) ); // staged: renamed with the run's other outputs
  ASSERT_TRUE( transaction.commit( error ) ) << error.toStdString();
  EXPECT_TRUE( QFileInfo::exists( path ) );
}

TEST( AcvCoverageHistory, ConnectionPasswordsAreNotShown )
{
  EXPECT_EQ( AcvCoverageHistory::displayName( "PG:host=db.soTTTT dbname=camp user=an password=s3cret" ), QString( "PG:host=db.soTTTT dbname=camp user=an password=***" ) );
  EXPECT_EQ( AcvCoverageHistory::displayName( "PG:dbname=camp password='a b' user=an" ), QString( "PG:dbname=camp password=*** user=an" ) );
  EXPECT_EQ( AcvCoverageHistory::displayName( "postgresql://an:s3cret@db/camp" ), QString( "postgresql://an:***@db/camp" ) );
  EXPECT_EQ( AcvCoverageHistory::displayName( "/data/history.gpkg" ), QString( "/data/history.gpkg" ) );
  EXPECT_TRUE( AcvCoverageHistory::isDatabase( "pg:dbname=x" ) );
  EXPECT_FALSE( AcvCoverageHistory::isDatabase( "pgdata.gpkg" ) );
}

TEST( AcvCoverageHistory, UnreachableServerIsNamedWithoutItsPassword )
{
  AcvCoverageHistory history;
  QString error;
  EXPECT_FALSE( history.begin( "PG:host=/nonexistent-acv-socket port=1 dbname=none user=x password=topsecret", "ma", QString(), error, nullptr ) );
  EXPECT_NE( error.indexOf( "cannot connect" ), -1 ) << error.toStdString();
  EXPECT_EQ( error.indexOf( "topsecret" ), -1 ) << error.toStdString();
}
