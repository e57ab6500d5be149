/***************************************************************************
  acvcoveragejoin.h - pairs boundaries with statistics rows and computes metrics
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGEJOIN_H
#define ACVCOVERAGEJOIN_H

#include "acvmetrics.h"
#include "acvnamematcher.h"
#include "acvstatisticstable.h"

#include <QHash>
#include <QStringList>
#include <QVector>

//! What to join: boundary keys in feature order, and a loaded statistics table.
struct AcvCoverageJoinOptions
{
  QStringList boundaryKeys;
  QHash<QString, QString> mapping;
  AcvNameMatcher::KeyMode keyMode = AcvNameMatcher::KeyMode::Name;
  double targetPct = AcvMetrics::kDefaultTargetPct;
  //! The statistics keys normalized beforehand (AcvNameMatcher::normalizeAll), or empty.
  QVector<AcvNormalizedName> statisticsNames;
  //! The parent of each boundary (and, from the table, of each row); empty: names alone.
  QStringList boundaryParents;
  //! Asked whether to stop while unmatched names are scored (may be null).
  const AcvProgress *progress = nullptr;
};

struct AcvCoverageJoinResult
{
  AcvMatchResult match;
  QVector<int> statisticsForBoundary;          //!< record index per boundary, -1 when unmatched
  QVector<AcvFigures> boundaryFigures;         //!< per boundary; empty figures when unmatched
  QVector<AcvLocalityMetrics> boundaryMetrics; //!< per boundary; ranks among matched boundaries
  AcvTotals totals;                            //!< over the matched localities
  QStringList warnings;
};

/**
 * The domain step shared by the command, the plugin and the tests: match, then compute metrics.
 * Statistics rows that name one locality twice are an error (which figures would be right?).
 */
class AcvCoverageJoin
{
public:
  static bool run( const AcvCoverageJoinOptions &options, const AcvStatisticsTable &table,
                   AcvCoverageJoinResult &result, QString &error );
};

#endif // ACVCOVERAGEJOIN_H
