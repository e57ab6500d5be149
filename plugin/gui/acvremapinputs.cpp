/***************************************************************************
  acvremapinputs.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvremapinputs.h"

#include "acvcolumnchoices.h"
#include "acvfilefilters.h"
#include "acvpathfield.h"
#include "acvtablereader.h"

#include <qgsfilewidget.h>
#include <qgssettings.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>

AcvRemapInputs::AcvRemapInputs( QWidget *parent )
  : QgsCollapsibleGroupBox( tr( "Old units → new units" ), parent )
{
  setObjectName( QStringLiteral( "AcvRemapInputs" ) );
  // Collapsed or not follows the choices (restoreSettings()), not the last dialog's state.
  setSaveCollapsedState( false );
  auto *form = new QFormLayout( this );
  mCrosswalkFile = new QgsFileWidget( this );
  mCrosswalkFile->setObjectName( QStringLiteral( "AcvCrosswalkFile" ) );
  mCrosswalkFile->setFilter( AcvFileFilters::crosswalk() );
  mCrosswalkFile->setDialogTitle( tr( "Crosswalk Table" ) );
  mCrosswalkFile->setToolTip( tr( "A table of the old units and the new units they became, as published with a merger of provinces or communes: the annex's rows are summed into the new units before the join" ) );
  form->addRow( tr( "Crosswalk" ), mCrosswalkFile );
  mCrosswalkPath = new AcvPathField( mCrosswalkFile, QStringLiteral( "AcvCrosswalkFileMessage" ), this );
  form->addRow( QString(), mCrosswalkPath->label() );
  mCrosswalkSheet = new QComboBox( this );
  mCrosswalkSheet->setObjectName( QStringLiteral( "AcvCrosswalkSheet" ) );
  mCrosswalkSheet->setToolTip( tr( "The workbook's sheet holding the crosswalk" ) );
  form->addRow( tr( "Crosswalk sheet" ), mCrosswalkSheet );
  mByArea = new QCheckBox( tr( "Apportion split units by area" ), this );
  mByArea->setObjectName( QStringLiteral( "AcvPartialByArea" ) );
  mByArea->setToolTip( tr( "An old unit split between new units without a share in the crosswalk gives each the part of its area that lies in it" ) );
  form->addRow( QString(), mByArea );
  mOldBoundariesFile = new QgsFileWidget( this );
  mOldBoundariesFile->setObjectName( QStringLiteral( "AcvOldBoundariesFile" ) );
  mOldBoundariesFile->setFilter( AcvFileFilters::boundaries() );
  mOldBoundariesFile->setDialogTitle( tr( "Old Boundaries" ) );
  mOldBoundariesFile->setToolTip( tr( "The boundaries of the old units, to measure the area of each part" ) );
  form->addRow( tr( "Old boundaries" ), mOldBoundariesFile );
  mOldBoundariesPath = new AcvPathField( mOldBoundariesFile, QStringLiteral( "AcvOldBoundariesFileMessage" ), this );
  form->addRow( QString(), mOldBoundariesPath->label() );
  mAggregateColumn = new QComboBox( this );
  mAggregateColumn->setObjectName( QStringLiteral( "AcvAggregateColumn" ) );
  mAggregateColumn->setToolTip( tr( "Sum the annex's rows by the values of this column (communes into their districts) and join the sums" ) );
  form->addRow( tr( "Sum rows by column" ), mAggregateColumn );
  clearColumns();

  connect( mCrosswalkPath, &AcvPathField::committed, this, &AcvRemapInputs::crosswalkCommitted );
  connect( mCrosswalkPath, &AcvPathField::edited, this, [this]
           {
    mCrosswalkSheet->clear();
    updateState();
    emit changed(); } );
  connect( mOldBoundariesPath, &AcvPathField::committed, this, &AcvRemapInputs::changed );
  connect( mOldBoundariesPath, &AcvPathField::edited, this, &AcvRemapInputs::changed );
  connect( mCrosswalkSheet, qOverload<int>( &QComboBox::activated ), this, [this]( int )
           { emit changed(); } );
  connect( mByArea, &QCheckBox::toggled, this, [this]
           {
    updateState();
    emit changed(); } );
  connect( mAggregateColumn, qOverload<int>( &QComboBox::activated ), this, [this]( int )
           {
    updateState();
    emit changed(); } );
  updateState();
}

AcvRemapChoice AcvRemapInputs::choice() const
{
  AcvRemapChoice choice;
  choice.crosswalk = mCrosswalkFile->filePath();
  choice.crosswalkSheet = mCrosswalkSheet->count() > 0 ? mCrosswalkSheet->currentText() : QString();
  choice.byArea = mByArea->isChecked() && mByArea->isEnabled();
  choice.oldBoundaries = choice.byArea ? mOldBoundariesFile->filePath() : QString();
  choice.aggregateBy = aggregates() ? AcvColumnChoices::optionValue( mAggregateColumn->currentData().toInt() ) : QString();
  return choice;
}

bool AcvRemapInputs::aggregates() const
{
  return mAggregateColumn->count() > 0 && mAggregateColumn->currentData().toInt() >= 0;
}

void AcvRemapInputs::setColumns( const QStringList &labels )
{
  const QSignalBlocker blocker( mAggregateColumn );
  mAggregateColumn->clear();
  mAggregateColumn->addItem( tr( "(none)" ), -1 );
  for ( int i = 0; i < labels.size(); ++i )
    mAggregateColumn->addItem( labels.at( i ), i );
  updateState();
}

void AcvRemapInputs::clearColumns()
{
  setColumns( QStringList() );
}

void AcvRemapInputs::crosswalkCommitted( const QString &path, bool ok )
{
  // A workbook's sheets are offered when it has several; a CSV or a one-sheet workbook has none to choose.
  mCrosswalkSheet->clear();
  const QString suffix = QFileInfo( path ).suffix().toLower();
  QStringList sheets;
  QString error;
  if ( ok && !path.isEmpty() && suffix != QLatin1String( "csv" ) && suffix != QLatin1String( "tsv" ) && suffix != QLatin1String( "txt" ) && AcvTableReader::sheetNames( path, sheets, error ) && sheets.size() > 1 )
    mCrosswalkSheet->addItems( sheets );
  else if ( !error.isEmpty() )
    mCrosswalkPath->showProblem( error );
  updateState();
  emit changed();
}

void AcvRemapInputs::updateState()
{
  const bool crosswalk = !mCrosswalkFile->filePath().isEmpty();
  const bool aggregation = aggregates();
  mCrosswalkFile->setEnabled( !aggregation );
  mCrosswalkSheet->setEnabled( crosswalk && mCrosswalkSheet->count() > 1 );
  mByArea->setEnabled( crosswalk );
  mOldBoundariesFile->setEnabled( crosswalk && mByArea->isChecked() );
  mAggregateColumn->setEnabled( !crosswalk && mAggregateColumn->count() > 1 );
  if ( crosswalk )
    setTitle( tr( "Old units → new units: crosswalk %1" ).arg( QFileInfo( mCrosswalkFile->filePath() ).fileName() ) );
  else if ( aggregation )
    setTitle( tr( "Old units → new units: summed by %1" ).arg( mAggregateColumn->currentText() ) );
  else
    setTitle( tr( "Old units → new units" ) );
}

void AcvRemapInputs::restoreSettings( const QString &prefix )
{
  const QgsSettings settings;
  mCrosswalkFile->setFilePath( settings.value( prefix + QStringLiteral( "crosswalkFile" ) ).toString() );
  mCrosswalkSheet->clear();
  if ( !mCrosswalkFile->filePath().isEmpty() )
    mCrosswalkPath->commit();
  const QString sheet = settings.value( prefix + QStringLiteral( "crosswalkSheet" ) ).toString();
  if ( mCrosswalkSheet->findText( sheet ) >= 0 )
    mCrosswalkSheet->setCurrentText( sheet );
  mByArea->setChecked( settings.value( prefix + QStringLiteral( "partialByArea" ), false ).toBool() );
  mOldBoundariesFile->setFilePath( settings.value( prefix + QStringLiteral( "oldBoundariesFile" ) ).toString() );
  updateState();
  // Open when a crosswalk is remembered: it changes every figure of the map.
  setCollapsed( mCrosswalkFile->filePath().isEmpty() );
}

void AcvRemapInputs::saveSettings( const QString &prefix ) const
{
  QgsSettings settings;
  settings.setValue( prefix + QStringLiteral( "crosswalkFile" ), mCrosswalkFile->filePath() );
  settings.setValue( prefix + QStringLiteral( "crosswalkSheet" ), mCrosswalkSheet->count() > 0 ? mCrosswalkSheet->currentText() : QString() );
  settings.setValue( prefix + QStringLiteral( "partialByArea" ), mByArea->isChecked() );
  settings.setValue( prefix + QStringLiteral( "oldBoundariesFile" ), mOldBoundariesFile->filePath() );
}
