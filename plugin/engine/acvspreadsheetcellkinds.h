/***************************************************************************
  acvspreadsheetcellkinds.h - whether each workbook cell holds a number or text
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVSPREADSHEETCELLKINDS_H
#define ACVSPREADSHEETCELLKINDS_H

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

//! A merged cell of a sheet: only its top-left cell holds the value.
struct AcvMergedCells
{
  int firstRow = 0; //!< sheet row numbers, 1-based
  int lastRow = 0;
  int firstColumn = 0; //!< 0-based
  int lastColumn = 0;
};

//! What a workbook cell holds, as the workbook itself says (not as its text looks).
enum class AcvCellKind : char
{
  Text = 0,    //!< typed text (or a CSV cell): "139.267" is read by the column's number convention
  Number = 1,  //!< a numeric cell: its text is the exact value in machine format ("139267", "0.2348")
  Percent = 2, //!< a numeric cell formatted as a percentage: its value is a fraction (0.2348 = 23,48 %)
};

/**
 * The kind of every cell of one sheet, by sheet row number (1-based) and column (0-based).
 *
 * Why not GDAL alone: GDAL's XLSX, ODS and XLS drivers type a field per column, never per cell,
 * and an annex's title and header rows make every column a text field. There a numeric cell
 * holding 139.267 (thousands) and a text cell typed "139.267" (139 267 persons) reach us as the
 * same string. The cell's own type survives only in the workbook: the `t` attribute and number
 * format of an XLSX cell, the `office:value-type` of an ODS cell, the record type of an XLS cell.
 * The values still come from GDAL's drivers (AcvTableReader); this reads only the types: through
 * GDAL's zip reader (/vsizip/) and Qt's streaming XML reader for XLSX and ODS, and through FreeXL
 * (the library GDAL's XLS driver is built on) for XLS. No Debian library reads both XLSX and ODS
 * with per-cell types: liborcus 0.17 loses the inline strings openpyxl and many exporters write.
 */
class AcvSpreadsheetCellKinds
{
public:
  /**
   * Reads the kinds of \a sheet (a sheet name as GDAL reports it) in its first \a columns
   * columns (the fields GDAL read: no more memory than GDAL's own cells take). Returns false
   * with \a error set.
   */
  bool read( const QString &path, const QString &sheet, int columns, QString &error );

  //! The kind of a cell; Text for cells the workbook does not list.
  AcvCellKind kind( int sheetRow, int column ) const
  {
    const auto it = mRows.constFind( sheetRow );
    if ( it == mRows.cend() || column < 0 || column >= it->size() )
      return AcvCellKind::Text;
    return static_cast<AcvCellKind>( it->at( column ) );
  }

  //! One byte per column (an AcvCellKind) for \a sheetRow; empty when the row has no numeric cell.
  QByteArray rowKinds( int sheetRow ) const { return mRows.value( sheetRow ); }
  //! The sheet's merged cells (XLSX <mergeCell>, ODS number-rows/columns-spanned), read in the same pass.
  const QVector<AcvMergedCells> &merges() const { return mMerges; }

private:
  bool readXlsx( const QString &path, const QString &sheet, QString &error );
  bool readOds( const QString &path, const QString &sheet, QString &error );
  bool readXls( const QString &path, const QString &sheet, QString &error );
  void set( int sheetRow, int column, AcvCellKind kind );

  QHash<int, QByteArray> mRows;
  QVector<AcvMergedCells> mMerges;
  int mColumns = 0;
};

#endif // ACVSPREADSHEETCELLKINDS_H
