/***************************************************************************
  acvprojectwriter.cpp
 ***************************************************************************/
#include "acvprojectwriter.h"

#include "acvoutputfile.h"

#include <qgsproject.h>

#include <QFileInfo>

bool AcvProjectWriter::write( QgsProject *project, const QString &path, QString &error )
{
  const QString suffix = QFileInfo( path ).suffix().toLower();
  if ( suffix != QLatin1String( "qgz" ) && suffix != QLatin1String( "qgs" ) )
  {
    error = QStringLiteral( "%1: a QGIS project is written as .qgz or .qgs" ).arg( path );
    return false;
  }
  // The temporary file sits beside the destination, so relative layer paths are already right.
  AcvOutputFile output( path );
  project->writeEntry( QStringLiteral( "Paths" ), QStringLiteral( "/Absolute" ), false );
  if ( !project->write( output.tempPath() ) )
  {
    error = QStringLiteral( "%1: the project cannot be written (%2)" ).arg( path, project->error() );
    return false;
  }
  const bool committed = output.commit( error );
  // The project remembers where it was written; name the real file, not the temporary one.
  project->setFileName( path );
  return committed;
}
