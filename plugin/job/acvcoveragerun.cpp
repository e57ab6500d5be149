/***************************************************************************
  acvcoveragerun.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragerun.h"

#include "acvcoveragecampaign.h"
#include "acvcoveragehistory.h"
#include "acvcoveragejob.h"
#include "acvcoveragepresentation.h"
#include "acvfeaturelistprovider.h"
#include "acvfeedbackprogress.h"
#include "acvhistorylayer.h"
#include "acvjoinedlayer.h"
#include "acvjoinedlayerwriter.h"
#include "acvjoinreport.h"
#include "acvmapimage.h"
#include "acvoutputfile.h"
#include "acvoutputtransaction.h"
#include "acvprogressfields.h"
#include "acvstepfeedback.h"
#include "acvworkerthread.h"

#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace
{
//! Fails before any work when an output cannot be written or would overwrite an input.
bool checkOutputs( const AcvCoverageJobOptions &options, const QStringList &inputs, QString &error )
{
  QStringList outputs;
  for ( const QString &path : QStringList{ options.joined, options.joinReport, options.out, options.atlas, options.project, options.saveLayout } + options.reports + options.exportStyles )
  {
    if ( path.isEmpty() )
      continue;
    if ( !AcvOutputFile::checkDestination( path, inputs, error ) )
      return false;
    const QString absolute = QFileInfo( path ).absoluteFilePath();
    if ( outputs.contains( absolute ) )
    {
      error = QStringLiteral( "%1: named for two outputs" ).arg( path );
      return false;
    }
    outputs.append( absolute );
  }
  // The image's world file and CRS sidecar are outputs too: an input of that name stays.
  if ( !options.out.isEmpty() )
  {
    for ( const QString &sidecar : { AcvMapImage::worldFilePath( options.out ), options.out + QStringLiteral( ".aux.xml" ) } )
    {
      if ( !AcvOutputFile::checkDestination( sidecar, inputs, error ) )
        return false;
    }
  }
  // A history file is written like the other outputs; a database is the server's to keep.
  if ( !options.history.isEmpty() && !AcvCoverageHistory::isDatabase( options.history ) )
  {
    if ( !AcvOutputFile::checkDestination( options.history, inputs, error ) )
      return false;
    if ( outputs.contains( QFileInfo( options.history ).absoluteFilePath() ) )
    {
      error = QStringLiteral( "%1: named for two outputs" ).arg( options.history );
      return false;
    }
  }
  if ( outputs.isEmpty() && options.history.isEmpty() )
  {
    error = QStringLiteral( "nothing to write: give --joined, --join-report, --out, --report, --atlas, --project, --save-layout, --export-style and/or --history" );
    return false;
  }
  if ( !options.project.isEmpty() && options.joined.isEmpty() )
  {
    error = QStringLiteral( "%1: a project refers to the joined layer; give --joined OUT.gpkg too" ).arg( options.project );
    return false;
  }
  return true;
}

//! Every file the run will write whose name is known before it starts.
QStringList knownOutputFiles( const AcvCoverageJobOptions &options )
{
  QStringList files{ options.joined, options.joinReport, options.out, options.atlas, options.project, options.saveLayout };
  files << options.reports << options.exportStyles;
  // The history's folder is locked like an output's: two runs add to one history in turn.
  if ( !options.history.isEmpty() && !AcvCoverageHistory::isDatabase( options.history ) )
    files << options.history;
  if ( !options.out.isEmpty() )
    files << AcvMapImage::worldFilePath( options.out ) << options.out + QStringLiteral( ".aux.xml" );
  files.removeAll( QString() );
  return files;
}

/**
 * Gives the pages of freed memory back to the system. glibc keeps what a stage frees for later
 * allocations, but the freed blocks lie among live ones, which it returns only when asked:
 * at 100 000 communes the annex's cells and the matching's working memory kept peak memory
 * about 30 MiB higher. Costs a few milliseconds; after the annex is read and after matching,
 * the two stages that free most.
 */
void acvReturnFreedMemory()
{
#ifdef __GLIBC__
  malloc_trim( 0 );
#endif
}

