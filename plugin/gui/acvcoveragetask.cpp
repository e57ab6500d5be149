/***************************************************************************
  acvcoveragetask.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragetask.h"

#include "acvcoveragejob.h"

#include <qgsapplication.h>
#include <qgsvectorlayer.h>

#include <QTextStream>
#include <QThread>

AcvCoverageTask::AcvCoverageTask( const QString &description, std::shared_ptr<AcvCoverageJob> job, int steps, const QString &joinedPath )
  : QgsTask( description, QgsTask::CanCancel )
  , mJob( std::move( job ) )
  , mSteps( steps )
  , mJoinedPath( joinedPath )
{
}

bool AcvCoverageTask::run()
{
  QString errText;
  QTextStream out( &mLog );
  QTextStream err( &errText );
  auto finish = [&]( bool ok )
  {
    // The boundary layer was opened on this thread; the dialog reads it on the main thread.
    if ( QgsVectorLayer *layer = mJob->boundaries().layer() )
    {
      if ( layer->thread() == QThread::currentThread() )
        layer->moveToThread( QgsApplication::instance()->thread() );
    }
    out.flush();
    err.flush();
    mWarnings = errText.split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
    return ok;
  };

  if ( mSteps & ( LoadStatistics | Match ) )
  {
    setProgress( 5 );
    if ( !mJob->loadStatistics( out, err, mError ) )
      return finish( false );
    if ( isCanceled() )
      return finish( false );
  }
  if ( mSteps & Match )
  {
    setProgress( 40 );
    // The analyst's mapping (file or review decisions) is set on the job before the task starts.
    const QHash<QString, QString> mapping = mJob->mapping();
    if ( !mJob->openBoundaries( mError ) || !mJob->readMapping( mError ) )
      return finish( false );
    QHash<QString, QString> merged = mJob->mapping();
    for ( auto it = mapping.constBegin(); it != mapping.constEnd(); ++it )
      merged.insert( it.key(), it.value() );
    mJob->setMapping( merged );
    if ( isCanceled() )
      return finish( false );
    setProgress( 60 );
    if ( !mJob->chooseKeyField( out, err, mError ) || !mJob->match( mError ) )
      return finish( false );
    mJob->describeJoin( out, err );
    if ( isCanceled() )
      return finish( false );
  }
  if ( mSteps & Write )
  {
    setProgress( 75 );
    if ( !( mSteps & Match ) && !mJob->match( mError ) )
      return finish( false );
    if ( !mJob->checkAnyMatched( mError ) )
      return finish( false );
    QStringList writerWarnings;
    if ( !mJob->writeJoined( mJoinedPath, QStringLiteral( "coverage" ), writerWarnings, mError ) )
      return finish( false );
    for ( const QString &warning : std::as_const( writerWarnings ) )
      err << warning << Qt::endl;
  }
  setProgress( 100 );
  return finish( true );
}
