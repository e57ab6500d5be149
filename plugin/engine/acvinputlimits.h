/***************************************************************************
  acvinputlimits.h - how large an input may be, checked before it is parsed
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVINPUTLIMITS_H
#define ACVINPUTLIMITS_H

#include <QString>

/**
 * Limits for inputs that would otherwise take unbounded time or memory: a workbook is a zip
 * whose sheets can inflate a thousandfold (a 2 MB "zip bomb" to 2 GiB), and parsers slow down
 * with the square of a line's length. Each check reads in bounded chunks and stops at the limit,
 * so a hostile file is refused in about a second and a few megabytes, before GDAL or the CSV
 * tokenizer sees it. Real annexes stay far below every limit (a national commune annex: about
 * 11 000 rows, 100 000 cells, 5 MB).
 */
class AcvInputLimits
{
public:
  //! Uncompressed size of all parts of an XLSX/ODS workbook together.
  static constexpr qint64 kMaxWorkbookBytes = 200LL * 1024 * 1024;
  //! Cells written in a workbook's sheets (XLSX <c>, ODS <table:table-cell>).
  static constexpr qint64 kMaxWorkbookCells = 2000000;
  //! Bytes in one line of a CSV file.
  static constexpr qint64 kMaxLineBytes = 1024 * 1024;
  //! Vertices of all boundaries of a layer together.
  static constexpr qint64 kMaxVertices = 20000000;

  /**
   * Checks the statistics or mapping file \a path against the limit of its kind: a workbook
   * (.xlsx, .xlsm, .ods) against kMaxWorkbookBytes and kMaxWorkbookCells, any other file
   * against kMaxLineBytes. On false, \a error names the file and the limit.
   */
  static bool checkTable( const QString &path, QString &error );

  static bool checkWorkbook( const QString &path, QString &error );
  static bool checkLineLength( const QString &path, QString &error );

  //! Refuses a layer of \a vertices vertices above kMaxVertices; \a path names it.
  static bool checkVertices( const QString &path, qint64 vertices, QString &error );
};

#endif // ACVINPUTLIMITS_H
