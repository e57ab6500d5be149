/***************************************************************************
  acvunitremap.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvunitremap.h"

#include "acvnamenormalizer.h"
#include "acvnumberparser.h"

#include "acvmessage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace
{
QString rowLabel( const AcvStatisticsRecord &record )
{
  return record.parent.isEmpty() ? QCoreApplication::translate( "AcvUnitRemap", "row %1 '%2'" ).arg( record.row ).arg( record.key )
                                 : QCoreApplication::translate( "AcvUnitRemap", "row %1 '%2' (%3)" ).arg( record.row ).arg( record.key, record.parent );
}

QString persons( double value )
{
  return AcvNumberParser::format( value, std::abs( value - std::round( value ) ) < 1e-9 ? 0 : 2, AcvNumberConvention::English );
}

void add( AcvRemapTotals &totals, const AcvFigures &figures )
{
  totals.installs += figures.installs.value_or( 0.0 );
  totals.smartphones += figures.smartphones.value_or( 0.0 );
  totals.population += figures.population.value_or( 0.0 );
}

bool same( double a, double b )
{
  return std::abs( a - b ) <= 1e-6 * std::max( 1.0, std::abs( a ) );
}
} // namespace

bool AcvRemapTotals::operator==( const AcvRemapTotals &other ) const
{
  return same( installs, other.installs ) && same( smartphones, other.smartphones ) && same( population, other.population );
}

QVector<double> AcvUnitRemap::apportion( double value, const QVector<double> &shares )
{
  QVector<double> parts( shares.size(), 0.0 );
  if ( shares.size() == 1 )
  {
    parts[0] = value;
    return parts;
  }
  if ( std::abs( value - std::round( value ) ) > 1e-9 || std::abs( value ) > 9e15 )
  {
    for ( int i = 0; i < shares.size(); ++i )
      parts[i] = value * shares.at( i );
    return parts;
  }
  // Whole persons by the largest remainder: floors first, then one more to the largest rests.
  const double whole = std::round( value );
  double given = 0;
  QVector<double> rests( shares.size() );
  for ( int i = 0; i < shares.size(); ++i )
  {
    const double exact = whole * shares.at( i );
    parts[i] = std::floor( exact + 1e-9 );
    rests[i] = exact - parts.at( i );
    given += parts.at( i );
  }
  QVector<int> order( shares.size() );
  std::iota( order.begin(), order.end(), 0 );
  std::stable_sort( order.begin(), order.end(), [&rests]( int a, int b )
                    { return rests.at( a ) > rests.at( b ); } );
  for ( int k = 0; given < whole && k < order.size(); ++k, given += 1 )
    parts[order.at( k )] += 1;
  return parts;
}

bool AcvUnitRemap::crosswalk( const AcvStatisticsTable &table, const AcvCrosswalk &crosswalk, AcvNameMatcher::KeyMode mode,
                              const QHash<int, double> &shares, QString &error )
{
  *this = AcvUnitRemap();
  mKind = Kind::Crosswalk;
  mSource = QFileInfo( crosswalk.path() ).fileName();
  mAnnexPath = table.raw().path;
  mSourceRecords = table.records();
  const bool byCode = mode == AcvNameMatcher::KeyMode::Code;
  if ( byCode ? !crosswalk.hasOldCodes() : !crosswalk.hasOldNames() )
  {
    error = byCode ? QCoreApplication::translate( "AcvUnitRemap", "%1: the annex's key is a code (%2), but the crosswalk %3 has no old code column; use the annex's name column (--stats-key) or name the crosswalk's with --crosswalk-column old-code=COLUMN" ).arg( mAnnexPath, table.keyColumn().header, crosswalk.path() )
                   : QCoreApplication::translate( "AcvUnitRemap", "%1: the annex's key is a name (%2), but the crosswalk %3 has no old name column; match by code (--match code, with the annex's code column) or name the crosswalk's with --crosswalk-column old-name=COLUMN" ).arg( mAnnexPath, table.keyColumn().header, crosswalk.path() );
    return false;
  }

  // The crosswalk's old units are the "boundaries" the annex's rows are matched to. Codes are
  // compared without leading zeros: a workbook stores "01" as the number 1.
  auto codeKey = []( const QString &code )
  {
    static const QRegularExpression digits( QStringLiteral( "^0+(?=[0-9])" ) );
    QString key = code.trimmed();
    return key.remove( digits );
  };
  const QVector<AcvCrosswalkUnit> &oldUnits = crosswalk.oldUnits();
  QStringList oldKeys;
  QStringList oldParents;
  for ( const AcvCrosswalkUnit &unit : oldUnits )
  {
    oldKeys.append( byCode ? codeKey( unit.code ) : unit.name );
    oldParents.append( unit.parent );
  }
  QStringList keys;
  for ( const AcvStatisticsRecord &record : std::as_const( mSourceRecords ) )
    keys.append( byCode ? codeKey( table.keyIsCode() ? record.key : record.code ) : record.key );
  AcvParentKeys parents;
  if ( !byCode && crosswalk.hasOldParents() && !table.parents().isEmpty() )
  {
    parents.boundary = oldParents;
    parents.statistics = table.parents();
  }
  const QVector<AcvNormalizedName> names = !byCode && table.normalizedKeys().size() == keys.size() ? table.normalizedKeys() : AcvNameMatcher::normalizeAll( keys );
  const AcvMatchResult match = AcvNameMatcher::match( oldKeys, keys, names, mode, QHash<QString, QString>(), true, nullptr, parents );

  // Every row that cannot be placed, at once: a run per row would take a day on 3 000 communes.
  QStringList repeated;
  QStringList ambiguous;
  QSet<int> reported;
  // Rows of one name that fit several old units of that name are told so, and not also as one
  // old unit given by several rows: without the parent the annex cannot tell them apart.
  QSet<int> fitSeveral;
  for ( const AcvAmbiguity &ambiguity : match.ambiguities )
  {
    if ( ambiguity.kind != AcvAmbiguity::Kind::DuplicateStatistics && !ambiguity.boundaryIndices.isEmpty() )
    {
      for ( const int s : ambiguity.statisticsIndices )
        fitSeveral.insert( s );
    }
  }
  for ( const AcvAmbiguity &ambiguity : match.ambiguities )
  {
    if ( ambiguity.kind == AcvAmbiguity::Kind::DuplicateStatistics && !ambiguity.statisticsIndices.isEmpty() && std::all_of( ambiguity.statisticsIndices.cbegin(), ambiguity.statisticsIndices.cend(), [&fitSeveral]( int s )
                                                                                                                             { return fitSeveral.contains( s ); } ) )
      continue;
    QStringList rows;
    for ( const int s : ambiguity.statisticsIndices )
    {
      rows.append( rowLabel( mSourceRecords.at( s ) ) );
      reported.insert( s );
    }
    QStringList units;
    for ( const int b : ambiguity.boundaryIndices )
      units.append( oldUnits.at( b ).label() );
    if ( rows.isEmpty() )
      continue; // old units of one name that no row is about
    if ( ambiguity.kind == AcvAmbiguity::Kind::DuplicateStatistics )
      repeated.append( rows.join( QLatin1String( ", " ) ) );
    else
      ambiguous.append( QCoreApplication::translate( "AcvUnitRemap", "%1 fits %2" ).arg( rows.join( QLatin1String( ", " ) ), units.join( QCoreApplication::translate( "AcvUnitRemap", " and " ) ) ) );
  }
  QStringList unmatched;
  for ( const int s : match.unmatchedStatistics )
  {
    QString hint;
    for ( const AcvSuggestion &suggestion : match.suggestions )
    {
      if ( suggestion.statisticsIndex == s && !suggestion.boundaryIndices.isEmpty() )
        hint = QCoreApplication::translate( "AcvUnitRemap", " (closest: %1)" ).arg( oldUnits.at( suggestion.boundaryIndices.constFirst() ).label() );
    }
    if ( !reported.contains( s ) )
      unmatched.append( rowLabel( mSourceRecords.at( s ) ) + hint );
  }
  QStringList problems;
  if ( !repeated.isEmpty() )
    problems.append( QCoreApplication::translate( "AcvUnitRemap", "%1 old units are given by several rows: %2" ).arg( repeated.size() ).arg( acvNamedAtMost( repeated ) ) );
  if ( !ambiguous.isEmpty() )
    problems.append( QCoreApplication::translate( "AcvUnitRemap", "%1 rows fit several old units of the crosswalk (the annex's parent column tells them apart: --stats-parent): %2" ).arg( ambiguous.size() ).arg( acvNamedAtMost( ambiguous ) ) );
  if ( !unmatched.isEmpty() )
    problems.append( QCoreApplication::translate( "AcvUnitRemap", "%1 rows are no old unit of the crosswalk, so their figures would be lost: %2" ).arg( unmatched.size() ).arg( acvNamedAtMost( unmatched ) ) );
  if ( !problems.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvUnitRemap", "%1 cannot be re-mapped by %2 (matched by %3): %4. Nothing was joined." )
                .arg( mAnnexPath, crosswalk.path(), byCode ? QCoreApplication::translate( "AcvUnitRemap", "code" ) : QCoreApplication::translate( "AcvUnitRemap", "name" ), problems.join( QLatin1String( ". " ) ) );
    return false;
  }

  QVector<int> recordOfOld( oldUnits.size(), -1 );
  mRows = QVector<AcvRemapRow>( mSourceRecords.size() );
  QStringList renamed;
  // The annex's names are normalized once already; a 100 000-row annex compares in linear time.
  auto sameName = [&table]( const QString &oldName, int record )
  {
    const AcvNormalizedName written = record < table.normalizedKeys().size() ? table.normalizedKeys().at( record ) : AcvNameNormalizer::normalize( table.records().at( record ).key );
    const AcvNormalizedName crosswalked = AcvNameNormalizer::normalize( oldName );
    return written.toneKey == crosswalked.toneKey || written.foldKey == crosswalked.foldKey;
  };
  for ( const AcvMatch &m : match.matches )
  {
    recordOfOld[m.boundaryIndex] = m.statisticsIndex;
    mRows[m.statisticsIndex].oldUnit = m.boundaryIndex;
    mRows[m.statisticsIndex].method = m.method;
    // Paired by code, a name that is not the crosswalk's is said: a unit renamed, or a code mistyped.
    const QString &name = mSourceRecords.at( m.statisticsIndex ).key;
    if ( byCode && !table.keyIsCode() && !oldUnits.at( m.boundaryIndex ).name.isEmpty() && !sameName( oldUnits.at( m.boundaryIndex ).name, m.statisticsIndex ) )
      renamed.append( QCoreApplication::translate( "AcvUnitRemap", "row %1 '%2' = %3 '%4'" ).arg( mSourceRecords.at( m.statisticsIndex ).row ).arg( name, oldUnits.at( m.boundaryIndex ).code, oldUnits.at( m.boundaryIndex ).name ) );
  }
  for ( int o = 0; o < oldUnits.size(); ++o )
  {
    if ( recordOfOld.at( o ) < 0 )
      mOldUnitsWithoutRows.append( o );
  }
  if ( !renamed.isEmpty() )
    mNotes.append( QCoreApplication::translate( "AcvUnitRemap", "paired by code, %1 rows are named otherwise in the crosswalk (check that these are the same units): %2" ).arg( renamed.size() ).arg( acvNamedAtMost( renamed ) ) );

  // The share of every link of a split unit the annex has: the crosswalk's, else --partial-by's.
  const QVector<AcvCrosswalkLink> &links = crosswalk.links();
  QVector<double> linkShare( links.size(), 1.0 );
  QStringList unshared;
  for ( const int o : crosswalk.splitUnits() )
  {
    if ( recordOfOld.at( o ) < 0 )
      continue;
    QStringList parts;
    bool missing = false;
    for ( const int l : crosswalk.linksOfOld().at( o ) )
    {
      parts.append( crosswalk.newUnits().at( links.at( l ).newUnit ).label() );
      if ( links.at( l ).share )
        linkShare[l] = *links.at( l ).share;
      else if ( shares.contains( l ) )
        linkShare[l] = shares.value( l );
      else
        missing = true;
    }
    if ( missing )
      unshared.append( QCoreApplication::translate( "AcvUnitRemap", "%1 (crosswalk row %2) → %3" ).arg( oldUnits.at( o ).label() ).arg( oldUnits.at( o ).firstRow ).arg( parts.join( QLatin1String( ", " ) ) ) );
  }
  if ( !unshared.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvUnitRemap", "%1: %2 old units were split between several new units, and the crosswalk gives no share of each part: %3. Give each of their links a share (a 'share' column), or apportion them by area with --partial-by area --old-boundaries FILE. Nothing was joined." )
                .arg( crosswalk.path() )
                .arg( unshared.size() )
                .arg( acvNamedAtMost( unshared ) );
    return false;
  }

  // Each row's counts divided among its links, in whole persons.
  QVector<AcvFigures> linkFigures( links.size() );
  for ( int o = 0; o < oldUnits.size(); ++o )
  {
    const int record = recordOfOld.at( o );
    if ( record < 0 )
      continue;
    const QVector<int> &ofOld = crosswalk.linksOfOld().at( o );
    QVector<double> parts;
    for ( const int l : ofOld )
      parts.append( linkShare.at( l ) );
    auto divide = [&]( const std::optional<double> &value, std::optional<double> AcvFigures::*figure )
    {
      if ( !value )
        return;
      const QVector<double> pieces = apportion( *value, parts );
      for ( int k = 0; k < ofOld.size(); ++k )
        linkFigures[ofOld.at( k )].*figure = pieces.at( k );
    };
    const AcvStatisticsRecord &source = mSourceRecords.at( record );
    divide( source.installs, &AcvFigures::installs );
    divide( source.smartphones, &AcvFigures::smartphones );
    divide( source.population, &AcvFigures::population );
  }

  for ( int n = 0; n < crosswalk.newUnits().size(); ++n )
  {
    const AcvCrosswalkUnit &unit = crosswalk.newUnits().at( n );
    AcvRemappedUnit remapped;
    remapped.code = unit.code;
    remapped.name = unit.name;
    for ( const int l : crosswalk.linksOfNew().at( n ) )
    {
      const int record = recordOfOld.at( links.at( l ).oldUnit );
      if ( record < 0 )
        remapped.missingOldUnits.append( oldUnits.at( links.at( l ).oldUnit ).label() );
      else
        remapped.sources.append( { record, l, linkShare.at( l ), linkFigures.at( l ) } );
    }
    // A new unit none of whose old units the annex has is simply not in it, as a boundary without a row.
    if ( remapped.sources.isEmpty() )
      continue;
    for ( const AcvRemapSource &source : std::as_const( remapped.sources ) )
      mRows[source.record].units.append( static_cast<int>( mUnits.size() ) );
    mUnits.append( remapped );
  }
  return finish( error );
}

bool AcvUnitRemap::aggregate( const AcvStatisticsTable &table, QString &error )
{
  *this = AcvUnitRemap();
  mKind = Kind::Aggregation;
  mSource = table.parentColumn().isSet() ? table.parentColumn().header : table.keyColumn().header;
  mAnnexPath = table.raw().path;
  mSourceRecords = table.records();
  mRows = QVector<AcvRemapRow>( mSourceRecords.size() );
  QStringList orphans;
  // The units of one name, by their written type: Thị xã Cai Lậy and Huyện Cai Lậy are two.
  struct Group
  {
    int unit = -1;
    AcvAdminType type = AcvAdminType::None;
    QStringList untypedRows; //!< rows that name it without a type ("Cai Lậy")
  };
  QHash<QString, QVector<Group>> groupsOf;
  QStringList names; // the ids in order of first row

  // A parent typed without diacritics ("Huyen Chu Se") is the one spelling with diacritics of the
  // same letters ("Huyện Chư Sê"), when the column has exactly one; with several it is refused.
  QVector<AcvNormalizedName> parents( mSourceRecords.size() );
  QHash<QString, QStringList> markedOfFold; // foldKey -> the toneKeys with diacritics
  QHash<QString, QString> writtenOf;        // toneKey -> its first spelling, for messages
  for ( int r = 0; r < mSourceRecords.size(); ++r )
  {
    parents[r] = AcvNameNormalizer::normalize( mSourceRecords.at( r ).parent );
    const AcvNormalizedName &n = parents.at( r );
    if ( n.toneKey != n.foldKey && !markedOfFold.value( n.foldKey ).contains( n.toneKey ) )
    {
      markedOfFold[n.foldKey].append( n.toneKey );
      writtenOf.insert( n.toneKey, mSourceRecords.at( r ).parent.trimmed() );
    }
  }
  QStringList unmarkedSummed;
  QStringList unmarkedAmbiguous;
  for ( int r = 0; r < mSourceRecords.size(); ++r )
  {
    AcvNormalizedName &n = parents[r];
    if ( n.toneKey.isEmpty() || n.toneKey != n.foldKey || !markedOfFold.contains( n.foldKey ) )
      continue;
    const QStringList &marked = markedOfFold.value( n.foldKey );
    if ( marked.size() == 1 )
    {
      unmarkedSummed.append( QCoreApplication::translate( "AcvUnitRemap", "%1 as '%2'" ).arg( rowLabel( mSourceRecords.at( r ) ), writtenOf.value( marked.constFirst() ) ) );
      n.toneKey = marked.constFirst();
    }
    else
    {
      QStringList spellings;
      for ( const QString &key : marked )
        spellings.append( QStringLiteral( "'%1'" ).arg( writtenOf.value( key ) ) );
      unmarkedAmbiguous.append( QCoreApplication::translate( "AcvUnitRemap", "%1 could be %2" ).arg( rowLabel( mSourceRecords.at( r ) ), spellings.join( QCoreApplication::translate( "AcvUnitRemap", " or " ) ) ) );
    }
  }
  if ( !unmarkedAmbiguous.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvUnitRemap", "%1: %2 rows give their unit without diacritics, and several units of the column read so: %3. Write them with their diacritics. Nothing was joined." )
                .arg( mAnnexPath )
                .arg( unmarkedAmbiguous.size() )
                .arg( acvNamedAtMost( unmarkedAmbiguous ) );
    return false;
  }
  if ( !unmarkedSummed.isEmpty() )
    mNotes.append( QCoreApplication::translate( "AcvUnitRemap", "%1: %2 rows give their unit without diacritics and were summed with the one spelling that has them (check them): %3" )
                       .arg( mAnnexPath )
                       .arg( unmarkedSummed.size() )
                       .arg( acvNamedAtMost( unmarkedSummed ) ) );

  for ( int r = 0; r < mSourceRecords.size(); ++r )
  {
    const AcvStatisticsRecord &record = mSourceRecords.at( r );
    if ( record.parent.trimmed().isEmpty() )
    {
      orphans.append( rowLabel( record ) ); // its parent is empty
      continue;
    }
    // One unit per parent however it is spelled ("H. Chư Sê", "Huyện Chư Sê", "Chư Sê").
    const AcvNormalizedName &normalized = parents.at( r );
    const QString id = normalized.toneKey.isEmpty() ? record.parent.trimmed() : normalized.toneKey;
    if ( !groupsOf.contains( id ) )
      names.append( id );
    QVector<Group> &groups = groupsOf[id];
    int g = 0;
    while ( g < groups.size() && !AcvNameNormalizer::typesCompatible( groups.at( g ).type, normalized.type ) )
      ++g;
    if ( g == groups.size() )
    {
      Group group;
      group.unit = static_cast<int>( mUnits.size() );
      groups.append( group );
      AcvRemappedUnit unit;
      unit.name = record.parent.trimmed();
      mUnits.append( unit );
    }
    Group &group = groups[g];
    if ( group.type == AcvAdminType::None )
      group.type = normalized.type;
    if ( normalized.type == AcvAdminType::None )
      group.untypedRows.append( rowLabel( record ) );
    mUnits[group.unit].sources.append( { r, -1, 1.0, AcvFigures{ record.installs, record.smartphones, record.population } } );
    mRows[r].units.append( group.unit );
  }
  // A name without its type, where the column has that name with several types, belongs to none of them for sure.
  QStringList untyped;
  for ( const QString &id : std::as_const( names ) )
  {
    const QVector<Group> &groups = groupsOf.value( id );
    if ( groups.size() < 2 )
      continue;
    QStringList rows;
    QStringList units;
    for ( const Group &group : groups )
    {
      rows += group.untypedRows;
      units.append( QStringLiteral( "'%1'" ).arg( mUnits.at( group.unit ).name ) );
    }
    if ( !rows.isEmpty() )
      untyped.append( QCoreApplication::translate( "AcvUnitRemap", "%1 (%2)" ).arg( units.join( QCoreApplication::translate( "AcvUnitRemap", " or " ) ), acvNamedAtMost( rows ) ) );
  }
  if ( !untyped.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvUnitRemap", "%1: %2 names in %3 are written with several types, and some rows give them without one, so which unit those rows belong to cannot be told: %4. Write the type (Huyện, Thị xã, Thành phố …) in those rows. Nothing was joined." )
                .arg( mAnnexPath )
                .arg( untyped.size() )
                .arg( table.parentColumn().isSet() ? table.columnLabel( table.parentColumn().index ) : QCoreApplication::translate( "AcvUnitRemap", "the heading rows" ), untyped.join( QLatin1String( "; " ) ) );
    return false;
  }
  if ( !orphans.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvUnitRemap", "%1: %2 rows have no value in %3, so they cannot be summed by it: %4. Nothing was joined." )
                .arg( mAnnexPath )
                .arg( orphans.size() )
                .arg( table.parentColumn().isSet() ? table.columnLabel( table.parentColumn().index ) : QCoreApplication::translate( "AcvUnitRemap", "the heading rows" ), acvNamedAtMost( orphans ) );
    return false;
  }
  return finish( error );
}

bool AcvUnitRemap::finish( QString &error )
{
  mAnnexTotals = AcvRemapTotals();
  mUnitTotals = AcvRemapTotals();
  mWithheldTotals = AcvRemapTotals();
  for ( const AcvStatisticsRecord &record : std::as_const( mSourceRecords ) )
    add( mAnnexTotals, AcvFigures{ record.installs, record.smartphones, record.population } );

  // A figure no row of the annex has (a column it lacks) is no unit's fault: not warned unit by unit.
  const QVector<std::pair<std::optional<double> AcvFigures::*, QString>> kinds = {
      { &AcvFigures::installs, QCoreApplication::translate( "AcvUnitRemap", "installs" ) },
      { &AcvFigures::smartphones, QCoreApplication::translate( "AcvUnitRemap", "smartphone users" ) },
      { &AcvFigures::population, QCoreApplication::translate( "AcvUnitRemap", "population" ) } };
  QVector<bool> annexHas( kinds.size(), false );
  for ( const AcvStatisticsRecord &record : std::as_const( mSourceRecords ) )
  {
    const AcvFigures figures{ record.installs, record.smartphones, record.population };
    for ( int k = 0; k < kinds.size(); ++k )
      annexHas[k] = annexHas.at( k ) || ( figures.*kinds.at( k ).first ).has_value();
  }

  QVector<AcvNormalizedName> names;
  for ( AcvRemappedUnit &unit : mUnits )
  {
    // A sum of some of the parts is no figure: a figure any source lacks, or any of them if the
    // unit is incomplete, stays missing, and what the sources gave is counted as withheld.
    auto sum = [&unit]( std::optional<double> AcvFigures::*figure ) -> std::optional<double>
    {
      if ( !unit.complete() )
        return std::nullopt;
      double total = 0;
      for ( const AcvRemapSource &source : std::as_const( unit.sources ) )
      {
        if ( !( source.figures.*figure ) )
          return std::nullopt;
        total += *( source.figures.*figure );
      }
      return total;
    };
    unit.figures = AcvFigures{ sum( &AcvFigures::installs ), sum( &AcvFigures::smartphones ), sum( &AcvFigures::population ) };
    add( mUnitTotals, unit.figures );
    AcvFigures withheld;
    for ( const AcvRemapSource &source : std::as_const( unit.sources ) )
    {
      if ( !unit.figures.installs )
        withheld.installs = withheld.installs.value_or( 0.0 ) + source.figures.installs.value_or( 0.0 );
      if ( !unit.figures.smartphones )
        withheld.smartphones = withheld.smartphones.value_or( 0.0 ) + source.figures.smartphones.value_or( 0.0 );
      if ( !unit.figures.population )
        withheld.population = withheld.population.value_or( 0.0 ) + source.figures.population.value_or( 0.0 );
    }
    add( mWithheldTotals, withheld );
    if ( !unit.complete() )
    {
      QStringList rows;
      for ( const AcvRemapSource &source : std::as_const( unit.sources ) )
      {
        rows.append( QString::number( mSourceRecords.at( source.record ).row ) );
        mRows[source.record].status = AcvRemapRow::Status::Withheld;
      }
      mWarnings.append( QCoreApplication::translate( "AcvUnitRemap", "%1: %2 is left without figures: %3 of its %4 old units are not in the annex (%5), so a sum of rows %6 would be short" )
                            .arg( mAnnexPath, unit.label() )
                            .arg( unit.missingOldUnits.size() )
                            .arg( unit.missingOldUnits.size() + unit.sources.size() )
                            .arg( unit.missingOldUnits.join( QLatin1String( ", " ) ), rows.join( QLatin1String( ", " ) ) ) );
    }
    else
    {
      // Complete, but a row lacks a figure: the unit has none of it, and says which rows lack it.
      for ( int k = 0; k < kinds.size(); ++k )
      {
        if ( ( unit.figures.*kinds.at( k ).first ) || !annexHas.at( k ) )
          continue;
        QStringList lacking;
        for ( const AcvRemapSource &source : std::as_const( unit.sources ) )
        {
          if ( !( source.figures.*kinds.at( k ).first ) )
            lacking.append( rowLabel( mSourceRecords.at( source.record ) ) );
        }
        mWarnings.append( QCoreApplication::translate( "AcvUnitRemap", "%1: %2 is left without %3: %4 of its %5 rows give none (%6), so a sum of the others would be short" )
                              .arg( mAnnexPath, unit.label(), kinds.at( k ).second )
                              .arg( lacking.size() )
                              .arg( unit.sources.size() )
                              .arg( acvNamedAtMost( lacking ) ) );
      }
    }
    names.append( AcvNameNormalizer::normalize( unit.name ) );
  }
  mLevel = AcvAdminLevels::read( names );

  // Conserved to the person: the annex = the units + what was withheld from units left empty.
  AcvRemapTotals accounted = mUnitTotals;
  accounted.installs += mWithheldTotals.installs;
  accounted.smartphones += mWithheldTotals.smartphones;
  accounted.population += mWithheldTotals.population;
  if ( !( accounted == mAnnexTotals ) )
  {
    error = QCoreApplication::translate( "AcvUnitRemap", "%1: the re-mapped totals do not add up (installs %2 in the annex, %3 in the units and %4 withheld); nothing was joined. This is a bug: please report it with the annex and the crosswalk." )
                .arg( mAnnexPath, persons( mAnnexTotals.installs ), persons( mUnitTotals.installs ), persons( mWithheldTotals.installs ) );
    return false;
  }
  if ( mUnits.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvUnitRemap", "%1: no row was summed into any unit; nothing was joined" ).arg( mAnnexPath );
    return false;
  }
  return true;
}

QVector<AcvStatisticsRecord> AcvUnitRemap::unitRecords( bool byCode ) const
{
  QVector<AcvStatisticsRecord> records;
  records.reserve( mUnits.size() );
  for ( const AcvRemappedUnit &unit : mUnits )
  {
    AcvStatisticsRecord record;
    record.key = byCode && !unit.code.isEmpty() ? unit.code : unit.label();
    record.installs = unit.figures.installs;
    record.smartphones = unit.figures.smartphones;
    record.population = unit.figures.population;
    records.append( record );
  }
  return records;
}

QString AcvUnitRemap::describe() const
{
  if ( mKind == Kind::None )
    return QString();
  int withheld = 0;
  for ( const AcvRemapRow &row : mRows )
    withheld += row.status == AcvRemapRow::Status::Withheld ? 1 : 0;
  int split = 0;
  for ( const AcvRemappedUnit &unit : mUnits )
  {
    for ( const AcvRemapSource &source : unit.sources )
      split += source.share < 1.0 ? 1 : 0;
  }
  const QString what = mKind == Kind::Crosswalk ? QStringLiteral( "crosswalk %1" ).arg( mSource ) : QStringLiteral( "column '%1'" ).arg( mSource );
  QString text = QStringLiteral( "%1: %2 rows → %3 units" ).arg( what ).arg( mSourceRecords.size() ).arg( mUnits.size() );
  if ( split > 0 )
    text += QStringLiteral( ", %1 parts of split units" ).arg( split );
  if ( withheld > 0 )
    text += QStringLiteral( ", %1 rows withheld from incomplete units" ).arg( withheld );
  text += QStringLiteral( "; installs %1 → %2, smartphone users %3 → %4, population %5 → %6" )
              .arg( persons( mAnnexTotals.installs ), persons( mUnitTotals.installs + mWithheldTotals.installs ) )
              .arg( persons( mAnnexTotals.smartphones ), persons( mUnitTotals.smartphones + mWithheldTotals.smartphones ) )
              .arg( persons( mAnnexTotals.population ), persons( mUnitTotals.population + mWithheldTotals.population ) );
  if ( mWithheldTotals.installs > 0 || mWithheldTotals.smartphones > 0 || mWithheldTotals.population > 0 )
    text += QStringLiteral( " (of which withheld: %1, %2, %3)" ).arg( persons( mWithheldTotals.installs ), persons( mWithheldTotals.smartphones ), persons( mWithheldTotals.population ) );
  text += QStringLiteral( ": totals agree" );
  return text;
}
