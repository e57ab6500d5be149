/***************************************************************************
  testacvlayersource.cpp - project layers handed to the job as files
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvboundarysource.h"
#include "acvlayersource.h"
#include "acvplugintestutils.h"

#include <qgsfeature.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

TEST( AcvLayerSource, AnOgrLayerIsItsOwnFile )
{
  QgsVectorLayer layer( acvGiaLaiBoundaries(), QStringLiteral( "districts" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( layer.isValid() );
  AcvScratch scratch;
  QString path;
  QString layerName;
  QString error;
  ASSERT_TRUE( AcvLayerSource::boundaryFile( &layer, scratch.dir(), path, layerName, error ) ) << error.toStdString();
  EXPECT_EQ( QFileInfo( path ).canonicalFilePath(), QFileInfo( acvGiaLaiBoundaries() ).canonicalFilePath() );
  EXPECT_TRUE( QDir( scratch.dir() ).entryList( QDir::Files ).isEmpty() );

  QgsVectorLayer provinces( acvSourceGeodata( QStringLiteral( "vn_provinces.gpkg" ) ), QStringLiteral( "provinces" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( provinces.isValid() );
  ASSERT_TRUE( AcvLayerSource::ogrSource( &provinces, path, layerName ) );
  AcvBoundarySource source;
  ASSERT_TRUE( source.open( path, layerName, error ) ) << error.toStdString();
  EXPECT_EQ( source.layer()->featureCount(), 63 );
}

TEST( AcvLayerSource, AFilteredLayerIsCopiedAsTheAnalystSeesIt )
{
  QgsVectorLayer layer( acvGiaLaiBoundaries(), QStringLiteral( "districts" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( layer.isValid() );
  ASSERT_TRUE( layer.setSubsetString( u8( "\"name\" LIKE 'Huyện%'" ) ) );
  const long long shown = layer.featureCount();
  ASSERT_GT( shown, 0 );
  ASSERT_LT( shown, 17 );
  AcvScratch scratch;
  QString path;
  QString layerName;
  QString error;
  EXPECT_FALSE( AcvLayerSource::ogrSource( &layer, path, layerName ) );
  ASSERT_TRUE( AcvLayerSource::boundaryFile( &layer, scratch.dir(), path, layerName, error ) ) << error.toStdString();
  EXPECT_TRUE( path.startsWith( scratch.dir() ) );
  AcvBoundarySource source;
  ASSERT_TRUE( source.open( path, layerName, error ) ) << error.toStdString();
  EXPECT_EQ( source.layer()->featureCount(), shown );
}

TEST( AcvLayerSource, AMemoryLayerIsWrittenToAGeoPackage )
{
  QgsVectorLayer file( acvGiaLaiBoundaries(), QStringLiteral( "districts" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( file.isValid() );
  std::unique_ptr<QgsVectorLayer> memory( file.materialize( QgsFeatureRequest() ) );
  ASSERT_TRUE( memory && memory->isValid() );
  ASSERT_EQ( memory->providerType(), QStringLiteral( "memory" ) );
  AcvScratch scratch;
  QString path;
  QString layerName;
  QString error;
  ASSERT_TRUE( AcvLayerSource::boundaryFile( memory.get(), scratch.dir(), path, layerName, error ) ) << error.toStdString();
  EXPECT_TRUE( path.endsWith( QStringLiteral( ".gpkg" ) ) );
  AcvBoundarySource source;
  ASSERT_TRUE( source.open( path, layerName, error ) ) << error.toStdString();
  EXPECT_EQ( source.layer()->featureCount(), 17 );
  QStringList names;
  ASSERT_TRUE( source.keys( QStringLiteral( "name" ), names, error ) );
  EXPECT_TRUE( names.contains( u8( "Huyện Kông Chro" ) ) );
}
