/***************************************************************************
  acvcoveragejob.h - the coverage job in steps, shared by the command and the plugin
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGEJOB_H
#define ACVCOVERAGEJOB_H

#include "acvboundarysource.h"
#include "acvcoveragejoin.h"
#include "acvcoveragemap.h"
#include "acvcoveragestyle.h"
#include "acvstatisticstable.h"

#include <QHash>
#include <QStringList>

class QTextStream;
class QgsVectorLayer;

/**
 * The job of coverage-map, step by step. The command runs the steps in one go
 * (acvCoverageMap()); the plugin stops after match() to let the analyst review the join, adds
 * pairs with setMapping() and matches again, then writes and styles the layer. Every step
 * returns false with \a error set to the one message the command prints.
 */
class AcvCoverageJob
{
public:
  explicit AcvCoverageJob( const AcvCoverageMapOptions &options );

  const AcvCoverageMapOptions &options() const { return mOptions; }

  //! Opens the boundary source.
  bool openBoundaries( QString &error );
  //! The files the job reads, which no output may overwrite (after openBoundaries()).
  QStringList inputFiles() const;
  //! Reads the statistics table and describes what was found on \a out, its warnings on \a err.
  bool loadStatistics( QTextStream &out, QTextStream &err, QString &error );
  //! Reads the options' mapping file, if any.
  bool readMapping( QString &error );
  //! The boundary key field: the options' one, or the one pairing with most rows. Warnings go to \a err.
  bool chooseKeyField( QTextStream &out, QTextStream &err, QString &error );
  //! Pairs boundaries with statistics rows and computes the metrics.
  bool match( QString &error );
  //! Writes matches, warnings, suggestions and totals as the command does.
  void describeJoin( QTextStream &out, QTextStream &err ) const;
  //! With --strict: false when anything is unmatched.
  bool checkStrict( QString &error ) const;
  /**
   * False when no statistics row found a boundary: a layer of NULL figures would be a map that
   * says nothing, drawn with confidence. \a error says so in plain words, with the closest names.
   */
  bool checkAnyMatched( QString &error ) const;
  /**
   * Writes the joined GeoPackage layer (boundary fields + figures) to \a path. Call it on the
   * thread that opened the boundaries: QGIS keeps a CRS's PROJ objects per thread, and once that
   * thread has ended the layer's CRS can no longer be written (the plugin matches and writes
   * in one task for this reason).
   */
  bool writeJoined( const QString &path, const QString &layerName, QStringList &warnings, QString &error ) const;
  //! The locality names as the map labels them: the name field's values, or the keys.
  bool displayNames( QStringList &names, QString &error ) const;
  //! Frees the annex's locality cells once its records are read (AcvStatisticsTable::releaseDataCells()).
  void releaseStatisticsCells() { mTable.releaseDataCells(); }
  //! Hands the boundary features over once the joined layer is built from them (see displayNames()).
  QgsFeatureList takeBoundaryFeatures() { return mBoundaries.takeFeatures(); }

  //! The analyst's pairs (statistics name as written -> boundary key as written).
  const QHash<QString, QString> &mapping() const { return mMapping; }
  void setMapping( const QHash<QString, QString> &mapping ) { mMapping = mapping; }

  const AcvBoundarySource &boundaries() const { return mBoundaries; }
  const AcvStatisticsTable &table() const { return mTable; }
  const AcvCoverageJoinResult &join() const { return mJoin; }
  const QStringList &boundaryKeys() const { return mBoundaryKeys; }
  QString keyField() const { return mKeyField; }
  QString nameField() const { return mNameField; }
  AcvNameMatcher::KeyMode keyMode() const { return mKeyMode; }

  //! The style options as the job applies them: the options' style, with their language and target.
  static AcvStyleOptions styleOptions( const AcvCoverageMapOptions &options );

private:
  AcvCoverageMapOptions mOptions;
  AcvBoundarySource mBoundaries;
  AcvStatisticsTable mTable;
  QHash<QString, QString> mMapping;
  AcvNameMatcher::KeyMode mKeyMode = AcvNameMatcher::KeyMode::Name;
  QString mKeyField;
  QString mNameField;
  QStringList mBoundaryKeys;
  QVector<AcvNormalizedName> mStatisticsNames;
  AcvCoverageJoinResult mJoin;
};

#endif // ACVCOVERAGEJOB_H
