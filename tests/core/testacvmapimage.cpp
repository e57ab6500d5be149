/***************************************************************************
  testacvmapimage.cpp - the PNG, its world file and its CRS sidecar
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragesymbols.h"

#include <qgsfillsymbol.h>
#include "acvmapimage.h"
#include "acvtestutils.h"

#include <qgsmapsettings.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

#include <QImage>

#include <gtest/gtest.h>

#include <gdal.h>

TEST( AcvMapImage, WritesAGeoreferencedPng )
{
  QgsVectorLayer layer( acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "d" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( layer.isValid() );
  layer.setRenderer( new QgsSingleSymbolRenderer( AcvCoverageSymbols::classSymbol( AcvCoverageSymbols::noDataFillColor() ) ) );
  AcvScratch scratch;
  const QString png = scratch.path( QStringLiteral( "map.png" ) );
  const QgsMapSettings settings = AcvMapImage::mapSettings( { &layer }, layer.crs(), layer.extent(), QSize( 400, 300 ) );
  QString error;
  ASSERT_TRUE( AcvMapImage::render( settings, png, error ) ) << error.toStdString();

  const QImage image( png );
  ASSERT_EQ( image.size(), QSize( 400, 300 ) );
  EXPECT_EQ( AcvMapImage::worldFilePath( png ), scratch.path( QStringLiteral( "map.pgw" ) ) );
  ASSERT_TRUE( QFile::exists( scratch.path( QStringLiteral( "map.pgw" ) ) ) );
  ASSERT_TRUE( QFile::exists( png + QStringLiteral( ".aux.xml" ) ) );

  // GDAL itself must place the image: the centre pixel lands inside the province's extent.
  GDALAllRegister();
  GDALDatasetH dataset = GDALOpen( png.toUtf8().constData(), GA_ReadOnly );
  ASSERT_NE( dataset, nullptr );
  double transform[6];
  ASSERT_EQ( GDALGetGeoTransform( dataset, transform ), CE_None );
  const QString wkt = QString::fromUtf8( GDALGetProjectionRef( dataset ) );
  GDALClose( dataset );
  EXPECT_TRUE( wkt.contains( QStringLiteral( "WGS 84" ) ) ) << wkt.toStdString();
  const double centreX = transform[0] + 200 * transform[1];
  const double centreY = transform[3] + 150 * transform[5];
  const QgsRectangle extent = layer.extent();
  EXPECT_NEAR( centreX, extent.center().x(), extent.width() * 0.01 );
  EXPECT_NEAR( centreY, extent.center().y(), extent.height() * 0.01 );
  EXPECT_LT( transform[5], 0 );

  // The middle of the province is drawn in the fill colour, the corner is background.
  EXPECT_EQ( image.pixelColor( 0, 0 ), QColor( Qt::white ) );
  int filled = 0;
  for ( int x = 0; x < image.width(); x += 4 )
    for ( int y = 0; y < image.height(); y += 4 )
      filled += image.pixelColor( x, y ) == AcvCoverageSymbols::noDataFillColor() ? 1 : 0;
  EXPECT_GT( filled, 1000 );
}

TEST( AcvMapImage, FailsWithoutLeavingFiles )
{
  QgsVectorLayer layer( acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "d" ), QStringLiteral( "ogr" ) );
  const QgsMapSettings settings = AcvMapImage::mapSettings( { &layer }, layer.crs(), layer.extent(), QSize( 64, 64 ) );
  QString error;
  EXPECT_FALSE( AcvMapImage::render( settings, QStringLiteral( "/nonexistent-folder/map.png" ), error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "/nonexistent-folder/map.png" ) ) ) << error.toStdString();
}
