/***************************************************************************
  acvcoveragealgorithms.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragealgorithms.h"
#include "acvfilefilters.h"

#include "acvcoveragelayercontent.h"
#include "acvcoveragelayers.h"
#include "acvcoveragepresentation.h"
#include "acvcoveragestyle.h"
#include "acvresultlayer.h"
#include "acvprocessingcompat.h"

#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>
#include <QIcon>

namespace
{
const QString kLayerName = QStringLiteral( "coverage" );

//! The joined layer is a GeoPackage; any other destination would be a file of the wrong format.
QString geoPackageDestination( const QString &path )
{
  if ( !path.endsWith( QLatin1String( ".gpkg" ), Qt::CaseInsensitive ) )
    throw QgsProcessingException( AcvCoverageAlgorithm::tr( "%1: the joined layer is written as a GeoPackage (.gpkg)" ).arg( path ) );
  return path;
}

/**
 * Styles the joined layer once QGIS has loaded it into the project: the same AcvCoverageStyle
 * the command applies. QGIS owns it and calls it on the main thread.
 */
class AcvStylePostProcessor : public QgsProcessingLayerPostProcessorInterface
{
public:
  AcvStylePostProcessor( const AcvCoverageJobOptions &options, const AcvCoverageResult &result )
    : mOptions( options )
    , mStatisticsDate( result.statisticsDate )
    , mTotalMismatches( result.totalMismatches )
    , mRemap( result.remap )
  {
  }

  void postProcessLayer( QgsMapLayer *layer, QgsProcessingContext &, QgsProcessingFeedback *feedback ) override
  {
    auto *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
    if ( !vectorLayer )
      return;
    // The stage the command and the dialog style with: the label limit and a style file apply.
    AcvMessages messages;
    QString error;
    if ( !AcvCoveragePresentation::styleLayer( vectorLayer, mOptions, messages, error ) )
    {
      if ( feedback )
        feedback->reportError( error );
      return;
    }
    for ( const AcvMessage &message : std::as_const( messages ) )
    {
      if ( feedback && message.level == AcvMessage::Level::Warning )
        feedback->pushWarning( message.toString() );
    }
    // As the dialog's results: named after the annex, and carrying what Export Report says of it.
    vectorLayer->setName( AcvResultLayer::name( mOptions.stats, mStatisticsDate ) );
    AcvResultLayer::setAnnex( vectorLayer, mOptions.stats );
    vectorLayer->setCustomProperty( AcvCoverageLayers::languageProperty(), AcvLanguageText::code( mOptions.language ) );
    AcvCoverageLayerContent::setSources( vectorLayer, QFileInfo( mOptions.stats ).fileName(), QFileInfo( mOptions.boundaries ).fileName(), mStatisticsDate, mTotalMismatches );
    AcvCoverageLayerContent::setRemap( vectorLayer, mRemap );
  }

private:
  AcvCoverageJobOptions mOptions;
  QDate mStatisticsDate;
  QVector<AcvTotalMismatch> mTotalMismatches;
  AcvReportRemap mRemap;
};
} // namespace

// --- Join install statistics

QString AcvJoinStatisticsAlgorithm::displayName() const
{
  return AcvCoverageAlgorithm::tr( "Join install statistics" );
}

QIcon AcvJoinStatisticsAlgorithm::icon() const
{
  return QIcon( QStringLiteral( ":/adoptioncoverage/algorithm_join.svg" ) );
}

QString AcvJoinStatisticsAlgorithm::shortHelpString() const
{
  return AcvCoverageAlgorithm::tr( "Joins a boundary layer with a statistics table of app installs (CSV, XLSX or ODS). Names are matched "
                                   "whatever their diacritics or administrative prefixes; a mapping file fixes the rest. An annex of the "
                                   "units before a merger is first summed into the new units by a crosswalk table, or its rows by one of "
                                   "its columns (communes into districts). The joined layer gets installs, smartphone users, population, "
                                   "coverage, gap to the target and rank." );
}

void AcvJoinStatisticsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addInputParameters();
  addParameter( new QgsProcessingParameterVectorDestination( QStringLiteral( "OUTPUT" ), AcvCoverageAlgorithm::tr( "Joined layer" ), AcvProcessingEnums::VectorPolygon ) );
  addParameter( new QgsProcessingParameterFileDestination( QStringLiteral( "JOIN_REPORT" ), AcvCoverageAlgorithm::tr( "Join report" ), AcvCoverageAlgorithm::tr( "JSON files (*.json)" ), QVariant(), true, false ) );
}

