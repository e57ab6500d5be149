/***************************************************************************
  testhostileinputs.cpp - inputs made to exhaust time or memory: refused within limits
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcommandrunner.h"
#include "acvinputlimits.h"
#include "acvqgistestutils.h"
#include "acvtestutils.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cpl_conv.h>

#include <gtest/gtest.h>

#include <cmath>

#include <sys/resource.h>

namespace
{
QStringList giaLaiWith( const QString &stats, const AcvScratch &scratch )
{
  return { QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "--stats" ), stats,
           QStringLiteral( "--join-report" ), scratch.path( QStringLiteral( "out/r.json" ) ) };
}

//! Peak resident memory of the largest child this test process has waited for, in MiB.
double childPeakMiB()
{
  struct rusage usage = {};
  getrusage( RUSAGE_CHILDREN, &usage );
  return static_cast<double>( usage.ru_maxrss ) / 1024.0; // Linux: kilobytes
}

//! A workbook whose one sheet is \a sheetBytes of XML (repeating \a cell), written with GDAL's zip writer.
bool writeWorkbook( const QString &path, qint64 sheetBytes, const QByteArray &cell )
{
  void *zip = CPLCreateZip( QFile::encodeName( path ).constData(), nullptr );
  if ( !zip )
    return false;
  const QByteArray types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                           "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
  CPLCreateFileInZip( zip, "[Content_Types].xml", nullptr );
  CPLWriteFileInZip( zip, types.constData(), static_cast<int>( types.size() ) );
  CPLCloseFileInZip( zip );
  CPLCreateFileInZip( zip, "xl/worksheets/sheet1.xml", nullptr );
  const QByteArray head = "<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\">";
  CPLWriteFileInZip( zip, head.constData(), static_cast<int>( head.size() ) );
  QByteArray block;
  while ( block.size() < 1024 * 1024 )
    block += cell;
  for ( qint64 written = head.size(); written < sheetBytes; written += block.size() )
    CPLWriteFileInZip( zip, block.constData(), static_cast<int>( block.size() ) );
  const QByteArray tail = "</row></sheetData></worksheet>";
  CPLWriteFileInZip( zip, tail.constData(), static_cast<int>( tail.size() ) );
  CPLCloseFileInZip( zip );
  return CPLCloseZip( zip ) == CE_None;
}
} // namespace

TEST( HostileInputs, AZipBombWorkbookIsRefusedInSecondsAndLittleMemory )
{
  AcvScratch scratch;
  QDir().mkpath( scratch.path( QStringLiteral( "out" ) ) );
  const QString bomb = scratch.path( QStringLiteral( "bomb.xlsx" ) );
  // 2 GiB of spaces inside the sheet: a few megabytes on disk.
  ASSERT_TRUE( writeWorkbook( bomb, 2048LL * 1024 * 1024, QByteArray( 4096, ' ' ) ) );
  const qint64 onDisk = QFileInfo( bomb ).size();
  EXPECT_LT( onDisk, 8 * 1024 * 1024 );

  QElapsedTimer timer;
  timer.start();
  const AcvCommandResult run = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLaiWith( bomb, scratch ), 60000 );
  const qint64 ms = timer.elapsed();
  const double peak = childPeakMiB();
  std::cout << "zip bomb (" << onDisk / 1024 << " kB inflating to 2 GiB): refused in " << ms << " ms, peak memory " << peak << " MiB" << std::endl;
  ASSERT_FALSE( run.crashed ) << run.err.toStdString();
  EXPECT_EQ( run.exitCode, 2 ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "bomb.xlsx: the workbook inflates to" ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "the limit for a workbook is 200 MiB uncompressed" ) ) ) << run.err.toStdString();
  EXPECT_LT( ms, 10000 );
  EXPECT_LT( peak, 1024 );
  EXPECT_EQ( QDir( scratch.path( QStringLiteral( "out" ) ) ).entryList( QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot ), QStringList() );
}

TEST( HostileInputs, AWorkbookWithTooManyCellsIsRefusedNamingTheLimit )
{
  AcvScratch scratch;
  QDir().mkpath( scratch.path( QStringLiteral( "out" ) ) );
  const QString many = scratch.path( QStringLiteral( "many.xlsx" ) );
  // 3 million cells in 60 MB of XML: under the size limit, over the cell limit.
  const QByteArray cell = "<c t=\"n\"><v>1</v></c>";
  ASSERT_TRUE( writeWorkbook( many, 3000000LL * cell.size(), cell ) );
  QElapsedTimer timer;
  timer.start();
  const AcvCommandResult run = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLaiWith( many, scratch ), 60000 );
  std::cout << "3 million cells: refused in " << timer.elapsed() << " ms" << std::endl;
  EXPECT_EQ( run.exitCode, 2 ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "many.xlsx: the workbook has more than 2 000 000 cells" ) ) ) << run.err.toStdString();
  EXPECT_LT( timer.elapsed(), 20000 );
}

TEST( HostileInputs, ACsvWithA50MegabyteLineIsRefusedInBoundedTime )
{
  AcvScratch scratch;
  QDir().mkpath( scratch.path( QStringLiteral( "out" ) ) );
  QByteArray csv = "Đơn vị;Số người dùng ĐTTM;Số lượt cài đặt\nHuyện Chư Păh;";
  csv += QByteArray( 50 * 1024 * 1024, '7' );
  csv += ";100\n";
  const QString path = scratch.write( QStringLiteral( "long_line.csv" ), csv );
  QElapsedTimer timer;
  timer.start();
  const AcvCommandResult run = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), giaLaiWith( path, scratch ), 60000 );
  const qint64 ms = timer.elapsed();
  std::cout << "a 50 MB line: refused in " << ms << " ms, peak memory " << childPeakMiB() << " MiB" << std::endl;
  ASSERT_FALSE( run.crashed ) << run.err.toStdString();
  EXPECT_EQ( run.exitCode, 2 ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "long_line.csv: line 2 is longer than 1 MiB; the limit for a line is 1 MiB (1 048 576 bytes)" ) ) ) << run.err.toStdString();
  EXPECT_LT( ms, 10000 );
  EXPECT_EQ( QDir( scratch.path( QStringLiteral( "out" ) ) ).entryList( QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot ), QStringList() );
}

TEST( HostileInputs, AFiveMillionVertexGeoJsonIsRefusedWithGdalsReason )
{
  AcvScratch scratch;
  QDir().mkpath( scratch.path( QStringLiteral( "out" ) ) );
  // One district drawn as a circle of 5 million vertices: 125 MB of GeoJSON.
  QFile file( scratch.path( QStringLiteral( "huge.geojson" ) ) );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.write( "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"Huyện Chư Păh\"},"
              "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" );
  constexpr int kVertices = 5000000;
  QByteArray chunk;
  for ( int i = 0; i < kVertices; ++i )
  {
    const double angle = 2 * M_PI * i / kVertices;
    chunk += '[' + QByteArray::number( 108 + std::cos( angle ), 'f', 7 ) + ',' + QByteArray::number( 14 + std::sin( angle ), 'f', 7 ) + "],";
    if ( chunk.size() > 1024 * 1024 )
    {
      file.write( chunk );
      chunk.clear();
    }
  }
  file.write( chunk + "[109.0000000,14.0000000]]]}}]}" );
  file.close();
  const AcvCommandResult run = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), { QStringLiteral( "--boundaries" ), file.fileName(), QStringLiteral( "--stats" ), acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ), QStringLiteral( "--join-report" ), scratch.path( QStringLiteral( "out/r.json" ) ) }, 120000 );
  ASSERT_FALSE( run.crashed ) << run.err.toStdString();
  EXPECT_EQ( run.exitCode, 2 ) << run.err.toStdString();
  // GDAL's own reason, not only its last, vague line ("Failed to read GeoJSON data").
  EXPECT_TRUE( run.err.contains( QStringLiteral( "huge.geojson: cannot be opened as boundaries (GDAL: " ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "GeoJSON object too complex/large" ) ) ) << run.err.toStdString();
  EXPECT_EQ( QDir( scratch.path( QStringLiteral( "out" ) ) ).entryList( QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot ), QStringList() );
}

TEST( HostileInputs, TheLimitsAreThoseTheReadmeStates )
{
  // README.md, "Robustness": changing a limit means changing the README with it.
  QFile readme( QStringLiteral( ACV_SOURCE_DIR "/README.md" ) );
  ASSERT_TRUE( readme.open( QIODevice::ReadOnly ) );
  const QString text = QString::fromUtf8( readme.readAll() );
  EXPECT_EQ( AcvInputLimits::kMaxWorkbookBytes, 200LL * 1024 * 1024 );
  EXPECT_TRUE( text.contains( QStringLiteral( "200 MiB uncompressed" ) ) );
  EXPECT_EQ( AcvInputLimits::kMaxWorkbookCells, 2000000 );
  EXPECT_TRUE( text.contains( QStringLiteral( "2 000 000 cells" ) ) );
  EXPECT_EQ( AcvInputLimits::kMaxLineBytes, 1024 * 1024 );
  EXPECT_TRUE( text.contains( QStringLiteral( "lines of at most 1 MiB" ) ) );
  EXPECT_EQ( AcvInputLimits::kMaxVertices, 20000000 );
  EXPECT_TRUE( text.contains( QStringLiteral( "20 000 000 vertices" ) ) );
}
