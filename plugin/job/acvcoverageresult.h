/***************************************************************************
  acvcoverageresult.h - what a coverage job run tells its caller
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGERESULT_H
#define ACVCOVERAGERESULT_H

#include "acvmessage.h"
#include "acvmetrics.h"
#include "acvreportcontent.h"
#include "acvstatisticstable.h"

#include <QDate>
#include <QStringList>

//! How the annex's rows and the boundaries paired.
struct AcvJoinSummary
{
  QString keyField;                //!< the boundary field the rows were paired on
  bool byCode = false;             //!< paired by code rather than by name
  int boundaries = 0;              //!< features of the boundary layer
  int rows = 0;                    //!< locality rows of the annex
  int matched = 0;                 //!< pairs made
  QStringList unmatchedBoundaries; //!< boundary keys with no row
  QStringList unmatchedRows;       //!< annex keys with no boundary, as written
  AcvTotals totals;                //!< over the matched localities
};

/**
 * The outcome of AcvCoverageRun: success, the messages in the order they arose (facts,
 * warnings and, on failure, the error last), the files written and the join. Callers show
 * these; none parses a printed line.
 */
struct AcvCoverageResult
{
  bool ok = false;
  bool canceled = false; //!< stopped by the feedback (or a signal); nothing was written
  AcvMessages messages;
  QStringList outputs; //!< every file written, absolute, once the run has committed them
  AcvJoinSummary join;
  QDate statisticsDate; //!< the options' or the annex's own (invalid when unknown)
  //! The annex's total rows that disagree with its localities (also among the warnings).
  QVector<AcvTotalMismatch> totalMismatches;
  AcvReportRemap remap; //!< how the annex's rows were summed into the mapped units

  //! The error that ended a failed run (a default message when none is set).
  AcvMessage error() const
  {
    for ( auto it = messages.crbegin(); it != messages.crend(); ++it )
    {
      if ( it->level == AcvMessage::Level::Error )
        return *it;
    }
    return AcvMessage::error( ok ? QString() : QStringLiteral( "the job failed" ) );
  }
  AcvMessages warnings() const
  {
    AcvMessages found;
    for ( const AcvMessage &message : messages )
    {
      if ( message.level == AcvMessage::Level::Warning )
        found.append( message );
    }
    return found;
  }
};

#endif // ACVCOVERAGERESULT_H