QVariantMap AcvJoinStatisticsAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  AcvCoverageJobOptions options = mOptions;
  options.joined = geoPackageDestination( parameterAsOutputLayer( parameters, QStringLiteral( "OUTPUT" ), context ) );
  options.joinReport = parameterAsFileOutput( parameters, QStringLiteral( "JOIN_REPORT" ), context );
  runJob( options, feedback );
  QVariantMap results;
  results.insert( QStringLiteral( "OUTPUT" ), options.joined );
  if ( !options.joinReport.isEmpty() )
    results.insert( QStringLiteral( "JOIN_REPORT" ), options.joinReport );
  return results;
}

// --- Coverage map

QString AcvCoverageMapAlgorithm::displayName() const
{
  return AcvCoverageAlgorithm::tr( "Coverage map" );
}

QIcon AcvCoverageMapAlgorithm::icon() const
{
  return QIcon( QStringLiteral( ":/adoptioncoverage/algorithm_map.svg" ) );
}

QString AcvCoverageMapAlgorithm::shortHelpString() const
{
  return AcvCoverageAlgorithm::tr( "Joins the statistics to the boundaries and loads the joined layer styled as a coverage map: classes "
                                   "anchored at the target, localities below the target marked, no data hatched, labels in Vietnamese or "
                                   "English. Optionally also renders the map to a georeferenced PNG." );
}

void AcvCoverageMapAlgorithm::initAlgorithm( const QVariantMap & )
{
  addInputParameters();
  addStyleParameters();
  addParameter( new QgsProcessingParameterVectorDestination( QStringLiteral( "OUTPUT" ), AcvCoverageAlgorithm::tr( "Coverage layer" ), AcvProcessingEnums::VectorPolygon ) );
  addParameter( new QgsProcessingParameterFileDestination( QStringLiteral( "OUTPUT_IMAGE" ), AcvCoverageAlgorithm::tr( "Map image" ), AcvFileFilters::png(), QVariant(), true, false ) );
}

QVariantMap AcvCoverageMapAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  AcvCoverageJobOptions options = mOptions;
  options.joined = geoPackageDestination( parameterAsOutputLayer( parameters, QStringLiteral( "OUTPUT" ), context ) );
  options.out = parameterAsFileOutput( parameters, QStringLiteral( "OUTPUT_IMAGE" ), context );
  const AcvCoverageResult result = runJob( options, feedback );
  if ( context.willLoadLayerOnCompletion( options.joined ) )
  {
    QgsProcessingContext::LayerDetails &details = context.layerToLoadOnCompletionDetails( options.joined );
    details.name = AcvResultLayer::name( options.stats, result.statisticsDate );
    details.setPostProcessor( new AcvStylePostProcessor( options, result ) );
  }
  QVariantMap results;
  results.insert( QStringLiteral( "OUTPUT" ), options.joined );
  if ( !options.out.isEmpty() )
    results.insert( QStringLiteral( "OUTPUT_IMAGE" ), options.out );
  return results;
}

// --- Export coverage report

QString AcvExportReportAlgorithm::displayName() const
{
  return AcvCoverageAlgorithm::tr( "Export coverage report" );
}

QIcon AcvExportReportAlgorithm::icon() const
{
  return QIcon( QStringLiteral( ":/adoptioncoverage/algorithm_report.svg" ) );
}

QString AcvExportReportAlgorithm::shortHelpString() const
{
  return AcvCoverageAlgorithm::tr( "Writes the coverage report page (title, map, legend, summary and the localities below the target) "
                                   "as PDF, PNG or SVG, with the same print layout as the coverage-map command." );
}

void AcvExportReportAlgorithm::initAlgorithm( const QVariantMap & )
{
  addInputParameters();
  addStyleParameters();
  addParameter( new QgsProcessingParameterString( QStringLiteral( "TITLE" ), AcvCoverageAlgorithm::tr( "Title (empty: the default title)" ), QVariant(), false, true ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "DPI" ), AcvCoverageAlgorithm::tr( "Resolution (dpi)" ), AcvProcessingEnums::Integer, 300, false, 30, 1200 ) );
  addParameter( new QgsProcessingParameterFileDestination( QStringLiteral( "REPORT" ), AcvCoverageAlgorithm::tr( "Report" ), AcvFileFilters::reports() ) );
}

QVariantMap AcvExportReportAlgorithm::processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  AcvCoverageJobOptions options = mOptions;
  options.title = parameterAsString( parameters, QStringLiteral( "TITLE" ), context ).trimmed();
  options.dpi = parameterAsInt( parameters, QStringLiteral( "DPI" ), context );
  const QString report = parameterAsFileOutput( parameters, QStringLiteral( "REPORT" ), context );
  options.reports = QStringList{ report };
  runJob( options, feedback );
  QVariantMap results;
  results.insert( QStringLiteral( "REPORT" ), report );
  return results;
}
