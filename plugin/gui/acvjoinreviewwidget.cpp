/***************************************************************************
  acvjoinreviewwidget.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvjoinreviewwidget.h"
#include "acvfilefilters.h"

#include "acvmappingfile.h"

#include <qgsapplication.h>
#include <qgssettings.h>

#include <QColor>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
QTableWidget *makeTable( const QStringList &headers, QWidget *parent )
{
  auto *table = new QTableWidget( 0, headers.size(), parent );
  table->setHorizontalHeaderLabels( headers );
  table->verticalHeader()->hide();
  table->setEditTriggers( QAbstractItemView::NoEditTriggers );
  table->setSelectionBehavior( QAbstractItemView::SelectRows );
  table->horizontalHeader()->setSectionResizeMode( QHeaderView::Stretch );
  table->horizontalHeader()->setSectionResizeMode( headers.size() - 1, QHeaderView::Stretch );
  table->setAlternatingRowColors( true );
  return table;
}

QString methodText( const QString &method )
{
  if ( method == QLatin1String( "mapping" ) )
    return AcvJoinReviewWidget::tr( "mapping" );
  if ( method == QLatin1String( "code" ) )
    return AcvJoinReviewWidget::tr( "code" );
  if ( method == QLatin1String( "exact" ) )
    return AcvJoinReviewWidget::tr( "exact" );
  if ( method == QLatin1String( "normalized" ) )
    return AcvJoinReviewWidget::tr( "normalized" );
  return AcvJoinReviewWidget::tr( "without diacritics" );
}

/**
 * A name with its parent; a name written more than once is in bold, so the analyst looks at
 * the parent that tells it apart.
 */
QTableWidgetItem *nameItem( const QString &name, const QString &parent, bool repeated )
{
  auto *item = new QTableWidgetItem( AcvJoinReview::withParent( name, parent ) );
  if ( repeated )
  {
    QFont font = item->font();
    font.setBold( true );
    item->setFont( font );
    item->setToolTip( AcvJoinReviewWidget::tr( "“%1” is written more than once; the parent tells which locality this is" ).arg( name ) );
  }
  return item;
}

/**
 * A re-mapped run's statistics row: the annex rows summed into the new unit, old -> new, each
 * row's installs in the tooltip; a unit left without figures is flagged, not hidden.
 */
QTableWidgetItem *unitItem( const AcvRemapReview &remap, int statisticsIndex )
{
  auto *item = new QTableWidgetItem( remap.fromText( statisticsIndex ) );
  item->setToolTip( remap.details( statisticsIndex ) );
  const AcvReviewUnit *unit = remap.unit( statisticsIndex );
  if ( unit && !unit->complete() )
  {
    item->setIcon( QgsApplication::getThemeIcon( QStringLiteral( "/mIconWarning.svg" ) ) );
    item->setForeground( QColor( 0xb0, 0x00, 0x20 ) );
  }
  return item;
}

QTableWidgetItem *installsItem( const AcvRemapReview &remap, int statisticsIndex )
{
  auto *item = new QTableWidgetItem( remap.installsText( statisticsIndex ) );
  item->setToolTip( remap.details( statisticsIndex ) );
  item->setTextAlignment( Qt::AlignRight | Qt::AlignVCenter );
  const AcvReviewUnit *unit = remap.unit( statisticsIndex );
  if ( unit && !unit->complete() )
    item->setForeground( QColor( 0xb0, 0x00, 0x20 ) );
  return item;
}
} // namespace

