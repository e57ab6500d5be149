/***************************************************************************
  acvrankingmodel.h - localities by coverage, for the ranking dock
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVRANKINGMODEL_H
#define ACVRANKINGMODEL_H

#include "acvlanguage.h"

#include <qgsfeatureid.h>

#include <QAbstractTableModel>
#include <QVector>

#include <optional>

class QgsVectorLayer;

//! One locality of the joined layer.
struct AcvRankingRow
{
  QgsFeatureId fid = FID_NULL;
  std::optional<int> rank;
  QString name;
  std::optional<qint64> installs;
  std::optional<double> coveragePct;
  std::optional<qint64> gapInstalls;
  bool belowTarget = false;
};

/**
 * The joined layer's localities, best coverage first and those without figures last, with
 * numbers written the way the labels write them (139.267 and 23,4 % in Vietnamese). Desktop-free:
 * the dock shows it, GoogleTest checks it.
 */
class AcvRankingModel : public QAbstractTableModel
{
  Q_OBJECT

public:
  enum Column
  {
    Rank,
    Name,
    Installs,
    Coverage,
    Gap,
    ColumnCount
  };
  //! Sort by this role to sort by number rather than by text.
  static constexpr int SortRole = Qt::UserRole + 1;
  static constexpr int FeatureIdRole = Qt::UserRole + 2;
  static constexpr int BelowTargetRole = Qt::UserRole + 3;

  explicit AcvRankingModel( QObject *parent = nullptr );

  //! Reads the coverage fields of \a layer (as AcvJoinedLayerWriter writes them). False when they are missing.
  static bool readRows( const QgsVectorLayer *layer, QVector<AcvRankingRow> &rows, QString &error );
  //! Best coverage first, ties by name, localities without coverage last.
  static void sortRows( QVector<AcvRankingRow> &rows );

  void setRows( const QVector<AcvRankingRow> &rows, double targetPct, AcvLanguage language );
  const QVector<AcvRankingRow> &rows() const { return mRows; }

  int rowCount( const QModelIndex &parent = QModelIndex() ) const override;
  int columnCount( const QModelIndex &parent = QModelIndex() ) const override;
  QVariant data( const QModelIndex &index, int role = Qt::DisplayRole ) const override;
  QVariant headerData( int section, Qt::Orientation orientation, int role = Qt::DisplayRole ) const override;

private:
  QVector<AcvRankingRow> mRows;
  double mTargetPct = 60.0;
  AcvLanguage mLanguage = AcvLanguage::Vietnamese;
};

#endif // ACVRANKINGMODEL_H
