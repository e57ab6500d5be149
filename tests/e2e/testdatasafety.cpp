/***************************************************************************
  testdatasafety.cpp - inputs stay byte-identical; a killed export leaves no broken file
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcommandrunner.h"
#include "acvqgistestutils.h"
#include "acvtestutils.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

namespace
{
QString bad( const QString &name )
{
  return QDir( QStringLiteral( ACV_TEST_DATA "/bad" ) ).filePath( name );
}

//! One way of running the command: its inputs (checked) and its other arguments.
struct CommandVariant
{
  const char *name;
  QStringList inputs; //!< --boundaries, --stats, --mapping in that order (empty: not given)
  QStringList extra;
};
} // namespace

TEST( DataSafety, EveryInputFileIsByteIdenticalAfterEveryCommandVariant )
{
  const QString giaLai = acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) );
  const QVector<CommandVariant> variants = {
      { "geojson+csv, all outputs", { giaLai, acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ), QString() }, {} },
      { "geojson+xlsx sheet", { giaLai, acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.xlsx" ) ), QString() }, { QStringLiteral( "--stats-sheet" ), QStringLiteral( "Huyen" ), QStringLiteral( "--target" ), QStringLiteral( "50" ) } },
      { "shapefile+csv+mapping", { bad( QStringLiteral( "ok_shapefile.shp" ) ), bad( QStringLiteral( "ok_stats.csv" ) ), bad( QStringLiteral( "ok_mapping.csv" ) ) }, { QStringLiteral( "--strict" ) } },
      { "geopackage+csv, strict, en", { acvSourceGeodata( QStringLiteral( "vn_provinces.gpkg" ) ), acvSourceGeodata( QStringLiteral( "vn_bluezone_2020-08-20.csv" ) ), QString() }, { QStringLiteral( "--strict" ), QStringLiteral( "--lang" ), QStringLiteral( "en" ) } },
      { "shapefile without prj", { bad( QStringLiteral( "no_prj.shp" ) ), bad( QStringLiteral( "ok_stats.csv" ) ), QString() }, {} },
      { "failing: bad annex", { giaLai, bad( QStringLiteral( "negative_installs.csv" ) ), QString() }, {} },
      { "failing: bad boundaries", { bad( QStringLiteral( "null_geometry.geojson" ) ), bad( QStringLiteral( "ok_stats.csv" ) ), QString() }, {} },
  };
  for ( const CommandVariant &variant : variants )
  {
    SCOPED_TRACE( variant.name );
    AcvScratch scratch;
    QStringList arguments = { QStringLiteral( "--boundaries" ), variant.inputs.at( 0 ), QStringLiteral( "--stats" ), variant.inputs.at( 1 ) };
    if ( !variant.inputs.at( 2 ).isEmpty() )
      arguments << QStringLiteral( "--mapping" ) << variant.inputs.at( 2 );
    arguments << variant.extra << QStringLiteral( "--joined" ) << scratch.path( QStringLiteral( "j.gpkg" ) ) << QStringLiteral( "--join-report" )
              << scratch.path( QStringLiteral( "r.json" ) ) << QStringLiteral( "--out" ) << scratch.path( QStringLiteral( "m.png" ) );

    const QMap<QString, QString> before = acvFingerprints( variant.inputs );
    // Sidecars count: a shapefile is checked as .shp .shx .dbf .prj .cpg.
    if ( variant.inputs.at( 0 ).endsWith( QLatin1String( "ok_shapefile.shp" ) ) )
    {
      EXPECT_EQ( before.size(), 5 + 2 ) << before.keys().join( QLatin1String( ", " ) ).toStdString();
    }
    const AcvCommandResult run = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), arguments );
    ASSERT_FALSE( run.crashed ) << run.err.toStdString();
    EXPECT_EQ( run.exitCode, QString::fromLatin1( variant.name ).startsWith( QLatin1String( "failing" ) ) ? 2 : 0 ) << run.err.toStdString();
    EXPECT_EQ( acvFingerprints( variant.inputs ), before );
  }
}

namespace
{
const QRegularExpression &temporaryName()
{
  // What a killed run leaves (AcvOutputTransaction): its hidden temporaries and backups, named
  // after its run id (SQLite's -journal beside the GeoPackage's), and the folder's lock file.
  static const QRegularExpression pattern( QStringLiteral( "^\\.acv(-[0-9a-f]{12}\\.([0-9]+\\.(gpkg|json|png|pgw|xml)(-journal|-wal|-shm)?|b[0-9]+)|\\.lock)$" ) );
  return pattern;
}

struct Outputs
{
  QString joined;
  QString report;
  QString image;
};

QStringList nationalArguments( const Outputs &outputs, const QString &target )
{
  return { QStringLiteral( "--boundaries" ), acvSourceGeodata( QStringLiteral( "vn_provinces.gpkg" ) ), QStringLiteral( "--stats" ), acvSourceGeodata( QStringLiteral( "vn_bluezone_2020-08-20.csv" ) ),
           QStringLiteral( "--target" ), target, QStringLiteral( "--size" ), QStringLiteral( "4000x3000" ),
           QStringLiteral( "--joined" ), outputs.joined, QStringLiteral( "--join-report" ), outputs.report, QStringLiteral( "--out" ), outputs.image };
}

//! A complete output of the run with \a target: every province, the whole image.
bool completeJoined( const QString &path, QString &why )
{
  const QVector<AcvReadFeature> features = acvReadFeatures( path );
  if ( features.size() != 63 )
  {
    why = QStringLiteral( "%1 features" ).arg( features.size() );
    return false;
  }
  return true;
}

bool completeReport( const QString &path, QString &why )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return false;
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson( file.readAll(), &parseError );
  if ( parseError.error != QJsonParseError::NoError || document.object().value( QStringLiteral( "matched" ) ).toArray().size() != 63 )
  {
    why = QStringLiteral( "JSON: %1" ).arg( parseError.errorString() );
    return false;
  }
  return true;
}

bool completeImage( const QString &path, QString &why )
{
  QImageReader reader( path );
  const QImage image = reader.read();
  if ( image.isNull() || image.width() != 4000 || image.height() != 3000 )
  {
    why = QStringLiteral( "PNG: %1" ).arg( reader.errorString() );
    return false;
  }
  return true;
}

/**
 * After a kill: each output is the previous file (same checksum), or a complete new one, or
 * (when there was none) absent; and nothing else is in the folder but hidden temporaries.
 */
