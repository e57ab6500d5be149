/***************************************************************************
  acvcoveragemap.h - the coverage-map command: its options, usage and printing
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGEMAP_H
#define ACVCOVERAGEMAP_H

#include "acvcoveragejoboptions.h"
#include "acvcoveragerun.h"

#include <QString>
#include <QStringList>

class QTextStream;

//! Everything coverage-map can be asked to do: the job's options and what only a command line has.
struct AcvCoverageMapOptions : AcvCoverageJobOptions
{
  bool help = false;
};

//! Exit codes: 0 done, 2 bad input or bad usage (one message naming file, row and column).
constexpr int kAcvExitOk = 0;
constexpr int kAcvExitBadInput = 2;

QString acvCoverageMapUsage();

//! Fills \a options from command-line \a arguments (without the program name).
bool acvParseCoverageMapArguments( const QStringList &arguments, AcvCoverageMapOptions &options, QString &error );

/**
 * Runs the job (AcvCoverageRun) and prints it as the command does: facts to \a out, warnings
 * and the error to \a err, each as it arises. Returns the exit code. With \a keep, the run's
 * data is handed over instead of freed (see AcvCoverageRunHooks).
 */
int acvCoverageMap( const AcvCoverageJobOptions &options, QTextStream &out, QTextStream &err, AcvCoverageRunDataHolder *keep = nullptr );

//! The line the command prints for \a message ("coverage-map: warning: …" on stderr).
QString acvCommandLine( const AcvMessage &message );

//! Creates what QGIS needs to run headless (offscreen platform, providers); returns the app.
class QgsApplication;
QgsApplication *acvInitQgis( int &argc, char **argv );

#endif // ACVCOVERAGEMAP_H
