/***************************************************************************
  fuzz_table_reader.cpp - libFuzzer target: an annex file, read and interpreted
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvstatisticstable.h"
#include "acvtablereader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cpl_error.h>

#include <cstdint>
#include <unistd.h>

namespace
{
QString scratchPath( const char *suffix )
{
  // One file per fuzzing process: parallel jobs must not read each other's input.
  return QDir::temp().filePath( QStringLiteral( "acv-fuzz-%1.%2" ).arg( getpid() ).arg( QLatin1String( suffix ) ) );
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
  // The first byte picks how the file is named, so both readers (CSV, and GDAL's XLSX/ODS
  // drivers) see the rest: a zip's own bytes decide which workbook it really is.
  if ( size < 1 )
    return 0;
  const char *suffix = data[0] % 3 == 0 ? "csv" : data[0] % 3 == 1 ? "xlsx"
                                                                   : "ods";
  const QString path = scratchPath( suffix );
  {
    QFile file( path );
    if ( !file.open( QIODevice::WriteOnly ) )
      return 0;
    file.write( reinterpret_cast<const char *>( data + 1 ), static_cast<qint64>( size - 1 ) );
  }
  AcvRawTable raw;
  QString error;
  if ( AcvTableReader::read( path, QString(), raw, error ) )
  {
    if ( raw.rows.size() != raw.rowNumbers.size() )
      abort();
    // Header detection, column roles, skipped rows, numbers: everything the annex goes through.
    AcvStatisticsOptions options;
    options.path = path;
    AcvStatisticsTable table;
    if ( table.load( options, error ) )
    {
      for ( const AcvStatisticsRecord &record : table.records() )
        table.cellReference( record.row, table.keyColumn().index );
    }
  }
  QFile::remove( path );
  return 0;
}
