/***************************************************************************
  acvoutputtransaction.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvoutputtransaction.h"
#include "acvoutputcheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QThread>
#include <QUuid>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace
{
const QString kLockName = QStringLiteral( ".acv.lock" );
//! Below this much free space a failed write is put down to a full disk.
constexpr qint64 kNearlyFullBytes = 1024 * 1024;

volatile std::sig_atomic_t sStopSignal = 0;

void onStopSignal( int signal )
{
  sStopSignal = signal;
  // A second Ctrl-C or SIGTERM ends the process at once; the next run removes what it left.
  std::signal( signal, SIG_DFL );
}

/**
 * The folder locks this process holds, shared by its transactions: a flock(2) taken twice by
 * one process through two descriptors would wait for itself (a writer called without the run's
 * transaction makes its own for one file).
 */
struct FolderLock
{
  int fd = -1;
  int users = 0;
};
QMutex sLocksMutex;
QHash<QString, FolderLock> sLocks;

QString errnoText( int error )
{
  switch ( error )
  {
    case ENOSPC:
    case EDQUOT:
      return QStringLiteral( "the disk is full" );
    case ENAMETOOLONG:
      return QStringLiteral( "the file name is too long" );
    case EROFS:
      return QStringLiteral( "the disk is read-only" );
    case EPERM:
      return QStringLiteral( "the system does not permit it: the file or its folder may be immutable (chattr +i)" );
    case EACCES:
      return QStringLiteral( "permission denied" );
    default:
      return QString::fromLocal8Bit( std::strerror( error ) );
  }
}

QByteArray encoded( const QString &path )
{
  return QFile::encodeName( path );
}

bool syncPath( const QString &path, bool directory )
{
  const int fd = ::open( encoded( path ).constData(), ( directory ? O_RDONLY | O_DIRECTORY : O_RDONLY ) | O_CLOEXEC );
  if ( fd < 0 )
    return false;
  const bool ok = ::fsync( fd ) == 0 || errno == EINVAL; // some file systems cannot sync a folder
  const int saved = errno;
  ::close( fd );
  errno = saved;
  return ok;
}

//! Copies \a from to \a to, synced: the backup where a file system has no hard links.
bool copyFile( const QString &from, const QString &to )
{
  QFile::remove( to );
  if ( !QFile::copy( from, to ) )
    return false;
  return syncPath( to, false );
}

QString holderOf( int fd )
{
  char buffer[32] = {};
  const ssize_t read = ::pread( fd, buffer, sizeof( buffer ) - 1, 0 );
  const QString pid = read > 0 ? QString::fromLatin1( buffer, static_cast<int>( read ) ).trimmed() : QString();
  return pid.isEmpty() ? QStringLiteral( "another coverage-map run" ) : QStringLiteral( "another coverage-map run (process %1)" ).arg( pid );
}

qint64 fileSize( const QString &path )
{
  struct stat st;
  return ::stat( encoded( path ).constData(), &st ) == 0 ? static_cast<qint64>( st.st_size ) : 0;
}
} // namespace

AcvOutputTransaction::AcvOutputTransaction()
  : mRunId( QUuid::createUuid().toString( QUuid::Id128 ).left( 12 ) )
  , mStarted( QDateTime::currentDateTimeUtc() )
{
}

AcvOutputTransaction::~AcvOutputTransaction()
{
  rollback();
}

void AcvOutputTransaction::protectInputs( const QStringList &inputs )
{
  for ( const QString &input : inputs )
  {
    if ( input.isEmpty() )
      continue;
    const QFileInfo info( input );
    QStringList files{ info.absoluteFilePath(), info.absoluteFilePath() + QStringLiteral( ".aux.xml" ) };
    const QDir dir = info.absoluteDir();
    // A shapefile is all its sidecars; a raster-like input keeps its world file.
    const QString suffix = info.suffix();
    if ( suffix.compare( QLatin1String( "shp" ), Qt::CaseInsensitive ) == 0 )
    {
      for ( const QString &name : dir.entryList( { info.completeBaseName() + QStringLiteral( ".*" ) }, QDir::Files | QDir::Hidden ) )
        files.append( dir.filePath( name ) );
    }
    if ( suffix.size() >= 2 )
      files << dir.filePath( info.completeBaseName() + QLatin1Char( '.' ) + suffix.at( 0 ) + suffix.at( suffix.size() - 1 ) + QLatin1Char( 'w' ) );
    files << dir.filePath( info.completeBaseName() + QStringLiteral( ".wld" ) );
    for ( const QString &file : std::as_const( files ) )
    {
      struct stat st;
      if ( ::stat( encoded( file ).constData(), &st ) == 0 )
      {
        mProtected.insert( qMakePair( static_cast<quint64>( st.st_dev ), static_cast<quint64>( st.st_ino ) ) );
        mProtectedPaths.append( file );
      }
    }
  }
}

