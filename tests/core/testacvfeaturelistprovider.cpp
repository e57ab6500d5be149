/***************************************************************************
  testacvfeaturelistprovider.cpp - the read-only provider over features in memory
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvfeaturelistprovider.h"
#include "acvtestutils.h"

#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QSet>

#include <gtest/gtest.h>

#include <memory>

namespace
{
struct Sample
{
  std::unique_ptr<QgsVectorLayer> source;
  std::shared_ptr<AcvFeatureStore> store;
  std::unique_ptr<QgsVectorLayer> layer;
};

//! Gia Lai's 17 districts, read from their file and served from memory.
Sample sample()
{
  Sample s;
  s.source = std::make_unique<QgsVectorLayer>( acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "districts" ), QStringLiteral( "ogr" ) );
  EXPECT_TRUE( s.source->isValid() );
  s.store = std::make_shared<AcvFeatureStore>();
  s.store->fields = s.source->fields();
  s.store->wkbType = s.source->wkbType();
  s.store->crs = s.source->crs();
  QgsFeatureIterator it = s.source->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    s.store->features.append( feature );
  s.layer = AcvFeatureListProvider::layer( s.store, QStringLiteral( "memory districts" ) );
  return s;
}

QSet<QgsFeatureId> ids( QgsVectorLayer &layer, const QgsFeatureRequest &request )
{
  QSet<QgsFeatureId> found;
  QgsFeatureIterator it = layer.getFeatures( request );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    EXPECT_TRUE( feature.isValid() );
    found.insert( feature.id() );
  }
  return found;
}
} // namespace

TEST( AcvFeatureListProvider, ServesTheFeaturesAsTheFileHasThem )
{
  Sample s = sample();
  ASSERT_TRUE( s.layer );
  EXPECT_TRUE( s.layer->isValid() );
  EXPECT_EQ( s.layer->providerType(), AcvFeatureListProvider::kProviderKey );
  EXPECT_EQ( s.layer->featureCount(), 17 );
  EXPECT_EQ( s.layer->fields().names(), s.source->fields().names() );
  EXPECT_EQ( s.layer->crs().authid(), s.source->crs().authid() );
  EXPECT_EQ( s.layer->wkbType(), s.source->wkbType() );
  EXPECT_TRUE( s.layer->extent() == s.source->extent() ) << s.layer->extent().toString().toStdString();

  // Ids 1..17 in file order, every attribute and geometry as read from the file.
  QgsFeatureIterator it = s.layer->getFeatures();
  QgsFeature feature;
  int position = 0;
  while ( it.nextFeature( feature ) )
  {
    const QgsFeature &stored = s.store->features.at( position );
    EXPECT_EQ( feature.id(), position + 1 );
    EXPECT_EQ( feature.attributes(), stored.attributes() );
    EXPECT_TRUE( feature.geometry().equals( stored.geometry() ) );
    ++position;
  }
  EXPECT_EQ( position, 17 );
}

TEST( AcvFeatureListProvider, AnswersRequestsLikeAnyProvider )
{
  Sample s = sample();
  ASSERT_TRUE( s.layer );
  // By id, including ids that do not exist.
  QgsFeature fifth = s.layer->getFeature( 5 );
  EXPECT_TRUE( fifth.isValid() );
  EXPECT_EQ( fifth.id(), 5 );
  EXPECT_EQ( fifth.attributes(), s.store->features.at( 4 ).attributes() );
  EXPECT_TRUE( ids( *s.layer, QgsFeatureRequest( 0 ) ).isEmpty() );
  EXPECT_TRUE( ids( *s.layer, QgsFeatureRequest( 18 ) ).isEmpty() );
  EXPECT_EQ( ids( *s.layer, QgsFeatureRequest( QgsFeatureIds{ 2, 9, 17 } ) ), ( QSet<QgsFeatureId>{ 2, 9, 17 } ) );

  // By rectangle: the features whose boxes meet it, as a brute-force test finds them.
  const QgsRectangle extent = s.layer->extent();
  const QgsRectangle window( extent.xMinimum(), extent.yMinimum(), extent.center().x(), extent.center().y() );
  QSet<QgsFeatureId> expected;
  for ( int i = 0; i < s.store->features.size(); ++i )
  {
    if ( s.store->features.at( i ).geometry().boundingBoxIntersects( window ) )
      expected.insert( i + 1 );
  }
  ASSERT_GT( expected.size(), 2 );
  ASSERT_LT( expected.size(), 17 );
  EXPECT_EQ( ids( *s.layer, QgsFeatureRequest( window ) ), expected );

  // By expression, and with a limit.
  EXPECT_EQ( ids( *s.layer, QgsFeatureRequest( QgsExpression( QStringLiteral( "\"name\" = 'Huyện Chư Păh'" ) ) ) ).size(), 1 );
  EXPECT_EQ( ids( *s.layer, QgsFeatureRequest().setLimit( 3 ) ).size(), 3 );

  // In another CRS (VN-2000 / Gia Lai), as a map in that CRS asks for them.
  const QgsCoordinateReferenceSystem vn2000( QStringLiteral( "EPSG:3405" ) );
  QgsFeatureRequest request( QgsFeatureIds{ 1 } );
  request.setDestinationCrs( vn2000, QgsProject::instance()->transformContext() );
  QgsFeature transformed;
  ASSERT_TRUE( s.layer->getFeatures( request ).nextFeature( transformed ) );
  QgsGeometry expectedGeometry = s.store->features.at( 0 ).geometry();
  ASSERT_EQ( expectedGeometry.transform( QgsCoordinateTransform( s.layer->crs(), vn2000, QgsProject::instance()->transformContext() ) ), Qgis::GeometryOperationResult::Success );
  EXPECT_LT( transformed.geometry().centroid().asPoint().distance( expectedGeometry.centroid().asPoint() ), 1.0 );
  EXPECT_GT( transformed.geometry().boundingBox().xMinimum(), 100000 ); // metres, not degrees

  // Without geometry when asked.
  QgsFeature bare;
  ASSERT_TRUE( s.layer->getFeatures( QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ) ).nextFeature( bare ) );
  EXPECT_FALSE( bare.hasGeometry() );
}

TEST( AcvFeatureListProvider, ACloneSharesTheFeatures )
{
  // The atlas's highlight layer is a clone of the coverage layer.
  Sample s = sample();
  ASSERT_TRUE( s.layer );
  std::unique_ptr<QgsVectorLayer> clone( s.layer->clone() );
  ASSERT_TRUE( clone && clone->isValid() );
  EXPECT_EQ( clone->featureCount(), 17 );
  EXPECT_EQ( clone->getFeature( 17 ).attributes(), s.layer->getFeature( 17 ).attributes() );
  // Iterators opened before the layers go keep working: they hold the features.
  QgsFeatureIterator it = clone->getFeatures();
  s.layer.reset();
  clone.reset();
  s.store.reset();
  int count = 0;
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    ++count;
  EXPECT_EQ( count, 17 );
}
