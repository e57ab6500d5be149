/***************************************************************************
  acvrunsummary.h - the one-line summaries of a run in the dialog, message bar and dock
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVRUNSUMMARY_H
#define ACVRUNSUMMARY_H

#include <QString>

/**
 * Localities without data are counted apart: "15 of 17 below target" would read as if the two
 * unmatched districts had been measured and met the target.
 */
class AcvRunSummary
{
public:
  //! "15 of 15 with data below target; 2 without data" (the second part only when some lack data).
  static QString coverage( int withData, int belowTarget, int withoutData );
  //! "2 annex rows and 2 boundaries are unmatched": statistics rows and boundaries counted apart.
  static QString unmatched( int statisticsRows, int boundaries );
};

#endif // ACVRUNSUMMARY_H