bool AcvOutputTransaction::isProtected( const QString &path ) const
{
  // By device and inode: a second name, a hard link or a symlink of an input is that input.
  struct stat st;
  if ( ::stat( encoded( path ).constData(), &st ) != 0 )
    return false;
  return mProtected.contains( qMakePair( static_cast<quint64>( st.st_dev ), static_cast<quint64>( st.st_ino ) ) );
}

bool AcvOutputTransaction::checkName( const QString &destination, QString &error )
{
  const QFileInfo info( destination );
  const QByteArray name = encoded( info.fileName() );
  if ( QFile::decodeName( name ) != info.fileName() )
  {
    error = QStringLiteral( "%1: the file name cannot be written in this system's encoding" ).arg( destination );
    return false;
  }
  const long max = ::pathconf( encoded( info.absolutePath() ).constData(), _PC_NAME_MAX );
  const long limit = max > 0 ? max : NAME_MAX;
  if ( name.size() > limit )
  {
    error = QStringLiteral( "%1: the file name is too long (%2 bytes; this file system allows %3)" ).arg( destination ).arg( name.size() ).arg( limit );
    return false;
  }
  return true;
}

bool AcvOutputTransaction::begin( const QStringList &destinations, QString &error )
{
  for ( const QString &destination : destinations )
  {
    if ( destination.isEmpty() )
      continue;
    if ( isProtected( destination ) )
    {
      error = QStringLiteral( "%1: is also an input; choose another output path (inputs are never overwritten)" ).arg( destination );
      return false;
    }
  }
  QStringList folders;
  for ( const QString &destination : destinations )
  {
    if ( !destination.isEmpty() )
      folders.append( QFileInfo( destination ).absolutePath() );
  }
  folders.removeDuplicates();
  // Always in the same order, so two runs on two shared folders cannot wait for each other.
  folders.sort();
  for ( const QString &folder : std::as_const( folders ) )
  {
    if ( !lockFolder( folder, error ) )
      return false;
  }
  return true;
}

bool AcvOutputTransaction::lockFolder( const QString &folder, QString &error )
{
  {
    QMutexLocker locker( &mMutex );
    if ( mFolders.contains( folder ) )
      return true;
  }
  {
    QMutexLocker locks( &sLocksMutex );
    auto held = sLocks.find( folder );
    if ( held != sLocks.end() )
    {
      ++held->users;
      QMutexLocker locker( &mMutex );
      mFolders.append( folder );
      return true;
    }
  }
  const QString path = QDir( folder ).filePath( kLockName );
  const QByteArray name = encoded( path );
  QDateTime deadline = QDateTime::currentDateTimeUtc().addSecs( mLockWaitSeconds );
  bool noticed = false;
  for ( ;; )
  {
    const int fd = ::open( name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644 );
    if ( fd < 0 )
    {
      error = QStringLiteral( "%1: the folder cannot be written (%2)" ).arg( folder, errnoText( errno ) );
      return false;
    }
    if ( ::flock( fd, LOCK_EX | LOCK_NB ) == 0 )
    {
      // The previous holder removes the file as it ends: a lock on a removed file locks nothing.
      struct stat opened;
      struct stat named;
      if ( ::fstat( fd, &opened ) != 0 || ::stat( name.constData(), &named ) != 0 || opened.st_ino != named.st_ino || opened.st_dev != named.st_dev )
      {
        ::close( fd );
        continue;
      }
      // Who holds it, for the message of a run that waits; on a full disk this may not fit.
      const QByteArray pid = QByteArray::number( static_cast<qint64>( ::getpid() ) ) + '\n';
      if ( ::ftruncate( fd, 0 ) == 0 )
      {
        const ssize_t written = ::pwrite( fd, pid.constData(), static_cast<size_t>( pid.size() ), 0 );
        Q_UNUSED( written )
      }
      {
        QMutexLocker locks( &sLocksMutex );
        sLocks.insert( folder, FolderLock{ fd, 1 } );
      }
      {
        QMutexLocker locker( &mMutex );
        mFolders.append( folder );
      }
      removeStaleLeftovers( folder );
      return true;
    }
    const int lockError = errno;
    const QString holder = holderOf( fd );
    ::close( fd );
    if ( lockError != EWOULDBLOCK )
    {
      error = QStringLiteral( "%1: the folder cannot be locked (%2)" ).arg( folder, errnoText( lockError ) );
      return false;
    }
    if ( stopSignal() )
    {
      error = QStringLiteral( "%1 while waiting for %2 writing to %3; nothing was written" ).arg( stopMessage(), holder, folder );
      return false;
    }
    if ( QDateTime::currentDateTimeUtc() >= deadline )
    {
      error = QStringLiteral( "%1: %2 is writing there (lock %3); waited %4 s; try again when it has finished" ).arg( folder, holder, path ).arg( mLockWaitSeconds );
      return false;
    }
    if ( !noticed && mWaitNotice )
    {
      mWaitNotice( QStringLiteral( "%1: waiting for %2 writing there to finish" ).arg( folder, holder ) );
      noticed = true;
    }
    QThread::msleep( 50 );
  }
}

