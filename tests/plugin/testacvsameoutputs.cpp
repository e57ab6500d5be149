/***************************************************************************
  testacvsameoutputs.cpp - the command, Processing and the plugin write the same files
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragejob.h"
#include "acvcoveragelayercontent.h"
#include "acvcoveragemap.h"
#include "acvcoveragepresentation.h"
#include "acvcoveragetask.h"
#include "acvplugintestutils.h"
#include "acvprocessingprovider.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QImage>
#include <QTextStream>

#include <gtest/gtest.h>

namespace
{
//! Every feature of a joined GeoPackage as text: its attributes and its geometry's WKB.
QStringList featuresOf( const QString &gpkg )
{
  const QgsVectorLayer layer( gpkg + QStringLiteral( "|layername=coverage" ), QStringLiteral( "joined" ), QStringLiteral( "ogr" ) );
  EXPECT_TRUE( layer.isValid() ) << gpkg.toStdString();
  QStringList rows;
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    QStringList values;
    for ( const QVariant &value : feature.attributes() )
      values << ( value.isNull() ? QStringLiteral( "NULL" ) : value.toString() );
    values << QString::fromLatin1( feature.geometry().asWkb().toHex() );
    rows << values.join( QLatin1Char( '|' ) );
  }
  return rows;
}

QVariantMap runAlgorithm( const QString &id, const QVariantMap &parameters, QString &log )
{
  if ( !QgsApplication::processingRegistry()->providerById( QStringLiteral( "adoptioncoverage" ) ) )
    QgsApplication::processingRegistry()->addProvider( new AcvProcessingProvider() );
  const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById( id );
  EXPECT_TRUE( algorithm );
  if ( !algorithm )
    return {};
  QgsProject project;
  QgsProcessingContext context;
  context.setProject( &project );
  QgsProcessingFeedback feedback;
  std::unique_ptr<QgsProcessingAlgorithm> instance( algorithm->create() );
  bool ok = false;
  const QVariantMap results = instance->run( parameters, context, &feedback, &ok );
  log = feedback.textLog();
  EXPECT_TRUE( ok ) << log.toStdString();
  return results;
}
} // namespace

TEST( AcvSameOutputs, TheCommandProcessingAndThePluginWriteTheSameLayerAndTheSamePage )
{
  AcvScratch scratch;
  const QString boundaries = acvGiaLaiBoundaries();
  // Two unmatched rows, and a total row off by one install: the page carries its note.
  QFile mistyped( acvMistypedGiaLaiStatistics( scratch ) );
  ASSERT_TRUE( mistyped.open( QIODevice::ReadOnly ) );
  const QString statistics = scratch.write( QStringLiteral( "annex.csv" ), mistyped.readAll().replace( ";139.267;", ";139.268;" ) );

  // The command.
  AcvCoverageJobOptions options;
  options.boundaries = boundaries;
  options.stats = statistics;
  options.joined = scratch.path( QStringLiteral( "command.gpkg" ) );
  options.reports = QStringList{ scratch.path( QStringLiteral( "command.png" ) ) };
  options.dpi = 72;
  QString log;
  QTextStream out( &log );
  ASSERT_EQ( acvCoverageMap( options, out, out ), kAcvExitOk ) << log.toStdString();

  // Processing: the joined layer, then the page.
  const QVariantMap inputs{ { QStringLiteral( "BOUNDARIES" ), boundaries }, { QStringLiteral( "STATISTICS" ), statistics } };
  QVariantMap joinParameters = inputs;
  joinParameters.insert( QStringLiteral( "OUTPUT" ), scratch.path( QStringLiteral( "processing.gpkg" ) ) );
  QString processingLog;
  const QVariantMap joinResults = runAlgorithm( QStringLiteral( "adoptioncoverage:joinstatistics" ), joinParameters, processingLog );
  QVariantMap reportParameters = inputs;
  reportParameters.insert( QStringLiteral( "DPI" ), 72 );
  reportParameters.insert( QStringLiteral( "REPORT" ), scratch.path( QStringLiteral( "processing.png" ) ) );
  runAlgorithm( QStringLiteral( "adoptioncoverage:exportreport" ), reportParameters, processingLog );

  // The plugin: "Add to Map" (the task, then the layer styled as the dialog styles it), then
  // "Export Report" on that layer.
  AcvCoverageJobOptions pluginOptions;
  pluginOptions.boundaries = boundaries;
  pluginOptions.stats = statistics;
  auto job = std::make_shared<AcvCoverageJob>( pluginOptions );
  const QString pluginJoined = scratch.path( QStringLiteral( "plugin.gpkg" ) );
  auto *task = new AcvCoverageTask( QStringLiteral( "join" ), job, AcvCoverageTask::Match | AcvCoverageTask::Write, pluginJoined );
  QgsApplication::taskManager()->addTask( task );
  ASSERT_TRUE( task->waitForFinished( 60000 ) );
  QgsVectorLayer layer( pluginJoined + QStringLiteral( "|layername=coverage" ), QStringLiteral( "coverage" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( layer.isValid() );
  AcvMessages messages;
  QString error;
  ASSERT_TRUE( AcvCoveragePresentation::styleLayer( &layer, pluginOptions, messages, error ) ) << error.toStdString();
  AcvCoverageLayerContent::setSources( &layer, QFileInfo( statistics ).fileName(), QFileInfo( boundaries ).fileName(), job->statisticsDate(), job->table().totalMismatchDetails() );
  AcvReportContent fromLayer;
  ASSERT_TRUE( AcvCoverageLayerContent::fill( &layer, fromLayer, error ) ) << error.toStdString();
  EXPECT_TRUE( fromLayer.totalsNote().contains( QStringLiteral( "139.268" ) ) ) << fromLayer.totalsNote().toStdString();
  AcvCoverageJobOptions pageOptions;
  pageOptions.dpi = 72;
  ASSERT_TRUE( AcvCoveragePresentation::exportLayerReport( &layer, pageOptions, scratch.path( QStringLiteral( "plugin.png" ) ), error ) ) << error.toStdString();

  // The same features, figure for figure and vertex for vertex.
  const QStringList command = featuresOf( options.joined );
  ASSERT_EQ( command.size(), 17 );
  EXPECT_EQ( featuresOf( joinResults.value( QStringLiteral( "OUTPUT" ) ).toString() ), command );
  EXPECT_EQ( featuresOf( pluginJoined ), command );

  // The same page, pixel for pixel.
  const QImage commandPage( scratch.path( QStringLiteral( "command.png" ) ) );
  ASSERT_FALSE( commandPage.isNull() );
  const QImage processingPage( scratch.path( QStringLiteral( "processing.png" ) ) );
  const QImage pluginPage( scratch.path( QStringLiteral( "plugin.png" ) ) );
  ASSERT_EQ( processingPage.size(), commandPage.size() );
  ASSERT_EQ( pluginPage.size(), commandPage.size() );
  auto differingPixels = [&commandPage]( const QImage &other )
  {
    int count = 0;
    const QImage a = commandPage.convertToFormat( QImage::Format_RGB32 );
    const QImage b = other.convertToFormat( QImage::Format_RGB32 );
    for ( int y = 0; y < a.height(); ++y )
      for ( int x = 0; x < a.width(); ++x )
        count += a.pixel( x, y ) != b.pixel( x, y ) ? 1 : 0;
    return count;
  };
  EXPECT_EQ( differingPixels( processingPage ), 0 );
  EXPECT_EQ( differingPixels( pluginPage ), 0 );
}
