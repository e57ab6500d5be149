/***************************************************************************
  testacvresultlayer.cpp - result layers: their names, the previous result, coverage layers
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragelayers.h"
#include "acvcoveragemap.h"
#include "acvplugintestutils.h"
#include "acvresultlayer.h"
#include "acvstatisticstable.h"

#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

namespace
{
std::unique_ptr<QgsVectorLayer> joinedGiaLai( AcvScratch &scratch, double target )
{
  AcvCoverageJobOptions options;
  options.boundaries = acvGiaLaiBoundaries();
  options.stats = acvGiaLaiStatistics();
  options.targetPct = target;
  options.joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  QString log;
  QTextStream out( &log );
  QTextStream err( &log );
  if ( acvCoverageMap( options, out, err ) != kAcvExitOk )
    return nullptr;
  return std::make_unique<QgsVectorLayer>( options.joined + QStringLiteral( "|layername=coverage" ), QStringLiteral( "coverage" ), QStringLiteral( "ogr" ) );
}
} // namespace

TEST( AcvResultLayer, IsNamedAfterTheAnnexAndItsDate )
{
  EXPECT_EQ( AcvResultLayer::name( QStringLiteral( "/data/gia_lai_districts_bluezone_2020-08-20.xlsx" ), QDate( 2020, 8, 20 ) ),
             u8( "Coverage — gia_lai_districts_bluezone_2020-08-20 (2020-08-20)" ) );
  // Without a known date the name says nothing about one.
  EXPECT_EQ( AcvResultLayer::name( QStringLiteral( "/data/phu_luc.csv" ), QDate() ), u8( "Coverage — phu_luc" ) );
}

TEST( AcvResultLayer, IsNamedWithTheDateTheAnnexStates )
{
  // The Gia Lai annex says "Số liệu đến ngày 20/8/2020" above its header, and cites the 2019 census.
  AcvCoverageJobOptions options;
  options.stats = acvGiaLaiStatistics();
  AcvCoverageJob job( options );
  AcvMessages messages;
  QString error;
  ASSERT_TRUE( job.loadStatistics( messages, error ) ) << error.toStdString();
  EXPECT_EQ( job.statisticsDate(), QDate( 2020, 8, 20 ) );
  EXPECT_EQ( AcvResultLayer::name( options.stats, job.statisticsDate() ), u8( "Coverage — gia_lai_districts_bluezone_2020-08-20 (2020-08-20)" ) );

  AcvScratch scratch;
  options.stats = scratch.write( QStringLiteral( "annex.csv" ), QByteArray( "Đơn vị;Số lượt cài đặt;Số người dùng ĐTTM\nHuyện A;10;20\nHuyện B;5;30\n" ) );
  AcvCoverageJob undated( options );
  ASSERT_TRUE( undated.loadStatistics( messages, error ) ) << error.toStdString();
  EXPECT_FALSE( undated.statisticsDate().isValid() );
}

TEST( AcvResultLayer, FindsThePreviousResultsOfTheSameAnnexOnly )
{
  AcvScratch scratch;
  const QString annex = scratch.write( QStringLiteral( "a.csv" ), QByteArray( "x" ) );
  const QString other = scratch.write( QStringLiteral( "b.csv" ), QByteArray( "x" ) );
  QgsProject project;
  auto *first = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:4326" ), QStringLiteral( "first" ), QStringLiteral( "memory" ) );
  auto *second = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:4326" ), QStringLiteral( "renamed by the analyst" ), QStringLiteral( "memory" ) );
  auto *unrelated = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:4326" ), QStringLiteral( "other annex" ), QStringLiteral( "memory" ) );
  auto *plain = new QgsVectorLayer( QStringLiteral( "Polygon?crs=EPSG:4326" ), QStringLiteral( "boundaries" ), QStringLiteral( "memory" ) );
  AcvResultLayer::setAnnex( first, annex );
  // The same file spelt another way is the same annex.
  AcvResultLayer::setAnnex( second, scratch.dir() + QStringLiteral( "/./a.csv" ) );
  AcvResultLayer::setAnnex( unrelated, other );
  project.addMapLayers( { first, second, unrelated, plain } );
  QList<QgsVectorLayer *> found = AcvResultLayer::resultsOf( &project, annex );
  std::sort( found.begin(), found.end(), []( const QgsVectorLayer *a, const QgsVectorLayer *b )
             { return a->name() < b->name(); } );
  ASSERT_EQ( found.size(), 2 );
  EXPECT_EQ( found.at( 0 ), first );
  EXPECT_EQ( found.at( 1 ), second );
  EXPECT_EQ( AcvResultLayer::resultsOf( &project, other ), QList<QgsVectorLayer *>{ unrelated } );
}

TEST( AcvCoverageLayers, RecognisesTheJoinedLayerByItsFields )
{
  AcvScratch scratch;
  const std::unique_ptr<QgsVectorLayer> joined = joinedGiaLai( scratch, 70 );
  ASSERT_TRUE( joined && joined->isValid() );
  EXPECT_TRUE( AcvCoverageLayers::isCoverageLayer( joined.get() ) );
  // The target it was computed with comes from the layer itself.
  EXPECT_DOUBLE_EQ( AcvCoverageLayers::targetPct( joined.get(), 60 ), 70.0 );

  QgsVectorLayer boundaries( acvGiaLaiBoundaries(), QStringLiteral( "boundaries" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( boundaries.isValid() );
  EXPECT_FALSE( AcvCoverageLayers::isCoverageLayer( &boundaries ) );
  EXPECT_DOUBLE_EQ( AcvCoverageLayers::targetPct( &boundaries, 60 ), 60.0 );
  // A layer with some of the names is not one: the ranking needs all of them.
  QgsVectorLayer partial( QStringLiteral( "Polygon?crs=EPSG:4326&field=installs:integer&field=coverage_pct:double" ), QStringLiteral( "partial" ), QStringLiteral( "memory" ) );
  EXPECT_FALSE( AcvCoverageLayers::isCoverageLayer( &partial ) );
  EXPECT_FALSE( AcvCoverageLayers::isCoverageLayer( nullptr ) );
}

TEST( AcvCoverageLayers, TheLanguageALayerWasStyledIn )
{
  QgsVectorLayer layer( QStringLiteral( "Polygon?crs=EPSG:4326" ), QStringLiteral( "l" ), QStringLiteral( "memory" ) );
  EXPECT_EQ( AcvCoverageLayers::language( &layer, AcvLanguage::English ), AcvLanguage::English );
  layer.setCustomProperty( AcvCoverageLayers::languageProperty(), QStringLiteral( "vi" ) );
  EXPECT_EQ( AcvCoverageLayers::language( &layer, AcvLanguage::English ), AcvLanguage::Vietnamese );
}
