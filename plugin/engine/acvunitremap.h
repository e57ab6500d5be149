/***************************************************************************
  acvunitremap.h - an annex's rows summed into other units: a crosswalk's new ones, or a column's
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVUNITREMAP_H
#define ACVUNITREMAP_H

#include "acvadminlevel.h"
#include "acvcrosswalk.h"
#include "acvmetrics.h"
#include "acvnamematcher.h"
#include "acvstatisticstable.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

//! One annex row's part in a unit: all of it, or a share of a split old unit.
struct AcvRemapSource
{
  int record = -1;    //!< index into the annex's records
  int link = -1;      //!< the crosswalk link (-1 for an aggregation)
  double share = 1.0; //!< the part of the row's counts this unit receives
  AcvFigures figures; //!< what it contributes, after the share
};

//! A unit the figures were summed into.
struct AcvRemappedUnit
{
  QString code; //!< the crosswalk's new code, empty when it has none (and for an aggregation)
  QString name; //!< the new unit's name, or the aggregation column's value as first written
  QVector<AcvRemapSource> sources;
  AcvFigures figures; //!< the sums; a figure is missing when any source lacks it
  //! The crosswalk's old units of this unit that no annex row gave (labels): its sums would be short.
  QStringList missingOldUnits;
  bool complete() const { return missingOldUnits.isEmpty(); }
  QString label() const { return name.isEmpty() ? code : name; }
};

//! What became of one annex row.
struct AcvRemapRow
{
  enum class Status
  {
    Used,     //!< summed into its units
    Withheld, //!< its units are incomplete (another of their old units is not in the annex)
  };
  Status status = Status::Used;
  int oldUnit = -1; //!< the crosswalk's old unit (-1 for an aggregation)
  AcvMatchMethod method = AcvMatchMethod::Exact;
  QVector<int> units; //!< the units it went into
};

//! The counts of one side of the remap, each summed over the rows that have it.
struct AcvRemapTotals
{
  double installs = 0;
  double smartphones = 0;
  double population = 0;
  bool operator==( const AcvRemapTotals &other ) const;
};

/**
 * An annex summed into other units: the new units of a crosswalk (the old units matched by code
 * or by name within their parents, as boundaries are), or the values of one of its columns
 * (communes summed into their districts). Counts are summed, never rates: coverage is computed
 * from the sums afterwards.
 *
 * A split old unit gives each new unit its share of each count, as whole persons: the count is
 * divided by the largest remainder, so the parts add up to the row exactly and the totals are
 * conserved to the person. A new unit some of whose old units are not in the annex gets no
 * figures (its sums would be short); its rows are withheld and listed, never silently dropped.
 */
class AcvUnitRemap
{
public:
  enum class Kind
  {
    None,
    Crosswalk,
    Aggregation,
  };

  Kind kind() const { return mKind; }
  bool isSet() const { return mKind != Kind::None; }
  const QVector<AcvRemappedUnit> &units() const { return mUnits; }
  //! Per annex record, what became of it.
  const QVector<AcvRemapRow> &rows() const { return mRows; }
  //! The crosswalk's old units no annex row gave, in crosswalk order (their new units may be withheld).
  const QVector<int> &oldUnitsWithoutRows() const { return mOldUnitsWithoutRows; }
  //! The annex's records before the remap (the table's own are the units afterwards).
  const QVector<AcvStatisticsRecord> &sourceRecords() const { return mSourceRecords; }
  /**
   * The conservation check, per count: the annex's rows add up to the units' sums plus what was
   * withheld from units left without that figure (incomplete, or a source lacking it).
   */
  const AcvRemapTotals &annexTotals() const { return mAnnexTotals; }
  const AcvRemapTotals &unitTotals() const { return mUnitTotals; }
  const AcvRemapTotals &withheldTotals() const { return mWithheldTotals; }
  //! What the figures were re-mapped by: the crosswalk's file name, or the column's header.
  const QString &source() const { return mSource; }
  //! The tier of the units, read from their names.
  const AcvLevelReading &level() const { return mLevel; }
  //! Warnings for the join report: incomplete units, units with a missing figure.
  const QStringList &warnings() const { return mWarnings; }
  //! Facts worth a look that are no fault: rows paired by code whose names differ from the crosswalk's.
  const QStringList &notes() const { return mNotes; }

  /**
   * Sums \a table's rows into the crosswalk's new units. Annex rows are matched to the old units
   * by \a mode: by code (the key's, or the code column's beside a name key), or by name within the
   * old parents when both sides have them. \a shares, when not empty, gives per crosswalk link the share of a split unit
   * whose crosswalk has none (--partial-by area). False, naming every such row or unit, when a
   * row matches no old unit or several, when one old unit has several rows, or when a split
   * unit has no share.
   */
  bool crosswalk( const AcvStatisticsTable &table, const AcvCrosswalk &crosswalk, AcvNameMatcher::KeyMode mode,
                  const QHash<int, double> &shares, QString &error );

  /**
   * Sums \a table's rows by their parent (the column named by --aggregate-by, read with its
   * merged cells and fill-down): rows of one parent, however it is spelled, make one unit.
   * False, naming the rows, when a row has no parent.
   */
  bool aggregate( const AcvStatisticsTable &table, QString &error );

  //! The records the join pairs with boundaries: one per unit, keyed by code or by name.
  QVector<AcvStatisticsRecord> unitRecords( bool byCode ) const;

  //! "Crosswalk gia_lai_2025_crosswalk.csv: 373 rows → 135 units; installs 139 267 = 139 267, …".
  QString describe() const;

  /**
   * Splits \a value into whole parts proportional to \a shares (which add up to 1), by the
   * largest remainder, so the parts add up to \a value exactly; a value that is not whole is
   * simply multiplied.
   */
  static QVector<double> apportion( double value, const QVector<double> &shares );

private:
  //! Sums the sources of every unit and the three totals, and checks they agree.
  bool finish( QString &error );

  Kind mKind = Kind::None;
  QString mSource;
  QString mAnnexPath;
  QVector<AcvRemappedUnit> mUnits;
  QVector<AcvRemapRow> mRows;
  QVector<int> mOldUnitsWithoutRows;
  QVector<AcvStatisticsRecord> mSourceRecords;
  AcvRemapTotals mAnnexTotals;
  AcvRemapTotals mUnitTotals;
  AcvRemapTotals mWithheldTotals;
  AcvLevelReading mLevel;
  QStringList mWarnings;
  QStringList mNotes;
};

#endif // ACVUNITREMAP_H
