/***************************************************************************
  acvreportlayout.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvreportlayout.h"

#include "acvoutputfile.h"
#include "acvreportcontent.h"

#include <qgsapplication.h>
#include <qgsexpression.h>
#include <qgsfillsymbol.h>
#include <qgscoordinatetransform.h>
#include <qgslayoutatlas.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayertree.h>
#include <qgslinesymbollayer.h>
#include <qgsrulebasedrenderer.h>
#include <qgslayoututils.h>
#include <qgslegendrenderer.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutitemshape.h>
#include <qgslayoutmeasurement.h>
#include <qgslayoutpagecollection.h>
#include <qgslayoutsize.h>
#include <qgslayouttable.h>
#include <qgslayouttablecolumn.h>
#include <qgslegendstyle.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsproperty.h>
#include <qgsreadwritecontext.h>
#include <qgssymbollayerutils.h>
#include <qgstablecell.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>

#include <QDomDocument>
#include <QFile>

#include <memory>
#include <QFont>

#include <cmath>

namespace
{
//! \a sourceText, marked QT_TRANSLATE_NOOP( "AcvReportLayout", ... ), in the report's language.
QString reportText( AcvLanguage language, const char *sourceText )
{
  return AcvLanguageText::translated( language, "AcvReportLayout", sourceText );
}

// Noto Sans carries every Vietnamese diacritic (fonts-noto-core); the page never relies on a
// fallback font that might draw "ệ" as two glyphs or a box.
const QString kFontFamily = QStringLiteral( "Noto Sans" );
const QColor kTextColor( 34, 34, 34 );
const QColor kMutedColor( 90, 90, 90 );
const QColor kRuleColor( 120, 120, 120 );
const QColor kPanelColor( 244, 244, 244 );
const double kMarginMm = 12;
//! The atlas page's locality: orange stands apart from the ColorBrewer blues, greens and the dark band.
const QColor kAtlasHighlightColor( 230, 85, 13 );

QFont reportFont( double points, bool bold = false )
{
  QFont font( kFontFamily );
  font.setPointSizeF( points );
  font.setBold( bold );
  return font;
}

QgsTextFormat textFormat( double points, bool bold = false, const QColor &color = kTextColor )
{
  QgsTextFormat format;
  format.setFont( reportFont( points, bold ) );
  format.setSize( points );
  format.setSizeUnit( QgsUnitTypes::RenderPoints );
  format.setColor( color );
  return format;
}

void setLabelFont( QgsLayoutItemLabel *label, double points, bool bold, const QColor &color )
{
  // QGIS 3.24 gave labels a text format and deprecated the font setters.
#if _QGIS_VERSION_INT >= 32400
  label->setTextFormat( textFormat( points, bold, color ) );
#else
  label->setFont( reportFont( points, bold ) );
  label->setFontColor( color );
#endif
}

/**
 * The legend grows with the style (classes, the below-target and no-data entries, counts): moves
 * the table caption and the table's first frame down when the legend now reaches them, shrinking
 * the frame by as much, so they never overlap. Rows that no longer fit continue on a new page.
 */
void keepBelow( QgsLayout *layout, QgsLayoutItemLegend *legend )
{
  constexpr double kGapMm = 5.0;
  // QgsLayoutItemLegend only learns its size when first painted (adjustBoxSize() does nothing
  // before), so measure the legend as QGIS will draw it.
  QgsLegendRenderer renderer( legend->model(), legend->legendSettings() );
  QgsRenderContext context = QgsLayoutUtils::createRenderContextForLayout( layout, nullptr );
  const QSizeF size = renderer.minimumSize( &context );
  QRectF legendRect = legend->sceneBoundingRect();
  legendRect.setHeight( std::max( legendRect.height(), size.height() ) );
  QList<QgsLayoutItem *> below;
  for ( const QString &id : { AcvReportItemIds::kTableCaption, AcvReportItemIds::kBelowTargetTable } )
  {
    if ( QgsLayoutItem *item = layout->itemById( id ) )
      below.append( item );
  }
  if ( below.isEmpty() )
    return;
  double top = below.constFirst()->sceneBoundingRect().top();
  for ( QgsLayoutItem *item : std::as_const( below ) )
    top = std::min( top, item->sceneBoundingRect().top() );
  const double shift = legendRect.bottom() + kGapMm - top;
  if ( shift <= 0 || top < legendRect.top() )
    return;
  for ( QgsLayoutItem *item : std::as_const( below ) )
  {
    const QRectF rect = item->sceneBoundingRect();
    if ( rect.right() < legendRect.left() || rect.left() > legendRect.right() )
      continue; // another column: the legend does not reach it
    item->attemptMove( QgsLayoutPoint( item->positionWithUnits().x(), item->positionWithUnits().y() + shift, item->positionWithUnits().units() ) );
    if ( qobject_cast<QgsLayoutFrame *>( item ) )
      item->attemptResize( QgsLayoutSize( item->sizeWithUnits().width(), std::max( 10.0, item->sizeWithUnits().height() - shift ), item->sizeWithUnits().units() ) );
  }
}

