/***************************************************************************
  testoutputfaults.cpp - real faults while writing: a full disk, an immutable file, signals,
  SPDX-License-Identifier: GPL-2.0-or-later
  two runs at once, outputs named as inputs, names the system cannot hold
 ***************************************************************************/
#include "acvcommandrunner.h"
#include "acvqgistestutils.h"
#include "acvtestutils.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <sys/mount.h>
#include <unistd.h>

namespace
{
const QString kBoundaries = QStringLiteral( "gia_lai_districts.geojson" );
const QString kAnnex = QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" );

//! The Gia Lai run, with \a target and the outputs \a outputs (option, path pairs).
QStringList giaLai( const QString &target, const QStringList &outputs )
{
  return QStringList{ QStringLiteral( "--boundaries" ), acvSharedGeodata( kBoundaries ), QStringLiteral( "--stats" ), acvSourceGeodata( kAnnex ),
                      QStringLiteral( "--target" ), target, QStringLiteral( "--dpi" ), QStringLiteral( "60" ) } +
         outputs;
}

//! Every file and folder whose name starts with a dot: a run that ended leaves none.
QStringList hiddenEntries( const QString &folder )
{
  QStringList hidden;
  for ( const QString &name : QDir( folder ).entryList( QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name ) )
  {
    if ( name.startsWith( QLatin1Char( '.' ) ) )
      hidden.append( name );
  }
  return hidden;
}

//! Name -> size and SHA-256 of every visible file of \a folder.
QMap<QString, QString> folderPrints( const QString &folder )
{
  QMap<QString, QString> prints;
  for ( const QString &name : QDir( folder ).entryList( QDir::Files, QDir::Name ) )
  {
    const QString path = QDir( folder ).filePath( name );
    prints.insert( name, QStringLiteral( "%1 bytes, sha256 %2" ).arg( QFileInfo( path ).size() ).arg( QString::fromLatin1( acvChecksum( path ) ) ) );
  }
  return prints;
}

//! The files a successful run lists under "Outputs:".
QStringList listedOutputs( const QString &stdoutText )
{
  QStringList files;
  bool inList = false;
  for ( const QString &line : stdoutText.split( QLatin1Char( '\n' ) ) )
  {
    if ( line == QLatin1String( "Outputs:" ) )
      inList = true;
    else if ( inList && line.startsWith( QLatin1String( "  " ) ) )
      files.append( line.trimmed() );
  }
  return files;
}

double joinReportTarget( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return -1;
  return QJsonDocument::fromJson( file.readAll() ).object().value( QStringLiteral( "totals" ) ).toObject().value( QStringLiteral( "target_pct" ) ).toDouble( -1 );
}

double joinedTarget( const QString &path )
{
  const QVector<AcvReadFeature> features = acvReadFeatures( path );
  return features.isEmpty() ? -1 : features.constFirst().attributes.value( QStringLiteral( "target_pct" ) ).toDouble();
}

bool completePdf( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return false;
  const QByteArray bytes = file.readAll();
  return bytes.startsWith( "%PDF-" ) && bytes.right( 64 ).contains( "%%EOF" );
}

/**
 * A tmpfs of \a kilobytes mounted inside a scratch folder: a real disk that fills up. Mounting
 * needs root (CI runs as root); where it is not allowed the test is skipped, saying why.
 */
class SmallDisk
{
public:
  explicit SmallDisk( int kilobytes )
  {
    mPath = mScratch.path( QStringLiteral( "disk" ) );
    QDir().mkpath( mPath );
    const QByteArray options = QStringLiteral( "size=%1k,mode=0755" ).arg( kilobytes ).toLatin1();
    if ( ::mount( "tmpfs", QFile::encodeName( mPath ).constData(), "tmpfs", 0, options.constData() ) != 0 )
      mSkipReason = QStringLiteral( "cannot mount a tmpfs here (%1); run as root to test a full disk" ).arg( QString::fromLocal8Bit( std::strerror( errno ) ) );
    else
      mMounted = true;
  }
  ~SmallDisk()
  {
    if ( mMounted )
      ::umount2( QFile::encodeName( mPath ).constData(), MNT_DETACH );
  }
  bool mounted() const { return mMounted; }
  QString skipReason() const { return mSkipReason; }
  QString path( const QString &name = QString() ) const { return name.isEmpty() ? mPath : QDir( mPath ).filePath( name ); }

