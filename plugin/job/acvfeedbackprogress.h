/***************************************************************************
  acvfeedbackprogress.h - a QgsFeedback as the engine's progress and cancel
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVFEEDBACKPROGRESS_H
#define ACVFEEDBACKPROGRESS_H

#include "acvoutputtransaction.h"
#include "acvprogress.h"

#include <qgsfeedback.h>

/**
 * Hands the caller's QgsFeedback (a task's, a Processing run's, or none) to the engine's loops.
 * The command's SIGTERM/SIGINT counts as a cancel too, so every loop stops the same way.
 */
class AcvFeedbackProgress : public AcvProgress
{
public:
  explicit AcvFeedbackProgress( QgsFeedback *feedback )
    : mFeedback( feedback )
  {
  }
  bool isCanceled() const override { return ( mFeedback && mFeedback->isCanceled() ) || AcvOutputTransaction::stopSignal() != 0; }
  void setProgress( double percent ) override
  {
    if ( mFeedback )
      mFeedback->setProgress( percent );
  }
  QgsFeedback *feedback() const { return mFeedback; }

private:
  QgsFeedback *mFeedback = nullptr;
};

#endif // ACVFEEDBACKPROGRESS_H
