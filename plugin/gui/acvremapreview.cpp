/***************************************************************************
  acvremapreview.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvremapreview.h"

#include "acvcolumnchoices.h"
#include "acvunitremap.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace
{
QString tr( const char *text, const char *disambiguation = nullptr, int n = -1 )
{
  return QCoreApplication::translate( "AcvRemapReview", text, disambiguation, n );
}

QString number( const std::optional<double> &value )
{
  return value ? AcvColumnChoices::unambiguousNumber( *value ) : QStringLiteral( "—" );
}

/**
 * "installs 16 581 676 → 16 581 676", and what was withheld from units left without the
 * figure: the annex's total is the units' plus that, to the person.
 */
QString countLine( const QString &what, double before, double after, double withheld )
{
  QString text = QCoreApplication::translate( "AcvRemapReview", "%1 %2 → %3" ).arg( what, AcvColumnChoices::unambiguousNumber( before ), AcvColumnChoices::unambiguousNumber( after ) );
  if ( withheld > 0 )
    text += QCoreApplication::translate( "AcvRemapReview", " + %1 withheld" ).arg( AcvColumnChoices::unambiguousNumber( withheld ) );
  return text;
}
} // namespace

QString AcvReviewSource::label() const
{
  QStringList qualifiers;
  if ( !parent.isEmpty() )
    qualifiers << parent;
  if ( !code.isEmpty() && code != name )
    qualifiers << code;
  QString text = qualifiers.isEmpty() ? name : QStringLiteral( "%1 (%2)" ).arg( name, qualifiers.join( QLatin1String( ", " ) ) );
  // A whole row needs no share; a part of a split unit says which part.
  if ( share < 1.0 - 1e-9 )
    text += QLatin1Char( ' ' ) + AcvRemapReview::shareText( share );
  return text;
}

QString AcvReviewUnit::label() const
{
  if ( name.isEmpty() || code.isEmpty() || name == code )
    return name.isEmpty() ? code : name;
  return QStringLiteral( "%1 (%2)" ).arg( name, code );
}

AcvRemapReview::AcvRemapReview( const AcvUnitRemap &remap )
  : mSet( remap.isSet() )
{
  if ( !mSet )
    return;
  const QVector<AcvStatisticsRecord> &records = remap.sourceRecords();
  for ( const AcvRemappedUnit &remapped : remap.units() )
  {
    AcvReviewUnit unit;
    unit.code = remapped.code;
    unit.name = remapped.name;
    unit.missingOldUnits = remapped.missingOldUnits;
    unit.installs = remapped.figures.installs;
    for ( const AcvRemapSource &source : remapped.sources )
    {
      const AcvStatisticsRecord &record = records.at( source.record );
      unit.sources.append( { record.row, record.key, record.parent, record.code, source.share, source.figures.installs } );
    }
    mUnits.append( unit );
  }

  // Only the counts the annex has: a missing population column is no "0 → 0".
  bool hasSmartphones = false;
  bool hasPopulation = false;
  for ( const AcvStatisticsRecord &record : records )
  {
    hasSmartphones |= record.smartphones.has_value();
    hasPopulation |= record.population.has_value();
  }
  const AcvRemapTotals &before = remap.annexTotals();
  const AcvRemapTotals &after = remap.unitTotals();
  const AcvRemapTotals &withheld = remap.withheldTotals();
  QStringList counts{ countLine( tr( "installs" ), before.installs, after.installs, withheld.installs ) };
  if ( hasSmartphones )
    counts << countLine( tr( "smartphone users" ), before.smartphones, after.smartphones, withheld.smartphones );
  if ( hasPopulation )
    counts << countLine( tr( "population" ), before.population, after.population, withheld.population );
  const QString what = remap.kind() == AcvUnitRemap::Kind::Crosswalk ? tr( "Crosswalk %1" ).arg( remap.source() ) : tr( "Summed by column '%1'" ).arg( remap.source() );
  mTotals = tr( "%1: %2 annex rows → %3 units; %4" ).arg( what ).arg( records.size() ).arg( mUnits.size() ).arg( counts.join( QLatin1String( ", " ) ) );
  const int incomplete = incompleteCount();
  if ( incomplete > 0 )
    mTotals += QLatin1Char( '\n' ) + QCoreApplication::translate( "AcvRemapReview", "%n units are left without figures: some of their old units are not in the annex (marked below).", nullptr, incomplete );
}

