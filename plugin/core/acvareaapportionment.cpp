/***************************************************************************
  acvareaapportionment.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvareaapportionment.h"

#include <qgsvectorlayer.h>

#include "acvmessage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace
{
QStringList codeKeys( const QStringList &codes )
{
  QStringList keys;
  keys.reserve( codes.size() );
  for ( const QString &code : codes )
    keys.append( AcvAreaApportionment::codeKey( code ) );
  return keys;
}

//! "Xã Canh Liên (Huyện Vân Canh) (crosswalk row 9)": the unit as the crosswalk's messages give it.
QString rowLabel( const AcvCrosswalkUnit &unit )
{
  return QCoreApplication::translate( "AcvAreaApportionment", "%1 (crosswalk row %2)" ).arg( unit.label() ).arg( unit.firstRow );
}

//! How the crosswalk's units paired with a layer's features.
struct Pairing
{
  QVector<int> featureOf;           //!< per unit, its feature, or -1
  QHash<int, QVector<int>> several; //!< per unit not told apart, the features it fits
  QHash<int, QVector<int>> sharing; //!< per unit not told apart, the other units of its key
  QHash<int, int> closest;          //!< per unpaired unit, the closest feature
};

/**
 * The crosswalk's units (all of them, so that a feature fitting two is seen to) paired with
 * the features, as the annex's rows are paired with boundaries: a unit is never guessed.
 */
Pairing pairUnits( const QStringList &featureKeys, const QStringList &unitKeys, AcvNameMatcher::KeyMode mode,
                   const QHash<QString, QString> &mapping, const AcvParentKeys &parents )
{
  const AcvMatchResult match = AcvNameMatcher::match( featureKeys, unitKeys, AcvNameMatcher::normalizeAll( unitKeys ), mode, mapping, true, nullptr, parents );
  Pairing pairing;
  pairing.featureOf = QVector<int>( unitKeys.size(), -1 );
  for ( const AcvMatch &m : match.matches )
    pairing.featureOf[m.statisticsIndex] = m.boundaryIndex;
  for ( const AcvAmbiguity &ambiguity : match.ambiguities )
  {
    for ( const int s : ambiguity.statisticsIndices )
    {
      pairing.several[s] = ambiguity.boundaryIndices;
      for ( const int other : ambiguity.statisticsIndices )
      {
        if ( other != s )
          pairing.sharing[s].append( other );
      }
    }
  }
  for ( const AcvSuggestion &suggestion : match.suggestions )
  {
    if ( !suggestion.boundaryIndices.isEmpty() )
      pairing.closest.insert( suggestion.statisticsIndex, suggestion.boundaryIndices.constFirst() );
  }
  return pairing;
}

//! "'Xã Canh Liên' and 'Xã Canh Liên'": features by their keys.
QString featureList( const QVector<int> &features, const QStringList &keys )
{
  QStringList named;
  for ( const int f : features )
    named.append( QStringLiteral( "'%1'" ).arg( keys.value( f ) ) );
  return named.join( QCoreApplication::translate( "AcvAreaApportionment", " and " ) );
}

//! "62.1 %".
QString percent( double share )
{
  return QString::number( 100 * share, 'f', 1 ) + QStringLiteral( " %" );
}
} // namespace

QString AcvAreaApportionment::codeKey( const QString &code )
{
  static const QRegularExpression zeros( QStringLiteral( "^0+(?=[0-9])" ) );
  QString key = code.trimmed();
  return key.remove( zeros );
}