  //! Fills the disk, then frees \a leaveBytes: "nearly full", as a user's disk is.
  void fill( qint64 leaveBytes )
  {
    QFile filler( path( QStringLiteral( "filler.bin" ) ) );
    filler.open( QIODevice::WriteOnly );
    const QByteArray block( 4096, 'x' );
    while ( filler.write( block ) == block.size() && filler.flush() )
    {
    }
    filler.close();
    QFile::resize( filler.fileName(), std::max<qint64>( 0, QFileInfo( filler.fileName() ).size() - leaveBytes ) );
  }

private:
  AcvScratch mScratch;
  QString mPath;
  QString mSkipReason;
  bool mMounted = false;
};

struct FullDiskCase
{
  const char *name;
  QStringList outputs;    //!< relative to the disk: option, file name
  int leaveKilobytes = 8; //!< free space left for the failing run
};
} // namespace

class FullDisk : public ::testing::TestWithParam<FullDiskCase>
{
};

/**
 * Each output kind on a nearly full disk: the run exits 2 saying the disk is full (no GDAL,
 * SQLite or libpng jargon), and the previous outputs are byte-identical, with nothing beside them.
 */
TEST_P( FullDisk, ARunOnANearlyFullDiskExits2AndKeepsThePreviousOutputs )
{
  SmallDisk disk( 6 * 1024 );
  if ( !disk.mounted() )
    GTEST_SKIP() << disk.skipReason().toStdString();
  QStringList outputs;
  const QStringList given = GetParam().outputs;
  for ( int i = 0; i < given.size(); i += 2 )
    outputs << given.at( i ) << disk.path( given.at( i + 1 ) );

  const AcvCommandResult first = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "50" ), outputs ) );
  ASSERT_EQ( first.exitCode, 0 ) << first.err.toStdString();
  disk.fill( GetParam().leaveKilobytes * 1024LL );
  const QMap<QString, QString> previous = folderPrints( disk.path() );

  const AcvCommandResult full = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "70" ), outputs ) );
  ASSERT_FALSE( full.crashed ) << full.err.toStdString();
  EXPECT_EQ( full.exitCode, 2 ) << full.out.toStdString() << full.err.toStdString();
  EXPECT_TRUE( full.err.contains( QRegularExpression( QStringLiteral( "the disk is full \\(\\d+ kB free" ) ) ) ) << full.err.toStdString();
  for ( const char *jargon : { "libpng", "Unknown error", "gpkg_geometry_columns", "no such table", "sqlite" } )
    EXPECT_FALSE( full.err.contains( QLatin1String( jargon ), Qt::CaseInsensitive ) ) << jargon << " in: " << full.err.toStdString();
  EXPECT_EQ( full.err.count( QStringLiteral( "coverage-map: error:" ) ), 1 ) << full.err.toStdString();
  EXPECT_EQ( folderPrints( disk.path() ), previous );
  EXPECT_EQ( hiddenEntries( disk.path() ), QStringList() );
}

