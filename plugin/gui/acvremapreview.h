/***************************************************************************
  acvremapreview.h - the join review's account of old units summed into new ones
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVREMAPREVIEW_H
#define ACVREMAPREVIEW_H

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class AcvUnitRemap;

//! One annex row's part in a unit, as the review lists it.
struct AcvReviewSource
{
  int sourceRow = 0; //!< the row in the annex file
  QString name;      //!< the annex's key as written (a name, or a code)
  QString parent;    //!< as the annex writes it; empty without parents
  QString code;      //!< the row's code beside its name; empty when none
  double share = 1.0;
  std::optional<double> installs; //!< what the row gives the unit, after the share
  //! "Gia Lai (64)", "Xã Ân Nghĩa (Huyện Hoài Ân) 1/3": the share only when a part.
  QString label() const;
};

//! A unit the annex's rows were summed into: a crosswalk's new unit, or an aggregation column's value.
struct AcvReviewUnit
{
  QString code;
  QString name;
  QVector<AcvReviewSource> sources;
  QStringList missingOldUnits;    //!< the crosswalk's old units of it that no annex row gives
  std::optional<double> installs; //!< the sum; missing for an incomplete unit
  bool complete() const { return missingOldUnits.isEmpty(); }
  //! "Tỉnh Gia Lai (52)", or the name or the code alone.
  QString label() const;
};

/**
 * What the review shows of a re-mapped run (AcvUnitRemap): for each unit, the annex rows it was
 * summed from with their shares and installs, an incomplete unit flagged with the old units it
 * lacks, and the totals before and after, which must agree. The statistics rows of a re-mapped
 * review are these units, in the same order (AcvUnitRemap::unitRecords()). Desktop-free.
 */
class AcvRemapReview
{
public:
  AcvRemapReview() = default;
  explicit AcvRemapReview( const AcvUnitRemap &remap );

  bool isSet() const { return mSet; }
  const QVector<AcvReviewUnit> &units() const { return mUnits; }
  //! The unit that statistics row \a statisticsIndex is; nullptr when not re-mapped.
  const AcvReviewUnit *unit( int statisticsIndex ) const;

  //! "Bình Định (52) + Gia Lai (64) → Tỉnh Gia Lai (52)".
  QString fromText( int statisticsIndex ) const;
  //! "113 924 + 139 267 = 253 191", or "incomplete: …" for a unit left without figures.
  QString installsText( int statisticsIndex ) const;
  //! The annex rows of the unit: "38, 44".
  QString rowsText( int statisticsIndex ) const;
  //! One line per annex row with what it gives, then what is missing: the review's tooltip.
  QString details( int statisticsIndex ) const;
  //! "Crosswalk x.csv: 63 annex rows → 34 units; installs 16 581 676 → 16 581 676, …".
  const QString &totals() const { return mTotals; }
  //! The units left without figures because some of their old units are not in the annex.
  int incompleteCount() const;

  //! 1/3, 1/2, 2/5 for simple fractions; otherwise a percentage ("37.2 %").
  static QString shareText( double share );

private:
  bool mSet = false;
  QVector<AcvReviewUnit> mUnits;
  QString mTotals;
};

#endif // ACVREMAPREVIEW_H
