/***************************************************************************
  acvjoinreview.h - the analyst's decisions on a join, before anything is written
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVJOINREVIEW_H
#define ACVJOINREVIEW_H

#include "acvcoveragejoin.h"

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
  QString boundaryKey;
  QString method; //!< acvMatchMethodName(): mapping, code, exact, normalized, ...
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
  int sourceRow = 0; //!< row number in the statistics file
  QString statisticsName;
  QVector<AcvReviewCandidate> suggestions; //!< best first
};

/**
 * What the join review shows and what the analyst decides: matched pairs, unmatched rows on
 * both sides and the matcher's suggestions. Decisions pair an unmatched statistics row with an
 * unmatched boundary; together with the mapping already used they become the mapping for the
 * next match() and can be saved as a mapping file. Desktop-free, so GoogleTest covers it.
 */
class AcvJoinReview
{
public:
  AcvJoinReview() = default;
  //! \a boundaryKeys: keys in feature order, as matched; \a mapping: the pairs the join used.
  AcvJoinReview( const QStringList &boundaryKeys, const AcvStatisticsTable &table, const AcvMatchResult &match, const QHash<QString, QString> &mapping );

  const QVector<AcvReviewMatch> &matches() const { return mMatches; }
  const QVector<AcvReviewUnmatchedRow> &unmatchedRows() const { return mUnmatchedRows; }
  //! Boundary indices without a statistics row, ascending.
  const QVector<int> &unmatchedBoundaries() const { return mUnmatchedBoundaries; }
  QString boundaryKey( int boundaryIndex ) const { return mBoundaryKeys.value( boundaryIndex ); }

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

  //! The mapping the join used plus every decision: statistics name as written -> boundary key.
  QHash<QString, QString> mapping() const;

private:
  bool isUnmatchedRow( int statisticsIndex ) const;
  bool isTaken( int boundaryIndex, int exceptStatisticsIndex ) const;

  QStringList mBoundaryKeys;
  QStringList mStatisticsNames;
  QHash<QString, QString> mBaseMapping;
  QVector<AcvReviewMatch> mMatches;
  QVector<AcvReviewUnmatchedRow> mUnmatchedRows;
  QVector<int> mUnmatchedBoundaries;
  QMap<int, int> mChoices; //!< statistics index -> boundary index
};

#endif // ACVJOINREVIEW_H