const AcvReviewUnit *AcvRemapReview::unit( int statisticsIndex ) const
{
  if ( statisticsIndex < 0 || statisticsIndex >= mUnits.size() )
    return nullptr;
  return &mUnits.at( statisticsIndex );
}

QString AcvRemapReview::fromText( int statisticsIndex ) const
{
  const AcvReviewUnit *u = unit( statisticsIndex );
  if ( !u )
    return QString();
  QStringList sources;
  for ( const AcvReviewSource &source : u->sources )
    sources << source.label();
  return tr( "%1 → %2" ).arg( sources.join( QLatin1String( " + " ) ), u->label() );
}

QString AcvRemapReview::installsText( int statisticsIndex ) const
{
  const AcvReviewUnit *u = unit( statisticsIndex );
  if ( !u )
    return QString();
  // Flagged short: the old units that are missing are in details().
  if ( !u->complete() )
    return tr( "incomplete: %n old units not in the annex", nullptr, static_cast<int>( u->missingOldUnits.size() ) );
  // One row is its own sum; several are shown added up, as the analyst would check them.
  if ( u->sources.size() == 1 )
    return number( u->installs );
  QStringList parts;
  for ( const AcvReviewSource &source : u->sources )
    parts << number( source.installs );
  return QStringLiteral( "%1 = %2" ).arg( parts.join( QLatin1String( " + " ) ), number( u->installs ) );
}

QString AcvRemapReview::rowsText( int statisticsIndex ) const
{
  const AcvReviewUnit *u = unit( statisticsIndex );
  if ( !u )
    return QString();
  QStringList rows;
  for ( const AcvReviewSource &source : u->sources )
    rows << QString::number( source.sourceRow );
  return rows.join( QLatin1String( ", " ) );
}

QString AcvRemapReview::details( int statisticsIndex ) const
{
  const AcvReviewUnit *u = unit( statisticsIndex );
  if ( !u )
    return QString();
  QStringList lines;
  for ( const AcvReviewSource &source : u->sources )
    lines << tr( "Row %1, %2: %3 installs" ).arg( source.sourceRow ).arg( source.label(), number( source.installs ) );
  if ( !u->complete() )
    lines << tr( "Left without figures, a sum of these rows would be short: %1 not in the annex" ).arg( u->missingOldUnits.join( QLatin1String( ", " ) ) );
  return lines.join( QLatin1Char( '\n' ) );
}

int AcvRemapReview::incompleteCount() const
{
  return static_cast<int>( std::count_if( mUnits.begin(), mUnits.end(), []( const AcvReviewUnit &u )
                                          { return !u.complete(); } ) );
}

QString AcvRemapReview::shareText( double share )
{
  // Crosswalks publish halves and thirds; an area's share is seldom one, and reads as a percentage.
  for ( int denominator = 2; denominator <= 12; ++denominator )
  {
    const double numerator = share * denominator;
    const double whole = std::round( numerator );
    if ( std::abs( numerator - whole ) < 1e-6 && whole >= 1 && whole < denominator )
    {
      // The lowest terms come first: 2/4 is found as 1/2 at denominator 2.
      return QStringLiteral( "%1/%2" ).arg( static_cast<int>( whole ) ).arg( denominator );
    }
  }
  return QStringLiteral( "%1 %" ).arg( QLocale().toString( share * 100.0, 'f', 1 ) );
}
