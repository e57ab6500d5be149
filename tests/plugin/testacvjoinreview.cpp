/***************************************************************************
  testacvjoinreview.cpp - the join review's decisions become the next join's mapping
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragemap.h"
#include "acvjoinreview.h"
#include "acvmappingfile.h"
#include "acvplugintestutils.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace
{
int boundaryIndex( const QStringList &keys, const QString &key )
{
  return keys.indexOf( key );
}

int statisticsIndex( const AcvStatisticsTable &table, const QString &name )
{
  for ( int i = 0; i < table.records().size(); ++i )
  {
    if ( table.records().at( i ).key == name )
      return i;
  }
  return -1;
}
} // namespace

TEST( AcvJoinReview, ShowsMatchedAndUnmatchedRowsOfBothSidesWithSuggestions )
{
  AcvScratch scratch;
  QString error;
  const std::unique_ptr<AcvCoverageJob> job = acvMatchedJob( acvGiaLaiBoundaries(), acvMistypedGiaLaiStatistics( scratch ), error );
  ASSERT_TRUE( job ) << error.toStdString();
  const AcvJoinReview review( job->boundaryKeys(), job->table(), job->join().match, job->mapping() );

  EXPECT_EQ( review.matches().size(), 15 );
  ASSERT_EQ( review.unmatchedRows().size(), 2 );
  ASSERT_EQ( review.unmatchedBoundaries().size(), 2 );
  QStringList unmatchedBoundaries;
  for ( const int b : review.unmatchedBoundaries() )
    unmatchedBoundaries << review.boundaryKey( b );
  unmatchedBoundaries.sort();
  EXPECT_EQ( unmatchedBoundaries, ( QStringList{ u8( "Huyện Kông Chro" ), u8( "Huyện Phú Thiện" ) } ) );

  const AcvReviewUnmatchedRow &phuThien = review.unmatchedRows().at( 0 ).statisticsName == QLatin1String( "Phu Thienn" ) ? review.unmatchedRows().at( 0 ) : review.unmatchedRows().at( 1 );
  EXPECT_EQ( phuThien.statisticsName, QStringLiteral( "Phu Thienn" ) );
  EXPECT_EQ( phuThien.sourceRow, 19 ); // the CSV's line: three title/header lines, then row 16
  ASSERT_FALSE( phuThien.suggestions.isEmpty() );
  EXPECT_EQ( phuThien.suggestions.constFirst().boundaryKey, u8( "Huyện Phú Thiện" ) );
  EXPECT_GE( phuThien.suggestions.constFirst().score, 0.6 );

  for ( const AcvReviewMatch &match : review.matches() )
  {
    EXPECT_EQ( match.boundaryKey, job->boundaryKeys().at( match.boundaryIndex ) );
    EXPECT_FALSE( match.method.isEmpty() );
  }
}

TEST( AcvJoinReview, AcceptedSuggestionsAndPicksJoinEveryDistrict )
{
  AcvScratch scratch;
  QString error;
  std::unique_ptr<AcvCoverageJob> job = acvMatchedJob( acvGiaLaiBoundaries(), acvMistypedGiaLaiStatistics( scratch ), error );
  ASSERT_TRUE( job ) << error.toStdString();
  AcvJoinReview review( job->boundaryKeys(), job->table(), job->join().match, job->mapping() );

  // "Phu Thienn" has a suggestion; "Xã Khác" has none and is picked by hand.
  EXPECT_EQ( review.acceptAllSuggestions(), 1 );
  const int other = statisticsIndex( job->table(), u8( "Xã Khác" ) );
  const int kongChro = boundaryIndex( job->boundaryKeys(), u8( "Huyện Kông Chro" ) );
  ASSERT_GE( other, 0 );
  ASSERT_TRUE( review.choose( other, kongChro ) );
  EXPECT_EQ( review.decisionCount(), 2 );
  const QHash<QString, QString> mapping = review.mapping();
  EXPECT_EQ( mapping.value( QStringLiteral( "Phu Thienn" ) ), u8( "Huyện Phú Thiện" ) );
  EXPECT_EQ( mapping.value( u8( "Xã Khác" ) ), u8( "Huyện Kông Chro" ) );

  // Matched again with the decisions, as "Apply Choices" does: all 17 pair.
  job->setMapping( mapping );
  ASSERT_TRUE( job->match( error ) ) << error.toStdString();
  EXPECT_EQ( job->join().match.matches.size(), 17 );
  EXPECT_TRUE( job->join().match.unmatchedStatistics.isEmpty() );
  EXPECT_TRUE( job->join().match.unmatchedBoundaries.isEmpty() );
  EXPECT_TRUE( job->join().match.mappingErrors.isEmpty() );

  // Saved as a mapping file, the command joins all 17 next time.
  const QString mappingPath = scratch.path( QStringLiteral( "mapping.csv" ) );
  ASSERT_TRUE( AcvMappingFile::write( mappingPath, mapping, error ) ) << error.toStdString();
  AcvCoverageJobOptions options;
  options.boundaries = acvGiaLaiBoundaries();
  options.stats = scratch.path( QStringLiteral( "gia_lai_mistyped.csv" ) );
  options.mapping = mappingPath;
  options.strict = true;
  options.joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  QString log;
  QTextStream out( &log );
  QTextStream err( &log );
  EXPECT_EQ( acvCoverageMap( options, out, err ), kAcvExitOk ) << log.toStdString();
}

TEST( AcvJoinReview, OffersEachBoundaryToOneRowOnly )
{
  AcvScratch scratch;
  QString error;
  const std::unique_ptr<AcvCoverageJob> job = acvMatchedJob( acvGiaLaiBoundaries(), acvMistypedGiaLaiStatistics( scratch ), error );
  ASSERT_TRUE( job ) << error.toStdString();
  AcvJoinReview review( job->boundaryKeys(), job->table(), job->join().match, job->mapping() );
  const int phuThienRow = statisticsIndex( job->table(), QStringLiteral( "Phu Thienn" ) );
  const int otherRow = statisticsIndex( job->table(), u8( "Xã Khác" ) );
  const int phuThien = boundaryIndex( job->boundaryKeys(), u8( "Huyện Phú Thiện" ) );
  const int kongChro = boundaryIndex( job->boundaryKeys(), u8( "Huyện Kông Chro" ) );
  const int pleiku = boundaryIndex( job->boundaryKeys(), u8( "Thành phố Pleiku" ) );
  const int pleikuRow = statisticsIndex( job->table(), QStringLiteral( "TP. Pleiku" ) );

  // Suggestions first, then the other unmatched boundaries.
  EXPECT_EQ( review.choicesFor( phuThienRow ), ( QVector<int>{ phuThien, kongChro } ) );
  ASSERT_TRUE( review.choose( otherRow, phuThien ) );
  // Taken by "Xã Khác", Phú Thiện is no longer offered to "Phu Thienn" and cannot be chosen twice.
  EXPECT_EQ( review.choicesFor( phuThienRow ), ( QVector<int>{ kongChro } ) );
  EXPECT_FALSE( review.choose( phuThienRow, phuThien ) );
  // A matched boundary or a matched row is not the review's to change.
  EXPECT_FALSE( review.choose( phuThienRow, pleiku ) );
  EXPECT_FALSE( review.choose( pleikuRow, kongChro ) );
  EXPECT_TRUE( review.choicesFor( pleikuRow ).isEmpty() );
  // Undoing a decision frees the boundary again.
  review.clearChoice( otherRow );
  EXPECT_EQ( review.choice( otherRow ), -1 );
  EXPECT_TRUE( review.choose( phuThienRow, phuThien ) );
  EXPECT_EQ( review.mapping().size(), 1 );
}

TEST( AcvJoinReview, KeepsTheMappingTheJoinUsed )
{
  AcvScratch scratch;
  const QString statistics = acvMistypedGiaLaiStatistics( scratch );
  QString error;
  const QString mappingPath = scratch.path( QStringLiteral( "earlier.csv" ) );
  ASSERT_TRUE( AcvMappingFile::write( mappingPath, { { QStringLiteral( "Phu Thienn" ), u8( "Huyện Phú Thiện" ) } }, error ) );
  AcvCoverageJobOptions options;
  options.boundaries = acvGiaLaiBoundaries();
  options.stats = statistics;
  options.mapping = mappingPath;
  AcvCoverageJob job( options );
  AcvMessages messages;
  ASSERT_TRUE( job.openBoundaries( error ) && job.loadStatistics( messages, error ) && job.readMapping( error ) && job.chooseKeyField( messages, error ) && job.match( error ) ) << error.toStdString();
  const AcvJoinReview review( job.boundaryKeys(), job.table(), job.join().match, job.mapping() );
  EXPECT_EQ( review.matches().size(), 16 );
  bool byMapping = false;
  for ( const AcvReviewMatch &match : review.matches() )
    byMapping |= match.statisticsName == QLatin1String( "Phu Thienn" ) && match.method == QLatin1String( "mapping" );
  EXPECT_TRUE( byMapping );
  EXPECT_EQ( review.mapping().value( QStringLiteral( "Phu Thienn" ) ), u8( "Huyện Phú Thiện" ) );
}

TEST( AcvJoinReview, ShowsRepeatedCommuneNamesWithTheirDistrictsAndGroupsThemByDistrict )
{
  AcvScratch scratch;
  QString error;
  // Communes in the order of their names, each with its district: the review groups them.
  const std::unique_ptr<AcvCoverageJob> job = acvMatchedJob( acvGiaLaiCommunes(), acvGiaLaiCommuneAnnexWithDistricts( scratch, QStringLiteral( "Huyện, thị xã, thành phố" ), true ), error );
  ASSERT_TRUE( job ) << error.toStdString();
  ASSERT_EQ( job->parentField(), QStringLiteral( "district_vn" ) );
  const AcvJoinReview review( job->boundaryKeys(), job->table(), job->join().match, job->mapping(), job->boundaryParents() );
  ASSERT_TRUE( review.hasParents() );
  EXPECT_EQ( review.matches().size(), 222 );
  EXPECT_TRUE( review.unmatchedRows().isEmpty() );

  // The two "Xã Ia O" rows, each with its own district, each paired with that district's commune.
  QStringList statisticsParents;
  QSet<int> boundaries;
  for ( const AcvReviewMatch &match : review.matches() )
  {
    if ( match.statisticsName != u8( "Xã Ia O" ) )
      continue;
    statisticsParents << match.statisticsParent;
    EXPECT_EQ( match.boundaryKey, u8( "Xã Ia O" ) );
    EXPECT_EQ( match.boundaryParent, match.statisticsParent );
    EXPECT_EQ( review.boundaryLabel( match.boundaryIndex ), u8( "Xã Ia O — " ) + match.statisticsParent );
    EXPECT_TRUE( review.isRepeatedName( match.statisticsIndex ) );
    EXPECT_TRUE( review.isRepeatedKey( match.boundaryIndex ) );
    boundaries.insert( match.boundaryIndex );
  }
  statisticsParents.sort();
  EXPECT_EQ( statisticsParents, ( QStringList{ u8( "Huyện Chư Prông" ), u8( "Huyện Ia Grai" ) } ) );
  EXPECT_EQ( boundaries.size(), 2 );
  // A name written once is not marked.
  const auto yenDo = std::find_if( review.matches().cbegin(), review.matches().cend(), []( const AcvReviewMatch &match )
                                   { return match.statisticsName == u8( "Phường Yên Đỗ" ); } );
  ASSERT_NE( yenDo, review.matches().cend() );
  EXPECT_FALSE( review.isRepeatedName( yenDo->statisticsIndex ) );
  EXPECT_FALSE( review.isRepeatedKey( yenDo->boundaryIndex ) );

  // Grouped by district: 17 districts, 17 runs of rows, though the annex goes by commune name.
  QStringList runs;
  for ( const AcvReviewMatch &match : review.matches() )
  {
    if ( runs.isEmpty() || runs.constLast() != match.statisticsParent )
      runs << match.statisticsParent;
  }
  EXPECT_EQ( runs.size(), 17 ) << runs.join( '|' ).toStdString();
  EXPECT_EQ( QSet<QString>( runs.cbegin(), runs.cend() ).size(), 17 );
}

TEST( AcvJoinReview, APairOfARepeatedNameIsShownApartButKeptOutOfTheMapping )
{
  AcvScratch scratch;
  QString error;
  std::unique_ptr<AcvCoverageJob> job = acvMatchedJob( acvGiaLaiCommunes(), acvGiaLaiCommuneAnnexWithDistricts( scratch ), error );
  ASSERT_TRUE( job ) << error.toStdString();
  // Both "Xã Ia O" pairs and one pair of a name written once taken apart, as if the matcher had missed them.
  AcvMatchResult match = job->join().match;
  QVector<int> iaORows;
  int yenDoRow = -1;
  int yenDo = -1;
  for ( int i = static_cast<int>( match.matches.size() ) - 1; i >= 0; --i )
  {
    const AcvMatch pair = match.matches.at( i );
    const QString name = job->table().records().at( pair.statisticsIndex ).key;
    if ( name != u8( "Xã Ia O" ) && name != u8( "Phường Yên Đỗ" ) )
      continue;
    if ( name == u8( "Phường Yên Đỗ" ) )
    {
      yenDoRow = pair.statisticsIndex;
      yenDo = pair.boundaryIndex;
    }
    else
    {
      iaORows.append( pair.statisticsIndex );
    }
    match.unmatchedStatistics.append( pair.statisticsIndex );
    match.unmatchedBoundaries.append( pair.boundaryIndex );
    match.matches.removeAt( i );
  }
  ASSERT_EQ( iaORows.size(), 2 );
  ASSERT_GE( yenDoRow, 0 );
  std::sort( match.unmatchedStatistics.begin(), match.unmatchedStatistics.end() );
  std::sort( match.unmatchedBoundaries.begin(), match.unmatchedBoundaries.end() );
  AcvJoinReview review( job->boundaryKeys(), job->table(), match, job->mapping(), job->boundaryParents() );
  ASSERT_EQ( review.unmatchedRows().size(), 3 );

  // The unmatched rows and boundaries say which district each "Xã Ia O" is in.
  QStringList rows;
  for ( const AcvReviewUnmatchedRow &row : review.unmatchedRows() )
    rows << AcvJoinReview::withParent( row.statisticsName, row.parent );
  EXPECT_TRUE( rows.contains( u8( "Xã Ia O — Huyện Ia Grai" ) ) ) << rows.join( '|' ).toStdString();
  EXPECT_TRUE( rows.contains( u8( "Xã Ia O — Huyện Chư Prông" ) ) ) << rows.join( '|' ).toStdString();
  QStringList labels;
  for ( const int b : review.unmatchedBoundaries() )
    labels << review.boundaryLabel( b );
  EXPECT_TRUE( labels.contains( u8( "Xã Ia O — Huyện Ia Grai" ) ) && labels.contains( u8( "Xã Ia O — Huyện Chư Prông" ) ) ) << labels.join( '|' ).toStdString();

  // Paired by hand, each with the commune of its district.
  const int iaGraiRow = job->table().records().at( iaORows.at( 0 ) ).parent == u8( "Huyện Ia Grai" ) ? iaORows.at( 0 ) : iaORows.at( 1 );
  int iaGrai = -1;
  for ( const int b : review.choicesFor( iaGraiRow ) )
  {
    if ( review.boundaryLabel( b ) == u8( "Xã Ia O — Huyện Ia Grai" ) )
      iaGrai = b;
  }
  ASSERT_GE( iaGrai, 0 );
  ASSERT_TRUE( review.choose( iaGraiRow, iaGrai ) );
  ASSERT_TRUE( review.choose( yenDoRow, yenDo ) );
  EXPECT_EQ( review.decisionCount(), 2 );
  // A mapping entry names a row by its name: "Xã Ia O" names two, so only Yên Đỗ's pair is in it...
  EXPECT_EQ( review.decisionsOutsideMapping(), QVector<int>{ iaGraiRow } );
  const QHash<QString, QString> mapping = review.mapping();
  EXPECT_EQ( mapping.value( u8( "Phường Yên Đỗ" ) ), u8( "Phường Yên Đỗ" ) );
  EXPECT_FALSE( mapping.contains( u8( "Xã Ia O" ) ) );
  // ...which is why: the matcher refuses such an entry rather than guess the row.
  job->setMapping( { { u8( "Xã Ia O" ), u8( "Xã Ia O" ) } } );
  ASSERT_TRUE( job->match( error ) ) << error.toStdString();
  ASSERT_EQ( job->join().match.mappingErrors.size(), 1 );
  EXPECT_TRUE( job->join().match.mappingErrors.constFirst().contains( QStringLiteral( "are written" ) ) ) << job->join().match.mappingErrors.constFirst().toStdString();
}
