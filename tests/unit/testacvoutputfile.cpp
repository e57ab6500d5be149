/***************************************************************************
  testacvoutputfile.cpp - atomic outputs and refused destinations
 ***************************************************************************/
#include "acvoutputfile.h"
#include "acvtestutils.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

TEST( AcvOutputFile, ReplacesTheDestinationOnlyOnCommit )
{
  AcvScratch scratch;
  const QString destination = scratch.write( QStringLiteral( "map.png" ), "old" );
  {
    AcvOutputFile output( destination );
    EXPECT_TRUE( output.tempPath().endsWith( QStringLiteral( ".png" ) ) );
    EXPECT_EQ( QFileInfo( output.tempPath() ).absolutePath(), QFileInfo( destination ).absolutePath() );
    QFile temp( output.tempPath() );
    ASSERT_TRUE( temp.open( QIODevice::WriteOnly ) );
    temp.write( "partial" );
    temp.close();
    // not committed: the old file stays, the temporary one goes
  }
  QFile old( destination );
  ASSERT_TRUE( old.open( QIODevice::ReadOnly ) );
  EXPECT_EQ( old.readAll(), QByteArray( "old" ) );
  old.close();
  EXPECT_EQ( QDir( scratch.dir() ).entryList( QDir::Files | QDir::Hidden ).size(), 1 );

  AcvOutputFile output( destination );
  QFile temp( output.tempPath() );
  ASSERT_TRUE( temp.open( QIODevice::WriteOnly ) );
  temp.write( "new" );
  temp.close();
  QString error;
  ASSERT_TRUE( output.commit( error ) ) << error.toStdString();
  ASSERT_TRUE( old.open( QIODevice::ReadOnly ) );
  EXPECT_EQ( old.readAll(), QByteArray( "new" ) );
}

TEST( AcvOutputFile, RefusesMissingFoldersAndInputs )
{
  AcvScratch scratch;
  const QString input = scratch.write( QStringLiteral( "stats.csv" ), "x" );
  QString error;
  EXPECT_FALSE( AcvOutputFile::checkDestination( scratch.path( QStringLiteral( "nope/out.png" ) ), {}, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "does not exist" ) ) ) << error.toStdString();
  EXPECT_FALSE( AcvOutputFile::checkDestination( input, { input }, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "also an input" ) ) ) << error.toStdString();
  EXPECT_FALSE( AcvOutputFile::checkDestination( scratch.dir(), {}, error ) );
  EXPECT_TRUE( AcvOutputFile::checkDestination( scratch.path( QStringLiteral( "out.png" ) ), { input }, error ) );
}

TEST( AcvOutputFile, ACommitRemovesTheTemporariesOfKilledRunsOnlyForItsDestination )
{
  AcvScratch scratch;
  // What killed runs leave: hidden temporaries (and SQLite's journal) of two destinations.
  const QStringList leftovers = { QStringLiteral( ".map.0123456789ab.tmp.png" ), QStringLiteral( ".joined.00000000abcd.tmp.gpkg" ), QStringLiteral( ".joined.00000000abcd.tmp.gpkg-journal" ) };
  for ( const QString &name : leftovers )
    scratch.write( name, "partial" );
  // Look-alikes that are not ours stay.
  scratch.write( QStringLiteral( ".map.notatempfile.png" ), "user" );
  scratch.write( QStringLiteral( "map.0123456789ab.tmp.png" ), "user" );

  AcvOutputFile output( scratch.path( QStringLiteral( "joined.gpkg" ) ) );
  QFile temp( output.tempPath() );
  ASSERT_TRUE( temp.open( QIODevice::WriteOnly ) );
  temp.write( "complete" );
  temp.close();
  QString error;
  ASSERT_TRUE( output.commit( error ) ) << error.toStdString();

  QStringList expected = { QStringLiteral( ".map.0123456789ab.tmp.png" ), QStringLiteral( ".map.notatempfile.png" ), QStringLiteral( "joined.gpkg" ), QStringLiteral( "map.0123456789ab.tmp.png" ) };
  EXPECT_EQ( QDir( scratch.dir() ).entryList( QDir::Files | QDir::Hidden, QDir::Name ), expected );
}
