/***************************************************************************
  acvtablereader.h - reads a CSV, XLSX or ODS sheet as a grid of text cells
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVTABLEREADER_H
#define ACVTABLEREADER_H

#include "acvlegacyencoding.h"
#include "acvprogress.h"
#include "acvspreadsheetcellkinds.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

//! Where the cells came from; it decides how numbers without a deciding cell are read.
enum class AcvTableSourceKind
{
  Csv,         //!< text typed by people: Vietnamese number style unless the column says otherwise
  Spreadsheet, //!< XLSX/ODS/XLS: numeric cells arrive in GDAL's plain machine format ("1234.5")
};

/**
 * A sheet as text cells, before any header is found. Rows keep the row numbers a person sees
 * in the source (line number for CSV, row number for spreadsheets) so messages can name them.
 */
struct AcvRawTable
{
  QString path;
  QString sheet; //!< the sheet read (spreadsheets), empty for CSV
  QStringList sheetNames;
  AcvTableSourceKind kind = AcvTableSourceKind::Csv;
  QChar delimiter; //!< CSV only
  QVector<QStringList> rows;
  QVector<int> rowNumbers; //!< 1-based, parallel to rows
  //! Spreadsheets: one AcvCellKind byte per column, parallel to rows; empty for a row of text only.
  QVector<QByteArray> kinds;
  //! Spreadsheets (XLSX, ODS): the merged cells of the sheet; empty for CSV and XLS.
  QVector<AcvMergedCells> merges;
  //! The legacy encoding the text was converted from (Utf8: it was Unicode already).
  AcvTextEncoding decodedFrom = AcvTextEncoding::Utf8;
  //! Why that encoding: how its words read (AcvLegacyDecision::evidence()).
  QString decodingEvidence;
  int columnCount() const;
  //! Whether the cell is a number or text as the workbook stores it (always Text in a CSV).
  AcvCellKind cellKind( int rowIndex, int column ) const
  {
    if ( rowIndex < 0 || rowIndex >= kinds.size() || column < 0 || column >= kinds.at( rowIndex ).size() )
      return AcvCellKind::Text;
    return static_cast<AcvCellKind>( kinds.at( rowIndex ).at( column ) );
  }
};

/**
 * Reads statistics annexes through GDAL/OGR: spreadsheets with the XLSX, ODS and XLS drivers, every
 * cell as text and no header guessing (the header is found later, below any title rows), each
 * cell's kind (number or text) from AcvSpreadsheetCellKinds; CSV
 * with GDAL's CSV tokenizer and a delimiter detected from the whole head of the file, because
 * OGR's CSV driver guesses the delimiter from the first line only, which in an annex is a title.
 */
class AcvTableReader
{
public:
  //! Reads \a sheet (first non-empty sheet when empty). Returns false with \a error set.
  static bool read( const QString &path, const QString &sheet, AcvRawTable &table, QString &error, AcvProgress *progress = nullptr );

  //! The file suffixes (lower case, no dot) a statistics table or a mapping file may have.
  static QStringList tableSuffixes();

  //! The sheet names of a spreadsheet; an empty list for CSV. Returns false with \a error set.
  static bool sheetNames( const QString &path, QStringList &names, QString &error );

  //! The most consistent of ',', ';', tab and '|' over the first lines of \a lines.
  static QChar detectDelimiter( const QStringList &lines );

  //! Spreadsheet column letter for a 0-based index: 0 -> "A", 27 -> "AB".
  static QString columnLetter( int index );

  //! "read as TCVN3 (ABC, the .VnTime fonts) and converted to Unicode: …"; empty when nothing was converted.
  static QString describeDecoding( const AcvRawTable &table );

private:
  static bool readCsv( const QString &path, AcvRawTable &table, QString &error, AcvProgress *progress );
  static bool readSpreadsheet( const QString &path, const QString &sheet, AcvRawTable &table, QString &error, AcvProgress *progress );
  /**
   * A CSV that is not UTF-8: converted to UTF-8 in place when one legacy encoding is certain
   * (AcvLegacyDetector), else refused naming the line and the encoding suspected.
   */
  static bool decodeLegacyCsv( const QString &path, QByteArray &bytes, const QVector<qint64> &lineStarts, AcvRawTable &table, QString &error );
  //! Text cells typed with a legacy font (read as Windows-1252), converted when certain, else refused naming the cell.
  static bool decodeLegacyCells( AcvRawTable &table, QString &error );
};

#endif // ACVTABLEREADER_H
