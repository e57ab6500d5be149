/***************************************************************************
  testcoveragemapreport.cpp - coverage-map's report pages, atlas and project, opened after writing
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acve2eutils.h"
#include "acvqgistestutils.h"
#include "acvreportlayout.h"
#include "acvtestutils.h"

#include <qgslayertree.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutmanager.h>
#include <qgsmaplayer.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrenderer.h>
#include <qgslegendsymbolitem.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QDomDocument>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>

namespace
{
AcvCommandResult coverageMap( const QStringList &arguments )
{
  return acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), arguments );
}

QStringList giaLai()
{
  return { QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "--stats" ),
           acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.xlsx" ) ) };
}

//! pdfinfo's "Pages" and "Page size" (in points).
struct PdfInfo
{
  int pages = 0;
  QSizeF size;
};

PdfInfo pdfInfo( const QString &pdf )
{
  const AcvCommandResult run = acvRunCommand( QStringLiteral( "pdfinfo" ), { pdf } );
  PdfInfo info;
  info.pages = QRegularExpression( QStringLiteral( "Pages:\\s+(\\d+)" ) ).match( run.out ).captured( 1 ).toInt();
  const QRegularExpressionMatch size = QRegularExpression( QStringLiteral( "Page size:\\s+([\\d.]+) x ([\\d.]+) pts" ) ).match( run.out );
  info.size = QSizeF( size.captured( 1 ).toDouble(), size.captured( 2 ).toDouble() );
  return info;
}

QString pdfText( const QString &pdf )
{
  return acvRunCommand( QStringLiteral( "pdftotext" ), { QStringLiteral( "-enc" ), QStringLiteral( "UTF-8" ), pdf, QStringLiteral( "-" ) } ).out;
}

//! Names of the below-target localities in the joined layer the run wrote.
QStringList belowTargetNames( const QString &joined )
{
  QStringList names;
  for ( const AcvReadFeature &f : acvReadFeatures( joined, QStringLiteral( "coverage" ) ) )
  {
    if ( f.attributes.value( QStringLiteral( "below_target" ) ).toInt() == 1 )
      names.append( f.attributes.value( QStringLiteral( "name" ) ).toString() );
  }
  return names;
}

double mmToPoints( double mm )
{
  return mm / 25.4 * 72.0;
}
} // namespace

TEST( CoverageMapReport, GiaLaiReportAsPdfPngAndSvgInOneRun )
{
  AcvScratch scratch;
  const QString pdf = scratch.path( QStringLiteral( "gia_lai_report.pdf" ) );
  const QString png = scratch.path( QStringLiteral( "gia_lai_report.png" ) );
  const QString svg = scratch.path( QStringLiteral( "gia_lai_report.svg" ) );
  const QString joined = scratch.path( QStringLiteral( "gia_lai.gpkg" ) );
  const int dpi = 120;
  const AcvCommandResult run = coverageMap( giaLai() + QStringList{ QStringLiteral( "--joined" ), joined, QStringLiteral( "--report" ), pdf, QStringLiteral( "--report" ), png,
                                                                    QStringLiteral( "--report" ), svg, QStringLiteral( "--dpi" ), QString::number( dpi ) } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();

  // PDF: one A4 portrait page whose text keeps every diacritic and lists every lagging district.
  const PdfInfo info = pdfInfo( pdf );
  EXPECT_EQ( info.pages, 1 );
  EXPECT_NEAR( info.size.width(), mmToPoints( 210 ), 1 );
  EXPECT_NEAR( info.size.height(), mmToPoints( 297 ), 1 );
  const QString text = pdfText( pdf ).normalized( QString::NormalizationForm_C );
  EXPECT_TRUE( text.contains( u8( "Tỷ lệ cài đặt ứng dụng trên số người dùng điện thoại thông minh" ) ) ) << text.toStdString();
  EXPECT_TRUE( text.contains( u8( "Số liệu đến ngày 20/08/2020" ) ) );
  EXPECT_TRUE( text.contains( QStringLiteral( "139.267" ) ) ); // total installs, Vietnamese grouping
  const QStringList lagging = belowTargetNames( joined );
  EXPECT_EQ( lagging.size(), 14 );
  for ( const QString &name : lagging )
    EXPECT_TRUE( text.contains( name ) ) << name.toStdString() << " is missing from the PDF text";

  // PNG: paper × DPI, and the map frame carries the class colours of the lagging districts.
  const QImage image( png );
  ASSERT_FALSE( image.isNull() );
  EXPECT_NEAR( image.width(), 210 / 25.4 * dpi, 1 );
  EXPECT_NEAR( image.height(), 297 / 25.4 * dpi, 1 );
  QSet<QRgb> colours;
  for ( int y = 0; y < image.height(); y += 2 )
    for ( int x = 0; x < image.width() * 0.55; x += 2 ) // the map's half of the page
      colours.insert( image.pixel( x, y ) & 0xffffff );
  EXPECT_TRUE( colours.contains( qRgb( 0xff, 0xff, 0xcc ) & 0xffffff ) ); // YlGnBu 0–15 %
  EXPECT_TRUE( colours.contains( qRgb( 0xa1, 0xda, 0xb4 ) & 0xffffff ) ); // 15–30 %
  EXPECT_TRUE( colours.contains( qRgb( 0x25, 0x34, 0x94 ) & 0xffffff ) ); // 60–100 %
  // The PNG's title keeps its diacritics too: read back by Tesseract's Vietnamese model from the
  // page's top band (title and subtitle), not taken on trust from the PDF.
  const QString band = scratch.path( QStringLiteral( "title_band.png" ) );
  ASSERT_TRUE( image.copy( 0, 0, image.width(), static_cast<int>( 32 / 25.4 * dpi ) ).save( band ) );
  const AcvCommandResult ocr = acvRunCommand( QStringLiteral( "tesseract" ), { band, QStringLiteral( "-" ), QStringLiteral( "-l" ), QStringLiteral( "vie" ) } );
  ASSERT_EQ( ocr.exitCode, 0 ) << "tesseract (tesseract-ocr, tesseract-ocr-vie; scripts/install-deps.sh installs them): " << ocr.err.toStdString();
  const QString read = ocr.out.normalized( QString::NormalizationForm_C );
  EXPECT_TRUE( read.contains( u8( "Tỷ lệ cài đặt ứng dụng trên số người dùng điện thoại thông minh" ) ) ) << read.toStdString();
  EXPECT_TRUE( read.contains( u8( "Số liệu đến ngày 20/08/2020" ) ) ) << read.toStdString();
  QFile::remove( band );

  // SVG: a well-formed SVG document.
  QFile file( svg );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
  QDomDocument document;
  QString xmlError;
  ASSERT_TRUE( document.setContent( &file, &xmlError ) ) << xmlError.toStdString();
  EXPECT_EQ( document.documentElement().tagName(), QStringLiteral( "svg" ) );

  // Only the named outputs: no temporary file or folder is left beside them.
  EXPECT_EQ( QDir( scratch.dir() ).entryList( QDir::Hidden | QDir::AllEntries | QDir::NoDotAndDotDot ).filter( QRegularExpression( QStringLiteral( "^\\." ) ) ), QStringList() );
}

TEST( CoverageMapReport, A3LandscapeInEnglishWithOwnTitle )
{
  AcvScratch scratch;
  const QString pdf = scratch.path( QStringLiteral( "a3.pdf" ) );
  const AcvCommandResult run = coverageMap( giaLai() + QStringList{ QStringLiteral( "--report" ), pdf, QStringLiteral( "--paper" ), QStringLiteral( "A3" ), QStringLiteral( "--orientation" ),
                                                                    QStringLiteral( "landscape" ), QStringLiteral( "--lang" ), QStringLiteral( "en" ), QStringLiteral( "--title" ), u8( "Gia Lai — Bluezone" ) } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  const PdfInfo info = pdfInfo( pdf );
  EXPECT_NEAR( info.size.width(), mmToPoints( 420 ), 1 );
  EXPECT_NEAR( info.size.height(), mmToPoints( 297 ), 1 );
  const QString text = pdfText( pdf );
  EXPECT_TRUE( text.contains( u8( "Gia Lai — Bluezone" ) ) );
  EXPECT_TRUE( text.contains( QStringLiteral( "Statistics as of 20 August 2020" ) ) );
  EXPECT_TRUE( text.contains( QStringLiteral( "139,267" ) ) );
}

TEST( CoverageMapReport, NationalReportContinuesTheTableOnAnotherPage )
{
  AcvScratch scratch;
  const QString pdf = scratch.path( QStringLiteral( "vn.pdf" ) );
  const QString joined = scratch.path( QStringLiteral( "vn.gpkg" ) );
  const AcvCommandResult run = coverageMap( { QStringLiteral( "--boundaries" ), acvSourceGeodata( QStringLiteral( "vn_provinces.gpkg" ) ), QStringLiteral( "--stats" ),
                                              acvSourceGeodata( QStringLiteral( "vn_bluezone_2020-08-20.csv" ) ), QStringLiteral( "--joined" ), joined, QStringLiteral( "--report" ), pdf } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_EQ( pdfInfo( pdf ).pages, 2 );
  const QString text = pdfText( pdf ).normalized( QString::NormalizationForm_C );
  int found = 0;
  for ( const AcvReadFeature &f : acvReadFeatures( joined, QStringLiteral( "coverage" ) ) )
  {
    if ( f.attributes.value( QStringLiteral( "below_target" ) ).toInt() != 1 )
      continue;
    // The key field the command detected holds the province name as the boundary layer writes it.
    const QString name = f.attributes.value( QStringLiteral( "ten_tinh" ) ).toString();
    EXPECT_TRUE( text.contains( name ) ) << name.toStdString();
    EXPECT_EQ( f.attributes.value( QStringLiteral( "locality" ) ).toString(), name );
    ++found;
  }
  EXPECT_EQ( found, 59 );
  // The second page says what it continues, where the figures come from, and which page it is.
  const QStringList pages = text.split( QLatin1Char( '\f' ) );
  ASSERT_GE( pages.size(), 2 );
  EXPECT_TRUE( pages.at( 1 ).contains( u8( "Đơn vị dưới mục tiêu, xếp theo số lượt cài còn thiếu (tiếp theo)" ) ) ) << pages.at( 1 ).left( 300 ).toStdString();
  EXPECT_TRUE( pages.at( 1 ).contains( u8( "Nguồn số liệu" ) ) );
  EXPECT_TRUE( pages.at( 0 ).contains( QStringLiteral( "Trang 1/2" ) ) );
  EXPECT_TRUE( pages.at( 1 ).contains( QStringLiteral( "Trang 2/2" ) ) );
}

TEST( CoverageMapReport, AtlasPagesAsOnePdfAndAsSafelyNamedPngs )
{
  AcvScratch scratch;
  const QString pdf = scratch.path( QStringLiteral( "atlas.pdf" ) );
  AcvCommandResult run = coverageMap( giaLai() + QStringList{ QStringLiteral( "--atlas" ), pdf } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_EQ( pdfInfo( pdf ).pages, 17 );
  EXPECT_TRUE( pdfText( pdf ).normalized( QString::NormalizationForm_C ).contains( u8( "Thị xã Ayun Pa — tỷ lệ cài đặt trên người dùng ĐTTM" ) ) );

  QDir().mkpath( scratch.path( QStringLiteral( "png" ) ) );
  run = coverageMap( giaLai() + QStringList{ QStringLiteral( "--atlas" ), scratch.path( QStringLiteral( "png/gia_lai.png" ) ), QStringLiteral( "--dpi" ), QStringLiteral( "30" ) } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  const QStringList files = QDir( scratch.path( QStringLiteral( "png" ) ) ).entryList( QDir::Files | QDir::Hidden, QDir::Name );
  EXPECT_EQ( files.size(), 17 );
  EXPECT_TRUE( files.contains( u8( "gia_lai_017_Thị_xã_Ayun_Pa.png" ) ) ) << files.join( ' ' ).toStdString();
  const QImage page( scratch.path( u8( "png/gia_lai_017_Thị_xã_Ayun_Pa.png" ) ) );
  EXPECT_NEAR( page.width(), 210 / 25.4 * 30, 1 );

  // The page's own locality is outlined in orange; the ordinary report page has no orange.
  auto orangePixels = []( const QImage &image )
  {
    int count = 0;
    for ( int y = 0; y < image.height(); ++y )
      for ( int x = 0; x < image.width(); ++x )
      {
        const QColor c = image.pixelColor( x, y );
        count += std::abs( c.red() - 230 ) < 40 && std::abs( c.green() - 85 ) < 40 && std::abs( c.blue() - 13 ) < 40 ? 1 : 0;
      }
    return count;
  };
  EXPECT_GT( orangePixels( page ), 20 );
  const QString report = scratch.path( QStringLiteral( "report.png" ) );
  run = coverageMap( giaLai() + QStringList{ QStringLiteral( "--report" ), report, QStringLiteral( "--dpi" ), QStringLiteral( "30" ) } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_EQ( orangePixels( QImage( report ) ), 0 );
}

TEST( CoverageMapReport, ProjectReloadsWithItsLayerRendererAndLayout )
{
  AcvScratch scratch;
  const QString project = scratch.path( QStringLiteral( "gia_lai.qgz" ) );
  const AcvCommandResult run = coverageMap( giaLai() + QStringList{ QStringLiteral( "--joined" ), scratch.path( QStringLiteral( "gia_lai.gpkg" ) ), QStringLiteral( "--project" ), project,
                                                                    QStringLiteral( "--atlas" ), scratch.path( QStringLiteral( "atlas.pdf" ) ) } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  QgsProject reloaded;
  ASSERT_TRUE( reloaded.read( project ) ) << reloaded.error().toStdString();
  // The layer tree holds the coverage layer alone (the atlas highlight stays out of it).
  const QList<QgsLayerTreeLayer *> treeLayers = reloaded.layerTreeRoot()->findLayers();
  ASSERT_EQ( treeLayers.size(), 1 );
  QgsVectorLayer *coverage = qobject_cast<QgsVectorLayer *>( treeLayers.first()->layer() );
  ASSERT_NE( coverage, nullptr );
  EXPECT_TRUE( coverage->isValid() );
  EXPECT_EQ( coverage->featureCount(), 17 );
  EXPECT_EQ( coverage->name(), u8( "Tỷ lệ cài đặt trên người dùng ĐTTM – Mục tiêu 60 %" ) );
  // The coverage style as the command made it: classes, band and no-data rules, labels.
  EXPECT_EQ( coverage->renderer()->type(), QStringLiteral( "RuleRenderer" ) );
  QStringList legend;
  for ( const QgsLegendSymbolItem &item : coverage->renderer()->legendSymbolItems() )
    legend.append( item.label() );
  EXPECT_EQ( legend, ( QStringList{ u8( "0–15 %" ), u8( "15–30 %" ), u8( "30–45 %" ), u8( "45–60 %" ), u8( "60–100 %" ), u8( "Dưới mục tiêu (< 60 %)" ), u8( "Không có số liệu" ) } ) );
  EXPECT_TRUE( coverage->labelsEnabled() );
  // The command draws from memory; every layer the project keeps (the coverage and the atlas's
  // highlight) must read the GeoPackage instead, or it would come back empty.
  ASSERT_EQ( reloaded.mapLayers().size(), 2 );
  for ( QgsMapLayer *layer : reloaded.mapLayers() )
  {
    auto *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
    ASSERT_NE( vectorLayer, nullptr );
    EXPECT_EQ( vectorLayer->providerType(), QStringLiteral( "ogr" ) ) << vectorLayer->name().toStdString();
    EXPECT_TRUE( vectorLayer->source().startsWith( scratch.path( QStringLiteral( "gia_lai.gpkg" ) ) ) ) << vectorLayer->source().toStdString();
    EXPECT_EQ( vectorLayer->featureCount(), 17 ) << vectorLayer->name().toStdString();
  }
  const QList<QgsPrintLayout *> layouts = reloaded.layoutManager()->printLayouts();
  ASSERT_EQ( layouts.size(), 2 );
  for ( QgsPrintLayout *layout : layouts )
  {
    for ( const QString &id : AcvReportItemIds::all() )
      EXPECT_NE( layout->itemById( id ), nullptr ) << layout->name().toStdString() << ": " << id.toStdString();
  }
}

TEST( CoverageMapReport, EditedTemplateIsFilledByItemIds )
{
  AcvScratch scratch;
  // An analyst's edit: the title moved and set in another size, the scale bar deleted.
  QFile bundled( QStringLiteral( ACV_SOURCE_GEODATA "/../styles/acv_report_a4_portrait.qpt" ) );
  ASSERT_TRUE( bundled.open( QIODevice::ReadOnly ) );
  QDomDocument document;
  ASSERT_TRUE( document.setContent( &bundled ) );
  const QDomNodeList items = document.elementsByTagName( QStringLiteral( "LayoutItem" ) );
  for ( int i = items.size() - 1; i >= 0; --i )
  {
    QDomElement item = items.at( i ).toElement();
    if ( item.attribute( QStringLiteral( "id" ) ) == QLatin1String( "scalebar" ) )
      item.parentNode().removeChild( item );
    else if ( item.attribute( QStringLiteral( "id" ) ) == QLatin1String( "title" ) )
      item.setAttribute( QStringLiteral( "position" ), QStringLiteral( "20,12,mm" ) );
  }
  const QString edited = scratch.write( QStringLiteral( "edited.qpt" ), document.toByteArray() );
  const QString pdf = scratch.path( QStringLiteral( "edited.pdf" ) );
  AcvCommandResult run = coverageMap( giaLai() + QStringList{ QStringLiteral( "--layout" ), edited, QStringLiteral( "--report" ), pdf } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  const QString text = pdfText( pdf );
  EXPECT_TRUE( text.contains( u8( "Huyện Kông Chro" ) ) );
  EXPECT_FALSE( text.contains( QStringLiteral( " km" ) ) ); // no scale bar any more

  // A template without a map item is refused, naming the file and the id.
  for ( int i = items.size() - 1; i >= 0; --i )
  {
    QDomElement item = items.at( i ).toElement();
    if ( item.attribute( QStringLiteral( "id" ) ) == QLatin1String( "map" ) )
      item.parentNode().removeChild( item );
  }
  const QString noMap = scratch.write( QStringLiteral( "nomap.qpt" ), document.toByteArray() );
  run = coverageMap( giaLai() + QStringList{ QStringLiteral( "--layout" ), noMap, QStringLiteral( "--report" ), scratch.path( QStringLiteral( "x.pdf" ) ) } );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "nomap.qpt" ) ) && run.err.contains( QStringLiteral( "'map'" ) ) ) << run.err.toStdString();
  EXPECT_FALSE( QFileInfo::exists( scratch.path( QStringLiteral( "x.pdf" ) ) ) );
}

TEST( CoverageMapReport, RefusesOutputsThatCannotBeWritten )
{
  AcvScratch scratch;
  AcvCommandResult run = coverageMap( giaLai() + QStringList{ QStringLiteral( "--report" ), scratch.path( QStringLiteral( "missing/report.pdf" ) ) } );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "does not exist" ) ) ) << run.err.toStdString();

  const QString qpt = scratch.write( QStringLiteral( "mine.qpt" ), QByteArray() );
  run = coverageMap( giaLai() + QStringList{ QStringLiteral( "--layout" ), qpt, QStringLiteral( "--save-layout" ), qpt } );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "is also an input" ) ) ) << run.err.toStdString();

  run = coverageMap( giaLai() + QStringList{ QStringLiteral( "--report" ), scratch.path( QStringLiteral( "report.docx" ) ) } );
  EXPECT_EQ( run.exitCode, 2 );
  run = coverageMap( giaLai() + QStringList{ QStringLiteral( "--project" ), scratch.path( QStringLiteral( "p.qgz" ) ) } );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "--joined" ) ) );
  EXPECT_EQ( QDir( scratch.dir() ).entryList( QDir::Files | QDir::Hidden ), QStringList{ QStringLiteral( "mine.qpt" ) } );
}

TEST( CoverageMapReport, ACommuneReportListsTheLargestGapsAndCountsTheRest )
{
  AcvScratch scratch;
  const QString pdf = scratch.path( QStringLiteral( "communes.pdf" ) );
  const AcvCommandResult run = coverageMap( { QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_communes.geojson" ) ), QStringLiteral( "--stats" ),
                                              acvWriteGiaLaiCommuneAnnex( scratch ), QStringLiteral( "--match" ), QStringLiteral( "code" ), QStringLiteral( "--report" ), pdf } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  const QString text = pdfText( pdf ).normalized( QString::NormalizationForm_C );
  // All 222 invented communes are below 60 %: 59 rows, then one line for the other 163.
  EXPECT_TRUE( text.contains( u8( "… và 163 đơn vị khác" ) ) ) << text.right( 600 ).toStdString();
  EXPECT_LE( pdfInfo( pdf ).pages, 2 );
  // Commune names, not codes, name the rows.
  EXPECT_TRUE( text.contains( u8( "Phường" ) ) || text.contains( u8( "Xã" ) ) );
  EXPECT_FALSE( text.contains( QStringLiteral( "6030101" ) ) );
}

TEST( CoverageMapReport, A4LandscapeKeepsEverySummaryLineAndAProvincesTableOnOnePage )
{
  AcvScratch scratch;
  const QString pdf = scratch.path( QStringLiteral( "landscape.pdf" ) );
  const QString joined = scratch.path( QStringLiteral( "j.gpkg" ) );
  const AcvCommandResult run = coverageMap( giaLai() + QStringList{ QStringLiteral( "--orientation" ), QStringLiteral( "landscape" ), QStringLiteral( "--report" ), pdf,
                                                                    QStringLiteral( "--joined" ), joined } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_EQ( pdfInfo( pdf ).pages, 1 );
  const QString text = pdfText( pdf ).normalized( QString::NormalizationForm_C );
  // The summary box's last line, which a box too short for its wrapped labels would hide.
  EXPECT_TRUE( text.contains( u8( "Số lượt cài còn thiếu" ) ) ) << text.toStdString();
  int below = 0;
  for ( const AcvReadFeature &f : acvReadFeatures( joined, QStringLiteral( "coverage" ) ) )
  {
    if ( f.attributes.value( QStringLiteral( "below_target" ) ).toInt() != 1 )
      continue;
    ++below;
    EXPECT_TRUE( text.contains( f.attributes.value( QStringLiteral( "locality" ) ).toString() ) ) << f.attributes.value( QStringLiteral( "locality" ) ).toString().toStdString();
  }
  EXPECT_EQ( below, 14 );
}