//! The report's facts that do not come from the layer: sources, dates, the annex's own totals.
AcvReportContent reportContent( const AcvCoverageJob &job, const QStringList &displayNames, AcvMessages &messages )
{
  const AcvCoverageJobOptions &options = job.options();
  const AcvStatisticsTable &table = job.table();
  AcvReportContent content = AcvCoveragePresentation::pageContent( options );
  content.statisticsSource = QFileInfo( options.stats ).fileName();
  content.totalMismatches = table.totalMismatchDetails();
  content.boundarySource = QFileInfo( options.boundaries ).fileName();
  content.remap = job.reportRemap();
  content.setJoin( job.join(), displayNames );
  QString evidence;
  content.statisticsDate = job.statisticsDate( &evidence );
  if ( !options.statisticsDate.isValid() )
    messages.append( AcvMessage::info( QStringLiteral( "Statistics date: %1" )
                                           .arg( content.statisticsDate.isValid() ? content.statisticsDate.toString( Qt::ISODate ) + QStringLiteral( " (from '" ) + evidence + QStringLiteral( "')" )
                                                                                  : QStringLiteral( "unknown (give --stats-date)" ) ) ) );
  return content;
}
} // namespace

struct AcvCoverageRunData
{
  explicit AcvCoverageRunData( const AcvCoverageJobOptions &options )
    : job( options )
  {
  }
  AcvCoverageJob job;
  //! Several annexes or a history: the further annexes' jobs and the history (else null).
  std::unique_ptr<AcvCoverageCampaign> campaign;
  AcvJoinedFeatures joined;
  std::unique_ptr<QgsProject> project;
};

void AcvCoverageRunDataDeleter::operator()( AcvCoverageRunData *data ) const
{
  delete data;
}