void AcvOutputTransaction::removeStaleLeftovers( const QString &folder ) const
{
  // Every writer takes the folder's lock before it writes a temporary, and this run holds it
  // now: any other run's ".acv-<id>…" here belongs to a run that was killed. Files newer than
  // this run are left for the next one, as a safeguard.
  static const QRegularExpression ours( QStringLiteral( "^\\.acv-([0-9a-f]{12})[.]" ) );
  // Earlier versions named temporaries ".name.<12 hex>.tmp[.ext]" (folders for report pages).
  static const QRegularExpression earlier( QStringLiteral( "^\\..+\\.[0-9a-f]{12}\\.tmp(\\.[^/]*)?(-journal|-wal|-shm)?$" ) );
  QDir dir( folder );
  const QFileInfoList entries = dir.entryInfoList( QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot );
  for ( const QFileInfo &entry : entries )
  {
    const QString name = entry.fileName();
    const QRegularExpressionMatch match = ours.match( name );
    const bool stale = ( match.hasMatch() && match.captured( 1 ) != mRunId ) || earlier.match( name ).hasMatch();
    if ( !stale || entry.lastModified().toUTC() > mStarted )
      continue;
    if ( entry.isDir() && !entry.isSymLink() )
      QDir( entry.absoluteFilePath() ).removeRecursively();
    else
      QFile::remove( entry.absoluteFilePath() );
  }
}

QString AcvOutputTransaction::reserve( const QString &destination )
{
  const QFileInfo info( destination );
  const QString folder = info.absolutePath();
  QString error;
  if ( !lockFolder( folder, error ) )
  {
    QMutexLocker locker( &mMutex );
    if ( mLockError.isEmpty() )
      mLockError = error;
    return QString();
  }
  QMutexLocker locker( &mMutex );
  // The destination's suffix, so drivers choose the right format; a long one is left out.
  const QString suffix = info.suffix().size() <= 8 && !info.suffix().isEmpty() ? QLatin1Char( '.' ) + info.suffix() : QString();
  const QString temporary = QDir( folder ).filePath( QStringLiteral( ".acv-%1.%2%3" ).arg( mRunId ).arg( ++mCounter ).arg( suffix ) );
  mEntries.append( Entry{ temporary, info.absoluteFilePath(), false } );
  return temporary;
}

QString AcvOutputTransaction::reserveError() const
{
  QMutexLocker locker( &mMutex );
  return mLockError;
}

QString AcvOutputTransaction::temporaryFor( const QString &destination ) const
{
  const QString absolute = QFileInfo( destination ).absoluteFilePath();
  QMutexLocker locker( &mMutex );
  for ( const Entry &entry : mEntries )
  {
    if ( entry.destination == absolute )
      return entry.temporary;
  }
  return QString();
}

QHash<QString, QString> AcvOutputTransaction::temporaries() const
{
  QMutexLocker locker( &mMutex );
  QHash<QString, QString> result;
  for ( const Entry &entry : mEntries )
    result.insert( entry.temporary, entry.destination );
  return result;
}

