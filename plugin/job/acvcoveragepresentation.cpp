/***************************************************************************
  acvcoveragepresentation.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragepresentation.h"

#include "acvclassification.h"
#include "acvcoveragelayercontent.h"
#include "acvcoveragejob.h"
#include "acvcoveragestyle.h"
#include "acvcoveragesymbols.h"
#include "acvmapimage.h"
#include "acvoutputtransaction.h"
#include "acvprogress.h"
#include "acvprojectwriter.h"
#include "acvreportexporter.h"
#include "acvreportlayout.h"
#include "acvstepfeedback.h"
#include "acvstylefile.h"

#include <qgslayertree.h>
#include <qgslayoutmanager.h>
#include <qgsmapsettings.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QDate>

#include <memory>

bool AcvCoveragePresentation::styleLayer( QgsVectorLayer *coverage, const AcvCoverageJobOptions &options, AcvMessages &messages, QString &error )
{
  AcvStyleOptions style = AcvCoverageJob::styleOptions( options );
  if ( !options.styleFile.isEmpty() )
  {
    if ( !AcvStyleFile::load( *coverage, options.styleFile, error ) )
      return false;
    coverage->setName( AcvCoverageStyle::title( style ) );
    messages.append( AcvMessage::info( QStringLiteral( "Style: " ) + options.styleFile ) );
    return true;
  }
  if ( !options.labelsChosen && style.labels && coverage->featureCount() > kAcvAutoLabelLimit )
  {
    style.labels = false;
    messages.append( AcvMessage::info( QStringLiteral( "Labels: off for %1 localities (more than %2; --labels shows them)" ).arg( coverage->featureCount() ).arg( kAcvAutoLabelLimit ) ) );
  }
  AcvStyleSummary summary;
  if ( !AcvCoverageStyle::apply( *coverage, style, summary, error ) )
    return false;
  for ( const QString &warning : std::as_const( summary.warnings ) )
    messages.append( AcvMessage::warning( warning ) );
  QString classes = QStringLiteral( "Style: %1 classes of %2:" ).arg( AcvClassification::schemeName( style.classification.scheme ), style.field );
  for ( const AcvStyleClass &styleClass : std::as_const( summary.classes ) )
    classes += QStringLiteral( " [%1: %2]" ).arg( styleClass.range ).arg( styleClass.count );
  classes += QStringLiteral( "; no data: %1" ).arg( summary.noDataCount );
  messages.append( AcvMessage::info( classes ) );
  if ( summary.bandMinimumScale > 0 )
    messages.append( AcvMessage::info( QStringLiteral( "Below-target band: drawn at 1:%1 and closer, where localities are at least %2 mm on the page" )
                                           .arg( summary.bandMinimumScale )
                                           .arg( AcvCoverageSymbols::kBandMinimumLocalityMm ) ) );
  return true;
}

AcvReportContent AcvCoveragePresentation::pageContent( const AcvCoverageJobOptions &options )
{
  AcvReportContent content;
  content.language = options.language;
  content.title = options.title;
  content.subtitle = options.subtitle;
  content.maxTableRows = options.tableRows;
  content.targetPct = options.targetPct;
  content.productionDate = QDate::currentDate();
  return content;
}

bool AcvCoveragePresentation::drawsAnything( const AcvCoverageJobOptions &options )
{
  return !options.out.isEmpty() || !options.reports.isEmpty() || !options.atlas.isEmpty() || !options.project.isEmpty() || !options.saveLayout.isEmpty() || !options.exportStyles.isEmpty();
}

bool AcvCoveragePresentation::write( QgsProject &project, QgsVectorLayer *coverage, const QgsCoordinateReferenceSystem &mapCrs, const AcvReportContent &content,
                                     const AcvCoverageJobOptions &options, AcvOutputTransaction &transaction, QStringList &written, QgsFeedback *feedback,
                                     const std::function<bool( QString & )> &beforeProject, QString &error )
{
  auto canceled = [&]()
  {
    if ( ( feedback && feedback->isCanceled() ) || AcvOutputTransaction::stopSignal() )
    {
      error = QString::fromLatin1( AcvProgress::kCanceled );
      return true;
    }
    return false;
  };
  auto progress = [feedback]( double percent )
  {
    if ( feedback )
      feedback->setProgress( percent );
  };
  for ( const QString &path : options.exportStyles )
  {
    if ( !AcvStyleFile::save( *coverage, path, error, &transaction ) )
      return false;
    written << path;
  }
  project.setEllipsoid( QStringLiteral( "EPSG:7030" ) );

  if ( !options.out.isEmpty() )
  {
    progress( 5 );
    AcvStepFeedback step( feedback, 5, 30 );
    const QgsMapSettings settings = AcvMapImage::mapSettings( project.layerTreeRoot()->checkedLayers(), mapCrs, coverage->extent(), options.imageSize );
    if ( !AcvMapImage::render( settings, options.out, error, &transaction, &step ) )
      return false;
    if ( canceled() )
      return false;
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
      return false;
    written << options.saveLayout;
  }
  std::unique_ptr<QgsPrintLayout> report;
  if ( !options.reports.isEmpty() || !options.project.isEmpty() )
  {
    progress( 30 );
    report = createLayout();
    if ( !report )
      return false;
    for ( int i = 0; i < options.reports.size(); ++i )
    {
      if ( !AcvReportExporter::exportLayout( report.get(), options.reports.at( i ), options.dpi, written, error, &transaction ) )
        return false;
      if ( canceled() )
        return false;
      progress( 30 + 30.0 * ( i + 1 ) / options.reports.size() );
    }
  }
  std::unique_ptr<QgsPrintLayout> atlas;
  if ( !options.atlas.isEmpty() )
  {
    atlas = createLayout();
    if ( !atlas || !AcvReportLayout::makeAtlas( atlas.get(), coverage, QStringLiteral( "locality" ), content, error ) )
      return false;
    atlas->setName( atlas->name() + QStringLiteral( " — atlas" ) );
    AcvStepFeedback step( feedback, 60, 90 );
    if ( !AcvReportExporter::exportAtlas( atlas.get(), options.atlas, options.dpi, written, error, &transaction, &step ) )
      return false;
    if ( canceled() )
      return false;
  }
  if ( !options.project.isEmpty() )
  {
    progress( 90 );
    if ( beforeProject && !beforeProject( error ) )
      return false;
    project.layoutManager()->addLayout( report.release() );
    if ( atlas )
      project.layoutManager()->addLayout( atlas.release() );
    if ( !AcvProjectWriter::write( &project, options.project, error, &transaction ) )
      return false;
    written << options.project;
  }
  progress( 100 );
  return !canceled();
}

bool AcvCoveragePresentation::exportLayerReport( QgsVectorLayer *layer, const AcvCoverageJobOptions &options, const QString &path, QString &error, QgsFeedback *feedback )
{
  // The layer's own target (its target_pct) replaces the options' one.
  AcvReportContent content = pageContent( options );
  if ( !AcvCoverageLayerContent::fill( layer, content, error ) )
    return false;
  if ( options.statisticsDate.isValid() )
    content.statisticsDate = options.statisticsDate;

  AcvCoverageJobOptions reportOptions;
  reportOptions.language = options.language;
  reportOptions.page = options.page;
  reportOptions.dpi = options.dpi;
  reportOptions.layoutTemplate = options.layoutTemplate;
  reportOptions.reports = QStringList{ path };
  // A private project with a clone of the layer: its renderer, labels and filter exactly as
  // on the map, drawn without touching the analyst's project.
  QgsProject project;
  QgsVectorLayer *clone = layer->clone();
  project.addMapLayer( clone, false );
  project.layerTreeRoot()->addLayer( clone );
  project.setCrs( layer->crs() );
  AcvOutputTransaction transaction;
  QStringList written;
  if ( !transaction.begin( reportOptions.reports, error ) )
    return false;
  if ( !write( project, clone, layer->crs(), content, reportOptions, transaction, written, feedback, {}, error ) )
  {
    if ( error != QLatin1String( AcvProgress::kCanceled ) )
      error = transaction.explainFailure( error );
    transaction.rollback();
    return false;
  }
  return transaction.commit( error );
}
