/***************************************************************************
  testacvreportcontent.cpp - the report's texts in both languages
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvreportcontent.h"
#include "acvtestutils.h"

#include <gtest/gtest.h>

namespace
{
//! Three boundaries: one above the target, two below, one without figures.
AcvCoverageJoinResult sampleJoin()
{
  QVector<AcvFigures> figures = { { 700, 1000, 3000 }, { 100, 1000, 2000 }, { 300, 2000, 4000 }, {} };
  AcvCoverageJoinResult join;
  join.boundaryFigures = figures;
  join.boundaryMetrics = AcvMetrics::compute( figures, 60 );
  join.totals = AcvMetrics::totals( figures, join.boundaryMetrics, 60 );
  return join;
}
} // namespace

TEST( AcvReportContent, ListsBelowTargetLocalitiesByGap )
{
  AcvReportContent content;
  content.setJoin( sampleJoin(), { u8( "Pleiku" ), u8( "Đăk Đoa" ), u8( "Chư Sê" ), u8( "Ia Pa" ) } );
  // Gaps: Đăk Đoa 60 % × 1000 − 100 = 500; Chư Sê 1200 − 300 = 900.
  ASSERT_EQ( content.belowTarget.size(), 2 );
  EXPECT_EQ( content.belowTarget.at( 0 ).name, u8( "Chư Sê" ) );
  EXPECT_EQ( content.belowTarget.at( 0 ).gapInstalls, 900 );
  EXPECT_EQ( content.belowTarget.at( 1 ).name, u8( "Đăk Đoa" ) );
  const QVector<QStringList> rows = content.tableRows();
  EXPECT_EQ( rows.at( 0 ), ( QStringList{ QStringLiteral( "1" ), u8( "Chư Sê" ), u8( "15,0 %" ), QStringLiteral( "900" ) } ) );
}

TEST( AcvReportContent, EqualGapsGoByNameAsFarAsTheTableShows )
{
  // Five localities below target, four of them with the same gap of 500 installs.
  QVector<AcvFigures> figures = { { 100, 1000, 0 }, { 100, 1000, 0 }, { 0, 2000, 0 }, { 100, 1000, 0 }, { 100, 1000, 0 } };
  AcvCoverageJoinResult join;
  join.boundaryFigures = figures;
  join.boundaryMetrics = AcvMetrics::compute( figures, 60 );
  join.totals = AcvMetrics::totals( figures, join.boundaryMetrics, 60 );
  const QStringList names = { u8( "Đăk Pơ" ), u8( "Chư Pưh" ), u8( "Kbang" ), u8( "An Khê" ), u8( "Ayun Pa" ) };
  for ( const int maxRows : { 0, 3 } )
  {
    AcvReportContent content;
    content.maxTableRows = maxRows;
    content.setJoin( join, names );
    ASSERT_EQ( content.belowTarget.size(), 5 );
    EXPECT_EQ( content.belowTarget.at( 0 ).name, u8( "Kbang" ) ); // gap 1200
    // The run of equal gaps that the table starts to show is ordered in full, by locale.
    QStringList tied;
    for ( int i = 1; i < 5; ++i )
    {
      EXPECT_EQ( content.belowTarget.at( i ).gapInstalls, 500 );
      tied << content.belowTarget.at( i ).name;
    }
    QStringList expected = tied;
    std::sort( expected.begin(), expected.end(), []( const QString &a, const QString &b )
               { return a.localeAwareCompare( b ) < 0; } );
    EXPECT_EQ( tied, expected ) << maxRows;
    EXPECT_EQ( tied.constFirst(), u8( "An Khê" ) ) << maxRows;
  }
}

TEST( AcvReportContent, WritesNumbersAndDatesInTheReportsLanguage )
{
  AcvReportContent content;
  content.setJoin( sampleJoin(), { QStringLiteral( "A" ), QStringLiteral( "B" ), QStringLiteral( "C" ), QStringLiteral( "D" ) } );
  content.statisticsDate = QDate( 2020, 8, 20 );
  content.productionDate = QDate( 2024, 1, 5 );
  EXPECT_EQ( content.effectiveSubtitle(), u8( "Số liệu đến ngày 20/08/2020 · Mục tiêu 60 % người dùng ĐTTM" ) );
  EXPECT_EQ( content.productionNote(), u8( "Ngày lập: 05/01/2024" ) );
  const auto vi = content.summaryLines();
  EXPECT_EQ( vi.at( 0 ), qMakePair( u8( "Tổng số lượt cài đặt" ), QStringLiteral( "1.100" ) ) );
  EXPECT_EQ( vi.at( 2 ).second, u8( "27,5 %" ) ); // 1100 / 4000
  EXPECT_EQ( vi.at( 4 ).second, QStringLiteral( "2 / 3" ) );

  content.language = AcvLanguage::English;
  EXPECT_EQ( content.effectiveSubtitle(), u8( "Statistics as of 20 August 2020 · Target 60% of smartphone users" ) );
  EXPECT_EQ( content.summaryLines().at( 0 ).second, QStringLiteral( "1,100" ) );
  EXPECT_EQ( content.summaryLines().at( 2 ).second, QStringLiteral( "27.5%" ) );
  content.title = QStringLiteral( "Mine" );
  EXPECT_EQ( content.effectiveTitle(), QStringLiteral( "Mine" ) );
}

TEST( AcvReportContent, SaysWhenTheStatisticsDateIsUnknown )
{
  AcvReportContent content;
  EXPECT_TRUE( content.effectiveSubtitle().contains( u8( "không rõ" ) ) );
  content.language = AcvLanguage::English;
  EXPECT_TRUE( content.effectiveSubtitle().contains( QStringLiteral( "unknown" ) ) );
}

TEST( AcvReportContent, ALongTableEndsWithWhatItLeftOut )
{
  AcvReportContent content;
  for ( int i = 0; i < 1000; ++i )
    content.belowTarget.append( { QStringLiteral( "Xã %1" ).arg( i ), 10, 100, 10.0, 1000 - i } );
  content.maxTableRows = 60;
  const QVector<QStringList> rows = content.tableRows();
  ASSERT_EQ( rows.size(), 60 );
  EXPECT_EQ( rows.at( 58 ).at( 1 ), QStringLiteral( "Xã 58" ) );
  // 941 left out (rows 59 to 999), their gaps 941 down to 1: 941 × 942 / 2 = 443 211.
  EXPECT_EQ( rows.at( 59 ), ( QStringList{ QString(), u8( "… và 941 đơn vị khác (danh sách đầy đủ trong lớp kết quả)" ), QString(), QStringLiteral( "443.211" ) } ) );
  content.maxTableRows = 0;
  EXPECT_EQ( content.tableRows().size(), 1000 );
  content.maxTableRows = 1000;
  EXPECT_EQ( content.tableRows().size(), 1000 );
}

TEST( AcvReportContent, NotesEveryTotalRowThatDisagreesInThePagesLanguage )
{
  AcvReportContent content;
  content.statisticsSource = QStringLiteral( "annex.xlsx" );
  content.boundarySource = QStringLiteral( "districts.geojson" );
  EXPECT_TRUE( content.totalsNote().isEmpty() );
  content.totalMismatches.append( { 22, u8( "Tổng cộng" ), AcvTotalMismatch::Figure::Installs, 139268, 139267, 17 } );
  EXPECT_EQ( content.totalsNote(), u8( "Lưu ý: dòng “Tổng cộng” (dòng 22) của phụ lục ghi 139.268 lượt cài đặt, nhưng cộng 17 đơn vị được 139.267 (chênh 1); bản đồ dùng số liệu của từng đơn vị." ) );
  EXPECT_TRUE( content.sourceNote().startsWith( u8( "Nguồn số liệu: annex.xlsx." ) ) );
  EXPECT_TRUE( content.sourceNote().endsWith( content.totalsNote() ) );
  content.language = AcvLanguage::English;
  EXPECT_EQ( content.totalsNote(), u8( "Note: the annex's total row “Tổng cộng” (row 22) says 139,268 installs, but its 17 localities sum to 139,267 (difference 1); the map uses each locality's figures." ) );
  content.totalMismatches.append( { 22, u8( "Tổng cộng" ), AcvTotalMismatch::Figure::Population, 1513874, 1513847, 17 } );
  content.totalMismatches.append( { 22, u8( "Tổng cộng" ), AcvTotalMismatch::Figure::Smartphones, 605510, 605509, 17 } );
  EXPECT_TRUE( content.totalsNote().contains( QStringLiteral( "says 1,513,874 people (population), but its 17 localities sum to 1,513,847 (difference 27)" ) ) ) << content.totalsNote().toStdString();
  EXPECT_TRUE( content.totalsNote().endsWith( QStringLiteral( "1 more total rows disagree with their localities (see the join report)." ) ) ) << content.totalsNote().toStdString();
}

TEST( AcvReportContent, SaysWhenTheFiguresWereReMappedAndHowSplitUnitsWereDivided )
{
  AcvReportContent content;
  content.statisticsSource = QStringLiteral( "annex.csv" );
  content.boundarySource = QStringLiteral( "vn_provinces_2025.gpkg" );
  EXPECT_TRUE( content.remapNote().isEmpty() );
  const QString plain = content.sourceNote();
  content.remap = { AcvReportRemap::Kind::Crosswalk, QStringLiteral( "vn_provinces_2025_crosswalk.csv" ), AcvReportRemap::Split::None };
  EXPECT_EQ( content.remapNote(), u8( "Số liệu theo đơn vị hành chính cũ, quy đổi sang đơn vị mới theo vn_provinces_2025_crosswalk.csv." ) );
  EXPECT_EQ( content.sourceNote(), plain + QLatin1Char( ' ' ) + content.remapNote() );
  content.remap.split = AcvReportRemap::Split::Area;
  EXPECT_TRUE( content.remapNote().endsWith( u8( "Đơn vị bị chia tách được phân bổ theo tỷ lệ diện tích." ) ) ) << content.remapNote().toStdString();
  content.language = AcvLanguage::English;
  content.remap = { AcvReportRemap::Kind::Aggregation, u8( "Huyện" ), AcvReportRemap::Split::None };
  EXPECT_EQ( content.remapNote(), u8( "Figures summed from the annex's rows by its column 'Huyện'." ) );
}
