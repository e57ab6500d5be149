/***************************************************************************
  acvprogress.h - progress and cancel for the engine's loops, without QGIS
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVPROGRESS_H
#define ACVPROGRESS_H

#include <atomic>

/**
 * What a long loop of the engine reports to and asks: how far it is, and whether to stop.
 * The engine knows nothing of QGIS, so the job adapts its QgsFeedback to this (one virtual call
 * every few hundred rows costs nothing against reading them). Safe to call from any thread.
 */
class AcvProgress
{
public:
  virtual ~AcvProgress() = default;
  //! True once the caller asked the work to stop; the loop then returns false with kCanceled.
  virtual bool isCanceled() const = 0;
  //! How far the work is, from 0 to 100.
  virtual void setProgress( double percent ) = 0;

  //! The error text of work that stopped because it was asked to.
  static const char *const kCanceled;

  //! Whether \a progress (may be null) asks to stop.
  static bool canceled( const AcvProgress *progress ) { return progress && progress->isCanceled(); }
  //! Reports \a done of \a total to \a progress (may be null).
  static void report( AcvProgress *progress, double done, double total );
};

/**
 * The range [from, to] of a parent's progress: a step given 0 to 100 moves its parent from
 * \a from to \a to. Cancel is the parent's.
 */
class AcvSubProgress : public AcvProgress
{
public:
  AcvSubProgress( AcvProgress *parent, double from, double to )
    : mParent( parent )
    , mFrom( from )
    , mTo( to )
  {
  }
  bool isCanceled() const override { return canceled( mParent ); }
  void setProgress( double percent ) override;

private:
  AcvProgress *mParent = nullptr;
  double mFrom = 0;
  double mTo = 100;
};

//! Passes the parent's cancel on, but not progress: for work beside a step that reports it.
class AcvCancelOnly : public AcvProgress
{
public:
  explicit AcvCancelOnly( const AcvProgress *parent )
    : mParent( parent )
  {
  }
  bool isCanceled() const override { return canceled( mParent ); }
  void setProgress( double ) override {}

private:
  const AcvProgress *mParent = nullptr;
};

/**
 * Two steps running at once on two threads (the annex and the boundaries): each reports its
 * own 0 to 100, and the parent's range moves by their mean, so it never goes backwards.
 */
class AcvParallelProgress
{
public:
  AcvParallelProgress( AcvProgress *parent, double from, double to );
  AcvProgress *first() { return &mFirst; }
  AcvProgress *second() { return &mSecond; }

private:
  class Part : public AcvProgress
  {
  public:
    Part( AcvParallelProgress *owner )
      : mOwner( owner )
    {
    }
    bool isCanceled() const override { return canceled( mOwner->mParent ); }
    void setProgress( double percent ) override;
    std::atomic<double> mPercent{ 0 };

  private:
    AcvParallelProgress *mOwner;
  };
  AcvProgress *mParent;
  double mFrom;
  double mTo;
  Part mFirst{ this };
  Part mSecond{ this };
};

#endif // ACVPROGRESS_H
