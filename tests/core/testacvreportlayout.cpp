/***************************************************************************
  testacvreportlayout.cpp - the report page: template ids, map colours, atomic export
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragemap.h"
#include "acvcoveragestyle.h"
#include "acvreportcontent.h"
#include "acvreportexporter.h"
#include "acvreportlayout.h"
#include "acvtestutils.h"

#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoututils.h>
#include <qgslegendrenderer.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrendercontext.h>
#include <qgsrenderer.h>
#include <qgsrulebasedrenderer.h>
#include <qgslayertreemodellegendnode.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QImage>
#include <QTextStream>

#include <gtest/gtest.h>

namespace
{
//! Runs coverage-map's library function to write a joined GeoPackage.
QString writeJoined( AcvScratch &scratch, const QString &boundaries, const QString &stats )
{
  AcvCoverageJobOptions options;
  options.boundaries = boundaries;
  options.stats = stats;
  options.joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  QString text;
  QTextStream out( &text );
  QTextStream err( &text );
  EXPECT_EQ( acvCoverageMap( options, out, err ), kAcvExitOk ) << text.toStdString();
  return options.joined;
}

//! A project holding the joined layer styled as the command styles it, without labels that could cover the sampled pixels.
QgsVectorLayer *addStyledLayer( QgsProject &project, const QString &joined )
{
  auto *layer = new QgsVectorLayer( joined + QStringLiteral( "|layername=coverage" ), QStringLiteral( "coverage" ), QStringLiteral( "ogr" ) );
  AcvStyleOptions options;
  options.labels = false;
  AcvStyleSummary summary;
  QString error;
  EXPECT_TRUE( AcvCoverageStyle::apply( *layer, options, summary, error ) ) << error.toStdString();
  project.addMapLayer( layer );
  return layer;
}

AcvReportContent contentFor( QgsVectorLayer *layer )
{
  AcvReportContent content;
  content.statisticsDate = QDate( 2020, 8, 20 );
  content.productionDate = QDate( 2024, 1, 5 );
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feature.attribute( QStringLiteral( "below_target" ) ).toBool() )
    {
      AcvBelowTargetRow row;
      row.name = feature.attribute( QStringLiteral( "name" ) ).toString();
      row.gapInstalls = feature.attribute( QStringLiteral( "gap_installs" ) ).toLongLong();
      content.belowTarget.append( row );
    }
  }
  return content;
}

QStringList hiddenEntries( const QString &folder )
{
  return QDir( folder ).entryList( QDir::Hidden | QDir::AllEntries | QDir::NoDotAndDotDot ).filter( QRegularExpression( QStringLiteral( "^\\." ) ) );
}
} // namespace

TEST( AcvReportLayout, EveryTemplateInStylesHasTheItemIdsTheCodeFills )
{
  const QDir styles( QStringLiteral( ACV_SOURCE_GEODATA "/../styles" ) );
  const QStringList templates = styles.entryList( { QStringLiteral( "*.qpt" ) } );
  ASSERT_FALSE( templates.isEmpty() );
  for ( const QString &name : templates )
  {
    QgsProject project;
    QString error;
    std::unique_ptr<QgsPrintLayout> layout = AcvReportLayout::fromTemplate( &project, styles.filePath( name ), error );
    ASSERT_TRUE( layout ) << error.toStdString();
    for ( const QString &id : AcvReportItemIds::all() )
      EXPECT_NE( layout->itemById( id ), nullptr ) << name.toStdString() << " has no item '" << id.toStdString() << "'";
  }
}

TEST( AcvReportLayout, TheDefaultLayoutMatchesTheBundledTemplate )
{
  // styles/acv_report_a4_portrait.qpt is what --save-layout writes for A4 portrait: same items, same places.
  QgsProject project;
  std::unique_ptr<QgsPrintLayout> built = AcvReportLayout::createDefault( &project, AcvPageFormat() );
  QString error;
  std::unique_ptr<QgsPrintLayout> bundled = AcvReportLayout::fromTemplate( &project, QStringLiteral( ACV_SOURCE_GEODATA "/../styles/acv_report_a4_portrait.qpt" ), error );
  ASSERT_TRUE( bundled ) << error.toStdString();
  for ( const QString &id : AcvReportItemIds::all() )
  {
    ASSERT_NE( built->itemById( id ), nullptr );
    ASSERT_NE( bundled->itemById( id ), nullptr );
    const QRectF a = built->itemById( id )->sceneBoundingRect();
    const QRectF b = bundled->itemById( id )->sceneBoundingRect();
    EXPECT_NEAR( a.left(), b.left(), 0.5 ) << id.toStdString();
    EXPECT_NEAR( a.top(), b.top(), 0.5 ) << id.toStdString();
  }
}

TEST( AcvReportLayout, MapFrameShowsEachLocalityInItsClassColour )
{
  AcvScratch scratch;
  const QString joined = writeJoined( scratch, acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ),
                                      acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ) );
  QgsProject project;
  QgsVectorLayer *layer = addStyledLayer( project, joined );
  ASSERT_TRUE( layer->isValid() );
  std::unique_ptr<QgsPrintLayout> layout = AcvReportLayout::createDefault( &project, AcvPageFormat() );
  QString error;
  ASSERT_TRUE( AcvReportLayout::fill( layout.get(), layer, contentFor( layer ), error ) ) << error.toStdString();
  const int dpi = 100;
  QStringList written;
  const QString png = scratch.path( QStringLiteral( "report.png" ) );
  ASSERT_TRUE( AcvReportExporter::exportLayout( layout.get(), png, dpi, written, error ) ) << error.toStdString();
  const QImage image( png );
  ASSERT_FALSE( image.isNull() );

  auto *map = dynamic_cast<QgsLayoutItemMap *>( layout->itemById( AcvReportItemIds::kMap ) );
  const QRectF frame = map->sceneBoundingRect();
  const QgsRectangle extent = map->extent();
  const QgsCoordinateTransform toMap( layer->crs(), map->crs(), project.transformContext() );
  QgsRenderContext context;
  std::unique_ptr<QgsFeatureRenderer> renderer( layer->renderer()->clone() );
  renderer->startRender( context, layer->fields() );
  int checked = 0;
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    // The pole of inaccessibility is far from the border and the below-target band along it.
    QgsGeometry inside = feature.geometry().poleOfInaccessibility( 1e-4 );
    inside.transform( toMap );
    const QgsPointXY point = inside.asPoint();
    const double xMm = frame.left() + ( point.x() - extent.xMinimum() ) / extent.width() * frame.width();
    const double yMm = frame.top() + ( extent.yMaximum() - point.y() ) / extent.height() * frame.height();
    const QColor actual = image.pixelColor( static_cast<int>( xMm * dpi / 25.4 ), static_cast<int>( yMm * dpi / 25.4 ) );
    context.expressionContext().setFeature( feature );
    const QgsSymbolList symbols = renderer->originalSymbolsForFeature( feature, context );
    ASSERT_FALSE( symbols.isEmpty() );
    const QColor expected = symbols.first()->color(); // the class fill; the band rule comes later
    EXPECT_LE( std::abs( actual.red() - expected.red() ) + std::abs( actual.green() - expected.green() ) + std::abs( actual.blue() - expected.blue() ), 12 )
        << feature.attribute( QStringLiteral( "name" ) ).toString().toStdString() << ": " << actual.name().toStdString() << " != " << expected.name().toStdString();
    ++checked;
  }
  renderer->stopRender( context );
  EXPECT_EQ( checked, 17 );
}

TEST( AcvReportExporter, AFailedExportLeavesNoPartialOrTemporaryFile )
{
  // The national sample's 59 below-target provinces need a second page, so PNG export writes
  // report.png and report_2.png. A folder already named report_2.png makes the rename of page 2 fail
  // after both pages were rendered: the previous report.png must survive untouched.
  AcvScratch scratch;
  const QString joined = writeJoined( scratch, acvSourceGeodata( QStringLiteral( "vn_provinces.gpkg" ) ), acvSourceGeodata( QStringLiteral( "vn_bluezone_2020-08-20.csv" ) ) );
  QgsProject project;
  QgsVectorLayer *layer = addStyledLayer( project, joined );
  std::unique_ptr<QgsPrintLayout> layout = AcvReportLayout::createDefault( &project, AcvPageFormat() );
  QString error;
  ASSERT_TRUE( AcvReportLayout::fill( layout.get(), layer, contentFor( layer ), error ) ) << error.toStdString();
  ASSERT_EQ( layout->pageCollection()->pageCount(), 2 );

  const QString folder = scratch.path( QStringLiteral( "out" ) );
  QDir().mkpath( folder + QStringLiteral( "/report_2.png/occupied" ) );
  const QString png = folder + QStringLiteral( "/report.png" );
  {
    QFile previous( png );
    ASSERT_TRUE( previous.open( QIODevice::WriteOnly ) );
    previous.write( "previous report" );
  }
  QStringList written;
  EXPECT_FALSE( AcvReportExporter::exportLayout( layout.get(), png, 40, written, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "report_2.png" ) ) ) << error.toStdString();
  EXPECT_TRUE( written.isEmpty() );
  QFile previous( png );
  ASSERT_TRUE( previous.open( QIODevice::ReadOnly ) );
  EXPECT_EQ( previous.readAll(), QByteArray( "previous report" ) );
  EXPECT_TRUE( hiddenEntries( folder ).isEmpty() ) << hiddenEntries( folder ).join( ", " ).toStdString();

  // The same export into a free folder writes both pages and nothing else.
  const QString freeFolder = scratch.path( QStringLiteral( "free" ) );
  QDir().mkpath( freeFolder );
  ASSERT_TRUE( AcvReportExporter::exportLayout( layout.get(), freeFolder + QStringLiteral( "/report.png" ), 40, written, error ) ) << error.toStdString();
  EXPECT_EQ( QDir( freeFolder ).entryList( QDir::Hidden | QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot ), ( QStringList{ QStringLiteral( "report.png" ), QStringLiteral( "report_2.png" ) } ) );
}

TEST( AcvReportLayout, TheTableStartsBelowTheLegendHoweverLongItIs )
{
  AcvScratch scratch;
  const QString joined = writeJoined( scratch, acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ),
                                      acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ) );
  for ( const int classes : { 3, 5, 9 } )
  {
    QgsProject project;
    auto *layer = new QgsVectorLayer( joined + QStringLiteral( "|layername=coverage" ), QStringLiteral( "coverage" ), QStringLiteral( "ogr" ) );
    AcvStyleOptions options;
    options.classification.classCount = classes;
    options.legendCounts = true;
    AcvStyleSummary summary;
    QString error;
    ASSERT_TRUE( AcvCoverageStyle::apply( *layer, options, summary, error ) ) << error.toStdString();
    project.addMapLayer( layer );
    std::unique_ptr<QgsPrintLayout> layout = AcvReportLayout::createDefault( &project, AcvPageFormat() );
    ASSERT_TRUE( AcvReportLayout::fill( layout.get(), layer, contentFor( layer ), error ) ) << error.toStdString();
    auto *legend = dynamic_cast<QgsLayoutItemLegend *>( layout->itemById( AcvReportItemIds::kLegend ) );
    ASSERT_NE( legend, nullptr );
    // The legend's height as QGIS draws it: its entries, classes + below target + no data.
    QgsLegendRenderer renderer( legend->model(), legend->legendSettings() );
    QgsRenderContext context = QgsLayoutUtils::createRenderContextForLayout( layout.get(), nullptr );
    const double legendBottom = legend->sceneBoundingRect().top() + renderer.minimumSize( &context ).height();
    EXPECT_EQ( legend->model()->rootGroup()->findLayers().size(), 1 );
    for ( const QString &id : { AcvReportItemIds::kTableCaption, AcvReportItemIds::kBelowTargetTable } )
    {
      QgsLayoutItem *item = layout->itemById( id );
      ASSERT_NE( item, nullptr );
      EXPECT_GE( item->sceneBoundingRect().top(), legendBottom ) << classes << " classes: " << id.toStdString();
      EXPECT_LE( item->sceneBoundingRect().bottom(), layout->pageCollection()->page( 0 )->sceneBoundingRect().bottom() );
    }
  }
}

TEST( AcvReportLayout, TheLegendListsTheBandOnlyWhereTheMapDrawsIt )
{
  // A map too small for the below-target band (its rule's scale range) lists every class but
  // no band; at a scale where the band is drawn, it is listed. Gia Lai's districts are drawn
  // at about 1:1 300 000 on the A4 report.
  AcvScratch scratch;
  const QString joined = writeJoined( scratch, acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ),
                                      acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ) );
  for ( const bool bandDrawn : { true, false } )
  {
    QgsProject project;
    QgsVectorLayer *layer = addStyledLayer( project, joined );
    auto *renderer = dynamic_cast<QgsRuleBasedRenderer *>( layer->renderer() );
    ASSERT_NE( renderer, nullptr );
    QgsRuleBasedRenderer::Rule *band = nullptr;
    for ( QgsRuleBasedRenderer::Rule *rule : renderer->rootRule()->children() )
    {
      if ( rule->label().startsWith( u8( "Dưới mục tiêu" ) ) )
        band = rule;
    }
    ASSERT_NE( band, nullptr );
    ASSERT_GT( band->minimumScale(), 1300000 ); // districts are large enough for the band
    if ( !bandDrawn )
      band->setMinimumScale( 100000 ); // as for localities too small on this page
    std::unique_ptr<QgsPrintLayout> layout = AcvReportLayout::createDefault( &project, AcvPageFormat() );
    QString error;
    ASSERT_TRUE( AcvReportLayout::fill( layout.get(), layer, contentFor( layer ), error ) ) << error.toStdString();
    auto *legend = dynamic_cast<QgsLayoutItemLegend *>( layout->itemById( AcvReportItemIds::kLegend ) );
    ASSERT_NE( legend, nullptr );
    QStringList entries;
    QgsLayerTreeLayer *node = legend->model()->rootGroup()->findLayers().value( 0 );
    ASSERT_NE( node, nullptr );
    for ( QgsLayerTreeModelLegendNode *entry : legend->model()->layerLegendNodes( node ) )
      entries.append( entry->data( Qt::DisplayRole ).toString() );
    EXPECT_EQ( entries.contains( u8( "Dưới mục tiêu (< 60 %)" ) ), bandDrawn ) << entries.join( QLatin1String( " | " ) ).toStdString();
    for ( const QString &range : { u8( "0–15 %" ), u8( "15–30 %" ), u8( "30–45 %" ), u8( "45–60 %" ), u8( "60–100 %" ) } )
      EXPECT_TRUE( entries.contains( range ) ) << range.toStdString() << " missing: " << entries.join( QLatin1String( " | " ) ).toStdString();
  }
}
