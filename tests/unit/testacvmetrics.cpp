/***************************************************************************
  testacvmetrics.cpp - coverage, gaps, ranks and NULLs
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvmetrics.h"

#include <gtest/gtest.h>

#include <cmath>

TEST( AcvMetrics, ComputesCoverageGapAndBelowTarget )
{
  // Gia Lai on 20/8/2020: 139 267 installs, about 23 % of 605 509 smartphone users.
  const QVector<AcvFigures> figures = { { 139267.0, 605509.0, 1515419.0 } };
  const QVector<AcvLocalityMetrics> m = AcvMetrics::compute( figures, 60.0 );
  ASSERT_TRUE( m[0].coveragePct.has_value() );
  EXPECT_NEAR( *m[0].coveragePct, 23.0, 0.001 );
  EXPECT_NEAR( *m[0].populationPct, 9.19, 0.001 );
  EXPECT_EQ( *m[0].gapInstalls, 224039 ); // ceil(0.6 × 605 509) − 139 267
  EXPECT_TRUE( *m[0].belowTarget );
  EXPECT_EQ( *m[0].rank, 1 );
}

TEST( AcvMetrics, MissingOrZeroDenominatorsGiveNull )
{
  const QVector<AcvFigures> figures = {
      { 100.0, 0.0, 0.0 },                   // zero denominators
      { 100.0, std::nullopt, std::nullopt }, // missing denominators
      { std::nullopt, 1000.0, 5000.0 },      // missing installs
  };
  const QVector<AcvLocalityMetrics> m = AcvMetrics::compute( figures, 60.0 );
  for ( const AcvLocalityMetrics &metrics : m )
  {
    EXPECT_FALSE( metrics.coveragePct.has_value() );
    EXPECT_FALSE( metrics.populationPct.has_value() );
    EXPECT_FALSE( metrics.gapInstalls.has_value() );
    EXPECT_FALSE( metrics.belowTarget.has_value() );
    EXPECT_FALSE( metrics.rank.has_value() );
  }
}

TEST( AcvMetrics, RanksHighestFirstWithSharedRanks )
{
  const QVector<AcvFigures> figures = { { 10.0, 100.0, {} }, { 50.0, 100.0, {} }, { 10.0, 100.0, {} }, { 5.0, 100.0, {} }, { 1.0, {}, {} } };
  const QVector<AcvLocalityMetrics> m = AcvMetrics::compute( figures, 60.0 );
  EXPECT_EQ( *m[1].rank, 1 );
  EXPECT_EQ( *m[0].rank, 2 );
  EXPECT_EQ( *m[2].rank, 2 );
  EXPECT_EQ( *m[3].rank, 4 );
  EXPECT_FALSE( m[4].rank.has_value() );
}

TEST( AcvMetrics, MetTargetHasNoGapAndAbove100IsFlagged )
{
  const QVector<AcvFigures> figures = { { 600.0, 1000.0, {} }, { 1200.0, 1000.0, {} }, { 599.0, 1000.0, {} } };
  const QVector<AcvLocalityMetrics> m = AcvMetrics::compute( figures, 60.0 );
  EXPECT_FALSE( *m[0].belowTarget );
  EXPECT_EQ( *m[0].gapInstalls, 0 );
  EXPECT_TRUE( m[1].coverageAbove100 );
  EXPECT_FALSE( m[0].coverageAbove100 );
  EXPECT_EQ( *m[2].gapInstalls, 1 );
  EXPECT_TRUE( *m[2].belowTarget );
}

TEST( AcvMetrics, AnyTargetFrom0To100 )
{
  EXPECT_TRUE( AcvMetrics::isValidTarget( 0 ) );
  EXPECT_TRUE( AcvMetrics::isValidTarget( 100 ) );
  EXPECT_TRUE( AcvMetrics::isValidTarget( 42.5 ) );
  EXPECT_FALSE( AcvMetrics::isValidTarget( -1 ) );
  EXPECT_FALSE( AcvMetrics::isValidTarget( 100.01 ) );
  EXPECT_FALSE( AcvMetrics::isValidTarget( std::nan( "" ) ) );
  const QVector<AcvFigures> figures = { { 300.0, 1000.0, {} } };
  EXPECT_FALSE( *AcvMetrics::compute( figures, 30.0 )[0].belowTarget );
  EXPECT_TRUE( *AcvMetrics::compute( figures, 30.5 )[0].belowTarget );
  EXPECT_EQ( *AcvMetrics::compute( figures, 100.0 )[0].gapInstalls, 700 );
  EXPECT_EQ( *AcvMetrics::compute( figures, 0.0 )[0].gapInstalls, 0 );
}

TEST( AcvMetrics, TotalsOverLocalitiesWithFigures )
{
  const QVector<AcvFigures> figures = { { 100.0, 1000.0, 2000.0 }, { 700.0, 1000.0, 2000.0 }, { 50.0, std::nullopt, 1000.0 } };
  const QVector<AcvLocalityMetrics> m = AcvMetrics::compute( figures, 60.0 );
  const AcvTotals t = AcvMetrics::totals( figures, m, 60.0 );
  EXPECT_EQ( t.localities, 3 );
  EXPECT_EQ( t.localitiesWithCoverage, 2 );
  EXPECT_DOUBLE_EQ( t.installs, 850.0 );
  EXPECT_DOUBLE_EQ( *t.coveragePct, 40.0 ); // 800 / 2000, the locality without users left out
  EXPECT_DOUBLE_EQ( *t.populationPct, 850.0 / 5000.0 * 100 );
  EXPECT_EQ( t.belowTarget, 1 );
  EXPECT_EQ( *t.gapInstalls, 400 );      // 1200 − 800
  EXPECT_EQ( t.sumOfLocalityGaps, 500 ); // 500 + 0
}