// clang-format off
INSTANTIATE_TEST_SUITE_P( OutputKinds, FullDisk, ::testing::Values(
  FullDiskCase{ "ReportPdf", { "--report", "r.pdf" } },
  FullDiskCase{ "ReportSvg", { "--report", "r.svg" } },
  FullDiskCase{ "ReportPng", { "--report", "r.png" } },
  FullDiskCase{ "AtlasPdf", { "--atlas", "a.pdf" } },
  FullDiskCase{ "AtlasPng", { "--atlas", "a.png" } },
  // Room for five or six pages: the run fails midway, after writing pages it must not keep.
  FullDiskCase{ "AtlasPngMidway", { "--atlas", "a.png" }, 500 },
  FullDiskCase{ "JoinedGeoPackage", { "--joined", "j.gpkg" } },
  FullDiskCase{ "MapPng", { "--out", "m.png" } },
  FullDiskCase{ "Everything", { "--joined", "j.gpkg", "--join-report", "j.json", "--out", "m.png", "--report", "r.pdf", "--project", "p.qgz" } } ),
  []( const ::testing::TestParamInfo<FullDiskCase> &info ) { return std::string( info.param.name ); } );
// clang-format on

namespace
{
//! chattr; false when the file system or the user cannot.
bool chattr( const QString &flag, const QString &path )
{
  QProcess process;
  process.start( QStringLiteral( "chattr" ), { flag, path } );
  return process.waitForFinished( 10000 ) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QStringList standardOutputs( const AcvScratch &scratch )
{
  return { QStringLiteral( "--joined" ), scratch.path( QStringLiteral( "j.gpkg" ) ), QStringLiteral( "--out" ), scratch.path( QStringLiteral( "m.png" ) ),
           QStringLiteral( "--report" ), scratch.path( QStringLiteral( "r.pdf" ) ), QStringLiteral( "--join-report" ), scratch.path( QStringLiteral( "r.json" ) ) };
}
} // namespace

/**
 * The last output to be renamed cannot be replaced (chattr +i): every output already renamed is
 * put back, so the folder is byte for byte what the previous run left.
 */
TEST( OutputFaults, AnOutputThatCannotBeReplacedPutsEveryPreviousOneBack )
{
  AcvScratch scratch;
  const AcvCommandResult first = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "50" ), standardOutputs( scratch ) ) );
  ASSERT_EQ( first.exitCode, 0 ) << first.err.toStdString();
  const QMap<QString, QString> previous = folderPrints( scratch.dir() );
  const QString last = scratch.path( QStringLiteral( "r.json" ) );
  if ( !chattr( QStringLiteral( "+i" ), last ) )
    GTEST_SKIP() << "chattr +i is not permitted here (needs root and ext4 or a like file system)";

  const AcvCommandResult run = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "70" ), standardOutputs( scratch ) ) );
  chattr( QStringLiteral( "-i" ), last );
  ASSERT_FALSE( run.crashed ) << run.err.toStdString();
  EXPECT_EQ( run.exitCode, 2 ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "r.json: cannot be replaced" ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "immutable" ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "every previous output was put back" ) ) ) << run.err.toStdString();
  EXPECT_EQ( folderPrints( scratch.dir() ), previous );
  EXPECT_EQ( hiddenEntries( scratch.dir() ), QStringList() );
}

TEST( OutputFaults, AnImmutableOutputFolderIsRefusedBeforeAnythingIsWritten )
{
  AcvScratch scratch;
  const QString folder = scratch.path( QStringLiteral( "out" ) );
  QDir().mkpath( folder );
  const QString previousReport = scratch.write( QStringLiteral( "out/r.json" ), "{\"previous\": true}\n" );
  const QByteArray previousSum = acvChecksum( previousReport );
  if ( !chattr( QStringLiteral( "+i" ), folder ) )
    GTEST_SKIP() << "chattr +i is not permitted here (needs root and ext4 or a like file system)";
  const AcvCommandResult run = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "70" ), { QStringLiteral( "--join-report" ), previousReport } ) );
  chattr( QStringLiteral( "-i" ), folder );
  EXPECT_EQ( run.exitCode, 2 ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "out/r.json: the folder" ) ) && run.err.contains( QStringLiteral( "out is not writable" ) ) ) << run.err.toStdString();
  EXPECT_EQ( acvChecksum( previousReport ), previousSum );
  EXPECT_EQ( QDir( folder ).entryList( QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot ), QStringList{ QStringLiteral( "r.json" ) } );
}

