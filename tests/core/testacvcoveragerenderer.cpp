/***************************************************************************
  testacvcoveragerenderer.cpp - target-anchored classes
 ***************************************************************************/
#include "acvcoveragerenderer.h"

#include <qgsgraduatedsymbolrenderer.h>
#include <qgsrendererrange.h>
#include <qgssymbol.h>

#include <QSet>

#include <gtest/gtest.h>

#include <memory>

TEST( AcvCoverageRenderer, TheTargetIsAlwaysABreak )
{
  EXPECT_EQ( AcvCoverageRenderer::targetBreaks( 60 ), QVector<double>( { 0, 15, 30, 45, 60, 100 } ) );
  EXPECT_EQ( AcvCoverageRenderer::targetBreaks( 80 ), QVector<double>( { 0, 20, 40, 60, 80, 100 } ) );
  EXPECT_EQ( AcvCoverageRenderer::targetBreaks( 100 ), QVector<double>( { 0, 25, 50, 75, 100 } ) );
  EXPECT_EQ( AcvCoverageRenderer::targetBreaks( 0 ), QVector<double>( { 0, 100 } ) );
}

TEST( AcvCoverageRenderer, ClassesCoverValuesAbove100WithDistinctColours )
{
  std::unique_ptr<QgsGraduatedSymbolRenderer> renderer( AcvCoverageRenderer::createTargetRenderer( QStringLiteral( "coverage_pct" ), 60, 123.4 ) );
  ASSERT_EQ( renderer->ranges().size(), 5 );
  EXPECT_EQ( renderer->classAttribute(), QStringLiteral( "coverage_pct" ) );
  EXPECT_DOUBLE_EQ( renderer->ranges().at( 3 ).upperValue(), 60.0 );
  EXPECT_DOUBLE_EQ( renderer->ranges().at( 4 ).upperValue(), 123.4 );
  QSet<QRgb> colours;
  for ( const QgsRendererRange &range : renderer->ranges() )
    colours.insert( range.symbol()->color().rgb() );
  EXPECT_EQ( colours.size(), 5 );
  EXPECT_FALSE( colours.contains( AcvCoverageRenderer::noDataColor().rgb() ) );
}
