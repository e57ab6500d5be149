/***************************************************************************
  acvtestpostgres.h - a PostgreSQL/PostGIS server of the test's own
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVTESTPOSTGRES_H
#define ACVTESTPOSTGRES_H

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

#include <unistd.h>

/**
 * Debian's PostgreSQL 15 with PostGIS (postgresql-15, postgresql-15-postgis-3), started for
 * the tests: initdb into a temporary folder, listening only on a Unix socket in that folder (no
 * network), database acv_test with the postgis extension, stopped and removed at the end.
 * PostgreSQL refuses to run as root: as root the server runs as user postgres (setpriv).
 */
class AcvTestPostgres
{
public:
  static constexpr int kPort = 54329;

  ~AcvTestPostgres() { stop(); }

  //! Starts the server; false with \a error (the tool's output) when it cannot.
  bool start( QString &error )
  {
    if ( mStarted )
      return true;
    const QString bin = QStringLiteral( "/usr/lib/postgresql/15/bin" );
    if ( !QFile::exists( bin + QStringLiteral( "/initdb" ) ) )
    {
      error = QStringLiteral( "%1/initdb not found: install postgresql-15 and postgresql-15-postgis-3 (scripts/install-deps.sh)" ).arg( bin );
      return false;
    }
    // A short path: a Unix socket's path must fit in 107 bytes.
    mDir = std::make_unique<QTemporaryDir>( QStringLiteral( "/tmp/acv-pg-XXXXXX" ) );
    if ( !mDir->isValid() )
    {
      error = QStringLiteral( "no temporary folder for the server" );
      return false;
    }
    if ( geteuid() == 0 && !run( { QStringLiteral( "chown" ), QStringLiteral( "postgres:postgres" ), mDir->path() }, false, error ) )
      return false;
    const QString data = mDir->path() + QStringLiteral( "/data" );
    if ( !run( { bin + QStringLiteral( "/initdb" ), QStringLiteral( "-D" ), data, QStringLiteral( "-U" ), QStringLiteral( "acv" ), QStringLiteral( "--auth=trust" ), QStringLiteral( "-E" ), QStringLiteral( "UTF8" ), QStringLiteral( "--no-locale" ), QStringLiteral( "--no-sync" ) }, true, error ) )
      return false;
    const QString serverOptions = QStringLiteral( "-c listen_addresses='' -k %1 -p %2 -c fsync=off" ).arg( mDir->path() ).arg( kPort );
    if ( !run( { bin + QStringLiteral( "/pg_ctl" ), QStringLiteral( "-D" ), data, QStringLiteral( "-o" ), serverOptions, QStringLiteral( "-l" ), mDir->path() + QStringLiteral( "/server.log" ), QStringLiteral( "-w" ), QStringLiteral( "start" ) }, true, error ) )
      return false;
    mStarted = true;
    const QStringList psql = { QStringLiteral( "/usr/bin/psql" ), QStringLiteral( "-h" ), mDir->path(), QStringLiteral( "-p" ), QString::number( kPort ), QStringLiteral( "-U" ), QStringLiteral( "acv" ), QStringLiteral( "-v" ), QStringLiteral( "ON_ERROR_STOP=1" ), QStringLiteral( "-q" ) };
    return run( psql + QStringList{ QStringLiteral( "-d" ), QStringLiteral( "postgres" ), QStringLiteral( "-c" ), QStringLiteral( "CREATE DATABASE acv_test" ) }, true, error ) && run( psql + QStringList{ QStringLiteral( "-d" ), QStringLiteral( "acv_test" ), QStringLiteral( "-c" ), QStringLiteral( "CREATE EXTENSION postgis" ) }, true, error );
  }

  //! The OGR connection to the test database.
  QString connection() const
  {
    return QStringLiteral( "PG:host=%1 port=%2 user=acv dbname=acv_test" ).arg( mDir ? mDir->path() : QString() ).arg( kPort );
  }

  //! Runs \a sql in the test database; its output, or empty with \a error set.
  QString query( const QString &sql, QString &error )
  {
    QProcess process;
    process.start( QStringLiteral( "/usr/bin/psql" ), { QStringLiteral( "-h" ), mDir->path(), QStringLiteral( "-p" ), QString::number( kPort ), QStringLiteral( "-U" ), QStringLiteral( "acv" ), QStringLiteral( "-d" ), QStringLiteral( "acv_test" ), QStringLiteral( "-v" ), QStringLiteral( "ON_ERROR_STOP=1" ), QStringLiteral( "-At" ), QStringLiteral( "-c" ), sql } );
    if ( !process.waitForFinished( 60000 ) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 )
    {
      error = QString::fromUtf8( process.readAllStandardError() );
      return QString();
    }
    return QString::fromUtf8( process.readAllStandardOutput() ).trimmed();
  }

  void stop()
  {
    if ( mStarted )
    {
      QString ignored;
      run( { QStringLiteral( "/usr/lib/postgresql/15/bin/pg_ctl" ), QStringLiteral( "-D" ), mDir->path() + QStringLiteral( "/data" ), QStringLiteral( "-m" ), QStringLiteral( "immediate" ), QStringLiteral( "-w" ), QStringLiteral( "stop" ) }, true, ignored );
      mStarted = false;
    }
    mDir.reset();
  }

private:
  //! Runs \a command, as user postgres when \a asServerUser and this process is root.
  bool run( QStringList command, bool asServerUser, QString &error ) const
  {
    if ( asServerUser && geteuid() == 0 )
      command = QStringList{ QStringLiteral( "setpriv" ), QStringLiteral( "--reuid=postgres" ), QStringLiteral( "--regid=postgres" ), QStringLiteral( "--clear-groups" ), QStringLiteral( "--" ) } + command;
    QProcess process;
    process.setProcessChannelMode( QProcess::MergedChannels );
    process.setWorkingDirectory( QDir::tempPath() );
    process.start( command.takeFirst(), command );
    if ( !process.waitForFinished( 120000 ) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 )
    {
      error = QStringLiteral( "%1 failed: %2" ).arg( command.join( QLatin1Char( ' ' ) ), QString::fromUtf8( process.readAll() ) );
      return false;
    }
    return true;
  }

  std::unique_ptr<QTemporaryDir> mDir;
  bool mStarted = false;
};

#endif // ACVTESTPOSTGRES_H
