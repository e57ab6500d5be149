/***************************************************************************
  acvcolumnchoices.h - the statistics columns offered in the dialog
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOLUMNCHOICES_H
#define ACVCOLUMNCHOICES_H

#include <QString>
#include <QStringList>

class AcvStatisticsTable;

/**
 * The columns of a loaded statistics table as the dialog lists them ("E – Số lượt cài đặt"),
 * with the column detected for each role, and the value the job's options take for a choice:
 * the column letter, which names one column even when two headers read alike.
 */
struct AcvColumnChoices
{
  QStringList labels; //!< one per column, in column order
  int key = -1;
  int installs = -1;
  int smartphones = -1;
  int population = -1;

  static AcvColumnChoices fromTable( const AcvStatisticsTable &table );
  //! The options' value for column \a index; empty (detect) for -1.
  static QString optionValue( int index );
  //! A short description of the detected header and columns for the preview.
  static QString summary( const AcvStatisticsTable &table );
  /**
   * How the installs, smartphone-user and population columns were read, one line each: the
   * number convention of typed text and why, the numeric cells, the unit's scaling.
   */
  static QString readingSummary( const AcvStatisticsTable &table );
  /**
   * The preview's text for column \a column of record \a record: the cell as written and, for a
   * bound figure column, the figure as it will be used ("139.267 → 139 267"), so a misreading
   * by a thousand shows at a glance. Grouped with narrow spaces, which no convention reads otherwise.
   */
  static QString previewCell( const AcvStatisticsTable &table, int record, int column );
  //! 139267 -> "139 267" (narrow no-break spaces); decimals only where the value has them.
  static QString unambiguousNumber( double value );
};

#endif // ACVCOLUMNCHOICES_H
