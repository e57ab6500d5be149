/***************************************************************************
  acvstatisticstable.h - a statistics annex read into per-locality records
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVSTATISTICSTABLE_H
#define ACVSTATISTICSTABLE_H

#include "acvadminlevel.h"
#include "acvcolumndetector.h"
#include "acvmessage.h"
#include "acvnumberparser.h"
#include "acvprogress.h"
#include "acvtablereader.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

//! What to read from a statistics file. Empty column names are detected from the header.
struct AcvStatisticsOptions
{
  QString path;
  QString sheet;
  QString keyColumn;
  //! The column naming each row's parent unit (the district of a commune); detected when empty, none when "none".
  QString parentColumn;
  QString installsColumn;
  QString smartphonesColumn;
  QString populationColumn;
  AcvNumberConvention convention = AcvNumberConvention::Auto;
  //! Asked every few hundred rows whether to stop, and told how far the reading is (may be null).
  AcvProgress *progress = nullptr;
  //! Look for the key among code columns ("Mã xã") before name columns: the caller matches by code.
  bool preferCodeKey = false;
  //! A total row that disagrees with the sum of its rows is an error, not a warning.
  bool strict = false;
};

//! One locality's figures; a missing figure is std::nullopt, never 0.
struct AcvStatisticsRecord
{
  int row = 0; //!< row number in the source
  QString key; //!< as written
  //! The unit the locality belongs to, as written (its district or province); empty when unknown.
  QString parent;
  //! The row's code from a code column beside a name key ("Mã tỉnh"); empty when none.
  QString code;
  std::optional<double> installs;
  std::optional<double> smartphones;
  std::optional<double> population;
};

//! A total row of the annex whose figure is not the sum of its rows.
struct AcvTotalMismatch
{
  enum class Figure
  {
    Installs,
    Smartphones,
    Population,
  };
  int row = 0;   //!< the total row's number in the source
  QString label; //!< "Tổng cộng", as written
  Figure figure = Figure::Installs;
  double stated = 0; //!< the total as the annex states it (in persons)
  double sum = 0;    //!< the sum of the rows it totals
  int rows = 0;      //!< how many locality rows those are
};

//! A row that is not a locality and why it was passed over.
struct AcvSkippedRow
{
  int row = 0;
  QString reason; //!< "blank", "total", "subtotal", "footnote", "column numbers", "section heading"
  QString text;   //!< the row's non-empty cells, joined with " | "
};

//! A column chosen for a role.
struct AcvColumnBinding
{
  int index = -1;
  QString header;
  bool detected = false; //!< found from header words rather than named by the user
  bool isSet() const { return index >= 0; }
};

//! Where the rows' parents came from.
struct AcvParentReading
{
  enum class Source
  {
    None,     //!< no parent: the annex has no parent column and no parent rows
    Column,   //!< a column of its own (AcvStatisticsTable::parentColumn())
    Headings, //!< rows of a higher tier heading the rows below them ("Huyện Chư Sê", then its communes)
  };
  Source source = Source::None;
  int mergedRows = 0;     //!< rows whose parent cell is part of a merged cell, read from its top
  int filledDownRows = 0; //!< rows whose empty parent cell took the one above (a merged cell saved as CSV)
  int headingRows = 0;    //!< rows of the higher tier taken as headings (Source::Headings)
  int parents = 0;        //!< distinct parents
};

//! How a figure column's cells were read, for the user to check before trusting a figure.
struct AcvColumnReading
{
  //! The convention of its typed-text cells (numeric workbook cells are exact whatever it is).
  AcvNumberConvention convention = AcvNumberConvention::Vietnamese;
  //! Why: "requested", "this column" ("9,19" in row 7), "the sheet" (another column's cell) or "default".
  QString conventionReason;
  double scale = 1.0;   //!< the header's unit: 1000 for "(nghìn người)"
  QString unit;         //!< the unit words as the header writes them, empty when none
  int numericCells = 0; //!< cells the workbook stores as numbers
  int textCells = 0;    //!< cells typed as text, read by the convention
};

/**
 * Reads a statistics annex: finds the header below any title rows (merging a two-row header
 * with merged parent cells), binds the key and figure columns, skips total, blank, footnote and
 * column-number rows, and reads every figure with the column's number convention.
 * Every error names the file, the row and the column.
 */
class AcvStatisticsTable
{
public:
  bool load( const AcvStatisticsOptions &options, QString &error );

