/***************************************************************************
  testcoveragemapcampaign.cpp - dated annexes, the history, and every derived figure by hand
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acve2eutils.h"
#include "acvtestannexes.h"
#include "acvtestpostgres.h"
#include "acvtestworkbooks.h"

#include <QDate>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace acvtest;

namespace
{
//! Four weekly annexes of Gia Lai's 17 districts (illustrative figures).
const QVector<QDate> kWeeks = { QDate( 2020, 7, 30 ), QDate( 2020, 8, 6 ), QDate( 2020, 8, 13 ), QDate( 2020, 8, 20 ) };

struct Figures
{
  qint64 installs = 0;
  qint64 smartphones = 0;
  qint64 population = 0;
};

/**
 * The annex's figures of \a district in week \a week (0 to 3): Chư Păh stalls (the same installs
 * every week), Ia Grai goes backwards (fewer installs in the last annex, a correction), An Khê is
 * above 60 % from the first week, Mang Yang gains smartphone users each week.
 */
Figures figuresOf( const District &district, int week )
{
  Figures f{ district.installsValue, district.smartphonesValue, district.populationValue };
  // The annex names of the sample CSV as the boundaries name them, to compare by district.
  if ( district.name.contains( QStringLiteral( "Chư Păh" ) ) )
    return f;
  if ( district.name.contains( QStringLiteral( "An Khê" ) ) )
  {
    f.installs = static_cast<qint64>( 0.65 * f.smartphones ) + 150 * week;
    return f;
  }
  f.installs = std::llround( f.installs * ( 0.55 + 0.15 * week ) );
  if ( district.name.contains( QStringLiteral( "Ia Grai" ) ) && week == 3 )
    f.installs = std::llround( district.installsValue * ( 0.55 + 0.15 * 1 ) );
  if ( district.name.contains( QStringLiteral( "Mang Yang" ) ) )
    f.smartphones += 400 * week;
  return f;
}

//! The annex of \a week: title rows with its date, names spelled as one typist of that week does.
QVector<AcvTestRow> weekRows( const QVector<District> &districts, int week, bool withDate = true )
{
  QVector<AcvTestRow> rows;
  rows.append( { acvText( QStringLiteral( "SỐ LIỆU CÀI ĐẶT BLUEZONE - TỈNH GIA LAI (minh họa / illustrative)" ) ) } );
  rows.append( { acvText( withDate ? QStringLiteral( "Số liệu đến ngày %1" ).arg( kWeeks[week].toString( QStringLiteral( "d/M/yyyy" ) ) ) : QStringLiteral( "Số liệu tuần này" ) ) } );
  rows.append( { acvText( QStringLiteral( "STT" ) ), acvText( QStringLiteral( "Đơn vị" ) ), acvText( QStringLiteral( "Dân số" ) ), acvText( QStringLiteral( "Số người dùng ĐTTM" ) ), acvText( QStringLiteral( "Số lượt cài Bluezone" ) ) } );
  qint64 total = 0;
  for ( int i = 0; i < districts.size(); ++i )
  {
    const Figures f = figuresOf( districts[i], week );
    total += f.installs;
    rows.append( { acvNumber( i + 1 ), acvText( acvSpelled( districts[i].name, week + i ) ), acvText( vietnamese( f.population ) ), acvText( vietnamese( f.smartphones ) ), acvText( vietnamese( f.installs ) ) } );
  }
  rows.append( { AcvTestCell(), acvText( QStringLiteral( "Tổng cộng" ) ), AcvTestCell(), AcvTestCell(), acvText( vietnamese( total ) ) } );
  return rows;
}

//! Writes \a rows as an official's CSV: semicolons, UTF-8 with a BOM, numbers as text.
QString writeCsv( AcvScratch &scratch, const QString &name, const QVector<AcvTestRow> &rows )
{
  QByteArray bytes = "\xEF\xBB\xBF";
  for ( const AcvTestRow &row : rows )
  {
    QStringList cells;
    for ( const AcvTestCell &cell : row )
      cells << ( cell.kind == AcvTestCell::Kind::Number ? QString::number( cell.number ) : cell.text );
    bytes += cells.join( QLatin1Char( ';' ) ).toUtf8() + "\r\n";
  }
  return scratch.write( name, bytes );
}

