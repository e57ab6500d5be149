/***************************************************************************
  acvcampaignprogress.h - a locality's progress across dated annexes
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCAMPAIGNPROGRESS_H
#define ACVCAMPAIGNPROGRESS_H

#include "acvmetrics.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

//! One locality's figures on one statistics date, as the history keeps them.
struct AcvHistoryObservation
{
  QDate date;
  AcvFigures figures;
  QString source; //!< the annex the figures came from (its file name)
};

/**
 * What the history says about one locality. Every figure is std::nullopt (NULL in the layer)
 * when the history cannot give it: a change needs two annexes with coverage, a rate two dates
 * with installs, a projection a positive rate and a locality still below the target.
 */
struct AcvLocalityProgress
{
  enum class Trend
  {
    Unknown,   //!< fewer than two annexes with coverage
    Backwards, //!< coverage fell since the previous annex
    Stuck,     //!< below the target and not moving (no installs gained since the previous annex)
    Steady,    //!< at or above the target, or moving without falling
    Rising,    //!< below the target and gaining
  };

  int annexes = 0; //!< dates the history holds figures for
  QDate latestDate;
  std::optional<double> latestCoveragePct;
  std::optional<double> coverageChangePp; //!< latest minus previous annex, percentage points
  std::optional<double> installsPerDay;   //!< least-squares slope of installs over days
  std::optional<QDate> projectedTargetDate;
  std::optional<QDate> targetReachedOn; //!< first annex date with coverage >= target
  Trend trend = Trend::Unknown;
};

class AcvCampaignProgress
{
public:
  /**
   * The progress of one locality from its observations (any order; one per date). \a targetPct
   * is the campaign's target; the below-target rule is AcvMetrics::isBelowTarget().
   */
  static AcvLocalityProgress compute( QVector<AcvHistoryObservation> observations, double targetPct );

  /**
   * The least-squares slope of \a values over \a days (days since any origin). std::nullopt with
   * fewer than two distinct days. Computed about the means: days since 1970 squared lose the
   * digits a naive sum of squares needs.
   */
  static std::optional<double> slope( const QVector<double> &days, const QVector<double> &values );

  /**
   * \a from plus ceil( \a gap ÷ \a ratePerDay ) days; std::nullopt for a rate that is not
   * positive, or for a date beyond what a calendar of this campaign can mean (1000 years).
   */
  static std::optional<QDate> projectedDate( const QDate &from, double gap, double ratePerDay );

  //! The trend as stored in the layer: "backwards", "stuck", "steady", "rising", or empty.
  static QString trendKey( AcvLocalityProgress::Trend trend );
};

//! The area's figures on one statistics date: sums over the localities that have them.
struct AcvCampaignPoint
{
  QDate date;
  double installs = 0;
  double smartphones = 0;
  int localities = 0; //!< localities with both installs and smartphone users on that date
  std::optional<double> coveragePct() const;
};

/**
 * The campaign in one place, for the report, the join report and the dock: the dates, the
 * area's coverage on each, and each locality's progress (by boundary key).
 */
struct AcvCampaignSummary
{
  QVector<QDate> dates;
  QVector<AcvCampaignPoint> points;
  QStringList keys;  //!< boundary keys, in the layer's order
  QStringList names; //!< their display names
  QVector<AcvLocalityProgress> progress;
  double targetPct = AcvMetrics::kDefaultTargetPct;
  bool isSet() const { return dates.size() > 1; }

  /**
   * The area's figures per date from the observations of every locality: a date's point sums
   * only the localities that have both installs and smartphone users on that date.
   */
  static QVector<AcvCampaignPoint> pointsOf( const QHash<QString, QVector<AcvHistoryObservation>> &byKey );
};

#endif // ACVCAMPAIGNPROGRESS_H