  const QVector<AcvStatisticsRecord> &records() const { return mRecords; }
  //! Each record's key as written, in record order: the statistics side of a match.
  QStringList keys() const;
  const QVector<AcvSkippedRow> &skippedRows() const { return mSkipped; }
  const QStringList &headers() const { return mHeaders; }
  QVector<int> headerRows() const { return mHeaderRows; }
  const AcvColumnBinding &keyColumn() const { return mKey; }
  //! The parent column, when the annex has one (see parentReading()).
  const AcvColumnBinding &parentColumn() const { return mParent; }
  const AcvParentReading &parentReading() const { return mParentReading; }
  //! A code column beside a name key ("Mã tỉnh" beside "Tỉnh, thành phố"), when the annex has one.
  const AcvColumnBinding &codeColumn() const { return mCode; }
  //! Each record's parent as written, in record order; empty when the annex has no parents.
  QStringList parents() const;
  //! "column B ('Huyện') [detected], 12 rows from merged cells; 17 districts" for the command.
  QString describeParents() const;
  //! The tier the localities are at, from their type words (or the key column's header).
  const AcvLevelReading &level() const { return mLevel; }
  //! The records' keys normalized once (AcvNameMatcher::normalizeAll()), in record order.
  const QVector<AcvNormalizedName> &normalizedKeys() const { return mNormalizedKeys; }
  //! Frees the normalized keys once the join no longer needs them (a national annex's are megabytes).
  void releaseNormalizedKeys() { mNormalizedKeys = QVector<AcvNormalizedName>(); }
  const AcvColumnBinding &installsColumn() const { return mInstalls; }
  const AcvColumnBinding &smartphonesColumn() const { return mSmartphones; }
  const AcvColumnBinding &populationColumn() const { return mPopulation; }
  //! The convention each figure column was read with, for the report.
  AcvNumberConvention installsConvention() const { return mInstallsReading.convention; }
  //! How the installs, smartphones and population columns were read (only set roles are meaningful).
  const AcvColumnReading &installsReading() const { return mInstallsReading; }
  const AcvColumnReading &smartphonesReading() const { return mSmartphonesReading; }
  const AcvColumnReading &populationReading() const { return mPopulationReading; }
  //! "read the Vietnamese way (evidence: …); × 1 000 (nghìn người)": what the command prints.
  QString describeReading( const AcvColumnReading &reading ) const;
  const QStringList &warnings() const { return mWarnings; }
  //! The same warnings, each with the file, sheet, row and column it is about.
  const AcvMessages &warningMessages() const { return mWarningMessages; }
  //! Where the last load() error is, when it is about a cell (its text is the whole error).
  const AcvMessage &errorMessage() const { return mErrorMessage; }
  //! A message about the cell at source \a row and \a column (-1: the row only; row 0: the file).
  AcvMessage messageAt( AcvMessage::Level level, int row, int column, const QString &text ) const;
  //! The warnings where a total row of the annex disagrees with the sum of its rows (also in warnings()).
  const QStringList &totalMismatches() const { return mTotalMismatches; }
  //! The same disagreements as figures, for the report page's note in its own language.
  const QVector<AcvTotalMismatch> &totalMismatchDetails() const { return mTotalMismatchDetails; }
  /**
   * A cell read as its column would read it: a numeric workbook cell exactly, a text cell by
   * \a reading's convention; then scaled by the column's unit. For previews: no range checks.
   */
  AcvParsedNumber readCell( int rowIndex, int column, const AcvColumnReading &reading ) const;
  const AcvRawTable &raw() const { return mRaw; }
  /**
   * Frees the cells of the locality rows, once the records are read: at national scale they
   * are a tenth of a run's memory. The rows above the header (the title, which may state the
   * statistics date) stay; cell references keep working, cells of locality rows read empty.
   */
  void releaseDataCells();
  //! True when the key column's header names a code ("Mã huyện") rather than a name.
  bool keyIsCode() const;

  /**
   * Replaces the records by the units the annex was re-mapped into (AcvUnitRemap::unitRecords():
   * a crosswalk's new units, or a column's values): the key detection, the join, the layer and
   * the report then see the units. Their rows are 0 (a unit is no row of the file), they have no
   * parents, their level is \a level, and \a keysAreCodes tells the matcher what their keys are.
   * The header, the readings and the warnings stay: they are about the annex as it was read.
   */
  void replaceRecords( const QVector<AcvStatisticsRecord> &records, const AcvLevelReading &level, bool keysAreCodes );
  //! True once replaceRecords() was called.
  bool isRemapped() const { return mKeysAreCodes.has_value(); }

