/***************************************************************************
  acvoverlapshares.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvoverlapshares.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsdistancearea.h>
#include <qgsexception.h>
#include <qgswkbtypes.h>

#include <QCoreApplication>
#include <QLatin1String>

namespace
{
//! "12 %", with a decimal below 10 % so that a sliver does not read as nothing.
QString percent( double fraction )
{
  return QString::number( 100 * fraction, 'f', fraction < 0.1 ? 1 : 0 ) + QStringLiteral( " %" );
}

void addNote( QStringList &notes, const QString &note )
{
  // A new unit shared by two splits would otherwise be reported repaired twice.
  if ( !notes.contains( note ) )
    notes.append( note );
}

/**
 * \a geometry as a valid polygon or multipolygon in \a polygon. GEOS's intersection of an
 * invalid polygon fails or returns a wrong area, so a self-intersection or bad ring order is
 * repaired first (makeValid moves no vertex) and \a notes say so; what it cannot make an area
 * of is an \a error. \a unit names the unit in both.
 */
bool usablePolygon( const QgsGeometry &geometry, const QString &unit, QgsGeometry &polygon, QStringList &notes, QString &error )
{
  if ( geometry.isNull() || geometry.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvOverlapShares", "%1: has no geometry, so its counts cannot be shared out by area" ).arg( unit );
    return false;
  }
  if ( geometry.type() != QgsWkbTypes::PolygonGeometry )
  {
    error = QCoreApplication::translate( "AcvOverlapShares", "%1: is a %2, but only a polygon has an area to share out" ).arg( unit, QgsWkbTypes::displayString( geometry.wkbType() ).toLower() );
    return false;
  }
  if ( geometry.isGeosValid() )
  {
    polygon = geometry;
    return true;
  }
  QgsGeometry repaired = geometry.makeValid();
  // A bowtie comes back as polygons, a spike beside one as a collection with a line in it.
  if ( !repaired.isNull() && repaired.wkbType() == QgsWkbTypes::GeometryCollection )
    repaired.convertGeometryCollectionToSubclass( QgsWkbTypes::PolygonGeometry );
  if ( repaired.isNull() || repaired.isEmpty() || repaired.type() != QgsWkbTypes::PolygonGeometry || repaired.area() <= 0 )
  {
    error = QCoreApplication::translate( "AcvOverlapShares", "%1: the polygon is invalid and cannot be repaired (it encloses no area)" ).arg( unit );
    return false;
  }
  QVector<QgsGeometry::Error> problems;
  geometry.validateGeometry( problems, Qgis::GeometryValidationEngine::Geos );
  const QString problem = problems.isEmpty() ? QCoreApplication::translate( "AcvOverlapShares", "invalid" ) : problems.constFirst().what();
  addNote( notes, QCoreApplication::translate( "AcvOverlapShares", "%1: invalid polygon (%2) repaired before measuring its overlaps" ).arg( unit, problem ) );
  polygon = repaired;
  return true;
}

//! The area of \a geometry in km²; QgsDistanceArea gives m² whenever it measures on the ellipsoid.
double areaKm2( const QgsDistanceArea &measure, const QgsGeometry &geometry )
{
  return geometry.isNull() || geometry.isEmpty() ? 0 : measure.measureArea( geometry ) / 1e6;
}

