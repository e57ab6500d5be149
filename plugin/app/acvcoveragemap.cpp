/***************************************************************************
  acvcoveragemap.cpp - the command's printing of a run, and QGIS started headless
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragemap.h"

#include <qgsapplication.h>

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <unistd.h>

QString acvCommandLine( const AcvMessage &message )
{
  switch ( message.level )
  {
    case AcvMessage::Level::Info:
      return message.toString();
    case AcvMessage::Level::Notice:
      return QStringLiteral( "coverage-map: " ) + message.toString();
    case AcvMessage::Level::Warning:
      return QStringLiteral( "coverage-map: warning: " ) + message.toString();
    case AcvMessage::Level::Error:
      break;
  }
  return QStringLiteral( "coverage-map: error: " ) + message.toString();
}

int acvCoverageMap( const AcvCoverageJobOptions &options, QTextStream &out, QTextStream &err, AcvCoverageRunDataHolder *keep )
{
  AcvCoverageRunHooks hooks;
  hooks.keep = keep;
  hooks.onMessage = [&out, &err]( const AcvMessage &message )
  {
    QTextStream &stream = message.level == AcvMessage::Level::Info ? out : err;
    stream << acvCommandLine( message ) << Qt::endl;
  };
  const AcvCoverageResult result = AcvCoverageRun::run( options, nullptr, hooks );
  return result.ok ? kAcvExitOk : kAcvExitBadInput;
}

QgsApplication *acvInitQgis( int &argc, char **argv )
{
  // A command-line tool must not need a display.
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  // Qt warns on every start when a headless session has no runtime folder; give it a private one.
  if ( qEnvironmentVariableIsEmpty( "XDG_RUNTIME_DIR" ) )
  {
    const QString runtime = QDir::temp().filePath( QStringLiteral( "acv-runtime-%1" ).arg( QString::number( getuid() ) ) );
    QDir().mkpath( runtime );
    QFile::setPermissions( runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner );
    qputenv( "XDG_RUNTIME_DIR", QFile::encodeName( runtime ) );
  }
  // The command reads files through the built-in OGR and memory providers and needs no
  // authentication. QGIS's own switches keep initQgis() from loading every provider plugin
  // and, with no authentication method, from parsing the system's CA certificates: a third of
  // a province's run. A user who sets them keeps theirs.
  if ( qEnvironmentVariableIsEmpty( "QGIS_PROVIDER_FILE" ) )
    qputenv( "QGIS_PROVIDER_FILE", "^acv-no-provider-plugin$" );
  if ( qEnvironmentVariableIsEmpty( "QGIS_AUTHMETHOD_FILE" ) )
    qputenv( "QGIS_AUTHMETHOD_FILE", "^acv-no-auth-plugin$" );
  auto *app = new QgsApplication( argc, argv, false );
  QgsApplication::setPrefixPath( QStringLiteral( ACV_QGIS_PREFIX ), true );
  QgsApplication::initQgis();
  return app;
}
