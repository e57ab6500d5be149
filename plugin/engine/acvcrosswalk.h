/***************************************************************************
  acvcrosswalk.h - a table of old administrative units and the new units they became
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCROSSWALK_H
#define ACVCROSSWALK_H

#include "acvmessage.h"
#include "acvtablereader.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

//! The columns a crosswalk is read from; empty names are detected from the header.
struct AcvCrosswalkOptions
{
  QString path;
  QString sheet;
  //! Columns by role, named as on the command line ("old-code" -> "Mã xã cũ"); see AcvCrosswalk::roleNames().
  QHash<QString, QString> columns;
};

//! A unit on one side of the crosswalk: its code and/or name, and its parent on the old side.
struct AcvCrosswalkUnit
{
  QString code;   //!< as written, empty when the crosswalk has no code column on this side
  QString name;   //!< as written, empty when the crosswalk has no name column on this side
  QString parent; //!< the unit above it (an old commune's district), empty when unknown
  int firstRow = 0;
  //! "Xã Canh Liên (Huyện Vân Canh)", or the code when there is no name.
  QString label() const;
};

//! One row of the crosswalk: all of an old unit, or part of it, became part of a new unit.
struct AcvCrosswalkLink
{
  int row = 0; //!< the row in the crosswalk file
  int oldUnit = -1;
  int newUnit = -1;
  bool partial = false;        //!< the old unit was split between several new units
  std::optional<double> share; //!< the part of the old unit's counts this link carries, 0..1
};

/**
 * A crosswalk table (CSV, XLSX, ODS): one row per link from an old unit to a new unit, as
 * published after a reform ("Xã Ân Nghĩa → Xã An Hòa, một phần").
 *
 * Columns are found from header words: the side from "old/cũ/trước" and "new/mới/sau", the kind
 * from "code/mã" or "name/tên" (or a bare tier word, "old_commune"), the tier from "tỉnh/province",
 * "huyện/district", "xã/commune/ward". Each side's unit is its lowest tier; on the old side the
 * tier above it is the parent, which tells repeated names apart as it does in an annex. "link"
 * (full/partial, toàn bộ/một phần) and "share" (0,4 or 40 %) are optional: an old unit that
 * appears in several rows is split whatever the link column says.
 *
 * A new unit merged down its old units' rows, or written once above them, counts for each.
 * Refused, naming the rows: a row without an old or a new unit, the same link twice, a unit
 * marked full that also goes elsewhere, shares outside 0..1, and a split unit whose shares
 * are given for some links only or do not add up to 1.
 */
class AcvCrosswalk
{
public:
  //! The roles a column can be named for: old-code, old-name, old-parent, new-code, new-name, link, share.
  static QStringList roleNames();

  bool load( const AcvCrosswalkOptions &options, QString &error );

  const QString &path() const { return mRaw.path; }
  const QVector<AcvCrosswalkUnit> &oldUnits() const { return mOldUnits; }
  const QVector<AcvCrosswalkUnit> &newUnits() const { return mNewUnits; }
  const QVector<AcvCrosswalkLink> &links() const { return mLinks; }
  //! The links of each old unit, in row order.
  const QVector<QVector<int>> &linksOfOld() const { return mLinksOfOld; }
  //! The links of each new unit, in row order.
  const QVector<QVector<int>> &linksOfNew() const { return mLinksOfNew; }
  bool hasOldCodes() const { return mOldCode >= 0; }
  bool hasOldNames() const { return mOldName >= 0; }
  bool hasOldParents() const { return mOldParent >= 0; }
  bool hasNewCodes() const { return mNewCode >= 0; }
  bool hasNewNames() const { return mNewName >= 0; }
  //! The old units that were split (with more than one link), in order of first row.
  QVector<int> splitUnits() const;
  //! True when every link of every split unit carries a share.
  bool hasShares() const;
  //! "file.csv: 378 links, 373 old units → 135 new; columns old …; 4 split units (9 links), no shares".
  QString describe() const;
  //! "file.csv, row 7, column B ('old_commune')".
  QString cellReference( int row, int column = -1 ) const;

private:
  bool findHeader( QString &error );
  bool bindColumns( const AcvCrosswalkOptions &options, QString &error );
  /**
   * A new unit (or an old parent) merged down the rows of its old units counts for each of them
   * (XLSX mergeCell, ODS spans); in a CSV saved from such a sheet, an empty cell of a row that
   * names an old unit takes the one above it, until a blank row.
   */
  void fillMergedCells();
  bool readLinks( QString &error );
  bool checkSplits( QString &error );
  QString columnLabel( int column ) const;

  AcvRawTable mRaw;
  int mHeaderIndex = -1;
  QStringList mHeaders;
  int mOldCode = -1;
  int mOldName = -1;
  int mOldParent = -1;
  int mNewCode = -1;
  int mNewName = -1;
  int mLink = -1;
  int mShare = -1;
  int mMergedCells = 0;
  int mFilledDownCells = 0;
  QVector<AcvCrosswalkUnit> mOldUnits;
  QVector<AcvCrosswalkUnit> mNewUnits;
  QVector<AcvCrosswalkLink> mLinks;
  QVector<QVector<int>> mLinksOfOld;
  QVector<QVector<int>> mLinksOfNew;
};

#endif // ACVCROSSWALK_H
