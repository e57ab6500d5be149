/***************************************************************************
  acve2eutils.h - running the real coverage-map binary from a test
 ***************************************************************************/
#ifndef ACVE2EUTILS_H
#define ACVE2EUTILS_H

#include <QProcess>
#include <QString>
#include <QStringList>

struct AcvRunResult
{
  int exitCode = -1; //!< -1 when the process crashed or timed out
  QString out;
  QString err;
};

inline AcvRunResult acvRunCoverageMap( const QStringList &arguments )
{
  QProcess process;
  process.start( QStringLiteral( COVERAGE_MAP_BIN ), arguments );
  process.waitForFinished( 120000 );
  AcvRunResult result;
  result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  result.out = QString::fromUtf8( process.readAllStandardOutput() );
  result.err = QString::fromUtf8( process.readAllStandardError() );
  return result;
}

#endif // ACVE2EUTILS_H