//! Week \a week's annex: week 2 is a workbook, the others CSV; file names without a date.
QString writeWeek( AcvScratch &scratch, const QVector<District> &districts, int week )
{
  if ( week == 2 )
  {
    const QString path = scratch.path( QStringLiteral( "tuan_%1.xlsx" ).arg( week + 1 ) );
    EXPECT_TRUE( acvWriteXlsx( path, QStringLiteral( "Huyen" ), weekRows( districts, week ) ) );
    return path;
  }
  return writeCsv( scratch, QStringLiteral( "tuan_%1.csv" ).arg( week + 1 ), weekRows( districts, week ) );
}

//! What the joined layer must say of one district, computed here from the annexes' figures.
struct Expected
{
  std::optional<double> changePp;
  std::optional<double> perDay;
  QString projected; //!< yyyy/MM/dd as OGR writes a date, empty for NULL
  QString reached;
  QString trend;
};

Expected expectedOf( const District &district, double target = 60.0 )
{
  Expected e;
  QVector<double> x, y, coverage;
  for ( int w = 0; w < kWeeks.size(); ++w )
  {
    const Figures f = figuresOf( district, w );
    x << kWeeks[w].toJulianDay();
    y << f.installs;
    coverage << 100.0 * f.installs / f.smartphones;
    if ( e.reached.isEmpty() && coverage.constLast() >= target )
      e.reached = kWeeks[w].toString( QStringLiteral( "yyyy/MM/dd" ) );
  }
  // Least squares by the textbook formula: n Σxy − Σx Σy over n Σx² − (Σx)², in days since the first.
  double sx = 0, sy = 0, sxy = 0, sxx = 0;
  const double n = x.size();
  for ( int i = 0; i < x.size(); ++i )
  {
    const double d = x[i] - x[0];
    sx += d;
    sy += y[i];
    sxy += d * y[i];
    sxx += d * d;
  }
  e.perDay = ( n * sxy - sx * sy ) / ( n * sxx - sx * sx );
  e.changePp = coverage[3] - coverage[2];
  const Figures last = figuresOf( district, 3 );
  const Figures previous = figuresOf( district, 2 );
  const bool below = coverage[3] < target;
  if ( below && *e.perDay > 0 )
  {
    const qint64 gap = static_cast<qint64>( std::ceil( target / 100.0 * last.smartphones - 1e-9 ) ) - last.installs;
    e.projected = kWeeks[3].addDays( static_cast<qint64>( std::ceil( gap / *e.perDay - 1e-9 ) ) ).toString( QStringLiteral( "yyyy/MM/dd" ) );
  }
  e.trend = *e.changePp < 0 ? QStringLiteral( "backwards" ) : !below                           ? QStringLiteral( "steady" )
                                                          : last.installs <= previous.installs ? QStringLiteral( "stuck" )
                                                                                               : QStringLiteral( "rising" );
  return e;
}

//! A district's name without its type word, diacritics or case: "pleiku", "chu se".
QString bareName( const QString &name )
{
  QString bare = acvWithoutDiacritics( name ).toLower();
  for ( const QString &type : { QStringLiteral( "thanh pho " ), QStringLiteral( "tp. " ), QStringLiteral( "thi xa " ), QStringLiteral( "tx " ), QStringLiteral( "huyen " ), QStringLiteral( "h. " ) } )
  {
    if ( bare.startsWith( type ) )
      return bare.mid( type.size() );
  }
  return bare;
}

