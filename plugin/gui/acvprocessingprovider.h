/***************************************************************************
  acvprocessingprovider.h - the processing provider "adoptioncoverage"
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVPROCESSINGPROVIDER_H
#define ACVPROCESSINGPROVIDER_H

#include <qgsprocessingprovider.h>

//! Registered while the plugin is loaded; its algorithms run in the toolbox, models and batch mode.
class AcvProcessingProvider : public QgsProcessingProvider
{
  Q_OBJECT

public:
  explicit AcvProcessingProvider( QObject *parent = nullptr );

  QString id() const override;
  QString name() const override;
  QIcon icon() const override;
  //! The joined layer is always a GeoPackage: offer no other vector format.
  QStringList supportedOutputVectorLayerExtensions() const override;
  QString defaultVectorFileExtension( bool hasGeometry = true ) const override;

protected:
  void loadAlgorithms() override;
};

#endif // ACVPROCESSINGPROVIDER_H
