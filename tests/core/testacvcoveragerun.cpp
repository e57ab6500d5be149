/***************************************************************************
  testacvcoveragerun.cpp - the job driven with a QgsFeedback: progress, cancel, structured result
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragerun.h"
#include "acvtestutils.h"

#include <qgsfeedback.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>

#include <gtest/gtest.h>

namespace
{
AcvCoverageJobOptions giaLai( const AcvScratch &scratch )
{
  AcvCoverageJobOptions options;
  options.boundaries = acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) );
  options.stats = acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) );
  options.joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  options.joinReport = scratch.path( QStringLiteral( "join.json" ) );
  options.out = scratch.path( QStringLiteral( "map.png" ) );
  options.imageSize = QSize( 800, 600 );
  options.reports = QStringList{ scratch.path( QStringLiteral( "page.png" ) ) };
  options.atlas = scratch.path( QStringLiteral( "atlas.pdf" ) );
  options.dpi = 72;
  return options;
}

//! Name and SHA-256 of every entry of \a dir, hidden ones included: what a run left behind.
QMap<QString, QByteArray> prints( const QString &dir )
{
  QMap<QString, QByteArray> found;
  for ( const QFileInfo &info : QDir( dir ).entryInfoList( QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot ) )
  {
    QFile file( info.filePath() );
    found.insert( info.fileName(), file.open( QIODevice::ReadOnly ) ? QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 ) : QByteArray() );
  }
  found.remove( QStringLiteral( ".acv.lock" ) );
  return found;
}

/**
 * A feedback that cancels itself the first time the run's progress passes \a at, and remembers
 * every value it was given (the progress bar a task or Processing shows).
 */
struct CancelAt
{
  explicit CancelAt( double at )
  {
    QObject::connect(
        &feedback, &QgsFeedback::progressChanged, &feedback, [this, at]( double percent )
        {
      values.append( percent );
      if ( percent > at && !feedback.isCanceled() )
      {
        canceledAt = percent;
        feedback.cancel();
      } },
        Qt::DirectConnection );
  }
  QgsFeedback feedback;
  QVector<double> values;
  double canceledAt = -1;
};

bool hasInfo( const AcvCoverageResult &result, const QString &start )
{
  return std::any_of( result.messages.cbegin(), result.messages.cend(), [&start]( const AcvMessage &message )
                      { return message.level == AcvMessage::Level::Info && message.text.startsWith( start ); } );
}
} // namespace

TEST( AcvCoverageRun, AFeedbackSeesProgressMoveForwardToTheEndAndTheResultIsStructured )
{
  AcvScratch scratch;
  CancelAt never( 1000 );
  const AcvCoverageResult result = AcvCoverageRun::run( giaLai( scratch ), &never.feedback );
  ASSERT_TRUE( result.ok ) << result.error().toString().toStdString();
  EXPECT_FALSE( result.canceled );
  ASSERT_FALSE( never.values.isEmpty() );
  EXPECT_DOUBLE_EQ( never.values.constLast(), 100.0 );
  // Forward only, and through the middle of the run (reading, matching, drawing, the atlas).
  for ( int i = 1; i < never.values.size(); ++i )
    EXPECT_GE( never.values.at( i ), never.values.at( i - 1 ) - 1e-9 ) << i;
  EXPECT_GE( std::count_if( never.values.cbegin(), never.values.cend(), []( double v )
                            { return v > 0 && v < 100; } ),
             5 );
  // The join in numbers, and the files written, absolute.
  EXPECT_EQ( result.join.boundaries, 17 );
  EXPECT_EQ( result.join.rows, 17 );
  EXPECT_EQ( result.join.matched, 17 );
  EXPECT_DOUBLE_EQ( result.join.totals.installs, 139267.0 );
  EXPECT_TRUE( result.outputs.contains( QFileInfo( scratch.path( QStringLiteral( "joined.gpkg" ) ) ).absoluteFilePath() ) );
  EXPECT_TRUE( result.outputs.contains( QFileInfo( scratch.path( QStringLiteral( "atlas.pdf" ) ) ).absoluteFilePath() ) );
  EXPECT_TRUE( hasInfo( result, QStringLiteral( "Statistics: " ) ) );
  // The command prints facts as they are worded, each on its line, with no place in front.
  for ( const AcvMessage &message : result.messages )
  {
    if ( message.level == AcvMessage::Level::Info )
      EXPECT_EQ( message.toString(), message.text );
  }
}

TEST( AcvCoverageRun, AWarningCarriesTheCellItIsAbout )
{
  AcvScratch scratch;
  QFile source( acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ) );
  ASSERT_TRUE( source.open( QIODevice::ReadOnly ) );
  QString text = QString::fromUtf8( source.readAll() );
  text.replace( u8( ";Phú Thiện;" ), QStringLiteral( ";Phu Thienn;" ) );
  AcvCoverageJobOptions options = giaLai( scratch );
  options.stats = scratch.write( QStringLiteral( "annex.csv" ), text.toUtf8() );
  options.atlas.clear();
  const AcvCoverageResult result = AcvCoverageRun::run( options );
  ASSERT_TRUE( result.ok ) << result.error().toString().toStdString();
  const AcvMessages warnings = result.warnings();
  const auto unmatched = std::find_if( warnings.cbegin(), warnings.cend(), []( const AcvMessage &message )
                                       { return message.text.startsWith( QStringLiteral( "'Phu Thienn' matches no boundary" ) ); } );
  ASSERT_NE( unmatched, warnings.cend() );
  EXPECT_EQ( unmatched->file, options.stats );
  EXPECT_EQ( unmatched->row, 19 ); // district 16 of the annex, below two title rows and the header
  EXPECT_EQ( unmatched->column, 2 );
  EXPECT_EQ( result.join.unmatchedRows, QStringList{ QStringLiteral( "Phu Thienn" ) } );
}