  //! "file.csv, row 7, column E ('Số lượt cài đặt')" or with the sheet for spreadsheets.
  QString cellReference( int row, int column ) const;
  QString columnLabel( int column ) const;
  //! "column E ('Số lượt cài đặt')" for a column of \a raw under \a headers: any table read for its columns.
  static QString columnLabel( const AcvRawTable &raw, const QStringList &headers, int column );

private:
  bool findHeader( const QStringList &requestedHeaders, QString &error );
  bool bindColumns( const AcvStatisticsOptions &options, QString &error );
  bool bindColumn( const QString &requested, AcvColumnRole role, bool required, AcvColumnBinding &binding, QString &error );
  //! Of two locality columns, tells which is the key and which its parent; false when unsure.
  bool splitKeyAndParent( const QVector<int> &candidates, int &key, int &parent ) const;
  //! The tier of a locality column: from its header, else from its first values' type words.
  AcvAdminLevel columnLevel( int column ) const;
  //! Sets each record's parent from the parent column, its merged cells, or the cells above.
  void readParents();
  //! Takes rows of a tier above the rest ("Huyện Chư Sê" among communes) as their headings.
  void separateHeadings();
  bool mPreferCodeKey = false;
  //! \a text placed at a cell, kept as the load's error message; returns it as printed.
  QString placed( int row, int column, const QString &text ) const;
  void addWarning( const AcvMessage &message );
  //! The first few of \a rows, then "N more …" (\a more, with %1 for N).
  void appendCapped( const AcvMessages &rows, const QString &more );
  //! Refuses a locality name that cannot be a name: control characters, too long, no letters.
  bool checkKey( int rowIndex, QString &error ) const;
  bool readRecords( AcvNumberConvention convention, bool strict, QString &error );
  QString classifySkippedRow( const QStringList &row ) const;
  bool readFigure( int rowIndex, const AcvColumnBinding &column, const AcvColumnReading &reading,
                   std::optional<double> &value, QString &error ) const;
  bool decideReading( const AcvColumnBinding &column, AcvNumberConvention requested, const QVector<int> &rows,
                      AcvColumnReading &reading, QString &error );
  //! The convention the typed numbers of the other columns agree on (Auto when none or both).
  AcvNumberConvention sheetConvention( const QVector<int> &rows, QString &evidence );
  //! Warns about fractional counts, and compares each total row with the sum of its rows.
  bool checkFigures( bool strict, QString &error );
  //! Warns about rows whose own rate column ("Tỷ lệ/ĐTTM") disagrees with their figures.
  void checkStatedRates();
  QString cell( int rowIndex, int column ) const;

  AcvRawTable mRaw;
  QStringList mHeaders;
  QVector<int> mHeaderRows; //!< source row numbers of the header block
  int mFirstDataIndex = 0;  //!< index into mRaw.rows
  AcvColumnBinding mKey;
  AcvColumnBinding mParent;
  AcvColumnBinding mCode;
  bool mNoParents = false;           //!< parentColumn "none": rows are matched by their names alone
  std::optional<bool> mKeysAreCodes; //!< set by replaceRecords()
  AcvParentReading mParentReading;
  AcvLevelReading mLevel;
  QVector<AcvNormalizedName> mNormalizedKeys;
  AcvColumnBinding mInstalls;
  AcvColumnBinding mSmartphones;
  AcvColumnBinding mPopulation;
  AcvColumnReading mInstallsReading;
  AcvColumnReading mSmartphonesReading;
  AcvColumnReading mPopulationReading;
  bool mSheetConventionKnown = false;
  AcvNumberConvention mSheetConvention = AcvNumberConvention::Auto;
  QString mSheetEvidence;
  QVector<AcvStatisticsRecord> mRecords;
  QVector<int> mRecordRowIndices; //!< index into mRaw.rows of each record
  QVector<int> mTotalRowIndices;  //!< index into mRaw.rows of each total row
  QSet<int> mHeadingRowIndices;   //!< the total rows that head their rows (a district above its communes)
  QVector<AcvSkippedRow> mSkipped;
  QStringList mWarnings;
  AcvMessages mWarningMessages;
  mutable AcvMessage mErrorMessage;
  QStringList mTotalMismatches;
  QVector<AcvTotalMismatch> mTotalMismatchDetails;
};

#endif // ACVSTATISTICSTABLE_H
