/***************************************************************************
  acvjoinreport.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvjoinreport.h"
#include "acvoutputfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QFile>

namespace
{
QJsonValue optionalNumber( const std::optional<double> &value )
{
  return value ? QJsonValue( *value ) : QJsonValue( QJsonValue::Null );
}

QJsonValue optionalInteger( const std::optional<qint64> &value )
{
  return value ? QJsonValue( static_cast<double>( *value ) ) : QJsonValue( QJsonValue::Null );
}

QJsonValue column( const AcvColumnBinding &binding )
{
  if ( !binding.isSet() )
    return QJsonValue( QJsonValue::Null );
  QJsonObject object;
  object.insert( QStringLiteral( "index" ), binding.index + 1 );
  object.insert( QStringLiteral( "letter" ), AcvTableReader::columnLetter( binding.index ) );
  object.insert( QStringLiteral( "header" ), binding.header );
  object.insert( QStringLiteral( "detected" ), binding.detected );
  return object;
}

QString ambiguityKind( AcvAmbiguity::Kind kind )
{
  switch ( kind )
  {
    case AcvAmbiguity::Kind::DuplicateStatistics:
      return QStringLiteral( "duplicate_statistics" );
    case AcvAmbiguity::Kind::DuplicateBoundary:
      return QStringLiteral( "duplicate_boundary" );
    case AcvAmbiguity::Kind::Ambiguous:
      break;
  }
  return QStringLiteral( "ambiguous" );
}
QJsonObject figuresObject( const AcvFigures &figures )
{
  return QJsonObject{ { QStringLiteral( "installs" ), optionalNumber( figures.installs ) },
                      { QStringLiteral( "smartphones" ), optionalNumber( figures.smartphones ) },
                      { QStringLiteral( "population" ), optionalNumber( figures.population ) } };
}

QJsonObject totalsObject( const AcvRemapTotals &totals )
{
  return QJsonObject{ { QStringLiteral( "installs" ), totals.installs },
                      { QStringLiteral( "smartphones" ), totals.smartphones },
                      { QStringLiteral( "population" ), totals.population } };
}

QJsonObject remapObject( const AcvUnitRemap &remap, const AcvCrosswalk *crosswalk )
{
  QJsonObject object;
  object.insert( QStringLiteral( "kind" ), remap.kind() == AcvUnitRemap::Kind::Crosswalk ? QStringLiteral( "crosswalk" ) : QStringLiteral( "aggregation" ) );
  object.insert( QStringLiteral( "source" ), remap.source() );
  if ( crosswalk && remap.kind() == AcvUnitRemap::Kind::Crosswalk )
    object.insert( QStringLiteral( "crosswalk" ), crosswalk->describe() );
  const QVector<AcvStatisticsRecord> &records = remap.sourceRecords();
  const QVector<AcvRemappedUnit> &units = remap.units();
  QJsonArray rows;
  for ( int r = 0; r < records.size(); ++r )
  {
    const AcvStatisticsRecord &record = records.at( r );
    const AcvRemapRow &fate = remap.rows().at( r );
    QJsonObject row{ { QStringLiteral( "row" ), record.row }, { QStringLiteral( "name" ), record.key } };
    if ( !record.code.isEmpty() )
      row.insert( QStringLiteral( "code" ), record.code );
    if ( !record.parent.isEmpty() )
      row.insert( QStringLiteral( "parent" ), record.parent );
    row.insert( QStringLiteral( "status" ), fate.status == AcvRemapRow::Status::Used ? QStringLiteral( "used" ) : QStringLiteral( "withheld" ) );
    if ( crosswalk && fate.oldUnit >= 0 )
    {
      const AcvCrosswalkUnit &old = crosswalk->oldUnits().at( fate.oldUnit );
      row.insert( QStringLiteral( "old_unit" ), QJsonObject{ { QStringLiteral( "code" ), old.code }, { QStringLiteral( "name" ), old.name }, { QStringLiteral( "parent" ), old.parent } } );
      row.insert( QStringLiteral( "how" ), acvMatchMethodName( fate.method ) );
    }
    QJsonArray into;
    for ( const int u : fate.units )
      into.append( units.at( u ).label() );
    row.insert( QStringLiteral( "units" ), into );
    row.insert( QStringLiteral( "figures" ), figuresObject( AcvFigures{ record.installs, record.smartphones, record.population } ) );
    rows.append( row );
  }
  object.insert( QStringLiteral( "rows" ), rows );
  QJsonArray unitArray;
  for ( const AcvRemappedUnit &unit : units )
  {
    QJsonObject entry{ { QStringLiteral( "name" ), unit.name }, { QStringLiteral( "complete" ), unit.complete() } };
    if ( !unit.code.isEmpty() )
      entry.insert( QStringLiteral( "code" ), unit.code );
    QJsonArray sources;
    for ( const AcvRemapSource &source : unit.sources )
    {
      QJsonObject from{ { QStringLiteral( "row" ), records.at( source.record ).row }, { QStringLiteral( "name" ), records.at( source.record ).key }, { QStringLiteral( "share" ), source.share } };
      from.insert( QStringLiteral( "figures" ), figuresObject( source.figures ) );
      sources.append( from );
    }
    entry.insert( QStringLiteral( "sources" ), sources );
    if ( !unit.complete() )
      entry.insert( QStringLiteral( "missing_old_units" ), QJsonArray::fromStringList( unit.missingOldUnits ) );
    entry.insert( QStringLiteral( "figures" ), figuresObject( unit.figures ) );
    unitArray.append( entry );
  }
  object.insert( QStringLiteral( "units" ), unitArray );
  if ( crosswalk )
  {
    // The old units no row gave: the reason a new unit was withheld, or units outside the annex.
    QJsonArray without;
    for ( const int o : remap.oldUnitsWithoutRows() )
    {
      const AcvCrosswalkUnit &old = crosswalk->oldUnits().at( o );
      without.append( QJsonObject{ { QStringLiteral( "code" ), old.code }, { QStringLiteral( "name" ), old.name }, { QStringLiteral( "parent" ), old.parent }, { QStringLiteral( "crosswalk_row" ), old.firstRow } } );
    }
    object.insert( QStringLiteral( "old_units_without_rows" ), without );
  }
  object.insert( QStringLiteral( "totals" ), QJsonObject{ { QStringLiteral( "annex" ), totalsObject( remap.annexTotals() ) },
                                                          { QStringLiteral( "units" ), totalsObject( remap.unitTotals() ) },
                                                          { QStringLiteral( "withheld" ), totalsObject( remap.withheldTotals() ) } } );
  object.insert( QStringLiteral( "warnings" ), QJsonArray::fromStringList( remap.warnings() + remap.notes() ) );
  return object;
}

QJsonValue optionalDate( const std::optional<QDate> &date )
{
  return date ? QJsonValue( date->toString( Qt::ISODate ) ) : QJsonValue();
}

QJsonObject campaignObject( const AcvCampaignSummary &campaign )
{
  QJsonObject object;
  object.insert( QStringLiteral( "target_pct" ), campaign.targetPct );
  QJsonArray dates;
  for ( const AcvCampaignPoint &point : campaign.points )
  {
    QJsonObject date;
    date.insert( QStringLiteral( "date" ), point.date.toString( Qt::ISODate ) );
    date.insert( QStringLiteral( "localities" ), point.localities );
    date.insert( QStringLiteral( "installs" ), point.installs );
    date.insert( QStringLiteral( "smartphones" ), point.smartphones );
    date.insert( QStringLiteral( "coverage_pct" ), optionalNumber( point.coveragePct() ) );
    dates.append( date );
  }
  object.insert( QStringLiteral( "dates" ), dates );
  QJsonArray progress;
  for ( int i = 0; i < campaign.progress.size(); ++i )
  {
    const AcvLocalityProgress &p = campaign.progress.at( i );
    QJsonObject locality;
    locality.insert( QStringLiteral( "boundary" ), campaign.keys.value( i ) );
    locality.insert( QStringLiteral( "locality" ), campaign.names.value( i ) );
    locality.insert( QStringLiteral( "annexes" ), p.annexes );
    locality.insert( QStringLiteral( "latest_date" ), p.latestDate.isValid() ? QJsonValue( p.latestDate.toString( Qt::ISODate ) ) : QJsonValue() );
    locality.insert( QStringLiteral( "coverage_pct" ), optionalNumber( p.latestCoveragePct ) );
    locality.insert( QStringLiteral( "coverage_change_pp" ), optionalNumber( p.coverageChangePp ) );
    locality.insert( QStringLiteral( "installs_per_day" ), optionalNumber( p.installsPerDay ) );
    locality.insert( QStringLiteral( "projected_target_date" ), optionalDate( p.projectedTargetDate ) );
    locality.insert( QStringLiteral( "target_reached_on" ), optionalDate( p.targetReachedOn ) );
    const QString trend = AcvCampaignProgress::trendKey( p.trend );
    locality.insert( QStringLiteral( "trend" ), trend.isEmpty() ? QJsonValue() : QJsonValue( trend ) );
    progress.append( locality );
  }
  object.insert( QStringLiteral( "progress" ), progress );
  return object;
}
} // namespace

QJsonObject AcvJoinReport::toJson( const AcvJoinReportContext &context )
{
  const AcvStatisticsTable &table = *context.table;
  const AcvCoverageJoinResult &join = *context.join;
  const QVector<AcvStatisticsRecord> &records = table.records();
  QJsonObject report;

  QJsonObject boundaries;
  boundaries.insert( QStringLiteral( "path" ), context.boundaryPath );
  boundaries.insert( QStringLiteral( "layer" ), context.boundaryLayer );
  boundaries.insert( QStringLiteral( "key_field" ), context.boundaryKeyField );
  boundaries.insert( QStringLiteral( "features" ), context.boundaryKeys.size() );
  report.insert( QStringLiteral( "boundaries" ), boundaries );

  QJsonObject statistics;
  statistics.insert( QStringLiteral( "path" ), table.raw().path );
  statistics.insert( QStringLiteral( "sheet" ), table.raw().sheet );
  QJsonArray headerRows;
  for ( const int row : table.headerRows() )
    headerRows.append( row );
  statistics.insert( QStringLiteral( "header_rows" ), headerRows );
  statistics.insert( QStringLiteral( "localities" ), records.size() );
  QJsonObject columns;
  columns.insert( QStringLiteral( "key" ), column( table.keyColumn() ) );
  columns.insert( QStringLiteral( "installs" ), column( table.installsColumn() ) );
  columns.insert( QStringLiteral( "smartphones" ), column( table.smartphonesColumn() ) );
  columns.insert( QStringLiteral( "population" ), column( table.populationColumn() ) );
  statistics.insert( QStringLiteral( "columns" ), columns );
  report.insert( QStringLiteral( "statistics" ), statistics );
  report.insert( QStringLiteral( "target_pct" ), context.targetPct );

  QJsonArray matched;
  for ( const AcvMatch &match : join.match.matches )
  {
    QJsonObject pair;
    pair.insert( QStringLiteral( "boundary" ), context.boundaryKeys.at( match.boundaryIndex ) );
    pair.insert( QStringLiteral( "statistics" ), records.at( match.statisticsIndex ).key );
    pair.insert( QStringLiteral( "how" ), acvMatchMethodName( match.method ) );
    pair.insert( QStringLiteral( "statistics_row" ), records.at( match.statisticsIndex ).row );
    matched.append( pair );
  }
  report.insert( QStringLiteral( "matched" ), matched );

  QJsonArray unmatchedBoundaries;
  for ( const int b : join.match.unmatchedBoundaries )
    unmatchedBoundaries.append( context.boundaryKeys.at( b ) );
  report.insert( QStringLiteral( "unmatched_boundaries" ), unmatchedBoundaries );
  QJsonArray unmatchedStatistics;
  for ( const int s : join.match.unmatchedStatistics )
    unmatchedStatistics.append( records.at( s ).key );
  report.insert( QStringLiteral( "unmatched_statistics" ), unmatchedStatistics );

  QJsonArray suggestions;
  for ( const AcvSuggestion &suggestion : join.match.suggestions )
  {
    QJsonArray candidates;
    for ( int i = 0; i < suggestion.boundaryIndices.size(); ++i )
    {
      QJsonObject candidate;
      candidate.insert( QStringLiteral( "boundary" ), context.boundaryKeys.at( suggestion.boundaryIndices.at( i ) ) );
      candidate.insert( QStringLiteral( "score" ), qRound( suggestion.scores.value( i ) * 1000 ) / 1000.0 );
      candidates.append( candidate );
    }
    QJsonObject entry;
    entry.insert( QStringLiteral( "statistics" ), records.at( suggestion.statisticsIndex ).key );
    entry.insert( QStringLiteral( "statistics_row" ), records.at( suggestion.statisticsIndex ).row );
    entry.insert( QStringLiteral( "candidates" ), candidates );
    suggestions.append( entry );
  }
  report.insert( QStringLiteral( "suggestions" ), suggestions );

  QJsonArray ambiguities;
  for ( const AcvAmbiguity &ambiguity : join.match.ambiguities )
  {
    QJsonObject entry;
    entry.insert( QStringLiteral( "kind" ), ambiguityKind( ambiguity.kind ) );
    entry.insert( QStringLiteral( "key" ), ambiguity.key );
    QJsonArray b;
    for ( const int i : ambiguity.boundaryIndices )
      b.append( context.boundaryKeys.at( i ) );
    QJsonArray s;
    for ( const int i : ambiguity.statisticsIndices )
      s.append( records.at( i ).key );
    entry.insert( QStringLiteral( "boundaries" ), b );
    entry.insert( QStringLiteral( "statistics" ), s );
    ambiguities.append( entry );
  }
  report.insert( QStringLiteral( "ambiguities" ), ambiguities );
  report.insert( QStringLiteral( "mapping_errors" ), QJsonArray::fromStringList( join.match.mappingErrors ) );

  QJsonArray skipped;
  for ( const AcvSkippedRow &row : table.skippedRows() )
  {
    QJsonObject entry;
    entry.insert( QStringLiteral( "row" ), row.row );
    entry.insert( QStringLiteral( "reason" ), row.reason );
    entry.insert( QStringLiteral( "text" ), row.text );
    skipped.append( entry );
  }
  report.insert( QStringLiteral( "skipped_rows" ), skipped );

  const AcvTotals &t = join.totals;
  QJsonObject totals;
  totals.insert( QStringLiteral( "boundaries" ), context.boundaryKeys.size() );
  totals.insert( QStringLiteral( "statistics_rows" ), records.size() );
  totals.insert( QStringLiteral( "matched" ), join.match.matches.size() );
  totals.insert( QStringLiteral( "installs" ), t.installs );
  totals.insert( QStringLiteral( "smartphones" ), t.smartphones );
  totals.insert( QStringLiteral( "population" ), t.population );
  totals.insert( QStringLiteral( "coverage_pct" ), optionalNumber( t.coveragePct ) );
  totals.insert( QStringLiteral( "population_pct" ), optionalNumber( t.populationPct ) );
  totals.insert( QStringLiteral( "target_pct" ), context.targetPct );
  totals.insert( QStringLiteral( "gap_installs" ), optionalInteger( t.gapInstalls ) );
  totals.insert( QStringLiteral( "sum_of_locality_gaps" ), static_cast<double>( t.sumOfLocalityGaps ) );
  totals.insert( QStringLiteral( "localities_with_coverage" ), t.localitiesWithCoverage );
  totals.insert( QStringLiteral( "below_target" ), t.belowTarget );
  totals.insert( QStringLiteral( "coverage_above_100" ), t.coverageAbove100 );
  report.insert( QStringLiteral( "totals" ), totals );

  QStringList warnings = context.warnings;
  warnings.append( table.warnings() );
  warnings.append( join.warnings );
  report.insert( QStringLiteral( "warnings" ), QJsonArray::fromStringList( warnings ) );
  if ( context.remap && context.remap->isSet() )
    report.insert( QStringLiteral( "remap" ), remapObject( *context.remap, context.crosswalk ) );
  if ( context.campaign && !context.campaign->progress.isEmpty() )
    report.insert( QStringLiteral( "campaign" ), campaignObject( *context.campaign ) );
  return report;
}

bool AcvJoinReport::write( const QString &path, const QJsonObject &report, QString &error, AcvOutputTransaction *transaction )
{
  // Like every output: a hidden temporary beside it, renamed into place (AcvOutputFile).
  AcvOutputFile output( path, transaction );
  if ( output.tempPath().isEmpty() )
    return output.commit( error ); // its folder cannot be written: says why
  QFile file( output.tempPath() );
  const QByteArray content = QJsonDocument( report ).toJson( QJsonDocument::Indented );
  if ( !file.open( QIODevice::WriteOnly ) || file.write( content ) != content.size() || !file.flush() )
  {
    error = QStringLiteral( "%1: cannot be written (%2)" ).arg( path, file.errorString() );
    return false;
  }
  file.close();
  return output.commit( error );
}
