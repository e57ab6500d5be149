/***************************************************************************
  acvsheetsuggestion.h - the sheet of a workbook that holds the annex's table
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVSHEETSUGGESTION_H
#define ACVSHEETSUGGESTION_H

#include <QString>
#include <QStringList>

/**
 * Workbooks often carry a cover or notes sheet beside the data. When the chosen sheet has no
 * table, the dialog names the one that has: the first other sheet where the statistics reader
 * finds a header and locality rows, read exactly as a run would read it.
 */
class AcvSheetSuggestion
{
public:
  //! The first sheet of \a sheets other than \a rejected that reads as a statistics table; empty when none.
  static QString sheetWithData( const QString &path, const QStringList &sheets, const QString &rejected );
};

#endif // ACVSHEETSUGGESTION_H
