/***************************************************************************
  acvgpkgspatialindex.h - a GeoPackage layer's R-tree, packed in one pass
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVGPKGSPATIALINDEX_H
#define ACVGPKGSPATIALINDEX_H

#include <QString>

/**
 * Creates the spatial index of a GeoPackage feature table (the gpkg_rtree_index extension:
 * an SQLite R-tree, its six triggers and its gpkg_extensions row) for a table written
 * without one.
 *
 * GDAL fills the R-tree one row at a time, and SQLite's R*-tree insertion costs about 10 µs a
 * row: a second for 100 000 communes, more than writing the features. Here the envelopes are
 * read from the geometry blobs' headers and packed bottom-up with Sort-Tile-Recursive straight
 * into the R-tree's node table, as SQLite would store them: coordinates as 32-bit floats
 * rounded outwards, node 1 the root carrying the depth, and the rowid and parent tables that
 * lead back up. The triggers are the GeoPackage 1.2 ones, word for word as GDAL writes them,
 * so later edits in QGIS keep the index in step.
 */
class AcvGpkgSpatialIndex
{
public:
  /**
   * Indexes \a table in the GeoPackage \a path, which must have no spatial index yet and must
   * not be open elsewhere. On failure nothing is changed and \a error says why.
   */
  static bool create( const QString &path, const QString &table, QString &error );
};

#endif // ACVGPKGSPATIALINDEX_H
