/***************************************************************************
  acvprojectwriter.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvprojectwriter.h"

#include "acvoutputfile.h"
#include "acvoutputtransaction.h"

#include <qgspathresolver.h>
#include <qgsproject.h>

#include <QFileInfo>

bool AcvProjectWriter::write( QgsProject *project, const QString &path, QString &error, AcvOutputTransaction *transaction )
{
  const QString suffix = QFileInfo( path ).suffix().toLower();
  if ( suffix != QLatin1String( "qgz" ) && suffix != QLatin1String( "qgs" ) )
  {
    error = QStringLiteral( "%1: a QGIS project is written as .qgz or .qgs" ).arg( path );
    return false;
  }
  // The temporary file sits beside the destination, so relative layer paths are already right.
  AcvOutputFile output( path, transaction );
  if ( output.tempPath().isEmpty() )
    return output.commit( error ); // its folder cannot be written: says why
  project->writeEntry( QStringLiteral( "Paths" ), QStringLiteral( "/Absolute" ), false );
  // Within a run, layers read the run's temporaries (the joined GeoPackage is renamed into
  // place only with the project): the project names the files they will be.
  const QHash<QString, QString> renames = transaction ? transaction->temporaries() : QHash<QString, QString>();
  const QString pathWriter = QgsPathResolver::setPathWriter( [renames]( const QString &source )
                                                             {
                                                               for ( auto it = renames.constBegin(); it != renames.constEnd(); ++it )
                                                               {
                                                                 if ( source.startsWith( it.key() ) )
                                                                   return it.value() + source.mid( it.key().size() );
                                                               }
                                                               return source; } );
  const bool saved = project->write( output.tempPath() );
  QgsPathResolver::removePathWriter( pathWriter );
  if ( !saved )
  {
    error = QStringLiteral( "%1: the project cannot be written (%2)" ).arg( path, project->error() );
    return false;
  }
  const bool committed = output.commit( error );
  // The project remembers where it was written; name the real file, not the temporary one.
  project->setFileName( path );
  return committed;
}