void setLegendFont( QgsLayoutItemLegend *legend, QgsLegendStyle::Style style, double points, bool bold )
{
#if _QGIS_VERSION_INT >= 33000
  legend->rstyle( style ).setTextFormat( textFormat( points, bold ) );
#else
  legend->rstyle( style ).setFont( reportFont( points, bold ) );
#endif
}

template <class T>
T *addItem( QgsPrintLayout *layout, T *item, const QString &id, const QRectF &rect )
{
  layout->addLayoutItem( item );
  item->setId( id );
  item->attemptMove( QgsLayoutPoint( rect.x(), rect.y() ) );
  item->attemptResize( QgsLayoutSize( rect.width(), rect.height() ) );
  return item;
}

QgsLayoutItemLabel *addLabel( QgsPrintLayout *layout, const QString &id, const QRectF &rect, double points, bool bold, const QColor &color,
                              Qt::AlignmentFlag align = Qt::AlignLeft )
{
  auto *label = new QgsLayoutItemLabel( layout );
  setLabelFont( label, points, bold, color );
  label->setHAlign( align );
  label->setVAlign( Qt::AlignTop );
  label->setMarginX( 0 );
  label->setMarginY( 0 );
  label->setText( id ); // a placeholder that names the item in the designer until fill()
  return addItem( layout, label, id, rect );
}

void addRule( QgsPrintLayout *layout, const QRectF &rect )
{
  auto *rule = new QgsLayoutItemShape( layout );
  rule->setShapeType( QgsLayoutItemShape::Rectangle );
  QVariantMap properties;
  properties.insert( QStringLiteral( "color" ), QgsSymbolLayerUtils::encodeColor( kRuleColor ) );
  properties.insert( QStringLiteral( "style" ), QStringLiteral( "solid" ) );
  properties.insert( QStringLiteral( "outline_style" ), QStringLiteral( "no" ) );
  // setSymbol() clones: the symbol stays ours to free.
  const std::unique_ptr<QgsFillSymbol> symbol( QgsFillSymbol::createSimple( properties ) );
  rule->setSymbol( symbol.get() );
  addItem( layout, rule, QString(), rect );
}

QgsLayoutItemManualTable *addTable( QgsPrintLayout *layout, const QString &id, const QRectF &rect, double points, bool header )
{
  auto *table = new QgsLayoutItemManualTable( layout );
  layout->addMultiFrame( table );
  table->setContentTextFormat( textFormat( points ) );
  table->setHeaderTextFormat( textFormat( points, true ) );
  table->setIncludeTableHeader( header );
  table->setCellMargin( 1.0 );
  table->setShowGrid( header );
  table->setHorizontalGrid( true );
  table->setVerticalGrid( false );
  table->setGridStrokeWidth( 0.15 );
  table->setGridColor( QColor( 190, 190, 190 ) );
  table->setHeaderHAlignment( QgsLayoutTable::FollowColumn );
  table->setWrapBehavior( QgsLayoutTable::WrapText );
  table->setBackgroundColor( header ? QColor( Qt::white ) : kPanelColor );
  table->setEmptyTableBehavior( QgsLayoutTable::ShowMessage );
  if ( header )
  {
    QgsLayoutTableStyle headerStyle;
    headerStyle.enabled = true;
    headerStyle.cellBackgroundColor = QColor( 230, 230, 230 );
    table->setCellStyle( QgsLayoutTable::HeaderRow, headerStyle );
    QgsLayoutTableStyle odd;
    odd.enabled = true;
    odd.cellBackgroundColor = QColor( 247, 247, 247 );
    table->setCellStyle( QgsLayoutTable::EvenRows, odd );
  }
  auto *frame = new QgsLayoutFrame( layout, table );
  frame->attemptMove( QgsLayoutPoint( rect.x(), rect.y() ) );
  frame->attemptResize( QgsLayoutSize( rect.width(), rect.height() ) );
  frame->setId( id );
  table->addFrame( frame );
  return table;
}