TEST( AcvCoverageRun, AnErrorNamesFileRowAndColumnWithoutAnyoneParsingIt )
{
  AcvScratch scratch;
  QFile source( acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ) );
  ASSERT_TRUE( source.open( QIODevice::ReadOnly ) );
  QString text = QString::fromUtf8( source.readAll() );
  text.replace( QStringLiteral( ";29.178;" ), QStringLiteral( ";29.l78;" ) );
  AcvCoverageJobOptions options = giaLai( scratch );
  options.stats = scratch.write( QStringLiteral( "annex.csv" ), text.toUtf8() );
  const AcvCoverageResult result = AcvCoverageRun::run( options );
  ASSERT_FALSE( result.ok );
  const AcvMessage error = result.error();
  EXPECT_EQ( error.level, AcvMessage::Level::Error );
  EXPECT_EQ( error.file, options.stats );
  EXPECT_EQ( error.row, 4 );
  EXPECT_EQ( error.column, 5 );
  EXPECT_TRUE( error.text.startsWith( QStringLiteral( "'29.l78' is not a number" ) ) ) << error.text.toStdString();
  EXPECT_EQ( prints( scratch.dir() ).keys(), QStringList{ QStringLiteral( "annex.csv" ) } );
}

TEST( AcvCoverageRun, ACancelWhileTheAnnexIsReadStopsTheReadingAndWritesNothing )
{
  // An annex of 60 000 communes: its reading takes long enough to be stopped inside.
  AcvScratch scratch;
  QByteArray annex = QByteArrayLiteral( "Xã;Dân số;Số người dùng ĐTTM;Số lượt cài\n" );
  for ( int i = 0; i < 60000; ++i )
    annex += QStringLiteral( "Xã Thử %1;%2;%3;%4\n" ).arg( i ).arg( 10000 + i ).arg( 5000 + i ).arg( 1000 + i ).toUtf8();
  AcvCoverageJobOptions options = giaLai( scratch );
  options.stats = scratch.write( QStringLiteral( "communes.csv" ), annex );
  const QMap<QString, QByteArray> before = prints( scratch.dir() );
  CancelAt reading( 3 );
  const AcvCoverageResult result = AcvCoverageRun::run( options, &reading.feedback );
  EXPECT_FALSE( result.ok );
  EXPECT_TRUE( result.canceled );
  EXPECT_GT( reading.canceledAt, 0 );
  EXPECT_LT( reading.canceledAt, 30 ); // the reading's share of the run
  // The table was never finished: its description is not among the messages.
  EXPECT_FALSE( hasInfo( result, QStringLiteral( "Statistics: " ) ) );
  EXPECT_EQ( result.error().text, QStringLiteral( "canceled; nothing was written" ) );
  EXPECT_EQ( prints( scratch.dir() ), before );
}

TEST( AcvCoverageRun, ACancelWhileTheMapIsDrawnLeavesEveryPreviousOutputAsItWas )
{
  AcvScratch scratch;
  AcvCoverageJobOptions options = giaLai( scratch );
  ASSERT_TRUE( AcvCoverageRun::run( options ).ok );
  const QMap<QString, QByteArray> before = prints( scratch.dir() );
  ASSERT_TRUE( before.contains( QStringLiteral( "map.png" ) ) );
  options.targetPct = 40; // another map, which must not land
  CancelAt drawing( 46 ); // the presentation starts at 45: the bare map is drawn first
  const AcvCoverageResult result = AcvCoverageRun::run( options, &drawing.feedback );
  EXPECT_FALSE( result.ok );
  EXPECT_TRUE( result.canceled );
  EXPECT_GT( drawing.canceledAt, 45 );
  EXPECT_LT( drawing.canceledAt, 60 ); // the bare map's share
  EXPECT_EQ( result.error().text, QStringLiteral( "canceled; every previous output is unchanged" ) );
  EXPECT_EQ( prints( scratch.dir() ), before );
}

TEST( AcvCoverageRun, ACancelBetweenAtlasPagesLeavesEveryPreviousOutputAsItWas )
{
  AcvScratch scratch;
  AcvCoverageJobOptions options = giaLai( scratch );
  ASSERT_TRUE( AcvCoverageRun::run( options ).ok );
  const QMap<QString, QByteArray> before = prints( scratch.dir() );
  options.targetPct = 40;
  CancelAt exporting( 78 ); // the atlas moves the run from 75 to 90, a page at a time
  const AcvCoverageResult result = AcvCoverageRun::run( options, &exporting.feedback );
  EXPECT_FALSE( result.ok );
  EXPECT_TRUE( result.canceled );
  EXPECT_GT( exporting.canceledAt, 75 );
  EXPECT_LT( exporting.canceledAt, 90 );
  EXPECT_EQ( prints( scratch.dir() ), before );
}
