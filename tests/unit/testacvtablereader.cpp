/***************************************************************************
  testacvtablereader.cpp - CSV, XLSX and ODS sheets read as text grids
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvtablereader.h"
#include "acvtestutils.h"

#include <gtest/gtest.h>

#include <gdal.h>
#include <ogr_api.h>

TEST( AcvTableReader, DetectsTheDelimiterBelowTitleLines )
{
  // The title has commas and no semicolons; the table itself is ';'-separated.
  const QStringList lines = { u8( "SỐ LIỆU, THEO HUYỆN" ), u8( "(đến ngày 20/8/2020)" ), QStringLiteral( "STT;Đơn vị;Dân số" ),
                              QStringLiteral( "1;A;1.234" ), QStringLiteral( "2;B;2.345" ), QStringLiteral( "3;\"C; D\";3" ) };
  EXPECT_EQ( AcvTableReader::detectDelimiter( lines ), QChar( ';' ) );
  EXPECT_EQ( AcvTableReader::detectDelimiter( { QStringLiteral( "a,b,c" ), QStringLiteral( "1,2,3" ) } ), QChar( ',' ) );
  // Decimal commas in every row, and a title with commas, must not outvote the semicolons.
  const QStringList decimals = { u8( "THEO HUYỆN, THỊ XÃ, THÀNH PHỐ" ), u8( "(minh họa, 2019)" ), QStringLiteral( "STT;Name;Pop;Rate" ),
                                 QStringLiteral( "1;A;1.234;22,62" ), QStringLiteral( "2;B;2.345;64,24" ), QStringLiteral( ";Total;3.579;23,00" ) };
  EXPECT_EQ( AcvTableReader::detectDelimiter( decimals ), QChar( ';' ) );
  EXPECT_EQ( AcvTableReader::detectDelimiter( { QStringLiteral( "a\tb\tc" ), QStringLiteral( "1\t2,5\t3" ) } ), QChar( '\t' ) );
}

TEST( AcvTableReader, ReadsUtf8CsvWithBomQuotesAndLineNumbers )
{
  AcvScratch scratch;
  const QString path = scratch.write( QStringLiteral( "a.csv" ), "\xEF\xBB\xBFTitle line\r\n\r\nSTT;\xC4\x90\xC6\xA1n v\xE1\xBB\x8B;S\xE1\xBB\x91\r\n1;\"Gia; Lai\";139.267\r\n2;\"multi\nline\";5\r\n3;Kon Tum;6\r\n" );
  AcvRawTable table;
  QString error;
  ASSERT_TRUE( AcvTableReader::read( path, QString(), table, error ) ) << error.toStdString();
  EXPECT_EQ( table.kind, AcvTableSourceKind::Csv );
  EXPECT_EQ( table.delimiter, QChar( ';' ) );
  ASSERT_EQ( table.rows.size(), 6 );
  EXPECT_EQ( table.rows.at( 0 ).value( 0 ), QStringLiteral( "Title line" ) ); // BOM gone
  EXPECT_EQ( table.rows.at( 2 ).value( 1 ), u8( "Đơn vị" ) );
  EXPECT_EQ( table.rows.at( 3 ).value( 1 ), QStringLiteral( "Gia; Lai" ) );
  EXPECT_EQ( table.rows.at( 3 ).value( 2 ), QStringLiteral( "139.267" ) );
  EXPECT_EQ( table.rowNumbers.at( 3 ), 4 );
  EXPECT_EQ( table.rows.at( 4 ).value( 1 ), QStringLiteral( "multi\nline" ) );
  EXPECT_EQ( table.rowNumbers.at( 5 ), 7 ); // the quoted newline took a line
}

TEST( AcvTableReader, RefusesBrokenFilesWithTheirLine )
{
  AcvScratch scratch;
  AcvRawTable table;
  QString error;
  EXPECT_FALSE( AcvTableReader::read( scratch.write( QStringLiteral( "empty.csv" ), "" ), QString(), table, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "empty" ) ) ) << error.toStdString();

  EXPECT_FALSE( AcvTableReader::read( scratch.write( QStringLiteral( "bin.csv" ), QByteArray( "a;b\n\x01\x00\x02", 7 ) ), QString(), table, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "line 2" ) ) && error.contains( QStringLiteral( "NUL" ) ) ) << error.toStdString();

  // "Hòa" in Windows-1258: 'o' + 0xCC (combining grave) is not UTF-8.
  EXPECT_FALSE( AcvTableReader::read( scratch.write( QStringLiteral( "cp1258.csv" ), "name;n\nHo\xCC"
                                                                                     "a;1\n" ),
                                      QString(), table, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "line 2" ) ) && error.contains( QStringLiteral( "UTF-8" ) ) ) << error.toStdString();

  EXPECT_FALSE( AcvTableReader::read( scratch.write( QStringLiteral( "quote.csv" ), "a;b\n1;\"open\n2;3\n" ), QString(), table, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "line 2" ) ) && error.contains( QStringLiteral( "never closed" ) ) ) << error.toStdString();

  EXPECT_FALSE( AcvTableReader::read( scratch.path( QStringLiteral( "missing.csv" ) ), QString(), table, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "no such file" ) ) );

  EXPECT_FALSE( AcvTableReader::read( scratch.write( QStringLiteral( "a.csv" ), "a;b\n" ), QStringLiteral( "Sheet1" ), table, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "no sheets" ) ) );
}

// The whole file is checked at once and only a failing file line by line: the line named must
// still be the first bad one, a U+FFFD written in the file is no error, and a NUL anywhere is
// found before any encoding error.
TEST( AcvTableReader, NamesTheFirstBadLineOfALongFile )
{
  AcvScratch scratch;
  AcvRawTable table;
  QString error;
  QByteArray lines = "name;n\n";
  for ( int i = 0; i < 50; ++i )
    lines += "X\xC3\xA3 T\xC3\xA2n " + QByteArray::number( i ) + ";1\n";
  const QByteArray replacement = "\xEF\xBF\xBD unknown;2\n"; // line 52

  ASSERT_TRUE( AcvTableReader::read( scratch.write( QStringLiteral( "fffd.csv" ), lines + replacement ), QString(), table, error ) ) << error.toStdString();
  EXPECT_EQ( table.rows.at( 51 ).at( 0 ), QString( QChar( 0xFFFD ) ) + QStringLiteral( " unknown" ) );

  EXPECT_FALSE( AcvTableReader::read( scratch.write( QStringLiteral( "bad.csv" ), lines + replacement + "Ho\xCC"
                                                                                                        "a;1\nok;2\n\xFF;3\n" ),
                                      QString(), table, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "line 53 " ) ) && error.contains( QStringLiteral( "UTF-8" ) ) ) << error.toStdString();

  EXPECT_FALSE( AcvTableReader::read( scratch.write( QStringLiteral( "nul.csv" ), lines + "Ho\xCC"
                                                                                          "a;1\n" +
                                                                                      QByteArray( "ok;\0;2\n", 7 ) ),
                                      QString(), table, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "line 53 " ) ) && error.contains( QStringLiteral( "NUL" ) ) ) << error.toStdString();
}

TEST( AcvTableReader, RefusesAZipThatIsNotASpreadsheet )
{
  AcvScratch scratch;
  // A minimal empty zip archive (end-of-central-directory record only).
  const QByteArray emptyZip = QByteArray( "PK\x05\x06", 4 ) + QByteArray( 18, '\0' );
  AcvRawTable table;
  QString error;
  EXPECT_FALSE( AcvTableReader::read( scratch.write( QStringLiteral( "other.xlsx" ), emptyZip ), QString(), table, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "cannot be read as a spreadsheet" ) ) ) << error.toStdString();
}

TEST( AcvTableReader, ReadsTheXlsxAnnexWithMergedCellsAsText )
{
  AcvRawTable table;
  QString error;
  const QString path = acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.xlsx" ) );
  ASSERT_TRUE( AcvTableReader::read( path, QString(), table, error ) ) << error.toStdString();
  EXPECT_EQ( table.kind, AcvTableSourceKind::Spreadsheet );
  EXPECT_EQ( table.sheet, QStringLiteral( "Huyen" ) );
  EXPECT_TRUE( table.sheetNames.contains( QStringLiteral( "Ghi chu" ) ) );
  // Row numbers are the sheet's own: the title is in row 1.
  ASSERT_FALSE( table.rows.isEmpty() );
  EXPECT_EQ( table.rowNumbers.first(), 1 );
  EXPECT_TRUE( table.rows.first().value( 0 ).startsWith( u8( "SỐ LIỆU" ) ) );
  bool foundPleiku = false;
  for ( int i = 0; i < table.rows.size(); ++i )
  {
    if ( table.rows.at( i ).contains( QStringLiteral( "TP. Pleiku" ) ) )
    {
      foundPleiku = true;
      EXPECT_TRUE( table.rows.at( i ).contains( QStringLiteral( "254802" ) ) ); // a number cell, read as text
    }
  }
  EXPECT_TRUE( foundPleiku );

  AcvRawTable other;
  ASSERT_TRUE( AcvTableReader::read( path, QStringLiteral( "ghi CHU" ), other, error ) ) << error.toStdString();
  EXPECT_EQ( other.sheet, QStringLiteral( "Ghi chu" ) );
  EXPECT_FALSE( AcvTableReader::read( path, QStringLiteral( "Xa" ), other, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "no sheet named 'Xa'" ) ) && error.contains( QStringLiteral( "Huyen" ) ) ) << error.toStdString();
}

TEST( AcvTableReader, ReadsOdsWrittenByGdal )
{
  AcvScratch scratch;
  const QString path = scratch.path( QStringLiteral( "t.ods" ) );
  GDALAllRegister();
  GDALDriverH driver = GDALGetDriverByName( "ODS" );
  ASSERT_NE( driver, nullptr );
  GDALDatasetH dataset = GDALCreate( driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr );
  ASSERT_NE( dataset, nullptr );
  OGRLayerH layer = GDALDatasetCreateLayer( dataset, "Xã", nullptr, wkbNone, nullptr );
  OGRFieldDefnH name = OGR_Fld_Create( "Tên xã", OFTString );
  OGRFieldDefnH installs = OGR_Fld_Create( "Số lượt cài đặt", OFTString );
  OGR_L_CreateField( layer, name, TRUE );
  OGR_L_CreateField( layer, installs, TRUE );
  OGR_Fld_Destroy( name );
  OGR_Fld_Destroy( installs );
  OGRFeatureH feature = OGR_F_Create( OGR_L_GetLayerDefn( layer ) );
  OGR_F_SetFieldString( feature, 0, "Ia Kha" );
  OGR_F_SetFieldString( feature, 1, "012" );
  ASSERT_EQ( OGR_L_CreateFeature( layer, feature ), OGRERR_NONE );
  OGR_F_Destroy( feature );
  GDALClose( dataset );

  AcvRawTable table;
  QString error;
  ASSERT_TRUE( AcvTableReader::read( path, QString(), table, error ) ) << error.toStdString();
  ASSERT_EQ( table.rows.size(), 2 );
  EXPECT_EQ( table.rows.at( 0 ).value( 0 ), u8( "Tên xã" ) );
  EXPECT_EQ( table.rows.at( 1 ).value( 1 ), QStringLiteral( "012" ) ); // leading zero kept
}

TEST( AcvTableReader, NamesColumnsByLetter )
{
  EXPECT_EQ( AcvTableReader::columnLetter( 0 ), QStringLiteral( "A" ) );
  EXPECT_EQ( AcvTableReader::columnLetter( 25 ), QStringLiteral( "Z" ) );
  EXPECT_EQ( AcvTableReader::columnLetter( 27 ), QStringLiteral( "AB" ) );
}