template <class T>
T *findItem( QgsPrintLayout *layout, const QString &id )
{
  return dynamic_cast<T *>( layout->itemById( id ) );
}

QgsLayoutItemManualTable *findTable( QgsPrintLayout *layout, const QString &id )
{
  if ( auto *frame = findItem<QgsLayoutFrame>( layout, id ) )
    return dynamic_cast<QgsLayoutItemManualTable *>( frame->multiFrame() );
  return nullptr;
}

/**
 * A map of geographic coordinates drawn as they are stretches east-west away from the equator;
 * the report draws them in the UTM zone of the area instead (projected layers stay as they are).
 */
QgsCoordinateReferenceSystem reportCrs( const QgsVectorLayer *layer )
{
  const QgsCoordinateReferenceSystem crs = layer->crs();
  if ( !crs.isGeographic() )
    return crs;
  QgsRectangle extent = layer->extent();
  const QgsCoordinateReferenceSystem wgs84( QStringLiteral( "EPSG:4326" ) );
  try
  {
    extent = QgsCoordinateTransform( crs, wgs84, QgsProject::instance()->transformContext() ).transformBoundingBox( extent );
  }
  catch ( const QgsCsException & )
  {
    return crs;
  }
  const QgsPointXY center = extent.center();
  const int zone = std::clamp( static_cast<int>( std::floor( ( center.x() + 180.0 ) / 6.0 ) ) + 1, 1, 60 );
  const QgsCoordinateReferenceSystem utm( QStringLiteral( "EPSG:%1" ).arg( ( center.y() >= 0 ? 32600 : 32700 ) + zone ) );
  return utm.isValid() ? utm : crs;
}

QgsTableContents tableContents( const QVector<QStringList> &rows, const QVector<Qt::Alignment> &alignments )
{
  QgsTableContents contents;
  for ( const QStringList &row : rows )
  {
    QgsTableRow cells;
    for ( int c = 0; c < row.size(); ++c )
    {
      QgsTableCell cell( row.at( c ) );
      cell.setHorizontalAlignment( alignments.value( c, Qt::AlignLeft ) );
      cells.append( cell );
    }
    contents.append( cells );
  }
  return contents;
}

/**
 * The table's first frame holds what fits; the rest goes on new pages, each with one frame
 * between the page margins. QGIS's own ExtendToNextPage would repeat the first frame's position,
 * leaving the top of every continuation page empty.
 */
/**
 * Adds pages while the table has rows left, each with the table's caption marked as continued,
 * the source and production notes at the foot, and then page numbers on every page: a continued
 * page must still say what it is and where it comes from when printed alone.
 */
