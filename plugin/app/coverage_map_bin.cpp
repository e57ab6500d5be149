/***************************************************************************
  coverage_map_bin.cpp - the coverage-map command: parse, run, exit
 ***************************************************************************/
#include "acvcoveragemap.h"

#include <qgsapplication.h>

#include <QTextStream>

#include <cpl_error.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

int main( int argc, char **argv )
{
  QStringList arguments;
  for ( int i = 1; i < argc; ++i )
    arguments.append( QString::fromLocal8Bit( argv[i] ) );

  QTextStream out( stdout );
  QTextStream err( stderr );
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
  AcvCoverageMapDataHolder data;
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
