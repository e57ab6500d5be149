/***************************************************************************
  acvstepfeedback.h - one step's share of a run's QgsFeedback
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVSTEPFEEDBACK_H
#define ACVSTEPFEEDBACK_H

#include <qgsfeedback.h>

/**
 * The feedback QGIS functions (atlas export, map rendering) are given for one step of a run:
 * their 0 to 100 moves the run's feedback from \a from to \a to, and a cancel of the run's
 * feedback cancels this one at once (also while QGIS is inside the step).
 */
class AcvStepFeedback : public QgsFeedback
{
  Q_OBJECT

public:
  AcvStepFeedback( QgsFeedback *parent, double from, double to )
  {
    if ( !parent )
      return;
    connect( parent, &QgsFeedback::canceled, this, &QgsFeedback::cancel, Qt::DirectConnection );
    connect(
        this, &QgsFeedback::progressChanged, parent, [parent, from, to]( double percent )
        { parent->setProgress( from + ( to - from ) * percent / 100.0 ); },
        Qt::DirectConnection );
    if ( parent->isCanceled() )
      cancel();
  }
};

#endif // ACVSTEPFEEDBACK_H
