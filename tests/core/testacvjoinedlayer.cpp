/***************************************************************************
  testacvjoinedlayer.cpp - the joined features built from boundaries and a join
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvboundarysource.h"
#include "acvcoveragejoin.h"
#include "acvjoinedlayer.h"
#include "acvstatisticstable.h"
#include "acvtestutils.h"

#include <qgsvectorlayer.h>

#include <QFile>

#include <gdal.h>
#include <ogr_api.h>

#include <gtest/gtest.h>

namespace
{
//! A GeoPackage of \a count unit squares in a row, named "Phường 1" .. "Phường <count>".
QString squares( const AcvScratch &scratch, int count )
{
  const QString path = scratch.path( QStringLiteral( "squares.gpkg" ) );
  GDALDatasetH dataset = GDALCreate( GDALGetDriverByName( "GPKG" ), QFile::encodeName( path ).constData(), 0, 0, 0, GDT_Unknown, nullptr );
  OGRLayerH layer = GDALDatasetCreateLayer( dataset, "squares", nullptr, wkbPolygon, nullptr );
  OGRFieldDefnH field = OGR_Fld_Create( "name", OFTString );
  OGR_L_CreateField( layer, field, TRUE );
  OGR_Fld_Destroy( field );
  GDALDatasetStartTransaction( dataset, FALSE );
  for ( int i = 1; i <= count; ++i )
  {
    OGRFeatureH feature = OGR_F_Create( OGR_L_GetLayerDefn( layer ) );
    OGR_F_SetFieldString( feature, 0, u8( "Phường %1" ).arg( i ).toUtf8().constData() );
    QByteArray wkt = QStringLiteral( "POLYGON ((%1 0, %2 0, %2 1, %1 1, %1 0))" ).arg( i ).arg( i + 1 ).toLatin1();
    char *text = wkt.data();
    OGRGeometryH geometry = nullptr;
    OGR_G_CreateFromWkt( &text, nullptr, &geometry );
    OGR_F_SetGeometryDirectly( feature, geometry );
    EXPECT_EQ( OGR_L_CreateFeature( layer, feature ), OGRERR_NONE );
    OGR_F_Destroy( feature );
  }
  GDALDatasetCommitTransaction( dataset );
  GDALClose( dataset );
  return path;
}
} // namespace

TEST( AcvJoinedLayer, JoinsEveryFeatureOfANationalLayerInItsOwnPlace )
{
  // Enough features for the join to be split between two threads: every feature must still
  // carry its own name, figures and id, on both halves.
  constexpr int kCount = 10000;
  AcvScratch scratch;
  AcvBoundarySource boundaries;
  QString error;
  ASSERT_TRUE( boundaries.open( squares( scratch, kCount ), QString(), error ) ) << error.toStdString();
  QByteArray csv = u8( "Đơn vị;Số lượt cài đặt;Số người dùng ĐTTM\n" ).toUtf8();
  for ( int i = kCount; i >= 1; --i ) // in another order than the layer's
    csv += u8( "Phường %1;%2;%3\n" ).arg( i ).arg( i ).arg( 2 * kCount ).toUtf8();
  AcvStatisticsOptions statisticsOptions;
  statisticsOptions.path = scratch.write( QStringLiteral( "s.csv" ), csv );
  AcvStatisticsTable table;
  ASSERT_TRUE( table.load( statisticsOptions, error ) ) << error.toStdString();
  AcvCoverageJoinOptions options;
  ASSERT_TRUE( boundaries.keys( QStringLiteral( "name" ), options.boundaryKeys, error ) );
  options.targetPct = 30;
  AcvCoverageJoinResult join;
  ASSERT_TRUE( AcvCoverageJoin::run( options, table, join, error ) ) << error.toStdString();
  ASSERT_EQ( join.match.matches.size(), kCount );

  for ( const bool recycle : { false, true } )
  {
    AcvJoinedFeatures joined;
    QStringList warnings;
    const bool built = recycle ? AcvJoinedLayer::build( boundaries, boundaries.features(), QStringLiteral( "name" ), table, join, 30, joined, warnings, error )
                               : AcvJoinedLayer::build( boundaries, QStringLiteral( "name" ), table, join, 30, joined, warnings, error );
    ASSERT_TRUE( built ) << error.toStdString();
    ASSERT_EQ( joined.features.size(), kCount );
    int mismatches = 0;
    for ( int index = 0; index < kCount; ++index )
    {
      const QgsFeature &feature = joined.features.at( index );
      const int number = index + 1;
      const bool right = feature.isValid() && feature.id() == number && feature.fields() == joined.fields && feature.attribute( QStringLiteral( "locality" ) ).toString() == u8( "Phường %1" ).arg( number ) && feature.attribute( QStringLiteral( "stats_key" ) ).toString() == u8( "Phường %1" ).arg( number ) && feature.attribute( QStringLiteral( "installs" ) ).toLongLong() == number && qFuzzyCompare( feature.attribute( QStringLiteral( "coverage_pct" ) ).toDouble(), 100.0 * number / ( 2 * kCount ) ) && feature.attribute( QStringLiteral( "below_target" ) ).toBool() == ( 100.0 * number / ( 2 * kCount ) < 30 ) && qFuzzyCompare( feature.geometry().boundingBox().xMinimum(), static_cast<double>( number ) );
      mismatches += right ? 0 : 1;
    }
    EXPECT_EQ( mismatches, 0 ) << ( recycle ? "recycled" : "copied" );
  }
  // The copying build left the source's own features as they were.
  EXPECT_EQ( boundaries.features().constFirst().fields(), boundaries.layer()->fields() );
  EXPECT_EQ( boundaries.features().constFirst().attributes().size(), boundaries.layer()->fields().count() );
}
