/***************************************************************************
  acvoutputtransaction.h - every output of a run replaced together, or none
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVOUTPUTTRANSACTION_H
#define ACVOUTPUTTRANSACTION_H

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

/**
 * The outputs of one run as one transaction. Writers fill temporary files beside their
 * destinations (same file system, so rename(2) is atomic), named ".acv-<run id>.<n>.<suffix>"
 * (short: a destination name of 255 bytes still works); stage() checks each finished file
 * (AcvOutputCheck) and syncs it to disk; commit() replaces every destination at the very end,
 * keeping a hard link to each previous version until all renames succeeded, and puts the
 * previous versions back when one fails. Uncommitted, the destructor removes what the run wrote.
 *
 * Concurrent runs: begin() takes an exclusive flock(2) on ".acv.lock" in every output folder
 * (the kernel releases it when a run is killed), waiting for another run holding it, and then
 * removes what killed runs left there (".acv-<other id>…" older than this run: no live run can
 * own them while the lock is held). The lock file is removed again when the run ends.
 *
 * SIGTERM and SIGINT (installSignalHandlers()) only set a flag; the run checks stopSignal()
 * between steps and rolls back, so a stopped run leaves every previous output as it was.
 */
class AcvOutputTransaction
{
public:
  //! How long begin() waits for another run writing to the same folder, by default.
  static constexpr int kDefaultLockWaitSeconds = 600;

  AcvOutputTransaction();
  ~AcvOutputTransaction();
  AcvOutputTransaction( const AcvOutputTransaction & ) = delete;
  AcvOutputTransaction &operator=( const AcvOutputTransaction & ) = delete;

  //! 12 hex digits, in every temporary name of this run.
  QString runId() const { return mRunId; }

  //! Files that must never be replaced (a shapefile's sidecars and an input's world file count).
  void protectInputs( const QStringList &inputs );
  void setLockWaitSeconds( int seconds ) { mLockWaitSeconds = seconds; }
  //! Called once with a message when begin() has to wait for another run.
  void setWaitNotice( const std::function<void( const QString & )> &notice ) { mWaitNotice = notice; }

  /**
   * Locks the folders of \a destinations (waiting for another run, at most the lock wait),
   * removes what killed runs left there and refuses a destination that is a protected input.
   * reserve() calls it for a folder not locked yet.
   */
  bool begin( const QStringList &destinations, QString &error );

  //! A new temporary file for \a destination (thread-safe). Empty when its folder cannot be locked.
  QString reserve( const QString &destination );
  //! Why reserve() returned an empty path (its folder could not be locked), or empty.
  QString reserveError() const;
  //! The temporary reserved for \a destination, or an empty string.
  QString temporaryFor( const QString &destination ) const;
  //! Temporary -> destination for every file reserved or staged so far.
  QHash<QString, QString> temporaries() const;

  /**
   * \a temporary is finished as \a destination (reserved or an extra file a writer made beside
   * it, such as a report's page 2): checked, synced, and replaced into place by commit().
   */
  bool stage( const QString &temporary, const QString &destination, QString &error );

  //! Replaces every destination, in the order reserved; on any failure, restores them all.
  bool commit( QString &error );
  //! Removes this run's temporaries and releases its locks (what the destructor does).
  void rollback();
  bool isCommitted() const { return mCommitted; }
  //! The destinations replaced by commit(), in order.
  QStringList committedFiles() const;

  /**
   * \a error reworded when the disk of an output folder is full: "DEST: cannot be written: the
   * disk is full (12 kB free, about 310 kB needed)". Otherwise \a error as it is.
   */
  QString explainFailure( const QString &error ) const;

  /**
   * Refuses a destination whose name is too long for its file system (NAME_MAX) or not valid
   * in the local encoding, so the file cannot land under another name.
   */
  static bool checkName( const QString &destination, QString &error );

  //! SIGTERM/SIGINT set a flag instead of killing the process; a second one kills it.
  static void installSignalHandlers();
  //! The signal that asked the run to stop, or 0.
  static int stopSignal();
  //! "stopped by SIGTERM" for the signal stopSignal() returns.
  static QString stopMessage();
  //! "12 kB", "3.4 MB".
  static QString formatSize( qint64 bytes );

private:
  struct Entry
  {
    QString temporary;
    QString destination;
    bool staged = false;
  };
  struct Done
  {
    QString destination;
    QString backup; //!< empty when there was no previous file
  };

  bool lockFolder( const QString &folder, QString &error );
  void removeStaleLeftovers( const QString &folder ) const;
  bool isProtected( const QString &path ) const;
  void restore( const QVector<Done> &done ) const;
  void removeOwnFiles();
  void releaseLocks();

  QString mRunId;
  QDateTime mStarted;
  int mLockWaitSeconds = kDefaultLockWaitSeconds;
  std::function<void( const QString & )> mWaitNotice;
  QSet<QPair<quint64, quint64>> mProtected; //!< (device, inode) of every protected file
  QStringList mProtectedPaths;
  mutable QMutex mMutex;
  QVector<Entry> mEntries;
  QStringList mFolders; //!< locked by this transaction
  QString mLockError;
  QStringList mCommittedFiles;
  int mCounter = 0;
  bool mCommitted = false;
};

#endif // ACVOUTPUTTRANSACTION_H
