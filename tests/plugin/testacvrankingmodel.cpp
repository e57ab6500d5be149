/***************************************************************************
  testacvrankingmodel.cpp - the ranking dock's rows, read from a real joined layer
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragemap.h"
#include "acvplugintestutils.h"
#include "acvrankingmodel.h"

#include <qgsfeature.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

namespace
{
std::unique_ptr<QgsVectorLayer> joinedGiaLai( AcvScratch &scratch )
{
  AcvCoverageJobOptions options;
  options.boundaries = acvGiaLaiBoundaries();
  options.stats = acvGiaLaiStatistics();
  options.joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  QString log;
  QTextStream out( &log );
  QTextStream err( &log );
  if ( acvCoverageMap( options, out, err ) != kAcvExitOk )
    return nullptr;
  return std::make_unique<QgsVectorLayer>( options.joined + QStringLiteral( "|layername=coverage" ), QStringLiteral( "coverage" ), QStringLiteral( "ogr" ) );
}

QString cell( const AcvRankingModel &model, int row, int column )
{
  return model.data( model.index( row, column ) ).toString();
}
} // namespace

TEST( AcvRankingModel, ListsTheJoinedDistrictsBestCoverageFirst )
{
  AcvScratch scratch;
  const std::unique_ptr<QgsVectorLayer> layer = joinedGiaLai( scratch );
  ASSERT_TRUE( layer && layer->isValid() );
  QVector<AcvRankingRow> rows;
  QString error;
  ASSERT_TRUE( AcvRankingModel::readRows( layer.get(), rows, error ) ) << error.toStdString();
  ASSERT_EQ( rows.size(), 17 );
  int below = 0;
  for ( int i = 0; i < rows.size(); ++i )
  {
    ASSERT_TRUE( rows.at( i ).coveragePct.has_value() );
    if ( i > 0 )
    {
      EXPECT_GE( *rows.at( i - 1 ).coveragePct, *rows.at( i ).coveragePct );
    }
    EXPECT_EQ( rows.at( i ).rank.value_or( -1 ), i + 1 ); // no ties in this annex
    EXPECT_EQ( rows.at( i ).belowTarget, *rows.at( i ).coveragePct < 60.0 ) << rows.at( i ).name.toStdString();
    below += rows.at( i ).belowTarget ? 1 : 0;
    // The feature id leads back to the same locality (what a click selects).
    EXPECT_EQ( layer->getFeature( rows.at( i ).fid ).attribute( QStringLiteral( "locality" ) ).toString(), rows.at( i ).name );
  }
  // The annex's own "Tỷ lệ" column: 14 of 17 districts under 60 %.
  EXPECT_EQ( below, 14 );
}

TEST( AcvRankingModel, WritesNumbersAsTheLabelLanguageDoes )
{
  AcvScratch scratch;
  const std::unique_ptr<QgsVectorLayer> layer = joinedGiaLai( scratch );
  ASSERT_TRUE( layer && layer->isValid() );
  QVector<AcvRankingRow> rows;
  QString error;
  ASSERT_TRUE( AcvRankingModel::readRows( layer.get(), rows, error ) );
  int pleiku = -1;
  for ( int i = 0; i < rows.size(); ++i )
  {
    if ( rows.at( i ).name.contains( QStringLiteral( "Pleiku" ) ) )
      pleiku = i;
  }
  ASSERT_GE( pleiku, 0 );

  AcvRankingModel model;
  model.setRows( rows, 60.0, AcvLanguage::Vietnamese );
  ASSERT_EQ( model.rowCount(), 17 );
  // Pleiku in the annex: 29.178 installs for 129.015 smartphone users.
  EXPECT_EQ( cell( model, pleiku, AcvRankingModel::Installs ), QStringLiteral( "29.178" ) );
  EXPECT_EQ( cell( model, pleiku, AcvRankingModel::Coverage ), QStringLiteral( "22,6 %" ) );
  EXPECT_TRUE( model.data( model.index( pleiku, 0 ), AcvRankingModel::BelowTargetRole ).toBool() );
  EXPECT_TRUE( model.data( model.index( pleiku, 0 ), Qt::ForegroundRole ).isValid() );
  const qint64 gap = layer->getFeature( rows.at( pleiku ).fid ).attribute( QStringLiteral( "gap_installs" ) ).toLongLong();
  EXPECT_EQ( cell( model, pleiku, AcvRankingModel::Gap ), AcvLanguageText::count( static_cast<double>( gap ), AcvLanguage::Vietnamese ) );
  EXPECT_GT( gap, 0 );

  model.setRows( rows, 60.0, AcvLanguage::English );
  EXPECT_EQ( cell( model, pleiku, AcvRankingModel::Installs ), QStringLiteral( "29,178" ) );
  EXPECT_EQ( cell( model, pleiku, AcvRankingModel::Coverage ), QStringLiteral( "22.6%" ) );
  // Above the target: not marked.
  EXPECT_FALSE( model.data( model.index( 0, 0 ), AcvRankingModel::BelowTargetRole ).toBool() );
  EXPECT_FALSE( model.data( model.index( 0, 0 ), Qt::ForegroundRole ).isValid() );
  // Sorting by number, not by text ("9" after "10").
  EXPECT_GT( model.data( model.index( 0, AcvRankingModel::Coverage ), AcvRankingModel::SortRole ).toDouble(),
             model.data( model.index( 16, AcvRankingModel::Coverage ), AcvRankingModel::SortRole ).toDouble() );
}

TEST( AcvRankingModel, PutsLocalitiesWithoutFiguresLast )
{
  AcvRankingRow a;
  a.name = QStringLiteral( "A" );
  AcvRankingRow b;
  b.name = QStringLiteral( "B" );
  b.coveragePct = 12.5;
  AcvRankingRow c;
  c.name = QStringLiteral( "C" );
  c.coveragePct = 70.0;
  QVector<AcvRankingRow> rows{ a, b, c };
  AcvRankingModel::sortRows( rows );
  EXPECT_EQ( rows.at( 0 ).name, QStringLiteral( "C" ) );
  EXPECT_EQ( rows.at( 1 ).name, QStringLiteral( "B" ) );
  EXPECT_EQ( rows.at( 2 ).name, QStringLiteral( "A" ) );
  AcvRankingModel model;
  model.setRows( rows, 60.0, AcvLanguage::English );
  EXPECT_EQ( cell( model, 2, AcvRankingModel::Rank ), QStringLiteral( "–" ) );
  EXPECT_EQ( cell( model, 2, AcvRankingModel::Installs ), QStringLiteral( "–" ) );
}

TEST( AcvRankingModel, RefusesALayerWithoutCoverageFields )
{
  QgsVectorLayer boundaries( acvGiaLaiBoundaries(), QStringLiteral( "boundaries" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( boundaries.isValid() );
  QVector<AcvRankingRow> rows;
  QString error;
  EXPECT_FALSE( AcvRankingModel::readRows( &boundaries, rows, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "locality" ) ) ) << error.toStdString();
  EXPECT_TRUE( rows.isEmpty() );
}
