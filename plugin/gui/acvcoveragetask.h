/***************************************************************************
  acvcoveragetask.h - the slow steps of the job as a cancellable QGIS task
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGETASK_H
#define ACVCOVERAGETASK_H

#include "acvmessage.h"

#include <qgsfeedback.h>
#include <qgstaskmanager.h>

#include <memory>

class AcvCoverageJob;

/**
 * Reading the statistics, matching and writing the joined layer, in QGIS's task manager with
 * progress and a cancel button. The job is shared with the dialog, which reads it only after
 * taskCompleted() (or taskTerminated(), with error() set), on the main thread.
 */
class AcvCoverageTask : public QgsTask
{
  Q_OBJECT

public:
  enum Step
  {
    LoadStatistics = 1, //!< read the statistics table only (the dialog's preview)
    Match = 2,          //!< read the table, open the boundaries, choose the key and match
    Write = 4,          //!< match again with the job's mapping and write the joined layer
  };

  AcvCoverageTask( const QString &description, std::shared_ptr<AcvCoverageJob> job, int steps, const QString &joinedPath = QString() );

  ~AcvCoverageTask() override;

  QString error() const { return mError; }
  //! The error with the cell it is about, when it is about one of the annex.
  AcvMessage errorMessage() const { return mErrorMessage.text.isEmpty() ? AcvMessage::error( mError ) : mErrorMessage; }
  //! Every fact and warning of the steps that ran, in order.
  const AcvMessages &messages() const { return mMessages; }
  //! Also stops the job inside its loops (reading, matching, writing).
  void cancel() override;
  QString log() const { return mLog; }
  QStringList warnings() const { return mWarnings; }
  std::shared_ptr<AcvCoverageJob> job() const { return mJob; }

protected:
  bool run() override;

private:
  std::shared_ptr<AcvCoverageJob> mJob;
  int mSteps = 0;
  QString mJoinedPath;
  QString mError;
  QString mLog;
  QStringList mWarnings;
  AcvMessages mMessages;
  AcvMessage mErrorMessage;
  std::unique_ptr<QgsFeedback> mFeedback;
};

#endif // ACVCOVERAGETASK_H
