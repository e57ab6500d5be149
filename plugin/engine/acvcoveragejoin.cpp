/***************************************************************************
  acvcoveragejoin.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragejoin.h"

#include <QCoreApplication>

#include <vector>

bool AcvCoverageJoin::run( const AcvCoverageJoinOptions &options, const AcvStatisticsTable &table,
                           AcvCoverageJoinResult &result, QString &error )
{
  result = AcvCoverageJoinResult();
  if ( !AcvMetrics::isValidTarget( options.targetPct ) )
  {
    error = QStringLiteral( "the target must be a percentage from 0 to 100, not %1" ).arg( options.targetPct );
    return false;
  }
  const QVector<AcvStatisticsRecord> &records = table.records();
  const QStringList statisticsKeys = table.keys();

  // The table normalized the annex's names once (key detection reads them too).
  const QVector<AcvNormalizedName> statisticsNames = options.statisticsNames.size() == statisticsKeys.size()  ? options.statisticsNames
                                                     : table.normalizedKeys().size() == statisticsKeys.size() ? table.normalizedKeys()
                                                                                                              : AcvNameMatcher::normalizeAll( statisticsKeys );
  AcvParentKeys parents;
  if ( options.boundaryParents.size() == options.boundaryKeys.size() && !options.boundaryParents.isEmpty() )
  {
    parents.boundary = options.boundaryParents;
    parents.statistics = table.parents();
  }
  result.match = AcvNameMatcher::match( options.boundaryKeys, statisticsKeys, statisticsNames, options.keyMode, options.mapping, true, options.progress, parents );
  if ( AcvProgress::canceled( options.progress ) )
  {
    error = QString::fromLatin1( AcvProgress::kCanceled );
    return false;
  }

  // Every repeat at once, each with its rows: one pair per run would take a run per repeat.
  QStringList repeats;
  for ( const AcvAmbiguity &ambiguity : std::as_const( result.match.ambiguities ) )
  {
    if ( ambiguity.kind != AcvAmbiguity::Kind::DuplicateStatistics )
      continue;
    QStringList rows;
    for ( const int s : ambiguity.statisticsIndices )
      rows.append( records.at( s ).parent.isEmpty() ? QStringLiteral( "row %1 '%2'" ).arg( records.at( s ).row ).arg( records.at( s ).key )
                                                    : QStringLiteral( "row %1 '%2' (%3)" ).arg( records.at( s ).row ).arg( records.at( s ).key, records.at( s ).parent ) );
    repeats.append( rows.join( QLatin1String( ", " ) ) );
  }
  if ( !repeats.isEmpty() )
  {
    const bool annexHasParents = !table.parents().isEmpty();
    const QString advice = !annexHasParents             ? QCoreApplication::translate( "AcvCoverageJoin", "if they are different localities of the same name (in different districts), the annex needs its district or province column: name it with --stats-parent (a district cell merged down its communes counts for each of them)" )
                           : parents.boundary.isEmpty() ? QCoreApplication::translate( "AcvCoverageJoin", "the annex's parent column tells them apart, but no boundary field names the features' parents: name it with --boundary-parent" )
                                                        : QCoreApplication::translate( "AcvCoverageJoin", "they repeat within one parent: if they are different localities (a name typed without diacritics cannot tell 'Ia Băng' from 'Ia Bang'), write them as the boundaries do or pair them with a --mapping file; else keep one row per locality" );
    error = QCoreApplication::translate( "AcvCoverageJoin", "%1: the same locality appears more than once, and nothing tells the rows apart (%2 names repeat): %3; %4" )
                .arg( table.raw().path )
                .arg( repeats.size() )
                .arg( repeats.join( QLatin1String( "; " ) ), advice );
    return false;
  }

  const int boundaryCount = options.boundaryKeys.size();
  result.statisticsForBoundary = QVector<int>( boundaryCount, -1 );
  result.boundaryFigures = QVector<AcvFigures>( boundaryCount );
  QVector<AcvFigures> matchedFigures;
  QVector<int> matchedBoundaries;
  for ( const AcvMatch &match : std::as_const( result.match.matches ) )
  {
    const AcvStatisticsRecord &record = records.at( match.statisticsIndex );
    result.statisticsForBoundary[match.boundaryIndex] = match.statisticsIndex;
    const AcvFigures figures{ record.installs, record.smartphones, record.population };
    result.boundaryFigures[match.boundaryIndex] = figures;
    matchedFigures.append( figures );
    matchedBoundaries.append( match.boundaryIndex );
  }

  const QVector<AcvLocalityMetrics> matchedMetrics = AcvMetrics::compute( matchedFigures, options.targetPct );
  // Filled as a std::vector: GCC 12 takes writes through QVector::operator[] for overflows at -O2.
  std::vector<AcvLocalityMetrics> boundaryMetrics( static_cast<size_t>( boundaryCount ) );
  for ( int i = 0; i < matchedBoundaries.size(); ++i )
  {
    const int boundary = matchedBoundaries.at( i );
    boundaryMetrics[static_cast<size_t>( boundary )] = matchedMetrics.at( i );
    const AcvStatisticsRecord &record = records.at( result.statisticsForBoundary.at( boundary ) );
    if ( matchedMetrics.at( i ).coverageAbove100 )
      result.warnings.append( QStringLiteral( "%1: '%2' has more installs than smartphone users (coverage %3 %)" )
                                  .arg( table.cellReference( record.row, table.installsColumn().index ), record.key )
                                  .arg( *matchedMetrics.at( i ).coveragePct, 0, 'f', 2 ) );
    else if ( record.installs && !matchedMetrics.at( i ).coveragePct && table.smartphonesColumn().isSet() )
      result.warnings.append( QStringLiteral( "%1: '%2' has no smartphone-user figure (missing or zero), so its coverage is NULL" )
                                  .arg( table.cellReference( record.row, table.smartphonesColumn().index ), record.key ) );
    // Said the same way as the installs above: a figure larger than the one it is part of.
    if ( record.smartphones && record.population && *record.smartphones > *record.population )
      result.warnings.append( QStringLiteral( "%1: '%2' has more smartphone users than population (%3 > %4)" )
                                  .arg( table.cellReference( record.row, table.smartphonesColumn().index ), record.key,
                                        AcvNumberParser::format( *record.smartphones, 0, AcvNumberConvention::Vietnamese ),
                                        AcvNumberParser::format( *record.population, 0, AcvNumberConvention::Vietnamese ) ) );
  }
  result.boundaryMetrics = QVector<AcvLocalityMetrics>( boundaryMetrics.cbegin(), boundaryMetrics.cend() );
  result.totals = AcvMetrics::totals( matchedFigures, matchedMetrics, options.targetPct );
  return true;
}
