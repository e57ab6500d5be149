/***************************************************************************
  acvjoinreview.h - the analyst's decisions on a join, before anything is written
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVJOINREVIEW_H
#define ACVJOINREVIEW_H

#include "acvcoveragejoin.h"
#include "acvremapreview.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

//! A statistics row paired with a boundary, and how.
struct AcvReviewMatch
{
  int statisticsIndex = -1;
  int boundaryIndex = -1;
  QString statisticsName;
  QString statisticsParent; //!< the row's parent as the annex writes it; empty without parents
  QString boundaryKey;
  QString boundaryParent; //!< the boundary's parent field value; empty without parents
  QString method;         //!< acvMatchMethodName(): mapping, code, exact, normalized, ...
};

//! A boundary proposed for an unmatched row, with its similarity in 0..1.
struct AcvReviewCandidate
{
  int boundaryIndex = -1;
  QString boundaryKey;
  double score = 0.0;
};

//! A statistics row that matched no boundary.
struct AcvReviewUnmatchedRow
{
  int statisticsIndex = -1;
  int sourceRow = 0; //!< row number in the statistics file (a re-mapped unit's: its first annex row's)
  QString statisticsName;
  QString parent;                          //!< as the annex writes it; empty without parents
  QVector<AcvReviewCandidate> suggestions; //!< best first
};

/**
 * What the join review shows and what the analyst decides: matched pairs, unmatched rows on
 * both sides and the matcher's suggestions. Decisions pair an unmatched statistics row with an
 * unmatched boundary; together with the mapping already used they become the mapping for the
 * next match() and can be saved as a mapping file. Desktop-free, so GoogleTest covers it.
 *
 * Where the join paired by parent (the district of a commune), every name is shown with its
 * parent and the rows are grouped by parent, so two communes written alike in two districts
 * tell themselves apart. A mapping pairs names as written, though: a pair whose statistics
 * name or boundary key is written more than once cannot be one, and is left out of mapping().
 *
 * When the annex was re-mapped (a crosswalk, an aggregation), its statistics rows are the new
 * units, and remap() says which annex rows each was summed from; a decision then pairs a new
 * unit's key with a boundary, as the next match() will see it.
 */
class AcvJoinReview
{
public:
  AcvJoinReview() = default;
  /**
   * \a boundaryKeys: keys in feature order, as matched; \a mapping: the pairs the join used;
   * \a boundaryParents: each boundary's parent (AcvCoverageJob::boundaryParents()), used as the
   * join uses them: only when the annex gives parents too. \a remap: how the annex's rows became
   * the table's (AcvCoverageJob::remap()); unset when they are the annex's own.
   */
  AcvJoinReview( const QStringList &boundaryKeys, const AcvStatisticsTable &table, const AcvMatchResult &match, const QHash<QString, QString> &mapping,
                 const QStringList &boundaryParents = QStringList(), const AcvRemapReview &remap = AcvRemapReview() );

  const QVector<AcvReviewMatch> &matches() const { return mMatches; }
  const QVector<AcvReviewUnmatchedRow> &unmatchedRows() const { return mUnmatchedRows; }
  //! Boundary indices without a statistics row: ascending, or with parents grouped by parent, then by key.
  const QVector<int> &unmatchedBoundaries() const { return mUnmatchedBoundaries; }
  QString boundaryKey( int boundaryIndex ) const { return mBoundaryKeys.value( boundaryIndex ); }
  //! The boundary's parent, empty when the review has no parents.
  QString boundaryParent( int boundaryIndex ) const { return mBoundaryParents.value( boundaryIndex ); }
  //! The old units behind each statistics row of a re-mapped run; unset otherwise.
  const AcvRemapReview &remap() const { return mRemap; }
  //! Whether names are shown with their parents: the annex gives them and the join used them.
  bool hasParents() const { return mHasParents; }
  //! "Xã Ia O — Huyện Ia Grai": a name with its parent, or the name alone when it has none.
  static QString withParent( const QString &name, const QString &parent );
  //! The boundary as the review lists it: its key with its parent.
  QString boundaryLabel( int boundaryIndex ) const { return withParent( boundaryKey( boundaryIndex ), boundaryParent( boundaryIndex ) ); }
  //! True when the row's name is written on more than one statistics row (in several parents).
  bool isRepeatedName( int statisticsIndex ) const;
  //! True when the boundary's key is written on more than one boundary.
  bool isRepeatedKey( int boundaryIndex ) const { return mBoundaryKeyCount.value( mBoundaryKeys.value( boundaryIndex ).trimmed() ) > 1; }

  /**
   * Boundaries the row \a statisticsIndex may be paired with: its suggestions first, then the other
   * unmatched boundaries in key order; a boundary another row was given is left out.
   */
  QVector<int> choicesFor( int statisticsIndex ) const;

  //! Pairs an unmatched row with an unmatched boundary; false (nothing changed) when either is not unmatched or the boundary is taken.
  bool choose( int statisticsIndex, int boundaryIndex );
  //! Forgets the decision on \a statisticsIndex.
  void clearChoice( int statisticsIndex );
  //! The boundary chosen for \a statisticsIndex, or -1.
  int choice( int statisticsIndex ) const { return mChoices.value( statisticsIndex, -1 ); }
  //! Chooses the best suggestion of every undecided row whose best boundary is still free; returns how many.
  int acceptAllSuggestions();
  int decisionCount() const { return mChoices.size(); }

  //! The mapping the join used plus every decision a mapping can hold: statistics name as written -> boundary key.
  QHash<QString, QString> mapping() const;
  /**
   * The rows whose decision mapping() cannot hold, ascending: their name or the chosen
   * boundary's key is written more than once, and a mapping entry names one row and one boundary.
   */
  QVector<int> decisionsOutsideMapping() const;

private:
  bool isUnmatchedRow( int statisticsIndex ) const;
  bool isTaken( int boundaryIndex, int exceptStatisticsIndex ) const;
  bool fitsMapping( int statisticsIndex, int boundaryIndex ) const;
  //! Orders matches, unmatched rows and boundaries by parent, in the order parents first appear.
  void groupByParent( const QStringList &statisticsParents );

  QStringList mBoundaryKeys;
  QStringList mBoundaryParents;
  bool mHasParents = false;
  QStringList mStatisticsNames;
  QHash<QString, int> mStatisticsNameCount; //!< trimmed name -> rows written so
  QHash<QString, int> mBoundaryKeyCount;    //!< trimmed key -> boundaries written so
  QHash<QString, QString> mBaseMapping;
  QVector<AcvReviewMatch> mMatches;
  QVector<AcvReviewUnmatchedRow> mUnmatchedRows;
  QVector<int> mUnmatchedBoundaries;
  QMap<int, int> mChoices; //!< statistics index -> boundary index
  AcvRemapReview mRemap;
};

#endif // ACVJOINREVIEW_H