namespace
{
struct Ended
{
  int exitCode = -1;
  bool crashed = false;
  QString out;
  QString err;
};

Ended runAndSignal( const QStringList &arguments, int delayMs, int signal )
{
  QProcess process;
  process.start( QStringLiteral( COVERAGE_MAP_BIN ), arguments );
  process.waitForStarted();
  QThread::msleep( static_cast<unsigned long>( delayMs ) );
  if ( process.state() != QProcess::NotRunning )
    ::kill( static_cast<pid_t>( process.processId() ), signal );
  process.waitForFinished( 120000 );
  Ended ended;
  ended.crashed = process.exitStatus() != QProcess::NormalExit;
  ended.exitCode = ended.crashed ? -1 : process.exitCode();
  ended.out = QString::fromUtf8( process.readAllStandardOutput() );
  ended.err = QString::fromUtf8( process.readAllStandardError() );
  return ended;
}
} // namespace

/**
 * SIGTERM and SIGINT at random moments of report runs: the run ends with exit 2 and says it was
 * stopped, the previous outputs are byte-identical and nothing hidden is left; or it had
 * finished (exit 0) and every output is the new one.
 */
TEST( OutputFaults, SigtermAndSigintAtRandomMomentsEndTheRunCleanly )
{
  AcvScratch scratch;
  QStringList outputs = standardOutputs( scratch );
  outputs << QStringLiteral( "--report" ) << scratch.path( QStringLiteral( "page.png" ) ) << QStringLiteral( "--atlas" ) << scratch.path( QStringLiteral( "atlas.pdf" ) );
  QElapsedTimer timer;
  timer.start();
  const AcvCommandResult first = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "50" ), outputs ) );
  const int runMs = static_cast<int>( timer.elapsed() );
  ASSERT_EQ( first.exitCode, 0 ) << first.err.toStdString();
  // Before main() installs its handlers (the dynamic loader maps QGIS for about 0.2 s on this
  // machine, more when it is busy) a signal can only kill the process as it would any program:
  // the moments tested start after twice the time the command takes to start and exit.
  timer.restart();
  acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), { QStringLiteral( "--help" ) } );
  const int startMs = std::max( 150, 2 * static_cast<int>( timer.elapsed() ) );
  QMap<QString, QString> previous = folderPrints( scratch.dir() );
  int stoppedRuns = 0;
  for ( int i = 0; i < 8; ++i )
  {
    const int signal = i % 3 == 2 ? SIGINT : SIGTERM;
    const int delay = startMs + static_cast<int>( QRandomGenerator::global()->bounded( std::max( 1, runMs - startMs ) ) );
    const QString target = QString::number( 55 + i );
    SCOPED_TRACE( QStringLiteral( "signal %1 after %2 ms of a %3 ms run" ).arg( signal ).arg( delay ).arg( runMs ).toStdString() );
    const Ended ended = runAndSignal( giaLai( target, outputs ), delay, signal );
    ASSERT_FALSE( ended.crashed ) << ended.err.toStdString();
    EXPECT_EQ( hiddenEntries( scratch.dir() ), QStringList() );
    if ( ended.exitCode == 2 )
    {
      ++stoppedRuns;
      EXPECT_TRUE( ended.err.contains( signal == SIGINT ? QStringLiteral( "stopped by SIGINT" ) : QStringLiteral( "stopped by SIGTERM" ) ) ) << ended.err.toStdString();
      EXPECT_EQ( folderPrints( scratch.dir() ), previous );
      continue;
    }
    ASSERT_EQ( ended.exitCode, 0 ) << ended.err.toStdString();
    EXPECT_EQ( joinReportTarget( scratch.path( QStringLiteral( "r.json" ) ) ), target.toDouble() );
    EXPECT_EQ( joinedTarget( scratch.path( QStringLiteral( "j.gpkg" ) ) ), target.toDouble() );
    previous = folderPrints( scratch.dir() );
  }
  EXPECT_GE( stoppedRuns, 4 ) << "most runs should have been stopped before their end";
}

