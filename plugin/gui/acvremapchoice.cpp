/***************************************************************************
  acvremapchoice.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvremapchoice.h"

#include "acvcoveragejoboptions.h"

#include <QCoreApplication>

bool AcvRemapChoice::apply( AcvCoverageJobOptions &options, QString &error ) const
{
  if ( !crosswalk.isEmpty() && !aggregateBy.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvRemapChoice", "A crosswalk and a column to sum the rows by both re-map the annex's units: choose one of them." );
    return false;
  }
  if ( byArea && crosswalk.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvRemapChoice", "Apportioning split units by area needs a crosswalk: choose the crosswalk table." );
    return false;
  }
  if ( byArea && oldBoundaries.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvRemapChoice", "Apportioning split units by area needs the old units' boundaries: choose their file." );
    return false;
  }
  options.crosswalk = crosswalk;
  options.crosswalkSheet = crosswalk.isEmpty() ? QString() : crosswalkSheet;
  options.partialBy = byArea ? QStringLiteral( "area" ) : QString();
  options.oldBoundaries = byArea ? oldBoundaries : QString();
  options.oldBoundaryLayer = byArea ? oldBoundaryLayer : QString();
  options.aggregateBy = aggregateBy;
  // The job reads the column the rows are summed by as their parent, unless a parent column is
  // named: the dialog always names the detected one, which would win over the analyst's choice.
  if ( !aggregateBy.isEmpty() )
    options.statsParent.clear();
  return true;
}
