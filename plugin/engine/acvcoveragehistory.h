/***************************************************************************
  acvcoveragehistory.h - the campaign's history of annexes, in a GeoPackage or on PostGIS
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGEHISTORY_H
#define ACVCOVERAGEHISTORY_H

#include "acvcampaignprogress.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

class AcvOutputTransaction;

//! One locality on one statistics date, as a run adds it to the history.
struct AcvHistoryRow
{
  QString key;      //!< the boundary key, as written in the boundaries
  QString locality; //!< its display name
  QDate date;
  AcvFigures figures;
  std::optional<double> coveragePct;
  QString source; //!< the annex's file name
  QByteArray wkb; //!< the boundary, in the boundaries' CRS (ISO WKB); empty: none
};

//! What replace() did, for the run's message.
struct AcvHistoryUpdate
{
  int rows = 0;
  QVector<QDate> added;    //!< dates the history did not hold
  QVector<QDate> replaced; //!< dates it held, whose rows were replaced
};

/**
 * Layer `coverage_history` of a GeoPackage or of a PostgreSQL/PostGIS database (an OGR
 * connection, "PG:host=… dbname=…" or "postgresql://…"): one feature per locality per
 * statistics date. A run opens it with begin(), which starts a database transaction, replaces
 * the dates of its annexes, reads every observation back for the derived figures and commits at
 * its very end; a failed or killed run leaves the history as it was (rollback(), or the
 * database's own recovery). A GeoPackage that does not exist yet is written as a temporary of
 * the run's output transaction and renamed into place with the run's other outputs.
 */
class AcvCoverageHistory
{
public:
  static constexpr const char *kLayerName = "coverage_history";

  AcvCoverageHistory() = default;
  ~AcvCoverageHistory();
  AcvCoverageHistory( const AcvCoverageHistory & ) = delete;
  AcvCoverageHistory &operator=( const AcvCoverageHistory & ) = delete;

  //! Whether \a dataset names a PostgreSQL connection rather than a file.
  static bool isDatabase( const QString &dataset );
  //! \a dataset as messages show it: a connection's password is left out.
  static QString displayName( const QString &dataset );

  /**
   * Opens (or creates) the history. \a keyField is the boundaries' key field, which the
   * history keys its localities by; \a crsWkt the boundaries' CRS. A new GeoPackage is made as
   * a temporary of \a transaction (which must not be null then).
   */
  bool begin( const QString &dataset, const QString &keyField, const QString &crsWkt, QString &error, AcvOutputTransaction *transaction );
  //! Replaces the history's rows of every date in \a rows by \a rows.
  bool replace( const QVector<AcvHistoryRow> &rows, AcvHistoryUpdate &update, QString &error );
  //! Every observation the history holds (inside this run's transaction), by key.
  bool observations( QHash<QString, QVector<AcvHistoryObservation>> &byKey, QString &error );
  //! The statistics dates the history holds, oldest first.
  bool dates( QVector<QDate> &dates, QString &error );
  //! Commits the database transaction (a new GeoPackage is staged in the output transaction).
  bool commit( QString &error );
  //! Undoes everything since begin(); what a destructor of an uncommitted history does.
  void rollback();

  bool isOpen() const { return mDataset != nullptr; }
  //! The dataset as given to begin().
  QString dataset() const { return mDatasetName; }
  //! Where another program reads the history during the run: a new GeoPackage's temporary.
  QString readableSource() const { return mTemporary.isEmpty() ? mDatasetName : mTemporary; }
  //! Whether begin() made a new GeoPackage.
  bool isNew() const { return !mTemporary.isEmpty(); }

private:
  bool createLayer( const QString &crsWkt, QString &error );
  bool checkLayer( const QString &crsWkt, QString &error );
  int fieldIndex( const char *name ) const;
  void close();

  QString mDatasetName;
  QString mKeyField;
  QString mTemporary; //!< the new GeoPackage's temporary path, empty otherwise
  AcvOutputTransaction *mTransaction = nullptr;
  void *mDataset = nullptr;
  void *mLayer = nullptr;
  void *mTransform = nullptr; //!< boundaries' CRS -> the history's, when they differ
  bool mInTransaction = false;
};

#endif // ACVCOVERAGEHISTORY_H
