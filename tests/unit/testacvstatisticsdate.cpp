/***************************************************************************
  testacvstatisticsdate.cpp - the "as of" date read from annex titles and file names
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvstatisticsdate.h"
#include "acvtestutils.h"

#include <gtest/gtest.h>

TEST( AcvStatisticsDate, ReadsTheDateAfterNgayInATitleRow )
{
  // The Gia Lai annex's second title row also cites the census date; the "ngày" date wins.
  const AcvStatisticsDate::Result result = AcvStatisticsDate::detect(
      { u8( "SỐ LIỆU CÀI ĐẶT ỨNG DỤNG BLUEZONE" ), u8( "(Số liệu đến ngày 20/8/2020 — minh họa, dân số: Tổng điều tra 01/4/2019)" ) },
      QStringLiteral( "annex.csv" ) );
  EXPECT_EQ( result.date, QDate( 2020, 8, 20 ) );
  EXPECT_EQ( result.evidence, u8( "ngày 20/8/2020" ) );
}

TEST( AcvStatisticsDate, PrefersTheMarkedDateOverAnEarlierOne )
{
  const AcvStatisticsDate::Result result = AcvStatisticsDate::detect( { u8( "Dân số 01/04/2019" ), u8( "Cập nhật ngày 05-09-2020" ) }, QString() );
  EXPECT_EQ( result.date, QDate( 2020, 9, 5 ) );
}

TEST( AcvStatisticsDate, ReadsDecomposedTextAndOfficialWording )
{
  // NFD "ngày", as some spreadsheets store it, and "ngày 3 tháng 9 năm 2021".
  const QString decomposed = u8( "Hà Nội, ngày 3 tháng 9 năm 2021" ).normalized( QString::NormalizationForm_D );
  EXPECT_EQ( AcvStatisticsDate::detect( { decomposed }, QString() ).date, QDate( 2021, 9, 3 ) );
}

TEST( AcvStatisticsDate, FallsBackToAnUnmarkedDateThenTheFileName )
{
  EXPECT_EQ( AcvStatisticsDate::detect( { u8( "Báo cáo 31.12.2020" ) }, QString() ).date, QDate( 2020, 12, 31 ) );
  const AcvStatisticsDate::Result fromName = AcvStatisticsDate::detect( { u8( "SỐ LIỆU" ) }, QStringLiteral( "/data/vn_bluezone_2020-08-20.csv" ) );
  EXPECT_EQ( fromName.date, QDate( 2020, 8, 20 ) );
  EXPECT_EQ( fromName.evidence, QStringLiteral( "vn_bluezone_2020-08-20.csv" ) );
}

TEST( AcvStatisticsDate, InventsNothing )
{
  // No date, an impossible date (31/2), and digits that only look like one in a file name.
  EXPECT_FALSE( AcvStatisticsDate::detect( { u8( "SỐ LIỆU CÀI ĐẶT" ) }, QStringLiteral( "annex.csv" ) ).date.isValid() );
  EXPECT_FALSE( AcvStatisticsDate::detect( { u8( "ngày 31/2/2020" ) }, QStringLiteral( "x_2020-13-01.csv" ) ).date.isValid() );
  EXPECT_FALSE( AcvStatisticsDate::detect( {}, QStringLiteral( "x_12020-08-20.csv" ) ).date.isValid() );
}

TEST( AcvStatisticsDate, ParsesTheOverrideOption )
{
  EXPECT_EQ( AcvStatisticsDate::parse( QStringLiteral( "20/8/2020" ) ), QDate( 2020, 8, 20 ) );
  EXPECT_EQ( AcvStatisticsDate::parse( QStringLiteral( "2020-08-20" ) ), QDate( 2020, 8, 20 ) );
  EXPECT_FALSE( AcvStatisticsDate::parse( QStringLiteral( "8/20/2020" ) ).isValid() );
  EXPECT_FALSE( AcvStatisticsDate::parse( QStringLiteral( "soon" ) ).isValid() );
}
