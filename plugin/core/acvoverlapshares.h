/***************************************************************************
  acvoverlapshares.h - how much of a split old unit went into each new unit, by area
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVOVERLAPSHARES_H
#define ACVOVERLAPSHARES_H

#include <qgscoordinatetransformcontext.h>
#include <qgsgeometry.h>

#include <QString>
#include <QStringList>
#include <QVector>

class QgsCoordinateReferenceSystem;

//! One old unit split between several new units: the geometries, each in its layer's CRS.
struct AcvOverlapSplit
{
  QString oldUnit; //!< for messages: "Xã Canh Liên (Huyện Vân Canh)"
  QgsGeometry oldGeometry;
  QStringList newUnits; //!< for messages, parallel to newGeometries
  QVector<QgsGeometry> newGeometries;
};

//! How an old unit's counts are apportioned between its new units.
struct AcvOverlapShare
{
  QVector<double> shares;     //!< per new unit: overlap area / sum of the overlaps; sums to 1
  QVector<double> overlapKm2; //!< per new unit, ellipsoidal km²
  double oldAreaKm2 = 0;
  //! Sum of overlaps / old area: how much of the old unit the new units cover (above 1 only if they overlap each other).
  double coveredFraction = 0;
};

/**
 * Apportions old administrative units that were split between several new ones (Vietnam's
 * 2025 reform) by the area each new unit takes of the old one. The crosswalk names the new
 * units an old one went into but carries no shares; the area of overlap is the one measure
 * both sets of boundaries give without a census.
 */
class AcvOverlapShares
{
public:
  /**
   * Shares of each split by ellipsoidal area of intersection (WGS 84 ellipsoid via
   * QgsDistanceArea), with the old geometries transformed into the new layer's CRS first
   * (QgsCoordinateTransform with \a context: the project's, or a default one that lets PROJ
   * choose). \a result gets one share per split, in order.
   *
   * An invalid polygon is repaired with makeValid, and \a notes say so. \a notes also name a
   * new unit that gets nothing of its old unit, and an old unit its new units cover less than
   * kNoteCovered of. False with \a error naming the old unit when a geometry is empty or
   * invalid beyond repair, when the old unit overlaps none of its new units, or when they
   * cover less than kMinCovered of it.
   */
  static bool compute( const QVector<AcvOverlapSplit> &splits, const QgsCoordinateReferenceSystem &oldCrs,
                       const QgsCoordinateReferenceSystem &newCrs, QVector<AcvOverlapShare> &result,
                       QStringList &notes, QString &error,
                       const QgsCoordinateTransformContext &context = QgsCoordinateTransformContext() );

  /**
   * Below this, the old geometry is not the place its new units are. Measured on the real
   * boundaries (old Gia Lai communes of 2008 against the 2025 communes their crosswalk rows
   * name, 184 old communes): honest pairs cover 0.67 and more (median 0.988, 5th percentile
   * 0.92; the gaps are the two sources drawing borders differently), while the two pairs the
   * crosswalk and the old layer disagree on (Xã Ia Grăng and Xã Ia Tô, each lying in the
   * other's new commune) cover 0.005 and 0.011. A wrong CRS or place covers nothing. Half sits
   * in that gap, and below it most of the counts would be shared out by a minority of the
   * old unit's land.
   */
  static constexpr double kMinCovered = 0.5;

  //! Below this, a note says how much is left out: the shares still hold, the boundaries may not agree.
  static constexpr double kNoteCovered = 0.9;
};

#endif // ACVOVERLAPSHARES_H
