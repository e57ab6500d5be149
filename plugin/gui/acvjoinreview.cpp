/***************************************************************************
  acvjoinreview.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvjoinreview.h"

#include <algorithm>

AcvJoinReview::AcvJoinReview( const QStringList &boundaryKeys, const AcvStatisticsTable &table, const AcvMatchResult &match, const QHash<QString, QString> &mapping )
  : mBoundaryKeys( boundaryKeys )
  , mStatisticsNames( table.keys() )
  , mBaseMapping( mapping )
  , mUnmatchedBoundaries( match.unmatchedBoundaries )
{
  for ( const AcvMatch &pair : match.matches )
  {
    AcvReviewMatch row;
    row.statisticsIndex = pair.statisticsIndex;
    row.boundaryIndex = pair.boundaryIndex;
    row.statisticsName = mStatisticsNames.value( pair.statisticsIndex );
    row.boundaryKey = mBoundaryKeys.value( pair.boundaryIndex );
    row.method = acvMatchMethodName( pair.method );
    mMatches.append( row );
  }
  for ( const int s : match.unmatchedStatistics )
  {
    AcvReviewUnmatchedRow row;
    row.statisticsIndex = s;
    row.sourceRow = table.records().at( s ).row;
    row.statisticsName = mStatisticsNames.value( s );
    for ( const AcvSuggestion &suggestion : match.suggestions )
    {
      if ( suggestion.statisticsIndex != s )
        continue;
      for ( int i = 0; i < suggestion.boundaryIndices.size(); ++i )
        row.suggestions.append( { suggestion.boundaryIndices.at( i ), mBoundaryKeys.value( suggestion.boundaryIndices.at( i ) ), suggestion.scores.value( i ) } );
    }
    mUnmatchedRows.append( row );
  }
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
  std::sort( others.begin(), others.end(), [this]( int a, int b )
             { return mBoundaryKeys.value( a ).localeAwareCompare( mBoundaryKeys.value( b ) ) < 0; } );
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
    result.insert( mStatisticsNames.value( it.key() ), mBoundaryKeys.value( it.value() ) );
  return result;
}
