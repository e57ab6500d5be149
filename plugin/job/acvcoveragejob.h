/***************************************************************************
  acvcoveragejob.h - the coverage job in steps, shared by the command, Processing and the plugin
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGEJOB_H
#define ACVCOVERAGEJOB_H

#include "acvboundarysource.h"
#include "acvcoveragejoin.h"
#include "acvcoveragejoboptions.h"
#include "acvcoverageresult.h"
#include "acvcoveragestyle.h"
#include "acvmessage.h"
#include "acvstatisticstable.h"
#include "acvunitremap.h"

#include <QHash>
#include <QStringList>

#include <memory>

class QgsVectorLayer;

/**
 * The coverage job, step by step. AcvCoverageRun runs the steps in one go (for the command and
 * Processing); the plugin stops after match() to let the analyst review the join, adds pairs
 * with setMapping() and matches again, then writes and styles the layer. Every step returns
 * false with \a error set to the one message the command prints; what a step finds out is
 * appended to \a messages. The \a progress of a step (may be null) is asked whether to stop.
 */
class AcvCoverageJob
{
public:
  explicit AcvCoverageJob( const AcvCoverageJobOptions &options );

  const AcvCoverageJobOptions &options() const { return mOptions; }

  //! Opens the boundary source.
  bool openBoundaries( QString &error, AcvProgress *progress = nullptr );
  /**
   * Joins \a other's boundaries (opened) instead of opening its own: the campaign's further
   * annexes are matched against the boundaries read once for the first.
   */
  void shareBoundaries( const AcvCoverageJob &other );
  //! The files the job reads, which no output may overwrite (after openBoundaries()).
  QStringList inputFiles() const;
  //! Reads the statistics table and describes what was found, and its warnings.
  bool loadStatistics( AcvMessages &messages, QString &error, AcvProgress *progress = nullptr );
  //! Where the last loadStatistics() error is, when it is about a cell of the annex.
  AcvMessage statisticsError( const QString &error ) const;
  //! Reads the options' mapping file, if any.
  bool readMapping( QString &error );
  /**
   * The boundary key field: the options' one, or the one pairing with most rows. With a
   * crosswalk or an aggregation, the annex's rows are summed into their units first (remap()).
   */
  bool chooseKeyField( AcvMessages &messages, QString &error );
  //! Pairs boundaries with statistics rows and computes the metrics.
  bool match( QString &error, const AcvProgress *progress = nullptr );
  //! Matches, warnings, suggestions and totals, as the command prints them.
  void describeJoin( AcvMessages &messages ) const;
  //! The join in numbers, for callers that show it their own way.
  AcvJoinSummary joinSummary() const;
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
  bool writeJoined( const QString &path, const QString &layerName, QStringList &warnings, QString &error, AcvProgress *progress = nullptr ) const;
  /**
   * The statistics date: the options' one, else the one the annex's title rows or file name
   * give (\a evidence says which words; empty when the options gave it). Invalid when unknown.
   */
  QDate statisticsDate( QString *evidence = nullptr ) const;
  //! The locality names as the map labels them: the name field's values, or the keys.
  bool displayNames( QStringList &names, QString &error ) const;
  //! Frees the annex's locality cells once its records are read (AcvStatisticsTable::releaseDataCells()).
  void releaseStatisticsCells() { mTable.releaseDataCells(); }
  //! Hands the boundary features over once the joined layer is built from them (see displayNames()).
  QgsFeatureList takeBoundaryFeatures() { return mBoundaries->takeFeatures(); }

  //! The analyst's pairs (statistics name as written -> boundary key as written).
  const QHash<QString, QString> &mapping() const { return mMapping; }
  void setMapping( const QHash<QString, QString> &mapping ) { mMapping = mapping; }

  const AcvBoundarySource &boundaries() const { return *mBoundaries; }
  const AcvStatisticsTable &table() const { return mTable; }
  const AcvCoverageJoinResult &join() const { return mJoin; }
  //! How the annex's rows were summed into other units (a crosswalk's, a column's); unset when not.
  const AcvUnitRemap &remap() const { return mRemap; }
  //! The remap as the report page states it.
  AcvReportRemap reportRemap() const;
  //! The crosswalk read for the remap (empty without --crosswalk).
  const AcvCrosswalk &crosswalk() const { return mCrosswalk; }
  const QStringList &boundaryKeys() const { return mBoundaryKeys; }
  QString keyField() const { return mKeyField; }
  QString nameField() const { return mNameField; }
  //! The boundary field naming each feature's parent, empty when there is none.
  QString parentField() const { return mParentField; }
  //! Each boundary's parent as written (the parent field's values), empty without a parent field.
  const QStringList &boundaryParents() const { return mBoundaryParents; }
  //! The tier of the boundaries' features, as chooseKeyField() read it.
  const AcvLayerLevel &boundaryLevel() const { return mBoundaryLevel; }
  AcvNameMatcher::KeyMode keyMode() const { return mKeyMode; }

  //! The style options as the job applies them: the options' style, with their language and target.
  static AcvStyleOptions styleOptions( const AcvCoverageJobOptions &options );

private:
  //! Sums the annex's rows into the crosswalk's new units or by the aggregation column, once.
  bool remap( AcvMessages &messages, QString &error );
  //! The shares of the crosswalk's split units by area of overlap (--partial-by area), per link.
  bool areaShares( QHash<int, double> &shares, AcvMessages &messages, QString &error );
  /**
   * Whether the crosswalk's new units (\a codes, their codes) pair with the boundaries by code,
   * and by which field (\a field): the join and the area of overlap must find them alike.
   */
  bool newUnitsByCode( const QStringList &codes, QString *field = nullptr ) const;
  //! Refuses an annex at another tier than the boundaries' features, saying what to use instead.
  bool checkLevels( const QStringList &statisticsKeys, int keyMatches, QString &error ) const;
  //! Chooses the boundary parent field and reads its values.
  bool chooseParentField( AcvMessages &messages, QString &error );
  //! "'Xã Ia O' (Huyện Ia Grai)": a name with its parent, when it has one.
  static QString withParent( const QString &name, const QString &parent );

  AcvCoverageJobOptions mOptions;
  //! Shared by the jobs of a campaign's annexes, which join the same boundaries (shareBoundaries()).
  std::shared_ptr<AcvBoundarySource> mBoundaries;
  AcvStatisticsTable mTable;
  QHash<QString, QString> mMapping;
  AcvNameMatcher::KeyMode mKeyMode = AcvNameMatcher::KeyMode::Name;
  QString mKeyField;
  QString mNameField;
  QString mParentField;
  QStringList mBoundaryParents;
  AcvLayerLevel mBoundaryLevel;
  QStringList mBoundaryKeys;
  QVector<AcvNormalizedName> mStatisticsNames;
  AcvCoverageJoinResult mJoin;
  AcvCrosswalk mCrosswalk;
  AcvUnitRemap mRemap;
  //! "'23737' Xã Ia Mơ = '23938' Xã Ia Mơ": new units paired by name as their codes differ.
  QStringList mCodeMismatches;
};

#endif // ACVCOVERAGEJOB_H