void continueTableOnNewPages( QgsPrintLayout *layout, QgsLayoutItemManualTable *table, const AcvReportContent &content )
{
  table->recalculateFrameSizes();
  const QSizeF pageSize = layout->pageCollection()->page( 0 )->pageSize().toQSizeF();
  const double k = std::min( pageSize.width(), pageSize.height() ) / 210.0;
  const double margin = kMarginMm * k;
  const double footer = pageSize.height() - 17 * k;
  auto placeOnPage = []( QgsLayoutItem *item, const QRectF &rect, int pageIndex )
  {
    item->attemptResize( QgsLayoutSize( rect.width(), rect.height() ) );
    item->attemptMove( QgsLayoutPoint( rect.x(), rect.y() ), true, false, pageIndex );
  };
  for ( int guard = 0; guard < 50 && table->frameCount() > 0; ++guard )
  {
    QgsLayoutFrame *last = table->frame( table->frameCount() - 1 );
    const double shown = last->extent().bottom();
    if ( shown >= table->totalSize().height() - 0.01 )
      break;
    auto *page = new QgsLayoutItemPage( layout );
    page->setPageSize( QgsLayoutSize( pageSize.width(), pageSize.height() ) );
    layout->pageCollection()->addPage( page );
    const int pageIndex = layout->pageCollection()->pageCount() - 1;

    QgsLayoutItemLabel *caption = addLabel( layout, QString(), QRectF(), 8 * k, true, kTextColor );
    caption->setText( content.continuedTableCaption() );
    placeOnPage( caption, QRectF( margin, margin, pageSize.width() - 2 * margin, 9 * k ), pageIndex );
    auto *frame = new QgsLayoutFrame( layout, table );
    table->addFrame( frame );
    placeOnPage( frame, QRectF( margin, margin + 10 * k, last->rect().width(), footer - 3 * k - margin - 10 * k ), pageIndex );
    QgsLayoutItemLabel *source = addLabel( layout, QString(), QRectF(), 6.5 * k, false, kMutedColor );
    source->setText( content.sourceNote() );
    placeOnPage( source, QRectF( margin, footer + 2 * k, pageSize.width() - 2 * margin - 55 * k, 12 * k ), pageIndex );
    QgsLayoutItemLabel *produced = addLabel( layout, QString(), QRectF(), 6.5 * k, false, kMutedColor, Qt::AlignRight );
    produced->setText( content.productionNote() );
    placeOnPage( produced, QRectF( pageSize.width() - margin - 50 * k, footer + 2 * k, 50 * k, 6 * k ), pageIndex );
    table->recalculateFrameSizes();
  }
  const int pages = layout->pageCollection()->pageCount();
  for ( int pageIndex = 0; pages > 1 && pageIndex < pages; ++pageIndex )
  {
    QgsLayoutItemLabel *number = addLabel( layout, QString(), QRectF(), 6.5 * k, false, kMutedColor, Qt::AlignRight );
    number->setText( content.pageNumberTemplate() );
    placeOnPage( number, QRectF( pageSize.width() - margin - 50 * k, footer + 7 * k, 50 * k, 6 * k ), pageIndex );
  }
}
} // namespace

QSizeF AcvPageFormat::sizeMm() const
{
  const QSizeF portrait = paper == Paper::A3 ? QSizeF( 297, 420 ) : QSizeF( 210, 297 );
  return landscape ? portrait.transposed() : portrait;
}

bool AcvPageFormat::parsePaper( const QString &text, Paper &paper )
{
  const QString upper = text.trimmed().toUpper();
  if ( upper == QLatin1String( "A4" ) )
    paper = Paper::A4;
  else if ( upper == QLatin1String( "A3" ) )
    paper = Paper::A3;
  else
    return false;
  return true;
}

bool AcvPageFormat::parseOrientation( const QString &text, bool &landscape )
{
  const QString lower = text.trimmed().toLower();
  if ( lower == QLatin1String( "portrait" ) )
    landscape = false;
  else if ( lower == QLatin1String( "landscape" ) )
    landscape = true;
  else
    return false;
  return true;
}

QStringList AcvReportItemIds::all()
{
  return { kTitle, kSubtitle, kMap, kNorthArrow, kScaleBar, kSummary, kLegend, kTableCaption, kBelowTargetTable, kSourceNote, kProductionDate };
}

