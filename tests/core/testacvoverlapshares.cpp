/***************************************************************************
  testacvoverlapshares.cpp - split old units shared out by area, on the real 2025 Gia Lai communes
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvoverlapshares.h"
#include "acvtestutils.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgscoordinatetransformcontext.h>
#include <qgsdistancearea.h>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgsrectangle.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace
{
// Areas measured beforehand by SpatiaLite (its own geodesic area, not QGIS's), on a SpatiaLite
// copy of the layer (ogr2ogr -f SQLite -dsco SPATIALITE=YES gl.sqlite gia_lai_2025_communes.gpkg -nln c):
//   ogrinfo -ro gl.sqlite -sql "SELECT ST_Area(ST_Intersection(geom, ST_GeomFromText('POLYGON((...))', 4326)), 1) / 1e6 FROM c WHERE code = '...'"
// with the plain boxes (SpatiaLite gives the same to 1e-12 with them densified by ST_Segmentize).
constexpr double kSpatialiteVanCanhKm2 = 208.142977619085;       // ST_Area(geom, 1) of 21994
constexpr double kSpatialiteCanhVinhSouthKm2 = 37.0208189679301; // 22006 within southBox()
constexpr double kSpatialiteTripleVanCanhKm2 = 10.289449571484;  // 21994 within tripleBox()
constexpr double kSpatialiteTripleCanhLienKm2 = 9.66160002396052;
constexpr double kSpatialiteTripleCanhVinhKm2 = 23.1385887829847;
constexpr double kSpatialiteTripleBoxKm2 = 43.0896283225517; // the box itself

const QString kVanCanh = QStringLiteral( "21994" );
const QString kCanhLien = QStringLiteral( "21997" );
const QString kCanhVinh = QStringLiteral( "22006" );
const QString kAnToan = QStringLiteral( "21622" ); // in the north of the province, 63 km from the others

struct Commune
{
  QString name;
  QgsGeometry geometry;
  double areaKm2 = 0; //!< the layer's own area_km2
};

//! A new commune of the real layer, by its GSO code.
Commune commune( const QString &code )
{
  QgsVectorLayer layer( acvSharedGeodata( QStringLiteral( "gia_lai_2025_communes.gpkg" ) ) + QStringLiteral( "|layername=gia_lai_2025_communes" ),
                        QStringLiteral( "communes" ), QStringLiteral( "ogr" ) );
  EXPECT_TRUE( layer.isValid() );
  QgsFeatureIterator features = layer.getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "code = '%1'" ).arg( code ) ) );
  QgsFeature feature;
  Commune found;
  if ( features.nextFeature( feature ) )
  {
    found.name = feature.attribute( QStringLiteral( "full_name" ) ).toString();
    found.geometry = feature.geometry();
    found.areaKm2 = feature.attribute( QStringLiteral( "area_km2" ) ).toDouble();
  }
  EXPECT_FALSE( found.geometry.isNull() ) << code.toStdString();
  return found;
}

QgsCoordinateReferenceSystem wgs84()
{
  return QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) );
}

/**
 * A box with a vertex every 0.0005° (55 m), as the communes' own boundaries have. QGIS 3.22 and
 * SpatiaLite measure a long straight edge differently: the strip of Xã Canh Vinh below a plain
 * box has one 10.7 km edge along 13.66° N, and its areas part by 0.004 km² (1.1e-4); on the
 * communes and on the dense box they agree to 1e-7. The shares only need the same measure on
 * every piece, which both give.
 */
QgsGeometry box( double xMin, double yMin, double xMax, double yMax )
{
  return QgsGeometry::fromRect( QgsRectangle( xMin, yMin, xMax, yMax ) ).densifyByDistance( 0.0005 );
}

//! The southern strip of Xã Canh Vinh, along its border with Xã Vân Canh.
QgsGeometry southBox()
{
  return box( 108.92, 13.58, 109.13, 13.66 );
}

//! A box around the point where Xã Vân Canh, Xã Canh Liên and Xã Canh Vinh meet (108.958106, 13.670394).
QgsGeometry tripleBox()
{
  return box( 108.93, 13.64, 108.99, 13.70 );
}