//! Asserts every district's progress fields in \a joined (a GeoPackage) against expectedOf().
void expectProgress( const QString &joined, const QVector<District> &districts )
{
  const QVector<AcvReadFeature> features = acvReadFeatures( joined, QStringLiteral( "coverage" ) );
  ASSERT_EQ( features.size(), districts.size() );
  int checked = 0;
  for ( const District &district : districts )
  {
    for ( const AcvReadFeature &f : features )
    {
      // The layer's locality is the boundary's name ("Thành phố Pleiku"); the sample's is "TP. Pleiku".
      const QString locality = f.attributes.value( QStringLiteral( "locality" ) ).toString();
      if ( bareName( locality ) != bareName( district.name ) )
        continue;
      SCOPED_TRACE( locality.toStdString() );
      const Expected e = expectedOf( district );
      EXPECT_NEAR( f.attributes.value( QStringLiteral( "coverage_change_pp" ) ).toDouble(), *e.changePp, 1e-9 );
      EXPECT_NEAR( f.attributes.value( QStringLiteral( "installs_per_day" ) ).toDouble(), *e.perDay, 1e-6 );
      EXPECT_EQ( f.attributes.value( QStringLiteral( "projected_target_date" ) ).toString().toStdString(), e.projected.toStdString() );
      EXPECT_EQ( f.attributes.value( QStringLiteral( "target_reached_on" ) ).toString().toStdString(), e.reached.toStdString() );
      EXPECT_EQ( f.attributes.value( QStringLiteral( "trend" ) ).toString().toStdString(), e.trend.toStdString() );
      // The layer's own figures are the latest annex's.
      EXPECT_EQ( f.attributes.value( QStringLiteral( "installs" ) ).toLongLong(), figuresOf( district, 3 ).installs );
      ++checked;
    }
  }
  EXPECT_EQ( checked, districts.size() );
}

QStringList baseArguments()
{
  return { QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "--boundary-key" ), QStringLiteral( "name" ) };
}

//! The history's rows as (locality, date) -> installs, read with OGR as another program would.
QMap<QPair<QString, QString>, double> historyRows( const QString &dataset )
{
  QMap<QPair<QString, QString>, double> rows;
  for ( const AcvReadFeature &f : acvReadFeatures( dataset, QStringLiteral( "coverage_history" ) ) )
  {
    const QPair<QString, QString> key( f.attributes.value( QStringLiteral( "name" ) ).toString(), f.attributes.value( QStringLiteral( "statistics_date" ) ).toString() );
    EXPECT_FALSE( rows.contains( key ) ) << "duplicated " << key.first.toStdString() << " " << key.second.toStdString();
    rows.insert( key, f.attributes.value( QStringLiteral( "installs" ) ).toDouble() );
  }
  return rows;
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

class CoverageMapCampaign : public ::testing::TestWithParam<Backend>
{
protected:
  void SetUp() override
  {
    mDistricts = giaLaiDistricts();
    for ( int w = 0; w < kWeeks.size(); ++w )
      mAnnexes << writeWeek( mScratch, mDistricts, w );
    if ( GetParam() == Backend::PostGis )
    {
      QString error;
      ASSERT_TRUE( server().start( error ) ) << error.toStdString();
      server().query( QStringLiteral( "DROP TABLE IF EXISTS coverage_history" ), error );
      mHistory = server().connection();
    }
    else
      mHistory = mScratch.path( QStringLiteral( "campaign.gpkg" ) );
  }

  AcvScratch mScratch;
  QVector<District> mDistricts;
  QStringList mAnnexes;
  QString mHistory;
};
} // namespace

