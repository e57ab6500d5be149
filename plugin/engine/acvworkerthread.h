/***************************************************************************
  acvworkerthread.h - the one way this project runs work on a second core
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVWORKERTHREAD_H
#define ACVWORKERTHREAD_H

#include "acvprogress.h"

#include <QThread>

#include <functional>
#include <memory>

/**
 * Runs \a work on a new QThread and waits for it on result() or destruction. Every parallel
 * step of the project goes through this class (directly or through splitInTwo()).
 *
 * Not QtConcurrent: QGIS runs its tasks (processing batches, the plugin's jobs) on the global
 * thread pool, and a task waiting for work queued behind it on that same pool deadlocks once
 * every pool thread is such a task. Not a bare std::thread either: QGIS keeps a PROJ context per
 * QThread and cleans its CRS caches up when the QThread finishes.
 *
 * Cancel is the work's own: it is given the run's AcvProgress and returns when asked to stop;
 * work not yet started when the run is canceled is not started at all.
 */
class AcvWorkerThread
{
public:
  explicit AcvWorkerThread( std::function<bool()> work, const AcvProgress *progress = nullptr )
  {
    if ( AcvProgress::canceled( progress ) )
      return;
    mThread.reset( QThread::create( [this, work = std::move( work )]()
                                    { mResult = work(); } ) );
    mThread->start();
  }
  ~AcvWorkerThread()
  {
    if ( mThread )
      mThread->wait();
  }

  AcvWorkerThread( const AcvWorkerThread & ) = delete;
  AcvWorkerThread &operator=( const AcvWorkerThread & ) = delete;

  //! Waits for the work and returns what it returned (false when it never started).
  bool result()
  {
    if ( mThread )
      mThread->wait();
    return mResult;
  }

  /**
   * Calls \a range( from, to ) over [0, \a count): at \a parallelFrom items or more, on a
   * machine with two cores, the second half on a worker while this thread does the first.
   * The items must be independent.
   */
  static void splitInTwo( int count, int parallelFrom, const std::function<void( int, int )> &range )
  {
    if ( count < parallelFrom || QThread::idealThreadCount() < 2 )
    {
      range( 0, count );
      return;
    }
    const int half = count / 2;
    AcvWorkerThread second( [&range, half, count]()
                            { range( half, count ); return true; } );
    range( 0, half );
    second.result();
  }

private:
  bool mResult = false;
  std::unique_ptr<QThread> mThread;
};

#endif // ACVWORKERTHREAD_H
