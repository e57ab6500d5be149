/***************************************************************************
  testacvadminlevel.cpp - administrative tiers, parents and repeated names
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvadminlevel.h"
#include "acvnamematcher.h"
#include "acvstatisticstable.h"
#include "acvtestutils.h"
#include "acvtestworkbooks.h"

#include <gtest/gtest.h>

namespace
{
AcvLevelReading levelOf( const QStringList &names )
{
  return AcvAdminLevels::read( AcvNameMatcher::normalizeAll( names ) );
}

AcvStatisticsTable load( const QString &path, QString &error, const QString &parent = QString() )
{
  AcvStatisticsOptions options;
  options.path = path;
  options.parentColumn = parent;
  AcvStatisticsTable table;
  table.load( options, error );
  return table;
}
} // namespace

TEST( AcvAdminLevels, ReadsTheTierFromTypeWordsAndAbbreviations )
{
  EXPECT_EQ( levelOf( { u8( "TP. Pleiku" ), u8( "TX An Khê" ), u8( "Huyện Chư Păh" ), u8( "Ia Grai" ) } ).level, AcvAdminLevel::District );
  EXPECT_EQ( levelOf( { u8( "X. Ia Băng" ), u8( "P. Tây Sơn" ), u8( "TT. Chư Sê" ), u8( "Ia O" ) } ).level, AcvAdminLevel::Commune );
  EXPECT_EQ( levelOf( { u8( "Tỉnh Gia Lai" ), u8( "Thành phố Đà Nẵng" ), u8( "Tỉnh Kon Tum" ) } ).level, AcvAdminLevel::Province );
  EXPECT_EQ( levelOf( { u8( "Đặc khu Phú Quốc" ), u8( "Xã Ia Băng" ) } ).level, AcvAdminLevel::Commune );
  EXPECT_EQ( levelOf( { u8( "XA IA BANG" ), u8( "xa Ia O" ), u8( "Phuong Tay Son" ) } ).level, AcvAdminLevel::Commune );
  // "Thành phố" alone fits a province and a district: undecided, never guessed.
  EXPECT_EQ( levelOf( { u8( "Thành phố Pleiku" ), u8( "Thành phố Đà Nẵng" ) } ).level, AcvAdminLevel::Unknown );
  // Untyped names tell nothing; one district among many communes does not change their tier.
  EXPECT_EQ( levelOf( { u8( "Chư Păh" ), u8( "Ia Grai" ) } ).level, AcvAdminLevel::Unknown );
  QStringList communes;
  for ( int i = 0; i < 9; ++i )
    communes << QStringLiteral( "Xã Ia %1" ).arg( QChar( 'A' + i ) );
  EXPECT_EQ( levelOf( communes << u8( "Huyện Chư Sê" ) ).level, AcvAdminLevel::Commune );
  EXPECT_EQ( levelOf( { u8( "Xã Ia O" ), u8( "Huyện Chư Sê" ) } ).level, AcvAdminLevel::Unknown );
}

TEST( AcvAdminLevels, ReadsTheTierOfAHeader )
{
  EXPECT_EQ( AcvAdminLevels::ofHeader( u8( "Huyện, thị xã, thành phố" ) ), AcvAdminLevel::District );
  EXPECT_EQ( AcvAdminLevels::ofHeader( u8( "Xã, phường, thị trấn" ) ), AcvAdminLevel::Commune );
  EXPECT_EQ( AcvAdminLevels::ofHeader( u8( "Tỉnh, thành phố" ) ), AcvAdminLevel::Province );
  EXPECT_EQ( AcvAdminLevels::ofHeader( u8( "Tên xã" ) ), AcvAdminLevel::Commune );
  EXPECT_EQ( AcvAdminLevels::ofHeader( QStringLiteral( "Districts" ) ), AcvAdminLevel::District );
  EXPECT_EQ( AcvAdminLevels::ofHeader( u8( "Đơn vị" ) ), AcvAdminLevel::Unknown );
  EXPECT_EQ( AcvAdminLevels::ofHeader( u8( "Thành phố" ) ), AcvAdminLevel::Unknown );
}

TEST( AcvNameMatcherParents, RepeatedNamesPairWithinTheirParent )
{
  const QStringList boundaries = { u8( "Xã Ia O" ), u8( "Xã Ia O" ), u8( "Xã Ia Kly" ), u8( "Xã Ia Băng" ) };
  AcvParentKeys parents;
  parents.boundary = QStringList( { u8( "Huyện Ia Grai" ), u8( "Huyện Chư Prông" ), u8( "Huyện Chư Prông" ), u8( "Huyện Chư Prông" ) } );
  // Written differently on each side, in the other order.
  const QStringList rows = { u8( "X. Ia O" ), u8( "XÃ IA O" ), u8( "Ia Kly" ), u8( "Xa Ia Bang" ) };
  parents.statistics = QStringList( { u8( "H. Chư Prông" ), u8( "huyện Ia Grai" ), u8( "Chu Prong" ), u8( "Chư Prông" ) } );
  const AcvMatchResult result = AcvNameMatcher::match( boundaries, rows, AcvNameMatcher::normalizeAll( rows ), AcvNameMatcher::KeyMode::Name, {}, true, nullptr, parents );
  ASSERT_EQ( result.matches.size(), 4 );
  QVector<int> boundaryOf( rows.size(), -1 );
  for ( const AcvMatch &m : result.matches )
    boundaryOf[m.statisticsIndex] = m.boundaryIndex;
  EXPECT_EQ( boundaryOf, QVector<int>( { 1, 0, 2, 3 } ) );
  EXPECT_TRUE( result.ambiguities.isEmpty() );
  EXPECT_EQ( result.parents.boundaryParents.size(), 2 );
  // Four spellings of two districts, each paired with the district the boundaries write.
  ASSERT_EQ( result.parents.statisticsParents.size(), 4 );
  for ( int p = 0; p < 4; ++p )
    EXPECT_EQ( result.parents.boundaryParents.value( result.parents.boundaryParentOf.at( p ) ), parents.statistics.at( p ).contains( QStringLiteral( "Grai" ) ) ? u8( "Huyện Ia Grai" ) : u8( "Huyện Chư Prông" ) );
}

TEST( AcvNameMatcherParents, WithoutParentsTheSameRowsAreSetAsideNotGuessed )
{
  const QStringList boundaries = { u8( "Xã Ia O" ), u8( "Xã Ia O" ) };
  const QStringList rows = { u8( "Xã Ia O" ), u8( "Xã Ia O" ) };
  const AcvMatchResult result = AcvNameMatcher::match( boundaries, rows );
  EXPECT_TRUE( result.matches.isEmpty() );
  EXPECT_FALSE( result.ambiguities.isEmpty() );
}

TEST( AcvNameMatcherParents, ARowOfAnUnknownParentPairsOnlyWhereItsNameIsUnique )
{
  const QStringList boundaries = { u8( "Xã Ia O" ), u8( "Xã Ia O" ), u8( "Xã Ia Kly" ) };
  AcvParentKeys parents;
  parents.boundary = QStringList( { u8( "Huyện Ia Grai" ), u8( "Huyện Chư Prông" ), u8( "Huyện Chư Prông" ) } );
  const QStringList rows = { u8( "Xã Ia O" ), u8( "Xã Ia Kly" ) };
  parents.statistics = QStringList( { u8( "Huyện Nowhere" ), u8( "Huyện Nowhere" ) } );
  const AcvMatchResult result = AcvNameMatcher::match( boundaries, rows, AcvNameMatcher::normalizeAll( rows ), AcvNameMatcher::KeyMode::Name, {}, true, nullptr, parents );
  ASSERT_EQ( result.matches.size(), 1 );
  EXPECT_EQ( result.matches.first().statisticsIndex, 1 );
  EXPECT_EQ( result.matches.first().boundaryIndex, 2 );
  EXPECT_EQ( result.parents.boundaryParentOf, QVector<int>( { -1 } ) );
  // The Ia O of no known district fits two boundaries: reported, not paired.
  ASSERT_EQ( result.ambiguities.size(), 1 );
  EXPECT_EQ( result.ambiguities.first().boundaryIndices, QVector<int>( { 0, 1 } ) );
}

TEST( AcvStatisticsTableParents, TheLowerTierColumnIsTheKeyAndTheHigherItsParent )
{
  AcvScratch scratch;
  QString error;
  // The district column comes after the commune column here; the tiers decide, not the order.
  const AcvStatisticsTable table = load( scratch.write( QStringLiteral( "a.csv" ), u8( "Xã;Huyện;Dân số;Số lượt cài\nXã Ia O;Huyện Ia Grai;100;10\nXã Ia O;Huyện Chư Prông;200;20\nXã Ia Kly;;300;30\n" ).toUtf8() ), error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  EXPECT_EQ( table.keyColumn().index, 0 );
  EXPECT_EQ( table.parentColumn().index, 1 );
  EXPECT_TRUE( table.parentColumn().detected );
  EXPECT_EQ( table.parents(), QStringList( { u8( "Huyện Ia Grai" ), u8( "Huyện Chư Prông" ), u8( "Huyện Chư Prông" ) } ) );
  EXPECT_EQ( table.parentReading().filledDownRows, 1 );
  EXPECT_EQ( table.level().level, AcvAdminLevel::Commune );
}

TEST( AcvStatisticsTableParents, UntypedColumnsAreToldApartByWhichRepeatsDownTheRows )
{
  AcvScratch scratch;
  QString error;
  const AcvStatisticsTable table = load( scratch.write( QStringLiteral( "b.csv" ), u8( "Đơn vị;Địa bàn;Dân số;Số lượt cài\nIa Grai;Ia O;100;10\n;Ia Dêr;200;20\n;Ia Sao;300;30\nChư Prông;Ia O;400;40\n;Ia Kly;500;50\n" ).toUtf8() ), error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  EXPECT_EQ( table.keyColumn().index, 1 );
  EXPECT_EQ( table.parents(), QStringList( { QStringLiteral( "Ia Grai" ), QStringLiteral( "Ia Grai" ), QStringLiteral( "Ia Grai" ), u8( "Chư Prông" ), u8( "Chư Prông" ) } ) );
}

TEST( AcvStatisticsTableParents, AGrandTotalEndsTheLastDistrict )
{
  AcvScratch scratch;
  QString error;
  const AcvStatisticsTable table = load( scratch.write( QStringLiteral( "c.csv" ), u8( "Huyện;Xã;Dân số;Số lượt cài\nHuyện Ia Grai;Xã Ia O;100;10\n;Xã Ia Dêr;200;20\nTổng cộng;;300;30\n;Xã Ghi Chú;1;1\n" ).toUtf8() ), error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  ASSERT_EQ( table.records().size(), 3 );
  EXPECT_EQ( table.records().at( 2 ).parent, QString() );
}

TEST( AcvStatisticsTableParents, AMergedDistrictCellCountsForEveryRowBelowIt )
{
  AcvScratch scratch;
  const QString path = scratch.path( QStringLiteral( "m.xlsx" ) );
  const QVector<AcvTestRow> rows = { { acvText( u8( "Huyện" ) ), acvText( u8( "Xã" ) ), acvText( u8( "Dân số" ) ), acvText( u8( "Số lượt cài" ) ) },
                                     { acvText( u8( "Huyện Ia Grai" ) ), acvText( u8( "Xã Ia O" ) ), acvNumber( 100 ), acvNumber( 10 ) },
                                     { acvText( QString() ), acvText( u8( "Xã Ia Dêr" ) ), acvNumber( 200 ), acvNumber( 20 ) },
                                     { acvText( u8( "Huyện Chư Prông" ) ), acvText( u8( "Xã Ia O" ) ), acvNumber( 300 ), acvNumber( 30 ) },
                                     { acvText( QString() ), acvText( u8( "Xã Ia Kly" ) ), acvNumber( 400 ), acvNumber( 40 ) } };
  const QVector<AcvTestMerge> merges = { { 1, 0, 2, 0, u8( "Huyện Ia Grai" ) }, { 3, 0, 4, 0, u8( "Huyện Chư Prông" ) } };
  const QString ods = scratch.path( QStringLiteral( "m.ods" ) );
  ASSERT_TRUE( acvWriteXlsx( path, QStringLiteral( "Sheet1" ), rows, merges ) );
  ASSERT_TRUE( acvWriteOds( ods, QStringLiteral( "Sheet1" ), rows, merges ) );
  for ( const QString &workbook : { path, ods } )
  {
    QString error;
    const AcvStatisticsTable table = load( workbook, error );
    ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
    EXPECT_EQ( table.parents(), QStringList( { u8( "Huyện Ia Grai" ), u8( "Huyện Ia Grai" ), u8( "Huyện Chư Prông" ), u8( "Huyện Chư Prông" ) } ) ) << workbook.toStdString();
    EXPECT_EQ( table.parentReading().mergedRows, 2 ) << workbook.toStdString();
    EXPECT_EQ( table.parentReading().filledDownRows, 0 ) << workbook.toStdString();
    EXPECT_EQ( table.records().at( 3 ).population, 400.0 ) << workbook.toStdString();
  }
}

TEST( AcvStatisticsTableParents, ADistrictAnnexWithAProvinceRowIsStillDistricts )
{
  AcvScratch scratch;
  QString error;
  const AcvStatisticsTable table = load( scratch.write( QStringLiteral( "d.csv" ), u8( "Đơn vị;Dân số;Số lượt cài\nTỉnh Gia Lai;600;60\nHuyện Ia Grai;100;10\nHuyện Chư Prông;200;20\nThị xã An Khê;300;30\n" ).toUtf8() ), error );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  // The province row heads its districts: a subtotal, checked, not a locality.
  ASSERT_EQ( table.records().size(), 3 );
  EXPECT_EQ( table.level().level, AcvAdminLevel::District );
  EXPECT_EQ( table.parentReading().source, AcvParentReading::Source::Headings );
  EXPECT_EQ( table.records().first().parent, u8( "Tỉnh Gia Lai" ) );
}

TEST( AcvStatisticsTableParents, NoneTurnsParentsOff )
{
  AcvScratch scratch;
  const QString path = scratch.write( QStringLiteral( "n.csv" ), u8( "Huyện;Xã;Dân số;Số lượt cài\nHuyện Ia Grai;Xã Ia O;100;10\n;Xã Ia Dêr;200;20\n" ).toUtf8() );
  QString error;
  const AcvStatisticsTable detected = load( path, error );
  EXPECT_EQ( detected.parents().size(), 2 );
  const AcvStatisticsTable none = load( path, error, QStringLiteral( "none" ) );
  ASSERT_TRUE( error.isEmpty() ) << error.toStdString();
  EXPECT_FALSE( none.parentColumn().isSet() );
  EXPECT_TRUE( none.parents().isEmpty() );
  EXPECT_EQ( none.records().size(), 2 );
}
