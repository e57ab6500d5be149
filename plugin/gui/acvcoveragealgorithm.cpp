/***************************************************************************
  acvcoveragealgorithm.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragealgorithm.h"
#include "acvfilefilters.h"
#include "acvcolumnchoices.h"

#include "acvclasscolors.h"
#include "acvcoveragerun.h"
#include "acvlayersource.h"
#include "acvprocessingcompat.h"
#include "acvremapchoice.h"
#include "acvsheetparameter.h"

#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>

namespace
{
QStringList schemeTitles()
{
  QStringList titles;
  for ( const AcvClassificationScheme scheme : AcvClassification::choosableSchemes() )
    titles.append( AcvClassification::schemeTitle( scheme ) );
  return titles;
}
} // namespace

QString AcvCoverageAlgorithm::tr( const char *text )
{
  return QCoreApplication::translate( "AcvCoverageAlgorithm", text );
}

QString AcvCoverageAlgorithm::group() const
{
  // Not the provider's name again: the toolbox already shows it one level up.
  return tr( "Coverage maps" );
}

QString AcvCoverageAlgorithm::groupId() const
{
  return QStringLiteral( "coveragemaps" );
}

void AcvCoverageAlgorithm::addInputParameters()
{
  addParameter( new QgsProcessingParameterVectorLayer( QStringLiteral( "BOUNDARIES" ), tr( "Boundary layer" ), QList<int>() << static_cast<int>( AcvProcessingEnums::VectorPolygon ) ) );
  addParameter( new QgsProcessingParameterField( QStringLiteral( "BOUNDARY_KEY" ), tr( "Boundary key field (empty: detected)" ), QVariant(), QStringLiteral( "BOUNDARIES" ), AcvProcessingEnums::AnyField, false, true ) );
  // Communes written alike in two districts are told apart by the field naming their district.
  auto boundaryParent = std::make_unique<QgsProcessingParameterField>( QStringLiteral( "BOUNDARY_PARENT" ), tr( "Boundary parent field: district or province (empty: detected)" ), QVariant(), QStringLiteral( "BOUNDARIES" ),
                                                                       AcvProcessingEnums::AnyField, false, true );
  boundaryParent->setFlags( boundaryParent->flags() | AcvProcessingEnums::Advanced );
  addParameter( boundaryParent.release() );
  addParameter( new QgsProcessingParameterFile( QStringLiteral( "STATISTICS" ), tr( "Statistics table (CSV, XLSX, XLS or ODS)" ), AcvProcessingEnums::File, QString(), QVariant(), false, AcvFileFilters::statistics() ) );
  addParameter( new AcvSheetParameter( QStringLiteral( "SHEET" ), tr( "Sheet (empty: the first non-empty one)" ), QStringLiteral( "STATISTICS" ) ) );
  auto column = [this]( const QString &name, const QString &description )
  {
    auto parameter = std::make_unique<QgsProcessingParameterString>( name, description, QVariant(), false, true );
    parameter->setFlags( parameter->flags() | AcvProcessingEnums::Advanced );
    addParameter( parameter.release() );
  };
  column( QStringLiteral( "STATS_KEY" ), tr( "Locality column (empty: detected)" ) );
  column( QStringLiteral( "STATS_PARENT" ), tr( "Parent column: district or province (empty: detected)" ) );
  column( QStringLiteral( "INSTALLS" ), tr( "Installs column (empty: detected)" ) );
  column( QStringLiteral( "SMARTPHONES" ), tr( "Smartphone users column (empty: detected)" ) );
  column( QStringLiteral( "POPULATION" ), tr( "Population column (empty: detected)" ) );
  addParameter( new QgsProcessingParameterFile( QStringLiteral( "MAPPING" ), tr( "Mapping file: statistics name to boundary key" ), AcvProcessingEnums::File, QString(), QVariant(), true, AcvFileFilters::mapping() ) );
  // An annex of the units before a merger is summed into the new units (or by one of its
  // columns) before the join: as --crosswalk and --aggregate-by do.
  addParameter( new QgsProcessingParameterFile( QStringLiteral( "CROSSWALK" ), tr( "Crosswalk table: old units to new units (CSV, XLSX or ODS)" ), AcvProcessingEnums::File, QString(), QVariant(), true, AcvFileFilters::crosswalk() ) );
  const auto advanced = [this]( QgsProcessingParameterDefinition *parameter )
  {
    parameter->setFlags( parameter->flags() | AcvProcessingEnums::Advanced );
    addParameter( parameter );
  };
  advanced( new AcvSheetParameter( QStringLiteral( "CROSSWALK_SHEET" ), tr( "Crosswalk sheet (empty: the first non-empty one)" ), QStringLiteral( "CROSSWALK" ) ) );
  advanced( new QgsProcessingParameterBoolean( QStringLiteral( "PARTIAL_BY_AREA" ), tr( "Apportion split units by area (with the old boundaries)" ), false ) );
  advanced( new QgsProcessingParameterVectorLayer( QStringLiteral( "OLD_BOUNDARIES" ), tr( "Old units' boundaries, to apportion split units by area" ), QList<int>() << static_cast<int>( AcvProcessingEnums::VectorPolygon ), QVariant(), true ) );
  column( QStringLiteral( "AGGREGATE_BY" ), tr( "Sum the rows by this column, e.g. communes into districts (empty: none)" ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "NUMBER_FORMAT" ), tr( "Numbers typed as text" ),
                                                QStringList{ tr( "Detected per column" ), tr( "Vietnamese (1.234,5)" ), tr( "English (1,234.5)" ) }, false, 0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "TARGET" ), tr( "Target (% of smartphone users)" ), AcvProcessingEnums::Double, AcvMetrics::kDefaultTargetPct, false, 0, 100 ) );
}

void AcvCoverageAlgorithm::addStyleParameters()
{
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "CLASSES" ), tr( "Classification" ), schemeTitles(), false, 0 ) );
  addParameter( new QgsProcessingParameterNumber( QStringLiteral( "CLASS_COUNT" ), tr( "Number of classes" ), AcvProcessingEnums::Integer, 5, false, AcvClassification::kMinClasses, AcvClassification::kMaxClasses ) );
  QStringList ramps = AcvClassColors::rampNames();
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "RAMP" ), tr( "Colour ramp" ), ramps, false, std::max( 0, static_cast<int>( ramps.indexOf( AcvClassColors::defaultSequentialRamp() ) ) ) ) );
  addParameter( new QgsProcessingParameterEnum( QStringLiteral( "LANGUAGE" ), tr( "Language of labels and legend" ), QStringList{ tr( "Vietnamese" ), tr( "English" ) }, false, 0 ) );
  addParameter( new QgsProcessingParameterBoolean( QStringLiteral( "LABELS" ), tr( "Label localities" ), true ) );
}

bool AcvCoverageAlgorithm::prepareAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback * )
{
  mOptions = AcvCoverageJobOptions();
  QgsVectorLayer *layer = parameterAsVectorLayer( parameters, QStringLiteral( "BOUNDARIES" ), context );
  if ( !layer )
    throw QgsProcessingException( invalidSourceError( parameters, QStringLiteral( "BOUNDARIES" ) ) );
  QString error;
  if ( !AcvLayerSource::boundaryFile( layer, QgsProcessingUtils::tempFolder(), mOptions.boundaries, mOptions.boundaryLayer, error ) )
    throw QgsProcessingException( error );
  mOptions.boundaryKey = parameterAsString( parameters, QStringLiteral( "BOUNDARY_KEY" ), context );
  mOptions.boundaryParent = parameterAsString( parameters, QStringLiteral( "BOUNDARY_PARENT" ), context );
  mOptions.stats = parameterAsFile( parameters, QStringLiteral( "STATISTICS" ), context );
  mOptions.statsSheet = parameterAsString( parameters, QStringLiteral( "SHEET" ), context ).trimmed();
  mOptions.statsKey = parameterAsString( parameters, QStringLiteral( "STATS_KEY" ), context ).trimmed();
  mOptions.statsParent = parameterAsString( parameters, QStringLiteral( "STATS_PARENT" ), context ).trimmed();
  mOptions.installsColumn = parameterAsString( parameters, QStringLiteral( "INSTALLS" ), context ).trimmed();
  mOptions.smartphonesColumn = parameterAsString( parameters, QStringLiteral( "SMARTPHONES" ), context ).trimmed();
  mOptions.populationColumn = parameterAsString( parameters, QStringLiteral( "POPULATION" ), context ).trimmed();
  mOptions.mapping = parameterAsFile( parameters, QStringLiteral( "MAPPING" ), context );
  AcvRemapChoice remap;
  remap.crosswalk = parameterAsFile( parameters, QStringLiteral( "CROSSWALK" ), context );
  remap.crosswalkSheet = parameterAsString( parameters, QStringLiteral( "CROSSWALK_SHEET" ), context ).trimmed();
  remap.byArea = parameterAsBoolean( parameters, QStringLiteral( "PARTIAL_BY_AREA" ), context );
  remap.aggregateBy = parameterAsString( parameters, QStringLiteral( "AGGREGATE_BY" ), context ).trimmed();
  // Like the boundaries: a layer of the project is read here, on the main thread, as a file.
  if ( QgsVectorLayer *oldLayer = remap.byArea ? parameterAsVectorLayer( parameters, QStringLiteral( "OLD_BOUNDARIES" ), context ) : nullptr )
  {
    if ( !AcvLayerSource::boundaryFile( oldLayer, QgsProcessingUtils::tempFolder(), remap.oldBoundaries, remap.oldBoundaryLayer, error ) )
      throw QgsProcessingException( error );
  }
  if ( !remap.apply( mOptions, error ) )
    throw QgsProcessingException( error );
  mOptions.targetPct = parameterAsDouble( parameters, QStringLiteral( "TARGET" ), context );
  const AcvNumberConvention conventions[] = { AcvNumberConvention::Auto, AcvNumberConvention::Vietnamese, AcvNumberConvention::English };
  mOptions.numberFormat = conventions[std::clamp( parameterAsEnum( parameters, QStringLiteral( "NUMBER_FORMAT" ), context ), 0, 2 )];

  if ( parameterDefinition( QStringLiteral( "CLASSES" ) ) )
  {
    AcvStyleOptions &style = mOptions.style;
    const int scheme = parameterAsEnum( parameters, QStringLiteral( "CLASSES" ), context );
    const QVector<AcvClassificationScheme> schemes = AcvClassification::choosableSchemes();
    style.classification.scheme = schemes.value( std::clamp( scheme, 0, static_cast<int>( schemes.size() ) - 1 ) );
    style.classification.classCount = parameterAsInt( parameters, QStringLiteral( "CLASS_COUNT" ), context );
    style.ramp = AcvClassColors::rampNames().value( parameterAsEnum( parameters, QStringLiteral( "RAMP" ), context ) );
    mOptions.language = parameterAsEnum( parameters, QStringLiteral( "LANGUAGE" ), context ) == 1 ? AcvLanguage::English : AcvLanguage::Vietnamese;
    style.labels = parameterAsBoolean( parameters, QStringLiteral( "LABELS" ), context );
    style.language = mOptions.language;
    style.classification.targetPct = mOptions.targetPct;
  }
  return true;
}

AcvCoverageResult AcvCoverageAlgorithm::runJob( const AcvCoverageJobOptions &options, QgsProcessingFeedback *feedback ) const
{
  // Messages reach the log as they arise; the job moves the progress bar and honours Cancel.
  AcvCoverageRunHooks hooks;
  hooks.featureListProvider = false; // inside QGIS, which may unload this plugin
  hooks.onMessage = [feedback]( const AcvMessage &message )
  {
    if ( !feedback )
      return;
    switch ( message.level )
    {
      case AcvMessage::Level::Info:
      case AcvMessage::Level::Notice:
        feedback->pushInfo( message.toString() );
        break;
      case AcvMessage::Level::Warning:
        feedback->reportError( message.toString(), false );
        break;
      case AcvMessage::Level::Error:
        break; // thrown below, once
    }
  };
  const AcvCoverageResult result = AcvCoverageRun::run( options, feedback, hooks );
  if ( !result.ok )
    throw QgsProcessingException( result.error().toString() );
  return result;
}
