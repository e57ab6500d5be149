/***************************************************************************
  acvcoveragestyle.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragestyle.h"
#include "acvmetrics.h"
#include "acvclasscolors.h"
#include "acvcoveragelabeling.h"
#include "acvcoveragesymbols.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsfillsymbol.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <algorithm>
#include <cmath>

namespace
{
const QString kCoverageField = QStringLiteral( "coverage_pct" );

QString literal( double value )
{
  return QString::number( value, 'g', 17 );
}

QString quoted( const QString &field )
{
  return QStringLiteral( "\"%1\"" ).arg( QString( field ).replace( QLatin1Char( '"' ), QLatin1String( "\"\"" ) ) );
}

/**
 * The rule filter of class \a index, with the same bounds as AcvClassification::classOf for
 * every value the breaks span (they span all of the layer's). The outer classes are open-ended
 * ("< 15", ">= 60"): a figure edited later beyond the breaks still gets a colour rather than
 * the no-data hatch, and each open end spares QGIS an AND, the dearest part of evaluating a
 * filter (a quarter of a national map's filter work).
 */
QString rangeFilter( const QString &field, const QVector<double> &breaks, int index, bool upperInclusive )
{
  const bool first = index == 0;
  const bool last = index == breaks.size() - 2;
  const QString lowerOperator = !upperInclusive || first ? QStringLiteral( ">=" ) : QStringLiteral( ">" );
  const QString upperOperator = upperInclusive || last ? QStringLiteral( "<=" ) : QStringLiteral( "<" );
  const QString lower = QStringLiteral( "%1 %2 %3" ).arg( quoted( field ), lowerOperator, literal( breaks.at( index ) ) );
  const QString upper = QStringLiteral( "%1 %2 %3" ).arg( quoted( field ), upperOperator, literal( breaks.at( index + 1 ) ) );
  if ( first && last )
    return QStringLiteral( "%1 AND %2" ).arg( lower, upper );
  if ( first )
    return upper;
  if ( last )
    return lower;
  return QStringLiteral( "%1 AND %2" ).arg( lower, upper );
}

QString belowTargetFilter( double targetPct )
{
  return AcvMetrics::belowTargetExpression( kCoverageField, targetPct );
}

QString withCount( const QString &label, int count, bool show )
{
  return show ? QStringLiteral( "%1 (%2)" ).arg( label ).arg( count ) : label;
}

QString classLabel( const QString &field, double lower, double upper, AcvLanguage language )
{
  if ( AcvCoverageStyle::isPercentField( field ) )
    return AcvLanguageText::percentRange( lower, upper, 1, language );
  return AcvLanguageText::compactNumber( lower, 0, language ) + QChar( 0x2013 ) + AcvLanguageText::compactNumber( upper, 0, language );
}

//! The target as legends write it: "60 %" (vi) or "60%" (en), a decimal only when it has one.
QString targetPercent( double targetPct, AcvLanguage language )
{
  return AcvLanguageText::percent( targetPct, std::fmod( targetPct, 1.0 ) == 0.0 ? 0 : 1, language );
}

//! \a sourceText, marked QT_TRANSLATE_NOOP( "AcvCoverageStyle", ... ), in the legend's language.
QString legendText( AcvLanguage language, const char *sourceText )
{
  return AcvLanguageText::translated( language, "AcvCoverageStyle", sourceText );
}

QString measureName( const QString &field, AcvLanguage language )
{
  if ( field == kCoverageField )
    return legendText( language, QT_TRANSLATE_NOOP( "AcvCoverageStyle", "Installs per smartphone user" ) );
  if ( field == QLatin1String( "population_pct" ) )
    return legendText( language, QT_TRANSLATE_NOOP( "AcvCoverageStyle", "Installs per resident" ) );
  if ( field == QLatin1String( "installs" ) )
    return legendText( language, QT_TRANSLATE_NOOP( "AcvCoverageStyle", "Installs" ) );
  if ( field == QLatin1String( "gap_installs" ) )
    return legendText( language, QT_TRANSLATE_NOOP( "AcvCoverageStyle", "Installs still needed for the target" ) );
  if ( field == QLatin1String( "smartphones" ) )
    return legendText( language, QT_TRANSLATE_NOOP( "AcvCoverageStyle", "Smartphone users" ) );
  if ( field == QLatin1String( "population" ) )
    return legendText( language, QT_TRANSLATE_NOOP( "AcvCoverageStyle", "Population" ) );
  return field;
}
} // namespace

bool AcvCoverageStyle::isPercentField( const QString &field )
{
  return field.endsWith( QLatin1String( "_pct" ) );
}

