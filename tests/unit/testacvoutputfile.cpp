/***************************************************************************
  testacvoutputfile.cpp - atomic outputs, the run's transaction and refused destinations
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvoutputcheck.h"
#include "acvoutputfile.h"
#include "acvoutputtransaction.h"
#include "acvtestutils.h"

#include <QDir>
#include <QFile>
#include <QDateTime>
#include <QFileInfo>
#include <QThread>

#include <gtest/gtest.h>

#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

namespace
{
QByteArray readAll( const QString &path )
{
  QFile file( path );
  return file.open( QIODevice::ReadOnly ) ? file.readAll() : QByteArray( "<missing>" );
}

bool writeAll( const QString &path, const QByteArray &bytes )
{
  QFile file( path );
  return file.open( QIODevice::WriteOnly ) && file.write( bytes ) == bytes.size();
}

QStringList hidden( const QString &folder )
{
  QStringList names;
  for ( const QString &name : QDir( folder ).entryList( QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name ) )
  {
    if ( name.startsWith( QLatin1Char( '.' ) ) )
      names.append( name );
  }
  return names;
}
} // namespace

TEST( AcvOutputFile, ReplacesTheDestinationOnlyOnCommit )
{
  AcvScratch scratch;
  const QString destination = scratch.write( QStringLiteral( "report.json" ), "{\"old\": 1}" );
  {
    AcvOutputFile output( destination );
    EXPECT_TRUE( output.tempPath().endsWith( QStringLiteral( ".json" ) ) );
    EXPECT_EQ( QFileInfo( output.tempPath() ).absolutePath(), QFileInfo( destination ).absolutePath() );
    ASSERT_TRUE( writeAll( output.tempPath(), "{\"partial\"" ) );
    // not committed: the old file stays, the temporary one and the lock go
  }
  EXPECT_EQ( readAll( destination ), QByteArray( "{\"old\": 1}" ) );
  EXPECT_EQ( hidden( scratch.dir() ), QStringList() );

  AcvOutputFile output( destination );
  ASSERT_TRUE( writeAll( output.tempPath(), "{\"new\": 2}" ) );
  QString error;
  ASSERT_TRUE( output.commit( error ) ) << error.toStdString();
  EXPECT_EQ( readAll( destination ), QByteArray( "{\"new\": 2}" ) );
  EXPECT_EQ( hidden( scratch.dir() ), QStringList() );
}

TEST( AcvOutputFile, AnIncompleteFileNeverReplacesThePreviousOne )
{
  AcvScratch scratch;
  const QString destination = scratch.write( QStringLiteral( "report.json" ), "{\"old\": 1}" );
  AcvOutputFile output( destination );
  ASSERT_TRUE( writeAll( output.tempPath(), "{\"cut\": [1, 2" ) );
  QString error;
  EXPECT_FALSE( output.commit( error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "report.json: cannot be written: not a complete JSON document" ) ) ) << error.toStdString();
  EXPECT_EQ( readAll( destination ), QByteArray( "{\"old\": 1}" ) );
}

TEST( AcvOutputFile, RefusesMissingFoldersInputsAndTooLongNames )
{
  AcvScratch scratch;
  const QString input = scratch.write( QStringLiteral( "stats.csv" ), "x" );
  QString error;
  EXPECT_FALSE( AcvOutputFile::checkDestination( scratch.path( QStringLiteral( "nope/out.png" ) ), {}, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "does not exist" ) ) ) << error.toStdString();
  EXPECT_FALSE( AcvOutputFile::checkDestination( input, { input }, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "also an input" ) ) ) << error.toStdString();
  EXPECT_FALSE( AcvOutputFile::checkDestination( scratch.dir(), {}, error ) );
  EXPECT_FALSE( AcvOutputFile::checkDestination( scratch.path( QString( 256, QLatin1Char( 'x' ) ) ), {}, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "the file name is too long (256 bytes" ) ) ) << error.toStdString();
  EXPECT_TRUE( AcvOutputFile::checkDestination( scratch.path( QString( 251, QLatin1Char( 'x' ) ) + QStringLiteral( ".png" ) ), { input }, error ) ) << error.toStdString();
}

TEST( AcvOutputTransaction, AFailedRenamePutsEveryReplacedFileBack )
{
  AcvScratch scratch;
  const QString first = scratch.write( QStringLiteral( "a.json" ), "[1]" );
  const QString second = scratch.path( QStringLiteral( "b.json" ) );
  // A folder where the second file should go: rename(2) of a file over it fails.
  ASSERT_TRUE( QDir().mkpath( scratch.path( QStringLiteral( "b.json/inside" ) ) ) );
  AcvOutputTransaction transaction;
  QString error;
  ASSERT_TRUE( transaction.begin( { first, second }, error ) ) << error.toStdString();
  const QString tempA = transaction.reserve( first );
  const QString tempB = transaction.reserve( second );
  ASSERT_TRUE( writeAll( tempA, "[2]" ) && writeAll( tempB, "[3]" ) );
  ASSERT_TRUE( transaction.stage( tempA, first, error ) && transaction.stage( tempB, second, error ) ) << error.toStdString();
  EXPECT_FALSE( transaction.commit( error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "b.json: cannot be replaced" ) ) && error.contains( QStringLiteral( "every previous output was put back" ) ) ) << error.toStdString();
  EXPECT_EQ( readAll( first ), QByteArray( "[1]" ) );
  transaction.rollback();
  EXPECT_EQ( hidden( scratch.dir() ), QStringList() );
}

TEST( AcvOutputTransaction, RemovesOnlyWhatKilledRunsLeftWhenItHoldsTheLock )
{
  AcvScratch scratch;
  // What killed runs leave; look-alikes that are not ours stay.
  const QStringList leftovers = { QStringLiteral( ".acv-0123456789ab.1.png" ), QStringLiteral( ".acv-00000000abcd.2.gpkg" ), QStringLiteral( ".acv-00000000abcd.2.gpkg-journal" ),
                                  QStringLiteral( ".acv-00000000abcd.b3" ), QStringLiteral( ".map.0123456789ab.tmp.png" ) };
  for ( const QString &name : leftovers )
    scratch.write( name, "partial" );
  scratch.write( QStringLiteral( ".acv-notarunid.png" ), "user" );
  scratch.write( QStringLiteral( "acv-0123456789ab.1.png" ), "user" );
  QThread::msleep( 20 );

  AcvOutputTransaction transaction;
  QString error;
  ASSERT_TRUE( transaction.begin( { scratch.path( QStringLiteral( "joined.gpkg" ) ) }, error ) ) << error.toStdString();
  const QStringList expected = { QStringLiteral( ".acv-notarunid.png" ), QStringLiteral( ".acv.lock" ) };
  EXPECT_EQ( hidden( scratch.dir() ), expected );
  EXPECT_TRUE( QFile::exists( scratch.path( QStringLiteral( "acv-0123456789ab.1.png" ) ) ) );
}

TEST( AcvOutputTransaction, ASecondProcessWaitsForTheLockOrRefusesNamingTheHolder )
{
  AcvScratch scratch;
  const QString destination = scratch.path( QStringLiteral( "r.json" ) );
  int ready[2];
  ASSERT_EQ( ::pipe( ready ), 0 );
  const pid_t child = ::fork();
  ASSERT_GE( child, 0 );
  if ( child == 0 )
  {
    // The holder: locks the folder, says so, keeps it 600 ms, ends without cleaning (as a kill).
    AcvOutputTransaction holder;
    QString childError;
    const bool locked = holder.begin( { destination }, childError );
    const char byte = locked ? '1' : '0';
    const ssize_t written = ::write( ready[1], &byte, 1 );
    Q_UNUSED( written )
    ::usleep( 600 * 1000 );
    ::_exit( 0 );
  }
  char byte = 0;
  ASSERT_EQ( ::read( ready[0], &byte, 1 ), 1 );
  ASSERT_EQ( byte, '1' );

  QString error;
  {
    AcvOutputTransaction refused;
    refused.setLockWaitSeconds( 0 );
    EXPECT_FALSE( refused.begin( { destination }, error ) );
    EXPECT_TRUE( error.contains( QStringLiteral( "another coverage-map run (process %1) is writing there" ).arg( child ) ) ) << error.toStdString();
  }
  AcvOutputTransaction waiting;
  QString notice;
  waiting.setWaitNotice( [&notice]( const QString &text )
                         { notice = text; } );
  EXPECT_TRUE( waiting.begin( { destination }, error ) ) << error.toStdString();
  EXPECT_TRUE( notice.contains( QStringLiteral( "waiting for another coverage-map run" ) ) ) << notice.toStdString();
  int status = 0;
  ::waitpid( child, &status, 0 );
  ::close( ready[0] );
  ::close( ready[1] );
}

TEST( AcvOutputCheck, RecognisesCutShortFilesOfEveryFormat )
{
  AcvScratch scratch;
  QString problem;
  const QByteArray png = QByteArray( "\x89PNG\r\n\x1a\n", 8 ) + QByteArray( 40, '\0' ) + QByteArray( "\0\0\0\0IEND\xae\x42\x60\x82", 12 );
  EXPECT_TRUE( AcvOutputCheck::isComplete( scratch.write( QStringLiteral( "a.png" ), png ), QStringLiteral( "map.png" ), problem ) ) << problem.toStdString();
  EXPECT_FALSE( AcvOutputCheck::isComplete( scratch.write( QStringLiteral( "b.png" ), png.left( png.size() - 5 ) ), QStringLiteral( "map.png" ), problem ) );
  EXPECT_TRUE( problem.contains( QStringLiteral( "IEND" ) ) );
  const QByteArray pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF\n";
  EXPECT_TRUE( AcvOutputCheck::isComplete( scratch.write( QStringLiteral( "c.pdf" ), pdf ), QStringLiteral( "r.pdf" ), problem ) ) << problem.toStdString();
  EXPECT_FALSE( AcvOutputCheck::isComplete( scratch.write( QStringLiteral( "d.pdf" ), pdf.left( 20 ) ), QStringLiteral( "r.pdf" ), problem ) );
  EXPECT_TRUE( AcvOutputCheck::isComplete( scratch.write( QStringLiteral( "e.svg" ), "<svg><g/></svg>" ), QStringLiteral( "r.svg" ), problem ) );
  EXPECT_FALSE( AcvOutputCheck::isComplete( scratch.write( QStringLiteral( "f.svg" ), "<svg><g/>" ), QStringLiteral( "r.svg" ), problem ) );
  EXPECT_FALSE( AcvOutputCheck::isComplete( scratch.write( QStringLiteral( "g.qml" ), "" ), QStringLiteral( "s.qml" ), problem ) );
  EXPECT_TRUE( problem.contains( QStringLiteral( "empty" ) ) );
  EXPECT_TRUE( AcvOutputCheck::isComplete( scratch.write( QStringLiteral( "h.pgw" ), "1\n0\n0\n-1\n100\n200\n" ), QStringLiteral( "m.pgw" ), problem ) );
  EXPECT_FALSE( AcvOutputCheck::isComplete( scratch.write( QStringLiteral( "i.pgw" ), "1\n0\n0\n-1\n" ), QStringLiteral( "m.pgw" ), problem ) );
  EXPECT_FALSE( AcvOutputCheck::isComplete( scratch.write( QStringLiteral( "j.gpkg" ), QByteArray( "SQLite format 3\0", 16 ) + QByteArray( 100, '\0' ) ), QStringLiteral( "j.gpkg" ), problem ) );
}