AcvJoinReviewWidget::AcvJoinReviewWidget( QWidget *parent )
  : QWidget( parent )
{
  auto *layout = new QVBoxLayout( this );
  mSummary = new QLabel( tr( "Choose the inputs, then press “Review Join”." ), this );
  mSummary->setObjectName( QStringLiteral( "AcvReviewSummary" ) );
  mSummary->setWordWrap( true );
  layout->addWidget( mSummary );

  auto *splitter = new QSplitter( Qt::Vertical, this );
  auto *unmatchedBox = new QGroupBox( tr( "Statistics rows without a boundary" ), splitter );
  auto *unmatchedLayout = new QVBoxLayout( unmatchedBox );
  mUnmatchedRows = makeTable( { tr( "Row" ), tr( "Name in the statistics" ), tr( "Pair with boundary" ) }, unmatchedBox );
  mUnmatchedRows->setObjectName( QStringLiteral( "AcvUnmatchedRows" ) );
  mUnmatchedRows->horizontalHeader()->setSectionResizeMode( 0, QHeaderView::ResizeToContents );
  unmatchedLayout->addWidget( mUnmatchedRows );
  auto *buttons = new QHBoxLayout();
  mAcceptButton = new QPushButton( tr( "Accept Suggestions" ), unmatchedBox );
  mAcceptButton->setToolTip( tr( "Pair every undecided row with its closest boundary" ) );
  mAcceptButton->setObjectName( QStringLiteral( "AcvAcceptButton" ) );
  mApplyButton = new QPushButton( tr( "Apply Choices" ), unmatchedBox );
  mApplyButton->setObjectName( QStringLiteral( "AcvApplyButton" ) );
  mApplyButton->setToolTip( tr( "Join again with these pairs" ) );
  mSaveButton = new QPushButton( tr( "Save Mapping…" ), unmatchedBox );
  mSaveButton->setToolTip( tr( "Save the pairs as a mapping file to use next time" ) );
  mSaveButton->setObjectName( QStringLiteral( "AcvSaveMappingButton" ) );
  buttons->addWidget( mAcceptButton );
  buttons->addWidget( mApplyButton );
  buttons->addStretch();
  buttons->addWidget( mSaveButton );
  unmatchedLayout->addLayout( buttons );

  auto *boundaryBox = new QGroupBox( tr( "Boundaries without statistics" ), splitter );
  auto *boundaryLayout = new QVBoxLayout( boundaryBox );
  mUnmatchedBoundaries = new QListWidget( boundaryBox );
  mUnmatchedBoundaries->setObjectName( QStringLiteral( "AcvUnmatchedBoundaries" ) );
  boundaryLayout->addWidget( mUnmatchedBoundaries );

  auto *matchedBox = new QGroupBox( tr( "Matched" ), splitter );
  auto *matchedLayout = new QVBoxLayout( matchedBox );
  mMatched = makeTable( { tr( "Name in the statistics" ), tr( "Boundary" ), tr( "Matched by" ) }, matchedBox );
  mMatched->setObjectName( QStringLiteral( "AcvMatchedTable" ) );
  // The names, with their parents, get the width; the method is a word.
  mMatched->horizontalHeader()->setSectionResizeMode( 2, QHeaderView::ResizeToContents );
  matchedLayout->addWidget( mMatched );
  splitter->setStretchFactor( 0, 3 );
  splitter->setStretchFactor( 1, 1 );
  splitter->setStretchFactor( 2, 3 );
  layout->addWidget( splitter, 1 );

  connect( mAcceptButton, &QPushButton::clicked, this, [this]
           {
    mReview.acceptAllSuggestions();
    refreshUnmatched(); } );
  connect( mApplyButton, &QPushButton::clicked, this, &AcvJoinReviewWidget::applyRequested );
  connect( mSaveButton, &QPushButton::clicked, this, &AcvJoinReviewWidget::saveMapping );
  clear();
}

void AcvJoinReviewWidget::clear()
{
  mReview = AcvJoinReview();
  // What the summary said belongs to inputs that changed, and a problem shown with it too.
  mSummary->setStyleSheet( QString() );
  mSummary->setText( tr( "Choose the inputs, then press “Review Join”." ) );
  mMatched->setRowCount( 0 );
  mUnmatchedRows->setRowCount( 0 );
  mUnmatchedBoundaries->clear();
  setRemapped( false );
  mAcceptButton->setEnabled( false );
  mApplyButton->setEnabled( false );
  mSaveButton->setEnabled( false );
}

