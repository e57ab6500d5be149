/***************************************************************************
  acvworkerthread.h - one piece of work on a thread of its own
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVWORKERTHREAD_H
#define ACVWORKERTHREAD_H

#include <QThread>

#include <functional>
#include <memory>

/**
 * Runs \a work on a new QThread and waits for it on result() or destruction.
 *
 * Not QtConcurrent::run(): QGIS runs its tasks (processing batches, the plugin's jobs) on
 * the global thread pool, and a task waiting for work queued behind it on that same pool
 * deadlocks once every pool thread is such a task. Not a bare std::thread either: QGIS keeps
 * a PROJ context per QThread and cleans its CRS caches up when the QThread finishes.
 */
class AcvWorkerThread
{
public:
  explicit AcvWorkerThread( std::function<bool()> work )
    : mThread( QThread::create( [this, work = std::move( work )]()
                                { mResult = work(); } ) )
  {
    mThread->start();
  }
  ~AcvWorkerThread() { mThread->wait(); }

  AcvWorkerThread( const AcvWorkerThread & ) = delete;
  AcvWorkerThread &operator=( const AcvWorkerThread & ) = delete;

  //! Waits for the work and returns what it returned.
  bool result()
  {
    mThread->wait();
    return mResult;
  }

private:
  bool mResult = false;
  std::unique_ptr<QThread> mThread;
};

#endif // ACVWORKERTHREAD_H
