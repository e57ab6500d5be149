/***************************************************************************
  acvremapchoice.h - the dialog's and the algorithms' choice of re-mapping the annex's units
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVREMAPCHOICE_H
#define ACVREMAPCHOICE_H

#include <QString>

struct AcvCoverageJobOptions;

/**
 * How the annex's rows are summed into other units before the join, as the analyst chose it in
 * the dialog or in Processing: by a crosswalk (old units -> new units), its split units
 * optionally apportioned by area, or by one of the annex's columns (communes -> districts).
 * Checked here, in words that name no command-line option, before the job is asked.
 */
struct AcvRemapChoice
{
  QString crosswalk;      //!< empty: no crosswalk
  QString crosswalkSheet; //!< empty: the first sheet with a table
  bool byArea = false;    //!< apportion split units without shares by area of overlap
  QString oldBoundaries;  //!< the old units' boundaries, for byArea
  QString oldBoundaryLayer;
  QString aggregateBy; //!< the annex column (letter) to sum the rows by; empty: none

  bool isSet() const { return !crosswalk.isEmpty() || !aggregateBy.isEmpty(); }

  /**
   * Fills the re-mapping fields of \a options. False with \a error, leaving \a options as they
   * were, when the choice contradicts itself: a crosswalk and a column both, or apportioning by
   * area without a crosswalk or without the old boundaries.
   */
  bool apply( AcvCoverageJobOptions &options, QString &error ) const;
};

#endif // ACVREMAPCHOICE_H
