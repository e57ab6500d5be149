/***************************************************************************
  fuzz_crosswalk.cpp - libFuzzer target: a crosswalk file read, and an annex summed by it
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcrosswalk.h"
#include "acvunitremap.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cpl_error.h>

#include <cstdint>
#include <cstdlib>
#include <unistd.h>

namespace
{
QString scratchPath( const char *name )
{
  // One file per fuzzing process: parallel jobs must not read each other's input.
  return QDir::temp().filePath( QStringLiteral( "acv-fuzz-crosswalk-%1-%2" ).arg( getpid() ).arg( QLatin1String( name ) ) );
}

//! An annex naming the crosswalk's first old units, so the remap's paths run on every input.
QString writeAnnex( const AcvCrosswalk &crosswalk )
{
  QByteArray csv = "Huyện;Mã;Xã;Số lượt cài đặt;Số người dùng ĐTTM;Dân số\n";
  for ( int o = 0; o < std::min( 50, static_cast<int>( crosswalk.oldUnits().size() ) ); ++o )
  {
    const AcvCrosswalkUnit &unit = crosswalk.oldUnits().at( o );
    QString name = unit.name.isEmpty() ? QStringLiteral( "X%1" ).arg( o ) : unit.name;
    name.remove( QLatin1Char( ';' ) ).remove( QLatin1Char( '\n' ) ).remove( QLatin1Char( '\r' ) ).remove( QLatin1Char( '"' ) );
    QString parent = unit.parent;
    parent.remove( QLatin1Char( ';' ) ).remove( QLatin1Char( '\n' ) ).remove( QLatin1Char( '\r' ) ).remove( QLatin1Char( '"' ) );
    csv += QStringLiteral( "%1;%2;%3;%4;%5;%6\n" ).arg( parent, QString( unit.code ).remove( QLatin1Char( ';' ) ).remove( QLatin1Char( '\n' ) ), name ).arg( 10 + o ).arg( 100 + o ).arg( 1000 + o ).toUtf8();
  }
  const QString path = scratchPath( "annex.csv" );
  QFile file( path );
  if ( file.open( QIODevice::WriteOnly ) )
    file.write( csv );
  return path;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  static const bool quiet = []
  {
    CPLSetErrorHandler( CPLQuietErrorHandler );
    return true;
  }();
  (void)quiet;
  if ( size < 1 )
    return 0;
  const char *name = data[0] % 2 == 0 ? "crosswalk.csv" : "crosswalk.xlsx";
  const QString path = scratchPath( name );
  {
    QFile file( path );
    if ( !file.open( QIODevice::WriteOnly ) )
      return 0;
    file.write( reinterpret_cast<const char *>( data + 1 ), static_cast<qint64>( size - 1 ) );
  }
  AcvCrosswalkOptions options;
  options.path = path;
  AcvCrosswalk crosswalk;
  QString error;
  if ( crosswalk.load( options, error ) )
  {
    // Every link points at units that exist, and every unit's links point back at it.
    for ( const AcvCrosswalkLink &link : crosswalk.links() )
    {
      if ( link.oldUnit < 0 || link.oldUnit >= crosswalk.oldUnits().size() || link.newUnit < 0 || link.newUnit >= crosswalk.newUnits().size() )
        abort();
      if ( link.share && ( *link.share <= 0 || *link.share > 1 ) )
        abort();
    }
    (void)crosswalk.describe();
    const QString annexPath = writeAnnex( crosswalk );
    AcvStatisticsOptions annexOptions;
    annexOptions.path = annexPath;
    AcvStatisticsTable table;
    if ( table.load( annexOptions, error ) )
    {
      AcvUnitRemap remap;
      const AcvNameMatcher::KeyMode mode = crosswalk.hasOldNames() ? AcvNameMatcher::KeyMode::Name : AcvNameMatcher::KeyMode::Code;
      if ( remap.crosswalk( table, crosswalk, mode, {}, error ) )
      {
        // Conserved: the annex = the units + what was withheld, whatever the crosswalk says.
        const double accounted = remap.unitTotals().installs + remap.withheldTotals().installs;
        if ( std::abs( accounted - remap.annexTotals().installs ) > 1e-6 * std::max( 1.0, remap.annexTotals().installs ) )
          abort();
        (void)remap.describe();
      }
    }
    QFile::remove( annexPath );
  }
  QFile::remove( path );
  return 0;
}