//! Measured as the code under test should, but on the pieces the test built.
double ellipsoidalKm2( const QgsGeometry &geometry )
{
  QgsDistanceArea measure;
  measure.setSourceCrs( wgs84(), QgsCoordinateTransformContext() );
  measure.setEllipsoid( QStringLiteral( "WGS84" ) );
  return measure.measureArea( geometry ) / 1e6;
}

QgsGeometry transformed( QgsGeometry geometry, const QString &authid )
{
  geometry.transform( QgsCoordinateTransform( wgs84(), QgsCoordinateReferenceSystem( authid ), QgsCoordinateTransformContext() ) );
  return geometry;
}

double sum( const QVector<double> &values )
{
  return std::accumulate( values.cbegin(), values.cend(), 0.0 );
}

//! "Xã Canh Hiệp (Huyện Vân Canh)" as the crosswalk has it: split between Xã Vân Canh and Xã Canh Vinh.
//! Here drawn as all of Vân Canh plus the southern strip of Canh Vinh.
AcvOverlapSplit canhHiep( const Commune &vanCanh, const Commune &canhVinh, const QgsGeometry &strip )
{
  AcvOverlapSplit split;
  split.oldUnit = u8( "Xã Canh Hiệp (Huyện Vân Canh)" );
  split.oldGeometry = vanCanh.geometry.combine( strip );
  split.newUnits = QStringList{ vanCanh.name, canhVinh.name };
  split.newGeometries = { vanCanh.geometry, canhVinh.geometry };
  return split;
}
} // namespace

TEST( AcvOverlapShares, SharesAnOldCommuneByTheAreaEachNewCommuneTakes )
{
  const Commune vanCanh = commune( kVanCanh );
  const Commune canhVinh = commune( kCanhVinh );
  const QgsGeometry strip = canhVinh.geometry.intersection( southBox() );

  // The measure itself: QGIS's ellipsoid against SpatiaLite's geodesic, and the layer's own figure.
  const double vanCanhKm2 = ellipsoidalKm2( vanCanh.geometry );
  const double stripKm2 = ellipsoidalKm2( strip );
  EXPECT_NEAR( vanCanhKm2 / kSpatialiteVanCanhKm2, 1, 1e-6 );
  EXPECT_NEAR( stripKm2 / kSpatialiteCanhVinhSouthKm2, 1, 1e-6 );
  // 208.75 km² in the layer. Not Canh Liên or Canh Vinh: their area_km2 (331.67, 258.72) is not
  // their polygons' (325.94, 266.00 km² by SpatiaLite), 1.7 % and 2.8 % apart.
  EXPECT_NEAR( vanCanhKm2 / vanCanh.areaKm2, 1, 0.01 );

  QVector<AcvOverlapShare> result;
  QStringList notes;
  QString error;
  ASSERT_TRUE( AcvOverlapShares::compute( { canhHiep( vanCanh, canhVinh, strip ) }, wgs84(), wgs84(), result, notes, error ) ) << error.toStdString();
  ASSERT_EQ( result.size(), 1 );
  const AcvOverlapShare &share = result.constFirst();
  ASSERT_EQ( share.shares.size(), 2 );
  // The old commune is the two pieces, so each new commune takes exactly its piece.
  EXPECT_NEAR( share.shares.at( 0 ), vanCanhKm2 / ( vanCanhKm2 + stripKm2 ), 1e-6 );
  EXPECT_NEAR( share.shares.at( 1 ), stripKm2 / ( vanCanhKm2 + stripKm2 ), 1e-6 );
  EXPECT_NEAR( share.shares.at( 0 ), kSpatialiteVanCanhKm2 / ( kSpatialiteVanCanhKm2 + kSpatialiteCanhVinhSouthKm2 ), 1e-6 );
  EXPECT_NEAR( sum( share.shares ), 1, 1e-12 );
  EXPECT_NEAR( share.overlapKm2.at( 0 ), vanCanhKm2, 1e-3 );
  EXPECT_NEAR( share.overlapKm2.at( 1 ), stripKm2, 1e-3 );
  EXPECT_NEAR( share.oldAreaKm2, vanCanhKm2 + stripKm2, 1e-3 );
  EXPECT_NEAR( share.coveredFraction, 1, 1e-5 );
  EXPECT_TRUE( notes.isEmpty() ) << notes.join( '\n' ).toStdString();
}

