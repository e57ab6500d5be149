/***************************************************************************
  acvareaapportionment.h - a crosswalk's split units shared out by the area of overlap
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVAREAAPPORTIONMENT_H
#define ACVAREAAPPORTIONMENT_H

#include "acvboundarysource.h"
#include "acvcrosswalk.h"
#include "acvnamematcher.h"
#include "acvoverlapshares.h"

#include <qgscoordinatetransformcontext.h>

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

//! Where the old and the new units' boundaries are, and how the new ones are keyed.
struct AcvAreaApportionmentOptions
{
  QString oldBoundaries;    //!< the old units' boundaries (any OGR polygon source)
  QString oldBoundaryLayer; //!< its layer; empty: the only or first one
  QString oldBoundaryKey;   //!< the field coding or naming the old units; empty: detected
  //! The new units' boundaries, already open: the layer the annex is joined to.
  const AcvBoundarySource *newBoundaries = nullptr;
  QString newKeyField; //!< the field of newBoundaries holding the crosswalk's new units
  AcvNameMatcher::KeyMode newKeyMode = AcvNameMatcher::KeyMode::Name;
  //! The analyst's pairs (new unit as written -> boundary key as written), as the join applies them.
  QHash<QString, QString> mapping;
  QgsCoordinateTransformContext transformContext;
};

//! One split old unit, as it was shared out.
struct AcvApportionedSplit
{
  int oldUnit = -1;      //!< index into the crosswalk's old units
  QString label;         //!< "Xã Canh Liên (Huyện Vân Canh)"
  QVector<int> links;    //!< its crosswalk links, in row order
  QStringList newUnits;  //!< the new unit of each link, for messages
  AcvOverlapShare share; //!< shares and overlaps parallel to links
};

/**
 * The shares of a crosswalk's split old units by area of overlap (--partial-by area): each
 * split unit is found in the old boundaries (by code, else by name within its parent, as the
 * annex's rows are found in the crosswalk), each of its new units in the new boundaries (by the
 * field the join will use), and AcvOverlapShares measures how much of the old polygon each new
 * one takes.
 *
 * Every split unit whose links carry no share is apportioned, whether or not the annex has a
 * row for it: which rows pair with which old units is only known once the remap has the
 * shares. A split unit missing from either layer, or found twice, is refused with every such
 * unit named at once, as are the refusals of AcvOverlapShares.
 */
class AcvAreaApportionment
{
public:
  //! Opens the old boundaries, finds the split units on both sides and measures their overlaps.
  bool run( const AcvCrosswalk &crosswalk, const AcvAreaApportionmentOptions &options, QString &error );

  //! Per crosswalk link of an apportioned unit, its share (for AcvUnitRemap::crosswalk()).
  const QHash<int, double> &shares() const { return mShares; }
  const QVector<AcvApportionedSplit> &splits() const { return mSplits; }
  //! "Old boundaries: old.gpkg, layer 'x', key field 'old_commune_code' [detected] (by code), …".
  QString describeSource() const;
  //! "Xã Canh Liên (Huyện Vân Canh) → Xã Canh Liên 62.1 %, Xã Canh Vinh 37.9 %; …".
  QString describe() const;
  //! What is worth a look but no fault: repaired polygons, old units only partly covered.
  const QStringList &notes() const { return mNotes; }
  //! The old layer's own warnings (no CRS, polygons it repaired on reading).
  const QStringList &warnings() const { return mWarnings; }

  //! A code as compared: trimmed, without leading zeros (a workbook or a shapefile stores "01" as 1).
  static QString codeKey( const QString &code );

private:
  bool chooseOldKey( const AcvCrosswalk &crosswalk, const AcvAreaApportionmentOptions &options, QString &error );
  void chooseOldParent( const AcvCrosswalk &crosswalk );
  //! Per old unit of \a needed, its feature in the old boundaries; false naming those without one.
  bool findOld( const AcvCrosswalk &crosswalk, const QVector<int> &needed, QVector<int> &featureOf, QString &error ) const;
  //! Per new unit of the needed splits, its feature in the new boundaries.
  bool findNew( const AcvCrosswalk &crosswalk, const QVector<int> &needed, const AcvAreaApportionmentOptions &options,
                QVector<int> &featureOf, QString &error ) const;

  AcvBoundarySource mOld;
  QString mOldKeyField;
  bool mOldKeyDetected = false;
  AcvNameMatcher::KeyMode mOldKeyMode = AcvNameMatcher::KeyMode::Name;
  QString mOldParentField;
  QHash<int, double> mShares;
  QVector<AcvApportionedSplit> mSplits;
  QStringList mNotes;
  QStringList mWarnings;
};

#endif // ACVAREAAPPORTIONMENT_H
