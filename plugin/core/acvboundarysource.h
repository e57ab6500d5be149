/***************************************************************************
  acvboundarysource.h - an administrative boundary layer read through OGR
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVBOUNDARYSOURCE_H
#define ACVBOUNDARYSOURCE_H

#include "acvadminlevel.h"
#include "acvnamematcher.h"

#include <qgsfeature.h>

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

class QgsFeature;
class QgsVectorLayer;

//! What one field's values say about the layer: whether they tell features apart or group them, and their tier.
struct AcvFieldProfile
{
  QString name;
  int filled = 0;        //!< features with a value
  int distinct = 0;      //!< distinct values
  AcvLevelReading level; //!< the tier its values are written at
  QStringList values;    //!< the distinct values, in order of first feature (grouping fields only)
  //! Nearly one value per feature: a key or a name.
  bool isUnique() const { return filled > 0 && distinct >= 0.9 * filled; }
  //! Several features per value: the unit the features belong to (a commune's district).
  bool groups() const { return distinct >= 1 && !isUnique(); }
};

//! The tier of a layer's features and how it was read, for messages.
struct AcvLayerLevel
{
  AcvAdminLevel level = AcvAdminLevel::Unknown;
  QString field;           //!< the field that told it
  bool fromParent = false; //!< read from a grouping field one tier up rather than from the features' own names
  AcvLevelReading reading;
  //! "communes (field 'commune_vn': 222 of 222 names written Xã, …)".
  QString describe() const;
};

/**
 * Opens any OGR-readable polygon source (Shapefile with its .cpg and .prj, GeoPackage,
 * GeoJSON, ...) read-only, in whatever CRS it has. Its features are read once, checked and
 * kept in memory: key detection, the join, the joined layer and the map all work from them,
 * which at 100 000 communes saves four passes over the file.
 */
class AcvBoundarySource
{
public:
  AcvBoundarySource();
  ~AcvBoundarySource();

  //! Opens \a path (layer \a layerName, or the only/first one). Warnings go to \a warnings.
  bool open( const QString &path, const QString &layerName, QString &error, AcvProgress *progress = nullptr );

  QgsVectorLayer *layer() const { return mLayer.get(); }
  QString path() const { return mPath; }
  QString layerName() const { return mLayerName; }
  const QStringList &warnings() const { return mWarnings; }
  //! Facts about the reading: how the text of a .dbf without a .cpg was decoded.
  const QStringList &notes() const { return mNotes; }

  //! The features in file order, as multipolygons, with invalid polygons repaired (see open()).
  const QgsFeatureList &features() const { return mFeatures; }

  //! Hands the features over once nothing here needs them any more (keys() then reads nothing).
  QgsFeatureList takeFeatures() { return std::exchange( mFeatures, QgsFeatureList() ); }

  //! The field's values as text, in feature order (NULL becomes an empty string).
  bool keys( const QString &field, QStringList &keys, QString &error ) const;

  //! The text and whole-number fields, the candidates for a key.
  QStringList keyFieldCandidates() const;

  /**
   * Chooses the key field that pairs with the most statistics keys; ties go to the field that
   * comes first. Returns an empty string when no field pairs with any. Above 2 000 features each
   * field is judged on an even sample of its values, and \a matches is the sampled count scaled
   * to the layer. \a statisticsNames receives the normalized statistics keys, for the join;
   * \a normalized, when given, are those keys normalized already (the table's).
   */
  QString detectKeyField( const QStringList &statisticsKeys, AcvNameMatcher::KeyMode mode,
                          const QHash<QString, QString> &mapping, int *matches = nullptr,
                          QVector<AcvNormalizedName> *statisticsNames = nullptr,
                          const QVector<AcvNormalizedName> &normalized = QVector<AcvNormalizedName>() ) const;

  /**
   * The field that names the localities for labels and tables: the key field itself when it is
   * matched by name, else the text field that reads most like unique locality names.
   * Empty when there is none; the statistics' own names are used then.
   */
  QString detectNameField( const QString &keyField, AcvNameMatcher::KeyMode mode ) const;

  //! Every text field's profile, read once (all values counted; the tier from a sample of them).
  const QVector<AcvFieldProfile> &fieldProfiles() const;

  //! The tier of the features: from the type words of a field that names them, else one below a grouping field.
  AcvLayerLevel layerLevel() const;

  /**
   * The field that names each feature's parent unit (a commune's district): of the fields that
   * group the features, the one whose values pair with most of \a statisticsParents (the annex's
   * distinct parents); without them, the grouping field of the nearest tier above the features.
   * Empty when none fits. \a matched receives how many statistics parents it pairs with.
   */
  QString detectParentField( const QString &keyField, const QStringList &statisticsParents, int *matched = nullptr ) const;

  //! The path of a shapefile's sidecar with \a suffix (either case), or an empty string.
  static QString sidecar( const QString &shapefile, const QString &suffix );

  //! Files that make up the source (a shapefile's sidecars too), for "never modified" checks.
  QStringList sourceFiles() const;

private:
  /**
   * Reads every feature. Each must have a polygon: a missing, empty or non-polygon geometry is
   * an error naming the feature; an invalid polygon is repaired (with a warning) when GEOS can
   * make an area of it, else an error.
   */
  bool readFeatures( QString &error, AcvProgress *progress );
  QString describeFeature( const QgsFeature &feature, int position ) const;

  std::unique_ptr<QgsVectorLayer> mLayer;
  QString mPath;
  QString mLayerName;
  QStringList mWarnings;
  QStringList mNotes;
  QgsFeatureList mFeatures;
  mutable QVector<AcvFieldProfile> mProfiles;
  mutable bool mProfiled = false;
};

#endif // ACVBOUNDARYSOURCE_H
