/***************************************************************************
  acvoutputfile.h - one output written beside its destination, then renamed
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVOUTPUTFILE_H
#define ACVOUTPUTFILE_H

#include <QString>
#include <QStringList>

#include <memory>

class AcvOutputTransaction;

/**
 * One output file of a run. The writer fills tempPath() (a hidden ".acv-<run id>.<n>.ext"
 * beside the destination) and calls commit(): within a run's AcvOutputTransaction that checks
 * and syncs the file, and the transaction replaces the destination with the run's other
 * outputs at its end; without one, a transaction of this one file does it at once. A failure
 * or a kill leaves the previous file, never a partial one.
 */
class AcvOutputFile
{
public:
  explicit AcvOutputFile( const QString &destination, AcvOutputTransaction *transaction = nullptr );
  ~AcvOutputFile();
  AcvOutputFile( const AcvOutputFile & ) = delete;
  AcvOutputFile &operator=( const AcvOutputFile & ) = delete;

  QString destination() const { return mDestination; }
  //! A hidden file in the destination's folder with the same suffix, so drivers pick the right format.
  QString tempPath() const { return mTempPath; }
  bool commit( QString &error );

  /**
   * Refuses outputs that cannot work before any work is done: a missing or read-only folder, a
   * folder in place of the file, a name too long for the file system, or the path of an input
   * (the user's files are never overwritten).
   */
  static bool checkDestination( const QString &destination, const QStringList &inputs, QString &error );

private:
  QString mDestination;
  std::unique_ptr<AcvOutputTransaction> mOwn; //!< when no run's transaction was given
  AcvOutputTransaction *mTransaction = nullptr;
  QString mTempPath;
};

#endif // ACVOUTPUTFILE_H
