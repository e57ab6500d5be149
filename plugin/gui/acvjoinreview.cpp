/***************************************************************************
  acvjoinreview.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvjoinreview.h"

#include <algorithm>

AcvJoinReview::AcvJoinReview( const QStringList &boundaryKeys, const AcvStatisticsTable &table, const AcvMatchResult &match, const QHash<QString, QString> &mapping,
                              const QStringList &boundaryParents, const AcvRemapReview &remap )
  : mBoundaryKeys( boundaryKeys )
  , mStatisticsNames( table.keys() )
  , mBaseMapping( mapping )
  , mUnmatchedBoundaries( match.unmatchedBoundaries )
  , mRemap( remap )
{
  // As AcvCoverageJob::match(): the boundaries' parents count only beside the annex's.
  const QStringList statisticsParents = table.parents();
  mHasParents = !statisticsParents.isEmpty();
  if ( mHasParents && boundaryParents.size() == boundaryKeys.size() )
    mBoundaryParents = boundaryParents;
  for ( const QString &name : std::as_const( mStatisticsNames ) )
    ++mStatisticsNameCount[name.trimmed()];
  for ( const QString &key : std::as_const( mBoundaryKeys ) )
    ++mBoundaryKeyCount[key.trimmed()];
  for ( const AcvMatch &pair : match.matches )
  {
    AcvReviewMatch row;
    row.statisticsIndex = pair.statisticsIndex;
    row.boundaryIndex = pair.boundaryIndex;
    row.statisticsName = mStatisticsNames.value( pair.statisticsIndex );
    row.statisticsParent = statisticsParents.value( pair.statisticsIndex );
    row.boundaryKey = mBoundaryKeys.value( pair.boundaryIndex );
    row.boundaryParent = mBoundaryParents.value( pair.boundaryIndex );
    row.method = acvMatchMethodName( pair.method );
    mMatches.append( row );
  }
  for ( const int s : match.unmatchedStatistics )
  {
    AcvReviewUnmatchedRow row;
    row.statisticsIndex = s;
    row.sourceRow = table.records().at( s ).row;
    // A unit a remap made is on no row of the file: the annex rows it came from are.
    if ( const AcvReviewUnit *unit = mRemap.unit( s ); unit && !unit->sources.isEmpty() )
      row.sourceRow = unit->sources.constFirst().sourceRow;
    row.statisticsName = mStatisticsNames.value( s );
    row.parent = statisticsParents.value( s );
    for ( const AcvSuggestion &suggestion : match.suggestions )
    {
      if ( suggestion.statisticsIndex != s )
        continue;
      for ( int i = 0; i < suggestion.boundaryIndices.size(); ++i )
        row.suggestions.append( { suggestion.boundaryIndices.at( i ), mBoundaryKeys.value( suggestion.boundaryIndices.at( i ) ), suggestion.scores.value( i ) } );
    }
    mUnmatchedRows.append( row );
  }
  if ( mHasParents )
    groupByParent( statisticsParents );
}

void AcvJoinReview::groupByParent( const QStringList &statisticsParents )
{
  // Parents in the order the annex (or the layer) first names them: the annex's own order.
  const auto ranks = []( const QStringList &parents )
  {
    QHash<QString, int> rank;
    for ( const QString &parent : parents )
    {
      if ( !rank.contains( parent ) )
        rank.insert( parent, rank.size() );
    }
    return rank;
  };
  const QHash<QString, int> statisticsRank = ranks( statisticsParents );
  const QHash<QString, int> boundaryRank = ranks( mBoundaryParents );
  std::stable_sort( mMatches.begin(), mMatches.end(), [&statisticsRank]( const AcvReviewMatch &a, const AcvReviewMatch &b )
                    { return statisticsRank.value( a.statisticsParent ) < statisticsRank.value( b.statisticsParent ); } );
  std::stable_sort( mUnmatchedRows.begin(), mUnmatchedRows.end(), [&statisticsRank]( const AcvReviewUnmatchedRow &a, const AcvReviewUnmatchedRow &b )
                    { return statisticsRank.value( a.parent ) < statisticsRank.value( b.parent ); } );
  std::sort( mUnmatchedBoundaries.begin(), mUnmatchedBoundaries.end(), [this, &boundaryRank]( int a, int b )
             {
    const int rankA = boundaryRank.value( mBoundaryParents.value( a ) );
    const int rankB = boundaryRank.value( mBoundaryParents.value( b ) );
    if ( rankA != rankB )
      return rankA < rankB;
    const int byKey = mBoundaryKeys.value( a ).localeAwareCompare( mBoundaryKeys.value( b ) );
    return byKey != 0 ? byKey < 0 : a < b; } );
}

QString AcvJoinReview::withParent( const QString &name, const QString &parent )
{
  return parent.isEmpty() ? name : QStringLiteral( "%1 — %2" ).arg( name, parent );
}

bool AcvJoinReview::isRepeatedName( int statisticsIndex ) const
{
  return mStatisticsNameCount.value( mStatisticsNames.value( statisticsIndex ).trimmed() ) > 1;
}

bool AcvJoinReview::fitsMapping( int statisticsIndex, int boundaryIndex ) const
{
  return !isRepeatedName( statisticsIndex ) && !isRepeatedKey( boundaryIndex );
}

bool AcvJoinReview::isUnmatchedRow( int statisticsIndex ) const
{
  return std::any_of( mUnmatchedRows.begin(), mUnmatchedRows.end(), [statisticsIndex]( const AcvReviewUnmatchedRow &row )
                      { return row.statisticsIndex == statisticsIndex; } );
}

bool AcvJoinReview::isTaken( int boundaryIndex, int exceptStatisticsIndex ) const
{
  for ( auto it = mChoices.constBegin(); it != mChoices.constEnd(); ++it )
  {
    if ( it.value() == boundaryIndex && it.key() != exceptStatisticsIndex )
      return true;
  }
  return false;
}

QVector<int> AcvJoinReview::choicesFor( int statisticsIndex ) const
{
  QVector<int> choices;
  for ( const AcvReviewUnmatchedRow &row : mUnmatchedRows )
  {
    if ( row.statisticsIndex != statisticsIndex )
      continue;
    for ( const AcvReviewCandidate &candidate : row.suggestions )
    {
      if ( !isTaken( candidate.boundaryIndex, statisticsIndex ) )
        choices.append( candidate.boundaryIndex );
    }
  }
  if ( !isUnmatchedRow( statisticsIndex ) )
    return choices;
  QVector<int> others;
  for ( const int b : mUnmatchedBoundaries )
  {
    if ( !choices.contains( b ) && !isTaken( b, statisticsIndex ) )
      others.append( b );
  }
  // Alike keys side by side, told apart by their parents.
  std::sort( others.begin(), others.end(), [this]( int a, int b )
             {
    const int byKey = mBoundaryKeys.value( a ).localeAwareCompare( mBoundaryKeys.value( b ) );
    if ( byKey != 0 )
      return byKey < 0;
    return mBoundaryParents.value( a ).localeAwareCompare( mBoundaryParents.value( b ) ) < 0; } );
  return choices + others;
}

bool AcvJoinReview::choose( int statisticsIndex, int boundaryIndex )
{
  if ( !isUnmatchedRow( statisticsIndex ) || !mUnmatchedBoundaries.contains( boundaryIndex ) || isTaken( boundaryIndex, statisticsIndex ) )
    return false;
  mChoices.insert( statisticsIndex, boundaryIndex );
  return true;
}

void AcvJoinReview::clearChoice( int statisticsIndex )
{
  mChoices.remove( statisticsIndex );
}

int AcvJoinReview::acceptAllSuggestions()
{
  int accepted = 0;
  for ( const AcvReviewUnmatchedRow &row : std::as_const( mUnmatchedRows ) )
  {
    if ( mChoices.contains( row.statisticsIndex ) || row.suggestions.isEmpty() )
      continue;
    if ( choose( row.statisticsIndex, row.suggestions.constFirst().boundaryIndex ) )
      ++accepted;
  }
  return accepted;
}

QHash<QString, QString> AcvJoinReview::mapping() const
{
  QHash<QString, QString> result = mBaseMapping;
  for ( auto it = mChoices.constBegin(); it != mChoices.constEnd(); ++it )
  {
    if ( fitsMapping( it.key(), it.value() ) )
      result.insert( mStatisticsNames.value( it.key() ), mBoundaryKeys.value( it.value() ) );
  }
  return result;
}

QVector<int> AcvJoinReview::decisionsOutsideMapping() const
{
  QVector<int> rows;
  for ( auto it = mChoices.constBegin(); it != mChoices.constEnd(); ++it )
  {
    if ( !fitsMapping( it.key(), it.value() ) )
      rows.append( it.key() );
  }
  return rows;
}
