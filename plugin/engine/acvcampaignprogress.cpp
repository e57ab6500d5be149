/***************************************************************************
  acvcampaignprogress.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcampaignprogress.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace
{
std::optional<double> coverageOf( const AcvFigures &figures )
{
  if ( !figures.installs || !figures.smartphones || *figures.smartphones <= 0 )
    return std::nullopt;
  return *figures.installs / *figures.smartphones * 100.0;
}
} // namespace

std::optional<double> AcvCampaignProgress::slope( const QVector<double> &days, const QVector<double> &values )
{
  const int count = std::min( days.size(), values.size() );
  if ( count < 2 )
    return std::nullopt;
  double meanDay = 0;
  double meanValue = 0;
  for ( int i = 0; i < count; ++i )
  {
    meanDay += days.at( i );
    meanValue += values.at( i );
  }
  meanDay /= count;
  meanValue /= count;
  double covariance = 0;
  double variance = 0;
  for ( int i = 0; i < count; ++i )
  {
    const double dx = days.at( i ) - meanDay;
    covariance += dx * ( values.at( i ) - meanValue );
    variance += dx * dx;
  }
  if ( variance <= 0 )
    return std::nullopt;
  return covariance / variance;
}

std::optional<QDate> AcvCampaignProgress::projectedDate( const QDate &from, double gap, double ratePerDay )
{
  if ( !from.isValid() || !( ratePerDay > 0 ) || !std::isfinite( ratePerDay ) || !std::isfinite( gap ) || gap < 0 )
    return std::nullopt;
  // A quotient that is a whole number up to rounding (300 ÷ 0.1) must not become one day more.
  const double quotient = gap / ratePerDay;
  const double rounded = std::round( quotient );
  const double days = std::fabs( quotient - rounded ) <= 1e-9 * std::max( 1.0, rounded ) ? rounded : std::ceil( quotient );
  constexpr double kMaxDays = 1000.0 * 366.0;
  if ( days > kMaxDays )
    return std::nullopt;
  return from.addDays( static_cast<qint64>( days ) );
}

QString AcvCampaignProgress::trendKey( AcvLocalityProgress::Trend trend )
{
  switch ( trend )
  {
    case AcvLocalityProgress::Trend::Backwards:
      return QStringLiteral( "backwards" );
    case AcvLocalityProgress::Trend::Stuck:
      return QStringLiteral( "stuck" );
    case AcvLocalityProgress::Trend::Steady:
      return QStringLiteral( "steady" );
    case AcvLocalityProgress::Trend::Rising:
      return QStringLiteral( "rising" );
    case AcvLocalityProgress::Trend::Unknown:
      break;
  }
  return QString();
}

AcvLocalityProgress AcvCampaignProgress::compute( QVector<AcvHistoryObservation> observations, double targetPct )
{
  std::sort( observations.begin(), observations.end(), []( const AcvHistoryObservation &a, const AcvHistoryObservation &b )
             { return a.date < b.date; } );
  AcvLocalityProgress progress;
  progress.annexes = observations.size();

  QVector<double> days;
  QVector<double> installs;
  const AcvHistoryObservation *latest = nullptr;
  const AcvHistoryObservation *previous = nullptr;
  for ( const AcvHistoryObservation &observation : std::as_const( observations ) )
  {
    if ( observation.figures.installs )
    {
      days << static_cast<double>( observation.date.toJulianDay() );
      installs << *observation.figures.installs;
    }
    const std::optional<double> coverage = coverageOf( observation.figures );
    if ( !coverage )
      continue;
    if ( !progress.targetReachedOn && !AcvMetrics::isBelowTarget( *coverage, targetPct ) )
      progress.targetReachedOn = observation.date;
    previous = latest;
    latest = &observation;
  }
  progress.installsPerDay = slope( days, installs );
  if ( !latest )
    return progress;

  progress.latestDate = latest->date;
  progress.latestCoveragePct = coverageOf( latest->figures );
  const bool below = AcvMetrics::isBelowTarget( *progress.latestCoveragePct, targetPct );
  if ( below && progress.installsPerDay )
  {
    const double gap = static_cast<double>( AcvMetrics::gapInstalls( *latest->figures.installs, *latest->figures.smartphones, targetPct ) );
    progress.projectedTargetDate = projectedDate( latest->date, gap, *progress.installsPerDay );
  }
  if ( !previous )
    return progress;

  progress.coverageChangePp = *progress.latestCoveragePct - *coverageOf( previous->figures );
  // Figures from annexes are whole numbers of people: a fall smaller than rounding is none.
  constexpr double kTolerancePp = 1e-9;
  if ( *progress.coverageChangePp < -kTolerancePp )
    progress.trend = AcvLocalityProgress::Trend::Backwards;
  else if ( !below )
    progress.trend = AcvLocalityProgress::Trend::Steady;
  else if ( *latest->figures.installs <= *previous->figures.installs )
    progress.trend = AcvLocalityProgress::Trend::Stuck;
  else
    progress.trend = AcvLocalityProgress::Trend::Rising;
  return progress;
}

std::optional<double> AcvCampaignPoint::coveragePct() const
{
  if ( localities == 0 || smartphones <= 0 )
    return std::nullopt;
  return installs / smartphones * 100.0;
}

QVector<AcvCampaignPoint> AcvCampaignSummary::pointsOf( const QHash<QString, QVector<AcvHistoryObservation>> &byKey )
{
  QMap<QDate, AcvCampaignPoint> byDate;
  for ( auto it = byKey.constBegin(); it != byKey.constEnd(); ++it )
  {
    for ( const AcvHistoryObservation &observation : it.value() )
    {
      AcvCampaignPoint &point = byDate[observation.date];
      point.date = observation.date;
      const AcvFigures &figures = observation.figures;
      if ( !figures.installs || !figures.smartphones || *figures.smartphones <= 0 )
        continue;
      point.installs += *figures.installs;
      point.smartphones += *figures.smartphones;
      ++point.localities;
    }
  }
  QVector<AcvCampaignPoint> points;
  points.reserve( byDate.size() );
  for ( const AcvCampaignPoint &point : std::as_const( byDate ) )
    points << point;
  return points;
}
