/***************************************************************************
  acvfeaturelistprovider.h - a read-only QGIS data provider over features held in memory
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVFEATURELISTPROVIDER_H
#define ACVFEATURELISTPROVIDER_H

#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>
#include <qgsfields.h>
#include <qgsvectordataprovider.h>

#include <memory>

//! The features a layer of AcvFeatureListProvider serves, shared by the provider, its clones and every iterator.
struct AcvFeatureStore
{
  QgsFields fields;
  QgsWkbTypes::Type wkbType = QgsWkbTypes::Unknown;
  QgsCoordinateReferenceSystem crs;
  QgsFeatureList features; //!< feature i has id i + 1
  QgsRectangle extent;
};

/**
 * A read-only data provider ("acvfeatures") serving an AcvFeatureStore without copying it.
 *
 * QGIS's memory provider checks and converts every attribute of every feature it is given and
 * files each in a map: a quarter of a second for 100 000 communes, to hold features that are
 * already built and never edited. This provider only reads them. Layers are made with
 * layer(); a clone (as the atlas's highlight layer is) shares the same store.
 */
class AcvFeatureListProvider : public QgsVectorDataProvider
{
  Q_OBJECT

public:
  static const QString kProviderKey;

  AcvFeatureListProvider( const QString &uri, const QgsDataProvider::ProviderOptions &options, QgsDataProvider::ReadFlags flags );

  /**
   * A vector layer named \a name over \a store. The store's features get the ids 1..n here;
   * the store must not change afterwards.
   */
  static std::unique_ptr<QgsVectorLayer> layer( std::shared_ptr<AcvFeatureStore> store, const QString &name );

  QgsAbstractFeatureSource *featureSource() const override;
  QString storageType() const override;
  QgsFeatureIterator getFeatures( const QgsFeatureRequest &request = QgsFeatureRequest() ) const override;
  QgsWkbTypes::Type wkbType() const override;
  long long featureCount() const override;
  QgsFields fields() const override;
  QgsCoordinateReferenceSystem crs() const override;
  QgsRectangle extent() const override;
  bool isValid() const override;
  QString name() const override;
  QString description() const override;
  QgsVectorDataProvider::Capabilities capabilities() const override;

private:
  std::shared_ptr<const AcvFeatureStore> mStore;
};

#endif // ACVFEATURELISTPROVIDER_H
