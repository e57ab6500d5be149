/***************************************************************************
  acvcoveragemap.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragemap.h"

#include "acvboundarysource.h"
#include "acvcoveragejob.h"
#include "acvcoveragejoin.h"
#include "acvclassification.h"
#include "acvcoveragestyle.h"
#include "acvcoveragesymbols.h"
#include "acvfeaturelistprovider.h"
#include "acvjoinedlayer.h"
#include "acvjoinedlayerwriter.h"
#include "acvjoinreport.h"
#include "acvmapimage.h"
#include "acvmappingfile.h"
#include "acvoutputfile.h"
#include "acvoutputtransaction.h"
#include "acvprojectwriter.h"
#include "acvreportcontent.h"
#include "acvreportexporter.h"
#include "acvreportlayout.h"
#include "acvstatisticsdate.h"
#include "acvstatisticstable.h"
#include "acvstylefile.h"
#include "acvworkerthread.h"

#include <qgsapplication.h>
#include <qgslayertree.h>
#include <qgslayoutmanager.h>
#include <qgsmapsettings.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <memory>

#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace
{
//! Fails before any work when an output cannot be written or would overwrite an input.
bool checkOutputs( const AcvCoverageMapOptions &options, const QStringList &inputs, QString &error )
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
  if ( outputs.isEmpty() )
  {
    error = QStringLiteral( "nothing to write: give --joined, --join-report, --out, --report, --atlas, --project, --save-layout and/or --export-style" );
    return false;
  }
  if ( !options.project.isEmpty() && options.joined.isEmpty() )
  {
    error = QStringLiteral( "%1: a project refers to the joined layer; give --joined OUT.gpkg too" ).arg( options.project );
    return false;
  }
  return true;
}

/**
 * The one place the joined layer gets its look: the analyst's --style file, or the generated
 * style (classes, colours, below-target band, no-data hatch, labels, legend title). The layer is
 * added to \a project, whose layers every output draws (bare map, report, atlas, project).
 */
bool styleCoverageLayer( QgsProject &project, QgsVectorLayer *coverage, const AcvCoverageMapOptions &options, QTextStream &out, QTextStream &err, QString &error )
{
  project.addMapLayer( coverage, false );
  project.layerTreeRoot()->addLayer( coverage );
  AcvStyleOptions style = AcvCoverageJob::styleOptions( options );
  if ( !options.styleFile.isEmpty() )
  {
    if ( !AcvStyleFile::load( *coverage, options.styleFile, error ) )
      return false;
    coverage->setName( AcvCoverageStyle::title( style ) );
    out << "Style: " << options.styleFile << Qt::endl;
    return true;
  }
  if ( !options.labelsChosen && style.labels && coverage->featureCount() > kAcvAutoLabelLimit )
  {
    style.labels = false;
    out << "Labels: off for " << coverage->featureCount() << " localities (more than " << kAcvAutoLabelLimit << "; --labels shows them)" << Qt::endl;
  }
  AcvStyleSummary summary;
  if ( !AcvCoverageStyle::apply( *coverage, style, summary, error ) )
    return false;
  for ( const QString &warning : std::as_const( summary.warnings ) )
    err << "coverage-map: warning: " << warning << Qt::endl;
  out << "Style: " << AcvClassification::schemeName( style.classification.scheme ) << " classes of " << style.field << ":";
  for ( const AcvStyleClass &styleClass : std::as_const( summary.classes ) )
    out << " [" << styleClass.range << ": " << styleClass.count << "]";
  out << "; no data: " << summary.noDataCount << Qt::endl;
  if ( summary.bandMinimumScale > 0 )
    out << "Below-target band: drawn at 1:" << summary.bandMinimumScale << " and closer, where localities are at least "
        << AcvCoverageSymbols::kBandMinimumLocalityMm << " mm on the page" << Qt::endl;
  return true;
}

