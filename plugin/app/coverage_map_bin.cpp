/***************************************************************************
  coverage_map_bin.cpp - the coverage-map command: parse, run, exit
 ***************************************************************************/
#include "acvcoveragemap.h"

#include <qgsapplication.h>

#include <QTextStream>

#include <cpl_error.h>

#include <cstdio>
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
  const int code = acvCoverageMap( options, out, err );
  QgsApplication::exitQgis();
  return code;
}