TEST( AcvOverlapShares, SharesBetweenThreeCommunesAndNamesOneThatGetsNothing )
{
  const Commune vanCanh = commune( kVanCanh );
  const Commune canhLien = commune( kCanhLien );
  const Commune canhVinh = commune( kCanhVinh );
  const Commune anToan = commune( kAnToan );
  AcvOverlapSplit split;
  split.oldUnit = u8( "Xã Canh Liên (Huyện Vân Canh)" );
  split.oldGeometry = tripleBox();
  split.newUnits = QStringList{ vanCanh.name, canhLien.name, canhVinh.name, anToan.name };
  split.newGeometries = { vanCanh.geometry, canhLien.geometry, canhVinh.geometry, anToan.geometry };

  QVector<AcvOverlapShare> result;
  QStringList notes;
  QString error;
  ASSERT_TRUE( AcvOverlapShares::compute( { split }, wgs84(), wgs84(), result, notes, error ) ) << error.toStdString();
  const AcvOverlapShare &share = result.constFirst();
  ASSERT_EQ( share.shares.size(), 4 );
  // The three communes tile the box (SpatiaLite's pieces add up to the box to 1e-9).
  const double pieces = kSpatialiteTripleVanCanhKm2 + kSpatialiteTripleCanhLienKm2 + kSpatialiteTripleCanhVinhKm2;
  EXPECT_NEAR( pieces / kSpatialiteTripleBoxKm2, 1, 1e-6 );
  EXPECT_NEAR( share.shares.at( 0 ), kSpatialiteTripleVanCanhKm2 / pieces, 1e-6 );
  EXPECT_NEAR( share.shares.at( 1 ), kSpatialiteTripleCanhLienKm2 / pieces, 1e-6 );
  EXPECT_NEAR( share.shares.at( 2 ), kSpatialiteTripleCanhVinhKm2 / pieces, 1e-6 );
  EXPECT_EQ( share.shares.at( 3 ), 0 );
  EXPECT_EQ( share.overlapKm2.at( 3 ), 0 );
  EXPECT_NEAR( sum( share.shares ), 1, 1e-12 );
  EXPECT_NEAR( share.oldAreaKm2 / kSpatialiteTripleBoxKm2, 1, 1e-6 );
  EXPECT_NEAR( share.coveredFraction, 1, 1e-6 );
  ASSERT_EQ( notes.size(), 1 );
  EXPECT_TRUE( notes.constFirst().contains( u8( "Xã Canh Liên (Huyện Vân Canh): none of it lies in Xã An Toàn" ) ) ) << notes.constFirst().toStdString();
}

