/***************************************************************************
  acvcoveragecampaign.h - the dated annexes of a run, and the history they join
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGECAMPAIGN_H
#define ACVCOVERAGECAMPAIGN_H

#include "acvcampaignprogress.h"
#include "acvcoveragehistory.h"
#include "acvcoveragejob.h"
#include "acvmessage.h"

#include <memory>
#include <vector>

class AcvOutputTransaction;
class AcvProgress;

/**
 * The campaign of one run: the first annex's job (matched already) and one job per further
 * annex (--stats repeated), each joined on its own against the same boundaries and key, each of
 * its own statistics date. update() adds them to the history (AcvCoverageHistory; without one,
 * the run's annexes are the history) and reads every date back: the progress of each boundary
 * comes from the whole history, whatever order the annexes arrived in.
 */
class AcvCoverageCampaign
{
public:
  //! \a first is the run's job: matched, its boundaries open.
  explicit AcvCoverageCampaign( AcvCoverageJob &first );

  /**
   * Loads and matches the further annexes, checks that every annex has a date and that the
   * dates differ. What each annex's loading finds is appended to \a messages.
   */
  bool loadAnnexes( AcvMessages &messages, QString &error, AcvProgress *progress = nullptr );

  //! The annex of the latest date: the one the map and the report show.
  AcvCoverageJob &latest();
  //! Every annex's job, oldest first.
  QVector<AcvCoverageJob *> jobs() const;

  /**
   * Writes the annexes into the history (begun inside \a transaction) and reads the whole
   * history back. \a names are the boundaries' display names (empty: the keys). Call before
   * the boundary features are handed over to the joined layer.
   */
  bool update( const QStringList &names, AcvOutputTransaction &transaction, AcvMessages &messages, QString &error );
  //! Each boundary's progress, in the boundaries' order (after update()).
  const QVector<AcvLocalityProgress> &progressPerBoundary() const { return mProgress; }
  //! The campaign for the report and the join report (after update()).
  AcvCampaignSummary summary() const { return mSummary; }

  //! The history being written (open between update() and commit()).
  const AcvCoverageHistory &history() const { return mHistory; }

  //! Commits the history (right before the run's outputs are committed).
  bool commit( QString &error );
  void rollback();

private:
  //! The history's rows for \a job's annex: one per matched boundary.
  QVector<AcvHistoryRow> rowsOf( const AcvCoverageJob &job, const QStringList &keys, const QStringList &names ) const;

  AcvCoverageJob &mFirst;
  std::vector<std::unique_ptr<AcvCoverageJob>> mMore;
  QVector<AcvCoverageJob *> mByDate;
  AcvCoverageHistory mHistory;
  QVector<AcvLocalityProgress> mProgress;
  AcvCampaignSummary mSummary;
};

#endif // ACVCOVERAGECAMPAIGN_H
