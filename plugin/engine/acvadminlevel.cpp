/***************************************************************************
  acvadminlevel.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvadminlevel.h"

#include "acvcolumndetector.h"

#include <QCoreApplication>

#include <array>

namespace
{
constexpr std::array<AcvAdminLevel, 3> kLevels = { AcvAdminLevel::Province, AcvAdminLevel::District, AcvAdminLevel::Commune };
} // namespace

bool AcvAdminLevels::fits( AcvAdminType type, AcvAdminLevel level )
{
  return ( AcvAdminTypes::levelsOf( type ) & static_cast<int>( level ) ) != 0;
}

bool AcvAdminLevels::isAbove( AcvAdminLevel a, AcvAdminLevel b )
{
  // The flags grow downwards: province 1, district 2, commune 4.
  return a != AcvAdminLevel::Unknown && b != AcvAdminLevel::Unknown && static_cast<int>( a ) < static_cast<int>( b );
}

QString AcvAdminLevels::pluralName( AcvAdminLevel level )
{
  switch ( level )
  {
    case AcvAdminLevel::Province:
      return QCoreApplication::translate( "AcvAdminLevels", "provinces" );
    case AcvAdminLevel::District:
      return QCoreApplication::translate( "AcvAdminLevels", "districts" );
    case AcvAdminLevel::Commune:
      return QCoreApplication::translate( "AcvAdminLevels", "communes" );
    case AcvAdminLevel::Unknown:
      break;
  }
  return QCoreApplication::translate( "AcvAdminLevels", "units of unknown level" );
}

AcvLevelReading AcvAdminLevels::read( const QVector<AcvNormalizedName> &names )
{
  AcvLevelReading reading;
  std::array<int, 3> fitting = { 0, 0, 0 };
  std::array<int, 3> only = { 0, 0, 0 }; // names that fit this level and no other
  for ( const AcvNormalizedName &name : names )
  {
    if ( name.isEmpty() )
      continue;
    ++reading.names;
    const int levels = AcvAdminTypes::levelsOf( name.type );
    if ( levels == 0 )
      continue;
    ++reading.typed;
    for ( size_t i = 0; i < kLevels.size(); ++i )
    {
      if ( levels & static_cast<int>( kLevels[i] ) )
      {
        ++fitting[i];
        if ( levels == static_cast<int>( kLevels[i] ) )
          ++only[i];
      }
    }
  }
  if ( reading.typed < std::min( 2, reading.names ) || reading.typed == 0 )
    return reading;

  // The level most names fit; among equals, the one more names fit alone ("Tỉnh" beside
  // "Thành phố" is a province list). Equal on both counts is undecided.
  int best = -1;
  bool tie = false;
  for ( size_t i = 0; i < kLevels.size(); ++i )
  {
    if ( fitting[i] == 0 )
      continue;
    if ( best < 0 || fitting[i] > fitting[best] || ( fitting[i] == fitting[best] && only[i] > only[best] ) )
    {
      best = static_cast<int>( i );
      tie = false;
    }
    else if ( fitting[i] == fitting[best] && only[i] == only[best] )
      tie = true;
  }
  if ( best < 0 || tie || fitting[best] < kAgreement * reading.typed )
    return reading;
  reading.level = kLevels[best];
  reading.agreeing = fitting[best];
  for ( const AcvNormalizedName &name : names )
  {
    if ( reading.examples.size() >= 3 )
      break;
    if ( !name.isEmpty() && fits( name.type, reading.level ) )
      reading.examples.append( name.raw.trimmed() );
  }
  return reading;
}

AcvAdminLevel AcvAdminLevels::ofHeader( const QString &header )
{
  // Each type word of the header narrows the tier: "Huyện, thị xã, thành phố" is district-level
  // (thành phố alone would also fit a province), "Tỉnh, thành phố" province-level.
  QString folded = QLatin1Char( ' ' ) + AcvColumnDetector::foldHeader( header ) + QLatin1Char( ' ' );
  QVector<QPair<QString, AcvAdminType>> words;
  for ( const auto &word : AcvAdminTypes::vietnameseWords() )
    words.append( { AcvColumnDetector::foldHeader( word.first ), word.second } );
  for ( const auto &word : AcvAdminTypes::englishWords() )
  {
    words.append( word );
    words.append( { word.first + QLatin1Char( 's' ), word.second } );
  }
  // Longest first: "thi xa" must be read before "xa".
  std::stable_sort( words.begin(), words.end(), []( const QPair<QString, AcvAdminType> &a, const QPair<QString, AcvAdminType> &b )
                    { return a.first.size() > b.first.size(); } );
  int levels = static_cast<int>( AcvAdminLevel::Province ) | static_cast<int>( AcvAdminLevel::District ) | static_cast<int>( AcvAdminLevel::Commune );
  bool any = false;
  for ( const auto &word : std::as_const( words ) )
  {
    const QString padded = QLatin1Char( ' ' ) + word.first + QLatin1Char( ' ' );
    while ( folded.contains( padded ) )
    {
      folded.replace( folded.indexOf( padded ), padded.size(), QStringLiteral( "  " ) );
      levels &= AcvAdminTypes::levelsOf( word.second );
      any = true;
    }
  }
  if ( !any )
    return AcvAdminLevel::Unknown;
  for ( const AcvAdminLevel level : kLevels )
  {
    if ( levels == static_cast<int>( level ) )
      return level;
  }
  return AcvAdminLevel::Unknown;
}

QString AcvLevelReading::describe() const
{
  if ( level == AcvAdminLevel::Unknown )
    return QCoreApplication::translate( "AcvAdminLevels", "unknown (%1)" ).arg( evidence() );
  return QStringLiteral( "%1 (%2)" ).arg( AcvAdminLevels::pluralName( level ), evidence() );
}

QString AcvLevelReading::evidence() const
{
  if ( level == AcvAdminLevel::Unknown )
    return QCoreApplication::translate( "AcvAdminLevels", "%1 of %2 names written with a type word such as Huyện or Xã" ).arg( typed ).arg( names );
  if ( !header.isEmpty() )
    return QCoreApplication::translate( "AcvAdminLevels", "by the header '%1'" ).arg( header );
  QStringList quoted;
  for ( const QString &example : examples )
    quoted.append( QStringLiteral( "'%1'" ).arg( example ) );
  const QString counted = sampledFrom > names ? QCoreApplication::translate( "AcvAdminLevels", "%1 of %2 sampled names (of %3)" ).arg( agreeing ).arg( names ).arg( sampledFrom )
                                              : QCoreApplication::translate( "AcvAdminLevels", "%1 of %2 names" ).arg( agreeing ).arg( names );
  return QCoreApplication::translate( "AcvAdminLevels", "%1 written %2: %3" ).arg( counted, AcvAdminTypes::levelWords( level ), quoted.join( QLatin1String( ", " ) ) );
}