//! Every file the run will write whose name is known before it starts.
QStringList knownOutputFiles( const AcvCoverageMapOptions &options )
{
  QStringList files{ options.joined, options.joinReport, options.out, options.atlas, options.project, options.saveLayout };
  files << options.reports << options.exportStyles;
  if ( !options.out.isEmpty() )
    files << AcvMapImage::worldFilePath( options.out ) << options.out + QStringLiteral( ".aux.xml" );
  files.removeAll( QString() );
  return files;
}

//! The layers of \a project as drawn, top first.
QList<QgsMapLayer *> drawnLayers( QgsProject &project )
{
  return project.layerTreeRoot()->checkedLayers();
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

} // namespace

struct AcvCoverageMapData
{
  explicit AcvCoverageMapData( const AcvCoverageMapOptions &options )
    : job( options )
  {
  }
  AcvCoverageJob job;
  AcvJoinedFeatures joined;
  std::unique_ptr<QgsProject> project;
};

void AcvCoverageMapDataDeleter::operator()( AcvCoverageMapData *data ) const
{
  delete data;
}

int acvCoverageMap( const AcvCoverageMapOptions &options, QTextStream &out, QTextStream &err, AcvCoverageMapDataHolder *keep )
{
  // Every output of the run is replaced at its very end, together, or none is (see
  // AcvOutputTransaction). Declared first, so it is rolled back last, after every writer ended.
  AcvOutputTransaction transaction;
  AcvCoverageMapDataHolder data( new AcvCoverageMapData( options ) );
  // Declared after the data, so it runs first on every way out: the caller takes the data.
  struct HandOver
  {
    AcvCoverageMapDataHolder &data;
    AcvCoverageMapDataHolder *keep;
    ~HandOver()
    {
      if ( keep )
        *keep = std::move( data );
    }
  } handOver{ data, keep };
  AcvCoverageJob &job = data->job;
  AcvJoinedFeatures &joined = data->joined;

  QString error;
  auto fail = [&err]( const QString &message )
  {
    err << "coverage-map: error: " << message << Qt::endl;
    return kAcvExitBadInput;
  };

  // The boundaries (read and checked) and the statistics table (read and parsed) do not depend
  // on each other: they load on both cores. The table (no QGIS objects) loads on the worker:
  // a CRS made on a thread that then ends loses its PROJ objects, so the boundary layer opens
  // here. Messages keep their order: a boundary error, then the outputs, then the statistics.
  QString statisticsText;
  QTextStream statisticsOut( &statisticsText );
  QString statisticsWarnings;
  QTextStream statisticsErr( &statisticsWarnings );
  QString statisticsError;
  AcvWorkerThread statisticsLoading( [&job, &statisticsOut, &statisticsErr, &statisticsError]()
                                     {
                                       if ( !job.loadStatistics( statisticsOut, statisticsErr, statisticsError ) )
                                         return false;
                                       job.releaseStatisticsCells();
                                       acvReturnFreedMemory();
                                       return true; } );
  QString boundaryError;
  const bool boundariesOpened = job.openBoundaries( boundaryError );
  const bool statisticsLoaded = statisticsLoading.result();
  if ( !boundariesOpened )
    return fail( boundaryError );
  if ( !checkOutputs( options, job.inputFiles(), error ) )
    return fail( error );
  // The lock beside the outputs: a second run on them waits here until this one has ended.
  transaction.protectInputs( job.inputFiles() );
  transaction.setLockWaitSeconds( options.lockWaitSeconds );
  transaction.setWaitNotice( [&err]( const QString &notice )
                             { err << "coverage-map: " << notice << Qt::endl; } );
  if ( !transaction.begin( knownOutputFiles( options ), error ) )
    return fail( error );
  if ( !statisticsLoaded )
    return fail( statisticsError );
  statisticsOut.flush();
  out << statisticsText;
  statisticsErr.flush();
  err << statisticsWarnings;
  if ( !job.readMapping( error ) || !job.chooseKeyField( out, err, error ) || !job.match( error ) )
    return fail( error );
  if ( AcvOutputTransaction::stopSignal() )
    return fail( AcvOutputTransaction::stopMessage() + QStringLiteral( "; nothing was written" ) );
  job.describeJoin( out, err );
  if ( !job.checkStrict( error ) || !job.checkAnyMatched( error ) )
    return fail( error );
  acvReturnFreedMemory(); // what matching needed only while it ran

  const AcvBoundarySource &boundaries = job.boundaries();
  const AcvStatisticsTable &table = job.table();
  const AcvCoverageJoinResult &join = job.join();
  const QString keyField = job.keyField();

  QStringList writerWarnings;
  QStringList written; // staged in the transaction; renamed into place together at the end
  const QString layerName = QStringLiteral( "coverage" );
  const bool drawsMap = !options.out.isEmpty() || !options.reports.isEmpty() || !options.atlas.isEmpty() || !options.project.isEmpty() || !options.saveLayout.isEmpty() || !options.exportStyles.isEmpty();
  // The report names localities as the map labels them, not by a code key.
  QStringList displayNames;
  if ( drawsMap && !job.displayNames( displayNames, error ) )
    return fail( error );
  // The boundary features become the joined features: nothing else reads them from here on.
  if ( ( !options.joined.isEmpty() || drawsMap ) && !AcvJoinedLayer::build( boundaries, job.takeBoundaryFeatures(), job.nameField(), table, join, options.targetPct, joined, writerWarnings, error ) )
    return fail( error );
  for ( const QString &warning : std::as_const( writerWarnings ) )
    err << "coverage-map: warning: " << warning << Qt::endl;
  // The GeoPackage is written on the second core while this one draws the map from the same
  // features in memory: at national scale the two take about as long as each other. The worker
  // is a QThread of its own (see AcvWorkerThread). The layer's CRS is read here, as WKT:
  // QGIS keeps a CRS's PROJ objects per thread, and a CRS used on a thread that then ends
  // leaves QGIS's CRS cache pointing at freed PROJ objects (a later layout crashed in PROJ).
  QString joinedError;
  bool joinedPending = false;
  AcvJoinedLayerWriter joinedWriter;
  std::unique_ptr<AcvWorkerThread> joinedWritten;
  if ( !options.joined.isEmpty() )
  {
    if ( !joinedWriter.create( joined, options.joined, layerName, error, &transaction ) )
      return fail( error );
    // The worker reads its own shallow copy of the feature list. It is waited for on every way
    // out of this function, before anything it uses goes.
    joinedWritten = std::make_unique<AcvWorkerThread>( [&joinedWriter, toWrite = joined.features, &joinedError]()
                                                       { return joinedWriter.finish( toWrite, joinedError ); } );
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
    // Worded while the run's temporaries are still there to measure: a full disk says so.
    const QString explained = transaction.explainFailure( message );
    transaction.rollback();
    return fail( explained );
  };
  // SIGTERM or SIGINT (coverage_map_bin) stops the run between two steps, changing nothing.
  auto stopped = [&]()
  {
    return AcvOutputTransaction::stopSignal() != 0;
  };
  auto failStopped = [&]()
  {
    finishJoined();
    transaction.rollback();
    return fail( AcvOutputTransaction::stopMessage() + QStringLiteral( "; every previous output is unchanged" ) );
  };
  if ( drawsMap )
  {
    // The maps draw from memory: the layer serves the joined features themselves, not copies.
    std::unique_ptr<QgsVectorLayer> memoryLayer = AcvJoinedLayer::memoryLayer( joined, layerName, error );
    if ( !memoryLayer )
      return failAndClean( error );
    AcvReportContent content;
    content.language = options.language;
    content.title = options.title;
    content.subtitle = options.subtitle;
    content.maxTableRows = options.tableRows;
    content.targetPct = options.targetPct;
    content.productionDate = QDate::currentDate();
    content.statisticsSource = QFileInfo( options.stats ).fileName();
    content.totalMismatches = job.table().totalMismatchDetails();
    content.boundarySource = QFileInfo( options.boundaries ).fileName();
    content.setJoin( join, displayNames );
    content.statisticsDate = options.statisticsDate;
    if ( !content.statisticsDate.isValid() )
    {
      QStringList titleRows;
      for ( int i = 0; i < table.raw().rows.size() && table.raw().rowNumbers.at( i ) < table.headerRows().constFirst(); ++i )
        titleRows.append( table.raw().rows.at( i ).join( QLatin1Char( ' ' ) ) );
      const AcvStatisticsDate::Result date = AcvStatisticsDate::detect( titleRows, options.stats );
      content.statisticsDate = date.date;
      out << "Statistics date: " << ( date.date.isValid() ? date.date.toString( Qt::ISODate ) + QStringLiteral( " (from '" ) + date.evidence + QStringLiteral( "')" ) : QStringLiteral( "unknown (give --stats-date)" ) ) << Qt::endl;
    }

    // One private project holds the joined layer, styled once, for every output. The maps
    // draw it from memory; a saved project points it at the GeoPackage once that is written.
    data->project = std::make_unique<QgsProject>();
    QgsProject &project = *data->project;
    QgsVectorLayer *coverage = memoryLayer.release();
    if ( !styleCoverageLayer( project, coverage, options, out, err, error ) )
      return failAndClean( error );
    project.setCrs( coverage->crs() );
    for ( const QString &path : options.exportStyles )
    {
      if ( !AcvStyleFile::save( *coverage, path, error, &transaction ) )
        return failAndClean( error );
      written << path;
    }
    project.setEllipsoid( QStringLiteral( "EPSG:7030" ) );

    if ( !options.out.isEmpty() )
    {
      // The boundaries' CRS, not the GeoPackage's: a source without one is stored as "Undefined
      // geographic SRS", which the image must not claim.
      const QgsMapSettings settings = AcvMapImage::mapSettings( drawnLayers( project ), boundaries.layer()->crs(), coverage->extent(), options.imageSize );
      if ( !AcvMapImage::render( settings, options.out, error, &transaction ) )
        return failAndClean( error );
      if ( stopped() )
        return failStopped();
      written << options.out << AcvMapImage::worldFilePath( options.out ) << options.out + QStringLiteral( ".aux.xml" );
    }

    auto createLayout = [&]() -> std::unique_ptr<QgsPrintLayout>
    {
      std::unique_ptr<QgsPrintLayout> layout = options.layoutTemplate.isEmpty() ? AcvReportLayout::createDefault( &project, options.page )
                                                                                : AcvReportLayout::fromTemplate( &project, options.layoutTemplate, error );
      if ( layout && !AcvReportLayout::fill( layout.get(), coverage, content, error ) )
        layout.reset();
      return layout;
    };
    if ( !options.saveLayout.isEmpty() )
    {
      std::unique_ptr<QgsPrintLayout> layout = options.layoutTemplate.isEmpty() ? AcvReportLayout::createDefault( &project, options.page )
                                                                                : AcvReportLayout::fromTemplate( &project, options.layoutTemplate, error );
      if ( !layout || !AcvReportLayout::saveTemplate( layout.get(), options.saveLayout, error, &transaction ) )
        return failAndClean( error );
      written << options.saveLayout;
    }
    std::unique_ptr<QgsPrintLayout> report;
    if ( !options.reports.isEmpty() || !options.project.isEmpty() )
    {
      report = createLayout();
      if ( !report )
        return failAndClean( error );
      for ( const QString &path : options.reports )
      {
        if ( !AcvReportExporter::exportLayout( report.get(), path, options.dpi, written, error, &transaction ) )
          return failAndClean( error );
        if ( stopped() )
          return failStopped();
      }
    }
    std::unique_ptr<QgsPrintLayout> atlas;
    if ( !options.atlas.isEmpty() )
    {
      atlas = createLayout();
      if ( !atlas || !AcvReportLayout::makeAtlas( atlas.get(), coverage, QStringLiteral( "locality" ), content, error ) )
        return failAndClean( error );
      atlas->setName( atlas->name() + QStringLiteral( " — atlas" ) );
      if ( !AcvReportExporter::exportAtlas( atlas.get(), options.atlas, options.dpi, written, error, &transaction ) )
        return failAndClean( error );
      if ( stopped() )
        return failStopped();
    }
    if ( !options.project.isEmpty() )
    {
      if ( !finishJoined() )
        return failAndClean( error );
      // The saved project must find its layers in the GeoPackage: the coverage layer and the
      // atlas's highlight (a clone of it) leave memory for the file, keeping their styles.
      // The GeoPackage is still the run's temporary (renamed with the project at the end); the
      // project writer saves the destination's name.
      const QString uri = QStringLiteral( "%1|layername=%2" ).arg( transaction.temporaryFor( options.joined ), layerName );
      for ( QgsMapLayer *mapLayer : project.mapLayers() )
      {
        auto *vectorLayer = qobject_cast<QgsVectorLayer *>( mapLayer );
        if ( !vectorLayer || vectorLayer->providerType() != AcvFeatureListProvider::kProviderKey )
          continue;
        vectorLayer->setDataSource( uri, vectorLayer->name(), QStringLiteral( "ogr" ), QgsDataProvider::ProviderOptions(), false );
        if ( !vectorLayer->isValid() )
          return failAndClean( QStringLiteral( "%1: the joined layer cannot be read back" ).arg( options.joined ) );
      }
      project.layoutManager()->addLayout( report.release() );
      if ( atlas )
        project.layoutManager()->addLayout( atlas.release() );
      if ( !AcvProjectWriter::write( &project, options.project, error, &transaction ) )
        return failAndClean( error );
      written << options.project;
    }
  }

  if ( !finishJoined() )
    return failAndClean( error );
  if ( !options.joinReport.isEmpty() )
  {
    AcvJoinReportContext context;
    context.boundaryPath = options.boundaries;
    context.boundaryLayer = boundaries.layerName();
    context.boundaryKeyField = keyField;
    context.boundaryKeys = job.boundaryKeys();
    context.table = &table;
    context.join = &join;
    context.targetPct = options.targetPct;
    context.warnings = boundaries.warnings() + writerWarnings;
    if ( !AcvJoinReport::write( options.joinReport, AcvJoinReport::toJson( context ), error, &transaction ) )
      return failAndClean( error );
    written << options.joinReport;
  }

  if ( stopped() )
    return failStopped();
  if ( !transaction.commit( error ) )
    return fail( error );
  out << "Outputs:" << Qt::endl;
  for ( const QString &path : transaction.committedFiles() )
  {
    if ( !path.endsWith( QLatin1String( ".pgw" ) ) && !path.endsWith( QLatin1String( ".aux.xml" ) ) )
      out << "  " << QFileInfo( path ).absoluteFilePath() << Qt::endl;
  }
  return kAcvExitOk;
}

