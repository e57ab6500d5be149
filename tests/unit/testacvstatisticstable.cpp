/***************************************************************************
  testacvstatisticstable.cpp - header finding, row skipping, figures
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvstatisticstable.h"
#include "acvtestutils.h"

#include <gtest/gtest.h>

namespace
{
AcvStatisticsTable load( const QString &path, QString &error, const QString &sheet = QString() )
{
  AcvStatisticsOptions options;
  options.path = path;
  options.sheet = sheet;
  AcvStatisticsTable table;
  table.load( options, error );
  return table;
}

const AcvStatisticsRecord *find( const AcvStatisticsTable &table, const QString &key )
{
  for ( const AcvStatisticsRecord &record : table.records() )
  {
    if ( record.key == key )
      return &record;
  }
  return nullptr;
}
} // namespace

TEST( AcvStatisticsTable, ReadsTheIllustrativeDistrictAnnex )
{
  QString error;
  const AcvStatisticsTable table = load( acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ), error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  EXPECT_EQ( table.headerRows(), QVector<int>( { 3 } ) );
  EXPECT_EQ( table.records().size(), 17 );
  EXPECT_EQ( table.keyColumn().header, u8( "Đơn vị" ) );
  EXPECT_TRUE( table.keyColumn().detected );
  EXPECT_EQ( table.installsColumn().header, u8( "Số lượt cài Bluezone" ) );
  EXPECT_EQ( table.smartphonesColumn().header, u8( "Số người dùng ĐTTM" ) );
  EXPECT_EQ( table.populationColumn().header, u8( "Dân số (2019)" ) );
  const AcvStatisticsRecord *pleiku = find( table, QStringLiteral( "TP. Pleiku" ) );
  ASSERT_NE( pleiku, nullptr );
  EXPECT_EQ( pleiku->row, 4 );
  EXPECT_DOUBLE_EQ( *pleiku->population, 254802.0 ); // "254.802": '.' groups thousands
  double installs = 0;
  for ( const AcvStatisticsRecord &record : table.records() )
    installs += *record.installs;
  EXPECT_DOUBLE_EQ( installs, 139267.0 );
  ASSERT_EQ( table.skippedRows().size(), 1 );
  EXPECT_EQ( table.skippedRows().first().reason, QStringLiteral( "total" ) );
  EXPECT_EQ( table.skippedRows().first().row, 21 );
}

TEST( AcvStatisticsTable, ReadsTheNationalAnnexWithCodesAndFootnote )
{
  QString error;
  const AcvStatisticsTable table = load( acvSourceGeodata( QStringLiteral( "vn_bluezone_2020-08-20.csv" ) ), error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  EXPECT_EQ( table.records().size(), 63 );
  EXPECT_FALSE( table.keyIsCode() );
  const AcvStatisticsRecord *giaLai = find( table, QStringLiteral( "Gia Lai" ) );
  ASSERT_NE( giaLai, nullptr );
  EXPECT_DOUBLE_EQ( *giaLai->installs, 139267.0 );
  EXPECT_NEAR( *giaLai->installs / *giaLai->population * 100, 9.19, 0.005 );
  QStringList reasons;
  for ( const AcvSkippedRow &row : table.skippedRows() )
    reasons.append( row.reason );
  EXPECT_TRUE( reasons.contains( QStringLiteral( "total" ) ) );
  EXPECT_TRUE( reasons.contains( QStringLiteral( "footnote" ) ) );

  AcvStatisticsOptions byCode;
  byCode.path = table.raw().path;
  byCode.keyColumn = u8( "Mã tỉnh" );
  AcvStatisticsTable codes;
  const bool loaded = codes.load( byCode, error );
  ASSERT_TRUE( loaded ) << error.toStdString();
  EXPECT_TRUE( codes.keyIsCode() );
  EXPECT_EQ( codes.records().first().key, QStringLiteral( "01" ) ); // leading zero kept
}

TEST( AcvStatisticsTable, MergesATwoRowHeaderFromTheXlsxAnnex )
{
  QString error;
  const AcvStatisticsTable table = load( acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.xlsx" ) ), error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  EXPECT_EQ( table.headerRows(), QVector<int>( { 3, 4 } ) );
  EXPECT_EQ( table.records().size(), 17 );
  EXPECT_TRUE( table.installsColumn().header.contains( QStringLiteral( "Bluezone" ) ) ) << table.installsColumn().header.toStdString();
  const AcvStatisticsRecord *pleiku = find( table, QStringLiteral( "TP. Pleiku" ) );
  ASSERT_NE( pleiku, nullptr );
  EXPECT_DOUBLE_EQ( *pleiku->population, 254802.0 );
  double installs = 0;
  for ( const AcvStatisticsRecord &record : table.records() )
    installs += *record.installs;
  EXPECT_DOUBLE_EQ( installs, 139267.0 );
}

TEST( AcvStatisticsTable, SkipsBlankFootnoteColumnNumberAndSectionRows )
{
  AcvScratch scratch;
  const QString path = scratch.write( QStringLiteral( "a.csv" ),
                                      u8( "BÁO CÁO\n"
                                          "STT,Tên xã,Số lượt cài đặt,Số người dùng ĐTTM\n"
                                          "(1),(2),(3),(4)\n"
                                          "I. Khu vực thành thị,,,\n"
                                          "1,Phường Yên Đỗ,1.200,4.000\n"
                                          ",,,\n"
                                          "2,Xã Ia Kha,-,N/A\n"
                                          "4,Cộng Hòa,5,10\n"
                                          "3,Xã Ia Der,KXĐ,\n"
                                          "Cộng,,1.200,4.000\n"
                                          "Ghi chú: số liệu tạm tính,,,\n" )
                                          .toUtf8() );
  QString error;
  const AcvStatisticsTable table = load( path, error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  ASSERT_EQ( table.records().size(), 4 ); // "Cộng Hòa" is a commune, not a "Cộng" total
  EXPECT_DOUBLE_EQ( *table.records().at( 0 ).installs, 1200.0 );
  // Missing values stay missing: not zero.
  EXPECT_FALSE( table.records().at( 1 ).installs.has_value() );
  EXPECT_FALSE( table.records().at( 1 ).smartphones.has_value() );
  EXPECT_FALSE( table.records().at( 3 ).installs.has_value() );
  QStringList reasons;
  for ( const AcvSkippedRow &row : table.skippedRows() )
    reasons.append( QStringLiteral( "%1:%2" ).arg( row.row ).arg( row.reason ) );
  EXPECT_EQ( reasons, QStringList( { QStringLiteral( "3:column numbers" ), QStringLiteral( "4:section heading" ), QStringLiteral( "6:blank" ),
                                     QStringLiteral( "10:total" ), QStringLiteral( "11:footnote" ) } ) );
}

TEST( AcvStatisticsTable, ReadsEnglishNumbersAndDecidesPerColumn )
{
  AcvScratch scratch;
  // Installs are unambiguous English ("1,234.5" style) while population is Vietnamese.
  const QString path = scratch.write( QStringLiteral( "en.csv" ),
                                      "District;Installs;Population\n"
                                      "A;\"1,234\";1.234.567\n"
                                      "B;\"12,345,678\";2.000\n" );
  QString error;
  const AcvStatisticsTable table = load( path, error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  EXPECT_DOUBLE_EQ( *table.records().at( 0 ).installs, 1234.0 );
  EXPECT_DOUBLE_EQ( *table.records().at( 1 ).installs, 12345678.0 );
  EXPECT_DOUBLE_EQ( *table.records().at( 0 ).population, 1234567.0 );
  EXPECT_DOUBLE_EQ( *table.records().at( 1 ).population, 2000.0 );
}

TEST( AcvStatisticsTable, ErrorsNameFileRowAndColumn )
{
  AcvScratch scratch;
  QString error;
  load( scratch.write( QStringLiteral( "text.csv" ), u8( "Đơn vị;Số lượt cài đặt;Dân số\nA;12;100\nB;12 người;100\n" ).toUtf8() ), error );
  EXPECT_TRUE( error.contains( QStringLiteral( "text.csv, row 3, column 2 ('" ) ) ) << error.toStdString();
  EXPECT_TRUE( error.contains( u8( "'12 người' is not a number" ) ) ) << error.toStdString();

  load( scratch.write( QStringLiteral( "neg.csv" ), u8( "Đơn vị;Số lượt cài đặt;Dân số\nA;-12;100\n" ).toUtf8() ), error );
  EXPECT_TRUE( error.contains( QStringLiteral( "row 2, column 2" ) ) && error.contains( QStringLiteral( "negative" ) ) ) << error.toStdString();

  load( scratch.write( QStringLiteral( "mixed.csv" ), u8( "Đơn vị;Số lượt cài đặt;Dân số\nA;1.234,5;100\nB;1,234.5;100\n" ).toUtf8() ), error );
  EXPECT_TRUE( error.contains( QStringLiteral( "mixed.csv, row 3, column 2" ) ) && error.contains( QStringLiteral( "both" ) ) ) << error.toStdString();

  load( scratch.write( QStringLiteral( "nokey.csv" ), u8( "STT;Số lượt cài đặt;Dân số\n1;12;100\n" ).toUtf8() ), error );
  EXPECT_TRUE( error.contains( QStringLiteral( "no key column" ) ) ) << error.toStdString();

  load( scratch.write( QStringLiteral( "twice.csv" ), u8( "Đơn vị;Số lượt cài đặt;Dân số;Dân số\nA;12;100;100\n" ).toUtf8() ), error );
  EXPECT_TRUE( error.contains( QStringLiteral( "several columns could hold the population" ) ) && error.contains( QStringLiteral( "--population" ) ) ) << error.toStdString();

  load( scratch.write( QStringLiteral( "noheader.csv" ), "1;2;3\n4;5;6\n" ), error );
  EXPECT_TRUE( error.contains( QStringLiteral( "no header row" ) ) ) << error.toStdString();

  load( scratch.write( QStringLiteral( "headeronly.csv" ), u8( "Đơn vị;Số lượt cài đặt;Dân số\n" ).toUtf8() ), error );
  EXPECT_TRUE( error.contains( QStringLiteral( "no locality rows" ) ) ) << error.toStdString();

  load( scratch.write( QStringLiteral( "emptykey.csv" ), u8( "Đơn vị;Số lượt cài đặt;Dân số\nA;1;2\n;5;6\n" ).toUtf8() ), error );
  EXPECT_TRUE( error.contains( QStringLiteral( "row 3, column 1" ) ) && error.contains( QStringLiteral( "locality is empty" ) ) ) << error.toStdString();

  load( scratch.write( QStringLiteral( "pct.csv" ), u8( "Đơn vị;Số lượt cài đặt;Dân số\nA;9,19 %;2\n" ).toUtf8() ), error );
  EXPECT_TRUE( error.contains( QStringLiteral( "percentage" ) ) ) << error.toStdString();
}

TEST( AcvStatisticsTable, HonoursColumnsNamedByTheUser )
{
  AcvScratch scratch;
  const QString path = scratch.write( QStringLiteral( "named.csv" ), "Area;Col A;Col B\nX;10;100\nY;20;200\n" );
  AcvStatisticsOptions options;
  options.path = path;
  options.keyColumn = QStringLiteral( "A" );
  options.installsColumn = QStringLiteral( "col a" );
  options.smartphonesColumn = QStringLiteral( "3" );
  AcvStatisticsTable table;
  QString error;
  ASSERT_TRUE( table.load( options, error ) ) << error.toStdString();
  EXPECT_FALSE( table.installsColumn().detected );
  EXPECT_DOUBLE_EQ( *table.records().at( 1 ).smartphones, 200.0 );

  options.keyColumn = QStringLiteral( "Area" );
  options.installsColumn = QStringLiteral( "Installs" );
  EXPECT_FALSE( table.load( options, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "no column 'Installs' (--installs)" ) ) ) << error.toStdString();
  EXPECT_TRUE( error.contains( QStringLiteral( "named.csv" ) ) ) << error.toStdString();
}

TEST( AcvStatisticsTable, MatchingByCodeTakesTheCodeColumnAsKey )
{
  AcvScratch scratch;
  AcvStatisticsOptions options;
  options.path = scratch.write( QStringLiteral( "c.csv" ), u8( "Mã xã;Tên xã;Số người dùng ĐTTM;Số lượt cài đặt\n6030101;Phường Yên Đỗ;500;120\n6030102;Phường Tây Sơn;400;80\n" ).toUtf8() );
  AcvStatisticsTable table;
  QString error;
  ASSERT_TRUE( table.load( options, error ) ) << error.toStdString();
  EXPECT_EQ( table.keyColumn().index, 1 ); // names win by default
  EXPECT_FALSE( table.keyIsCode() );
  options.preferCodeKey = true;
  ASSERT_TRUE( table.load( options, error ) ) << error.toStdString();
  EXPECT_EQ( table.keyColumn().index, 0 );
  EXPECT_TRUE( table.keyIsCode() );
  EXPECT_EQ( table.records().first().key, QStringLiteral( "6030101" ) );
}

TEST( AcvStatisticsTable, TotalsAreToldApartFromCommunesByTheirTones )
{
  AcvScratch scratch;
  const QString path = scratch.write( QStringLiteral( "t.csv" ),
                                      u8( "STT;Tên xã;Số lượt cài đặt;Số người dùng ĐTTM\n"
                                          "1;Toàn Tịnh;155;1.808\n"
                                          "2;Tổng Hợp;10;100\n"
                                          "3;Xã Tân Hưng;20;200\n"
                                          "Toàn tỉnh;;185;2.108\n"
                                          "TONG CONG;;185;2.108\n" )
                                          .toUtf8() );
  QString error;
  const AcvStatisticsTable table = load( path, error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  QStringList keys;
  for ( const AcvStatisticsRecord &record : table.records() )
    keys.append( record.key );
  // A commune named "Toàn Tịnh" (synthetic data found it) is not "Toàn tỉnh", the province's total.
  EXPECT_EQ( keys, ( QStringList{ u8( "Toàn Tịnh" ), u8( "Tổng Hợp" ), u8( "Xã Tân Hưng" ) } ) );
  ASSERT_EQ( table.skippedRows().size(), 2 );
  EXPECT_EQ( table.skippedRows().at( 0 ).reason, QStringLiteral( "total" ) );
  EXPECT_EQ( table.skippedRows().at( 1 ).reason, QStringLiteral( "total" ) );
}

TEST( AcvStatisticsTable, RefusesNamesNoOneTypesAndCountsBeyondTwoToThe53 )
{
  AcvScratch scratch;
  const QByteArray header = u8( "Đơn vị;Số lượt cài đặt;Số người dùng ĐTTM\nTP. Pleiku;29.178;129.015\n" ).toUtf8();
  struct Case
  {
    QByteArray row;
    QString expected;
  };
  const QVector<Case> cases = {
      { "TX An\x07 Kh\xc3\xaa;1;2\n", u8( "t.csv, row 3, column 1 ('Đơn vị'): the locality name contains the control character U+0007" ) },
      { QByteArray( "Huy\xe1\xbb\x87n " ) + QByteArray( 300, 'a' ) + ";1;2\n", QStringLiteral( "t.csv, row 3, column 1 ('Đơn vị'): the locality name is 306 characters long (at most 200)" ) },
      { "-- ... --;1;2\n", QStringLiteral( "row 3, column 1 ('Đơn vị'): the locality name '-- ... --' has no letters or digits" ) },
      { "TX An Kh\xc3\xaa;9007199254740993;2\n", u8( "row 3, column 2 ('Số lượt cài đặt'): '9007199254740993' is too large for a count" ) },
      { "TX An Kh\xc3\xaa;1;1e308\n", u8( "row 3, column 3 ('Số người dùng ĐTTM'): '1e308' is too large for a count" ) },
  };
  for ( const Case &c : cases )
  {
    const QString path = scratch.write( QStringLiteral( "t.csv" ), header + c.row );
    QString error;
    load( path, error );
    EXPECT_TRUE( error.contains( c.expected ) ) << error.toStdString();
  }
  // 2^53 - 1 is still a count, and a 200-character name still a name.
  QString error;
  const AcvStatisticsTable table = load( scratch.write( QStringLiteral( "ok.csv" ), header + "TX An Kh\xc3\xaa;9007199254740991;2\n" + QByteArray( 200, 'b' ) + ";1;2\n" ), error );
  EXPECT_TRUE( error.isEmpty() ) << error.toStdString();
  ASSERT_EQ( table.records().size(), 3 );
  EXPECT_EQ( *table.records().at( 1 ).installs, 9007199254740991.0 );
}

TEST( AcvStatisticsTable, KeysAreTheRecordsKeysInOrder )
{
  QString error;
  const AcvStatisticsTable table = load( acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ), error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  const QStringList keys = table.keys();
  ASSERT_EQ( keys.size(), 17 );
  EXPECT_EQ( keys.first(), QStringLiteral( "TP. Pleiku" ) );
  for ( int i = 0; i < keys.size(); ++i )
    EXPECT_EQ( keys.at( i ), table.records().at( i ).key );
}

TEST( AcvStatisticsTable, ReleasingTheCellsKeepsRecordsTitleAndCellReferences )
{
  QString error;
  AcvStatisticsTable table = load( acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ), error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  const QVector<AcvStatisticsRecord> before = table.records();
  const int headerRow = table.headerRows().constFirst();
  QStringList titleBefore;
  for ( int i = 0; i < table.raw().rows.size() && table.raw().rowNumbers.at( i ) < headerRow; ++i )
    titleBefore << table.raw().rows.at( i ).join( QLatin1Char( ' ' ) );
  ASSERT_FALSE( titleBefore.isEmpty() );
  const QString reference = table.cellReference( before.first().row, table.installsColumn().index );

  table.releaseDataCells();
  // The locality rows are gone; the title and header rows stay, as read.
  EXPECT_LT( table.raw().rows.size(), before.size() );
  QStringList titleAfter;
  for ( int i = 0; i < table.raw().rows.size() && table.raw().rowNumbers.at( i ) < headerRow; ++i )
    titleAfter << table.raw().rows.at( i ).join( QLatin1Char( ' ' ) );
  EXPECT_EQ( titleAfter, titleBefore );
  // Records, keys and figures are untouched, and cells are still named the same way.
  ASSERT_EQ( table.records().size(), before.size() );
  for ( int i = 0; i < before.size(); ++i )
  {
    EXPECT_EQ( table.records().at( i ).key, before.at( i ).key );
    EXPECT_EQ( table.records().at( i ).installs, before.at( i ).installs );
    EXPECT_EQ( table.records().at( i ).row, before.at( i ).row );
  }
  EXPECT_EQ( table.cellReference( before.first().row, table.installsColumn().index ), reference );
  EXPECT_EQ( table.keys().size(), before.size() );
}
