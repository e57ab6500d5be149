/***************************************************************************
  coverage_map_bin.cpp - the coverage-map command: parse, run, exit
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragemap.h"
#include "acvoutputtransaction.h"

#include <qgsapplication.h>

#include <QFile>
#include <QTextStream>

#include <cpl_error.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace
{
QtMessageHandler sQtHandler = nullptr;

/**
 * Qt's PNG writer prints "libpng error: Write Error" when the disk is full; the run then says
 * so itself, in words ("the disk is full…"), once.
 */
void filterQtMessages( QtMsgType type, const QMessageLogContext &context, const QString &message )
{
  if ( message.startsWith( QLatin1String( "libpng error" ) ) || message.startsWith( QLatin1String( "libpng warning" ) ) )
    return;
  if ( sQtHandler )
    sQtHandler( type, context, message );
}
} // namespace

int main( int argc, char **argv )
{
  QTextStream out( stdout );
  QTextStream err( stderr );
  QStringList arguments;
  for ( int i = 1; i < argc; ++i )
  {
    arguments.append( QString::fromLocal8Bit( argv[i] ) );
    // A byte sequence the locale cannot decode would become another name (U+FFFD) when the
    // file is written: an output would land beside the one asked for, an input be missed.
    if ( QFile::encodeName( arguments.constLast() ) != QByteArray( argv[i] ) )
    {
      err << "coverage-map: error: argument " << i << " ('" << arguments.constLast()
          << "') is not valid in this system's encoding (UTF-8 file names only); rename the file" << Qt::endl;
      return kAcvExitBadInput;
    }
  }
  // Stopped from outside, the run ends cleanly: its temporaries go, previous outputs stay.
  AcvOutputTransaction::installSignalHandlers();
  sQtHandler = qInstallMessageHandler( filterQtMessages );
  AcvCoverageMapOptions options;
  QString error;
  if ( !acvParseCoverageMapArguments( arguments, options, error ) )
  {
    err << "coverage-map: error: " << error << "\n(coverage-map --help lists the options)" << Qt::endl;
    return kAcvExitBadInput;
  }
  if ( options.help )
  {
    out << acvCoverageMapUsage() << Qt::flush;
    return kAcvExitOk;
  }

  // GDAL prints its own "ERROR 1:" lines; every problem reaches the user once, as our message.
  if ( qEnvironmentVariableIsEmpty( "CPL_DEBUG" ) )
    CPLSetErrorHandler( CPLQuietErrorHandler );
  std::unique_ptr<QgsApplication> app( acvInitQgis( argc, argv ) );
  AcvCoverageRunDataHolder data;
  const int code = acvCoverageMap( options, out, err, &data );
#ifndef ACV_SANITIZE_BUILD
  // Every output is written, closed and renamed into place: the system takes the memory back
  // at once, where freeing 100 000 features, QGIS's registries and the application one by one
  // took a fifth of a second. (Sanitizer builds exit normally, so leaks are still checked.)
  out.flush();
  err.flush();
  std::fflush( nullptr );
  std::_Exit( code );
#endif
  data.reset();
  QgsApplication::exitQgis();
  return code;
}
