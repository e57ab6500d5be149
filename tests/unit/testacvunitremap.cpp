/***************************************************************************
  testacvunitremap.cpp - crosswalk tables read, annexes summed into new units and by a column
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcrosswalk.h"
#include "acvunitremap.h"
#include "acvtestutils.h"
#include "acvtestworkbooks.h"

#include <QFile>
#include <QTextStream>

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace
{
AcvStatisticsTable loadTable( const QString &path, const QString &parent = QString() )
{
  AcvStatisticsOptions options;
  options.path = path;
  options.parentColumn = parent;
  AcvStatisticsTable table;
  QString error;
  EXPECT_TRUE( table.load( options, error ) ) << error.toStdString();
  return table;
}

bool loadCrosswalk( const QString &path, AcvCrosswalk &crosswalk, QString &error, const QHash<QString, QString> &columns = {} )
{
  AcvCrosswalkOptions options;
  options.path = path;
  options.columns = columns;
  return crosswalk.load( options, error );
}

//! A small annex of old communes, written as an official would: title, header, total row.
QByteArray oldCommuneAnnex( const QVector<QStringList> &rows )
{
  QByteArray csv = "BÁO CÁO SỐ LIỆU (minh họa / illustrative)\nHuyện;Xã;Số lượt cài đặt;Số người dùng ĐTTM;Dân số\n";
  for ( const QStringList &row : rows )
    csv += row.join( QLatin1Char( ';' ) ).toUtf8() + '\n';
  return csv;
}
} // namespace

TEST( AcvCrosswalk, ReadsTheShippedProvinceCrosswalk )
{
  AcvCrosswalk crosswalk;
  QString error;
  ASSERT_TRUE( loadCrosswalk( acvSourceGeodata( QStringLiteral( "vn_provinces_2025_crosswalk.csv" ) ), crosswalk, error ) ) << error.toStdString();
  EXPECT_EQ( crosswalk.links().size(), 63 );
  EXPECT_EQ( crosswalk.oldUnits().size(), 63 );
  EXPECT_EQ( crosswalk.newUnits().size(), 34 );
  EXPECT_TRUE( crosswalk.hasOldCodes() && crosswalk.hasOldNames() && crosswalk.hasNewCodes() && crosswalk.hasNewNames() );
  EXPECT_FALSE( crosswalk.hasOldParents() );
  EXPECT_TRUE( crosswalk.splitUnits().isEmpty() );
  // The new Gia Lai (52) is the old Gia Lai (64) and the old Bình Định (52).
  int giaLai = -1;
  for ( int n = 0; n < crosswalk.newUnits().size(); ++n )
    giaLai = crosswalk.newUnits().at( n ).code == QLatin1String( "52" ) ? n : giaLai;
  ASSERT_GE( giaLai, 0 );
  QStringList oldCodes;
  for ( const int l : crosswalk.linksOfNew().at( giaLai ) )
    oldCodes.append( crosswalk.oldUnits().at( crosswalk.links().at( l ).oldUnit ).code );
  oldCodes.sort();
  EXPECT_EQ( oldCodes, ( QStringList{ QStringLiteral( "52" ), QStringLiteral( "64" ) } ) );
}

TEST( AcvCrosswalk, ReadsTheCommuneCrosswalkWithParentsAndSplitUnits )
{
  AcvCrosswalk crosswalk;
  QString error;
  ASSERT_TRUE( loadCrosswalk( acvSharedGeodata( QStringLiteral( "gia_lai_2025_crosswalk.csv" ) ), crosswalk, error ) ) << error.toStdString();
  EXPECT_EQ( crosswalk.oldUnits().size(), 373 );
  EXPECT_EQ( crosswalk.newUnits().size(), 135 );
  EXPECT_EQ( crosswalk.links().size(), 378 );
  // The commune is the unit, its district the parent (the province is one tier further up).
  EXPECT_TRUE( crosswalk.hasOldParents() );
  EXPECT_EQ( crosswalk.oldUnits().constFirst().parent, u8( "Thành phố Quy Nhơn" ) );
  QStringList split;
  for ( const int o : crosswalk.splitUnits() )
    split.append( crosswalk.oldUnits().at( o ).name );
  split.sort();
  EXPECT_EQ( split, ( QStringList{ u8( "Xã An Nghĩa" ), u8( "Xã Canh Hiệp" ), u8( "Xã Canh Liên" ), u8( "Xã Ân Nghĩa" ) } ) );
  EXPECT_FALSE( crosswalk.hasShares() );
}

TEST( AcvCrosswalk, DetectsVietnameseHeadersSharesAndLinkWords )
{
  AcvScratch scratch;
  const QString path = scratch.write( QStringLiteral( "quydoi.csv" ), QByteArray( "BẢNG QUY ĐỔI ĐƠN VỊ HÀNH CHÍNH\n"
                                                                                  "Huyện cũ;Tên xã cũ;Tên xã mới;Hình thức;Tỷ lệ\n"
                                                                                  "Huyện A;Xã Một;Xã Mới Một;toàn bộ;\n"
                                                                                  "Huyện A;Xã Hai;Xã Mới Một;một phần;40 %\n"
                                                                                  "Huyện A;Xã Hai;Xã Mới Hai;một phần;60 %\n"
                                                                                  "Huyện B;Xã Một;Xã Mới Hai;toàn bộ;\n" ) );
  AcvCrosswalk crosswalk;
  QString error;
  ASSERT_TRUE( loadCrosswalk( path, crosswalk, error ) ) << error.toStdString();
  EXPECT_FALSE( crosswalk.hasOldCodes() );
  EXPECT_TRUE( crosswalk.hasOldParents() );
  // "Xã Một" of two districts is two old units.
  EXPECT_EQ( crosswalk.oldUnits().size(), 3 );
  ASSERT_EQ( crosswalk.links().size(), 4 );
  EXPECT_FALSE( crosswalk.links().at( 0 ).partial );
  EXPECT_TRUE( crosswalk.links().at( 1 ).partial );
  EXPECT_DOUBLE_EQ( *crosswalk.links().at( 1 ).share, 0.4 );
  EXPECT_DOUBLE_EQ( *crosswalk.links().at( 2 ).share, 0.6 );
  EXPECT_TRUE( crosswalk.hasShares() );
}

TEST( AcvCrosswalk, RefusesSharesThatDoNotAddUpAndFullUnitsSentTwice )
{
  AcvScratch scratch;
  AcvCrosswalk crosswalk;
  QString error;
  const QString shortShares = scratch.write( QStringLiteral( "a.csv" ), QByteArray( "old_commune,new_commune,link,share\nXã Hai,Xã Mới Một,partial,\"0,5\"\nXã Hai,Xã Mới Hai,partial,\"0,4\"\n" ) );
  EXPECT_FALSE( loadCrosswalk( shortShares, crosswalk, error ) );
  EXPECT_TRUE( error.contains( u8( "the shares of Xã Hai add up to 0.9, not 1" ) ) ) << error.toStdString();
  EXPECT_TRUE( error.contains( QStringLiteral( "row 2" ) ) && error.contains( QStringLiteral( "row 3" ) ) ) << error.toStdString();

  const QString someShares = scratch.write( QStringLiteral( "b.csv" ), QByteArray( "old_commune,new_commune,link,share\nXã Hai,Xã Mới Một,partial,0.5\nXã Hai,Xã Mới Hai,partial,\n" ) );
  EXPECT_FALSE( loadCrosswalk( someShares, crosswalk, error ) );
  EXPECT_TRUE( error.contains( u8( "Xã Hai has a share on 1 of its 2 links" ) ) ) << error.toStdString();

  const QString fullTwice = scratch.write( QStringLiteral( "c.csv" ), QByteArray( "old_commune,new_commune,link\nXã Hai,Xã Mới Một,full\nXã Hai,Xã Mới Hai,partial\n" ) );
  EXPECT_FALSE( loadCrosswalk( fullTwice, crosswalk, error ) );
  EXPECT_TRUE( error.contains( u8( "Xã Hai is marked full" ) ) && error.contains( QStringLiteral( "row 3" ) ) ) << error.toStdString();

  const QString lonePart = scratch.write( QStringLiteral( "d.csv" ), QByteArray( "old_commune,new_commune,link\nXã Hai,Xã Mới Một,partial\n" ) );
  EXPECT_FALSE( loadCrosswalk( lonePart, crosswalk, error ) );
  EXPECT_TRUE( error.contains( u8( "Xã Hai is marked partial, but this is its only link" ) ) ) << error.toStdString();

  const QString badKind = scratch.write( QStringLiteral( "e.csv" ), QByteArray( "old_commune,new_commune,link\nXã Hai,Xã Mới Một,gộp\n" ) );
  EXPECT_FALSE( loadCrosswalk( badKind, crosswalk, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "row 2" ) ) && error.contains( QStringLiteral( "is not a link kind" ) ) ) << error.toStdString();

  const QString noSides = scratch.write( QStringLiteral( "f.csv" ), QByteArray( "Xã,Huyện\nXã Hai,Huyện A\n" ) );
  EXPECT_FALSE( loadCrosswalk( noSides, crosswalk, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "--crosswalk-column" ) ) ) << error.toStdString();
  // Columns named by the analyst make the same file a crosswalk.
  EXPECT_TRUE( loadCrosswalk( noSides, crosswalk, error, { { QStringLiteral( "old-name" ), QStringLiteral( "Xã" ) }, { QStringLiteral( "new-name" ), QStringLiteral( "Huyện" ) } } ) ) << error.toStdString();
}

TEST( AcvUnitRemap, ApportionsWholePersonsThatAddUpToTheRow )
{
  const QVector<double> thirds = AcvUnitRemap::apportion( 100, { 1.0 / 3, 1.0 / 3, 1.0 / 3 } );
  EXPECT_EQ( thirds, ( QVector<double>{ 34, 33, 33 } ) );
  const QVector<double> parts = AcvUnitRemap::apportion( 139267, { 0.4, 0.6 } );
  EXPECT_EQ( parts.at( 0 ) + parts.at( 1 ), 139267 );
  EXPECT_EQ( parts.at( 0 ), std::floor( 139267 * 0.4 ) + 1 ); // 55706.8 -> 55707
  for ( int value : { 0, 1, 2, 7, 999, 123457 } )
  {
    const QVector<double> split = AcvUnitRemap::apportion( value, { 0.15, 0.35, 0.5 } );
    EXPECT_EQ( std::accumulate( split.cbegin(), split.cend(), 0.0 ), value ) << value;
  }
  // A figure that is not whole (rounded thousands × 1 000 are whole; a rate is not a count) is multiplied.
  EXPECT_DOUBLE_EQ( AcvUnitRemap::apportion( 2.5, { 0.5, 0.5 } ).at( 0 ), 1.25 );
}

TEST( AcvUnitRemap, SumsTheNationalAnnexIntoTheNewProvincesByCode )
{
  const AcvStatisticsTable table = loadTable( acvSourceGeodata( QStringLiteral( "vn_bluezone_2020-08-20.csv" ) ) );
  ASSERT_TRUE( table.codeColumn().isSet() );
  AcvCrosswalk crosswalk;
  QString error;
  ASSERT_TRUE( loadCrosswalk( acvSourceGeodata( QStringLiteral( "vn_provinces_2025_crosswalk.csv" ) ), crosswalk, error ) ) << error.toStdString();
  AcvUnitRemap remap;
  ASSERT_TRUE( remap.crosswalk( table, crosswalk, AcvNameMatcher::KeyMode::Code, {}, error ) ) << error.toStdString();
  ASSERT_EQ( remap.units().size(), 34 );

  // Expected sums straight from the two files: annex code -> figures, crosswalk old -> new code.
  QHash<QString, QString> newOf;
  for ( const QStringList &row : acvReadPlainCsv( acvSourceGeodata( QStringLiteral( "vn_provinces_2025_crosswalk.csv" ) ) ).mid( 1 ) )
    newOf.insert( row.at( 0 ), row.at( 2 ) );
  QHash<QString, double> installs;
  double annexInstalls = 0;
  for ( const AcvStatisticsRecord &record : table.records() )
  {
    installs[newOf.value( record.code )] += *record.installs;
    annexInstalls += *record.installs;
  }
  for ( const AcvRemappedUnit &unit : remap.units() )
  {
    EXPECT_TRUE( unit.complete() ) << unit.name.toStdString();
    EXPECT_DOUBLE_EQ( *unit.figures.installs, installs.value( unit.code ) ) << unit.code.toStdString();
  }
  EXPECT_DOUBLE_EQ( remap.unitTotals().installs, annexInstalls );
  EXPECT_TRUE( remap.annexTotals() == remap.unitTotals() );
  // Paired by code, the renamed Huế is said, not hidden.
  ASSERT_EQ( remap.notes().size(), 1 );
  EXPECT_TRUE( remap.notes().constFirst().contains( u8( "'Thừa Thiên - Huế' = 46 'Thành phố Huế'" ) ) ) << remap.notes().constFirst().toStdString();
  // The same annex paired by name cannot place Huế: it is named otherwise in the crosswalk.
  ASSERT_FALSE( remap.crosswalk( table, crosswalk, AcvNameMatcher::KeyMode::Name, {}, error ) );
  EXPECT_TRUE( error.contains( u8( "row 34 'Thừa Thiên - Huế'" ) ) && error.contains( QStringLiteral( "figures would be lost" ) ) ) << error.toStdString();
}

TEST( AcvUnitRemap, SplitsByTheCrosswalkSharesAndWithholdsIncompleteUnits )
{
  AcvScratch scratch;
  const QString crosswalkPath = scratch.write( QStringLiteral( "cw.csv" ), QByteArray( "old_district,old_commune,new_commune,link,share\n"
                                                                                       "Huyện A,Xã Một,Xã Mới Một,full,\n"
                                                                                       "Huyện A,Xã Hai,Xã Mới Một,partial,\"0,3\"\n"
                                                                                       "Huyện A,Xã Hai,Xã Mới Hai,partial,\"0,7\"\n"
                                                                                       "Huyện B,Xã Một,Xã Mới Hai,full,\n"
                                                                                       "Huyện B,Xã Ba,Xã Mới Ba,full,\n"
                                                                                       "Huyện B,Xã Bốn,Xã Mới Ba,full,\n" ) );
  // "Xã Một" twice, told apart by the district; "Xã Bốn" is not in the annex.
  const QString annexPath = scratch.write( QStringLiteral( "annex.csv" ), oldCommuneAnnex( { { u8( "H. A" ), u8( "X. Một" ), QStringLiteral( "100" ), QStringLiteral( "1.000" ), QStringLiteral( "2.000" ) },
                                                                                             { u8( "Huyện A" ), u8( "Xa Hai" ), QStringLiteral( "1.001" ), QStringLiteral( "3.333" ), QStringLiteral( "9.999" ) },
                                                                                             { u8( "Huyện B" ), u8( "Xã Một" ), QStringLiteral( "50" ), QStringLiteral( "500" ), QStringLiteral( "1.500" ) },
                                                                                             { u8( "Huyện B" ), u8( "Xã Ba" ), QStringLiteral( "7" ), QStringLiteral( "70" ), QStringLiteral( "700" ) },
                                                                                             { u8( "Tổng cộng" ), QString(), QStringLiteral( "1.158" ), QStringLiteral( "4.903" ), QStringLiteral( "14.199" ) } } ) );
  const AcvStatisticsTable table = loadTable( annexPath );
  ASSERT_EQ( table.records().size(), 4 );
  AcvCrosswalk crosswalk;
  QString error;
  ASSERT_TRUE( loadCrosswalk( crosswalkPath, crosswalk, error ) ) << error.toStdString();
  AcvUnitRemap remap;
  ASSERT_TRUE( remap.crosswalk( table, crosswalk, AcvNameMatcher::KeyMode::Name, {}, error ) ) << error.toStdString();
  ASSERT_EQ( remap.units().size(), 3 );
  // Xã Mới Một = Xã Một (A) + 30 % of Xã Hai; Xã Mới Hai = 70 % of Xã Hai + Xã Một (B).
  const AcvRemappedUnit &one = remap.units().at( 0 );
  const AcvRemappedUnit &two = remap.units().at( 1 );
  const double hai30 = std::round( 1001 * 0.3 ); // 300.3 -> 300, the rest to the larger part
  EXPECT_DOUBLE_EQ( *one.figures.installs, 100 + hai30 );
  EXPECT_DOUBLE_EQ( *two.figures.installs, 50 + ( 1001 - hai30 ) );
  EXPECT_DOUBLE_EQ( *one.figures.smartphones + *two.figures.smartphones, 1000 + 3333 + 500 );
  EXPECT_DOUBLE_EQ( *one.figures.population + *two.figures.population, 2000 + 9999 + 1500 );
  // Xã Mới Ba lacks Xã Bốn: a sum of Xã Ba alone would be short, so it has no figures.
  const AcvRemappedUnit &three = remap.units().at( 2 );
  EXPECT_FALSE( three.complete() );
  EXPECT_FALSE( three.figures.installs.has_value() );
  EXPECT_EQ( three.missingOldUnits, QStringList{ u8( "Xã Bốn (Huyện B)" ) } );
  ASSERT_EQ( remap.warnings().size(), 1 );
  EXPECT_TRUE( remap.warnings().constFirst().contains( u8( "Xã Mới Ba is left without figures" ) ) ) << remap.warnings().constFirst().toStdString();
  EXPECT_DOUBLE_EQ( remap.withheldTotals().installs, 7 );
  EXPECT_DOUBLE_EQ( remap.unitTotals().installs + remap.withheldTotals().installs, remap.annexTotals().installs );
  EXPECT_EQ( remap.rows().at( 3 ).status, AcvRemapRow::Status::Withheld );
  EXPECT_EQ( remap.rows().at( 1 ).units.size(), 2 );
}

TEST( AcvUnitRemap, RefusesUnknownAmbiguousAndUnsharedRowsNamingThemAll )
{
  AcvScratch scratch;
  const QString crosswalkPath = scratch.write( QStringLiteral( "cw.csv" ), QByteArray( "old_district,old_commune,new_commune,link\n"
                                                                                       "Huyện A,Xã Một,Xã Mới Một,full\n"
                                                                                       "Huyện A,Xã Hai,Xã Mới Một,partial\n"
                                                                                       "Huyện A,Xã Hai,Xã Mới Hai,partial\n"
                                                                                       "Huyện B,Xã Một,Xã Mới Hai,full\n" ) );
  AcvCrosswalk crosswalk;
  QString error;
  ASSERT_TRUE( loadCrosswalk( crosswalkPath, crosswalk, error ) ) << error.toStdString();

  // Without parents "Xã Một" fits two old units; "Xã Năm" is none.
  const QString annexPath = scratch.write( QStringLiteral( "annex.csv" ), QByteArray( "Xã;Số lượt cài đặt;Số người dùng ĐTTM\nXã Một;1;10\nXã Năm;2;20\n" ) );
  AcvUnitRemap remap;
  ASSERT_FALSE( remap.crosswalk( loadTable( annexPath ), crosswalk, AcvNameMatcher::KeyMode::Name, {}, error ) );
  EXPECT_TRUE( error.contains( u8( "row 2 'Xã Một' fits Xã Một (Huyện A) and Xã Một (Huyện B)" ) ) ) << error.toStdString();
  EXPECT_TRUE( error.contains( u8( "row 3 'Xã Năm'" ) ) ) << error.toStdString();

  // Xã Hai is split and neither the crosswalk nor --partial-by gives its shares.
  const QString splitAnnex = scratch.write( QStringLiteral( "split.csv" ), oldCommuneAnnex( { { u8( "Huyện A" ), u8( "Xã Hai" ), QStringLiteral( "5" ), QStringLiteral( "50" ), QStringLiteral( "90" ) } } ) );
  const AcvStatisticsTable splitTable = loadTable( splitAnnex );
  ASSERT_FALSE( remap.crosswalk( splitTable, crosswalk, AcvNameMatcher::KeyMode::Name, {}, error ) );
  EXPECT_TRUE( error.contains( u8( "Xã Hai (Huyện A) (crosswalk row 3) → Xã Mới Một, Xã Mới Hai" ) ) ) << error.toStdString();
  EXPECT_TRUE( error.contains( QStringLiteral( "--partial-by area" ) ) ) << error.toStdString();
  // Shares from elsewhere (the area of overlap), per link, complete it.
  ASSERT_TRUE( remap.crosswalk( splitTable, crosswalk, AcvNameMatcher::KeyMode::Name, { { 1, 0.25 }, { 2, 0.75 } }, error ) ) << error.toStdString();
  EXPECT_DOUBLE_EQ( remap.unitTotals().installs + remap.withheldTotals().installs, 5 );
}

TEST( AcvUnitRemap, AggregatesCommunesByTheirDistrictHoweverItIsSpelled )
{
  AcvScratch scratch;
  // The district written once, as a CSV saved from merged cells is, and spelled two ways.
  const QString annexPath = scratch.write( QStringLiteral( "annex.csv" ), oldCommuneAnnex( { { u8( "Huyện Chư Sê" ), u8( "Xã Ayun" ), QStringLiteral( "1.200" ), QStringLiteral( "4.000" ), QStringLiteral( "9.000" ) },
                                                                                             { QString(), u8( "Xã Ia Glai" ), QStringLiteral( "800" ), QStringLiteral( "2.000" ), QStringLiteral( "6.000" ) },
                                                                                             { u8( "H. Mang Yang" ), u8( "Xã AYun" ), QStringLiteral( "300" ), QStringLiteral( "1.500" ), QStringLiteral( "5.000" ) },
                                                                                             { u8( "Huyện Mang Yang" ), u8( "Xã Hra" ), QStringLiteral( "400" ), QStringLiteral( "1.000" ), QStringLiteral( "4.000" ) } } ) );
  const AcvStatisticsTable table = loadTable( annexPath, u8( "Huyện" ) );
  AcvUnitRemap remap;
  QString error;
  ASSERT_TRUE( remap.aggregate( table, error ) ) << error.toStdString();
  ASSERT_EQ( remap.units().size(), 2 );
  EXPECT_EQ( remap.units().at( 0 ).name, u8( "Huyện Chư Sê" ) );
  EXPECT_DOUBLE_EQ( *remap.units().at( 0 ).figures.installs, 2000 );
  EXPECT_DOUBLE_EQ( *remap.units().at( 1 ).figures.installs, 700 );
  EXPECT_DOUBLE_EQ( *remap.units().at( 1 ).figures.population, 9000 );
  EXPECT_EQ( remap.level().level, AcvAdminLevel::District );
  const QVector<AcvStatisticsRecord> records = remap.unitRecords( false );
  EXPECT_EQ( records.at( 1 ).key, u8( "H. Mang Yang" ) );

  // A first row without a district cannot be summed by it.
  const QString orphanPath = scratch.write( QStringLiteral( "orphan.csv" ), oldCommuneAnnex( { { QString(), u8( "Xã Ayun" ), QStringLiteral( "1" ), QStringLiteral( "4" ), QStringLiteral( "9" ) },
                                                                                               { u8( "Huyện Chư Sê" ), u8( "Xã Ia Glai" ), QStringLiteral( "8" ), QStringLiteral( "20" ), QStringLiteral( "60" ) } } ) );
  ASSERT_FALSE( remap.aggregate( loadTable( orphanPath, u8( "Huyện" ) ), error ) );
  EXPECT_TRUE( error.contains( u8( "row 3 'Xã Ayun'" ) ) ) << error.toStdString();
}

TEST( AcvCrosswalk, ANewCommuneMergedDownItsOldCommunesCountsForEachOfThem )
{
  // The real crosswalk as a resolution's annex lays it out: old communes grouped under their new
  // one, the new commune's cell merged down the group (XLSX, ODS) or written once (CSV).
  const QVector<QStringList> source = acvReadPlainCsv( acvSharedGeodata( QStringLiteral( "gia_lai_2025_crosswalk.csv" ) ) );
  ASSERT_EQ( source.size(), 379 );
  QVector<QStringList> links = source.mid( 1 );
  std::stable_sort( links.begin(), links.end(), []( const QStringList &a, const QStringList &b )
                    { return a.at( 6 ) < b.at( 6 ); } );
  QVector<AcvTestRow> rows{ { acvText( u8( "DANH SÁCH ĐƠN VỊ HÀNH CHÍNH CẤP XÃ SAU SẮP XẾP" ) ) },
                            { acvText( u8( "Huyện cũ" ) ), acvText( u8( "Mã xã cũ" ) ), acvText( u8( "Tên xã cũ" ) ), acvText( u8( "Mã xã mới" ) ), acvText( u8( "Tên xã mới" ) ), acvText( u8( "Loại" ) ) } };
  QVector<AcvTestMerge> merges;
  QByteArray csv = QByteArray( "Huyện cũ;Mã xã cũ;Tên xã cũ;Mã xã mới;Tên xã mới;Loại\n" );
  for ( int i = 0; i < links.size(); ++i )
  {
    const QStringList &link = links.at( i );
    const bool first = i == 0 || links.at( i - 1 ).at( 6 ) != link.at( 6 );
    int last = i;
    while ( last + 1 < links.size() && links.at( last + 1 ).at( 6 ) == link.at( 6 ) )
      ++last;
    const int sheetRow = static_cast<int>( rows.size() );
    if ( first && last > i )
    {
      merges.append( { sheetRow, 3, sheetRow + last - i, 3, link.at( 6 ) } );
      merges.append( { sheetRow, 4, sheetRow + last - i, 4, link.at( 7 ) } );
    }
    rows.append( { acvText( link.at( 3 ) ), acvText( link.at( 4 ) ), acvText( link.at( 5 ) ), acvText( first ? link.at( 6 ) : QString() ), acvText( first ? link.at( 7 ) : QString() ), acvText( link.at( 8 ) == QLatin1String( "full" ) ? u8( "toàn bộ" ) : u8( "một phần" ) ) } );
    csv += QStringList{ link.at( 3 ), link.at( 4 ), link.at( 5 ), first ? link.at( 6 ) : QString(), first ? link.at( 7 ) : QString(), link.at( 8 ) }.join( QLatin1Char( ';' ) ).toUtf8() + '\n';
  }
  AcvScratch scratch;
  const QString xlsx = scratch.path( QStringLiteral( "quydoi.xlsx" ) );
  const QString ods = scratch.path( QStringLiteral( "quydoi.ods" ) );
  ASSERT_TRUE( acvWriteXlsx( xlsx, QStringLiteral( "Phụ lục" ), rows, merges ) );
  ASSERT_TRUE( acvWriteOds( ods, QStringLiteral( "Phụ lục" ), rows, merges ) );
  const QString csvPath = scratch.write( QStringLiteral( "quydoi.csv" ), csv );
  for ( const QString &path : { xlsx, ods, csvPath } )
  {
    AcvCrosswalk crosswalk;
    QString error;
    ASSERT_TRUE( loadCrosswalk( path, crosswalk, error ) ) << path.toStdString() << ": " << error.toStdString();
    EXPECT_EQ( crosswalk.links().size(), 378 ) << path.toStdString();
    EXPECT_EQ( crosswalk.oldUnits().size(), 373 ) << path.toStdString();
    ASSERT_EQ( crosswalk.newUnits().size(), 135 ) << path.toStdString();
    // Every link goes where the source says.
    for ( const AcvCrosswalkLink &link : crosswalk.links() )
    {
      const QString oldCode = crosswalk.oldUnits().at( link.oldUnit ).code;
      const QString newCode = crosswalk.newUnits().at( link.newUnit ).code;
      const bool found = std::any_of( links.cbegin(), links.cend(), [&]( const QStringList &l )
                                      { return l.at( 4 ) == oldCode && l.at( 6 ) == newCode; } );
      EXPECT_TRUE( found ) << path.toStdString() << ": " << oldCode.toStdString() << " -> " << newCode.toStdString();
    }
    EXPECT_TRUE( crosswalk.describe().contains( path == csvPath ? QStringLiteral( "empty cells take the unit above" ) : QStringLiteral( "cells read from merged cells" ) ) ) << crosswalk.describe().toStdString();
  }
}

TEST( AcvUnitRemap, ADistrictTypedWithoutDiacriticsJoinsItsOnlyMarkedSpellingOrIsRefused )
{
  AcvScratch scratch;
  const QString one = scratch.write( QStringLiteral( "one.csv" ), oldCommuneAnnex( { { u8( "Huyện Chư Sê" ), u8( "Xã Ayun" ), QStringLiteral( "10" ), QStringLiteral( "40" ), QStringLiteral( "90" ) },
                                                                                     { QStringLiteral( "Huyen Chu Se" ), QStringLiteral( "Xa Ia Glai" ), QStringLiteral( "8" ), QStringLiteral( "20" ), QStringLiteral( "60" ) } } ) );
  AcvUnitRemap remap;
  QString error;
  ASSERT_TRUE( remap.aggregate( loadTable( one, u8( "Huyện" ) ), error ) ) << error.toStdString();
  ASSERT_EQ( remap.units().size(), 1 );
  EXPECT_DOUBLE_EQ( *remap.units().constFirst().figures.installs, 18 );
  ASSERT_EQ( remap.notes().size(), 1 );
  EXPECT_TRUE( remap.notes().constFirst().contains( QStringLiteral( "row 4 'Xa Ia Glai' (Huyen Chu Se) as 'Huyện Chư Sê'" ) ) ) << remap.notes().constFirst().toStdString();

  // Two marked spellings read "Ia Bang" without diacritics: which one the bare row is cannot be told.
  const QString two = scratch.write( QStringLiteral( "two.csv" ), oldCommuneAnnex( { { u8( "Huyện Ia Băng" ), u8( "Xã Một" ), QStringLiteral( "1" ), QStringLiteral( "4" ), QStringLiteral( "9" ) },
                                                                                     { u8( "Huyện Ia Bàng" ), u8( "Xã Hai" ), QStringLiteral( "2" ), QStringLiteral( "4" ), QStringLiteral( "9" ) },
                                                                                     { QStringLiteral( "Huyen Ia Bang" ), QStringLiteral( "Xa Ba" ), QStringLiteral( "3" ), QStringLiteral( "4" ), QStringLiteral( "9" ) } } ) );
  ASSERT_FALSE( remap.aggregate( loadTable( two, u8( "Huyện" ) ), error ) );
  EXPECT_TRUE( error.contains( u8( "row 5 'Xa Ba' (Huyen Ia Bang) could be 'Huyện Ia Băng' or 'Huyện Ia Bàng'" ) ) ) << error.toStdString();
}