TEST_P( CoverageMapCampaign, AllAnnexesInOneRunInShuffledOrderGiveEveryFigureByHand )
{
  QStringList arguments = baseArguments();
  for ( const int w : { 2, 0, 3, 1 } )
    arguments << QStringLiteral( "--stats" ) << mAnnexes[w];
  const QString joined = mScratch.path( QStringLiteral( "joined.gpkg" ) );
  const QString report = mScratch.path( QStringLiteral( "join.json" ) );
  arguments << QStringLiteral( "--history" ) << mHistory << QStringLiteral( "--joined" ) << joined << QStringLiteral( "--join-report" ) << report;
  const AcvCommandResult run = acvRunCoverageMap( arguments );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString() << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "the map shows the latest, 20/08/2020" ) ) ) << run.out.toStdString();
  expectProgress( joined, mDistricts );
  const auto rows = historyRows( mHistory );
  EXPECT_EQ( rows.size(), 17 * 4 );

  // The join report: the province on each date, and the same progress per district.
  QFile file( report );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
  const QJsonObject campaign = QJsonDocument::fromJson( file.readAll() ).object().value( QStringLiteral( "campaign" ) ).toObject();
  const QJsonArray dates = campaign.value( QStringLiteral( "dates" ) ).toArray();
  ASSERT_EQ( dates.size(), 4 );
  for ( int w = 0; w < 4; ++w )
  {
    qint64 installs = 0, smartphones = 0;
    for ( const District &d : std::as_const( mDistricts ) )
    {
      installs += figuresOf( d, w ).installs;
      smartphones += figuresOf( d, w ).smartphones;
    }
    const QJsonObject date = dates.at( w ).toObject();
    EXPECT_EQ( date.value( QStringLiteral( "date" ) ).toString(), kWeeks[w].toString( Qt::ISODate ) );
    EXPECT_EQ( date.value( QStringLiteral( "localities" ) ).toInt(), 17 );
    EXPECT_DOUBLE_EQ( date.value( QStringLiteral( "installs" ) ).toDouble(), installs );
    EXPECT_NEAR( date.value( QStringLiteral( "coverage_pct" ) ).toDouble(), 100.0 * installs / smartphones, 1e-9 );
  }
  const QJsonArray progress = campaign.value( QStringLiteral( "progress" ) ).toArray();
  ASSERT_EQ( progress.size(), 17 );
  int flagged = 0;
  for ( const QJsonValue &value : progress )
  {
    const QJsonObject locality = value.toObject();
    for ( const District &d : std::as_const( mDistricts ) )
    {
      if ( bareName( locality.value( QStringLiteral( "locality" ) ).toString() ) != bareName( d.name ) )
        continue;
      const Expected e = expectedOf( d );
      EXPECT_NEAR( locality.value( QStringLiteral( "installs_per_day" ) ).toDouble(), *e.perDay, 1e-6 );
      EXPECT_EQ( locality.value( QStringLiteral( "trend" ) ).toString().toStdString(), e.trend.toStdString() );
      EXPECT_EQ( locality.value( QStringLiteral( "projected_target_date" ) ).toString(), QString( e.projected ).replace( QLatin1Char( '/' ), QLatin1Char( '-' ) ) );
      flagged += e.trend == QLatin1String( "stuck" ) || e.trend == QLatin1String( "backwards" );
    }
  }
  EXPECT_EQ( flagged, 2 ); // Chư Păh stuck, Ia Grai backwards
}

TEST_P( CoverageMapCampaign, OneAnnexPerRunInShuffledOrderGivesTheSameFigures )
{
  const QString joined = mScratch.path( QStringLiteral( "joined.gpkg" ) );
  // Week 4 arrives before week 2 (a late annex): the last run adds an older date.
  for ( const int w : { 0, 3, 2, 1 } )
  {
    const AcvCommandResult run = acvRunCoverageMap( baseArguments() + QStringList{ QStringLiteral( "--stats" ), mAnnexes[w], QStringLiteral( "--history" ), mHistory, QStringLiteral( "--joined" ), joined } );
    ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString() << run.out.toStdString();
    if ( w == 1 )
    {
      EXPECT_TRUE( run.err.contains( QStringLiteral( "later than this run's latest" ) ) || run.out.contains( QStringLiteral( "later than this run's latest" ) ) ) << run.err.toStdString();
    }
  }
  // The last run showed week 2 on its map; its progress fields come from the whole history.
  const QVector<AcvReadFeature> features = acvReadFeatures( joined, QStringLiteral( "coverage" ) );
  ASSERT_EQ( features.size(), 17 );
  // Re-run the latest week alone: the layer then shows week 4, with every figure as in one run.
  const AcvCommandResult again = acvRunCoverageMap( baseArguments() + QStringList{ QStringLiteral( "--stats" ), mAnnexes[3], QStringLiteral( "--history" ), mHistory, QStringLiteral( "--joined" ), joined } );
  ASSERT_EQ( again.exitCode, 0 ) << again.err.toStdString();
  EXPECT_TRUE( again.out.contains( QStringLiteral( "replaced 20/08/2020" ) ) ) << again.out.toStdString();
  expectProgress( joined, mDistricts );
  EXPECT_EQ( historyRows( mHistory ).size(), 17 * 4 ); // replaced, never duplicated
}