bool AcvAreaApportionment::run( const AcvCrosswalk &crosswalk, const AcvAreaApportionmentOptions &options, QString &error )
{
  mShares.clear();
  mSplits.clear();
  mNotes.clear();
  mWarnings.clear();
  if ( !options.newBoundaries || !options.newBoundaries->layer() )
  {
    error = QCoreApplication::translate( "AcvAreaApportionment", "the new boundaries must be open before split units can be apportioned by area" );
    return false;
  }
  // A split unit whose crosswalk gives its shares needs no boundaries (the crosswalk's win).
  QVector<int> needed;
  for ( const int o : crosswalk.splitUnits() )
  {
    const QVector<int> &links = crosswalk.linksOfOld().at( o );
    if ( std::any_of( links.cbegin(), links.cend(), [&crosswalk]( int l )
                      { return !crosswalk.links().at( l ).share.has_value(); } ) )
      needed.append( o );
  }
  if ( needed.isEmpty() )
    return true;

  if ( !mOld.open( options.oldBoundaries, options.oldBoundaryLayer, error ) )
    return false;
  mWarnings = mOld.warnings();
  mNotes = mOld.notes();
  if ( !chooseOldKey( crosswalk, options, error ) )
    return false;
  chooseOldParent( crosswalk );

  QVector<int> oldFeature;
  QVector<int> newFeature;
  if ( !findOld( crosswalk, needed, oldFeature, error ) || !findNew( crosswalk, needed, options, newFeature, error ) )
    return false;

  QVector<AcvOverlapSplit> splits;
  for ( const int o : std::as_const( needed ) )
  {
    AcvApportionedSplit apportioned;
    apportioned.oldUnit = o;
    apportioned.label = crosswalk.oldUnits().at( o ).label();
    apportioned.links = crosswalk.linksOfOld().at( o );
    AcvOverlapSplit split;
    split.oldUnit = apportioned.label;
    split.oldGeometry = mOld.features().at( oldFeature.at( o ) ).geometry();
    for ( const int l : std::as_const( apportioned.links ) )
    {
      const int n = crosswalk.links().at( l ).newUnit;
      apportioned.newUnits.append( crosswalk.newUnits().at( n ).label() );
      split.newGeometries.append( options.newBoundaries->features().at( newFeature.at( n ) ).geometry() );
    }
    split.newUnits = apportioned.newUnits;
    splits.append( split );
    mSplits.append( apportioned );
  }

  QVector<AcvOverlapShare> result;
  QStringList notes;
  QString overlapError;
  if ( !AcvOverlapShares::compute( splits, mOld.layer()->crs(), options.newBoundaries->layer()->crs(), result, notes, overlapError, options.transformContext ) )
  {
    // Its refusals may end in a question ("… as the new ones?"): no full stop after one.
    const bool asks = overlapError.endsWith( QLatin1Char( '?' ) );
    error = QCoreApplication::translate( "AcvAreaApportionment", "%1: %2%3 Nothing was joined." ).arg( options.oldBoundaries, overlapError, asks ? QString() : QStringLiteral( "." ) );
    mSplits.clear();
    return false;
  }
  mNotes.append( notes );
  for ( int i = 0; i < mSplits.size(); ++i )
  {
    AcvApportionedSplit &split = mSplits[i];
    split.share = result.at( i );
    for ( int k = 0; k < split.links.size(); ++k )
      mShares.insert( split.links.at( k ), split.share.shares.at( k ) );
  }
  return true;
}

bool AcvAreaApportionment::chooseOldKey( const AcvCrosswalk &crosswalk, const AcvAreaApportionmentOptions &options, QString &error )
{
  QStringList codes;
  QStringList names;
  for ( const AcvCrosswalkUnit &unit : crosswalk.oldUnits() )
  {
    codes.append( unit.code );
    names.append( unit.name );
  }
  mOldKeyDetected = options.oldBoundaryKey.isEmpty();
  if ( !mOldKeyDetected )
  {
    mOldKeyField = options.oldBoundaryKey;
    QStringList values;
    if ( !mOld.keys( mOldKeyField, values, error ) )
      return false;
    // A field named by the analyst holds codes when its values are the crosswalk's old codes.
    const bool codesPair = crosswalk.hasOldCodes() && !AcvNameMatcher::match( codeKeys( values ), codeKeys( codes ), AcvNameMatcher::KeyMode::Code ).matches.isEmpty();
    mOldKeyMode = codesPair || !crosswalk.hasOldNames() ? AcvNameMatcher::KeyMode::Code : AcvNameMatcher::KeyMode::Name;
    return true;
  }
  // Codes first, as for the annex: they survive a renaming and never repeat across districts.
  int matches = 0;
  if ( crosswalk.hasOldCodes() )
  {
    mOldKeyField = mOld.detectKeyField( codes, AcvNameMatcher::KeyMode::Code, QHash<QString, QString>(), &matches );
    // A shapefile's integer field holds 1 where the crosswalk writes "00001".
    if ( matches == 0 )
      mOldKeyField = mOld.detectKeyField( codeKeys( codes ), AcvNameMatcher::KeyMode::Code, QHash<QString, QString>(), &matches );
    mOldKeyMode = AcvNameMatcher::KeyMode::Code;
  }
  if ( matches == 0 && crosswalk.hasOldNames() )
  {
    mOldKeyField = mOld.detectKeyField( names, AcvNameMatcher::KeyMode::Name, QHash<QString, QString>(), &matches );
    mOldKeyMode = AcvNameMatcher::KeyMode::Name;
  }
  if ( matches == 0 || mOldKeyField.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvAreaApportionment", "%1: no field of layer '%2' pairs with the old units of %3 (such as %4); name the field that codes or names them with --old-boundary-key (fields: %5)" )
                .arg( options.oldBoundaries, mOld.layerName(), crosswalk.path(), crosswalk.oldUnits().isEmpty() ? QString() : crosswalk.oldUnits().constFirst().label(),
                      mOld.keyFieldCandidates().join( QLatin1String( ", " ) ) );
    return false;
  }
  return true;
}