std::unique_ptr<QgsPrintLayout> AcvReportLayout::createDefault( QgsProject *project, const AcvPageFormat &format )
{
  auto layout = std::make_unique<QgsPrintLayout>( project );
  layout->initializeDefaults();
  const QSizeF size = format.sizeMm();
  layout->pageCollection()->page( 0 )->setPageSize( QgsLayoutSize( size.width(), size.height() ) );
  const double w = size.width();
  const double h = size.height();
  // Everything scales with the short side, so A3 is A4 enlarged, fonts included.
  const double k = std::min( w, h ) / 210.0;
  const double m = kMarginMm * k;

  addLabel( layout.get(), AcvReportItemIds::kTitle, QRectF( m, 10 * k, w - 2 * m, 9 * k ), 15 * k, true, kTextColor );
  addLabel( layout.get(), AcvReportItemIds::kSubtitle, QRectF( m, 19.5 * k, w - 2 * m, 6 * k ), 9.5 * k, false, kMutedColor );
  addRule( layout.get(), QRectF( m, 27 * k, w - 2 * m, 0.35 * k ) );

  const double top = 31 * k;
  const double footer = h - 17 * k;
  const double mapWidth = ( w - 2 * m ) * ( format.landscape ? 0.58 : 0.55 );
  const QRectF mapRect( m, top, mapWidth, footer - top - 16 * k );

  auto *map = new QgsLayoutItemMap( layout.get() );
  addItem( layout.get(), map, AcvReportItemIds::kMap, mapRect );
  // A new map has a zero extent, whose shape zoomToExtent() would copy; give it the frame's shape.
  map->setExtent( QgsRectangle( 0, 0, mapRect.width(), mapRect.height() ) );
  map->setFrameEnabled( true );
  map->setFrameStrokeWidth( QgsLayoutMeasurement( 0.3 ) );
  map->setFrameStrokeColor( kRuleColor );
  map->setBackgroundColor( Qt::white );

  auto *arrow = new QgsLayoutItemPicture( layout.get() );
  arrow->setPicturePath( QgsSymbolLayerUtils::svgSymbolNameToPath( QStringLiteral( "arrows/NorthArrow_02.svg" ), QgsPathResolver() ), QgsLayoutItemPicture::FormatSVG );
  arrow->setSvgFillColor( QColor( 50, 50, 50 ) );
  arrow->setSvgStrokeColor( QColor( 50, 50, 50 ) );
  arrow->setLinkedMap( map );
  arrow->setNorthMode( QgsLayoutItemPicture::TrueNorth );
  addItem( layout.get(), arrow, AcvReportItemIds::kNorthArrow, QRectF( mapRect.right() - 13 * k, top + 3 * k, 10 * k, 14 * k ) );

  auto *scaleBar = new QgsLayoutItemScaleBar( layout.get() );
  scaleBar->setStyle( QStringLiteral( "Single Box" ) );
  scaleBar->setLinkedMap( map );
  scaleBar->setUnits( QgsUnitTypes::DistanceKilometers );
  scaleBar->setMapUnitsPerScaleBarUnit( 1 ); // the label multiplier: km are labelled as km
  scaleBar->setUnitLabel( QStringLiteral( "km" ) );
  scaleBar->setNumberOfSegmentsLeft( 0 );
  scaleBar->setNumberOfSegments( 2 );
  scaleBar->setSegmentSizeMode( QgsScaleBarSettings::SegmentSizeFitWidth );
  scaleBar->setMinimumBarWidth( 25 * k );
  scaleBar->setMaximumBarWidth( 50 * k );
  scaleBar->setHeight( 2 * k );
  scaleBar->setTextFormat( textFormat( 7 * k ) );
  addItem( layout.get(), scaleBar, AcvReportItemIds::kScaleBar, QRectF( m, mapRect.bottom() + 3 * k, 60 * k, 10 * k ) );

  const double x = mapRect.right() + 7 * k;
  const double columnWidth = w - m - x;
  // A landscape page is short: summary and legend side by side leave the table room for a
  // province's districts on the first page. A portrait page stacks them.
  const bool sideBySide = format.landscape;
  const double summaryWidth = sideBySide ? columnWidth * 0.56 : columnWidth;
  // Tall enough for every line even when a narrow box wraps its labels: a table frame hides
  // the rows that do not fit.
  const QRectF summaryRect( x, top, summaryWidth, sideBySide ? 50 * k : 34 * k );
  const double valueWidth = sideBySide ? 20 * k : 24 * k;
  QgsLayoutItemManualTable *summary = addTable( layout.get(), AcvReportItemIds::kSummary, summaryRect, 8 * k, false );
  summary->setColumnWidths( { summaryWidth - 2 * 2 * 1.0 - valueWidth - 0.5, valueWidth } );

  auto *legend = new QgsLayoutItemLegend( layout.get() );
  legend->setLinkedMap( map );
  legend->setTitle( QString() );
  legend->setAutoUpdateModel( true );
  legend->setResizeToContents( true );
  legend->setSymbolWidth( 6 * k );
  legend->setSymbolHeight( 4 * k );
  legend->setBoxSpace( 0 );
  // In the narrow side-by-side legend the title breaks at its dash: measure, then target.
  legend->setWrapString( sideBySide ? QStringLiteral( " – " ) : QString() );
  setLegendFont( legend, QgsLegendStyle::Title, 8.5 * k, true );
  setLegendFont( legend, QgsLegendStyle::Group, 8 * k, true );
  setLegendFont( legend, QgsLegendStyle::Subgroup, 8 * k, true );
  setLegendFont( legend, QgsLegendStyle::SymbolLabel, 7.5 * k, false );
  legend->setBackgroundEnabled( false );
  const QRectF legendRect = sideBySide ? QRectF( x + summaryWidth + 5 * k, top, columnWidth - summaryWidth - 5 * k, 45 * k )
                                       : QRectF( x, top + 40 * k, columnWidth, 45 * k );
  addItem( layout.get(), legend, AcvReportItemIds::kLegend, legendRect );

  const double captionTop = std::max( legendRect.bottom(), summaryRect.bottom() ) + 5 * k;
  addLabel( layout.get(), AcvReportItemIds::kTableCaption, QRectF( x, captionTop, columnWidth, 9 * k ), 8 * k, true, kTextColor );
  const double tableTop = captionTop + 10 * k;
  QgsLayoutItemManualTable *table = addTable( layout.get(), AcvReportItemIds::kBelowTargetTable, QRectF( x, tableTop, columnWidth, footer - 3 * k - tableTop ), 7 * k, true );
  // Fixed widths so long names wrap inside the column instead of pushing it off the page.
  const double margins = 2 * 1.0 * 4;
  table->setColumnWidths( { 6 * k, columnWidth - margins - 35 * k - 0.5, 14 * k, 15 * k } );

  addRule( layout.get(), QRectF( m, footer, w - 2 * m, 0.25 * k ) );
  addLabel( layout.get(), AcvReportItemIds::kSourceNote, QRectF( m, footer + 2 * k, w - 2 * m - 55 * k, 12 * k ), 6.5 * k, false, kMutedColor );
  addLabel( layout.get(), AcvReportItemIds::kProductionDate, QRectF( w - m - 50 * k, footer + 2 * k, 50 * k, 6 * k ), 6.5 * k, false, kMutedColor, Qt::AlignRight );
  return layout;
}

