/***************************************************************************
  acvlayersource.h - the file behind a vector layer, for code that opens files
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVLAYERSOURCE_H
#define ACVLAYERSOURCE_H

#include <QString>

class QgsVectorLayer;

/**
 * The job (AcvCoverageJobOptions) reads boundaries from a file, as the command does. A layer of
 * the project is handed over as its OGR file and layer name when it has one and no filter;
 * anything else (memory layers, database layers, filtered layers) is first written to a
 * GeoPackage in \a scratchDir, so the job sees exactly what the analyst sees.
 */
class AcvLayerSource
{
public:
  //! The OGR file and layer of \a layer; false when it is not a plain OGR layer.
  static bool ogrSource( const QgsVectorLayer *layer, QString &path, QString &layerName );

  //! A file and layer name the job can open for \a layer. Returns false with \a error set.
  static bool boundaryFile( QgsVectorLayer *layer, const QString &scratchDir, QString &path, QString &layerName, QString &error );
};

#endif // ACVLAYERSOURCE_H
