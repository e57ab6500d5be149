/***************************************************************************
  acvcoveragetask.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragetask.h"

#include "acvcoveragejob.h"
#include "acvfeedbackprogress.h"

#include <qgsapplication.h>
#include <qgsvectorlayer.h>

#include <QThread>

AcvCoverageTask::AcvCoverageTask( const QString &description, std::shared_ptr<AcvCoverageJob> job, int steps, const QString &joinedPath )
  : QgsTask( description, QgsTask::CanCancel )
  , mJob( std::move( job ) )
  , mSteps( steps )
  , mJoinedPath( joinedPath )
  , mFeedback( std::make_unique<QgsFeedback>() )
{
}

AcvCoverageTask::~AcvCoverageTask() = default;

bool AcvCoverageTask::run()
{
  // The task's own progress and cancel reach the job's loops.
  AcvFeedbackProgress progress( mFeedback.get() );
  connect(
      mFeedback.get(), &QgsFeedback::progressChanged, this, [this]( double percent )
      { setProgress( percent ); },
      Qt::DirectConnection );
  AcvMessages messages;
  auto finish = [&]( bool ok )
  {
    // The boundary layer was opened on this thread; the dialog reads it on the main thread.
    if ( QgsVectorLayer *layer = mJob->boundaries().layer() )
    {
      if ( layer->thread() == QThread::currentThread() )
        layer->moveToThread( QgsApplication::instance()->thread() );
    }
    for ( const AcvMessage &message : std::as_const( messages ) )
    {
      if ( message.level == AcvMessage::Level::Info )
        mLog += message.toString() + QLatin1Char( '\n' );
      else
        mWarnings.append( message.toString() );
    }
    mMessages = messages;
    if ( !ok && isCanceled() )
      mError = tr( "Canceled; nothing was written." );
    return ok && !isCanceled();
  };

  if ( mSteps & ( LoadStatistics | Match ) )
  {
    AcvSubProgress reading( &progress, 0, 40 );
    if ( !mJob->loadStatistics( messages, mError, &reading ) )
    {
      mErrorMessage = mJob->statisticsError( mError );
      return finish( false );
    }
    if ( isCanceled() )
      return finish( false );
  }
  if ( mSteps & Match )
  {
    setProgress( 40 );
    // The analyst's mapping (file or review decisions) is set on the job before the task starts.
    const QHash<QString, QString> mapping = mJob->mapping();
    AcvSubProgress opening( &progress, 40, 60 );
    if ( !mJob->openBoundaries( mError, &opening ) || !mJob->readMapping( mError ) )
      return finish( false );
    QHash<QString, QString> merged = mJob->mapping();
    for ( auto it = mapping.constBegin(); it != mapping.constEnd(); ++it )
      merged.insert( it.key(), it.value() );
    mJob->setMapping( merged );
    if ( isCanceled() )
      return finish( false );
    setProgress( 60 );
    if ( !mJob->chooseKeyField( messages, mError ) || !mJob->match( mError, &progress ) )
      return finish( false );
    mJob->describeJoin( messages );
    if ( isCanceled() )
      return finish( false );
  }
  if ( mSteps & Write )
  {
    setProgress( 75 );
    if ( !( mSteps & Match ) && !mJob->match( mError, &progress ) )
      return finish( false );
    if ( !mJob->checkAnyMatched( mError ) )
      return finish( false );
    QStringList writerWarnings;
    AcvSubProgress writing( &progress, 75, 100 );
    if ( !mJob->writeJoined( mJoinedPath, QStringLiteral( "coverage" ), writerWarnings, mError, &writing ) )
      return finish( false );
    for ( const QString &warning : std::as_const( writerWarnings ) )
      messages.append( AcvMessage::warning( warning ) );
  }
  setProgress( 100 );
  return finish( true );
}

void AcvCoverageTask::cancel()
{
  mFeedback->cancel();
  QgsTask::cancel();
}