void AcvAreaApportionment::chooseOldParent( const AcvCrosswalk &crosswalk )
{
  mOldParentField.clear();
  // Codes tell every unit apart; names repeat across districts (two Xã Ân Nghĩa…), so they are
  // compared within their parents, when both sides give them.
  if ( mOldKeyMode == AcvNameMatcher::KeyMode::Code || !crosswalk.hasOldParents() )
    return;
  QStringList parents;
  for ( const AcvCrosswalkUnit &unit : crosswalk.oldUnits() )
  {
    if ( !unit.parent.isEmpty() && !parents.contains( unit.parent ) )
      parents.append( unit.parent );
  }
  int matched = 0;
  mOldParentField = mOld.detectParentField( mOldKeyField, parents, &matched );
  if ( !mOldParentField.isEmpty() && matched > 0 )
    return;
  // A file of the split units alone often has one unit per district: its district field then
  // names each feature apart and is no grouping field, but it is the parent all the same.
  mOldParentField.clear();
  int best = 0;
  for ( const QString &field : mOld.keyFieldCandidates() )
  {
    QStringList values;
    QString ignored;
    if ( field == mOldKeyField || !mOld.keys( field, values, ignored ) )
      continue;
    values.removeAll( QString() );
    values.removeDuplicates();
    AcvParentKeys keys;
    keys.boundary = values;
    keys.statistics = parents;
    const QVector<int> pairedWith = AcvNameMatcher::pairParents( keys ).boundaryParentOf;
    const int count = static_cast<int>( std::count_if( pairedWith.cbegin(), pairedWith.cend(), []( int b )
                                                       { return b >= 0; } ) );
    if ( count > best )
    {
      best = count;
      mOldParentField = field;
    }
  }
}

bool AcvAreaApportionment::findOld( const AcvCrosswalk &crosswalk, const QVector<int> &needed, QVector<int> &featureOf, QString &error ) const
{
  const bool byCode = mOldKeyMode == AcvNameMatcher::KeyMode::Code;
  QStringList featureKeys;
  if ( !mOld.keys( mOldKeyField, featureKeys, error ) )
    return false;
  QStringList unitKeys;
  QStringList unitParents;
  for ( const AcvCrosswalkUnit &unit : crosswalk.oldUnits() )
  {
    unitKeys.append( byCode ? codeKey( unit.code ) : unit.name );
    unitParents.append( unit.parent );
  }
  AcvParentKeys parents;
  QString ignored; // the field was read when it was chosen
  if ( !mOldParentField.isEmpty() && mOld.keys( mOldParentField, parents.boundary, ignored ) )
    parents.statistics = unitParents;
  else
    parents.boundary.clear();
  const Pairing pairing = pairUnits( byCode ? codeKeys( featureKeys ) : featureKeys, unitKeys, mOldKeyMode, QHash<QString, QString>(), parents );

  QStringList problems;
  for ( const int o : needed )
  {
    const AcvCrosswalkUnit &unit = crosswalk.oldUnits().at( o );
    if ( pairing.featureOf.at( o ) >= 0 )
      continue;
    if ( pairing.several.contains( o ) && pairing.several.value( o ).size() > 1 )
    {
      problems.append( QCoreApplication::translate( "AcvAreaApportionment", "%1 fits %2 features (%3)" ).arg( rowLabel( unit ) ).arg( pairing.several.value( o ).size() ).arg( featureList( pairing.several.value( o ), featureKeys ) ) );
    }
    else if ( pairing.sharing.contains( o ) )
    {
      QStringList others;
      for ( const int other : pairing.sharing.value( o ) )
        others.append( crosswalk.oldUnits().at( other ).label() );
      problems.append( QCoreApplication::translate( "AcvAreaApportionment", "%1 cannot be told apart from %2 (a parent field would: the old units' district)" ).arg( rowLabel( unit ), others.join( QLatin1String( ", " ) ) ) );
    }
    else
    {
      const QString closest = pairing.closest.contains( o ) ? QCoreApplication::translate( "AcvAreaApportionment", " (closest: '%1')" ).arg( featureKeys.value( pairing.closest.value( o ) ) ) : QString();
      problems.append( QCoreApplication::translate( "AcvAreaApportionment", "%1 has no feature '%2'%3" ).arg( rowLabel( unit ), byCode ? unit.code : unit.name, closest ) );
    }
  }
  if ( !problems.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvAreaApportionment", "%1 (layer '%2', %3 field '%4'): %5 of the %6 split units of %7 are not found in it, so they cannot be apportioned by area: %8. Nothing was joined." )
                .arg( mOld.path(), mOld.layerName(), byCode ? QCoreApplication::translate( "AcvAreaApportionment", "code" ) : QCoreApplication::translate( "AcvAreaApportionment", "name" ), mOldKeyField )
                .arg( problems.size() )
                .arg( needed.size() )
                .arg( crosswalk.path(), acvNamedAtMost( problems ) );
    return false;
  }
  featureOf = pairing.featureOf;
  return true;
}