void AcvJoinReviewWidget::showProblem( const QString &message )
{
  clear();
  mSummary->setStyleSheet( QStringLiteral( "QLabel { color: #b00020; }" ) );
  mSummary->setText( message );
}

void AcvJoinReviewWidget::setReview( const AcvJoinReview &review )
{
  mReview = review;
  mSummary->setStyleSheet( QString() );
  const AcvRemapReview &remap = mReview.remap();
  setRemapped( remap.isSet() );
  mMatched->setRowCount( mReview.matches().size() );
  for ( int i = 0; i < mReview.matches().size(); ++i )
  {
    const AcvReviewMatch &match = mReview.matches().at( i );
    mMatched->setItem( i, 0, remap.isSet() ? unitItem( remap, match.statisticsIndex ) : nameItem( match.statisticsName, match.statisticsParent, mReview.isRepeatedName( match.statisticsIndex ) ) );
    mMatched->setItem( i, 1, nameItem( match.boundaryKey, match.boundaryParent, mReview.isRepeatedKey( match.boundaryIndex ) ) );
    mMatched->setItem( i, 2, new QTableWidgetItem( methodText( match.method ) ) );
    if ( remap.isSet() )
      mMatched->setItem( i, 3, installsItem( remap, match.statisticsIndex ) );
  }
  mUnmatchedBoundaries->clear();
  for ( const int b : mReview.unmatchedBoundaries() )
    mUnmatchedBoundaries->addItem( mReview.boundaryLabel( b ) );
  mSaveButton->setEnabled( true );
  refreshUnmatched();
}

void AcvJoinReviewWidget::setRemapped( bool remapped )
{
  // The statistics side of a re-mapped run is the new units, read with the annex rows they sum.
  const QString statistics = remapped ? tr( "Annex rows → new unit" ) : tr( "Name in the statistics" );
  mUnmatchedRows->setHorizontalHeaderLabels( { remapped ? tr( "Rows" ) : tr( "Row" ), statistics, tr( "Pair with boundary" ) } );
  QStringList matched{ statistics, tr( "Boundary" ), tr( "Matched by" ) };
  if ( remapped )
    matched << tr( "Installs" );
  mMatched->setColumnCount( matched.size() );
  mMatched->setHorizontalHeaderLabels( matched );
  // Old -> new is the longest text: it gets the width, the boundary (often a code) what it needs.
  mMatched->horizontalHeader()->setSectionResizeMode( 1, remapped ? QHeaderView::ResizeToContents : QHeaderView::Stretch );
  mMatched->horizontalHeader()->setSectionResizeMode( 2, QHeaderView::ResizeToContents );
  if ( remapped )
    mMatched->horizontalHeader()->setSectionResizeMode( 3, QHeaderView::ResizeToContents );
}