//! One split's share, or false with \a error.
bool shareOf( const AcvOverlapSplit &split, const QgsCoordinateTransform &toNew, const QgsDistanceArea &measure,
              AcvOverlapShare &share, QStringList &notes, QString &error )
{
  if ( split.newGeometries.isEmpty() && split.newUnits.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvOverlapShares", "%1: no new unit is named to share it between" ).arg( split.oldUnit );
    return false;
  }
  if ( split.newUnits.size() != split.newGeometries.size() )
  {
    error = QCoreApplication::translate( "AcvOverlapShares", "%1: %2 new units named for %3 geometries; each new unit needs its own" ).arg( split.oldUnit ).arg( split.newUnits.size() ).arg( split.newGeometries.size() );
    return false;
  }
  const QString newUnits = split.newUnits.join( QLatin1String( ", " ) );
  QgsGeometry moved = split.oldGeometry;
  if ( !toNew.isShortCircuited() )
  {
    try
    {
      moved.transform( toNew );
    }
    catch ( const QgsCsException &exception )
    {
      error = QCoreApplication::translate( "AcvOverlapShares", "%1: cannot be transformed from %2 to the new units' %3 (%4)" )
                  .arg( split.oldUnit, toNew.sourceCrs().userFriendlyIdentifier(), toNew.destinationCrs().userFriendlyIdentifier(), exception.what() );
      return false;
    }
  }
  // Validity is judged where GEOS will intersect: a reprojection can fold a valid ring.
  QgsGeometry old;
  if ( !usablePolygon( moved, split.oldUnit, old, notes, error ) )
    return false;
  share.oldAreaKm2 = areaKm2( measure, old );

  double sum = 0;
  for ( int i = 0; i < split.newGeometries.size(); ++i )
  {
    QgsGeometry target;
    if ( !usablePolygon( split.newGeometries.at( i ), split.newUnits.at( i ), target, notes, error ) )
      return false;
    double overlap = 0;
    // Most splits name neighbours; the envelope test spares GEOS the ones that cannot meet.
    if ( old.boundingBoxIntersects( target ) )
    {
      const QgsGeometry piece = old.intersection( target );
      if ( piece.isNull() && !piece.lastError().isEmpty() )
      {
        error = QCoreApplication::translate( "AcvOverlapShares", "%1: its overlap with %2 cannot be computed (%3)" ).arg( split.oldUnit, split.newUnits.at( i ), piece.lastError() );
        return false;
      }
      // Along a shared border the intersection holds lines and points too: they have no area.
      overlap = areaKm2( measure, piece );
    }
    share.overlapKm2.append( overlap );
    sum += overlap;
  }

  share.coveredFraction = share.oldAreaKm2 > 0 ? sum / share.oldAreaKm2 : 0;
  if ( sum <= 0 )
  {
    error = QCoreApplication::translate( "AcvOverlapShares", "%1 lies in none of %2: are the old boundaries of the same place and CRS as the new ones?" ).arg( split.oldUnit, newUnits );
    return false;
  }
  if ( share.coveredFraction < AcvOverlapShares::kMinCovered )
  {
    error = QCoreApplication::translate( "AcvOverlapShares", "only %1 of %2 lies in %3: are the old boundaries of the same place and CRS as the new ones, and is it the right old unit?" )
                .arg( percent( share.coveredFraction ), split.oldUnit, newUnits );
    return false;
  }
  if ( share.coveredFraction < AcvOverlapShares::kNoteCovered )
    notes.append( QCoreApplication::translate( "AcvOverlapShares", "only %1 of %2 lies in %3: its counts are shared out by the part that does" ).arg( percent( share.coveredFraction ), split.oldUnit, newUnits ) );

  share.shares.reserve( share.overlapKm2.size() );
  for ( int i = 0; i < share.overlapKm2.size(); ++i )
  {
    share.shares.append( share.overlapKm2.at( i ) / sum );
    if ( share.overlapKm2.at( i ) <= 0 )
      notes.append( QCoreApplication::translate( "AcvOverlapShares", "%1: none of it lies in %2, which gets no share of it" ).arg( split.oldUnit, split.newUnits.at( i ) ) );
  }
  return true;
}
} // namespace

bool AcvOverlapShares::compute( const QVector<AcvOverlapSplit> &splits, const QgsCoordinateReferenceSystem &oldCrs,
                                const QgsCoordinateReferenceSystem &newCrs, QVector<AcvOverlapShare> &result,
                                QStringList &notes, QString &error, const QgsCoordinateTransformContext &context )
{
  result.clear();
  if ( !oldCrs.isValid() )
  {
    error = QCoreApplication::translate( "AcvOverlapShares", "the old boundaries have no coordinate reference system, so their overlaps cannot be measured" );
    return false;
  }
  if ( !newCrs.isValid() )
  {
    error = QCoreApplication::translate( "AcvOverlapShares", "the new boundaries have no coordinate reference system, so their overlaps cannot be measured" );
    return false;
  }
  // In degrees a planar area is in square degrees, whose size shrinks with the latitude;
  // on the ellipsoid every piece is measured in the same m², whatever the layer's CRS.
  QgsDistanceArea measure;
  measure.setSourceCrs( newCrs, context );
  if ( !measure.setEllipsoid( QStringLiteral( "WGS84" ) ) || !measure.willUseEllipsoid() )
  {
    error = QCoreApplication::translate( "AcvOverlapShares", "the WGS 84 ellipsoid is not known to this QGIS, so areas cannot be measured on it" );
    return false;
  }
  const QgsCoordinateTransform toNew( oldCrs, newCrs, context );

  result.reserve( splits.size() );
  for ( const AcvOverlapSplit &split : splits )
  {
    AcvOverlapShare share;
    if ( !shareOf( split, toNew, measure, share, notes, error ) )
    {
      result.clear();
      return false;
    }
    result.append( share );
  }
  return true;
}