bool AcvOutputTransaction::stage( const QString &temporary, const QString &destination, QString &error )
{
  if ( !checkName( destination, error ) )
    return false;
  if ( isProtected( destination ) )
  {
    error = QStringLiteral( "%1: is also an input; choose another output path (inputs are never overwritten)" ).arg( destination );
    return false;
  }
  if ( !QFileInfo::exists( temporary ) )
  {
    error = QStringLiteral( "%1: nothing was written" ).arg( destination );
    return false;
  }
  QString problem;
  if ( !AcvOutputCheck::isComplete( temporary, destination, problem ) )
  {
    error = QStringLiteral( "%1: cannot be written: %2" ).arg( destination, problem );
    return false;
  }
  // On the disk before it replaces anything: after a power cut the new name must not point at
  // blocks that were never written.
  if ( !syncPath( temporary, false ) )
  {
    error = QStringLiteral( "%1: cannot be written: %2" ).arg( destination, errnoText( errno ) );
    return false;
  }
  const QString absolute = QFileInfo( destination ).absoluteFilePath();
  QMutexLocker locker( &mMutex );
  for ( Entry &entry : mEntries )
  {
    if ( entry.temporary == temporary )
    {
      entry.destination = absolute;
      entry.staged = true;
      return true;
    }
  }
  mEntries.append( Entry{ temporary, absolute, true } );
  return true;
}

bool AcvOutputTransaction::commit( QString &error )
{
  QMutexLocker locker( &mMutex );
  if ( !mLockError.isEmpty() )
  {
    error = mLockError;
    return false;
  }
  if ( stopSignal() )
  {
    error = QStringLiteral( "%1 before the outputs were replaced; every previous output is unchanged" ).arg( stopMessage() );
    return false;
  }
  QStringList seen;
  for ( const Entry &entry : std::as_const( mEntries ) )
  {
    if ( !entry.staged )
    {
      error = QStringLiteral( "%1: nothing was written" ).arg( entry.destination );
      return false;
    }
    if ( seen.contains( entry.destination ) )
    {
      error = QStringLiteral( "%1: named for two outputs" ).arg( entry.destination );
      return false;
    }
    seen.append( entry.destination );
  }

  // A signal now would leave half the outputs replaced: the renames are not interrupted.
  sigset_t blocked;
  sigset_t previous;
  sigemptyset( &blocked );
  sigaddset( &blocked, SIGTERM );
  sigaddset( &blocked, SIGINT );
  pthread_sigmask( SIG_BLOCK, &blocked, &previous );

  QVector<Done> done;
  bool ok = true;
  for ( int i = 0; i < mEntries.size() && ok; ++i )
  {
    const Entry &entry = mEntries.at( i );
    const QByteArray destination = encoded( entry.destination );
    QString backup;
    struct stat st;
    if ( ::lstat( destination.constData(), &st ) == 0 )
    {
      // The previous version stays reachable under a second name until every rename is done.
      backup = QFileInfo( entry.temporary ).absoluteDir().filePath( QStringLiteral( ".acv-%1.b%2" ).arg( mRunId ).arg( i + 1 ) );
      if ( ::link( destination.constData(), encoded( backup ).constData() ) != 0 && !copyFile( entry.destination, backup ) )
      {
        error = QStringLiteral( "%1: cannot be replaced: its previous version cannot be kept aside (%2)" ).arg( entry.destination, errnoText( errno ) );
        ok = false;
        break;
      }
    }
    if ( std::rename( encoded( entry.temporary ).constData(), destination.constData() ) != 0 )
    {
      error = QStringLiteral( "%1: cannot be replaced (%2)" ).arg( entry.destination, errnoText( errno ) );
      if ( !backup.isEmpty() )
        QFile::remove( backup );
      ok = false;
      break;
    }
    done.append( Done{ entry.destination, backup } );
  }
  if ( ok )
  {
    for ( const QString &folder : std::as_const( mFolders ) )
      syncPath( folder, true );
    for ( const Done &replaced : std::as_const( done ) )
    {
      if ( !replaced.backup.isEmpty() )
        QFile::remove( replaced.backup );
      mCommittedFiles.append( replaced.destination );
    }
    mCommitted = true;
  }
  else
  {
    restore( done );
    error += QStringLiteral( "; every previous output was put back" );
  }
  pthread_sigmask( SIG_SETMASK, &previous, nullptr );
  locker.unlock();
  if ( ok )
    rollback(); // nothing of this run's is left to remove but its locks
  return ok;
}

void AcvOutputTransaction::restore( const QVector<Done> &done ) const
{
  for ( int i = done.size() - 1; i >= 0; --i )
  {
    const Done &replaced = done.at( i );
    if ( replaced.backup.isEmpty() )
      QFile::remove( replaced.destination );
    else
      std::rename( encoded( replaced.backup ).constData(), encoded( replaced.destination ).constData() );
  }
  for ( const QString &folder : std::as_const( mFolders ) )
    syncPath( folder, true );
}

QStringList AcvOutputTransaction::committedFiles() const
{
  QMutexLocker locker( &mMutex );
  return mCommittedFiles;
}

