/***************************************************************************
  acvmapimage.h - renders layers to a georeferenced PNG
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVMAPIMAGE_H
#define ACVMAPIMAGE_H

#include <QList>
#include <QSize>
#include <QString>

class QgsMapLayer;
class QgsFeedback;
class QgsMapSettings;
class QgsCoordinateReferenceSystem;
class QgsRectangle;

class AcvOutputTransaction;

/**
 * Renders a map image as QGIS's "Save as Image" does: the PNG, a world file (.pgw) and a
 * .aux.xml carrying the CRS, so GIS tools place it. Each file is written atomically.
 */
class AcvMapImage
{
public:
  //! Map settings for \a layers (top first) covering \a extent with a small margin.
  static QgsMapSettings mapSettings( const QList<QgsMapLayer *> &layers, const QgsCoordinateReferenceSystem &crs,
                                     const QgsRectangle &extent, const QSize &size );

  static bool render( const QgsMapSettings &settings, const QString &path, QString &error, AcvOutputTransaction *transaction = nullptr, QgsFeedback *feedback = nullptr );

  //! The world file's path for an image path: map.png -> map.pgw.
  static QString worldFilePath( const QString &imagePath );
};

#endif // ACVMAPIMAGE_H
