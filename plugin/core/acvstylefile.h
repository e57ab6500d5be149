/***************************************************************************
  acvstylefile.h - coverage styles as QGIS .qml and OGC .sld files
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVSTYLEFILE_H
#define ACVSTYLEFILE_H

#include <QString>

class QgsVectorLayer;

class AcvOutputTransaction;

/**
 * Saves and loads the style of a coverage layer in the files analysts trade: a .qml opens in
 * QGIS's Layer Properties, an .sld in GeoServer and others. Saving is atomic.
 */
class AcvStyleFile
{
public:
  //! Writes \a layer's symbology and labels to \a path; the suffix (.qml or .sld) picks the format.
  static bool save( QgsVectorLayer &layer, const QString &path, QString &error, AcvOutputTransaction *transaction = nullptr );

  /**
   * Applies the style in \a path (.qml or .sld) to \a layer. Fails, naming the file, when it cannot
   * be read or when its renderer or labels use fields the layer lacks: such a style would draw a
   * silently empty or wrong map.
   */
  static bool load( QgsVectorLayer &layer, const QString &path, QString &error );
};

#endif // ACVSTYLEFILE_H
