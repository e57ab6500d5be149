/***************************************************************************
  acvmetrics.h - coverage figures per locality and for the whole area
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVMETRICS_H
#define ACVMETRICS_H

#include <QString>
#include <QVector>

#include <optional>

//! A locality's input figures; std::nullopt where the annex has none.
struct AcvFigures
{
  std::optional<double> installs;
  std::optional<double> smartphones;
  std::optional<double> population;
};

/**
 * Derived figures. Each is std::nullopt (NULL in the layer) when an input is missing or a
 * denominator is zero: a locality without figures must not look like one at 0 %.
 */
struct AcvLocalityMetrics
{
  std::optional<double> coveragePct;   //!< installs / smartphone users × 100
  std::optional<double> populationPct; //!< installs / population × 100
  std::optional<qint64> gapInstalls;   //!< installs still needed to reach the target, 0 when met
  std::optional<bool> belowTarget;
  std::optional<int> rank;       //!< 1 = highest coverage_pct; ties share a rank (1, 2, 2, 4)
  bool coverageAbove100 = false; //!< more installs than smartphone users: flagged, not rejected
};

struct AcvTotals
{
  int localities = 0;
  int localitiesWithCoverage = 0;
  int belowTarget = 0;
  int coverageAbove100 = 0;
  double installs = 0;
  double smartphones = 0;
  double population = 0;
  std::optional<double> coveragePct;   //!< over localities that have both installs and smartphone users
  std::optional<double> populationPct; //!< over localities that have both installs and population
  std::optional<qint64> gapInstalls;   //!< installs the whole area still needs to reach the target
  qint64 sumOfLocalityGaps = 0;        //!< what the lagging localities need between them
};

class AcvMetrics
{
public:
  static constexpr double kDefaultTargetPct = 60.0;

  /**
   * The campaign's rule: a locality is below the target when its coverage is strictly less (at
   * exactly 60 % it has reached 60 %). The joined layer's below_target field, the style's band
   * and filters, the labels and the report all come from this function or the next.
   */
  static bool isBelowTarget( double coveragePct, double targetPct );
  //! The same rule as a QGIS expression on \a coverageField, for renderers and labels.
  static QString belowTargetExpression( const QString &coverageField, double targetPct );

  //! Whether \a targetPct is a usable target: a finite percentage from 0 to 100.
  static bool isValidTarget( double targetPct );

  //! Installs still needed for \a smartphones users to reach \a targetPct (0 when met).
  static qint64 gapInstalls( double installs, double smartphones, double targetPct );

  static QVector<AcvLocalityMetrics> compute( const QVector<AcvFigures> &figures, double targetPct );

  static AcvTotals totals( const QVector<AcvFigures> &figures, const QVector<AcvLocalityMetrics> &metrics, double targetPct );
};

#endif // ACVMETRICS_H
