/***************************************************************************
  acvcoveragecampaign.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragecampaign.h"

#include "acvoutputtransaction.h"
#include "acvprogress.h"

#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace
{
QString tr( const char *text )
{
  return QCoreApplication::translate( "AcvCoverageCampaign", text );
}

QString shownDate( const QDate &date )
{
  return date.toString( QStringLiteral( "dd/MM/yyyy" ) );
}

QString dateList( const QVector<QDate> &dates )
{
  if ( dates.isEmpty() )
    return QStringLiteral( "none" );
  QStringList shown;
  for ( const QDate &date : dates )
    shown << shownDate( date );
  return shown.join( QLatin1String( ", " ) );
}
} // namespace

AcvCoverageCampaign::AcvCoverageCampaign( AcvCoverageJob &first )
  : mFirst( first )
{
}

bool AcvCoverageCampaign::loadAnnexes( AcvMessages &messages, QString &error, AcvProgress *progress )
{
  const AcvCoverageJobOptions &firstOptions = mFirst.options();
  const int total = 1 + firstOptions.moreStats.size();
  for ( int i = 0; i < firstOptions.moreStats.size(); ++i )
  {
    const AcvAnnexInput &annex = firstOptions.moreStats.at( i );
    AcvCoverageJobOptions options = firstOptions;
    options.stats = annex.path;
    options.statisticsDate = annex.date;
    options.moreStats.clear();
    // Every annex pairs with the boundaries by the field the first chose: one history key.
    options.boundaryKey = mFirst.keyField();
    auto job = std::make_unique<AcvCoverageJob>( options );
    job->shareBoundaries( mFirst );
    messages.append( AcvMessage::info( QStringLiteral( "Annex %1 of %2: %3" ).arg( i + 2 ).arg( total ).arg( annex.path ) ) );
    QString annexError;
    AcvMessages annexMessages;
    const bool loaded = job->loadStatistics( annexMessages, annexError, progress );
    messages.append( annexMessages );
    if ( !loaded )
    {
      error = annexError.isEmpty() ? QString::fromLatin1( AcvProgress::kCanceled ) : job->statisticsError( annexError ).toString();
      return false;
    }
    job->releaseStatisticsCells();
    annexMessages.clear();
    const bool keyed = job->readMapping( error ) && job->chooseKeyField( annexMessages, error );
    messages.append( annexMessages );
    if ( !keyed || !job->match( error, progress ) )
      return false;
    annexMessages.clear();
    job->describeJoin( annexMessages );
    messages.append( annexMessages );
    if ( !job->checkStrict( error ) || !job->checkAnyMatched( error ) )
      return false;
    mMore.push_back( std::move( job ) );
  }

  // Each annex is one date of the campaign: without its date it has no place in it.
  mByDate = jobs();
  QHash<QDate, QString> fileOfDate;
  for ( AcvCoverageJob *job : std::as_const( mByDate ) )
  {
    const QDate date = job->statisticsDate();
    const QString path = job->options().stats;
    if ( !date.isValid() )
    {
      error = tr( "%1: no statistics date in its title rows or file name; give --stats-date after each --stats" ).arg( path );
      return false;
    }
    if ( fileOfDate.contains( date ) )
    {
      error = tr( "%1 and %2: both annexes are of %3; each annex of a campaign is one date (give --stats-date after each --stats)" ).arg( fileOfDate.value( date ), path, shownDate( date ) );
      return false;
    }
    fileOfDate.insert( date, path );
  }
  std::sort( mByDate.begin(), mByDate.end(), []( const AcvCoverageJob *a, const AcvCoverageJob *b )
             { return a->statisticsDate() < b->statisticsDate(); } );
  QVector<QDate> dates;
  for ( const AcvCoverageJob *job : std::as_const( mByDate ) )
    dates << job->statisticsDate();
  messages.append( AcvMessage::info( QStringLiteral( "Campaign: %1 annex(es) of %2; the map shows the latest, %3" ).arg( total ).arg( dateList( dates ), shownDate( dates.constLast() ) ) ) );
  return true;
}

QVector<AcvCoverageJob *> AcvCoverageCampaign::jobs() const
{
  if ( !mByDate.isEmpty() )
    return mByDate;
  QVector<AcvCoverageJob *> all{ &mFirst };
  for ( const std::unique_ptr<AcvCoverageJob> &job : mMore )
    all << job.get();
  return all;
}

AcvCoverageJob &AcvCoverageCampaign::latest()
{
  return mByDate.isEmpty() ? mFirst : *mByDate.constLast();
}

QVector<AcvHistoryRow> AcvCoverageCampaign::rowsOf( const AcvCoverageJob &job, const QStringList &keys, const QStringList &names ) const
{
  QVector<AcvHistoryRow> rows;
  const AcvCoverageJoinResult &join = job.join();
  const QgsFeatureList &features = job.boundaries().features();
  const QDate date = job.statisticsDate();
  const QString source = QFileInfo( job.options().stats ).fileName();
  for ( int b = 0; b < join.statisticsForBoundary.size(); ++b )
  {
    if ( join.statisticsForBoundary.at( b ) < 0 )
      continue;
    AcvHistoryRow row;
    row.key = keys.value( b );
    row.locality = names.value( b, row.key );
    row.date = date;
    row.figures = join.boundaryFigures.value( b );
    row.coveragePct = join.boundaryMetrics.value( b ).coveragePct;
    row.source = source;
    if ( b < features.size() && features.at( b ).hasGeometry() )
      row.wkb = features.at( b ).geometry().asWkb();
    rows << row;
  }
  return rows;
}

bool AcvCoverageCampaign::update( const QStringList &displayNames, AcvOutputTransaction &transaction, AcvMessages &messages, QString &error )
{
  const AcvCoverageJobOptions &options = mFirst.options();
  const QStringList &keys = mFirst.boundaryKeys();
  const QStringList names = displayNames.size() == keys.size() ? displayNames : keys;
  QHash<QString, QVector<AcvHistoryObservation>> byKey;
  QStringList observationKeys = keys;
  if ( !options.history.isEmpty() )
  {
    const QString shown = AcvCoverageHistory::displayName( options.history );
    // The history knows a locality by its key alone: two boundaries of one key would share one past.
    QHash<QString, int> seen;
    for ( const QString &key : keys )
    {
      if ( ++seen[key] == 2 )
      {
        error = tr( "%1: the history keys localities by field '%2', and '%3' names several boundaries; give --boundary-key a field unique to each locality (a code)" ).arg( shown, mFirst.keyField(), key );
        return false;
      }
    }
    const QString crsWkt = mFirst.boundaries().layer()->crs().toWkt( QgsCoordinateReferenceSystem::WKT_PREFERRED_GDAL );
    if ( !mHistory.begin( options.history, mFirst.keyField(), crsWkt, error, &transaction ) )
      return false;
    AcvHistoryUpdate total;
    for ( const AcvCoverageJob *job : jobs() )
    {
      AcvHistoryUpdate update;
      if ( !mHistory.replace( rowsOf( *job, keys, names ), update, error ) )
        return false;
      total.rows += update.rows;
      total.added += update.added;
      total.replaced += update.replaced;
    }
    QVector<QDate> held;
    if ( !mHistory.observations( byKey, error ) || !mHistory.dates( held, error ) )
      return false;
    messages.append( AcvMessage::info( QStringLiteral( "History %1: %2 rows of this run; added %3; replaced %4 (a date already there); %5 date(s) in all, %6 to %7" )
                                           .arg( shown )
                                           .arg( total.rows )
                                           .arg( dateList( total.added ), dateList( total.replaced ) )
                                           .arg( held.size() )
                                           .arg( shownDate( held.value( 0 ) ), shownDate( held.value( held.size() - 1 ) ) ) ) );
    const QDate shownOnMap = latest().statisticsDate();
    if ( !held.isEmpty() && held.constLast() > shownOnMap )
      messages.append( AcvMessage::warning( tr( "%1: the history holds annexes later than this run's latest: the map shows %2, the progress figures run to %3" ).arg( shown, shownDate( shownOnMap ), shownDate( held.constLast() ) ) ) );
  }
  else
  {
    // Without a history the run's annexes are the whole past, keyed by boundary: keys may repeat.
    for ( int b = 0; b < keys.size(); ++b )
      observationKeys[b] = QString::number( b );
    for ( const AcvCoverageJob *job : jobs() )
    {
      const AcvCoverageJoinResult &join = job->join();
      for ( int b = 0; b < join.statisticsForBoundary.size(); ++b )
      {
        if ( join.statisticsForBoundary.at( b ) >= 0 )
          byKey[observationKeys.at( b )].append( { job->statisticsDate(), join.boundaryFigures.value( b ), QFileInfo( job->options().stats ).fileName() } );
      }
    }
  }

  mProgress.clear();
  mProgress.reserve( keys.size() );
  for ( const QString &key : std::as_const( observationKeys ) )
    mProgress << AcvCampaignProgress::compute( byKey.value( key ), options.targetPct );
  mSummary = AcvCampaignSummary();
  mSummary.points = AcvCampaignSummary::pointsOf( byKey );
  for ( const AcvCampaignPoint &point : std::as_const( mSummary.points ) )
    mSummary.dates << point.date;
  mSummary.keys = keys;
  mSummary.names = names;
  mSummary.progress = mProgress;
  mSummary.targetPct = options.targetPct;
  return true;
}

bool AcvCoverageCampaign::commit( QString &error )
{
  return !mHistory.isOpen() || mHistory.commit( error );
}

void AcvCoverageCampaign::rollback()
{
  mHistory.rollback();
}
