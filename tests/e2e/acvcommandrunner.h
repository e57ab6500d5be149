/***************************************************************************
  acvcommandrunner.h - runs the real coverage-map binary and fingerprints files
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOMMANDRUNNER_H
#define ACVCOMMANDRUNNER_H

#include "acvqgistestutils.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

//! How one run of coverage-map ended.
struct AcvCommandResult
{
  bool crashed = false; //!< killed by a signal (segfault, abort, sanitizer) or timed out
  int exitCode = -1;
  QString out;
  QString err;
};

inline AcvCommandResult acvRunCommand( const QString &program, const QStringList &arguments, int timeoutMs = 180000 )
{
  QProcess process;
  process.start( program, arguments );
  AcvCommandResult result;
  if ( !process.waitForFinished( timeoutMs ) )
  {
    process.kill();
    process.waitForFinished();
    result.crashed = true;
  }
  result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
  result.exitCode = result.crashed ? -1 : process.exitCode();
  result.out = QString::fromUtf8( process.readAllStandardOutput() );
  result.err = QString::fromUtf8( process.readAllStandardError() );
  return result;
}

/**
 * Every file an input path stands for: the file itself and, for a shapefile, each sidecar
 * (.shx .dbf .prj .cpg ...): the user's files that must come out of a run byte-identical.
 */
inline QStringList acvInputFiles( const QString &path )
{
  const QFileInfo info( path );
  if ( !info.exists() )
    return {};
  if ( info.suffix().compare( QLatin1String( "shp" ), Qt::CaseInsensitive ) != 0 )
    return { info.absoluteFilePath() };
  QStringList files;
  const QDir dir = info.absoluteDir();
  for ( const QString &name : dir.entryList( { info.completeBaseName() + QStringLiteral( ".*" ) }, QDir::Files ) )
    files.append( dir.filePath( name ) );
  return files;
}

//! Path -> checksum (and size, so a truncated file shows plainly in a failure message).
inline QMap<QString, QString> acvFingerprints( const QStringList &paths )
{
  QMap<QString, QString> prints;
  for ( const QString &path : paths )
  {
    for ( const QString &file : acvInputFiles( path ) )
      prints.insert( file, QStringLiteral( "%1 bytes, sha256 %2" ).arg( QFileInfo( file ).size() ).arg( QString::fromLatin1( acvChecksum( file ) ) ) );
  }
  return prints;
}

//! The files of a folder, hidden ones (temporary outputs) included.
inline QStringList acvFolderFiles( const QString &folder )
{
  return QDir( folder ).entryList( QDir::Files | QDir::Hidden | QDir::System, QDir::Name );
}

#endif // ACVCOMMANDRUNNER_H
