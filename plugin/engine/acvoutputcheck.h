/***************************************************************************
  acvoutputcheck.h - is a finished output file complete? cheap checks per format
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVOUTPUTCHECK_H
#define ACVOUTPUTCHECK_H

#include <QString>

/**
 * Looks at a written file before it may replace the previous version of its destination.
 * Writers do not always say when a write failed (QGIS's PDF and SVG exporters report success
 * on a full disk, QImage leaves a PNG without its end), so each format gets a cheap check
 * that a truncated file fails: PNG signature and IEND chunk, PDF header and %%EOF, a complete
 * XML document (SVG, QML, SLD, QPT, QGS, .aux.xml), a JSON document, a GeoPackage GDAL opens
 * with at least one layer, a .qgz holding a complete project, a world file of six numbers.
 */
class AcvOutputCheck
{
public:
  /**
   * Whether \a path is a complete file of the format \a destination's name asks for. On false,
   * \a problem says what is wrong, in words ("the PDF has no end (%%EOF)").
   */
  static bool isComplete( const QString &path, const QString &destination, QString &problem );
};

#endif // ACVOUTPUTCHECK_H
