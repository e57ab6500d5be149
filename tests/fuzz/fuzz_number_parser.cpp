/***************************************************************************
  fuzz_number_parser.cpp - libFuzzer target: numeric cells of an annex
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvnumberparser.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  const QString text = QString::fromUtf8( reinterpret_cast<const char *>( data ), static_cast<int>( size ) );
  // One cell per line, as a column: the convention is decided over all of them.
  const QStringList cells = text.split( QLatin1Char( '\n' ) );
  const AcvNumberConvention convention = AcvNumberParser::detectConvention( cells, AcvNumberConvention::Vietnamese );
  for ( const QString &cell : cells )
  {
    for ( const AcvNumberConvention c : { AcvNumberConvention::Vietnamese, AcvNumberConvention::English, convention } )
    {
      const AcvParsedNumber parsed = AcvNumberParser::parse( cell, c );
      // What the parser promises: an Ok value is finite, and an Invalid one says why.
      if ( parsed.status == AcvParsedNumber::Status::Ok && !std::isfinite( parsed.value ) )
        std::abort();
      if ( parsed.status == AcvParsedNumber::Status::Invalid && parsed.error.isEmpty() )
        std::abort();
      if ( parsed.status == AcvParsedNumber::Status::Ok && c != AcvNumberConvention::Auto )
      {
        // A formatted number reads back as itself.
        const QString formatted = AcvNumberParser::format( parsed.value, 2, c );
        const AcvParsedNumber again = AcvNumberParser::parse( formatted, c );
        if ( std::fabs( parsed.value ) < 1e15 && ( again.status != AcvParsedNumber::Status::Ok || std::fabs( again.value - parsed.value ) > 0.005 + 1e-9 * std::fabs( parsed.value ) ) )
          std::abort();
      }
    }
    AcvNumberParser::isMissingToken( cell );
  }
  return 0;
}
