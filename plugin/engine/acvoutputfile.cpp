/***************************************************************************
  acvoutputfile.cpp
 ***************************************************************************/
#include "acvoutputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>

AcvOutputFile::AcvOutputFile( const QString &destination )
  : mDestination( destination )
{
  const QFileInfo info( destination );
  const QString suffix = info.completeSuffix().isEmpty() ? QString() : QLatin1Char( '.' ) + info.suffix();
  mTempPath = info.absoluteDir().filePath( QStringLiteral( ".%1.%2.tmp%3" ).arg( info.completeBaseName(), QUuid::createUuid().toString( QUuid::Id128 ).left( 12 ), suffix ) );
}

AcvOutputFile::~AcvOutputFile()
{
  if ( !mCommitted )
    QFile::remove( mTempPath );
}

bool AcvOutputFile::commit( QString &error )
{
  if ( !QFileInfo::exists( mTempPath ) )
  {
    error = QStringLiteral( "%1: nothing was written" ).arg( mDestination );
    return false;
  }
  // rename(2) replaces the destination in one step; QFile::rename refuses to overwrite.
  if ( std::rename( QFile::encodeName( mTempPath ).constData(), QFile::encodeName( mDestination ).constData() ) != 0 )
  {
    error = QStringLiteral( "%1: cannot be written (%2)" ).arg( mDestination, QString::fromLocal8Bit( std::strerror( errno ) ) );
    return false;
  }
  mCommitted = true;
  removeStaleTemporaries();
  return true;
}

void AcvOutputFile::removeStaleTemporaries() const
{
  // A run killed before its rename leaves its hidden temporary (and, for a GeoPackage, SQLite's
  // -journal/-wal/-shm beside it). Once this destination is complete, those are garbage.
  const QFileInfo info( mDestination );
  const QString suffix = info.completeSuffix().isEmpty() ? QString() : QLatin1Char( '.' ) + info.suffix();
  const QRegularExpression pattern( QStringLiteral( "^\\.%1\\.[0-9a-f]{12}\\.tmp%2(?:-journal|-wal|-shm)?$" )
                                        .arg( QRegularExpression::escape( info.completeBaseName() ), QRegularExpression::escape( suffix ) ) );
  QDir folder = info.absoluteDir();
  const QStringList candidates = folder.entryList( { QStringLiteral( ".%1.*" ).arg( info.completeBaseName() ) }, QDir::Files | QDir::Hidden | QDir::System );
  for ( const QString &name : candidates )
  {
    if ( pattern.match( name ).hasMatch() && folder.filePath( name ) != mTempPath )
      folder.remove( name );
  }
}

bool AcvOutputFile::checkDestination( const QString &destination, const QStringList &inputs, QString &error )
{
  const QFileInfo info( destination );
  const QFileInfo folder( info.absolutePath() );
  if ( !folder.exists() || !folder.isDir() )
  {
    error = QStringLiteral( "%1: the folder %2 does not exist" ).arg( destination, info.absolutePath() );
    return false;
  }
  if ( !folder.isWritable() )
  {
    error = QStringLiteral( "%1: the folder %2 is not writable" ).arg( destination, info.absolutePath() );
    return false;
  }
  if ( info.isDir() )
  {
    error = QStringLiteral( "%1: is a folder, not a file name" ).arg( destination );
    return false;
  }
  const QString target = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
  for ( const QString &input : inputs )
  {
    if ( input.isEmpty() )
      continue;
    const QFileInfo in( input );
    const QString source = in.exists() ? in.canonicalFilePath() : in.absoluteFilePath();
    if ( source == target )
    {
      error = QStringLiteral( "%1: is also an input; choose another output path (inputs are never overwritten)" ).arg( destination );
      return false;
    }
  }
  return true;
}