std::unique_ptr<QgsPrintLayout> AcvReportLayout::fromTemplate( QgsProject *project, const QString &path, QString &error )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
  {
    error = QStringLiteral( "%1: the layout template cannot be read (%2)" ).arg( path, file.errorString() );
    return nullptr;
  }
  QDomDocument document;
  QString xmlError;
  int line = 0;
  int column = 0;
  if ( !document.setContent( &file, &xmlError, &line, &column ) )
  {
    error = QStringLiteral( "%1: line %2, column %3: not a QGIS layout template (%4)" ).arg( path ).arg( line ).arg( column ).arg( xmlError );
    return nullptr;
  }
  auto layout = std::make_unique<QgsPrintLayout>( project );
  bool ok = false;
  layout->loadFromTemplate( document, QgsReadWriteContext(), true, &ok );
  if ( !ok || layout->pageCollection()->pageCount() == 0 )
  {
    error = QStringLiteral( "%1: not a QGIS layout template (no page could be read)" ).arg( path );
    return nullptr;
  }
  if ( !findItem<QgsLayoutItemMap>( layout.get(), AcvReportItemIds::kMap ) )
  {
    error = QStringLiteral( "%1: the template has no map item with the id '%2' (item ids the report fills: %3)" )
                .arg( path, AcvReportItemIds::kMap, AcvReportItemIds::all().join( QLatin1String( ", " ) ) );
    return nullptr;
  }
  return layout;
}