QgsApplication *acvInitQgis( int &argc, char **argv )
{
  // A command-line tool must not need a display.
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  // Qt warns on every start when a headless session has no runtime folder; give it a private one.
  if ( qEnvironmentVariableIsEmpty( "XDG_RUNTIME_DIR" ) )
  {
    const QString runtime = QDir::temp().filePath( QStringLiteral( "acv-runtime-%1" ).arg( QString::number( getuid() ) ) );
    QDir().mkpath( runtime );
    QFile::setPermissions( runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner );
    qputenv( "XDG_RUNTIME_DIR", QFile::encodeName( runtime ) );
  }
  // The command reads files through the built-in OGR and memory providers and needs no
  // authentication. QGIS's own switches keep initQgis() from loading every provider plugin
  // and, with no authentication method, from parsing the system's CA certificates: a third of
  // a province's run. A user who sets them keeps theirs.
  if ( qEnvironmentVariableIsEmpty( "QGIS_PROVIDER_FILE" ) )
    qputenv( "QGIS_PROVIDER_FILE", "^acv-no-provider-plugin$" );
  if ( qEnvironmentVariableIsEmpty( "QGIS_AUTHMETHOD_FILE" ) )
    qputenv( "QGIS_AUTHMETHOD_FILE", "^acv-no-auth-plugin$" );
  auto *app = new QgsApplication( argc, argv, false );
  QgsApplication::setPrefixPath( QStringLiteral( ACV_QGIS_PREFIX ), true );
  QgsApplication::initQgis();
  return app;
}