void checkAfterKill( const QString &folder, const Outputs &outputs, const QMap<QString, QString> &previous, int delayMs )
{
  SCOPED_TRACE( QStringLiteral( "killed after %1 ms" ).arg( delayMs ).toStdString() );
  const QVector<QPair<QString, bool ( * )( const QString &, QString & )>> checks = {
      { outputs.joined, completeJoined }, { outputs.report, completeReport }, { outputs.image, completeImage } };
  for ( const auto &check : checks )
  {
    const QString &path = check.first;
    if ( !QFile::exists( path ) )
    {
      EXPECT_FALSE( previous.contains( path ) ) << path.toStdString() << ": the previous file is gone";
      continue;
    }
    if ( previous.value( path ) == acvFingerprints( { path } ).value( path ) )
      continue;
    QString why;
    EXPECT_TRUE( check.second( path, why ) ) << path.toStdString() << " is neither the previous file nor a complete new one: " << why.toStdString();
  }
  for ( const QString &name : acvFolderFiles( folder ) )
  {
    const bool output = name == QLatin1String( "j.gpkg" ) || name == QLatin1String( "r.json" ) || name == QLatin1String( "m.png" ) || name == QLatin1String( "m.pgw" ) || name == QLatin1String( "m.png.aux.xml" );
    EXPECT_TRUE( output || temporaryName().match( name ).hasMatch() ) << "unexpected file " << name.toStdString();
  }
}

int runAndKill( const QStringList &arguments, int delayMs )
{
  QProcess process;
  process.start( QStringLiteral( COVERAGE_MAP_BIN ), arguments );
  process.waitForStarted();
  QThread::msleep( static_cast<unsigned long>( delayMs ) );
  const bool finished = process.state() == QProcess::NotRunning;
  if ( !finished )
    ::kill( static_cast<pid_t>( process.processId() ), SIGKILL );
  process.waitForFinished( 60000 );
  return finished ? 0 : 1;
}
} // namespace

TEST( DataSafety, AKilledExportLeavesThePreviousFileOrNoneNeverATruncatedOne )
{
  AcvScratch scratch;
  const Outputs outputs = { scratch.path( QStringLiteral( "j.gpkg" ) ), scratch.path( QStringLiteral( "r.json" ) ), scratch.path( QStringLiteral( "m.png" ) ) };

  // The previous, complete files (target 50), and how long a whole run takes.
  QElapsedTimer timer;
  timer.start();
  const AcvCommandResult first = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), nationalArguments( outputs, QStringLiteral( "50" ) ) );
  const int runMs = static_cast<int>( timer.elapsed() );
  ASSERT_EQ( first.exitCode, 0 ) << first.err.toStdString();
  const QMap<QString, QString> previous = acvFingerprints( { outputs.joined, outputs.report, outputs.image } );
  ASSERT_EQ( previous.size(), 3 );

  // Runs with another target, killed at points spread over a whole run.
  int killed = 0;
  for ( int i = 1; i <= 10; ++i )
  {
    const int delay = runMs * i / 11;
    killed += runAndKill( nationalArguments( outputs, QStringLiteral( "70" ) ), delay );
    checkAfterKill( scratch.dir(), outputs, previous, delay );
  }
  EXPECT_GE( killed, 5 ) << "a whole run took " << runMs << " ms; most runs should have been killed";

  // The next complete run cleans what the killed ones left.
  const AcvCommandResult last = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), nationalArguments( outputs, QStringLiteral( "70" ) ) );
  ASSERT_EQ( last.exitCode, 0 ) << last.err.toStdString();
  QStringList expected = { QStringLiteral( "j.gpkg" ), QStringLiteral( "m.pgw" ), QStringLiteral( "m.png" ), QStringLiteral( "m.png.aux.xml" ), QStringLiteral( "r.json" ) };
  EXPECT_EQ( acvFolderFiles( scratch.dir() ), expected );
  QString why;
  EXPECT_TRUE( completeJoined( outputs.joined, why ) && completeReport( outputs.report, why ) && completeImage( outputs.image, why ) ) << why.toStdString();
}

TEST( DataSafety, AKilledFirstExportLeavesNoOutputOrACompleteOne )
{
  for ( const int delay : { 300, 900, 1500 } )
  {
    AcvScratch scratch;
    const Outputs outputs = { scratch.path( QStringLiteral( "j.gpkg" ) ), scratch.path( QStringLiteral( "r.json" ) ), scratch.path( QStringLiteral( "m.png" ) ) };
    runAndKill( nationalArguments( outputs, QStringLiteral( "60" ) ), delay );
    checkAfterKill( scratch.dir(), outputs, {}, delay );
  }
}