TEST_P( CoverageMapCampaign, CorrectedAnnexOfADateAlreadyThereReplacesItsRows )
{
  ASSERT_EQ( acvRunCoverageMap( baseArguments() + QStringList{ QStringLiteral( "--stats" ), mAnnexes[0], QStringLiteral( "--stats" ), mAnnexes[1], QStringLiteral( "--history" ), mHistory, QStringLiteral( "--join-report" ), mScratch.path( "a.json" ) } ).exitCode, 0 );
  // Week 2 sent again with Pleiku corrected, under another file name and with the date given.
  QVector<AcvTestRow> rows = weekRows( mDistricts, 1, false );
  rows[3][4] = acvText( QStringLiteral( "12.345" ) );
  const QString corrected = writeCsv( mScratch, QStringLiteral( "tuan_2_sua.csv" ), rows );
  const AcvCommandResult run = acvRunCoverageMap( baseArguments() + QStringList{ QStringLiteral( "--stats" ), corrected, QStringLiteral( "--stats-date" ), QStringLiteral( "06/08/2020" ), QStringLiteral( "--history" ), mHistory, QStringLiteral( "--join-report" ), mScratch.path( "b.json" ) } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  const auto history = historyRows( mHistory );
  EXPECT_EQ( history.size(), 34 );
  EXPECT_DOUBLE_EQ( history.value( { QStringLiteral( "Thành phố Pleiku" ), QStringLiteral( "2020/08/06" ) } ), 12345 );
}

TEST_P( CoverageMapCampaign, FailedRunLeavesTheHistoryAsItWas )
{
  ASSERT_EQ( acvRunCoverageMap( baseArguments() + QStringList{ QStringLiteral( "--stats" ), mAnnexes[0], QStringLiteral( "--history" ), mHistory, QStringLiteral( "--join-report" ), mScratch.path( "a.json" ) } ).exitCode, 0 );
  const auto before = historyRows( mHistory );
  // Week 2 is good; week 3's annex has a cell no one can read: the run fails, adding neither.
  QVector<AcvTestRow> rows = weekRows( mDistricts, 2 );
  rows[5][4] = acvText( QStringLiteral( "khoảng 5 nghìn" ) );
  const QString broken = writeCsv( mScratch, QStringLiteral( "tuan_3_loi.csv" ), rows );
  const AcvCommandResult run = acvRunCoverageMap( baseArguments() + QStringList{ QStringLiteral( "--stats" ), mAnnexes[1], QStringLiteral( "--stats" ), broken, QStringLiteral( "--history" ), mHistory, QStringLiteral( "--join-report" ), mScratch.path( "b.json" ) } );
  EXPECT_NE( run.exitCode, 0 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "tuan_3_loi.csv" ) ) ) << run.err.toStdString();
  EXPECT_EQ( historyRows( mHistory ), before );
}

TEST_P( CoverageMapCampaign, ProjectHoldsTheHistoryAsATemporalLayerQgisReloads )
{
  QStringList arguments = baseArguments();
  for ( const int w : { 3, 1, 0, 2 } )
    arguments << QStringLiteral( "--stats" ) << mAnnexes[w];
  const QString project = mScratch.path( QStringLiteral( "campaign.qgz" ) );
  arguments << QStringLiteral( "--history" ) << mHistory << QStringLiteral( "--joined" ) << mScratch.path( QStringLiteral( "joined.gpkg" ) ) << QStringLiteral( "--project" ) << project;
  const AcvCommandResult run = acvRunCoverageMap( arguments );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();

  // QGIS as the desktop runs it, every provider loaded (this process reads files only).
  const AcvCommandResult qgis = acvRunCommand( QStringLiteral( "/usr/bin/python3" ), { QStringLiteral( ACV_SOURCE_DIR "/tests/e2e/acv_temporal_frames.py" ), project } );
  ASSERT_EQ( qgis.exitCode, 0 ) << qgis.err.toStdString() << qgis.out.toStdString();
  const QJsonObject reloaded = QJsonDocument::fromJson( qgis.out.trimmed().split( QLatin1Char( '\n' ) ).constLast().toUtf8() ).object();
  EXPECT_TRUE( reloaded.value( QStringLiteral( "valid" ) ).toBool() ) << qgis.out.toStdString();
  EXPECT_TRUE( reloaded.value( QStringLiteral( "active" ) ).toBool() );
  EXPECT_EQ( reloaded.value( QStringLiteral( "features" ) ).toInt(), 17 * 4 );
  EXPECT_EQ( reloaded.value( QStringLiteral( "provider" ) ).toString(), GetParam() == Backend::PostGis ? QStringLiteral( "postgres" ) : QStringLiteral( "ogr" ) );
  // One frame a week from the first annex to the last: each draws its own annex's 17 districts, alone.
  const QJsonArray frames = reloaded.value( QStringLiteral( "frames" ) ).toArray();
  ASSERT_EQ( frames.size(), kWeeks.size() ) << qgis.out.toStdString();
  for ( int w = 0; w < kWeeks.size(); ++w )
  {
    const QJsonObject frame = frames.at( w ).toObject();
    EXPECT_EQ( frame.value( QStringLiteral( "start" ) ).toString(), kWeeks[w].toString( Qt::ISODate ) );
    const QJsonObject dates = frame.value( QStringLiteral( "dates" ) ).toObject();
    EXPECT_EQ( dates.size(), 1 ) << qgis.out.toStdString();
    EXPECT_EQ( dates.value( kWeeks[w].toString( Qt::ISODate ) ).toInt(), 17 ) << qgis.out.toStdString();
  }
}

