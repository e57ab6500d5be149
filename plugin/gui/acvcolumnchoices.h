/***************************************************************************
  acvcolumnchoices.h - the statistics columns offered in the dialog
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
};

#endif // ACVCOLUMNCHOICES_H
