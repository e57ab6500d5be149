/***************************************************************************
  acvcoveragejob.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragejob.h"

#include <QCoreApplication>

#include "acvjoinedlayer.h"
#include "acvjoinedlayerwriter.h"
#include "acvmappingfile.h"
#include "acvstatisticsdate.h"

namespace
{
QString describeColumn( const AcvStatisticsTable &table, const AcvColumnBinding &binding, const AcvColumnReading *reading = nullptr )
{
  if ( !binding.isSet() )
    return QStringLiteral( "(none)" );
  const QString how = reading ? table.describeReading( *reading ) : QString();
  return QStringLiteral( "%1%2%3" ).arg( table.columnLabel( binding.index ), binding.detected ? QStringLiteral( " [detected]" ) : QString(), how.isEmpty() ? QString() : QStringLiteral( ": " ) + how );
}
} // namespace

AcvCoverageJob::AcvCoverageJob( const AcvCoverageJobOptions &options )
  : mOptions( options )
{
}

bool AcvCoverageJob::openBoundaries( QString &error, AcvProgress *progress )
{
  return mBoundaries.open( mOptions.boundaries, mOptions.boundaryLayer, error, progress );
}

QStringList AcvCoverageJob::inputFiles() const
{
  QStringList inputs = mBoundaries.sourceFiles();
  inputs << mOptions.stats << mOptions.mapping << mOptions.layoutTemplate << mOptions.styleFile;
  return inputs;
}

bool AcvCoverageJob::loadStatistics( AcvMessages &messages, QString &error, AcvProgress *progress )
{
  AcvStatisticsOptions statisticsOptions;
  statisticsOptions.path = mOptions.stats;
  statisticsOptions.sheet = mOptions.statsSheet;
  statisticsOptions.keyColumn = mOptions.statsKey;
  statisticsOptions.installsColumn = mOptions.installsColumn;
  statisticsOptions.smartphonesColumn = mOptions.smartphonesColumn;
  statisticsOptions.populationColumn = mOptions.populationColumn;
  statisticsOptions.convention = mOptions.numberFormat;
  statisticsOptions.preferCodeKey = mOptions.match == QLatin1String( "code" );
  statisticsOptions.strict = mOptions.strict;
  statisticsOptions.progress = progress;
  if ( !mTable.load( statisticsOptions, error ) )
    return false;
  // Facts name their file in their own words ("Statistics: annex.xlsx, …"): no place prefixed.
  auto info = [&messages]( const QString &text )
  { messages.append( AcvMessage::info( text ) ); };
  info( QStringLiteral( "Statistics: %1%2, header in row %3, %4 localities" )
            .arg( mOptions.stats, mTable.raw().sheet.isEmpty() ? QString() : QStringLiteral( " (sheet '%1')" ).arg( mTable.raw().sheet ) )
            .arg( mTable.headerRows().constLast() )
            .arg( mTable.records().size() ) );
  const QString decoding = AcvTableReader::describeDecoding( mTable.raw() );
  if ( !decoding.isEmpty() )
    info( QStringLiteral( "  text:        " ) + decoding );
  info( QStringLiteral( "  key:         " ) + describeColumn( mTable, mTable.keyColumn() ) );
  info( QStringLiteral( "  installs:    " ) + describeColumn( mTable, mTable.installsColumn(), &mTable.installsReading() ) );
  info( QStringLiteral( "  smartphones: " ) + describeColumn( mTable, mTable.smartphonesColumn(), &mTable.smartphonesReading() ) );
  info( QStringLiteral( "  population:  " ) + describeColumn( mTable, mTable.populationColumn(), &mTable.populationReading() ) );
  for ( const AcvSkippedRow &row : mTable.skippedRows() )
  {
    if ( row.reason != QLatin1String( "blank" ) )
      info( QStringLiteral( "  skipped row %1 (%2): %3" ).arg( row.row ).arg( row.reason, row.text.left( 80 ) ) );
  }
  messages.append( mTable.warningMessages() );
  return true;
}

AcvMessage AcvCoverageJob::statisticsError( const QString &error ) const
{
  const AcvMessage &located = mTable.errorMessage();
  if ( !located.text.isEmpty() && located.toString() == error )
    return located;
  AcvMessage message = AcvMessage::error( error );
  return message;
}

bool AcvCoverageJob::readMapping( QString &error )
{
  mMapping.clear();
  return mOptions.mapping.isEmpty() || AcvMappingFile::read( mOptions.mapping, mMapping, error );
}

bool AcvCoverageJob::chooseKeyField( AcvMessages &messages, QString &error )
{
  mKeyMode = mOptions.match == QLatin1String( "code" ) || ( mOptions.match == QLatin1String( "auto" ) && mTable.keyIsCode() )
                 ? AcvNameMatcher::KeyMode::Code
                 : AcvNameMatcher::KeyMode::Name;
  const QStringList statisticsKeys = mTable.keys();
  mKeyField = mOptions.boundaryKey;
  if ( mKeyField.isEmpty() )
  {
    mKeyField = mBoundaries.detectKeyField( statisticsKeys, mKeyMode, mMapping, nullptr, &mStatisticsNames );
    if ( mKeyField.isEmpty() )
    {
      error = QCoreApplication::translate( "AcvCoverageJob", "%1: no field of layer '%2' pairs with any locality of %3 (fields: %4); name the key with --boundary-key" )
                  .arg( mOptions.boundaries, mBoundaries.layerName(), mOptions.stats, mBoundaries.keyFieldCandidates().join( QLatin1String( ", " ) ) );
      return false;
    }
    messages.append( AcvMessage::info( QStringLiteral( "Boundaries: %1, layer '%2', key field '%3' [detected]" ).arg( mOptions.boundaries, mBoundaries.layerName(), mKeyField ) ) );
  }
  else
  {
    messages.append( AcvMessage::info( QStringLiteral( "Boundaries: %1, layer '%2', key field '%3'" ).arg( mOptions.boundaries, mBoundaries.layerName(), mKeyField ) ) );
  }
  for ( const QString &note : mBoundaries.notes() )
    messages.append( AcvMessage::info( QStringLiteral( "  " ) + note ) );
  for ( const QString &warning : mBoundaries.warnings() )
    messages.append( AcvMessage::warning( warning ) );
  mNameField = !mOptions.labelField.isEmpty() ? mOptions.labelField : mBoundaries.detectNameField( mKeyField, mKeyMode );
  return mBoundaries.keys( mKeyField, mBoundaryKeys, error );
}

bool AcvCoverageJob::match( QString &error, const AcvProgress *progress )
{
  AcvCoverageJoinOptions joinOptions;
  joinOptions.boundaryKeys = mBoundaryKeys;
  joinOptions.mapping = mMapping;
  joinOptions.keyMode = mKeyMode;
  joinOptions.targetPct = mOptions.targetPct;
  joinOptions.statisticsNames = mStatisticsNames; // normalized once by key detection, if it ran
  joinOptions.progress = progress;
  mJoin = AcvCoverageJoinResult();
  const bool joined = AcvCoverageJoin::run( joinOptions, mTable, mJoin, error );
  mStatisticsNames = QVector<AcvNormalizedName>(); // only this match needed them
  return joined;
}

void AcvCoverageJob::describeJoin( AcvMessages &messages ) const
{
  const AcvMatchResult &match = mJoin.match;
  messages.append( AcvMessage::info( QStringLiteral( "Join: %1 of %2 boundaries matched %1 of %3 statistics rows (by %4)" )
                                         .arg( match.matches.size() )
                                         .arg( mBoundaryKeys.size() )
                                         .arg( mTable.records().size() )
                                         .arg( mKeyMode == AcvNameMatcher::KeyMode::Code ? QStringLiteral( "code" ) : QStringLiteral( "name" ) ) ) );
  for ( const int b : match.unmatchedBoundaries )
  {
    AcvMessage message = AcvMessage::warning( QCoreApplication::translate( "AcvCoverageJob", "boundary '%1' has no statistics row" ).arg( mBoundaryKeys.at( b ) ) );
    messages.append( message );
  }
  for ( const int s : match.unmatchedStatistics )
  {
    const AcvStatisticsRecord &record = mTable.records().at( s );
    QString hint;
    for ( const AcvSuggestion &suggestion : match.suggestions )
    {
      if ( suggestion.statisticsIndex != s )
        continue;
      QStringList names;
      for ( const int b : suggestion.boundaryIndices )
        names.append( QStringLiteral( "'%1'" ).arg( mBoundaryKeys.at( b ) ) );
      hint = QCoreApplication::translate( "AcvCoverageJob", "; did you mean %1? (add it to a --mapping file)" ).arg( names.join( QLatin1String( " or " ) ) );
    }
    messages.append( mTable.messageAt( AcvMessage::Level::Warning, record.row, mTable.keyColumn().index, QCoreApplication::translate( "AcvCoverageJob", "'%1' matches no boundary%2" ).arg( record.key, hint ) ) );
  }
  for ( const QString &mappingError : match.mappingErrors )
  {
    AcvMessage message = AcvMessage::warning( mappingError );
    message.file = mOptions.mapping;
    messages.append( message );
  }
  for ( const QString &warning : mJoin.warnings )
    messages.append( AcvMessage::warning( warning ) );

  const AcvTotals &totals = mJoin.totals;
  messages.append( AcvMessage::info( QStringLiteral( "Totals: installs %1, coverage %2 of smartphone users, %3 of population; %4 of %5 localities below the %6 % target" )
                                         .arg( AcvNumberParser::format( totals.installs, 0, AcvNumberConvention::English ),
                                               totals.coveragePct ? QString::number( *totals.coveragePct, 'f', 2 ) + QStringLiteral( " %" ) : QStringLiteral( "n/a" ),
                                               totals.populationPct ? QString::number( *totals.populationPct, 'f', 2 ) + QStringLiteral( " %" ) : QStringLiteral( "n/a" ) )
                                         .arg( totals.belowTarget )
                                         .arg( totals.localitiesWithCoverage )
                                         .arg( mOptions.targetPct ) ) );
}

AcvJoinSummary AcvCoverageJob::joinSummary() const
{
  AcvJoinSummary summary;
  const AcvMatchResult &match = mJoin.match;
  summary.keyField = mKeyField;
  summary.byCode = mKeyMode == AcvNameMatcher::KeyMode::Code;
  summary.boundaries = static_cast<int>( mBoundaryKeys.size() );
  summary.rows = static_cast<int>( mTable.records().size() );
  summary.matched = static_cast<int>( match.matches.size() );
  for ( const int b : match.unmatchedBoundaries )
    summary.unmatchedBoundaries.append( mBoundaryKeys.at( b ) );
  for ( const int s : match.unmatchedStatistics )
    summary.unmatchedRows.append( mTable.records().at( s ).key );
  summary.totals = mJoin.totals;
  return summary;
}

bool AcvCoverageJob::checkStrict( QString &error ) const
{
  const AcvMatchResult &match = mJoin.match;
  if ( mOptions.strict && ( !match.unmatchedBoundaries.isEmpty() || !match.unmatchedStatistics.isEmpty() || !match.ambiguities.isEmpty() || !match.mappingErrors.isEmpty() ) )
  {
    error = QCoreApplication::translate( "AcvCoverageJob", "--strict: %1 boundaries and %2 statistics rows are unmatched (see the warnings above)" )
                .arg( match.unmatchedBoundaries.size() )
                .arg( match.unmatchedStatistics.size() );
    return false;
  }
  return true;
}

bool AcvCoverageJob::checkAnyMatched( QString &error ) const
{
  const AcvMatchResult &match = mJoin.match;
  if ( !match.matches.isEmpty() || mTable.records().isEmpty() )
    return true;
  QStringList closest;
  for ( const AcvSuggestion &suggestion : match.suggestions )
  {
    if ( closest.size() >= 3 || suggestion.boundaryIndices.isEmpty() )
      continue;
    closest.append( QStringLiteral( "'%1' ~ '%2'" ).arg( mTable.records().at( suggestion.statisticsIndex ).key, mBoundaryKeys.at( suggestion.boundaryIndices.first() ) ) );
  }
  QStringList rows;
  for ( int i = 0; i < std::min( 3, static_cast<int>( mTable.records().size() ) ); ++i )
    rows.append( QStringLiteral( "'%1'" ).arg( mTable.records().at( i ).key ) );
  QStringList boundaries;
  for ( int i = 0; i < std::min( 3, static_cast<int>( mBoundaryKeys.size() ) ); ++i )
    boundaries.append( QStringLiteral( "'%1'" ).arg( mBoundaryKeys.at( i ) ) );
  error = QCoreApplication::translate( "AcvCoverageJob", "0 of %1 statistics rows of %2 matched any of the %3 boundaries of %4 (by %5, field '%6'); nothing was written. "
                                                         "The annex has %7…, the boundaries %8…%9. Are both at the same administrative level? Name the key with "
                                                         "--boundary-key or pair names with a --mapping file." )
              .arg( mTable.records().size() )
              .arg( mOptions.stats )
              .arg( mBoundaryKeys.size() )
              .arg( mOptions.boundaries, mKeyMode == AcvNameMatcher::KeyMode::Code ? QCoreApplication::translate( "AcvCoverageJob", "code" ) : QCoreApplication::translate( "AcvCoverageJob", "name" ), mKeyField,
                    rows.join( QLatin1String( ", " ) ), boundaries.join( QLatin1String( ", " ) ),
                    closest.isEmpty() ? QString() : QCoreApplication::translate( "AcvCoverageJob", "; closest spellings: %1" ).arg( closest.join( QLatin1String( ", " ) ) ) );
  return false;
}

bool AcvCoverageJob::writeJoined( const QString &path, const QString &layerName, QStringList &warnings, QString &error, AcvProgress *progress ) const
{
  AcvJoinedFeatures joined;
  AcvJoinedLayerWriter writer;
  return AcvJoinedLayer::build( mBoundaries, mNameField, mTable, mJoin, mOptions.targetPct, joined, warnings, error ) && writer.create( joined, path, layerName, error ) && writer.finish( joined.features, error, progress );
}

QDate AcvCoverageJob::statisticsDate( QString *evidence ) const
{
  if ( mOptions.statisticsDate.isValid() )
    return mOptions.statisticsDate;
  QStringList titleRows;
  const AcvRawTable &raw = mTable.raw();
  for ( int i = 0; i < raw.rows.size() && !mTable.headerRows().isEmpty() && raw.rowNumbers.at( i ) < mTable.headerRows().constFirst(); ++i )
    titleRows.append( raw.rows.at( i ).join( QLatin1Char( ' ' ) ) );
  const AcvStatisticsDate::Result date = AcvStatisticsDate::detect( titleRows, mOptions.stats );
  if ( evidence )
    *evidence = date.evidence;
  return date.date;
}

bool AcvCoverageJob::displayNames( QStringList &names, QString &error ) const
{
  names = mBoundaryKeys;
  return mNameField.isEmpty() || mBoundaries.keys( mNameField, names, error );
}

AcvStyleOptions AcvCoverageJob::styleOptions( const AcvCoverageJobOptions &options )
{
  AcvStyleOptions style = options.style;
  style.language = options.language;
  style.classification.targetPct = options.targetPct;
  return style;
}