/**
 * SIGKILL leaves the run's temporaries and its lock file (nothing can remove them); the next
 * run on the same outputs removes them all, report pages included.
 */
TEST( OutputFaults, TheNextRunRemovesWhatKilledReportRunsLeft )
{
  AcvScratch scratch;
  QStringList outputs = { QStringLiteral( "--report" ), scratch.path( QStringLiteral( "page.png" ) ), QStringLiteral( "--report" ), scratch.path( QStringLiteral( "page.pdf" ) ),
                          QStringLiteral( "--atlas" ), scratch.path( QStringLiteral( "atlas.svg" ) ) };
  QElapsedTimer timer;
  timer.start();
  const AcvCommandResult first = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "50" ), outputs ) );
  const int runMs = static_cast<int>( timer.elapsed() );
  ASSERT_EQ( first.exitCode, 0 ) << first.err.toStdString();
  const QMap<QString, QString> previous = folderPrints( scratch.dir() );
  bool leftSomething = false;
  for ( int i = 1; i <= 6; ++i )
  {
    runAndSignal( giaLai( QStringLiteral( "70" ), outputs ), runMs * i / 7, SIGKILL );
    leftSomething = leftSomething || !hiddenEntries( scratch.dir() ).isEmpty();
    for ( const QString &name : hiddenEntries( scratch.dir() ) )
      EXPECT_TRUE( QRegularExpression( QStringLiteral( "^\\.acv(-[0-9a-f]{12}\\..+|\\.lock)$" ) ).match( name ).hasMatch() ) << name.toStdString();
    const QMap<QString, QString> now = folderPrints( scratch.dir() );
    for ( auto it = previous.constBegin(); it != previous.constEnd(); ++it )
      EXPECT_TRUE( now.contains( it.key() ) ) << it.key().toStdString() << " is gone after a kill";
  }
  EXPECT_TRUE( leftSomething ) << "no kill landed while the run was writing";
  const AcvCommandResult next = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "70" ), outputs ) );
  ASSERT_EQ( next.exitCode, 0 ) << next.err.toStdString();
  EXPECT_EQ( hiddenEntries( scratch.dir() ), QStringList() );
}

/**
 * Two runs started together on the same outputs: the second waits for the first (a lock beside
 * the outputs), both end with exit 0, every file each lists exists, and what is on disk at the
 * end is one run's set (its join report and its GeoPackage carry the same target).
 */
TEST( OutputFaults, TwoRunsOnTheSameOutputsAtOnceNeverCorruptEachOther )
{
  for ( int round = 0; round < 3; ++round )
  {
    SCOPED_TRACE( round );
    AcvScratch scratch;
    QStringList outputs = standardOutputs( scratch );
    outputs << QStringLiteral( "--report" ) << scratch.path( QStringLiteral( "page.png" ) );
    QProcess a;
    QProcess b;
    a.start( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "40" ), outputs ) );
    b.start( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "80" ), outputs ) );
    ASSERT_TRUE( a.waitForFinished( 180000 ) && b.waitForFinished( 180000 ) );
    const QString errA = QString::fromUtf8( a.readAllStandardError() );
    const QString errB = QString::fromUtf8( b.readAllStandardError() );
    ASSERT_EQ( a.exitStatus(), QProcess::NormalExit );
    ASSERT_EQ( b.exitStatus(), QProcess::NormalExit );
    EXPECT_EQ( a.exitCode(), 0 ) << errA.toStdString();
    EXPECT_EQ( b.exitCode(), 0 ) << errB.toStdString();
    EXPECT_TRUE( errA.contains( QStringLiteral( "waiting for another coverage-map run" ) ) || errB.contains( QStringLiteral( "waiting for another coverage-map run" ) ) )
        << errA.toStdString() << errB.toStdString();
    for ( const QString &out : { QString::fromUtf8( a.readAllStandardOutput() ), QString::fromUtf8( b.readAllStandardOutput() ) } )
    {
      const QStringList listed = listedOutputs( out );
      EXPECT_EQ( listed.size(), 5 ) << out.toStdString();
      for ( const QString &file : listed )
        EXPECT_TRUE( QFileInfo( file ).isFile() && QFileInfo( file ).size() > 0 ) << file.toStdString() << " was listed but is missing";
    }
    const double target = joinReportTarget( scratch.path( QStringLiteral( "r.json" ) ) );
    EXPECT_TRUE( target == 40 || target == 80 ) << target;
    EXPECT_EQ( joinedTarget( scratch.path( QStringLiteral( "j.gpkg" ) ) ), target );
    EXPECT_TRUE( completePdf( scratch.path( QStringLiteral( "r.pdf" ) ) ) );
    EXPECT_EQ( hiddenEntries( scratch.dir() ), QStringList() );
  }
}