bool AcvAreaApportionment::findNew( const AcvCrosswalk &crosswalk, const QVector<int> &needed, const AcvAreaApportionmentOptions &options,
                                    QVector<int> &featureOf, QString &error ) const
{
  const AcvBoundarySource &boundaries = *options.newBoundaries;
  const bool byCode = options.newKeyMode == AcvNameMatcher::KeyMode::Code;
  if ( options.newKeyField.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvAreaApportionment", "%1: no field of layer '%2' holds the new units of %3, so their split units cannot be apportioned by area; name the key with --boundary-key" )
                .arg( boundaries.path(), boundaries.layerName(), crosswalk.path() );
    return false;
  }
  QStringList featureKeys;
  if ( !boundaries.keys( options.newKeyField, featureKeys, error ) )
    return false;
  // As the join will pair the units made of them: the same field, mode and mapping.
  QStringList unitKeys;
  for ( const AcvCrosswalkUnit &unit : crosswalk.newUnits() )
    unitKeys.append( byCode && !unit.code.isEmpty() ? unit.code : unit.label() );
  const Pairing pairing = pairUnits( featureKeys, unitKeys, options.newKeyMode, options.mapping, AcvParentKeys() );

  QStringList problems;
  QSet<int> reported;
  for ( const int o : needed )
  {
    for ( const int l : crosswalk.linksOfOld().at( o ) )
    {
      const int n = crosswalk.links().at( l ).newUnit;
      if ( pairing.featureOf.at( n ) >= 0 || reported.contains( n ) )
        continue;
      reported.insert( n );
      const QString unit = QCoreApplication::translate( "AcvAreaApportionment", "%1 (a part of %2)" ).arg( crosswalk.newUnits().at( n ).label(), crosswalk.oldUnits().at( o ).label() );
      if ( pairing.several.contains( n ) && pairing.several.value( n ).size() > 1 )
        problems.append( QCoreApplication::translate( "AcvAreaApportionment", "%1 fits %2 features (%3)" ).arg( unit ).arg( pairing.several.value( n ).size() ).arg( featureList( pairing.several.value( n ), featureKeys ) ) );
      else
        problems.append( QCoreApplication::translate( "AcvAreaApportionment", "%1 has no feature '%2'%3" )
                             .arg( unit, unitKeys.at( n ), pairing.closest.contains( n ) ? QCoreApplication::translate( "AcvAreaApportionment", " (closest: '%1')" ).arg( featureKeys.value( pairing.closest.value( n ) ) ) : QString() ) );
    }
  }
  if ( !problems.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvAreaApportionment", "%1 (layer '%2', %3 field '%4'): the split units of %6 cannot be apportioned by area, as %5 of the new units they went into are not found in it: %7. Nothing was joined." )
                .arg( boundaries.path(), boundaries.layerName(), byCode ? QCoreApplication::translate( "AcvAreaApportionment", "code" ) : QCoreApplication::translate( "AcvAreaApportionment", "name" ), options.newKeyField )
                .arg( problems.size() )
                .arg( crosswalk.path(), acvNamedAtMost( problems ) );
    return false;
  }
  featureOf = pairing.featureOf;
  return true;
}

QString AcvAreaApportionment::describeSource() const
{
  if ( !mOld.layer() )
    return QString();
  QString text = QStringLiteral( "Old boundaries: %1, layer '%2', key field '%3'%4 (by %5)" )
                     .arg( mOld.path(), mOld.layerName(), mOldKeyField, mOldKeyDetected ? QStringLiteral( " [detected]" ) : QString(),
                           mOldKeyMode == AcvNameMatcher::KeyMode::Code ? QCoreApplication::translate( "AcvAreaApportionment", "code" ) : QCoreApplication::translate( "AcvAreaApportionment", "name" ) );
  if ( !mOldParentField.isEmpty() )
    text += QStringLiteral( ", parent field '%1' [detected]" ).arg( mOldParentField );
  return text + QStringLiteral( ", %1 features, %2" ).arg( mOld.features().size() ).arg( mOld.layer()->crs().userFriendlyIdentifier() );
}

QString AcvAreaApportionment::describe() const
{
  QStringList splits;
  for ( const AcvApportionedSplit &split : mSplits )
  {
    QStringList parts;
    for ( int k = 0; k < split.newUnits.size(); ++k )
      parts.append( QStringLiteral( "%1 %2" ).arg( split.newUnits.at( k ), percent( split.share.shares.value( k ) ) ) );
    splits.append( QStringLiteral( "%1 → %2" ).arg( split.label, parts.join( QLatin1String( ", " ) ) ) );
  }
  return splits.join( QLatin1String( "; " ) );
}
