/***************************************************************************
  acvfeaturelistprovider.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvfeaturelistprovider.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsfeatureiterator.h>
#include <qgsprovidermetadata.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>

const QString AcvFeatureListProvider::kProviderKey = QStringLiteral( "acvfeatures" );

namespace
{
// Stores by URI ("acvfeatures:<n>"): QGIS makes providers from a URI, for the layer and for
// its clones. Weak, so a store goes with the last layer or iterator that uses it.
QMutex sStoresMutex;
QHash<QString, std::weak_ptr<AcvFeatureStore>> sStores;

std::shared_ptr<AcvFeatureStore> storeFor( const QString &uri )
{
  QMutexLocker locker( &sStoresMutex );
  return sStores.value( uri ).lock();
}

class AcvFeatureListSource : public QgsAbstractFeatureSource
{
public:
  explicit AcvFeatureListSource( std::shared_ptr<const AcvFeatureStore> store )
    : mStore( std::move( store ) )
  {
  }
  QgsFeatureIterator getFeatures( const QgsFeatureRequest &request ) override;
  std::shared_ptr<const AcvFeatureStore> mStore;
};

class AcvFeatureListIterator : public QgsAbstractFeatureIteratorFromSource<AcvFeatureListSource>
{
public:
  AcvFeatureListIterator( AcvFeatureListSource *source, bool ownSource, const QgsFeatureRequest &request )
    : QgsAbstractFeatureIteratorFromSource<AcvFeatureListSource>( source, ownSource, request )
  {
    if ( mRequest.destinationCrs().isValid() && mRequest.destinationCrs() != mSource->mStore->crs )
      mTransform = QgsCoordinateTransform( mSource->mStore->crs, mRequest.destinationCrs(), mRequest.transformContext() );
    try
    {
      mFilterRect = filterRectToSourceCrs( mTransform );
    }
    catch ( QgsCsException & )
    {
      close(); // outside the layer's CRS: nothing to return
      return;
    }
    if ( mRequest.filterType() == QgsFeatureRequest::FilterFid )
    {
      // Feature i has id i + 1: straight to it.
      mPosition = static_cast<int>( mRequest.filterFid() - 1 );
      mEnd = std::min( mPosition + 1, static_cast<int>( mSource->mStore->features.size() ) );
      if ( mPosition < 0 )
        mPosition = mEnd;
    }
    else
    {
      mEnd = static_cast<int>( mSource->mStore->features.size() );
    }
    mStart = mPosition;
  }
  ~AcvFeatureListIterator() override { close(); }

  bool fetchFeature( QgsFeature &feature ) override
  {
    feature.setValid( false );
    if ( mClosed )
      return false;
    const QgsFeatureList &features = mSource->mStore->features;
    while ( mPosition < mEnd )
    {
      const QgsFeature &candidate = features.at( mPosition++ );
      if ( !mFilterRect.isNull() && ( !candidate.hasGeometry() || !candidate.geometry().boundingBoxIntersects( mFilterRect ) ) )
        continue;
      if ( mRequest.flags() & QgsFeatureRequest::ExactIntersect && !mFilterRect.isNull() && !candidate.geometry().intersects( mFilterRect ) )
        continue;
      feature = candidate;
      if ( mRequest.flags() & QgsFeatureRequest::NoGeometry )
        feature.clearGeometry();
      else
        geometryToDestinationCrs( feature, mTransform );
      feature.setValid( true );
      return true;
    }
    return false;
  }
  bool rewind() override
  {
    if ( mClosed )
      return false;
    mPosition = mStart;
    return true;
  }
  bool close() override
  {
    if ( mClosed )
      return false;
    iteratorClosed();
    mClosed = true;
    return true;
  }

private:
  QgsCoordinateTransform mTransform;
  QgsRectangle mFilterRect;
  int mStart = 0;
  int mPosition = 0;
  int mEnd = 0;
};

QgsFeatureIterator AcvFeatureListSource::getFeatures( const QgsFeatureRequest &request )
{
  return QgsFeatureIterator( new AcvFeatureListIterator( this, false, request ) );
}

class AcvFeatureListProviderMetadata : public QgsProviderMetadata
{
public:
  AcvFeatureListProviderMetadata()
    : QgsProviderMetadata( AcvFeatureListProvider::kProviderKey, QStringLiteral( "Adoption Coverage features in memory (read-only)" ) )
  {
  }
  QgsDataProvider *createProvider( const QString &uri, const QgsDataProvider::ProviderOptions &options, QgsDataProvider::ReadFlags flags ) override
  {
    return new AcvFeatureListProvider( uri, options, flags );
  }
};

void registerProviderOnce()
{
  static std::atomic<bool> registered{ false };
  if ( !registered.exchange( true ) )
    QgsProviderRegistry::instance()->registerProvider( new AcvFeatureListProviderMetadata() );
}
} // namespace

AcvFeatureListProvider::AcvFeatureListProvider( const QString &uri, const QgsDataProvider::ProviderOptions &options, QgsDataProvider::ReadFlags flags )
  : QgsVectorDataProvider( uri, options, flags )
  , mStore( storeFor( uri ) )
{
}

std::unique_ptr<QgsVectorLayer> AcvFeatureListProvider::layer( std::shared_ptr<AcvFeatureStore> store, const QString &name )
{
  registerProviderOnce();
  QgsRectangle extent;
  extent.setMinimal();
  for ( int i = 0; i < store->features.size(); ++i )
  {
    // Ids and validity are set only where they differ, so features shared with another list
    // (the GeoPackage writer's) are not copied.
    if ( store->features.at( i ).id() != i + 1 || !store->features.at( i ).isValid() )
    {
      QgsFeature &feature = store->features[i];
      feature.setId( i + 1 );
      feature.setValid( true );
    }
    const QgsFeature &feature = store->features.at( i );
    if ( feature.hasGeometry() )
      extent.combineExtentWith( feature.geometry().boundingBox() );
  }
  store->extent = extent;
  static std::atomic<int> counter{ 0 };
  const QString uri = QStringLiteral( "%1:%2" ).arg( kProviderKey ).arg( ++counter );
  {
    QMutexLocker locker( &sStoresMutex );
    sStores.insert( uri, store );
  }
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  auto layer = std::make_unique<QgsVectorLayer>( uri, name, kProviderKey, options );
  return layer->isValid() ? std::move( layer ) : nullptr;
}

QgsAbstractFeatureSource *AcvFeatureListProvider::featureSource() const
{
  return new AcvFeatureListSource( mStore );
}

QString AcvFeatureListProvider::storageType() const
{
  return QStringLiteral( "Memory (read-only)" );
}

QgsFeatureIterator AcvFeatureListProvider::getFeatures( const QgsFeatureRequest &request ) const
{
  return QgsFeatureIterator( new AcvFeatureListIterator( new AcvFeatureListSource( mStore ), true, request ) );
}

QgsWkbTypes::Type AcvFeatureListProvider::wkbType() const
{
  return mStore ? mStore->wkbType : QgsWkbTypes::Unknown;
}

long long AcvFeatureListProvider::featureCount() const
{
  return mStore ? mStore->features.size() : 0;
}

QgsFields AcvFeatureListProvider::fields() const
{
  return mStore ? mStore->fields : QgsFields();
}

QgsCoordinateReferenceSystem AcvFeatureListProvider::crs() const
{
  return mStore ? mStore->crs : QgsCoordinateReferenceSystem();
}

QgsRectangle AcvFeatureListProvider::extent() const
{
  return mStore ? mStore->extent : QgsRectangle();
}

bool AcvFeatureListProvider::isValid() const
{
  return static_cast<bool>( mStore );
}

QString AcvFeatureListProvider::name() const
{
  return kProviderKey;
}

QString AcvFeatureListProvider::description() const
{
  return QStringLiteral( "Adoption Coverage features in memory (read-only)" );
}

QgsVectorDataProvider::Capabilities AcvFeatureListProvider::capabilities() const
{
  return QgsVectorDataProvider::SelectAtId;
}
