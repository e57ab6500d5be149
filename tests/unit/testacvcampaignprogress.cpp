/***************************************************************************
  testacvcampaignprogress.cpp - change, rate, projected date and trend of a locality
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcampaignprogress.h"

#include <gtest/gtest.h>

namespace
{
AcvHistoryObservation observation( const QDate &date, std::optional<double> installs, std::optional<double> smartphones )
{
  return { date, { installs, smartphones, std::nullopt }, QStringLiteral( "annex.csv" ) };
}
const QDate kDay1( 2020, 8, 1 );
} // namespace

TEST( AcvCampaignProgress, RisingLocalityHasChangeRateAndProjection )
{
  // Installs 1000, 1400, 2000 on days 0, 4, 10 of 10 000 smartphone users, target 60 %.
  // Slope by hand: mean day 14/3, mean installs 4400/3;
  // Σdx·dy = (−14/3)(−1400/3) + (−2/3)(−200/3) + (16/3)(1600/3) = (19600 + 400 + 25600)/9 = 45600/9
  // Σdx² = (196 + 4 + 256)/9 = 456/9 → 100 installs a day.
  // Gap: 6000 − 2000 = 4000 → 40 days after the latest date.
  const QVector<AcvHistoryObservation> observations = {
      observation( kDay1.addDays( 10 ), 2000, 10000 ),
      observation( kDay1, 1000, 10000 ),
      observation( kDay1.addDays( 4 ), 1400, 10000 ),
  };
  const AcvLocalityProgress p = AcvCampaignProgress::compute( observations, 60.0 );
  EXPECT_EQ( p.annexes, 3 );
  EXPECT_EQ( p.latestDate, kDay1.addDays( 10 ) );
  ASSERT_TRUE( p.coverageChangePp );
  EXPECT_NEAR( *p.coverageChangePp, 20.0 - 14.0, 1e-9 );
  ASSERT_TRUE( p.installsPerDay );
  EXPECT_NEAR( *p.installsPerDay, 100.0, 1e-9 );
  ASSERT_TRUE( p.projectedTargetDate );
  EXPECT_EQ( *p.projectedTargetDate, kDay1.addDays( 50 ) );
  EXPECT_FALSE( p.targetReachedOn );
  EXPECT_EQ( p.trend, AcvLocalityProgress::Trend::Rising );
}

TEST( AcvCampaignProgress, ProjectionRoundsUpPartDays )
{
  // 4001 still needed at 100 a day: 40.01 days is 41 days.
  const AcvLocalityProgress p = AcvCampaignProgress::compute( { observation( kDay1, 1899, 10000 ), observation( kDay1.addDays( 1 ), 1999, 10000 ) }, 60.0 );
  ASSERT_TRUE( p.projectedTargetDate );
  EXPECT_EQ( *p.projectedTargetDate, kDay1.addDays( 1 + 41 ) );
  // A quotient whole up to rounding (300 ÷ 0.1 = 3000.0000000000005) is not a day more.
  EXPECT_EQ( *AcvCampaignProgress::projectedDate( kDay1, 300, 0.1 ), kDay1.addDays( 3000 ) );
  EXPECT_FALSE( AcvCampaignProgress::projectedDate( kDay1, 300, 0 ) );
  EXPECT_FALSE( AcvCampaignProgress::projectedDate( kDay1, 300, -2 ) );
  EXPECT_FALSE( AcvCampaignProgress::projectedDate( kDay1, 1e12, 1e-6 ) ); // millions of years away
}

TEST( AcvCampaignProgress, StalledLocalityIsStuckWithoutProjection )
{
  const AcvLocalityProgress p = AcvCampaignProgress::compute( { observation( kDay1, 500, 10000 ), observation( kDay1.addDays( 7 ), 500, 10000 ) }, 60.0 );
  EXPECT_EQ( p.trend, AcvLocalityProgress::Trend::Stuck );
  EXPECT_NEAR( *p.coverageChangePp, 0.0, 1e-12 );
  EXPECT_NEAR( *p.installsPerDay, 0.0, 1e-12 );
  EXPECT_FALSE( p.projectedTargetDate ); // a rate of 0 never gets there
}

TEST( AcvCampaignProgress, FallingLocalityGoesBackwards )
{
  // Fewer installs reported (a correction), and a rate that is negative over the three dates.
  const AcvLocalityProgress p = AcvCampaignProgress::compute( { observation( kDay1, 3000, 10000 ), observation( kDay1.addDays( 7 ), 3200, 10000 ), observation( kDay1.addDays( 14 ), 2500, 10000 ) }, 60.0 );
  EXPECT_EQ( p.trend, AcvLocalityProgress::Trend::Backwards );
  EXPECT_NEAR( *p.coverageChangePp, 25.0 - 32.0, 1e-9 );
  // Slope: days 0, 7, 14 about 7; (−7)(−233.3) + 0 + 7(−733.3) over 98 = −35.714…
  EXPECT_NEAR( *p.installsPerDay, ( -7.0 * ( 3000 - 2900 ) + 7.0 * ( 2500 - 2900 ) ) / 98.0, 1e-9 );
  EXPECT_FALSE( p.projectedTargetDate );
}

TEST( AcvCampaignProgress, AboveTargetRecordsTheFirstDateItGotThere )
{
  const AcvLocalityProgress p = AcvCampaignProgress::compute( { observation( kDay1.addDays( 14 ), 6500, 10000 ), observation( kDay1, 5000, 10000 ), observation( kDay1.addDays( 7 ), 6000, 10000 ) }, 60.0 );
  ASSERT_TRUE( p.targetReachedOn );
  EXPECT_EQ( *p.targetReachedOn, kDay1.addDays( 7 ) ); // exactly 60 % has reached 60 %
  EXPECT_EQ( p.trend, AcvLocalityProgress::Trend::Steady );
  EXPECT_FALSE( p.projectedTargetDate );
}

TEST( AcvCampaignProgress, OneAnnexGivesNoChangeNoRate )
{
  const AcvLocalityProgress p = AcvCampaignProgress::compute( { observation( kDay1, 500, 10000 ) }, 60.0 );
  EXPECT_EQ( p.annexes, 1 );
  EXPECT_FALSE( p.coverageChangePp );
  EXPECT_FALSE( p.installsPerDay );
  EXPECT_FALSE( p.projectedTargetDate );
  EXPECT_EQ( p.trend, AcvLocalityProgress::Trend::Unknown );
  EXPECT_TRUE( AcvCampaignProgress::trendKey( p.trend ).isEmpty() );
}

TEST( AcvCampaignProgress, AnnexWithoutSmartphonesIsSkippedForChangeNotForRate )
{
  // The middle annex has installs but no smartphone figure: the change is latest vs the first.
  const AcvLocalityProgress p = AcvCampaignProgress::compute( { observation( kDay1, 1000, 10000 ), observation( kDay1.addDays( 1 ), 1100, std::nullopt ), observation( kDay1.addDays( 2 ), 1200, 10000 ) }, 60.0 );
  EXPECT_NEAR( *p.coverageChangePp, 2.0, 1e-9 );
  EXPECT_NEAR( *p.installsPerDay, 100.0, 1e-9 );
}

TEST( AcvCampaignProgress, SlopeIsExactFarFromTheOrigin )
{
  // Julian days are about 2.46 million: a naive Σx² − (Σx)²/n loses the slope's digits.
  QVector<double> days;
  QVector<double> values;
  for ( int i = 0; i < 365; ++i )
  {
    days << 2459000.0 + i;
    values << 10.0 + 3.0 * i;
  }
  EXPECT_NEAR( *AcvCampaignProgress::slope( days, values ), 3.0, 1e-9 );
  EXPECT_FALSE( AcvCampaignProgress::slope( { 5.0, 5.0 }, { 1.0, 2.0 } ) );
}

TEST( AcvCampaignSummary, PointsSumLocalitiesWithBothFigures )
{
  QHash<QString, QVector<AcvHistoryObservation>> byKey;
  byKey[QStringLiteral( "a" )] = { observation( kDay1, 100, 1000 ), observation( kDay1.addDays( 1 ), 200, 1000 ) };
  byKey[QStringLiteral( "b" )] = { observation( kDay1, 300, 1000 ), observation( kDay1.addDays( 1 ), 400, std::nullopt ) };
  const QVector<AcvCampaignPoint> points = AcvCampaignSummary::pointsOf( byKey );
  ASSERT_EQ( points.size(), 2 );
  EXPECT_EQ( points[0].date, kDay1 );
  EXPECT_EQ( points[0].localities, 2 );
  EXPECT_NEAR( *points[0].coveragePct(), 20.0, 1e-9 );
  EXPECT_EQ( points[1].localities, 1 );
  EXPECT_NEAR( *points[1].coveragePct(), 20.0, 1e-9 );
}