bool AcvReportLayout::fill( QgsPrintLayout *layout, QgsVectorLayer *coverage, const AcvReportContent &content, QString &error )
{
  auto *map = findItem<QgsLayoutItemMap>( layout, AcvReportItemIds::kMap );
  if ( !map || !coverage || !coverage->isValid() )
  {
    error = QStringLiteral( "the report layout has no map item '%1' or no valid layer" ).arg( AcvReportItemIds::kMap );
    return false;
  }
  layout->setName( reportText( content.language, QT_TRANSLATE_NOOP( "AcvReportLayout", "Coverage report" ) ) );
  const QgsCoordinateReferenceSystem crs = reportCrs( coverage );
  map->setCrs( crs );
  QgsRectangle extent = coverage->extent();
  try
  {
    extent = QgsCoordinateTransform( coverage->crs(), crs, layout->project()->transformContext() ).transformBoundingBox( extent );
  }
  catch ( const QgsCsException &e )
  {
    error = QStringLiteral( "%1: the layer's extent cannot be drawn in %2 (%3)" ).arg( coverage->name(), crs.authid(), e.what() );
    return false;
  }
  extent.grow( std::max( extent.width(), extent.height() ) * 0.03 );
  map->zoomToExtent( extent );

  if ( auto *label = findItem<QgsLayoutItemLabel>( layout, AcvReportItemIds::kTitle ) )
    label->setText( content.effectiveTitle() );
  if ( auto *label = findItem<QgsLayoutItemLabel>( layout, AcvReportItemIds::kSubtitle ) )
    label->setText( content.effectiveSubtitle() );
  if ( auto *label = findItem<QgsLayoutItemLabel>( layout, AcvReportItemIds::kTableCaption ) )
    label->setText( content.tableCaption() );
  if ( auto *label = findItem<QgsLayoutItemLabel>( layout, AcvReportItemIds::kSourceNote ) )
    label->setText( content.sourceNote() );
  if ( auto *label = findItem<QgsLayoutItemLabel>( layout, AcvReportItemIds::kProductionDate ) )
    label->setText( content.productionNote() );

  if ( QgsLayoutItemManualTable *summary = findTable( layout, AcvReportItemIds::kSummary ) )
  {
    QVector<QStringList> rows;
    for ( const auto &line : content.summaryLines() )
      rows.append( { line.first, line.second } );
    summary->setTableContents( tableContents( rows, { Qt::AlignLeft, Qt::AlignRight } ) );
  }

  auto *legend = findItem<QgsLayoutItemLegend>( layout, AcvReportItemIds::kLegend );
  if ( legend )
  {
    // Only the entries drawn at the frame's scale: a national map of communes, too small there
    // for the below-target band (a scale range on its rule), lists no band, and still every class.
    if ( const QgsLayoutItemMap *frame = legend->linkedMap() )
      legend->model()->setLegendFilterByScale( frame->scale() );
    legend->updateLegend();
    legend->adjustBoxSize();
    keepBelow( layout, legend );
  }

  if ( QgsLayoutItemManualTable *table = findTable( layout, AcvReportItemIds::kBelowTargetTable ) )
  {
    QgsLayoutTableColumns headers;
    const QStringList names = content.tableHeaders();
    const QVector<Qt::Alignment> alignments = { Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight };
    for ( int c = 0; c < names.size(); ++c )
    {
      QgsLayoutTableColumn column( names.at( c ) );
      column.setHAlignment( static_cast<Qt::AlignmentFlag>( static_cast<int>( alignments.value( c ) ) ) );
      headers.append( column );
    }
    table->setHeaders( headers );
    table->setEmptyTableMessage( content.emptyTableMessage() );
    table->setTableContents( tableContents( content.tableRows(), alignments ) );
    continueTableOnNewPages( layout, table, content );
  }
  layout->refresh();
  return true;
}