QString AcvCoverageStyle::title( const AcvStyleOptions &options )
{
  const double target = options.classification.targetPct;
  const QString targetText = legendText( options.language, QT_TRANSLATE_NOOP( "AcvCoverageStyle", "Target %1" ) ).arg( targetPercent( target, options.language ) );
  return QStringLiteral( "%1 – %2" ).arg( measureName( options.field, options.language ), targetText );
}

QString AcvCoverageStyle::noDataLabel( AcvLanguage language )
{
  return legendText( language, QT_TRANSLATE_NOOP( "AcvCoverageStyle", "No data" ) );
}

QString AcvCoverageStyle::belowTargetLabel( double targetPct, AcvLanguage language )
{
  const QString target = targetPercent( targetPct, language );
  return legendText( language, QT_TRANSLATE_NOOP( "AcvCoverageStyle", "Below target (< %1)" ) ).arg( target );
}

QString AcvCoverageStyle::atOrAboveTargetLabel( double targetPct, AcvLanguage language )
{
  const QString target = targetPercent( targetPct, language );
  return legendText( language, QT_TRANSLATE_NOOP( "AcvCoverageStyle", "At or above target (≥ %1)" ) ).arg( target );
}

bool AcvCoverageStyle::apply( QgsVectorLayer &layer, const AcvStyleOptions &options, AcvStyleSummary &summary, QString &error )
{
  summary = AcvStyleSummary();
  const int fieldIndex = layer.fields().lookupField( options.field );
  const int coverageIndex = layer.fields().lookupField( kCoverageField );
  if ( fieldIndex < 0 )
  {
    error = QStringLiteral( "%1: the layer has no field '%2' to classify (fields: %3)" ).arg( layer.source(), options.field, layer.fields().names().join( QLatin1String( ", " ) ) );
    return false;
  }
  if ( !layer.fields().at( fieldIndex ).isNumeric() )
  {
    error = QStringLiteral( "%1: field '%2' is not numeric and cannot be classified" ).arg( layer.source(), options.field );
    return false;
  }
  if ( coverageIndex < 0 )
  {
    error = QStringLiteral( "%1: the layer has no '%2' field; style a layer joined by coverage-map" ).arg( layer.source(), kCoverageField );
    return false;
  }
  if ( options.diverging && !isPercentField( options.field ) )
  {
    error = QStringLiteral( "a ramp diverging around the target needs a percentage field, not '%1'" ).arg( options.field );
    return false;
  }
  if ( options.classification.scheme == AcvClassificationScheme::Target && !isPercentField( options.field ) )
  {
    error = QStringLiteral( "the target scheme classifies percentages; choose another --classes for '%1'" ).arg( options.field );
    return false;
  }

  // One pass over the features: the classified values, the no-data count, the below-target
  // count, and the localities' sizes.
  const double target = options.classification.targetPct;
  QVector<double> values;
  QVector<double> sizes;
  QgsFeatureRequest request;
  request.setSubsetOfAttributes( QgsAttributeList{ fieldIndex, coverageIndex } );
  QgsFeatureIterator it = layer.getFeatures( request );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feature.hasGeometry() )
    {
      const QgsRectangle box = feature.geometry().boundingBox();
      sizes.append( std::sqrt( box.width() * box.height() ) );
    }
    const QVariant value = feature.attribute( fieldIndex );
    bool ok = false;
    const double number = value.isNull() ? 0.0 : value.toDouble( &ok );
    if ( ok && std::isfinite( number ) )
      values.append( number );
    else
      ++summary.noDataCount;
    const QVariant coverage = feature.attribute( coverageIndex );
    if ( !coverage.isNull() && AcvMetrics::isBelowTarget( coverage.toDouble(), target ) )
      ++summary.belowTargetCount;
  }

  // A typical locality's size (the median of its bounding box's side), which sets how much
  // border and band the map can carry at a given scale.
  if ( !sizes.isEmpty() )
  {
    std::nth_element( sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end() );
    summary.localitySize = sizes.at( sizes.size() / 2 );
    const QgsUnitTypes::DistanceUnit units = layer.crs().isValid() ? layer.crs().mapUnits() : QgsUnitTypes::DistanceUnknownUnit;
    const double toMetres = units == QgsUnitTypes::DistanceUnknownUnit ? 1.0 : QgsUnitTypes::fromUnitToUnitFactor( units, QgsUnitTypes::DistanceMeters );
    summary.bandMinimumScale = AcvCoverageSymbols::bandMinimumScale( summary.localitySize * toMetres );
  }

  QVector<double> breaks;
  if ( !AcvClassification::breaks( values, options.classification, breaks, summary.warnings, error ) )
  {
    error = QStringLiteral( "%1, field '%2': %3" ).arg( layer.source(), options.field, error );
    return false;
  }
  const int classCount = breaks.size() - 1;
  int belowClasses = -1;
  if ( options.diverging )
  {
    belowClasses = 0;
    while ( belowClasses < classCount && breaks.at( belowClasses + 1 ) <= target )
      ++belowClasses;
    if ( belowClasses < classCount && breaks.at( belowClasses ) < target )
      summary.warnings.append( QStringLiteral( "the target %1 lies inside a class; the diverging colours split at its upper break" ).arg( target ) );
  }
  const QString rampName = !options.ramp.isEmpty() ? options.ramp : options.diverging ? AcvClassColors::defaultDivergingRamp()
                                                                                      : AcvClassColors::defaultSequentialRamp();
  QVector<QColor> colors;
  if ( !AcvClassColors::colors( rampName, classCount, belowClasses, false, colors, error ) )
    return false;

  const bool upperInclusive = AcvClassification::upperBoundInclusive( options.classification.scheme );
  QVector<int> counts( classCount, 0 );
  for ( const double value : std::as_const( values ) )
  {
    const int index = AcvClassification::classOf( breaks, value, upperInclusive );
    if ( index >= 0 )
      ++counts[index];
  }
  for ( int i = 0; i < classCount; ++i )
  {
    AcvStyleClass styleClass;
    styleClass.lower = breaks.at( i );
    styleClass.upper = breaks.at( i + 1 );
    styleClass.color = colors.at( i );
    styleClass.count = counts.at( i );
    styleClass.range = classLabel( options.field, styleClass.lower, styleClass.upper, options.language );
    styleClass.label = withCount( styleClass.range, styleClass.count, options.legendCounts );
    summary.classes.append( styleClass );
  }

  auto *root = new QgsRuleBasedRenderer::Rule( nullptr );
  for ( int i = 0; i < classCount; ++i )
  {
    const AcvStyleClass &styleClass = summary.classes.at( i );
    QString filter = rangeFilter( options.field, breaks, i, upperInclusive );
    if ( options.belowTargetOnly )
    {
      // A class wholly at or above the target has nothing to show.
      if ( options.field == kCoverageField && styleClass.lower >= target )
        continue;
      filter = QStringLiteral( "(%1) AND %2" ).arg( filter, belowTargetFilter( target ) );
    }
    root->appendChild( new QgsRuleBasedRenderer::Rule( AcvCoverageSymbols::classSymbol( styleClass.color, summary.localitySize ), 0, 0, filter, styleClass.label ) );
  }
  if ( options.belowTargetOnly )
  {
    const QString filter = QStringLiteral( "%1 >= %2" ).arg( quoted( kCoverageField ), literal( target ) );
    root->appendChild( new QgsRuleBasedRenderer::Rule( AcvCoverageSymbols::contextSymbol( summary.localitySize ), 0, 0, filter,
                                                       withCount( atOrAboveTargetLabel( target, options.language ), static_cast<int>( values.size() ) - summary.belowTargetCount, options.legendCounts ) ) );
  }
  // The band shows only where localities are large enough on the page to frame (a scale
  // range on its rule, which QGIS also applies to legends): a national map of communes keeps
  // its class colours, and the band returns when the analyst zooms in or on atlas pages.
  root->appendChild( new QgsRuleBasedRenderer::Rule( AcvCoverageSymbols::belowTargetSymbol( AcvCoverageSymbols::belowTargetWidthMm( static_cast<int>( values.size() ) + summary.noDataCount ) ), 0, summary.bandMinimumScale, belowTargetFilter( target ),
                                                     withCount( belowTargetLabel( target, options.language ), summary.belowTargetCount, options.legendCounts ) ) );
  // On coverage, a locality without a figure matches no other rule, so the no-data rule is an
  // ELSE rule. That is not only shorter: a renderer whose rules all have filters makes QGIS
  // test their OR on every feature before testing each rule again, which doubled the
  // expression work of a national map. Another field can be NULL where coverage is not (and
  // the band then matches), so it keeps its explicit test.
  const QString noDataFilter = options.field == kCoverageField ? QStringLiteral( "ELSE" ) : QStringLiteral( "%1 IS NULL" ).arg( quoted( options.field ) );
  root->appendChild( new QgsRuleBasedRenderer::Rule( AcvCoverageSymbols::noDataSymbol( summary.localitySize ), 0, 0, noDataFilter,
                                                     withCount( noDataLabel( options.language ), summary.noDataCount, options.legendCounts ) ) );
  auto *renderer = new QgsRuleBasedRenderer( root );
  // Symbol levels draw the below-target band (rendering pass 1) after every fill.
  renderer->setUsingSymbolLevels( true );
  layer.setRenderer( renderer );

  if ( options.labels )
  {
    layer.setLabeling( AcvCoverageLabeling::create( options.language, options.belowTargetOnly, target ) );
    layer.setLabelsEnabled( true );
  }
  else
  {
    layer.setLabeling( nullptr );
    layer.setLabelsEnabled( false );
  }
  summary.title = title( options );
  layer.setName( summary.title );
  return true;
}