TEST( AcvOverlapShares, OldBoundariesInAProjectedCrsGiveTheSameShares )
{
  const Commune vanCanh = commune( kVanCanh );
  const Commune canhVinh = commune( kCanhVinh );
  const AcvOverlapSplit inDegrees = canhHiep( vanCanh, canhVinh, canhVinh.geometry.intersection( southBox() ) );
  QVector<AcvOverlapShare> reference;
  QStringList notes;
  QString error;
  ASSERT_TRUE( AcvOverlapShares::compute( { inDegrees }, wgs84(), wgs84(), reference, notes, error ) ) << error.toStdString();

  // VN-2000 / UTM 48N (its own datum, so PROJ shifts it too) and WGS 84 / UTM 48N.
  for ( const QString &authid : { QStringLiteral( "EPSG:3405" ), QStringLiteral( "EPSG:32648" ) } )
  {
    AcvOverlapSplit inMetres = inDegrees;
    inMetres.oldGeometry = transformed( inDegrees.oldGeometry, authid );
    QVector<AcvOverlapShare> result;
    ASSERT_TRUE( AcvOverlapShares::compute( { inMetres }, QgsCoordinateReferenceSystem( authid ), wgs84(), result, notes, error ) ) << error.toStdString();
    for ( int i = 0; i < 2; ++i )
      EXPECT_NEAR( result.constFirst().shares.at( i ), reference.constFirst().shares.at( i ), 1e-6 ) << authid.toStdString();
    EXPECT_NEAR( result.constFirst().oldAreaKm2 / reference.constFirst().oldAreaKm2, 1, 1e-6 ) << authid.toStdString();
  }

  // The new units in metres too: still measured on the ellipsoid, not on the UTM plane.
  AcvOverlapSplit bothInMetres = inDegrees;
  bothInMetres.oldGeometry = transformed( inDegrees.oldGeometry, QStringLiteral( "EPSG:32648" ) );
  for ( QgsGeometry &geometry : bothInMetres.newGeometries )
    geometry = transformed( geometry, QStringLiteral( "EPSG:32648" ) );
  QVector<AcvOverlapShare> result;
  const QgsCoordinateReferenceSystem utm( QStringLiteral( "EPSG:32648" ) );
  ASSERT_TRUE( AcvOverlapShares::compute( { bothInMetres }, utm, utm, result, notes, error ) ) << error.toStdString();
  EXPECT_NEAR( result.constFirst().shares.at( 0 ), reference.constFirst().shares.at( 0 ), 1e-4 );
  EXPECT_NEAR( result.constFirst().overlapKm2.at( 0 ) / kSpatialiteVanCanhKm2, 1, 1e-4 );
  EXPECT_TRUE( notes.isEmpty() ) << notes.join( '\n' ).toStdString();
}

TEST( AcvOverlapShares, RefusesAnOldUnitItsNewUnitsDoNotCover )
{
  const Commune vanCanh = commune( kVanCanh );
  const Commune canhVinh = commune( kCanhVinh );
  const Commune anToan = commune( kAnToan );
  QVector<AcvOverlapShare> result;
  QStringList notes;
  QString error;

  AcvOverlapSplit elsewhere;
  elsewhere.oldUnit = u8( "Xã An Nghĩa (Huyện An Lão)" );
  elsewhere.oldGeometry = anToan.geometry;
  elsewhere.newUnits = QStringList{ vanCanh.name, canhVinh.name };
  elsewhere.newGeometries = { vanCanh.geometry, canhVinh.geometry };
  EXPECT_FALSE( AcvOverlapShares::compute( { canhHiep( vanCanh, canhVinh, canhVinh.geometry.intersection( southBox() ) ), elsewhere }, wgs84(), wgs84(), result, notes, error ) );
  EXPECT_EQ( error, u8( "Xã An Nghĩa (Huyện An Lão) lies in none of Xã Vân Canh, Xã Canh Vinh: are the old boundaries of the same place and CRS as the new ones?" ) );
  EXPECT_TRUE( result.isEmpty() );

  // UTM metres read as degrees: nowhere on Earth.
  AcvOverlapSplit wrongCrs = canhHiep( vanCanh, canhVinh, canhVinh.geometry.intersection( southBox() ) );
  wrongCrs.oldGeometry = transformed( wrongCrs.oldGeometry, QStringLiteral( "EPSG:32648" ) );
  EXPECT_FALSE( AcvOverlapShares::compute( { wrongCrs }, wgs84(), wgs84(), result, notes, error ) );
  EXPECT_TRUE( error.startsWith( u8( "Xã Canh Hiệp (Huyện Vân Canh) lies in none of" ) ) ) << error.toStdString();

  // Half of it and more elsewhere: Vân Canh is 208 km² of the 503 km² the old unit is drawn with.
  AcvOverlapSplit mostlyElsewhere;
  mostlyElsewhere.oldUnit = u8( "Xã Canh Hiệp (Huyện Vân Canh)" );
  mostlyElsewhere.oldGeometry = vanCanh.geometry.combine( anToan.geometry );
  mostlyElsewhere.newUnits = QStringList{ vanCanh.name };
  mostlyElsewhere.newGeometries = { vanCanh.geometry };
  const double covered = ellipsoidalKm2( vanCanh.geometry ) / ( ellipsoidalKm2( vanCanh.geometry ) + ellipsoidalKm2( anToan.geometry ) );
  ASSERT_LT( covered, AcvOverlapShares::kMinCovered );
  EXPECT_FALSE( AcvOverlapShares::compute( { mostlyElsewhere }, wgs84(), wgs84(), result, notes, error ) );
  EXPECT_EQ( error, u8( "only %1 % of Xã Canh Hiệp (Huyện Vân Canh) lies in Xã Vân Canh: are the old boundaries of the same place and CRS as the new ones, and is it the right old unit?" )
                        .arg( std::round( 100 * covered ) ) );

  // Most of it in: shared out, with a note on what is left out.
  AcvOverlapSplit partlyElsewhere = mostlyElsewhere;
  const QgsGeometry outside = QgsGeometry::fromRect( QgsRectangle( 109.2, 13.5, 109.25, 13.55 ) ); // east of Vân Canh
  partlyElsewhere.oldGeometry = vanCanh.geometry.combine( outside );
  const double partlyCovered = ellipsoidalKm2( vanCanh.geometry ) / ( ellipsoidalKm2( vanCanh.geometry ) + ellipsoidalKm2( outside ) );
  ASSERT_GT( partlyCovered, AcvOverlapShares::kMinCovered );
  ASSERT_LT( partlyCovered, AcvOverlapShares::kNoteCovered );
  notes.clear();
  ASSERT_TRUE( AcvOverlapShares::compute( { partlyElsewhere }, wgs84(), wgs84(), result, notes, error ) ) << error.toStdString();
  EXPECT_NEAR( result.constFirst().coveredFraction, partlyCovered, 1e-5 );
  EXPECT_EQ( result.constFirst().shares, QVector<double>{ 1.0 } );
  ASSERT_EQ( notes.size(), 1 );
  EXPECT_EQ( notes.constFirst(), u8( "only %1 % of Xã Canh Hiệp (Huyện Vân Canh) lies in Xã Vân Canh: its counts are shared out by the part that does" ).arg( std::round( 100 * partlyCovered ) ) );
}