bool AcvReportLayout::makeAtlas( QgsPrintLayout *layout, QgsVectorLayer *coverage, const QString &nameField, const AcvReportContent &content, QString &error )
{
  auto *map = findItem<QgsLayoutItemMap>( layout, AcvReportItemIds::kMap );
  if ( !map || coverage->fields().lookupField( nameField ) < 0 )
  {
    error = QStringLiteral( "the atlas needs the map item '%1' and the name field '%2'" ).arg( AcvReportItemIds::kMap, nameField );
    return false;
  }
  const QString name = QgsExpression::quotedColumnRef( nameField );
  QgsLayoutAtlas *atlas = layout->atlas();
  atlas->setCoverageLayer( coverage );
  atlas->setPageNameExpression( name );
  atlas->setSortFeatures( true );
  atlas->setSortExpression( name );
  atlas->setEnabled( true );
  map->setAtlasDriven( true );
  map->setAtlasScalingMode( QgsLayoutItemMap::Auto );
  map->setAtlasMargin( 0.12 );
  // Each page zooms to its locality, where the band is drawn: no overview-scale legend filter.
  if ( auto *legend = findItem<QgsLayoutItemLegend>( layout, AcvReportItemIds::kLegend ) )
    legend->model()->setLegendFilterByScale( 0 );

  // The page's own locality stands out from its neighbours: a second view of the same source
  // draws only the atlas feature's outline, above the coverage layer. It stays out of the layer
  // tree, so legends and the ordinary report page do not show it. A clone, not a layer opened
  // on coverage->source(): the command's layer lives in memory, and QGIS's memory provider hands
  // its features (with their ids, which @atlas_featureid names) only to its clones.
  QgsVectorLayer *highlight = coverage->clone();
  highlight->setName( reportText( content.language, QT_TRANSLATE_NOOP( "AcvReportLayout", "Locality of the page" ) ) );
  highlight->setLabelsEnabled( false );
  highlight->setLabeling( nullptr );
  auto *root = new QgsRuleBasedRenderer::Rule( nullptr );
  auto *outline = new QgsSimpleLineSymbolLayer( kAtlasHighlightColor, 0.9 );
  outline->setPenJoinStyle( Qt::RoundJoin );
  root->appendChild( new QgsRuleBasedRenderer::Rule( new QgsFillSymbol( QgsSymbolLayerList{ outline } ), 0, 0, QStringLiteral( "$id = @atlas_featureid" ) ) );
  highlight->setRenderer( new QgsRuleBasedRenderer( root ) );
  layout->project()->addMapLayer( highlight, false );
  QList<QgsMapLayer *> layers{ highlight };
  layers.append( layout->project()->layerTreeRoot()->checkedLayers() );
  map->setLayers( layers );
  map->setKeepLayerSet( true );

  if ( auto *label = findItem<QgsLayoutItemLabel>( layout, AcvReportItemIds::kTitle ) )
    label->setText( QStringLiteral( "[% %1 %] — %2" ).arg( name, content.atlasTitleSuffix() ) );

  // The summary box speaks of the page's locality: expressions evaluated per atlas feature,
  // numbers written by QGIS's format_number in the report's language.
  if ( QgsLayoutItemManualTable *summary = findTable( layout, AcvReportItemIds::kSummary ) )
  {
    const AcvLanguage reportLanguage = content.language;
    const QString language = AcvLanguageText::code( reportLanguage );
    const QString none = QgsExpression::quotedString( reportText( reportLanguage, QT_TRANSLATE_NOOP( "AcvReportLayout", "n/a" ) ) );
    const QString percentSign = QgsExpression::quotedString( AcvLanguageText::percentSign( reportLanguage ) );
    auto count = [&]( const QString &field )
    { return QStringLiteral( "coalesce(format_number(\"%1\", 0, '%2'), %3)" ).arg( field, language, none ); };
    auto percent = [&]( const QString &field )
    { return QStringLiteral( "coalesce(format_number(\"%1\", 1, '%2') || %3, %4)" ).arg( field, language, percentSign, none ); };
    const QVector<QPair<QString, QString>> lines = {
        { reportText( reportLanguage, QT_TRANSLATE_NOOP( "AcvReportLayout", "Installs" ) ), count( QStringLiteral( "installs" ) ) },
        { reportText( reportLanguage, QT_TRANSLATE_NOOP( "AcvReportLayout", "Share of population" ) ), percent( QStringLiteral( "population_pct" ) ) },
        { reportText( reportLanguage, QT_TRANSLATE_NOOP( "AcvReportLayout", "Share of smartphone users" ) ), percent( QStringLiteral( "coverage_pct" ) ) },
        { reportText( reportLanguage, QT_TRANSLATE_NOOP( "AcvReportLayout", "Target" ) ), QgsExpression::quotedString( content.summaryLines().value( 3 ).second ) },
        { reportText( reportLanguage, QT_TRANSLATE_NOOP( "AcvReportLayout", "Installs still needed" ) ), count( QStringLiteral( "gap_installs" ) ) },
        { reportText( reportLanguage, QT_TRANSLATE_NOOP( "AcvReportLayout", "Rank" ) ), QStringLiteral( "coalesce(to_string(\"rank\") || ' / %1', %2)" ).arg( content.totals.localitiesWithCoverage ).arg( none ) },
    };
    QgsTableContents contents;
    for ( const auto &line : lines )
    {
      QgsTableCell label( line.first );
      QgsTableCell value( QVariant::fromValue( QgsProperty::fromExpression( line.second ) ) );
      value.setHorizontalAlignment( Qt::AlignRight );
      contents.append( { label, value } );
    }
    summary->setTableContents( contents );
  }
  return true;
}

bool AcvReportLayout::saveTemplate( const QgsPrintLayout *layout, const QString &path, QString &error, AcvOutputTransaction *transaction )
{
  AcvOutputFile output( path, transaction );
  if ( output.tempPath().isEmpty() )
    return output.commit( error ); // its folder cannot be written: says why
  if ( !layout->saveAsTemplate( output.tempPath(), QgsReadWriteContext() ) )
  {
    error = QStringLiteral( "%1: the layout template cannot be written" ).arg( path );
    return false;
  }
  return output.commit( error );
}