void AcvOutputTransaction::rollback()
{
  removeOwnFiles();
  releaseLocks();
}

void AcvOutputTransaction::removeOwnFiles()
{
  QMutexLocker locker( &mMutex );
  // By name, not by list: drivers add files beside a temporary (page 2, -journal, -wal).
  const QString prefix = QStringLiteral( ".acv-%1." ).arg( mRunId );
  for ( const QString &folder : std::as_const( mFolders ) )
  {
    QDir dir( folder );
    for ( const QString &name : dir.entryList( { prefix + QLatin1Char( '*' ) }, QDir::AllEntries | QDir::Hidden | QDir::System ) )
    {
      const QString path = dir.filePath( name );
      if ( QFileInfo( path ).isDir() )
        QDir( path ).removeRecursively();
      else
        QFile::remove( path );
    }
  }
  mEntries.clear();
}

void AcvOutputTransaction::releaseLocks()
{
  QMutexLocker locker( &mMutex );
  QMutexLocker locks( &sLocksMutex );
  for ( const QString &folder : std::as_const( mFolders ) )
  {
    auto held = sLocks.find( folder );
    if ( held == sLocks.end() || --held->users > 0 )
      continue;
    // Removed while still held, so a run that opens it afterwards makes a new one (see lockFolder).
    ::unlink( encoded( QDir( folder ).filePath( kLockName ) ).constData() );
    ::close( held->fd );
    sLocks.erase( held );
  }
  mFolders.clear();
}

QString AcvOutputTransaction::formatSize( qint64 bytes )
{
  if ( bytes < 1000 * 1000 )
    return QStringLiteral( "%1 kB" ).arg( ( bytes + 999 ) / 1000 );
  return QStringLiteral( "%1 MB" ).arg( static_cast<double>( bytes ) / 1e6, 0, 'f', 1 );
}

QString AcvOutputTransaction::explainFailure( const QString &error ) const
{
  QMutexLocker locker( &mMutex );
  QStringList folders = mFolders;
  QString destination;
  qint64 needed = 0;
  if ( !mEntries.isEmpty() )
  {
    // The output that failed: the one the message names ("PATH: ..."), else the last reserved
    // (the GeoPackage is written on another thread while the maps are drawn).
    const QString named = QFileInfo( error.section( QStringLiteral( ": " ), 0, 0 ) ).absoluteFilePath();
    const Entry *failed = &mEntries.constLast();
    for ( const Entry &entry : std::as_const( mEntries ) )
    {
      if ( entry.destination == named )
        failed = &entry;
    }
    destination = failed->destination;
    needed = std::max( fileSize( failed->destination ), fileSize( failed->temporary ) );
    folders.prepend( QFileInfo( failed->temporary ).absolutePath() );
  }
  locker.unlock();
  for ( const QString &folder : std::as_const( folders ) )
  {
    struct statvfs fs;
    if ( ::statvfs( encoded( folder ).constData(), &fs ) != 0 )
      continue;
    const qint64 available = static_cast<qint64>( fs.f_bavail ) * static_cast<qint64>( fs.f_frsize );
    if ( available >= kNearlyFullBytes && available >= needed )
      continue;
    const QString what = destination.isEmpty() || QFileInfo( destination ).absolutePath() != folder ? folder : destination;
    const QString room = needed > available ? QStringLiteral( "%1 free, about %2 needed" ).arg( formatSize( available ), formatSize( needed ) )
                                            : QStringLiteral( "%1 free" ).arg( formatSize( available ) );
    return QStringLiteral( "%1: cannot be written: the disk is full (%2 in %3); every previous output is unchanged" ).arg( what, room, folder );
  }
  return error;
}

void AcvOutputTransaction::installSignalHandlers()
{
  struct sigaction action = {};
  action.sa_handler = onStopSignal;
  sigemptyset( &action.sa_mask );
  // Writes in progress (GDAL, QGIS, Qt) go on: the run stops at its next step.
  action.sa_flags = SA_RESTART;
  sigaction( SIGTERM, &action, nullptr );
  sigaction( SIGINT, &action, nullptr );
}

int AcvOutputTransaction::stopSignal()
{
  return sStopSignal;
}

QString AcvOutputTransaction::stopMessage()
{
  const int signal = sStopSignal;
  return QStringLiteral( "stopped by %1" ).arg( signal == SIGINT ? QStringLiteral( "SIGINT (Ctrl-C)" ) : signal == SIGTERM ? QStringLiteral( "SIGTERM" )
                                                                                                                           : QStringLiteral( "signal %1" ).arg( signal ) );
}
