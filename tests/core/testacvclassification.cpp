/***************************************************************************
  testacvclassification.cpp - class breaks: the target scheme, QGIS's methods, manual breaks
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvclassification.h"
#include "acvclasscolors.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace
{
QVector<double> breaksFor( const QVector<double> &values, AcvClassificationScheme scheme, int classCount, QStringList *warnings = nullptr )
{
  AcvClassificationOptions options;
  options.scheme = scheme;
  options.classCount = classCount;
  QVector<double> breaks;
  QStringList ignored;
  QString error;
  EXPECT_TRUE( AcvClassification::breaks( values, options, breaks, warnings ? *warnings : ignored, error ) ) << error.toStdString();
  return breaks;
}

//! Values in class (lower, upper] as QGIS's methods and graduated renderer count them, the first closed.
int countInQgis( const QVector<double> &values, double lower, double upper, bool first )
{
  return static_cast<int>( std::count_if( values.cbegin(), values.cend(), [=]( double v )
                                          { return ( v > lower || ( first && v == lower ) ) && v <= upper; } ) );
}
} // namespace

TEST( AcvClassification, TargetIsAlwaysABreak )
{
  EXPECT_EQ( AcvClassification::targetBreaks( 60, 5, 80 ), ( QVector<double>{ 0, 15, 30, 45, 60, 100 } ) );
  EXPECT_EQ( AcvClassification::targetBreaks( 80, 5, 50 ), ( QVector<double>{ 0, 20, 40, 60, 80, 100 } ) );
  EXPECT_EQ( AcvClassification::targetBreaks( 50, 3, 50 ), ( QVector<double>{ 0, 25, 50, 100 } ) );
  // Coverage above 100 % (more installs than smartphone users) widens the top class, never drops it.
  EXPECT_EQ( AcvClassification::targetBreaks( 60, 5, 112.5 ).constLast(), 112.5 );
  for ( const double target : { 5.0, 33.3, 60.0, 95.0 } )
  {
    const QVector<double> breaks = AcvClassification::targetBreaks( target, 5, 90 );
    EXPECT_TRUE( breaks.contains( target ) ) << target;
    EXPECT_TRUE( std::is_sorted( breaks.cbegin(), breaks.cend() ) );
    EXPECT_EQ( breaks.size(), 6 );
  }
  // Degenerate targets still give increasing breaks.
  EXPECT_EQ( AcvClassification::targetBreaks( 0, 4, 50 ), ( QVector<double>{ 0, 25, 50, 75, 100 } ) );
  EXPECT_EQ( AcvClassification::targetBreaks( 100, 4, 50 ), ( QVector<double>{ 0, 25, 50, 75, 100 } ) );
}

TEST( AcvClassification, QgisJenksSeparatesClusters )
{
  const QVector<double> values{ 1, 2, 3, 2.5, 41, 42, 44, 43, 88, 91, 90 };
  const QVector<double> breaks = breaksFor( values, AcvClassificationScheme::Jenks, 3 );
  ASSERT_EQ( breaks.size(), 4 );
  // Jenks breaks are the clusters' maxima.
  EXPECT_DOUBLE_EQ( breaks[1], 3 );
  EXPECT_DOUBLE_EQ( breaks[2], 44 );
  EXPECT_EQ( countInQgis( values, breaks[0], breaks[1], true ), 4 );
  EXPECT_EQ( countInQgis( values, breaks[1], breaks[2], false ), 4 );
  EXPECT_EQ( countInQgis( values, breaks[2], breaks[3], false ), 3 );
  for ( const double v : values )
    EXPECT_EQ( AcvClassification::classOf( breaks, v, true ), v < 10 ? 0 : v < 50 ? 1
                                                                                  : 2 )
        << v;
}

TEST( AcvClassification, QgisQuantileAndEqualInterval )
{
  QVector<double> values;
  for ( int i = 1; i <= 20; ++i )
    values.append( i * i ); // skewed: 1 .. 400
  const QVector<double> quantile = breaksFor( values, AcvClassificationScheme::Quantile, 4 );
  ASSERT_EQ( quantile.size(), 5 );
  for ( int i = 0; i < 4; ++i )
    EXPECT_NEAR( countInQgis( values, quantile[i], quantile[i + 1], i == 0 ), 5, 1 ) << i;
  const QVector<double> equal = breaksFor( values, AcvClassificationScheme::EqualInterval, 4 );
  ASSERT_EQ( equal.size(), 5 );
  EXPECT_DOUBLE_EQ( equal.constFirst(), 1 );
  EXPECT_DOUBLE_EQ( equal.constLast(), 400 );
  for ( int i = 0; i < 4; ++i )
    EXPECT_NEAR( equal[i + 1] - equal[i], 399.0 / 4, 1e-9 );
}

TEST( AcvClassification, QgisPrettyAndStdDevCoverTheData )
{
  const QVector<double> values{ 3.2, 7.9, 12.4, 18.1, 23.0, 27.7, 41.3, 55.0, 64.8 };
  const QVector<double> pretty = breaksFor( values, AcvClassificationScheme::Pretty, 5 );
  ASSERT_GE( pretty.size(), 3 );
  // Pretty breaks are round numbers inside; the outer ones are stretched to the data.
  for ( int i = 1; i < pretty.size() - 1; ++i )
    EXPECT_DOUBLE_EQ( std::fmod( pretty[i], 5.0 ), 0.0 ) << pretty[i];
  const QVector<double> stddev = breaksFor( values, AcvClassificationScheme::StdDev, 4 );
  ASSERT_GE( stddev.size(), 3 );
  EXPECT_LE( stddev.constFirst(), 3.2 );
  EXPECT_GE( stddev.constLast(), 64.8 );
  EXPECT_TRUE( std::is_sorted( stddev.cbegin(), stddev.cend() ) );
}

TEST( AcvClassification, ATargetOnABreakHasBeenReached )
{
  EXPECT_FALSE( AcvClassification::upperBoundInclusive( AcvClassificationScheme::Target ) );
  EXPECT_FALSE( AcvClassification::upperBoundInclusive( AcvClassificationScheme::Manual ) );
  EXPECT_TRUE( AcvClassification::upperBoundInclusive( AcvClassificationScheme::Jenks ) );
  const QVector<double> breaks{ 0, 15, 30, 45, 60, 100 };
  EXPECT_EQ( AcvClassification::classOf( breaks, 60, false ), 4 );
  EXPECT_EQ( AcvClassification::classOf( breaks, 59.99, false ), 3 );
  EXPECT_EQ( AcvClassification::classOf( breaks, 100, false ), 4 );
  EXPECT_EQ( AcvClassification::classOf( breaks, 0, false ), 0 );
  EXPECT_EQ( AcvClassification::classOf( breaks, 100.5, false ), -1 );
  EXPECT_EQ( AcvClassification::classOf( breaks, 60, true ), 3 );
  EXPECT_EQ( AcvClassification::classOf( breaks, 0, true ), 0 );
}

TEST( AcvClassification, ManualBreaksParseBothNumberStyles )
{
  QVector<double> breaks;
  QString error;
  ASSERT_TRUE( AcvClassification::parseBreaks( QStringLiteral( "0, 20,40,60,100" ), breaks, error ) ) << error.toStdString();
  EXPECT_EQ( breaks, ( QVector<double>{ 0, 20, 40, 60, 100 } ) );
  ASSERT_TRUE( AcvClassification::parseBreaks( QStringLiteral( "0;7,5;15 %;60" ), breaks, error ) ) << error.toStdString();
  EXPECT_EQ( breaks, ( QVector<double>{ 0, 7.5, 15, 60 } ) );
  EXPECT_FALSE( AcvClassification::parseBreaks( QStringLiteral( "0,40,20" ), breaks, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "increase" ) ) ) << error.toStdString();
  EXPECT_FALSE( AcvClassification::parseBreaks( QStringLiteral( "0,abc" ), breaks, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "'abc'" ) ) ) << error.toStdString();
  EXPECT_FALSE( AcvClassification::parseBreaks( QStringLiteral( "50" ), breaks, error ) );
}

TEST( AcvClassification, ManualBreaksWidenToTheDataWithAWarning )
{
  AcvClassificationOptions options;
  options.scheme = AcvClassificationScheme::Manual;
  options.manualBreaks = { 10, 20, 60 };
  QVector<double> breaks;
  QStringList warnings;
  QString error;
  ASSERT_TRUE( AcvClassification::breaks( { 5, 15, 70 }, options, breaks, warnings, error ) );
  EXPECT_EQ( breaks, ( QVector<double>{ 5, 20, 70 } ) );
  ASSERT_EQ( warnings.size(), 1 );
  EXPECT_TRUE( warnings.first().contains( QStringLiteral( "widened" ) ) );
}

TEST( AcvClassification, NothingToClassifyIsAnError )
{
  AcvClassificationOptions options;
  options.scheme = AcvClassificationScheme::Jenks;
  QVector<double> breaks;
  QStringList warnings;
  QString error;
  EXPECT_FALSE( AcvClassification::breaks( { std::nan( "" ) }, options, breaks, warnings, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "no locality" ) ) );
  // One distinct value: one honest class.
  ASSERT_TRUE( AcvClassification::breaks( { 12, 12, 12 }, options, breaks, warnings, error ) );
  EXPECT_EQ( breaks, ( QVector<double>{ 12, 12 } ) );
}

TEST( AcvClassColors, PublishedColorBrewerColours )
{
  QVector<QColor> colors;
  QString error;
  ASSERT_TRUE( AcvClassColors::colors( QStringLiteral( "ylgnbu" ), 5, -1, false, colors, error ) ) << error.toStdString();
  // ColorBrewer YlGnBu, 5 classes (colorbrewer2.org).
  const QStringList expected{ QStringLiteral( "#ffffcc" ), QStringLiteral( "#a1dab4" ), QStringLiteral( "#41b6c4" ), QStringLiteral( "#2c7fb8" ), QStringLiteral( "#253494" ) };
  ASSERT_EQ( colors.size(), 5 );
  for ( int i = 0; i < 5; ++i )
    EXPECT_EQ( colors.at( i ).name(), expected.at( i ) ) << i;
}

TEST( AcvClassColors, DivergingSplitsAtTheTarget )
{
  QVector<QColor> colors;
  QString error;
  ASSERT_TRUE( AcvClassColors::colors( AcvClassColors::defaultDivergingRamp(), 5, 4, false, colors, error ) ) << error.toStdString();
  ASSERT_EQ( colors.size(), 5 );
  for ( int i = 0; i < 4; ++i )
    EXPECT_GT( colors.at( i ).red(), colors.at( i ).blue() ) << "below-target class " << i << " " << colors.at( i ).name().toStdString();
  EXPECT_GT( colors.at( 4 ).blue(), colors.at( 4 ).red() ) << colors.at( 4 ).name().toStdString();
  // Darkest red for the lowest class.
  EXPECT_LT( colors.at( 0 ).lightness(), colors.at( 3 ).lightness() );
}

TEST( AcvClassColors, UnknownRampListsTheKnownOnes )
{
  QVector<QColor> colors;
  QString error;
  EXPECT_FALSE( AcvClassColors::colors( QStringLiteral( "Rainbow2000" ), 5, -1, false, colors, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "Rainbow2000" ) ) && error.contains( QStringLiteral( "YlGnBu" ) ) ) << error.toStdString();
}
