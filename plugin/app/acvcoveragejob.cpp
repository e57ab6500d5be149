/***************************************************************************
  acvcoveragejob.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragejob.h"

#include "acvjoinedlayerwriter.h"
#include "acvmappingfile.h"

#include <QTextStream>

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

AcvCoverageJob::AcvCoverageJob( const AcvCoverageMapOptions &options )
  : mOptions( options )
{
}

bool AcvCoverageJob::openBoundaries( QString &error )
{
  return mBoundaries.open( mOptions.boundaries, mOptions.boundaryLayer, error );
}

QStringList AcvCoverageJob::inputFiles() const
{
  QStringList inputs = mBoundaries.sourceFiles();
  inputs << mOptions.stats << mOptions.mapping << mOptions.layoutTemplate << mOptions.styleFile;
  return inputs;
}

bool AcvCoverageJob::loadStatistics( QTextStream &out, QTextStream &err, QString &error )
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
  if ( !mTable.load( statisticsOptions, error ) )
    return false;
  out << "Statistics: " << mOptions.stats << ( mTable.raw().sheet.isEmpty() ? QString() : QStringLiteral( " (sheet '%1')" ).arg( mTable.raw().sheet ) )
      << ", header in row " << mTable.headerRows().constLast() << ", " << mTable.records().size() << " localities" << Qt::endl;
  out << "  key:         " << describeColumn( mTable, mTable.keyColumn() ) << Qt::endl;
  out << "  installs:    " << describeColumn( mTable, mTable.installsColumn(), &mTable.installsReading() ) << Qt::endl;
  out << "  smartphones: " << describeColumn( mTable, mTable.smartphonesColumn(), &mTable.smartphonesReading() ) << Qt::endl;
  out << "  population:  " << describeColumn( mTable, mTable.populationColumn(), &mTable.populationReading() ) << Qt::endl;
  for ( const AcvSkippedRow &row : mTable.skippedRows() )
  {
    if ( row.reason != QLatin1String( "blank" ) )
      out << "  skipped row " << row.row << " (" << row.reason << "): " << row.text.left( 80 ) << Qt::endl;
  }
  for ( const QString &warning : mTable.warnings() )
    err << "coverage-map: warning: " << warning << Qt::endl;
  return true;
}

bool AcvCoverageJob::readMapping( QString &error )
{
  mMapping.clear();
  return mOptions.mapping.isEmpty() || AcvMappingFile::read( mOptions.mapping, mMapping, error );
}

bool AcvCoverageJob::chooseKeyField( QTextStream &out, QTextStream &err, QString &error )
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
      error = QStringLiteral( "%1: no field of layer '%2' pairs with any locality of %3 (fields: %4); name the key with --boundary-key" )
                  .arg( mOptions.boundaries, mBoundaries.layerName(), mOptions.stats, mBoundaries.keyFieldCandidates().join( QLatin1String( ", " ) ) );
      return false;
    }
    out << "Boundaries: " << mOptions.boundaries << ", layer '" << mBoundaries.layerName() << "', key field '" << mKeyField << "' [detected]" << Qt::endl;
  }
  else
  {
    out << "Boundaries: " << mOptions.boundaries << ", layer '" << mBoundaries.layerName() << "', key field '" << mKeyField << "'" << Qt::endl;
  }
  for ( const QString &warning : mBoundaries.warnings() )
    err << "coverage-map: warning: " << warning << Qt::endl;
  mNameField = !mOptions.labelField.isEmpty() ? mOptions.labelField : mBoundaries.detectNameField( mKeyField, mKeyMode );
  return mBoundaries.keys( mKeyField, mBoundaryKeys, error );
}

bool AcvCoverageJob::match( QString &error )
{
  AcvCoverageJoinOptions joinOptions;
  joinOptions.boundaryKeys = mBoundaryKeys;
  joinOptions.mapping = mMapping;
  joinOptions.keyMode = mKeyMode;
  joinOptions.targetPct = mOptions.targetPct;
  joinOptions.statisticsNames = mStatisticsNames; // normalized once by key detection, if it ran
  mJoin = AcvCoverageJoinResult();
  const bool joined = AcvCoverageJoin::run( joinOptions, mTable, mJoin, error );
  mStatisticsNames = QVector<AcvNormalizedName>(); // only this match needed them
  return joined;
}

void AcvCoverageJob::describeJoin( QTextStream &out, QTextStream &err ) const
{
  const AcvMatchResult &match = mJoin.match;
  out << "Join: " << match.matches.size() << " of " << mBoundaryKeys.size() << " boundaries matched "
      << match.matches.size() << " of " << mTable.records().size() << " statistics rows (by " << ( mKeyMode == AcvNameMatcher::KeyMode::Code ? "code" : "name" ) << ")" << Qt::endl;
  for ( const int b : match.unmatchedBoundaries )
    err << "coverage-map: warning: boundary '" << mBoundaryKeys.at( b ) << "' has no statistics row" << Qt::endl;
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
      hint = QStringLiteral( "; did you mean %1? (add it to a --mapping file)" ).arg( names.join( QLatin1String( " or " ) ) );
    }
    err << "coverage-map: warning: " << mTable.cellReference( record.row, mTable.keyColumn().index ) << ": '" << record.key << "' matches no boundary" << hint << Qt::endl;
  }
  for ( const QString &mappingError : match.mappingErrors )
    err << "coverage-map: warning: " << mOptions.mapping << ": " << mappingError << Qt::endl;
  for ( const QString &warning : mJoin.warnings )
    err << "coverage-map: warning: " << warning << Qt::endl;

  const AcvTotals &totals = mJoin.totals;
  out << "Totals: installs " << AcvNumberParser::format( totals.installs, 0, AcvNumberConvention::English )
      << ", coverage " << ( totals.coveragePct ? QString::number( *totals.coveragePct, 'f', 2 ) + QStringLiteral( " %" ) : QStringLiteral( "n/a" ) )
      << " of smartphone users, " << ( totals.populationPct ? QString::number( *totals.populationPct, 'f', 2 ) + QStringLiteral( " %" ) : QStringLiteral( "n/a" ) )
      << " of population; " << totals.belowTarget << " of " << totals.localitiesWithCoverage << " localities below the " << mOptions.targetPct << " % target" << Qt::endl;
}

bool AcvCoverageJob::checkStrict( QString &error ) const
{
  const AcvMatchResult &match = mJoin.match;
  if ( mOptions.strict && ( !match.unmatchedBoundaries.isEmpty() || !match.unmatchedStatistics.isEmpty() || !match.ambiguities.isEmpty() || !match.mappingErrors.isEmpty() ) )
  {
    error = QStringLiteral( "--strict: %1 boundaries and %2 statistics rows are unmatched (see the warnings above)" )
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
  error = QStringLiteral( "0 of %1 statistics rows of %2 matched any of the %3 boundaries of %4 (by %5, field '%6'); nothing was written. "
                          "The annex has %7…, the boundaries %8…%9. Are both at the same administrative level? Name the key with "
                          "--boundary-key or pair names with a --mapping file." )
              .arg( mTable.records().size() )
              .arg( mOptions.stats )
              .arg( mBoundaryKeys.size() )
              .arg( mOptions.boundaries, mKeyMode == AcvNameMatcher::KeyMode::Code ? QStringLiteral( "code" ) : QStringLiteral( "name" ), mKeyField,
                    rows.join( QLatin1String( ", " ) ), boundaries.join( QLatin1String( ", " ) ),
                    closest.isEmpty() ? QString() : QStringLiteral( "; closest spellings: %1" ).arg( closest.join( QLatin1String( ", " ) ) ) );
  return false;
}

bool AcvCoverageJob::writeJoined( const QString &path, const QString &layerName, QStringList &warnings, QString &error ) const
{
  return AcvJoinedLayerWriter::write( mBoundaries, mNameField, mTable, mJoin, mOptions.targetPct, path, layerName, warnings, error );
}

bool AcvCoverageJob::displayNames( QStringList &names, QString &error ) const
{
  names = mBoundaryKeys;
  return mNameField.isEmpty() || mBoundaries.keys( mNameField, names, error );
}

AcvStyleOptions AcvCoverageJob::styleOptions( const AcvCoverageMapOptions &options )
{
  AcvStyleOptions style = options.style;
  style.language = options.language;
  style.classification.targetPct = options.targetPct;
  return style;
}