TEST( OutputFaults, ASecondRunThatWaitsTooLongIsRefusedNamingTheFirst )
{
  AcvScratch scratch;
  const QStringList outputs = { QStringLiteral( "--join-report" ), scratch.path( QStringLiteral( "r.json" ) ) };
  QProcess holder;
  holder.start( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "40" ), outputs + QStringList{ QStringLiteral( "--atlas" ), scratch.path( QStringLiteral( "a.png" ) ) } ) );
  ASSERT_TRUE( holder.waitForStarted() );
  const qint64 holderPid = holder.processId();
  // Until the first run holds the folder's lock.
  QElapsedTimer timer;
  timer.start();
  while ( !QFile::exists( scratch.path( QStringLiteral( ".acv.lock" ) ) ) && timer.elapsed() < 30000 )
    QThread::msleep( 10 );
  const AcvCommandResult second = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "80" ), outputs + QStringList{ QStringLiteral( "--lock-wait" ), QStringLiteral( "0" ) } ) );
  holder.waitForFinished( 180000 );
  EXPECT_EQ( holder.exitCode(), 0 ) << holder.readAllStandardError().toStdString();
  EXPECT_EQ( second.exitCode, 2 ) << second.err.toStdString();
  EXPECT_TRUE( second.err.contains( QStringLiteral( "another coverage-map run (process %1) is writing there" ).arg( holderPid ) ) ) << second.err.toStdString();
  EXPECT_EQ( joinReportTarget( scratch.path( QStringLiteral( "r.json" ) ) ), 40 );
  EXPECT_EQ( hiddenEntries( scratch.dir() ), QStringList() );
}

/**
 * An input is never an output, also where the output is a world file, a style or a layout.
 */