TEST( AcvOverlapShares, RepairsABowtieAndRefusesWhatHasNoArea )
{
  const Commune vanCanh = commune( kVanCanh );
  const Commune canhLien = commune( kCanhLien );
  const Commune canhVinh = commune( kCanhVinh );
  // Drawn corner to corner in the wrong order: the ring crosses itself at (109.0, 13.65).
  const QgsGeometry bowtie = QgsGeometry::fromWkt( QStringLiteral( "POLYGON((108.95 13.62,109.05 13.68,109.05 13.62,108.95 13.68,108.95 13.62))" ) );
  ASSERT_FALSE( bowtie.isGeosValid() );
  // What it was meant to be: its two triangles.
  const QgsGeometry triangles = QgsGeometry::fromWkt( QStringLiteral( "MULTIPOLYGON(((108.95 13.62,109.0 13.65,108.95 13.68,108.95 13.62)),((109.0 13.65,109.05 13.68,109.05 13.62,109.0 13.65)))" ) );
  ASSERT_TRUE( triangles.isGeosValid() );

  AcvOverlapSplit split;
  split.oldUnit = u8( "Xã Canh Hiệp (Huyện Vân Canh)" );
  split.newUnits = QStringList{ vanCanh.name, canhLien.name, canhVinh.name };
  split.newGeometries = { vanCanh.geometry, canhLien.geometry, canhVinh.geometry };
  QVector<AcvOverlapShare> repaired;
  QVector<AcvOverlapShare> meant;
  QStringList notes;
  QString error;
  split.oldGeometry = triangles;
  ASSERT_TRUE( AcvOverlapShares::compute( { split }, wgs84(), wgs84(), meant, notes, error ) ) << error.toStdString();
  EXPECT_TRUE( notes.isEmpty() );
  split.oldGeometry = bowtie;
  ASSERT_TRUE( AcvOverlapShares::compute( { split }, wgs84(), wgs84(), repaired, notes, error ) ) << error.toStdString();
  for ( int i = 0; i < 3; ++i )
    EXPECT_NEAR( repaired.constFirst().shares.at( i ), meant.constFirst().shares.at( i ), 1e-12 );
  EXPECT_NEAR( sum( repaired.constFirst().shares ), 1, 1e-12 );
  // SpatiaLite's pieces of the triangles: 11.336819902914, 1.07221156836248 and 23.501568402741 km²
  // (to 1e-4 only: the triangles' 12 km diagonals are long edges, see box()).
  EXPECT_NEAR( repaired.constFirst().shares.at( 2 ), 23.501568402741 / ( 11.336819902914 + 1.07221156836248 + 23.501568402741 ), 1e-4 );
  ASSERT_EQ( notes.size(), 1 );
  EXPECT_TRUE( notes.constFirst().startsWith( u8( "Xã Canh Hiệp (Huyện Vân Canh): invalid polygon (" ) ) ) << notes.constFirst().toStdString();
  EXPECT_TRUE( notes.constFirst().endsWith( QStringLiteral( ") repaired before measuring its overlaps" ) ) ) << notes.constFirst().toStdString();

  // A ring folded onto one meridian encloses nothing: there is no area to share.
  split.oldGeometry = QgsGeometry::fromWkt( QStringLiteral( "POLYGON((109.0 13.62,109.0 13.65,109.0 13.68,109.0 13.62))" ) );
  EXPECT_FALSE( AcvOverlapShares::compute( { split }, wgs84(), wgs84(), repaired, notes, error ) );
  EXPECT_EQ( error, u8( "Xã Canh Hiệp (Huyện Vân Canh): the polygon is invalid and cannot be repaired (it encloses no area)" ) );

  split.oldGeometry = QgsGeometry();
  EXPECT_FALSE( AcvOverlapShares::compute( { split }, wgs84(), wgs84(), repaired, notes, error ) );
  EXPECT_EQ( error, u8( "Xã Canh Hiệp (Huyện Vân Canh): has no geometry, so its counts cannot be shared out by area" ) );

  split.oldGeometry = QgsGeometry::fromWkt( QStringLiteral( "POINT(109.0 13.65)" ) );
  EXPECT_FALSE( AcvOverlapShares::compute( { split }, wgs84(), wgs84(), repaired, notes, error ) );
  EXPECT_EQ( error, u8( "Xã Canh Hiệp (Huyện Vân Canh): is a point, but only a polygon has an area to share out" ) );
}

