/***************************************************************************
  fuzz_name_matcher.cpp - libFuzzer target: normalizing and matching locality names
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvnamematcher.h"
#include "acvnamenormalizer.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  // Lines before an empty line are boundary keys, after it statistics keys.
  const QString text = QString::fromUtf8( reinterpret_cast<const char *>( data ), static_cast<int>( size ) );
  const int split = text.indexOf( QLatin1String( "\n\n" ) );
  const QStringList boundaries = text.left( split < 0 ? text.size() / 2 : split ).split( QLatin1Char( '\n' ) );
  const QStringList statistics = text.mid( split < 0 ? text.size() / 2 : split + 2 ).split( QLatin1Char( '\n' ) );

  for ( const QString &name : boundaries + statistics )
  {
    const AcvNormalizedName normalized = AcvNameNormalizer::normalize( name );
    // Normalizing is idempotent on the key: a key is its own key.
    if ( !normalized.toneKey.isEmpty() && AcvNameNormalizer::normalize( normalized.toneKey ).toneKey.isEmpty() )
      std::abort();
  }
  for ( const AcvNameMatcher::KeyMode mode : { AcvNameMatcher::KeyMode::Name, AcvNameMatcher::KeyMode::Code } )
  {
    const AcvMatchResult result = AcvNameMatcher::match( boundaries, statistics, mode, {} );
    // Each boundary gets at most one row and each row at most one boundary.
    QSet<int> b;
    QSet<int> s;
    for ( const AcvMatch &m : result.matches )
    {
      if ( m.boundaryIndex < 0 || m.boundaryIndex >= boundaries.size() || m.statisticsIndex < 0 || m.statisticsIndex >= statistics.size() )
        std::abort();
      if ( b.contains( m.boundaryIndex ) || s.contains( m.statisticsIndex ) )
        std::abort();
      b.insert( m.boundaryIndex );
      s.insert( m.statisticsIndex );
    }
  }
  return 0;
}