TEST( OutputFaults, EveryInputIsProtectedFromBeingAnOutput )
{
  AcvScratch scratch;
  const AcvCommandResult styled = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "50" ), { QStringLiteral( "--export-style" ), scratch.path( QStringLiteral( "s.qml" ) ) } ) );
  ASSERT_EQ( styled.exitCode, 0 ) << styled.err.toStdString();
  const QString style = scratch.path( QStringLiteral( "s.qml" ) );
  const QString mapping = scratch.write( QStringLiteral( "m.pgw" ), "statistics,boundary\n" );
  const QString layout = QStringLiteral( ACV_SOURCE_STYLES "/acv_report_a4_portrait.qpt" );
  const QByteArray styleSum = acvChecksum( style );
  const QByteArray mappingSum = acvChecksum( mapping );
  const QByteArray layoutSum = acvChecksum( layout );

  const QVector<QPair<QStringList, QString>> cases = {
      { { QStringLiteral( "--style" ), style, QStringLiteral( "--export-style" ), style }, QStringLiteral( "s.qml: is also an input" ) },
      { { QStringLiteral( "--mapping" ), mapping, QStringLiteral( "--out" ), scratch.path( QStringLiteral( "m.png" ) ) }, QStringLiteral( "m.pgw: is also an input" ) },
      { { QStringLiteral( "--layout" ), layout, QStringLiteral( "--save-layout" ), layout }, QStringLiteral( "acv_report_a4_portrait.qpt: is also an input" ) },
  };
  for ( const auto &request : cases )
  {
    SCOPED_TRACE( request.second.toStdString() );
    const QMap<QString, QString> before = folderPrints( scratch.dir() );
    const AcvCommandResult run = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "70" ), request.first ) );
    EXPECT_EQ( run.exitCode, 2 ) << run.err.toStdString();
    EXPECT_TRUE( run.err.contains( request.second ) ) << run.err.toStdString();
    EXPECT_EQ( folderPrints( scratch.dir() ), before );
    EXPECT_EQ( hiddenEntries( scratch.dir() ), QStringList() );
  }
  EXPECT_EQ( acvChecksum( style ), styleSum );
  EXPECT_EQ( acvChecksum( mapping ), mappingSum );
  EXPECT_EQ( acvChecksum( layout ), layoutSum );
}

TEST( OutputFaults, AnOutputNameThatIsNotUtf8IsRefused )
{
  AcvScratch scratch;
  // Through the shell: QProcess takes text, and these bytes are no text.
  QProcess process;
  const QStringList arguments = giaLai( QStringLiteral( "50" ), {} );
  QString command = QStringLiteral( "exec \"$0\"" );
  for ( int i = 0; i < arguments.size(); ++i )
    command += QStringLiteral( " \"$%1\"" ).arg( i + 1 );
  command += QStringLiteral( " --out \"$(printf '%1/m\\377\\376.png')\"" ).arg( scratch.dir() );
  process.start( QStringLiteral( "/bin/sh" ), QStringList{ QStringLiteral( "-c" ), command, QStringLiteral( COVERAGE_MAP_BIN ) } + arguments );
  ASSERT_TRUE( process.waitForFinished( 60000 ) );
  const QString err = QString::fromUtf8( process.readAllStandardError() );
  EXPECT_EQ( process.exitCode(), 2 ) << err.toStdString();
  EXPECT_TRUE( err.contains( QStringLiteral( "is not valid in this system's encoding" ) ) ) << err.toStdString();
  EXPECT_EQ( QDir( scratch.dir() ).entryList( QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot ), QStringList() );
}

TEST( OutputFaults, ALegal245ByteNameIsWrittenAndATooLongOneRefusedInWords )
{
  AcvScratch scratch;
  const QString base = QString( 241, QLatin1Char( 'a' ) );
  const QString png = scratch.path( base + QStringLiteral( ".png" ) );
  const QString pdf = scratch.path( base + QStringLiteral( ".pdf" ) );
  ASSERT_EQ( QFileInfo( png ).fileName().toUtf8().size(), 245 );
  const AcvCommandResult run = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "50" ), { QStringLiteral( "--out" ), png, QStringLiteral( "--report" ), pdf } ) );
  EXPECT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_TRUE( QFileInfo( png ).size() > 0 );
  EXPECT_TRUE( completePdf( pdf ) );
  EXPECT_EQ( hiddenEntries( scratch.dir() ), QStringList() );

  const QString tooLong = scratch.path( QString( 300, QLatin1Char( 'b' ) ) + QStringLiteral( ".pdf" ) );
  const AcvCommandResult refused = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLai( QStringLiteral( "50" ), { QStringLiteral( "--report" ), tooLong } ) );
  EXPECT_EQ( refused.exitCode, 2 ) << refused.err.toStdString();
  EXPECT_TRUE( refused.err.contains( QStringLiteral( "the file name is too long (304 bytes; this file system allows 255)" ) ) ) << refused.err.toStdString();
}