INSTANTIATE_TEST_SUITE_P( Backends, CoverageMapCampaign, ::testing::Values( Backend::GeoPackage, Backend::PostGis ), []( const ::testing::TestParamInfo<Backend> &info )
                          { return info.param == Backend::GeoPackage ? std::string( "GeoPackage" ) : std::string( "PostGis" ); } );

TEST( CoverageMapCampaignInput, TwoAnnexesOfOneDateAreRefusedNamingBoth )
{
  AcvScratch scratch;
  const QVector<District> districts = giaLaiDistricts();
  const QString a = writeCsv( scratch, QStringLiteral( "a.csv" ), weekRows( districts, 1 ) );
  const QString b = writeCsv( scratch, QStringLiteral( "b.csv" ), weekRows( districts, 1 ) );
  const AcvCommandResult run = acvRunCoverageMap( baseArguments() + QStringList{ QStringLiteral( "--stats" ), a, QStringLiteral( "--stats" ), b, QStringLiteral( "--join-report" ), scratch.path( "r.json" ) } );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "a.csv and " ) ) && run.err.contains( QStringLiteral( "b.csv: both annexes are of 06/08/2020" ) ) ) << run.err.toStdString();
  EXPECT_FALSE( QFile::exists( scratch.path( "r.json" ) ) );
}

TEST( CoverageMapCampaignInput, UndatedAnnexAsksForItsDate )
{
  AcvScratch scratch;
  const QVector<District> districts = giaLaiDistricts();
  const QString a = writeCsv( scratch, QStringLiteral( "a.csv" ), weekRows( districts, 1 ) );
  const QString b = writeCsv( scratch, QStringLiteral( "b.csv" ), weekRows( districts, 2, false ) );
  AcvCommandResult run = acvRunCoverageMap( baseArguments() + QStringList{ QStringLiteral( "--stats" ), a, QStringLiteral( "--stats" ), b, QStringLiteral( "--join-report" ), scratch.path( "r.json" ) } );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "b.csv: no statistics date" ) ) && run.err.contains( QStringLiteral( "--stats-date after each --stats" ) ) ) << run.err.toStdString();
  // One date for two annexes: which one would it date?
  run = acvRunCoverageMap( baseArguments() + QStringList{ QStringLiteral( "--stats" ), a, QStringLiteral( "--stats" ), b, QStringLiteral( "--stats-date" ), QStringLiteral( "13/08/2020" ), QStringLiteral( "--join-report" ), scratch.path( "r.json" ) } );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "give --stats-date once for each --stats, in the same order (2 annexes, 1 dates)" ) ) ) << run.err.toStdString();
  // Both dated on the command line, in order: the run goes through.
  run = acvRunCoverageMap( baseArguments() + QStringList{ QStringLiteral( "--stats" ), a, QStringLiteral( "--stats-date" ), QStringLiteral( "06/08/2020" ), QStringLiteral( "--stats" ), b, QStringLiteral( "--stats-date" ), QStringLiteral( "2020-08-13" ), QStringLiteral( "--join-report" ), scratch.path( "r.json" ) } );
  EXPECT_EQ( run.exitCode, 0 ) << run.err.toStdString();
}
