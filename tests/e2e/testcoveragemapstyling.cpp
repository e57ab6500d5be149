/***************************************************************************
  testcoveragemapstyling.cpp - coverage-map's styling options, end to end
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragestyle.h"
#include "acvcoveragesymbols.h"
#include "acve2eutils.h"
#include "acvmapimage.h"
#include "acvqgistestutils.h"
#include "acvstyledescription.h"
#include "acvstylefile.h"
#include "acvtestutils.h"

#include <qgsgeometry.h>
#include <qgsfeatureiterator.h>
#include <qgslegendsymbolitem.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsfillsymbol.h>
#include <qgsrenderer.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QTextStream>

#include <gtest/gtest.h>

#include <memory>

namespace
{
QStringList giaLai()
{
  return { QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ),
           QStringLiteral( "--stats" ), acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ) };
}

QStringList legend( const QgsVectorLayer &layer )
{
  QStringList labels;
  for ( const QgsLegendSymbolItem &item : layer.renderer()->legendSymbolItems() )
    labels.append( item.label() );
  return labels;
}

//! A layer over the joined GeoPackage with the style file applied.
std::unique_ptr<QgsVectorLayer> styled( const QString &joined, const QString &style )
{
  auto layer = std::make_unique<QgsVectorLayer>( joined, QStringLiteral( "j" ), QStringLiteral( "ogr" ) );
  QString error;
  EXPECT_TRUE( AcvStyleFile::load( *layer, style, error ) ) << error.toStdString();
  return layer;
}

QStringList filesIn( const QString &dir )
{
  return QDir( dir ).entryList( QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot );
}
} // namespace

TEST( CoverageMapStyling, TheStylesFolderMatchesTheCode )
{
  QFile manifest( QStringLiteral( ACV_SOURCE_STYLES "/styles.txt" ) );
  ASSERT_TRUE( manifest.open( QIODevice::ReadOnly ) );
  AcvScratch scratch;
  const QString joined = scratch.path( QStringLiteral( "vn.gpkg" ) );
  int compared = 0;
  QTextStream lines( &manifest );
  while ( !lines.atEnd() )
  {
    const QString line = lines.readLine().trimmed();
    if ( line.isEmpty() || line.startsWith( QLatin1Char( '#' ) ) )
      continue;
    QStringList words = line.split( QLatin1Char( ' ' ), Qt::SkipEmptyParts );
    const QString file = words.takeFirst();
    const QString fresh = scratch.path( file );
    QStringList arguments{ QStringLiteral( "--boundaries" ), acvSourceGeodata( QStringLiteral( "vn_provinces.gpkg" ) ),
                           QStringLiteral( "--stats" ), acvSourceGeodata( QStringLiteral( "vn_bluezone_2020-08-20.csv" ) ),
                           QStringLiteral( "--export-style" ), fresh };
    if ( !QFile::exists( joined ) )
      arguments << QStringLiteral( "--joined" ) << joined;
    const AcvCommandResult run = acvRunCoverageMap( arguments + words );
    ASSERT_EQ( run.exitCode, 0 ) << file.toStdString() << ": " << run.err.toStdString();
    const QString committed = QStringLiteral( ACV_SOURCE_STYLES "/" ) + file;
    ASSERT_TRUE( QFile::exists( committed ) ) << committed.toStdString() << " is missing: run scripts/make-styles.sh";
    EXPECT_EQ( acvDescribeStyle( *styled( joined, committed ) ), acvDescribeStyle( *styled( joined, fresh ) ) )
        << committed.toStdString() << " no longer matches the code: run scripts/make-styles.sh";
    ++compared;
  }
  EXPECT_GE( compared, 4 );
  for ( const char *required : { "coverage_target.qml", "coverage_jenks.qml", "below_target_only.qml" } )
    EXPECT_TRUE( QFile::exists( QStringLiteral( ACV_SOURCE_STYLES "/" ) + QString::fromLatin1( required ) ) ) << required;
}

TEST( CoverageMapStyling, ClassesRampLanguageAndCountsReachTheStyle )
{
  AcvScratch scratch;
  const QString joined = scratch.path( QStringLiteral( "j.gpkg" ) );
  const QString qml = scratch.path( QStringLiteral( "s.qml" ) );
  const AcvCommandResult run = acvRunCoverageMap( giaLai() + QStringList{ QStringLiteral( "--classes" ), QStringLiteral( "jenks" ), QStringLiteral( "--class-count" ), QStringLiteral( "4" ),
                                                                          QStringLiteral( "--ramp" ), QStringLiteral( "reds" ), QStringLiteral( "--lang" ), QStringLiteral( "en" ),
                                                                          QStringLiteral( "--legend-counts" ), QStringLiteral( "--joined" ), joined, QStringLiteral( "--export-style" ), qml } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "Style: jenks classes of coverage_pct" ) ) ) << run.out.toStdString();
  std::unique_ptr<QgsVectorLayer> layer = styled( joined, qml );
  const QStringList labels = legend( *layer );
  ASSERT_EQ( labels.size(), 6 ) << labels.join( QLatin1Char( '|' ) ).toStdString();
  int total = 0;
  for ( int i = 0; i < 4; ++i )
  {
    EXPECT_TRUE( QRegularExpression( QStringLiteral( "^\\d+(\\.\\d)?–\\d+(\\.\\d)?% \\((\\d+)\\)$" ) ).match( labels.at( i ) ).hasMatch() ) << labels.at( i ).toStdString();
    total += labels.at( i ).section( QLatin1Char( '(' ), -1 ).chopped( 1 ).toInt();
  }
  EXPECT_EQ( total, 17 );
  EXPECT_EQ( labels.at( 4 ), QStringLiteral( "Below target (< 60%) (14)" ) );
  EXPECT_EQ( labels.at( 5 ), QStringLiteral( "No data (0)" ) );
  // ColorBrewer Reds, 4 classes.
  const QStringList description = acvDescribeStyle( *layer );
  for ( const char *rgb : { "254,229,217", "252,174,145", "251,106,74", "203,24,29" } )
    EXPECT_TRUE( description.join( QLatin1Char( '\n' ) ).contains( QStringLiteral( "color=%1,255" ).arg( QLatin1String( rgb ) ) ) ) << rgb;
}

TEST( CoverageMapStyling, ManualBreaksWithVietnameseDecimals )
{
  AcvScratch scratch;
  const QString joined = scratch.path( QStringLiteral( "j.gpkg" ) );
  const QString qml = scratch.path( QStringLiteral( "s.qml" ) );
  const AcvCommandResult run = acvRunCoverageMap( giaLai() + QStringList{ QStringLiteral( "--breaks" ), QStringLiteral( "0;12,5;20;60;100" ), QStringLiteral( "--joined" ), joined,
                                                                          QStringLiteral( "--export-style" ), qml } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_EQ( legend( *styled( joined, qml ) ).mid( 0, 4 ), ( QStringList{ u8( "0–12,5 %" ), u8( "12,5–20 %" ), u8( "20–60 %" ), u8( "60–100 %" ) } ) );
}

TEST( CoverageMapStyling, AnAnalystsStyleFileReplacesTheGeneratedOne )
{
  AcvScratch scratch;
  const QString png = scratch.path( QStringLiteral( "m.png" ) );
  const QString joined = scratch.path( QStringLiteral( "j.gpkg" ) );
  const QString style = QStringLiteral( ACV_SOURCE_STYLES "/below_target_only.qml" );
  const QByteArray styleBefore = acvChecksum( style );
  const AcvCommandResult run = acvRunCoverageMap( giaLai() + QStringList{ QStringLiteral( "--style" ), style, QStringLiteral( "--out" ), png, QStringLiteral( "--joined" ), joined } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_EQ( acvChecksum( style ), styleBefore );
  // The style leaves the districts at or above 60 % white; the others keep their class colours.
  const QImage image( png );
  ASSERT_FALSE( image.isNull() );
  QgsVectorLayer layer( joined, QStringLiteral( "j" ), QStringLiteral( "ogr" ) );
  const QgsMapSettings mapSettings = AcvMapImage::mapSettings( { &layer }, layer.crs(), layer.extent(), image.size() );
  int white = 0;
  int coloured = 0;
  QgsFeature feature;
  QgsFeatureIterator it = layer.getFeatures();
  while ( it.nextFeature( feature ) )
  {
    const QgsPointXY pole = mapSettings.mapToPixel().transform( feature.geometry().poleOfInaccessibility( 1e-4 ).asPoint() );
    // A label may sit on the pole: look for the fill around it.
    bool isWhite = false;
    for ( int dy = -25; dy <= 25 && !isWhite; dy += 5 )
      isWhite = image.pixelColor( static_cast<int>( pole.x() ) + 30, static_cast<int>( pole.y() ) + dy ) == QColor( Qt::white );
    if ( feature.attribute( QStringLiteral( "coverage_pct" ) ).toDouble() >= 60 )
      white += isWhite ? 1 : 0;
    else
      coloured += isWhite ? 0 : 1;
  }
  EXPECT_EQ( white, 3 );
  EXPECT_EQ( coloured, 14 );
}

TEST( CoverageMapStyling, BadStylingRequestsExitTwoAndLeaveNothing )
{
  struct Case
  {
    QStringList arguments;
    QString message;
  };
  AcvScratch scratch;
  const QString out = scratch.path( QStringLiteral( "m.png" ) );
  const QString joined = scratch.path( QStringLiteral( "j.gpkg" ) );
  const QString broken = scratch.write( QStringLiteral( "broken.qml" ), "<qgis><renderer-v2 type=\"RuleRenderer\"><rules>" );
  const QList<Case> cases{
      { { QStringLiteral( "--classes" ), QStringLiteral( "natural" ) }, QStringLiteral( "--classes takes target, equal, quantile, jenks, stddev, pretty, manual" ) },
      { { QStringLiteral( "--classes" ), QStringLiteral( "manual" ) }, QStringLiteral( "--classes manual needs --breaks" ) },
      { { QStringLiteral( "--class-count" ), QStringLiteral( "1" ) }, QStringLiteral( "--class-count takes a whole number from 2 to 12" ) },
      { { QStringLiteral( "--breaks" ), QStringLiteral( "0,50,40" ) }, QStringLiteral( "--breaks must increase" ) },
      { { QStringLiteral( "--breaks" ), QStringLiteral( "0,20" ), QStringLiteral( "--classes" ), QStringLiteral( "jenks" ) }, QStringLiteral( "cannot go with --classes jenks" ) },
      { { QStringLiteral( "--labels" ), QStringLiteral( "--no-labels" ) }, QStringLiteral( "contradict" ) },
      { { QStringLiteral( "--style" ), QStringLiteral( "a.qml" ), QStringLiteral( "--ramp" ), QStringLiteral( "Reds" ) }, QStringLiteral( "--ramp shapes the generated style" ) },
      { { QStringLiteral( "--ramp" ), QStringLiteral( "Rainbow" ) }, QStringLiteral( "no colour ramp 'Rainbow' (it has: " ) },
      { { QStringLiteral( "--field" ), QStringLiteral( "downloads" ) }, QStringLiteral( "no field 'downloads' to classify" ) },
      { { QStringLiteral( "--field" ), QStringLiteral( "installs" ), QStringLiteral( "--diverging" ) }, QStringLiteral( "diverging around the target needs a percentage field" ) },
      { { QStringLiteral( "--style" ), scratch.path( QStringLiteral( "none.qml" ) ) }, QStringLiteral( "none.qml: no such style file" ) },
      { { QStringLiteral( "--style" ), broken }, QStringLiteral( "broken.qml: " ) },
      { { QStringLiteral( "--export-style" ), scratch.path( QStringLiteral( "style.txt" ) ) }, QStringLiteral( "a style is saved as .qml (QGIS) or .sld" ) },
  };
  for ( const Case &c : cases )
  {
    const AcvCommandResult run = acvRunCoverageMap( giaLai() + c.arguments + QStringList{ QStringLiteral( "--out" ), out, QStringLiteral( "--joined" ), joined } );
    EXPECT_EQ( run.exitCode, 2 ) << c.arguments.join( QLatin1Char( ' ' ) ).toStdString() << ": " << run.err.toStdString();
    EXPECT_TRUE( run.err.contains( c.message ) ) << c.arguments.join( QLatin1Char( ' ' ) ).toStdString() << ": " << run.err.toStdString();
    EXPECT_EQ( filesIn( scratch.dir() ), ( QStringList{ QStringLiteral( "broken.qml" ) } ) ) << c.arguments.join( QLatin1Char( ' ' ) ).toStdString();
  }
}

TEST( CoverageMapStyling, ACommuneMapIsUnlabelledUnlessAsked )
{
  // An illustrative commune annex for Gia Lai's 222 communes, keyed by the layer's commune code:
  // commune names repeat across districts, codes do not.
  AcvScratch scratch;
  const QString boundaries = acvSharedGeodata( QStringLiteral( "gia_lai_communes.geojson" ) );
  const QString stats = acvWriteGiaLaiCommuneAnnex( scratch );
  const QStringList inputs{ QStringLiteral( "--boundaries" ), boundaries, QStringLiteral( "--stats" ), stats, QStringLiteral( "--match" ), QStringLiteral( "code" ),
                            QStringLiteral( "--boundary-key" ), QStringLiteral( "commune_id" ), QStringLiteral( "--joined" ), scratch.path( QStringLiteral( "j.gpkg" ) ) };
  const QString unlabelled = scratch.path( QStringLiteral( "auto.qml" ) );
  AcvCommandResult run = acvRunCoverageMap( inputs + QStringList{ QStringLiteral( "--export-style" ), unlabelled } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "Labels: off for 222 localities" ) ) ) << run.out.toStdString();
  EXPECT_FALSE( styled( scratch.path( QStringLiteral( "j.gpkg" ) ), unlabelled )->labelsEnabled() );

  QFile::remove( scratch.path( QStringLiteral( "j.gpkg" ) ) );
  const QString labelled = scratch.path( QStringLiteral( "forced.qml" ) );
  run = acvRunCoverageMap( inputs + QStringList{ QStringLiteral( "--labels" ), QStringLiteral( "--export-style" ), labelled } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  std::unique_ptr<QgsVectorLayer> layer = styled( scratch.path( QStringLiteral( "j.gpkg" ) ), labelled );
  EXPECT_TRUE( layer->labelsEnabled() );
  // The commune's own name labels it, not its code.
  QgsFeature feature;
  layer->getFeatures().nextFeature( feature );
  EXPECT_EQ( feature.attribute( QStringLiteral( "locality" ) ).toString(), feature.attribute( QStringLiteral( "commune_vn" ) ).toString() );
}

TEST( CoverageMapStyling, SmallLocalitiesKeepTheirColoursAtNationalScale )
{
  // Gia Lai's 222 communes drawn over all of Vietnam are a few pixels each. With a fixed border
  // and band the commune map turned grey-black; borders now thin with the scale and the band
  // waits until localities are large enough on the page to frame.
  AcvScratch scratch;
  const QString joined = scratch.path( QStringLiteral( "j.gpkg" ) );
  const AcvCommandResult run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_communes.geojson" ) ),
                                                    QStringLiteral( "--stats" ), acvWriteGiaLaiCommuneAnnex( scratch ), QStringLiteral( "--match" ), QStringLiteral( "code" ),
                                                    QStringLiteral( "--boundary-key" ), QStringLiteral( "commune_id" ), QStringLiteral( "--joined" ), joined,
                                                    QStringLiteral( "--out" ), scratch.path( QStringLiteral( "map.png" ) ) } );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  const QRegularExpressionMatch announced = QRegularExpression( QStringLiteral( "Below-target band: drawn at 1:(\\d+) and closer" ) ).match( run.out );
  ASSERT_TRUE( announced.hasMatch() ) << run.out.toStdString();
  const double bandScale = announced.captured( 1 ).toDouble();

  QgsVectorLayer layer( joined + QStringLiteral( "|layername=coverage" ), QStringLiteral( "coverage" ), QStringLiteral( "ogr" ) );
  AcvStyleOptions options;
  options.labels = false;
  AcvStyleSummary summary;
  QString error;
  ASSERT_TRUE( AcvCoverageStyle::apply( layer, options, summary, error ) ) << error.toStdString();
  EXPECT_EQ( summary.bandMinimumScale, static_cast<int>( bandScale ) );
  ASSERT_GT( summary.belowTargetCount, 50 );

  // Near-black band pixels and class-coloured pixels inside Gia Lai's footprint on the image.
  auto census = [&]( const QgsRectangle &extent, int &band, double &classShare )
  {
    const QgsMapSettings settings = AcvMapImage::mapSettings( { &layer }, layer.crs(), extent, QSize( 1600, 1200 ) );
    QgsMapRendererSequentialJob job( settings );
    job.start();
    job.waitForFinished();
    const QImage image = job.renderedImage();
    const QRectF footprint( settings.mapToPixel().transform( layer.extent().xMinimum(), layer.extent().yMaximum() ).toQPointF(),
                            settings.mapToPixel().transform( layer.extent().xMaximum(), layer.extent().yMinimum() ).toQPointF() );
    band = 0;
    int inked = 0;
    int classed = 0;
    for ( int y = std::max( 0, static_cast<int>( footprint.top() ) ); y < std::min( image.height(), static_cast<int>( footprint.bottom() ) + 1 ); ++y )
    {
      for ( int x = std::max( 0, static_cast<int>( footprint.left() ) ); x < std::min( image.width(), static_cast<int>( footprint.right() ) + 1 ); ++x )
      {
        const QColor c = image.pixelColor( x, y );
        if ( c.red() > 245 && c.green() > 245 && c.blue() > 245 )
          continue;
        ++inked;
        band += c.red() < 60 && c.green() < 60 && c.blue() < 60 ? 1 : 0;
        for ( const AcvStyleClass &styleClass : summary.classes )
        {
          if ( std::abs( c.red() - styleClass.color.red() ) <= 16 && std::abs( c.green() - styleClass.color.green() ) <= 16 && std::abs( c.blue() - styleClass.color.blue() ) <= 16 )
          {
            ++classed;
            break;
          }
        }
      }
    }
    classShare = inked ? static_cast<double>( classed ) / inked : 0.0;
    return settings.scale();
  };

  int band = 0;
  double classShare = 0;
  const double nationalScale = census( QgsRectangle( 102.1, 8.4, 109.5, 23.4 ), band, classShare );
  ASSERT_GT( nationalScale, bandScale );
  EXPECT_EQ( band, 0 ) << "band pixels at 1:" << nationalScale;
  EXPECT_GT( classShare, 0.5 ) << "class colours at 1:" << nationalScale;

  // The same map with the fixed 0.2 mm border and an unconditional band, as before: the band
  // covers communes and the borders eat the colours.
  std::unique_ptr<QgsRuleBasedRenderer> fixed( static_cast<QgsRuleBasedRenderer *>( layer.renderer()->clone() ) );
  for ( QgsRuleBasedRenderer::Rule *rule : fixed->rootRule()->descendants() )
  {
    rule->setMinimumScale( 0 );
    if ( rule->symbol() )
      AcvCoverageSymbols::setBorder( static_cast<QgsFillSymbol *>( rule->symbol() ), 0 );
  }
  const std::unique_ptr<QgsFeatureRenderer> adaptive( layer.renderer()->clone() );
  layer.setRenderer( fixed.release() );
  int fixedBand = 0;
  double fixedShare = 0;
  census( QgsRectangle( 102.1, 8.4, 109.5, 23.4 ), fixedBand, fixedShare );
  EXPECT_GT( fixedBand, 500 );
  EXPECT_LT( fixedShare, classShare - 0.2 ) << "fixed borders " << fixedShare << ", adaptive " << classShare;
  layer.setRenderer( adaptive->clone() );

  const double provinceScale = census( layer.extent(), band, classShare );
  ASSERT_LT( provinceScale, bandScale );
  EXPECT_GT( band, 5000 ) << "band pixels at 1:" << provinceScale;
  EXPECT_GT( classShare, 0.5 ) << "class colours at 1:" << provinceScale;
}
