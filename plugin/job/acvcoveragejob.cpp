/***************************************************************************
  acvcoveragejob.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragejob.h"

#include <QCoreApplication>

#include "acvareaapportionment.h"
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
  , mBoundaries( std::make_shared<AcvBoundarySource>() )
{
}

void AcvCoverageJob::shareBoundaries( const AcvCoverageJob &other )
{
  mBoundaries = other.mBoundaries;
}

bool AcvCoverageJob::openBoundaries( QString &error, AcvProgress *progress )
{
  return mBoundaries->open( mOptions.boundaries, mOptions.boundaryLayer, error, progress );
}

QStringList AcvCoverageJob::inputFiles() const
{
  QStringList inputs = mBoundaries->sourceFiles();
  inputs << mOptions.stats;
  for ( const AcvAnnexInput &annex : mOptions.moreStats )
    inputs << annex.path;
  inputs << mOptions.mapping << mOptions.layoutTemplate << mOptions.styleFile << mOptions.crosswalk << mOptions.oldBoundaries;
  return inputs;
}

bool AcvCoverageJob::loadStatistics( AcvMessages &messages, QString &error, AcvProgress *progress )
{
  AcvStatisticsOptions statisticsOptions;
  statisticsOptions.path = mOptions.stats;
  statisticsOptions.sheet = mOptions.statsSheet;
  statisticsOptions.keyColumn = mOptions.statsKey;
  // Summing by a column reads it as the rows' parent: with its merged cells and fill-down.
  // (the column summed by wins over --stats-parent: that is what the analyst asked to sum by).
  statisticsOptions.parentColumn = mOptions.aggregateBy.isEmpty() ? mOptions.statsParent : mOptions.aggregateBy;
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
  if ( mTable.codeColumn().isSet() )
    info( QStringLiteral( "  code:        " ) + describeColumn( mTable, mTable.codeColumn() ) );
  if ( mTable.parentReading().source != AcvParentReading::Source::None )
    info( QStringLiteral( "  parent:      " ) + mTable.describeParents() );
  info( QStringLiteral( "  level:       " ) + mTable.level().describe() );
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

bool AcvCoverageJob::remap( AcvMessages &messages, QString &error )
{
  if ( mOptions.crosswalk.isEmpty() && mOptions.aggregateBy.isEmpty() )
    return true;
  if ( !mOptions.crosswalk.isEmpty() && !mOptions.aggregateBy.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvCoverageJob", "--crosswalk and --aggregate-by both re-map the annex's units; give one of them" );
    return false;
  }
  if ( !mOptions.partialBy.isEmpty() && mOptions.partialBy != QLatin1String( "area" ) )
  {
    error = QCoreApplication::translate( "AcvCoverageJob", "--partial-by %1: the only way to apportion split units is 'area'" ).arg( mOptions.partialBy );
    return false;
  }
  if ( mOptions.partialBy == QLatin1String( "area" ) && ( mOptions.crosswalk.isEmpty() || mOptions.oldBoundaries.isEmpty() ) )
  {
    error = QCoreApplication::translate( "AcvCoverageJob", "--partial-by area needs a --crosswalk and the old units' boundaries (--old-boundaries FILE)" );
    return false;
  }
  auto info = [&messages]( const QString &text )
  { messages.append( AcvMessage::info( text ) ); };
  if ( !mOptions.aggregateBy.isEmpty() )
  {
    if ( mTable.parentReading().source == AcvParentReading::Source::None )
    {
      error = QCoreApplication::translate( "AcvCoverageJob", "%1: --aggregate-by %2 names no column whose values the rows can be summed by" ).arg( mOptions.stats, mOptions.aggregateBy );
      return false;
    }
    if ( !mRemap.aggregate( mTable, error ) )
      return false;
    info( QStringLiteral( "Aggregated by %1" ).arg( mRemap.describe() ) );
  }
  else
  {
    AcvCrosswalkOptions crosswalkOptions;
    crosswalkOptions.path = mOptions.crosswalk;
    crosswalkOptions.sheet = mOptions.crosswalkSheet;
    crosswalkOptions.columns = mOptions.crosswalkColumns;
    if ( !mCrosswalk.load( crosswalkOptions, error ) )
      return false;
    info( QStringLiteral( "Crosswalk: " ) + mCrosswalk.describe() );
    // By code when both sides have codes (codes survive a renaming: Thừa Thiên Huế is Thành phố Huế).
    const bool annexHasCodes = mTable.keyIsCode() || mTable.codeColumn().isSet();
    const bool oldByCode = mOptions.match == QLatin1String( "code" ) || ( mOptions.match == QLatin1String( "auto" ) && ( mTable.keyIsCode() || ( annexHasCodes && mCrosswalk.hasOldCodes() ) ) );
    const AcvNameMatcher::KeyMode oldMode = oldByCode ? AcvNameMatcher::KeyMode::Code : AcvNameMatcher::KeyMode::Name;
    QHash<int, double> shares;
    if ( mOptions.partialBy == QLatin1String( "area" ) && !mCrosswalk.hasShares() && !areaShares( shares, messages, error ) )
      return false;
    if ( !mRemap.crosswalk( mTable, mCrosswalk, oldMode, shares, error ) )
      return false;
    info( QStringLiteral( "Re-mapped by " ) + mRemap.describe() );
  }
  for ( const QString &note : mRemap.notes() )
    info( QStringLiteral( "  " ) + note );
  for ( const QString &warning : mRemap.warnings() )
    messages.append( AcvMessage::warning( warning ) );

  // New units are keyed by their codes when the crosswalk has them and a boundary field holds
  // them (codes do not change spelling); else by their names.
  bool byCode = false;
  if ( mRemap.kind() == AcvUnitRemap::Kind::Crosswalk && mCrosswalk.hasNewCodes() )
  {
    QStringList codes;
    for ( const AcvStatisticsRecord &record : mRemap.unitRecords( true ) )
      codes.append( record.key );
    byCode = newUnitsByCode( codes );
  }
  mTable.replaceRecords( mRemap.unitRecords( byCode ), mRemap.level(), byCode );
  return true;
}

AcvReportRemap AcvCoverageJob::reportRemap() const
{
  AcvReportRemap remap;
  if ( !mRemap.isSet() )
    return remap;
  remap.kind = mRemap.kind() == AcvUnitRemap::Kind::Crosswalk ? AcvReportRemap::Kind::Crosswalk : AcvReportRemap::Kind::Aggregation;
  remap.source = mRemap.source();
  for ( const AcvRemappedUnit &unit : mRemap.units() )
  {
    for ( const AcvRemapSource &source : unit.sources )
    {
      if ( source.share < 1.0 )
        remap.split = mCrosswalk.hasShares() ? AcvReportRemap::Split::Shares : AcvReportRemap::Split::Area;
    }
  }
  return remap;
}

bool AcvCoverageJob::newUnitsByCode( const QStringList &codes, QString *field ) const
{
  if ( !mCrosswalk.hasNewCodes() )
    return false;
  int matches = 0;
  QString keyField = mOptions.boundaryKey;
  if ( keyField.isEmpty() )
  {
    keyField = mBoundaries->detectKeyField( codes, AcvNameMatcher::KeyMode::Code, QHash<QString, QString>(), &matches );
  }
  else
  {
    // The analyst's key field may hold the names ("full_name"): codes only if it holds codes.
    QStringList values;
    QString ignored;
    if ( mBoundaries->keys( keyField, values, ignored ) )
      matches = static_cast<int>( AcvNameMatcher::match( values, codes, AcvNameMatcher::KeyMode::Code ).matches.size() );
  }
  if ( field )
    *field = keyField;
  return !keyField.isEmpty() && ( matches > 0 || !mCrosswalk.hasNewNames() );
}

bool AcvCoverageJob::areaShares( QHash<int, double> &shares, AcvMessages &messages, QString &error )
{
  AcvAreaApportionmentOptions options;
  options.oldBoundaries = mOptions.oldBoundaries;
  options.oldBoundaryLayer = mOptions.oldBoundaryLayer;
  options.oldBoundaryKey = mOptions.oldBoundaryKey;
  options.newBoundaries = mBoundaries.get();
  options.mapping = mMapping;
  // The default context lets PROJ choose the transformation, as QGIS does for a project that
  // sets none: the job may run on a task's thread, where the project is not to be read.
  options.transformContext = QgsCoordinateTransformContext();
  // The new parts are found by the field the join will pair the new units with (end of remap()).
  QStringList codes;
  QStringList names;
  for ( const AcvCrosswalkUnit &unit : mCrosswalk.newUnits() )
  {
    codes.append( unit.code );
    names.append( unit.label() );
  }
  if ( newUnitsByCode( codes, &options.newKeyField ) )
    options.newKeyMode = AcvNameMatcher::KeyMode::Code;
  else
    options.newKeyField = mOptions.boundaryKey.isEmpty() ? mBoundaries->detectKeyField( names, AcvNameMatcher::KeyMode::Name, mMapping ) : mOptions.boundaryKey;

  AcvAreaApportionment apportionment;
  if ( !apportionment.run( mCrosswalk, options, error ) )
    return false;
  if ( apportionment.splits().isEmpty() )
    return true;
  messages.append( AcvMessage::info( apportionment.describeSource() ) );
  for ( const QString &note : apportionment.notes() )
    messages.append( AcvMessage::info( QStringLiteral( "  " ) + note ) );
  for ( const QString &warning : apportionment.warnings() )
    messages.append( AcvMessage::warning( warning ) );
  messages.append( AcvMessage::info( QStringLiteral( "Split units apportioned by area of overlap: " ) + apportionment.describe() ) );
  shares = apportionment.shares();
  return true;
}

bool AcvCoverageJob::chooseKeyField( AcvMessages &messages, QString &error )
{
  // Once per loaded annex: the dialog matches again after the analyst's review.
  if ( !mTable.isRemapped() && !remap( messages, error ) )
    return false;
  // --match is about the annex's own key; the units a remap made say what theirs are.
  mKeyMode = mTable.isRemapped() ? ( mTable.keyIsCode() ? AcvNameMatcher::KeyMode::Code : AcvNameMatcher::KeyMode::Name )
             : mOptions.match == QLatin1String( "code" ) || ( mOptions.match == QLatin1String( "auto" ) && mTable.keyIsCode() )
                 ? AcvNameMatcher::KeyMode::Code
                 : AcvNameMatcher::KeyMode::Name;
  const QStringList statisticsKeys = mTable.keys();
  mBoundaryLevel = mBoundaries->layerLevel();
  // A level read from both sides that differs is refused before any key is tried: a district
  // annex would otherwise pair with the communes and towns named after their districts.
  if ( !checkLevels( statisticsKeys, -1, error ) )
    return false;
  mKeyField = mOptions.boundaryKey;
  if ( mKeyField.isEmpty() )
  {
    int keyMatches = 0;
    mKeyField = mBoundaries->detectKeyField( statisticsKeys, mKeyMode, mMapping, &keyMatches, &mStatisticsNames, mTable.normalizedKeys() );
    if ( mKeyField.isEmpty() || !checkLevels( statisticsKeys, keyMatches, error ) )
    {
      if ( mKeyField.isEmpty() )
        error = QCoreApplication::translate( "AcvCoverageJob", "%1: no field of layer '%2' pairs with any locality of %3 (fields: %4); name the key with --boundary-key" )
                    .arg( mOptions.boundaries, mBoundaries->layerName(), mOptions.stats, mBoundaries->keyFieldCandidates().join( QLatin1String( ", " ) ) );
      return false;
    }
    messages.append( AcvMessage::info( QStringLiteral( "Boundaries: %1, layer '%2', key field '%3' [detected]" ).arg( mOptions.boundaries, mBoundaries->layerName(), mKeyField ) ) );
  }
  else
  {
    messages.append( AcvMessage::info( QStringLiteral( "Boundaries: %1, layer '%2', key field '%3'" ).arg( mOptions.boundaries, mBoundaries->layerName(), mKeyField ) ) );
  }
  messages.append( AcvMessage::info( QStringLiteral( "  level:       " ) + mBoundaryLevel.describe() ) );
  for ( const QString &note : mBoundaries->notes() )
    messages.append( AcvMessage::info( QStringLiteral( "  " ) + note ) );
  for ( const QString &warning : mBoundaries->warnings() )
    messages.append( AcvMessage::warning( warning ) );
  if ( !chooseParentField( messages, error ) )
    return false;
  mNameField = !mOptions.labelField.isEmpty() ? mOptions.labelField : mBoundaries->detectNameField( mKeyField, mKeyMode );
  return mBoundaries->keys( mKeyField, mBoundaryKeys, error );
}

bool AcvCoverageJob::checkLevels( const QStringList &statisticsKeys, int keyMatches, QString &error ) const
{
  const AcvLevelReading &annex = mTable.level();
  AcvAdminLevel annexLevel = annex.level;
  QString annexEvidence = annex.describe();
  QString groupingField;
  if ( keyMatches >= 0 )
  {
    // An annex of untyped names ("Chư Păh") tells no level; if its names are the values of a
    // field that groups the features (a commune layer's district field) rather than of the key,
    // it lists the units the features belong to.
    if ( annexLevel != AcvAdminLevel::Unknown || mKeyMode != AcvNameMatcher::KeyMode::Name )
      return true;
    int best = keyMatches;
    int groups = 0;
    for ( const AcvFieldProfile &profile : mBoundaries->fieldProfiles() )
    {
      if ( !profile.groups() || profile.distinct < 2 || profile.name == mKeyField )
        continue;
      const int count = static_cast<int>( AcvNameMatcher::match( profile.values, statisticsKeys ).matches.size() );
      if ( count > best && count * 2 >= statisticsKeys.size() )
      {
        best = count;
        groupingField = profile.name;
        groups = profile.distinct;
      }
    }
    if ( groupingField.isEmpty() )
      return true;
    annexLevel = AcvAdminLevel::Unknown;
    annexEvidence = QCoreApplication::translate( "AcvCoverageJob", "the units field '%1' groups the features into (%2 of its %3 values pair with the annex's %4 rows)" )
                        .arg( groupingField )
                        .arg( best )
                        .arg( groups )
                        .arg( statisticsKeys.size() );
  }
  else if ( annexLevel == AcvAdminLevel::Unknown || mBoundaryLevel.level == AcvAdminLevel::Unknown || annexLevel == mBoundaryLevel.level )
  {
    return true;
  }

  // What to use instead: boundaries of the annex's level; or these, dissolved by the field of
  // that level; or the annex summed up to the boundaries' level.
  QString advice;
  if ( groupingField.isEmpty() && annexLevel != AcvAdminLevel::Unknown )
  {
    for ( const AcvFieldProfile &profile : mBoundaries->fieldProfiles() )
    {
      if ( profile.groups() && profile.level.level == annexLevel )
        groupingField = profile.name;
    }
  }
  const QString wanted = annexLevel != AcvAdminLevel::Unknown ? QCoreApplication::translate( "AcvCoverageJob", "%1 boundaries" ).arg( AcvAdminTypes::levelName( annexLevel ) )
                                                              : QCoreApplication::translate( "AcvCoverageJob", "boundaries of the units in field '%1'" ).arg( groupingField );
  if ( !groupingField.isEmpty() )
    advice = QCoreApplication::translate( "AcvCoverageJob", "use %1, or dissolve these by field '%2' first (QGIS: Vector ▸ Geoprocessing Tools ▸ Dissolve, field '%2')" ).arg( wanted, groupingField );
  else if ( AcvAdminLevels::isAbove( mBoundaryLevel.level, annexLevel ) )
    advice = QCoreApplication::translate( "AcvCoverageJob", "use %1 for this annex, or an annex of %2" ).arg( wanted, AcvAdminLevels::pluralName( mBoundaryLevel.level ) );
  else
    advice = QCoreApplication::translate( "AcvCoverageJob", "use %1 for this annex" ).arg( wanted );
  error = QCoreApplication::translate( "AcvCoverageJob", "%1 and %2 are not at the same administrative level: the annex lists %3, the boundaries are %4. Nothing was joined; %5." )
              .arg( mOptions.stats, mOptions.boundaries, annexEvidence, mBoundaryLevel.describe(), advice );
  return false;
}

bool AcvCoverageJob::chooseParentField( AcvMessages &messages, QString &error )
{
  mParentField.clear();
  mBoundaryParents.clear();
  QStringList statisticsParents;
  for ( const QString &parent : mTable.parents() )
  {
    if ( !parent.isEmpty() && !statisticsParents.contains( parent ) )
      statisticsParents.append( parent );
  }
  if ( !mOptions.boundaryParent.isEmpty() )
  {
    mParentField = mOptions.boundaryParent;
    if ( !mBoundaries->keys( mParentField, mBoundaryParents, error ) )
    {
      error.replace( QLatin1String( "has no field" ), QLatin1String( "has no parent field" ) );
      return false;
    }
    messages.append( AcvMessage::info( QStringLiteral( "  parent:      field '%1'" ).arg( mParentField ) ) );
    return true;
  }
  int matched = 0;
  mParentField = mBoundaries->detectParentField( mKeyField, statisticsParents, &matched );
  if ( !statisticsParents.isEmpty() && ( mParentField.isEmpty() || matched == 0 ) )
  {
    messages.append( AcvMessage::warning( QCoreApplication::translate( "AcvCoverageJob", "the annex gives each row's parent (%1 parents such as '%2'), but no field of %3 pairs with them; rows are matched by name alone (name the field with --boundary-parent)" )
                                              .arg( statisticsParents.size() )
                                              .arg( statisticsParents.constFirst(), mOptions.boundaries ) ) );
    mParentField.clear();
    return true;
  }
  if ( mParentField.isEmpty() )
    return true;
  if ( !mBoundaries->keys( mParentField, mBoundaryParents, error ) )
    return false;
  messages.append( AcvMessage::info( statisticsParents.isEmpty() ? QStringLiteral( "  parent:      field '%1' [detected]" ).arg( mParentField )
                                                                 : QStringLiteral( "  parent:      field '%1' [detected], pairs with %2 of the annex's %3 parents" ).arg( mParentField ).arg( matched ).arg( statisticsParents.size() ) ) );
  return true;
}

QString AcvCoverageJob::withParent( const QString &name, const QString &parent )
{
  return parent.isEmpty() ? QStringLiteral( "'%1'" ).arg( name ) : QStringLiteral( "'%1' (%2)" ).arg( name, parent );
}

bool AcvCoverageJob::match( QString &error, const AcvProgress *progress )
{
  AcvCoverageJoinOptions joinOptions;
  joinOptions.boundaryKeys = mBoundaryKeys;
  joinOptions.mapping = mMapping;
  joinOptions.keyMode = mKeyMode;
  joinOptions.targetPct = mOptions.targetPct;
  joinOptions.statisticsNames = mStatisticsNames; // normalized once by key detection, if it ran
  // Parents tell repeated names apart only when both sides have them.
  if ( !mTable.parents().isEmpty() )
    joinOptions.boundaryParents = mBoundaryParents;
  joinOptions.progress = progress;
  mJoin = AcvCoverageJoinResult();
  bool joined = AcvCoverageJoin::run( joinOptions, mTable, mJoin, error );
  // New units keyed by code whose codes the boundaries write otherwise (the crosswalk's 23737 is
  // the layer's 23938 for Xã Ia Mơ) are paired by name, where the name is unique, and said.
  mCodeMismatches.clear();
  if ( joined && mRemap.isSet() && mKeyMode == AcvNameMatcher::KeyMode::Code && !mNameField.isEmpty() && !mJoin.match.unmatchedStatistics.isEmpty() && !mJoin.match.unmatchedBoundaries.isEmpty() )
  {
    QStringList boundaryNames;
    QString ignored;
    if ( mBoundaries->keys( mNameField, boundaryNames, ignored ) )
    {
      QStringList openNames;
      QStringList unitNames;
      for ( const int b : std::as_const( mJoin.match.unmatchedBoundaries ) )
        openNames.append( boundaryNames.value( b ) );
      for ( const int u : std::as_const( mJoin.match.unmatchedStatistics ) )
        unitNames.append( mRemap.units().value( u ).name );
      const AcvMatchResult byName = AcvNameMatcher::match( openNames, unitNames );
      for ( const AcvMatch &pair : byName.matches )
      {
        const int unit = mJoin.match.unmatchedStatistics.at( pair.statisticsIndex );
        const int boundary = mJoin.match.unmatchedBoundaries.at( pair.boundaryIndex );
        joinOptions.mapping.insert( mTable.records().at( unit ).key, mBoundaryKeys.at( boundary ) );
        mCodeMismatches.append( QStringLiteral( "'%1' %2 = '%3' %4" ).arg( mTable.records().at( unit ).key, mRemap.units().at( unit ).name, mBoundaryKeys.at( boundary ), boundaryNames.at( boundary ) ) );
      }
      if ( !mCodeMismatches.isEmpty() )
      {
        mJoin = AcvCoverageJoinResult();
        joined = AcvCoverageJoin::run( joinOptions, mTable, mJoin, error );
      }
    }
  }
  mStatisticsNames = QVector<AcvNormalizedName>(); // only this match needed them
  mTable.releaseNormalizedKeys();
  return joined;
}

void AcvCoverageJob::describeJoin( AcvMessages &messages ) const
{
  const AcvMatchResult &match = mJoin.match;
  messages.append( AcvMessage::info( QStringLiteral( "Join: %1 of %2 boundaries matched %1 of %3 statistics rows (by %4%5)" )
                                         .arg( match.matches.size() )
                                         .arg( mBoundaryKeys.size() )
                                         .arg( mTable.records().size() )
                                         .arg( mKeyMode == AcvNameMatcher::KeyMode::Code ? QStringLiteral( "code" ) : QStringLiteral( "name" ),
                                               match.parents.isSet() ? QStringLiteral( " within each parent of field '%1'" ).arg( mParentField ) : QString() ) ) );
  const AcvParentPairing &parents = match.parents;
  for ( int p = 0; p < parents.statisticsParents.size(); ++p )
  {
    if ( parents.boundaryParentOf.at( p ) >= 0 )
      continue;
    messages.append( AcvMessage::warning( QCoreApplication::translate( "AcvCoverageJob", "the annex's parent '%1' is no value of field '%2'; its rows were matched by name alone, where the name is unique" )
                                              .arg( parents.statisticsParents.at( p ), mParentField ) ) );
  }
  if ( !mCodeMismatches.isEmpty() )
    messages.append( AcvMessage::warning( QCoreApplication::translate( "AcvCoverageJob", "%1 new units were paired by name, as the crosswalk and the boundaries give them different codes (check them): %2" )
                                              .arg( mCodeMismatches.size() )
                                              .arg( mCodeMismatches.join( QLatin1String( "; " ) ) ) ) );
  for ( const int b : match.unmatchedBoundaries )
  {
    AcvMessage message = AcvMessage::warning( QCoreApplication::translate( "AcvCoverageJob", "boundary %1 has no statistics row" ).arg( withParent( mBoundaryKeys.at( b ), mBoundaryParents.value( b ) ) ) );
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
        names.append( withParent( mBoundaryKeys.at( b ), mBoundaryParents.value( b ) ) );
      hint = QCoreApplication::translate( "AcvCoverageJob", "; did you mean %1? (add it to a --mapping file)" ).arg( names.join( QLatin1String( " or " ) ) );
    }
    // A new unit keyed by its code is named too: "'23737' (Xã Ia Mơ)".
    const QString unit = mRemap.isSet() && s < mRemap.units().size() && mRemap.units().at( s ).label() != record.key ? mRemap.units().at( s ).label() : record.parent;
    messages.append( mTable.messageAt( AcvMessage::Level::Warning, record.row, mTable.keyColumn().index, QCoreApplication::translate( "AcvCoverageJob", "%1 matches no boundary%2" ).arg( withParent( record.key, unit ), hint ) ) );
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
  if ( mOptions.strict && !mRemap.warnings().isEmpty() )
  {
    error = QCoreApplication::translate( "AcvCoverageJob", "--strict: %1 re-mapped units are left without figures (see the warnings above)" ).arg( mRemap.warnings().size() );
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
  return AcvJoinedLayer::build( *mBoundaries, mNameField, mTable, mJoin, mOptions.targetPct, joined, warnings, error ) && writer.create( joined, path, layerName, error ) && writer.finish( joined.features, error, progress );
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
  return mNameField.isEmpty() || mBoundaries->keys( mNameField, names, error );
}

AcvStyleOptions AcvCoverageJob::styleOptions( const AcvCoverageJobOptions &options )
{
  AcvStyleOptions style = options.style;
  style.language = options.language;
  style.classification.targetPct = options.targetPct;
  return style;
}
