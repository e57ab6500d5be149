/***************************************************************************
  testacvcoveragerendering.cpp - the coverage map's pixels: classes, band, no data, labels
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragestyle.h"
#include "acvcoveragesymbols.h"
#include "acvjoinedsample.h"
#include "acvrendertestutils.h"

#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgscurve.h>
#include <qgspolygon.h>
#include <qgsvectorlayer.h>

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <memory>

namespace
{
struct District
{
  QString name;
  QgsGeometry geometry;
  QVariant coverage;
};

struct StyledSample
{
  AcvScratch scratch;
  std::unique_ptr<QgsVectorLayer> layer;
  AcvStyleSummary summary;
  QVector<District> districts;
};

std::unique_ptr<StyledSample> styledSample( const AcvStyleOptions &options, const QStringList &dropRows = {} )
{
  auto sample = std::make_unique<StyledSample>();
  QString error;
  const QString path = acvWriteJoinedGiaLai( sample->scratch, error, dropRows, options.classification.targetPct );
  EXPECT_FALSE( path.isEmpty() ) << error.toStdString();
  sample->layer = std::make_unique<QgsVectorLayer>( path + QStringLiteral( "|layername=coverage" ), QStringLiteral( "coverage" ), QStringLiteral( "ogr" ) );
  EXPECT_TRUE( AcvCoverageStyle::apply( *sample->layer, options, sample->summary, error ) ) << error.toStdString();
  QgsFeature feature;
  QgsFeatureIterator it = sample->layer->getFeatures();
  while ( it.nextFeature( feature ) )
    sample->districts.append( { feature.attribute( QStringLiteral( "locality" ) ).toString(), feature.geometry(), feature.attribute( QStringLiteral( "coverage_pct" ) ) } );
  return sample;
}

QColor classColour( const AcvStyleSummary &summary, double value )
{
  for ( int i = 0; i < summary.classes.size(); ++i )
  {
    const AcvStyleClass &c = summary.classes.at( i );
    if ( value >= c.lower && ( value < c.upper || ( i == summary.classes.size() - 1 && value <= c.upper ) ) )
      return c.color;
  }
  return QColor();
}

//! Share of the pixels along a ring just inside the border that have \a colour.
double shareAlongInnerRing( const AcvRendered &rendered, const QgsGeometry &polygon, double insetPixels, const QColor &colour, int tolerance )
{
  const double inset = insetPixels * rendered.settings.mapUnitsPerPixel();
  const QgsGeometry inner = polygon.buffer( -inset, 8 );
  int total = 0;
  int matching = 0;
  for ( auto part = inner.const_parts_begin(); part != inner.const_parts_end(); ++part )
  {
    const auto *surface = qgsgeometry_cast<const QgsPolygon *>( *part );
    if ( !surface || !surface->exteriorRing() )
      continue;
    const QgsGeometry ring( surface->exteriorRing()->clone() );
    const double step = rendered.settings.mapUnitsPerPixel() * 2;
    for ( double distance = 0; distance < ring.length(); distance += step )
    {
      const QgsGeometry point = ring.interpolate( distance );
      if ( point.isNull() )
        continue;
      const QPoint pixel = rendered.pixel( point.asPoint() );
      ++total;
      matching += acvSameColour( rendered.image.pixelColor( pixel ), colour, tolerance ) ? 1 : 0;
    }
  }
  return total ? static_cast<double>( matching ) / total : 0.0;
}
} // namespace

TEST( AcvCoverageRendering, EachDistrictIsFilledWithItsClassColour )
{
  AcvStyleOptions options;
  options.labels = false;
  std::unique_ptr<StyledSample> sample = styledSample( options, { QStringLiteral( "Krông Pa" ) } );
  const AcvRendered rendered = acvRender( *sample->layer, QSize( 1000, 800 ) );
  ASSERT_FALSE( rendered.image.isNull() );
  int checked = 0;
  for ( const District &district : sample->districts )
  {
    const QPoint pixel = rendered.pixel( district.geometry.poleOfInaccessibility( 1e-4 ).asPoint() );
    if ( district.coverage.isNull() )
      continue;
    const QColor expected = classColour( sample->summary, district.coverage.toDouble() );
    EXPECT_TRUE( acvSameColour( rendered.image.pixelColor( pixel ), expected, 2 ) )
        << district.name.toStdString() << ": " << rendered.image.pixelColor( pixel ).name().toStdString() << " != " << expected.name().toStdString();
    ++checked;
  }
  EXPECT_EQ( checked, 16 );
}

TEST( AcvCoverageRendering, LocalitiesWithoutStatisticsAreHatchedGrey )
{
  AcvStyleOptions options;
  options.labels = false;
  std::unique_ptr<StyledSample> sample = styledSample( options, { QStringLiteral( "Krông Pa" ) } );
  const AcvRendered rendered = acvRender( *sample->layer, QSize( 1000, 800 ) );
  int noData = 0;
  for ( const District &district : sample->districts )
  {
    if ( !district.coverage.isNull() )
      continue;
    ++noData;
    EXPECT_EQ( district.name, u8( "Huyện Krông Pa" ) );
    // Sample every pixel inside the district: mostly the grey fill, a fair share of hatch lines.
    int inside = 0;
    int fill = 0;
    int hatch = 0;
    const QgsRectangle box = district.geometry.boundingBox();
    const QPoint topLeft = rendered.pixel( QgsPointXY( box.xMinimum(), box.yMaximum() ) );
    const QPoint bottomRight = rendered.pixel( QgsPointXY( box.xMaximum(), box.yMinimum() ) );
    const QgsGeometry shrunk = district.geometry.buffer( -3 * rendered.settings.mapUnitsPerPixel(), 4 );
    for ( int y = topLeft.y(); y <= bottomRight.y(); ++y )
    {
      for ( int x = topLeft.x(); x <= bottomRight.x(); ++x )
      {
        const QgsPointXY point = rendered.settings.mapToPixel().toMapCoordinates( x, y );
        if ( !shrunk.contains( &point ) )
          continue;
        ++inside;
        const QColor colour = rendered.image.pixelColor( x, y );
        fill += acvSameColour( colour, AcvCoverageSymbols::noDataFillColor(), 3 ) ? 1 : 0;
        // Hatch lines are thinner than a pixel: anti-aliased, they are neutral greys darker than the fill.
        const bool neutral = std::abs( colour.red() - colour.green() ) <= 3 && std::abs( colour.green() - colour.blue() ) <= 3;
        hatch += neutral && colour.red() < AcvCoverageSymbols::noDataFillColor().red() - 15 && colour.red() >= AcvCoverageSymbols::noDataHatchColor().red() - 10 ? 1 : 0;
      }
    }
    ASSERT_GT( inside, 1000 );
    EXPECT_GT( fill, inside / 2 ) << fill << " of " << inside;
    EXPECT_GT( hatch, inside / 20 ) << hatch << " of " << inside;
    EXPECT_EQ( fill + hatch > inside * 9 / 10, true ) << "other colours inside the no-data district";
  }
  EXPECT_EQ( noData, 1 );
}

TEST( AcvCoverageRendering, BelowTargetDistrictsCarryTheBandOthersDoNot )
{
  AcvStyleOptions options;
  options.labels = false;
  std::unique_ptr<StyledSample> sample = styledSample( options );
  const AcvRendered rendered = acvRender( *sample->layer, QSize( 1000, 800 ) );
  const double bandPixels = AcvCoverageSymbols::belowTargetWidthMm( 17 ) * rendered.settings.outputDpi() / 25.4;
  int below = 0;
  int above = 0;
  for ( const District &district : sample->districts )
  {
    // Half-way into the band, well clear of the thin border on the edge itself.
    const double share = shareAlongInnerRing( rendered, district.geometry, bandPixels / 2 - 0.5, AcvCoverageSymbols::belowTargetColor(), 40 );
    if ( district.coverage.toDouble() < 60 )
    {
      EXPECT_GT( share, 0.8 ) << district.name.toStdString();
      // In greyscale print the band must still stand apart from the district's own fill.
      const QPoint pole = rendered.pixel( district.geometry.poleOfInaccessibility( 1e-4 ).asPoint() );
      EXPECT_GE( qGray( rendered.image.pixel( pole ) ) - qGray( AcvCoverageSymbols::belowTargetColor().rgb() ), 80 ) << district.name.toStdString();
      ++below;
    }
    else
    {
      EXPECT_LT( share, 0.05 ) << district.name.toStdString();
      ++above;
    }
  }
  EXPECT_EQ( below, 14 );
  EXPECT_EQ( above, 3 );
}

TEST( AcvCoverageRendering, LabelsSitInsideTheirDistrictsWithoutCollisions )
{
  AcvStyleOptions options;
  std::unique_ptr<StyledSample> sample = styledSample( options );
  const AcvRendered rendered = acvRender( *sample->layer, QSize( 1600, 1200 ) );
  ASSERT_TRUE( rendered.labels );
  QList<QgsLabelPosition> placed;
  for ( const QgsLabelPosition &label : rendered.labels->allLabels() )
  {
    if ( !label.isUnplaced )
      placed.append( label );
  }
  // Every district of a province map is labelled at this size.
  ASSERT_EQ( placed.size(), 17 );
  for ( int i = 0; i < placed.size(); ++i )
  {
    const QgsLabelPosition &label = placed.at( i );
    for ( int j = i + 1; j < placed.size(); ++j )
      EXPECT_FALSE( label.labelRect.intersects( placed.at( j ).labelRect ) ) << label.labelText.toStdString() << " / " << placed.at( j ).labelText.toStdString();
    const QgsFeature feature = sample->layer->getFeature( label.featureId );
    const QgsPointXY centre = label.labelRect.center();
    EXPECT_TRUE( feature.geometry().contains( &centre ) ) << label.labelText.toStdString();
    // "Chư Păh\n14,9 %": the name without its admin type, then the coverage written the Vietnamese way.
    const QStringList lines = label.labelText.split( QLatin1Char( '\n' ) );
    ASSERT_EQ( lines.size(), 2 ) << label.labelText.toStdString();
    const QString locality = feature.attribute( QStringLiteral( "locality" ) ).toString();
    EXPECT_TRUE( locality.endsWith( QLatin1Char( ' ' ) + lines.at( 0 ) ) ) << locality.toStdString() << " / " << label.labelText.toStdString();
    EXPECT_TRUE( QRegularExpression( QStringLiteral( "^\\d{1,3},\\d %$" ) ).match( lines.at( 1 ) ).hasMatch() ) << label.labelText.toStdString();
  }
  // Label text is drawn: dark pixels at each label's centre area.
  int withInk = 0;
  for ( const QgsLabelPosition &label : std::as_const( placed ) )
  {
    const QPoint topLeft = rendered.pixel( QgsPointXY( label.labelRect.xMinimum(), label.labelRect.yMaximum() ) );
    const QPoint bottomRight = rendered.pixel( QgsPointXY( label.labelRect.xMaximum(), label.labelRect.yMinimum() ) );
    int ink = 0;
    for ( int y = topLeft.y(); y <= bottomRight.y(); ++y )
      for ( int x = topLeft.x(); x <= bottomRight.x(); ++x )
        ink += qGray( rendered.image.pixel( x, y ) ) < 90 ? 1 : 0;
    withInk += ink > 20 ? 1 : 0;
  }
  EXPECT_EQ( withInk, 17 );
}

TEST( AcvCoverageRendering, MatchesTheReferenceImages )
{
  struct Case
  {
    const char *reference;
    AcvLanguage language;
    bool belowTargetOnly;
    bool diverging;
  };
  for ( const Case &c : { Case{ "gia_lai_target_vi.png", AcvLanguage::Vietnamese, false, false },
                          Case{ "gia_lai_below_target_only_en.png", AcvLanguage::English, true, false },
                          Case{ "gia_lai_diverging_vi.png", AcvLanguage::Vietnamese, false, true } } )
  {
    AcvStyleOptions options;
    options.language = c.language;
    options.belowTargetOnly = c.belowTargetOnly;
    options.diverging = c.diverging;
    std::unique_ptr<StyledSample> sample = styledSample( options, { QStringLiteral( "Krông Pa" ) } );
    const AcvRendered rendered = acvRender( *sample->layer, QSize( 800, 600 ) );
    QString message;
    // Anti-aliasing may differ by a few levels between machines; text placement may not.
    EXPECT_TRUE( acvMatchesReference( rendered.image, QString::fromLatin1( c.reference ), 12, 200, message ) ) << message.toStdString();
  }
}

TEST( AcvCoverageRendering, TheReferenceCheckCatchesAChangedMap )
{
  if ( qEnvironmentVariableIntValue( "ACV_UPDATE_REFERENCES" ) == 1 )
    GTEST_SKIP() << "references are being rewritten";
  // The reference map, but in another ramp: the check must fail and show where.
  AcvStyleOptions options;
  options.ramp = QStringLiteral( "PuBu" );
  std::unique_ptr<StyledSample> sample = styledSample( options, { QStringLiteral( "Krông Pa" ) } );
  const AcvRendered rendered = acvRender( *sample->layer, QSize( 800, 600 ) );
  QFile::remove( acvTestArtifact( QStringLiteral( "diff_gia_lai_target_vi.png" ) ) );
  QString message;
  EXPECT_FALSE( acvMatchesReference( rendered.image, QStringLiteral( "gia_lai_target_vi.png" ), 12, 200, message ) );
  EXPECT_TRUE( message.contains( QStringLiteral( "pixels differ" ) ) ) << message.toStdString();
  const QImage diff( acvTestArtifact( QStringLiteral( "diff_gia_lai_target_vi.png" ) ) );
  ASSERT_FALSE( diff.isNull() );
  EXPECT_EQ( diff.size(), QSize( 800, 600 ) );
}