void AcvJoinReviewWidget::refreshUnmatched()
{
  const QVector<AcvReviewUnmatchedRow> &rows = mReview.unmatchedRows();
  const AcvRemapReview &remap = mReview.remap();
  mUnmatchedRows->setRowCount( rows.size() );
  bool anySuggestion = false;
  for ( int i = 0; i < rows.size(); ++i )
  {
    const AcvReviewUnmatchedRow &row = rows.at( i );
    anySuggestion |= !row.suggestions.isEmpty();
    mUnmatchedRows->setItem( i, 0, new QTableWidgetItem( remap.isSet() ? remap.rowsText( row.statisticsIndex ) : QString::number( row.sourceRow ) ) );
    mUnmatchedRows->setItem( i, 1, remap.isSet() ? unitItem( remap, row.statisticsIndex ) : nameItem( row.statisticsName, row.parent, mReview.isRepeatedName( row.statisticsIndex ) ) );
    // Qt deletes a replaced cell widget later, and shows it until then: hidden now, it never
    // lies over its successor (a script driving the review may not return to the event loop).
    if ( QWidget *previous = mUnmatchedRows->cellWidget( i, 2 ) )
      previous->hide();
    auto *combo = new QComboBox( mUnmatchedRows );
    combo->addItem( tr( "(leave unmatched)" ), -1 );
    for ( const int b : mReview.choicesFor( row.statisticsIndex ) )
    {
      QString text = mReview.boundaryLabel( b );
      for ( const AcvReviewCandidate &candidate : row.suggestions )
      {
        if ( candidate.boundaryIndex == b )
          text = tr( "%1 (suggested, %2 % alike)" ).arg( text ).arg( qRound( candidate.score * 100 ) );
      }
      combo->addItem( text, b );
    }
    combo->setCurrentIndex( std::max( 0, combo->findData( mReview.choice( row.statisticsIndex ) ) ) );
    const int statisticsIndex = row.statisticsIndex;
    connect( combo, qOverload<int>( &QComboBox::currentIndexChanged ), this, [this, combo, statisticsIndex]( int )
             { choiceChanged( statisticsIndex, combo->currentData().toInt() ); } );
    mUnmatchedRows->setCellWidget( i, 2, combo );
  }
  mAcceptButton->setEnabled( anySuggestion );
  mApplyButton->setEnabled( mReview.decisionCount() > 0 );
  // Before and after the remap first: the join below is of the new units.
  QString summary = mReview.remap().isSet() ? mReview.remap().totals() + QLatin1Char( '\n' ) : QString();
  summary += tr( "%1 matched. %2 statistics rows and %3 boundaries are unmatched; %4 pairs chosen." )
                 .arg( mReview.matches().size() )
                 .arg( rows.size() )
                 .arg( mReview.unmatchedBoundaries().size() )
                 .arg( mReview.decisionCount() );
  // Said before Apply, not found out after it: such a pair would silently not be joined.
  const int outside = static_cast<int>( mReview.decisionsOutsideMapping().size() );
  if ( outside > 0 )
    summary += QLatin1Char( '\n' ) + tr( "%n pairs cannot be applied or saved: a mapping pairs names as written, and their name is written on more than one row or boundary.", nullptr, outside );
  mSummary->setText( summary );
}

void AcvJoinReviewWidget::choiceChanged( int statisticsIndex, int boundaryIndex )
{
  if ( boundaryIndex < 0 )
    mReview.clearChoice( statisticsIndex );
  else
    mReview.choose( statisticsIndex, boundaryIndex );
  // Another row's list may have lost or regained this boundary: rebuild after this signal returns.
  QMetaObject::invokeMethod(
      this, [this]
      { refreshUnmatched(); },
      Qt::QueuedConnection );
}

void AcvJoinReviewWidget::saveMapping()
{
  QgsSettings settings;
  const QString lastDir = settings.value( QStringLiteral( "adoptioncoverage/lastMappingDir" ), QString() ).toString();
  QString path = QFileDialog::getSaveFileName( this, tr( "Save Mapping File" ), lastDir, AcvFileFilters::mappingToWrite() );
  if ( path.isEmpty() )
    return;
  if ( !path.endsWith( QLatin1String( ".csv" ), Qt::CaseInsensitive ) )
    path += QLatin1String( ".csv" );
  QString error;
  if ( !AcvMappingFile::write( path, mReview.mapping(), error ) )
  {
    QMessageBox::warning( this, tr( "Save Mapping File" ), error );
    return;
  }
  settings.setValue( QStringLiteral( "adoptioncoverage/lastMappingDir" ), QFileInfo( path ).absolutePath() );
  settings.setValue( QStringLiteral( "adoptioncoverage/lastMapping" ), path );
  emit mappingSaved( path );
}