TEST( AcvOverlapShares, RefusesMismatchedListsAndMissingCrs )
{
  const Commune vanCanh = commune( kVanCanh );
  AcvOverlapSplit split;
  split.oldUnit = u8( "Xã Canh Hiệp (Huyện Vân Canh)" );
  split.oldGeometry = vanCanh.geometry;
  split.newUnits = QStringList{ vanCanh.name, u8( "Xã Canh Vinh" ) };
  split.newGeometries = { vanCanh.geometry };
  QVector<AcvOverlapShare> result;
  QStringList notes;
  QString error;
  EXPECT_FALSE( AcvOverlapShares::compute( { split }, wgs84(), wgs84(), result, notes, error ) );
  EXPECT_EQ( error, u8( "Xã Canh Hiệp (Huyện Vân Canh): 2 new units named for 1 geometries; each new unit needs its own" ) );

  split.newUnits.clear();
  split.newGeometries.clear();
  EXPECT_FALSE( AcvOverlapShares::compute( { split }, wgs84(), wgs84(), result, notes, error ) );
  EXPECT_EQ( error, u8( "Xã Canh Hiệp (Huyện Vân Canh): no new unit is named to share it between" ) );

  split.newUnits = QStringList{ vanCanh.name };
  split.newGeometries = { vanCanh.geometry };
  EXPECT_FALSE( AcvOverlapShares::compute( { split }, QgsCoordinateReferenceSystem(), wgs84(), result, notes, error ) );
  EXPECT_EQ( error, QStringLiteral( "the old boundaries have no coordinate reference system, so their overlaps cannot be measured" ) );
  ASSERT_TRUE( AcvOverlapShares::compute( { split }, wgs84(), wgs84(), result, notes, error ) ) << error.toStdString();
  EXPECT_EQ( result.constFirst().shares, QVector<double>{ 1.0 } );
}
