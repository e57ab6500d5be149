/***************************************************************************
  acvrankingdock.h - the dock listing localities by coverage
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVRANKINGDOCK_H
#define ACVRANKINGDOCK_H

#include "acvlanguage.h"

#include <qgsdockwidget.h>
#include <qgsvectorlayer.h>

#include <QPointer>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QgsMapCanvas;
class QgsVectorLayer;
class AcvRankingModel;

/**
 * Rank, name, installs, coverage and gap of every locality of the coverage layer; rows below
 * the target are red. Clicking a row selects the locality on the layer and zooms to it.
 */
class AcvRankingDock : public QgsDockWidget
{
  Q_OBJECT

public:
  explicit AcvRankingDock( QgsMapCanvas *canvas, QWidget *parent = nullptr );

  void setLayer( QgsVectorLayer *layer, double targetPct, AcvLanguage language );
  QgsVectorLayer *layer() const { return mLayer; }
  //! The plugin's "Export report…" action, shown as a button of the dock.
  void setExportAction( QAction *action );
  const AcvRankingModel *model() const { return mModel; }

private:
  void refresh();
  void rowClicked( const QModelIndex &index );

  QgsMapCanvas *mCanvas = nullptr;
  QPointer<QgsVectorLayer> mLayer;
  double mTargetPct = 60.0;
  AcvLanguage mLanguage = AcvLanguage::Vietnamese;
  AcvRankingModel *mModel = nullptr;
  QSortFilterProxyModel *mProxy = nullptr;
  QTableView *mView = nullptr;
  QLabel *mSummary = nullptr;
  QToolButton *mExportButton = nullptr;
};

#endif // ACVRANKINGDOCK_H
