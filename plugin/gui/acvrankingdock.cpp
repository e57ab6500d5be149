/***************************************************************************
  acvrankingdock.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvrankingdock.h"

#include "acvrankingmodel.h"
#include "acvrunsummary.h"

#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

AcvRankingDock::AcvRankingDock( QgsMapCanvas *canvas, QWidget *parent )
  : QgsDockWidget( tr( "Coverage Ranking" ), parent )
  , mCanvas( canvas )
{
  setObjectName( QStringLiteral( "AcvRankingDock" ) );
  auto *widget = new QWidget( this );
  auto *layout = new QVBoxLayout( widget );
  layout->setContentsMargins( 4, 4, 4, 4 );

  auto *top = new QHBoxLayout();
  mSummary = new QLabel( tr( "Select a coverage layer in the Layers panel to list its localities." ), widget );
  mSummary->setObjectName( QStringLiteral( "AcvRankingSummary" ) );
  mSummary->setWordWrap( true );
  top->addWidget( mSummary, 1 );
  mExportButton = new QToolButton( widget );
  mExportButton->setToolButtonStyle( Qt::ToolButtonTextOnly );
  top->addWidget( mExportButton );
  layout->addLayout( top );

  mModel = new AcvRankingModel( this );
  mProxy = new QSortFilterProxyModel( this );
  mProxy->setSourceModel( mModel );
  mProxy->setSortRole( AcvRankingModel::SortRole );
  mView = new QTableView( widget );
  mView->setObjectName( QStringLiteral( "AcvRankingView" ) );
  mView->setModel( mProxy );
  mView->setSelectionBehavior( QAbstractItemView::SelectRows );
  mView->setSelectionMode( QAbstractItemView::SingleSelection );
  mView->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mView->setSortingEnabled( true );
  mView->verticalHeader()->hide();
  mView->horizontalHeader()->setSectionResizeMode( QHeaderView::ResizeToContents );
  // Names are long ("Huyện Krông Pa"): they get the room the figures leave, figures never shrink.
  mView->horizontalHeader()->setSectionResizeMode( AcvRankingModel::Name, QHeaderView::Stretch );
  mView->horizontalHeader()->setMinimumSectionSize( 40 );
  mView->setAlternatingRowColors( true );
  layout->addWidget( mView );
  connect( mView, &QTableView::clicked, this, &AcvRankingDock::rowClicked );
  setWidget( widget );
}

void AcvRankingDock::setExportAction( QAction *action )
{
  mExportButton->setDefaultAction( action );
}

void AcvRankingDock::setLayer( QgsVectorLayer *layer, double targetPct, AcvLanguage language )
{
  if ( mLayer )
    disconnect( mLayer, nullptr, this, nullptr );
  mLayer = layer;
  mTargetPct = targetPct;
  mLanguage = language;
  if ( mLayer )
  {
    // Edits in the attribute table show up here too.
    connect( mLayer, &QgsVectorLayer::dataChanged, this, &AcvRankingDock::refresh );
    connect( mLayer, &QObject::destroyed, this, &AcvRankingDock::refresh );
  }
  refresh();
}

void AcvRankingDock::refresh()
{
  QVector<AcvRankingRow> rows;
  QString error;
  // No coverage layer selected (or it was removed): nothing to rank, nothing to click.
  mView->setEnabled( mLayer );
  if ( !mLayer || !AcvRankingModel::readRows( mLayer, rows, error ) )
  {
    mModel->setRows( {}, mTargetPct, mLanguage );
    mSummary->setText( mLayer ? error : tr( "Select a coverage layer in the Layers panel to list its localities." ) );
    return;
  }
  mModel->setRows( rows, mTargetPct, mLanguage );
  mView->sortByColumn( AcvRankingModel::Rank, Qt::AscendingOrder );
  int below = 0;
  int withData = 0;
  for ( const AcvRankingRow &row : std::as_const( rows ) )
  {
    below += row.belowTarget ? 1 : 0;
    withData += row.coveragePct ? 1 : 0;
  }
  mSummary->setText( tr( "%1: %2 (target %3; below it in red)." )
                         .arg( mLayer->name(), AcvRunSummary::coverage( withData, below, rows.size() - withData ), AcvLanguageText::percent( mTargetPct, 0, mLanguage ) ) );
}

void AcvRankingDock::rowClicked( const QModelIndex &index )
{
  if ( !mLayer || !index.isValid() )
    return;
  const QgsFeatureId fid = mProxy->data( index, AcvRankingModel::FeatureIdRole ).toLongLong();
  mLayer->selectByIds( QgsFeatureIds() << fid );
  if ( mCanvas )
  {
    mCanvas->zoomToFeatureIds( mLayer, QgsFeatureIds() << fid );
    mCanvas->flashFeatureIds( mLayer, QgsFeatureIds() << fid );
  }
}
