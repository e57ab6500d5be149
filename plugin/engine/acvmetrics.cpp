/***************************************************************************
  acvmetrics.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvmetrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace
{
std::optional<double> percentage( const std::optional<double> &part, const std::optional<double> &whole )
{
  if ( !part || !whole || *whole <= 0 )
    return std::nullopt;
  return *part / *whole * 100.0;
}
} // namespace

bool AcvMetrics::isBelowTarget( double coveragePct, double targetPct )
{
  return coveragePct < targetPct;
}

QString AcvMetrics::belowTargetExpression( const QString &coverageField, double targetPct )
{
  // Quoted as QgsExpression::quotedColumnRef does; the target written exactly (17 digits).
  QString quoted = coverageField;
  quoted.replace( QLatin1Char( '"' ), QLatin1String( "\"\"" ) );
  return QStringLiteral( "\"%1\" < %2" ).arg( quoted, QString::number( targetPct, 'g', 17 ) );
}

bool AcvMetrics::isValidTarget( double targetPct )
{
  return std::isfinite( targetPct ) && targetPct >= 0.0 && targetPct <= 100.0;
}

qint64 AcvMetrics::gapInstalls( double installs, double smartphones, double targetPct )
{
  // Whole installs: 60 % of 605 509 users is 363 305.4, so 363 306 installs are needed.
  // The tolerance keeps an exact product such as 60 % of 1 000 from rounding up to 601.
  const double needed = std::ceil( smartphones * targetPct / 100.0 - 1e-9 ) - installs;
  return needed > 0 ? static_cast<qint64>( std::ceil( needed - 1e-9 ) ) : 0;
}

QVector<AcvLocalityMetrics> AcvMetrics::compute( const QVector<AcvFigures> &figures, double targetPct )
{
  // std::vector: GCC 12 mistakes writes through QVector::operator[] for overflows at -O2.
  std::vector<AcvLocalityMetrics> metrics( static_cast<size_t>( figures.size() ) );
  QVector<int> ranked;
  for ( int i = 0; i < figures.size(); ++i )
  {
    const AcvFigures &f = figures.at( i );
    AcvLocalityMetrics &m = metrics[static_cast<size_t>( i )];
    m.coveragePct = percentage( f.installs, f.smartphones );
    m.populationPct = percentage( f.installs, f.population );
    if ( m.coveragePct )
    {
      m.belowTarget = isBelowTarget( *m.coveragePct, targetPct );
      m.gapInstalls = gapInstalls( *f.installs, *f.smartphones, targetPct );
      m.coverageAbove100 = *m.coveragePct > 100.0;
      ranked.append( i );
    }
  }
  std::stable_sort( ranked.begin(), ranked.end(), [&metrics]( int a, int b )
                    { return *metrics[static_cast<size_t>( a )].coveragePct > *metrics[static_cast<size_t>( b )].coveragePct; } );
  for ( int position = 0; position < ranked.size(); ++position )
  {
    AcvLocalityMetrics &current = metrics[static_cast<size_t>( ranked.at( position ) )];
    const AcvLocalityMetrics *previous = position > 0 ? &metrics[static_cast<size_t>( ranked.at( position - 1 ) )] : nullptr;
    current.rank = previous && *previous->coveragePct == *current.coveragePct ? *previous->rank : position + 1;
  }
  return QVector<AcvLocalityMetrics>( metrics.cbegin(), metrics.cend() );
}

AcvTotals AcvMetrics::totals( const QVector<AcvFigures> &figures, const QVector<AcvLocalityMetrics> &metrics, double targetPct )
{
  AcvTotals t;
  t.localities = figures.size();
  double installsWithSmartphones = 0;
  double smartphonesWithInstalls = 0;
  double installsWithPopulation = 0;
  double populationWithInstalls = 0;
  for ( int i = 0; i < figures.size(); ++i )
  {
    const AcvFigures &f = figures.at( i );
    t.installs += f.installs.value_or( 0 );
    t.smartphones += f.smartphones.value_or( 0 );
    t.population += f.population.value_or( 0 );
    // a zero denominator is as unusable in the totals as in the locality
    if ( f.installs && f.smartphones && *f.smartphones > 0 )
    {
      installsWithSmartphones += *f.installs;
      smartphonesWithInstalls += *f.smartphones;
    }
    if ( f.installs && f.population && *f.population > 0 )
    {
      installsWithPopulation += *f.installs;
      populationWithInstalls += *f.population;
    }
    const AcvLocalityMetrics &m = metrics.at( i );
    if ( m.coveragePct )
      ++t.localitiesWithCoverage;
    if ( m.belowTarget.value_or( false ) )
      ++t.belowTarget;
    if ( m.coverageAbove100 )
      ++t.coverageAbove100;
    t.sumOfLocalityGaps += m.gapInstalls.value_or( 0 );
  }
  t.coveragePct = percentage( installsWithSmartphones, smartphonesWithInstalls );
  t.populationPct = percentage( installsWithPopulation, populationWithInstalls );
  if ( t.coveragePct )
    t.gapInstalls = gapInstalls( installsWithSmartphones, smartphonesWithInstalls, targetPct );
  return t;
}
