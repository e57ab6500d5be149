/***************************************************************************
  testacvcoveragestyle.cpp - rules, legend, labels and style files of the coverage layer
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvclassification.h"
#include "acvcoveragelabeling.h"
#include "acvcoveragestyle.h"
#include "acvcoveragesymbols.h"
#include "acvjoinedsample.h"
#include "acvstyledescription.h"
#include "acvstylefile.h"

#include <qgsexpression.h>
#include <qgsexpressioncontext.h>
#include <qgsfeature.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslegendsymbolitem.h>
#include <qgspallabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgssymbollayer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QDomDocument>
#include <QFile>

#include <gtest/gtest.h>

#include <memory>

namespace
{
std::unique_ptr<QgsVectorLayer> joinedLayer( AcvScratch &scratch, const QStringList &dropRows = {} )
{
  QString error;
  const QString path = acvWriteJoinedGiaLai( scratch, error, dropRows );
  EXPECT_FALSE( path.isEmpty() ) << error.toStdString();
  auto layer = std::make_unique<QgsVectorLayer>( path + QStringLiteral( "|layername=coverage" ), QStringLiteral( "coverage" ), QStringLiteral( "ogr" ) );
  EXPECT_TRUE( layer->isValid() );
  return layer;
}

QStringList legendLabels( const QgsVectorLayer &layer )
{
  QStringList labels;
  for ( const QgsLegendSymbolItem &item : layer.renderer()->legendSymbolItems() )
    labels.append( item.label() );
  return labels;
}

QString evaluateLabel( QgsVectorLayer &layer, const QString &locality )
{
  QgsExpression expression( layer.labeling()->settings().fieldName );
  QgsExpressionContext context;
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    if ( feature.attribute( QStringLiteral( "locality" ) ).toString() == locality )
    {
      context.setFeature( feature );
      context.setFields( layer.fields() );
      return expression.evaluate( &context ).toString();
    }
  }
  return QStringLiteral( "(no feature %1)" ).arg( locality );
}
} // namespace

TEST( AcvCoverageStyle, TargetClassesNoDataAndBelowTargetInTheLegend )
{
  AcvScratch scratch;
  std::unique_ptr<QgsVectorLayer> layer = joinedLayer( scratch, { QStringLiteral( "Krông Pa" ) } );
  AcvStyleOptions options;
  AcvStyleSummary summary;
  QString error;
  ASSERT_TRUE( AcvCoverageStyle::apply( *layer, options, summary, error ) ) << error.toStdString();

  EXPECT_EQ( legendLabels( *layer ), ( QStringList{ u8( "0–15 %" ), u8( "15–30 %" ), u8( "30–45 %" ), u8( "45–60 %" ), u8( "60–100 %" ),
                                                    u8( "Dưới mục tiêu (< 60 %)" ), u8( "Không có số liệu" ) } ) );
  EXPECT_EQ( layer->name(), u8( "Tỷ lệ cài đặt trên người dùng ĐTTM – Mục tiêu 60 %" ) );
  EXPECT_EQ( summary.noDataCount, 1 );
  int classified = 0;
  for ( const AcvStyleClass &styleClass : summary.classes )
    classified += styleClass.count;
  EXPECT_EQ( classified, 16 );
  // The annex: An Khê, Ayun Pa and Đak Pơ reach 60 %; Krông Pa has no row.
  EXPECT_EQ( summary.belowTargetCount, 13 );
  EXPECT_EQ( summary.classes.constLast().count, 3 );
  EXPECT_TRUE( layer->renderer()->usingSymbolLevels() );
}

TEST( AcvCoverageStyle, EachValueMatchesTheRuleOfItsClass )
{
  // The rules' filters and AcvClassification::classOf put every value in the same class, on the
  // breaks too, whether classes include their upper bound (QGIS's methods) or their lower one
  // (target and manual classes); the outer classes are open-ended.
  for ( const AcvClassificationScheme scheme : { AcvClassificationScheme::Target, AcvClassificationScheme::Quantile, AcvClassificationScheme::EqualInterval } )
  {
    AcvScratch scratch;
    std::unique_ptr<QgsVectorLayer> layer = joinedLayer( scratch );
    AcvStyleOptions options;
    options.classification.scheme = scheme;
    AcvStyleSummary summary;
    QString error;
    ASSERT_TRUE( AcvCoverageStyle::apply( *layer, options, summary, error ) ) << error.toStdString();
    auto *renderer = static_cast<QgsRuleBasedRenderer *>( layer->renderer() );
    const int classCount = static_cast<int>( summary.classes.size() );
    QVector<double> breaks;
    for ( const AcvStyleClass &styleClass : summary.classes )
      breaks << styleClass.lower;
    breaks << summary.classes.constLast().upper;
    const bool upperInclusive = AcvClassification::upperBoundInclusive( scheme );
    // Every break, the midpoints between them, and the layer's own values.
    QVector<double> values = breaks;
    for ( int i = 0; i + 1 < breaks.size(); ++i )
      values << ( breaks.at( i ) + breaks.at( i + 1 ) ) / 2;
    QgsFeature feature;
    QgsFeatureIterator it = layer->getFeatures();
    while ( it.nextFeature( feature ) )
    {
      if ( !feature.attribute( QStringLiteral( "coverage_pct" ) ).isNull() )
        values << feature.attribute( QStringLiteral( "coverage_pct" ) ).toDouble();
    }
    QgsFeature probe( layer->fields() );
    probe.initAttributes( layer->fields().count() );
    const int field = layer->fields().indexOf( QStringLiteral( "coverage_pct" ) );
    for ( const double value : std::as_const( values ) )
    {
      probe.setAttribute( field, value );
      QgsExpressionContext context;
      context.setFeature( probe );
      QVector<int> matched;
      for ( int i = 0; i < classCount; ++i )
      {
        QgsExpression filter( renderer->rootRule()->children().at( i )->filterExpression() );
        filter.prepare( &context );
        if ( filter.evaluate( &context ).toBool() )
          matched << i;
      }
      EXPECT_EQ( matched, QVector<int>( { AcvClassification::classOf( breaks, value, upperInclusive ) } ) )
          << "scheme " << static_cast<int>( scheme ) << ", value " << value;
    }
    // A figure edited later beyond the breaks still falls in an outer class.
    for ( const double beyond : { breaks.constFirst() - 1, breaks.constLast() + 1 } )
    {
      probe.setAttribute( field, beyond );
      QgsExpressionContext context;
      context.setFeature( probe );
      int matches = 0;
      for ( int i = 0; i < classCount; ++i )
        matches += QgsExpression( renderer->rootRule()->children().at( i )->filterExpression() ).evaluate( &context ).toBool() ? 1 : 0;
      EXPECT_EQ( matches, 1 ) << beyond;
    }
  }
}

TEST( AcvCoverageStyle, EnglishLegendWithCountsAndAnotherTarget )
{
  AcvScratch scratch;
  std::unique_ptr<QgsVectorLayer> layer = joinedLayer( scratch );
  AcvStyleOptions options;
  options.language = AcvLanguage::English;
  options.classification.targetPct = 20;
  options.classification.classCount = 3;
  options.legendCounts = true;
  AcvStyleSummary summary;
  QString error;
  ASSERT_TRUE( AcvCoverageStyle::apply( *layer, options, summary, error ) ) << error.toStdString();
  const QStringList labels = legendLabels( *layer );
  ASSERT_EQ( labels.size(), 5 );
  // The lowest, Ia Pa, has 2.354 installs of 23.506: 10.01 %, in the second class.
  EXPECT_EQ( labels.at( 0 ), u8( "0–10% (0)" ) );
  EXPECT_EQ( labels.at( 1 ), u8( "10–20% (12)" ) );
  EXPECT_EQ( labels.at( 2 ), u8( "20–100% (5)" ) );
  EXPECT_EQ( labels.at( 3 ), u8( "Below target (< 20%) (12)" ) );
  EXPECT_EQ( labels.at( 4 ), u8( "No data (0)" ) );
  EXPECT_EQ( layer->name(), u8( "Installs per smartphone user – Target 20%" ) );
}

TEST( AcvCoverageStyle, LabelsWriteNumbersTheLanguagesWay )
{
  AcvScratch scratch;
  std::unique_ptr<QgsVectorLayer> layer = joinedLayer( scratch, { QStringLiteral( "Krông Pa" ) } );
  AcvStyleOptions options;
  AcvStyleSummary summary;
  QString error;
  ASSERT_TRUE( AcvCoverageStyle::apply( *layer, options, summary, error ) ) << error.toStdString();
  ASSERT_TRUE( layer->labelsEnabled() );
  // 29.178 installs of 129.015 smartphone users: 22,6 %. The admin type is left off the label.
  EXPECT_EQ( evaluateLabel( *layer, u8( "Thành phố Pleiku" ) ), u8( "Pleiku\n22,6 %" ) );
  EXPECT_EQ( evaluateLabel( *layer, u8( "Huyện Krông Pa" ) ), u8( "Krông Pa" ) );

  options.language = AcvLanguage::English;
  ASSERT_TRUE( AcvCoverageStyle::apply( *layer, options, summary, error ) ) << error.toStdString();
  EXPECT_EQ( evaluateLabel( *layer, u8( "Thành phố Pleiku" ) ), u8( "Pleiku\n22.6%" ) );
  EXPECT_EQ( evaluateLabel( *layer, u8( "Thị xã An Khê" ) ), u8( "An Khê\n64.2%" ) );

  options.labels = false;
  ASSERT_TRUE( AcvCoverageStyle::apply( *layer, options, summary, error ) ) << error.toStdString();
  EXPECT_FALSE( layer->labelsEnabled() );
}

TEST( AcvCoverageStyle, BelowTargetOnlyDropsTheClassesAtOrAboveIt )
{
  AcvScratch scratch;
  std::unique_ptr<QgsVectorLayer> layer = joinedLayer( scratch );
  AcvStyleOptions options;
  options.belowTargetOnly = true;
  AcvStyleSummary summary;
  QString error;
  ASSERT_TRUE( AcvCoverageStyle::apply( *layer, options, summary, error ) ) << error.toStdString();
  EXPECT_EQ( legendLabels( *layer ), ( QStringList{ u8( "0–15 %" ), u8( "15–30 %" ), u8( "30–45 %" ), u8( "45–60 %" ), u8( "Đạt mục tiêu (≥ 60 %)" ),
                                                    u8( "Dưới mục tiêu (< 60 %)" ), u8( "Không có số liệu" ) } ) );
  auto *renderer = dynamic_cast<QgsRuleBasedRenderer *>( layer->renderer() );
  ASSERT_NE( renderer, nullptr );
  EXPECT_TRUE( renderer->rootRule()->children().at( 0 )->filterExpression().contains( QStringLiteral( "\"coverage_pct\" < 60" ) ) );
  EXPECT_EQ( renderer->rootRule()->children().at( 4 )->symbol()->color(), AcvCoverageSymbols::contextFillColor() );
}

TEST( AcvCoverageStyle, ClassifiesCountFieldsWithCountLabels )
{
  AcvScratch scratch;
  std::unique_ptr<QgsVectorLayer> layer = joinedLayer( scratch );
  AcvStyleOptions options;
  options.field = QStringLiteral( "installs" );
  options.classification.scheme = AcvClassificationScheme::Jenks;
  options.classification.classCount = 4;
  AcvStyleSummary summary;
  QString error;
  ASSERT_TRUE( AcvCoverageStyle::apply( *layer, options, summary, error ) ) << error.toStdString();
  ASSERT_EQ( summary.classes.size(), 4 );
  // Installs run from 2.081 (Kông Chro) to 29.178 (Pleiku), grouped the Vietnamese way.
  EXPECT_TRUE( summary.classes.constFirst().range.startsWith( QStringLiteral( "2.081" ) ) ) << summary.classes.constFirst().range.toStdString();
  EXPECT_TRUE( summary.classes.constLast().range.endsWith( QStringLiteral( "29.178" ) ) ) << summary.classes.constLast().range.toStdString();
  EXPECT_EQ( layer->name(), u8( "Số lượt cài đặt – Mục tiêu 60 %" ) );

  options.classification.scheme = AcvClassificationScheme::Target;
  EXPECT_FALSE( AcvCoverageStyle::apply( *layer, options, summary, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "target scheme" ) ) ) << error.toStdString();
  options.field = QStringLiteral( "name" );
  options.classification.scheme = AcvClassificationScheme::Jenks;
  EXPECT_FALSE( AcvCoverageStyle::apply( *layer, options, summary, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "not numeric" ) ) ) << error.toStdString();
  options.field = QStringLiteral( "coverage_rate" );
  EXPECT_FALSE( AcvCoverageStyle::apply( *layer, options, summary, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "no field 'coverage_rate'" ) ) ) << error.toStdString();
}

TEST( AcvCoverageStyle, BandIsHeavyForDistrictsAndThinnerForMany )
{
  EXPECT_DOUBLE_EQ( AcvCoverageSymbols::belowTargetWidthMm( 17 ), 0.8 );
  EXPECT_LT( AcvCoverageSymbols::belowTargetWidthMm( 63 ), 0.5 );
  EXPECT_DOUBLE_EQ( AcvCoverageSymbols::belowTargetWidthMm( 10000 ), 0.3 );
}

TEST( AcvStyleFile, QmlRoundTripKeepsClassesColoursAndLabels )
{
  AcvScratch scratch;
  std::unique_ptr<QgsVectorLayer> layer = joinedLayer( scratch, { QStringLiteral( "Krông Pa" ) } );
  AcvStyleOptions options;
  options.classification.scheme = AcvClassificationScheme::Jenks;
  options.ramp = QStringLiteral( "PuBu" );
  AcvStyleSummary summary;
  QString error;
  ASSERT_TRUE( AcvCoverageStyle::apply( *layer, options, summary, error ) ) << error.toStdString();
  const QString qml = scratch.path( QStringLiteral( "jenks.qml" ) );
  ASSERT_TRUE( AcvStyleFile::save( *layer, qml, error ) ) << error.toStdString();

  QgsVectorLayer reloaded( layer->source(), QStringLiteral( "again" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( AcvStyleFile::load( reloaded, qml, error ) ) << error.toStdString();
  // The layer's borders scale with its localities (map units, capped at 0.2 mm); the file, meant
  // for other layers and CRSs too, carries them at their cap. Otherwise the style is the same.
  auto *live = dynamic_cast<QgsRuleBasedRenderer *>( layer->renderer() );
  ASSERT_TRUE( live );
  const auto *firstClass = dynamic_cast<const QgsSimpleFillSymbolLayer *>( live->rootRule()->children().constFirst()->symbol()->symbolLayer( 0 ) );
  ASSERT_TRUE( firstClass );
  EXPECT_EQ( firstClass->strokeWidthUnit(), QgsUnitTypes::RenderMapUnits );
  EXPECT_DOUBLE_EQ( firstClass->strokeWidthMapUnitScale().maxSizeMM, 0.2 );
  for ( QgsRuleBasedRenderer::Rule *rule : live->rootRule()->descendants() )
  {
    if ( rule->symbol() )
      AcvCoverageSymbols::setBorder( static_cast<QgsFillSymbol *>( rule->symbol() ), 0 );
  }
  const QStringList before = acvDescribeStyle( *layer );
  EXPECT_EQ( acvDescribeStyle( reloaded ), before );
  EXPECT_EQ( before.size(), summary.classes.size() + 2 + 2 ); // classes, band, no data, levels, labels
  for ( const AcvStyleClass &styleClass : summary.classes )
  {
    const QString rgb = QStringLiteral( "color=%1,%2,%3,255" ).arg( styleClass.color.red() ).arg( styleClass.color.green() ).arg( styleClass.color.blue() );
    EXPECT_TRUE( before.join( QLatin1Char( '\n' ) ).contains( rgb ) ) << rgb.toStdString();
  }
}

TEST( AcvStyleFile, SldHasOneRuleForEachLegendEntry )
{
  AcvScratch scratch;
  std::unique_ptr<QgsVectorLayer> layer = joinedLayer( scratch );
  AcvStyleOptions options;
  AcvStyleSummary summary;
  QString error;
  ASSERT_TRUE( AcvCoverageStyle::apply( *layer, options, summary, error ) ) << error.toStdString();
  const QString sld = scratch.path( QStringLiteral( "coverage.sld" ) );
  ASSERT_TRUE( AcvStyleFile::save( *layer, sld, error ) ) << error.toStdString();
  QFile file( sld );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
  QDomDocument document;
  ASSERT_TRUE( document.setContent( &file, true ) );
  const QDomNodeList rules = document.elementsByTagNameNS( QStringLiteral( "http://www.opengis.net/se" ), QStringLiteral( "Rule" ) );
  int drawing = 0;
  int labelling = 0;
  for ( int i = 0; i < rules.size(); ++i )
  {
    const QDomElement rule = rules.at( i ).toElement();
    drawing += rule.elementsByTagNameNS( QStringLiteral( "http://www.opengis.net/se" ), QStringLiteral( "PolygonSymbolizer" ) ).size() + rule.elementsByTagNameNS( QStringLiteral( "http://www.opengis.net/se" ), QStringLiteral( "LineSymbolizer" ) ).size() > 0
                   ? 1
                   : 0;
    labelling += rule.elementsByTagNameNS( QStringLiteral( "http://www.opengis.net/se" ), QStringLiteral( "TextSymbolizer" ) ).size() > 0 ? 1 : 0;
  }
  EXPECT_EQ( drawing, summary.classes.size() + 2 ); // the classes, the below-target band, no data
  EXPECT_EQ( labelling, 1 );

  // The layer's no-data rule is an ELSE rule; a drawing rule without a filter would paint every
  // feature in a map server, so the SLD spells it out as "coverage_pct IS NULL".
  const QString ogc = QStringLiteral( "http://www.opengis.net/ogc" );
  int nullTests = 0;
  for ( int i = 0; i < rules.size(); ++i )
  {
    const QDomElement rule = rules.at( i ).toElement();
    const bool draws = !rule.elementsByTagNameNS( QStringLiteral( "http://www.opengis.net/se" ), QStringLiteral( "PolygonSymbolizer" ) ).isEmpty();
    if ( !draws )
      continue;
    EXPECT_EQ( rule.elementsByTagNameNS( ogc, QStringLiteral( "Filter" ) ).size(), 1 ) << "rule " << i << " has no filter";
    const QDomNodeList isNull = rule.elementsByTagNameNS( ogc, QStringLiteral( "PropertyIsNull" ) );
    if ( !isNull.isEmpty() )
    {
      ++nullTests;
      EXPECT_EQ( isNull.at( 0 ).toElement().text().trimmed(), QStringLiteral( "coverage_pct" ) );
    }
  }
  EXPECT_EQ( nullTests, 1 );
  EXPECT_FALSE( document.toString().contains( QStringLiteral( "Parser Error" ) ) );
  // Writing the SLD leaves the layer drawing with its ELSE rule.
  auto *renderer = dynamic_cast<QgsRuleBasedRenderer *>( layer->renderer() );
  ASSERT_TRUE( renderer );
  EXPECT_TRUE( renderer->rootRule()->children().constLast()->isElse() );
  const QString text = document.toString();
  for ( const AcvStyleClass &styleClass : summary.classes )
    EXPECT_TRUE( text.contains( styleClass.color.name(), Qt::CaseInsensitive ) ) << styleClass.color.name().toStdString();
  EXPECT_TRUE( text.contains( u8( "Không có số liệu" ) ) );
}

TEST( AcvStyleFile, RefusesStylesThatCannotDrawThisLayer )
{
  AcvScratch scratch;
  std::unique_ptr<QgsVectorLayer> layer = joinedLayer( scratch );
  QString error;
  EXPECT_FALSE( AcvStyleFile::load( *layer, scratch.path( QStringLiteral( "none.qml" ) ), error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "no such style file" ) ) ) << error.toStdString();

  const QString garbage = scratch.write( QStringLiteral( "garbage.qml" ), "this is not a style" );
  EXPECT_FALSE( AcvStyleFile::load( *layer, garbage, error ) );
  EXPECT_TRUE( error.contains( garbage ) ) << error.toStdString();

  AcvStyleOptions options;
  AcvStyleSummary summary;
  ASSERT_TRUE( AcvCoverageStyle::apply( *layer, options, summary, error ) ) << error.toStdString();
  const QString good = scratch.path( QStringLiteral( "good.qml" ) );
  ASSERT_TRUE( AcvStyleFile::save( *layer, good, error ) ) << error.toStdString();
  QFile file( good );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
  // An analyst's style written for a layer whose field was called differently.
  const QString renamed = scratch.write( QStringLiteral( "renamed.qml" ), QString::fromUtf8( file.readAll() ).replace( QStringLiteral( "coverage_pct" ), QStringLiteral( "ty_le_pct" ) ).toUtf8() );
  EXPECT_FALSE( AcvStyleFile::load( *layer, renamed, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "ty_le_pct" ) ) && error.contains( renamed ) ) << error.toStdString();

  EXPECT_FALSE( AcvStyleFile::save( *layer, scratch.path( QStringLiteral( "style.txt" ) ), error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( ".qml" ) ) ) << error.toStdString();
}