AcvCoverageResult AcvCoverageRun::run( const AcvCoverageJobOptions &options, QgsFeedback *callerFeedback, const AcvCoverageRunHooks &hooks )
{
  AcvCoverageResult result;
  // A run without a caller's feedback still has one, so every step is cancelled the same way.
  QgsFeedback ownFeedback;
  QgsFeedback *feedback = callerFeedback ? callerFeedback : &ownFeedback;
  AcvFeedbackProgress progress( feedback );
  auto emitMessages = [&]( const AcvMessages &messages )
  {
    for ( const AcvMessage &message : messages )
    {
      result.messages.append( message );
      if ( hooks.onMessage )
        hooks.onMessage( message );
    }
  };
  auto emitMessage = [&]( const AcvMessage &message )
  { emitMessages( AcvMessages{ message } ); };

  // Every output of the run is replaced at its very end, together, or none is (see
  // AcvOutputTransaction). Declared first, so it is rolled back last, after every writer ended.
  AcvOutputTransaction transaction;
  AcvCoverageRunDataHolder data( new AcvCoverageRunData( options ) );
  // Declared after the data, so it runs first on every way out: the caller takes the data.
  struct HandOver
  {
    AcvCoverageRunDataHolder &data;
    AcvCoverageRunDataHolder *keep;
    ~HandOver()
    {
      if ( keep )
        *keep = std::move( data );
    }
  } handOver{ data, hooks.keep };
  AcvCoverageJob &job = data->job;
  AcvJoinedFeatures &joined = data->joined;

  QString error;
  // A cancel (the caller's feedback, or SIGTERM/SIGINT for the command) ends the run as a
  // failure that says so; nothing it would have written is there.
  auto stopWording = [&]( const QString &consequence ) -> QString
  {
    result.canceled = true;
    const QString why = AcvOutputTransaction::stopSignal() ? AcvOutputTransaction::stopMessage() : QStringLiteral( "canceled" );
    return why + consequence;
  };
  auto failWith = [&]( AcvMessage message ) -> AcvCoverageResult
  {
    message.level = AcvMessage::Level::Error;
    // The history is left as it was: the caller may keep the run's data, not its transaction.
    if ( data && data->campaign )
      data->campaign->rollback();
    if ( !result.canceled && ( message.text == QLatin1String( AcvProgress::kCanceled ) || progress.isCanceled() ) )
      message = AcvMessage::error( stopWording( QStringLiteral( "; nothing was written" ) ) );
    emitMessage( message );
    result.ok = false;
    return result;
  };
  auto fail = [&]( const QString &text )
  { return failWith( AcvMessage::error( text ) ); };

  // The boundaries (read and checked) and the statistics table (read and parsed) do not depend
  // on each other: they load on both cores. The table (no QGIS objects) loads on the worker:
  // a CRS made on a thread that then ends loses its PROJ objects, so the boundary layer opens
  // here. Messages keep their order: a boundary error, then the outputs, then the statistics.
  AcvParallelProgress reading( &progress, 0, 30 );
  AcvMessages statisticsMessages;
  QString statisticsError;
  AcvWorkerThread statisticsLoading( [&job, &statisticsMessages, &statisticsError, &reading]()
                                     {
                                       if ( !job.loadStatistics( statisticsMessages, statisticsError, reading.first() ) )
                                         return false;
                                       job.releaseStatisticsCells();
                                       acvReturnFreedMemory();
                                       return true; },
                                     &progress );
  QString boundaryError;
  const bool boundariesOpened = job.openBoundaries( boundaryError, reading.second() );
  const bool statisticsLoaded = statisticsLoading.result();
  if ( !boundariesOpened )
    return fail( boundaryError );
  if ( !checkOutputs( options, job.inputFiles(), error ) )
    return fail( error );
  // The lock beside the outputs: a second run on them waits here until this one has ended.
  transaction.protectInputs( job.inputFiles() );
  transaction.setLockWaitSeconds( options.lockWaitSeconds );
  transaction.setWaitNotice( [&]( const QString &notice )
                             { emitMessage( { AcvMessage::Level::Notice, notice, {}, {}, 0, 0, {} } ); } );
  if ( !transaction.begin( knownOutputFiles( options ), error ) )
    return fail( error );
  if ( !statisticsLoaded )
    return failWith( statisticsError.isEmpty() ? AcvMessage::error( QString::fromLatin1( AcvProgress::kCanceled ) ) : job.statisticsError( statisticsError ) );
  emitMessages( statisticsMessages );
  AcvMessages messages;
  const bool keyChosen = job.readMapping( error ) && job.chooseKeyField( messages, error );
  emitMessages( messages );
  messages.clear();
  if ( !keyChosen )
    return fail( error );
  progress.setProgress( 30 );
  if ( !job.match( error, &progress ) )
    return fail( error );
  if ( progress.isCanceled() )
    return fail( QString::fromLatin1( AcvProgress::kCanceled ) );
  job.describeJoin( messages );
  emitMessages( messages );
  messages.clear();
  if ( !job.checkStrict( error ) || !job.checkAnyMatched( error ) )
    return fail( error );
  if ( options.isCampaign() )
  {
    data->campaign = std::make_unique<AcvCoverageCampaign>( job );
    const bool loaded = data->campaign->loadAnnexes( messages, error, &progress );
    emitMessages( messages );
    messages.clear();
    if ( !loaded )
      return fail( error );
  }
  // The map, the layer and the reports show the latest annex; the others are its history.
  AcvCoverageJob &shown = data->campaign ? data->campaign->latest() : job;
  result.join = shown.joinSummary();
  result.statisticsDate = shown.statisticsDate();
  result.totalMismatches = shown.table().totalMismatchDetails();
  result.remap = shown.reportRemap();
  acvReturnFreedMemory(); // what matching needed only while it ran
  progress.setProgress( 40 );

  const AcvBoundarySource &boundaries = job.boundaries();
  const AcvStatisticsTable &table = shown.table();
  const AcvCoverageJoinResult &join = shown.join();
  const QString keyField = job.keyField();

  QStringList writerWarnings;
  QStringList written; // staged in the transaction; renamed into place together at the end
  const QString layerName = QStringLiteral( "coverage" );
  const bool drawsMap = AcvCoveragePresentation::drawsAnything( options );
  // The report names localities as the map labels them, not by a code key.
  QStringList displayNames;
  if ( ( drawsMap || data->campaign ) && !shown.displayNames( displayNames, error ) )
    return fail( error );
  if ( data->campaign )
  {
    const bool updated = data->campaign->update( displayNames, transaction, messages, error );
    emitMessages( messages );
    messages.clear();
    if ( !updated )
      return fail( transaction.explainFailure( error ) );
  }
  // The boundary features become the joined features: nothing else reads them from here on.
  if ( ( !options.joined.isEmpty() || drawsMap ) && !AcvJoinedLayer::build( boundaries, shown.takeBoundaryFeatures(), shown.nameField(), table, join, options.targetPct, joined, writerWarnings, error ) )
    return fail( error );
  if ( data->campaign )
    AcvProgressFields::append( joined, data->campaign->progressPerBoundary(), writerWarnings );
  for ( const QString &warning : std::as_const( writerWarnings ) )
    emitMessage( AcvMessage::warning( warning ) );
  progress.setProgress( 45 );
  // The GeoPackage is written on the second core while this one draws the map from the same
  // features in memory: at national scale the two take about as long as each other. The worker
  // is a QThread of its own (see AcvWorkerThread). The layer's CRS is read here, as WKT:
  // QGIS keeps a CRS's PROJ objects per thread, and a CRS used on a thread that then ends
  // leaves QGIS's CRS cache pointing at freed PROJ objects (a later layout crashed in PROJ).
  QString joinedError;
  bool joinedPending = false;
  AcvJoinedLayerWriter joinedWriter;
  AcvCancelOnly writerCancel( &progress );
  std::unique_ptr<AcvWorkerThread> joinedWritten;
  if ( !options.joined.isEmpty() )
  {
    if ( !joinedWriter.create( joined, options.joined, layerName, error, &transaction ) )
      return fail( error );
    // The worker reads its own shallow copy of the feature list. It is waited for on every way
    // out of this function, before anything it uses goes.
    joinedWritten = std::make_unique<AcvWorkerThread>( [&joinedWriter, toWrite = joined.features, &joinedError, &writerCancel]()
                                                       { return joinedWriter.finish( toWrite, joinedError, &writerCancel ); } );
    joinedPending = true;
  }
  // Waits for the GeoPackage; false (with its error) when it could not be written.
  auto finishJoined = [&]() -> bool
  {
    if ( !joinedPending )
      return true;
    joinedPending = false;
    if ( !joinedWritten->result() )
    {
      error = joinedError;
      return false;
    }
    written << options.joined;
    return true;
  };
  auto failAndClean = [&]( const QString &message )
  {
    finishJoined();
    if ( message == QLatin1String( AcvProgress::kCanceled ) || progress.isCanceled() )
    {
      transaction.rollback();
      return failWith( AcvMessage::error( stopWording( QStringLiteral( "; every previous output is unchanged" ) ) ) );
    }
    // Worded while the run's temporaries are still there to measure: a full disk says so.
    const QString explained = transaction.explainFailure( message );
    transaction.rollback();
    return fail( explained );
  };
  if ( drawsMap )
  {
    // The maps draw from memory: the layer serves the joined features themselves, not copies.
    std::unique_ptr<QgsVectorLayer> memoryLayer = AcvJoinedLayer::memoryLayer( joined, layerName, error, hooks.featureListProvider ? AcvJoinedLayer::Backing::FeatureList : AcvJoinedLayer::Backing::QgisMemory );
    if ( !memoryLayer )
      return failAndClean( error );
    AcvReportContent content = reportContent( shown, displayNames, messages );
    emitMessages( messages );
    messages.clear();

    // One private project holds the joined layer, styled once, for every output. The maps
    // draw it from memory; a saved project points it at the GeoPackage once that is written.
    data->project = std::make_unique<QgsProject>();
    QgsProject &project = *data->project;
    QgsVectorLayer *coverage = memoryLayer.release();
    project.addMapLayer( coverage, false );
    project.layerTreeRoot()->addLayer( coverage );
    const bool styled = AcvCoveragePresentation::styleLayer( coverage, options, messages, error );
    emitMessages( messages );
    messages.clear();
    if ( !styled )
      return failAndClean( error );
    project.setCrs( coverage->crs() );
    // The saved project must find its layers in the GeoPackage: the coverage layer and the
    // atlas's highlight (a clone of it) leave memory for the file, keeping their styles.
    // The GeoPackage is still the run's temporary (renamed with the project at the end); the
    // project writer saves the destination's name.
    auto pointAtGeoPackage = [&]( QString &projectError ) -> bool
    {
      if ( !finishJoined() )
      {
        projectError = error;
        return false;
      }
      const QString uri = QStringLiteral( "%1|layername=%2" ).arg( transaction.temporaryFor( options.joined ), layerName );
      for ( QgsMapLayer *mapLayer : project.mapLayers() )
      {
        auto *vectorLayer = qobject_cast<QgsVectorLayer *>( mapLayer );
        if ( !vectorLayer || ( vectorLayer->providerType() != AcvFeatureListProvider::kProviderKey && vectorLayer->providerType() != QLatin1String( "memory" ) ) )
          continue;
        vectorLayer->setDataSource( uri, vectorLayer->name(), QStringLiteral( "ogr" ), QgsDataProvider::ProviderOptions(), false );
        if ( !vectorLayer->isValid() )
        {
          projectError = QStringLiteral( "%1: the joined layer cannot be read back" ).arg( options.joined );
          return false;
        }
      }
      // The campaign's history, for the Temporal Controller (the run's own annexes have no layer).
      if ( data->campaign && data->campaign->history().isOpen() )
        AcvHistoryLayer::addTo( project, data->campaign->history().readableSource(), data->campaign->summary().dates, coverage );
      return true;
    };
    // The boundaries' CRS, not the GeoPackage's: a source without one is stored as "Undefined
    // geographic SRS", which the image must not claim.
    AcvStepFeedback presenting( feedback, 45, 95 );
    if ( !AcvCoveragePresentation::write( project, coverage, boundaries.layer()->crs(), content, options, transaction, written, &presenting, pointAtGeoPackage, error ) )
      return failAndClean( error );
  }

  if ( !finishJoined() )
    return failAndClean( error );
  if ( !options.joinReport.isEmpty() )
  {
    AcvJoinReportContext context;
    context.boundaryPath = options.boundaries;
    context.boundaryLayer = boundaries.layerName();
    context.boundaryKeyField = keyField;
    context.boundaryKeys = shown.boundaryKeys();
    context.table = &table;
    context.join = &join;
    context.remap = &shown.remap();
    context.crosswalk = &shown.crosswalk();
    context.targetPct = options.targetPct;
    context.warnings = boundaries.warnings() + writerWarnings;
    const AcvCampaignSummary campaign = data->campaign ? data->campaign->summary() : AcvCampaignSummary();
    context.campaign = &campaign;
    if ( !AcvJoinReport::write( options.joinReport, AcvJoinReport::toJson( context ), error, &transaction ) )
      return failAndClean( error );
    written << options.joinReport;
  }

  if ( progress.isCanceled() )
    return failAndClean( QString::fromLatin1( AcvProgress::kCanceled ) );
  // The history first: a database commit can fail (a server gone), a rename of staged files
  // hardly; a history committed before a failed rename only holds what a rerun writes again.
  if ( data->campaign && !data->campaign->commit( error ) )
    return failAndClean( error );
  if ( !transaction.commit( error ) )
    return fail( error );
  progress.setProgress( 100 );
  QStringList committed;
  for ( const QString &path : transaction.committedFiles() )
    committed << QFileInfo( path ).absoluteFilePath();
  result.outputs = committed;
  AcvMessage outputs = AcvMessage::info( QStringLiteral( "Outputs:" ) );
  emitMessage( outputs );
  for ( const QString &path : std::as_const( committed ) )
  {
    if ( !path.endsWith( QLatin1String( ".pgw" ) ) && !path.endsWith( QLatin1String( ".aux.xml" ) ) )
      emitMessage( AcvMessage::info( QStringLiteral( "  " ) + path ) );
  }
  result.ok = true;
  return result;
}
