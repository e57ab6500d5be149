/***************************************************************************
  acvjoinreport.h - the JSON join report, a contract for tests and other tools
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVJOINREPORT_H
#define ACVJOINREPORT_H

#include "acvcampaignprogress.h"
#include "acvcoveragejoin.h"
#include "acvunitremap.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

//! Everything the report describes; the pointers must outlive the call.
class AcvOutputTransaction;

struct AcvJoinReportContext
{
  QString boundaryPath;
  QString boundaryLayer;
  QString boundaryKeyField;
  QStringList boundaryKeys;
  const AcvStatisticsTable *table = nullptr;
  const AcvCoverageJoinResult *join = nullptr;
  //! How the annex's rows were summed into the joined units; null or unset when they were not.
  const AcvUnitRemap *remap = nullptr;
  //! The crosswalk of a Crosswalk remap, for the old units' names (may be null).
  const AcvCrosswalk *crosswalk = nullptr;
  double targetPct = 60.0;
  QStringList warnings; //!< besides the join's own (e.g. a shapefile without .prj)
  //! The campaign's dates and each boundary's progress; null (or unset) for a run of one annex.
  const AcvCampaignSummary *campaign = nullptr;
};

/**
 * Keys that tests and tools rely on: "matched" (list of {"boundary", "statistics", "how"}),
 * "unmatched_boundaries" and "unmatched_statistics" (names as written in the sources),
 * "suggestions", "skipped_rows", "totals". Further keys describe the inputs and warnings.
 * With a crosswalk or an aggregation, "remap" lists every annex row (its old unit, how it was
 * paired, its status: "used" or "withheld"), every unit with its sources and shares, and the
 * totals before and after ("annex" = "units" + "withheld"). A campaign adds "campaign": the
 * area's figures on every date of the history ("dates") and each boundary's progress.
 */
class AcvJoinReport
{
public:
  static QJsonObject toJson( const AcvJoinReportContext &context );

  //! Writes \a report atomically as indented UTF-8 JSON.
  static bool write( const QString &path, const QJsonObject &report, QString &error, AcvOutputTransaction *transaction = nullptr );
};

#endif // ACVJOINREPORT_H
