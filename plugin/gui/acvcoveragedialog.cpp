/***************************************************************************
  acvcoveragedialog.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragedialog.h"
#include "acvfilefilters.h"

#include "acvclasscolors.h"
#include "acvcolumnchoices.h"
#include "acvcoveragejob.h"
#include "acvcoveragelayercontent.h"
#include "acvcoveragepresentation.h"
#include "acvcoveragestyle.h"
#include "acvcoveragetask.h"
#include "acvjoinreview.h"
#include "acvcoveragelayers.h"
#include "acvjoinreviewwidget.h"
#include "acvlabellanguage.h"
#include "acvlevelsummary.h"
#include "acvlayersource.h"
#include "acvmappingfile.h"
#include "acvmappingmemory.h"
#include "acvpathcheck.h"
#include "acvpathfield.h"
#include "acvremapinputs.h"
#include "acvresultlayer.h"
#include "acvrunsummary.h"
#include "acvsheetsuggestion.h"
#include "acvprocessingcompat.h"
#include "acvoutputfile.h"
#include "acvtablereader.h"

#include <qgisinterface.h>
#include <qgsapplication.h>
#include <qgscolorrampbutton.h>
#include <qgsdoublespinbox.h>
#include <qgsfieldcombobox.h>
#include <qgsfilewidget.h>
#include <qgsmaplayercombobox.h>
#include <qgsmessagebar.h>
#include <qgsmessagebaritem.h>
#include <qgsmessagelog.h>
#include <qgsprocessingutils.h>
#include <qgsproject.h>
#include <qgssettings.h>
#include <qgsstyle.h>
#include <qgsvectorlayer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
const QString kSettings = QStringLiteral( "adoptioncoverage/dialog/" );
const QString kLogTag = QStringLiteral( "Adoption Coverage" );

void fillColumnCombo( QComboBox *combo, const QStringList &labels, int detected, bool optional )
{
  const QSignalBlocker blocker( combo );
  combo->clear();
  if ( optional )
    combo->addItem( AcvCoverageDialog::tr( "(none)" ), -1 );
  for ( int i = 0; i < labels.size(); ++i )
    combo->addItem( detected == i ? AcvCoverageDialog::tr( "%1 [detected]" ).arg( labels.at( i ) ) : labels.at( i ), i );
  combo->setCurrentIndex( std::max( 0, combo->findData( detected ) ) );
}

/**
 * The parent column: the detected one marked, any other to choose. Without a parent column the
 * first item says where parents come from (heading rows, or none) and leaves it to detection;
 * the job cannot be told to ignore a parent column it detects, so that item is not offered then.
 */
void fillParentCombo( QComboBox *combo, const QStringList &labels, const AcvStatisticsTable &table )
{
  const QSignalBlocker blocker( combo );
  combo->clear();
  const AcvParentReading &reading = table.parentReading();
  if ( reading.source == AcvParentReading::Source::Headings )
    combo->addItem( AcvCoverageDialog::tr( "(rows heading the rows below) [detected]" ), -1 );
  else if ( reading.source == AcvParentReading::Source::None )
    combo->addItem( AcvCoverageDialog::tr( "(none)" ), -1 );
  const int detected = reading.source == AcvParentReading::Source::Column ? table.parentColumn().index : -1;
  for ( int i = 0; i < labels.size(); ++i )
    combo->addItem( detected == i && table.parentColumn().detected ? AcvCoverageDialog::tr( "%1 [detected]" ).arg( labels.at( i ) ) : labels.at( i ), i );
  combo->setCurrentIndex( std::max( 0, combo->findData( detected ) ) );
}

int comboColumn( const QComboBox *combo )
{
  return combo->count() == 0 ? -1 : combo->currentData().toInt();
}
} // namespace

AcvCoverageDialog::AcvCoverageDialog( QgisInterface *iface, QWidget *parent )
  : QDialog( parent )
  , mIface( iface )
{
  setObjectName( QStringLiteral( "AcvCoverageDialog" ) );
  setWindowTitle( tr( "Adoption Coverage" ) );
  auto *layout = new QVBoxLayout( this );
  mTabs = new QTabWidget( this );
  mTabs->addTab( createInputsPage(), tr( "Inputs" ) );
  mTabs->addTab( createMapPage(), tr( "Map and Output" ) );
  mReview = new AcvJoinReviewWidget( this );
  mTabs->addTab( mReview, tr( "Join Review" ) );
  layout->addWidget( mTabs );

  auto *buttons = new QDialogButtonBox( this );
  mReviewButton = buttons->addButton( tr( "Review Join" ), QDialogButtonBox::ActionRole );
  mReviewButton->setToolTip( tr( "Match the statistics with the boundaries and show the result before anything is added" ) );
  mReviewButton->setObjectName( QStringLiteral( "AcvReviewButton" ) );
  mAddButton = buttons->addButton( tr( "Add to Map" ), QDialogButtonBox::AcceptRole );
  mAddButton->setObjectName( QStringLiteral( "AcvAddButton" ) );
  // Our own text: Qt's translation of the standard "Close" is not installed with every QGIS.
  buttons->addButton( tr( "Close" ), QDialogButtonBox::RejectRole );
  layout->addWidget( buttons );
  connect( mReviewButton, &QPushButton::clicked, this, &AcvCoverageDialog::reviewJoin );
  connect( mAddButton, &QPushButton::clicked, this, &AcvCoverageDialog::addToMap );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  connect( mReview, &AcvJoinReviewWidget::applyRequested, this, &AcvCoverageDialog::applyReview );
  connect( mReview, &AcvJoinReviewWidget::mappingSaved, this, [this]( const QString &path )
           { AcvMappingMemory::remember( mStatisticsFile->filePath(), boundariesForMemory(), path ); } );

  restoreSettings();
  resize( 780, 760 );
}

AcvCoverageDialog::~AcvCoverageDialog()
{
  // The task's code lives in this plugin's library, which QGIS may unload right after: let the
  // task stop (it checks for cancellation between steps) before the dialog goes.
  if ( mTask )
  {
    mTask->cancel();
    mTask->waitForFinished( 30000 );
  }
}

QWidget *AcvCoverageDialog::createInputsPage()
{
  auto *page = new QWidget( this );
  auto *layout = new QVBoxLayout( page );

  auto *boundaryBox = new QGroupBox( tr( "Boundaries" ), page );
  auto *boundaryForm = new QFormLayout( boundaryBox );
  mBoundaryLayer = new QgsMapLayerComboBox( boundaryBox );
  mBoundaryLayer->setObjectName( QStringLiteral( "AcvBoundaryLayer" ) );
  mBoundaryLayer->setFilters( kAcvPolygonLayers );
  mBoundaryLayer->setAllowEmptyLayer( true, tr( "(from a file)" ) );
  boundaryForm->addRow( tr( "Layer" ), mBoundaryLayer );
  mBoundaryFile = new QgsFileWidget( boundaryBox );
  mBoundaryFile->setObjectName( QStringLiteral( "AcvBoundaryFile" ) );
  mBoundaryFile->setFilter( AcvFileFilters::boundaries() );
  mBoundaryFile->setDialogTitle( tr( "Boundary File" ) );
  boundaryForm->addRow( tr( "or file" ), mBoundaryFile );
  mBoundaryPath = new AcvPathField( mBoundaryFile, QStringLiteral( "AcvBoundaryFileMessage" ), boundaryBox );
  boundaryForm->addRow( QString(), mBoundaryPath->label() );
  mKeyField = new QgsFieldComboBox( boundaryBox );
  mKeyField->setAllowEmptyFieldName( true );
  mKeyField->setToolTip( tr( "Empty: the field that pairs with most statistics rows" ) );
  boundaryForm->addRow( tr( "Key field" ), mKeyField );
  mParentField = new QgsFieldComboBox( boundaryBox );
  mParentField->setObjectName( QStringLiteral( "AcvParentField" ) );
  mParentField->setAllowEmptyFieldName( true );
  mParentField->setToolTip( tr( "The field naming each feature's district or province, which tells communes written alike apart. Empty: the field whose values pair with the statistics' parents" ) );
  boundaryForm->addRow( tr( "Parent field" ), mParentField );
  layout->addWidget( boundaryBox );

  auto *statisticsBox = new QGroupBox( tr( "Statistics" ), page );
  auto *statisticsLayout = new QVBoxLayout( statisticsBox );
  auto *statisticsForm = new QFormLayout();
  mStatisticsFile = new QgsFileWidget( statisticsBox );
  mStatisticsFile->setObjectName( QStringLiteral( "AcvStatisticsFile" ) );
  mStatisticsFile->setFilter( AcvFileFilters::statistics() );
  mStatisticsFile->setDialogTitle( tr( "Statistics File" ) );
  statisticsForm->addRow( tr( "File" ), mStatisticsFile );
  mStatisticsPath = new AcvPathField( mStatisticsFile, QStringLiteral( "AcvStatisticsFileMessage" ), statisticsBox );
  statisticsForm->addRow( QString(), mStatisticsPath->label() );
  mSheet = new QComboBox( statisticsBox );
  mSheet->setObjectName( QStringLiteral( "AcvSheet" ) );
  statisticsForm->addRow( tr( "Sheet" ), mSheet );
  // A sheet without a table: why, and the sheet that has one, a click away.
  auto *sheetMessageRow = new QHBoxLayout();
  mSheetMessage = new QLabel( statisticsBox );
  mSheetMessage->setObjectName( QStringLiteral( "AcvSheetMessage" ) );
  mSheetMessage->setWordWrap( true );
  mSheetMessage->setStyleSheet( QStringLiteral( "QLabel { color: #b00020; }" ) );
  mUseSuggestedSheet = new QPushButton( statisticsBox );
  mUseSuggestedSheet->setObjectName( QStringLiteral( "AcvUseSuggestedSheet" ) );
  sheetMessageRow->addWidget( mSheetMessage, 1 );
  sheetMessageRow->addWidget( mUseSuggestedSheet );
  mSheetMessage->hide();
  mUseSuggestedSheet->hide();
  statisticsForm->addRow( QString(), sheetMessageRow );
  mNumberFormat = new QComboBox( statisticsBox );
  mNumberFormat->setObjectName( QStringLiteral( "AcvNumberFormat" ) );
  mNumberFormat->addItem( tr( "Detected per column" ), static_cast<int>( AcvNumberConvention::Auto ) );
  mNumberFormat->addItem( tr( "Vietnamese (1.234,5)" ), static_cast<int>( AcvNumberConvention::Vietnamese ) );
  mNumberFormat->addItem( tr( "English (1,234.5)" ), static_cast<int>( AcvNumberConvention::English ) );
  mNumberFormat->setToolTip( tr( "How numbers typed as text are read; numeric cells of a workbook are always exact" ) );
  statisticsForm->addRow( tr( "Number format" ), mNumberFormat );
  statisticsLayout->addLayout( statisticsForm );
  mPreviewSummary = new QLabel( tr( "Choose a CSV, XLSX or ODS file." ), statisticsBox );
  mPreviewSummary->setObjectName( QStringLiteral( "AcvPreviewSummary" ) );
  mPreviewSummary->setWordWrap( true );
  statisticsLayout->addWidget( mPreviewSummary );
  mPreview = new QTableWidget( statisticsBox );
  mPreview->setObjectName( QStringLiteral( "AcvStatisticsPreview" ) );
  mPreview->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mPreview->setMinimumHeight( 120 );
  mPreview->horizontalHeader()->setSectionResizeMode( QHeaderView::ResizeToContents );
  statisticsLayout->addWidget( mPreview, 1 );
  auto *columnsForm = new QFormLayout();
  mKeyColumn = new QComboBox( statisticsBox );
  mInstallsColumn = new QComboBox( statisticsBox );
  mSmartphonesColumn = new QComboBox( statisticsBox );
  mPopulationColumn = new QComboBox( statisticsBox );
  columnsForm->addRow( tr( "Locality column" ), mKeyColumn );
  columnsForm->addRow( tr( "Installs column" ), mInstallsColumn );
  columnsForm->addRow( tr( "Smartphone users column" ), mSmartphonesColumn );
  columnsForm->addRow( tr( "Population column" ), mPopulationColumn );
  mParentColumn = new QComboBox( statisticsBox );
  mParentColumn->setObjectName( QStringLiteral( "AcvParentColumn" ) );
  mParentColumn->setToolTip( tr( "The column naming each row's district or province, which tells localities written alike apart" ) );
  columnsForm->addRow( tr( "Parent (district/province)" ), mParentColumn );
  mLevelSummary = new QLabel( statisticsBox );
  mLevelSummary->setObjectName( QStringLiteral( "AcvLevelSummary" ) );
  mLevelSummary->setWordWrap( true );
  mLevelSummary->setTextInteractionFlags( Qt::TextSelectableByMouse );
  columnsForm->addRow( QString(), mLevelSummary );
  mMappingFile = new QgsFileWidget( statisticsBox );
  mMappingFile->setObjectName( QStringLiteral( "AcvMappingFile" ) );
  mMappingFile->setFilter( AcvFileFilters::mapping() );
  mMappingFile->setToolTip( tr( "Optional: statistics names paired with boundary keys, e.g. saved from the join review" ) );
  columnsForm->addRow( tr( "Mapping file" ), mMappingFile );
  mMappingPath = new AcvPathField( mMappingFile, QStringLiteral( "AcvMappingFileMessage" ), statisticsBox );
  columnsForm->addRow( QString(), mMappingPath->label() );
  statisticsLayout->addLayout( columnsForm );
  layout->addWidget( statisticsBox, 1 );
  mRemapInputs = new AcvRemapInputs( page );
  layout->addWidget( mRemapInputs );

  connect( mBoundaryLayer, &QgsMapLayerComboBox::layerChanged, this, &AcvCoverageDialog::boundaryLayerChanged );
  // Paths are acted on once typed (AcvPathField), not per keystroke; a keystroke only makes
  // what was read from the previous path stale.
  connect( mBoundaryPath, &AcvPathField::committed, this, &AcvCoverageDialog::boundaryFileChanged );
  connect( mBoundaryPath, &AcvPathField::edited, this, [this]
           { mJob.reset(); mReview->clear(); } );
  connect( mStatisticsPath, &AcvPathField::committed, this, &AcvCoverageDialog::statisticsFileChanged );
  connect( mStatisticsPath, &AcvPathField::edited, this, [this]
           {
    mSheet->clear();
    clearStatisticsDetections();
    mPreviewSummary->setText( tr( "Choose a CSV, XLSX or ODS file." ) );
    setStatisticsReadable( false ); } );
  connect( mUseSuggestedSheet, &QPushButton::clicked, this, [this]
           {
    mSheet->setCurrentText( mUseSuggestedSheet->property( "sheet" ).toString() );
    previewStatistics(); } );
  connect( mSheet, qOverload<int>( &QComboBox::activated ), this, [this]( int )
           { previewStatistics(); } );
  connect( mNumberFormat, qOverload<int>( &QComboBox::activated ), this, [this]( int )
           { previewStatistics(); } );
  for ( QComboBox *combo : { mKeyColumn, mInstallsColumn, mSmartphonesColumn, mPopulationColumn, mParentColumn } )
    connect( combo, qOverload<int>( &QComboBox::activated ), this, [this]( int )
             { mJob.reset(); mReview->clear(); } );
  for ( QgsFieldComboBox *field : { mKeyField, mParentField } )
    connect( field, &QgsFieldComboBox::fieldChanged, this, [this]
             { mJob.reset(); mReview->clear(); } );
  connect( mMappingPath, &AcvPathField::committed, this, [this]
           { mJob.reset(); mReview->clear(); } );
  connect( mMappingPath, &AcvPathField::edited, this, [this]
           { mJob.reset(); mReview->clear(); } );
  connect( mRemapInputs, &AcvRemapInputs::changed, this, [this]
           {
    mJob.reset();
    mReview->clear();
    // Rows summed by a column take it as their parent: another parent column would not apply.
    mParentColumn->setEnabled( !mRemapInputs->aggregates() ); } );
  return page;
}

QWidget *AcvCoverageDialog::createMapPage()
{
  auto *page = new QWidget( this );
  auto *layout = new QVBoxLayout( page );
  auto *mapBox = new QGroupBox( tr( "Map" ), page );
  auto *form = new QFormLayout( mapBox );
  mTarget = new QgsDoubleSpinBox( mapBox );
  mTarget->setRange( 0, 100 );
  mTarget->setDecimals( 1 );
  mTarget->setSuffix( QStringLiteral( " %" ) );
  mTarget->setClearValue( AcvMetrics::kDefaultTargetPct );
  mTarget->setValue( AcvMetrics::kDefaultTargetPct );
  mTarget->setToolTip( tr( "Adoption target in % of smartphone users" ) );
  form->addRow( tr( "Target" ), mTarget );
  mClasses = new QComboBox( mapBox );
  for ( const AcvClassificationScheme scheme : AcvClassification::choosableSchemes() )
    mClasses->addItem( AcvClassification::schemeTitle( scheme ), static_cast<int>( scheme ) );
  form->addRow( tr( "Classification" ), mClasses );
  mClassCount = new QSpinBox( mapBox );
  mClassCount->setRange( AcvClassification::kMinClasses, AcvClassification::kMaxClasses );
  mClassCount->setValue( 5 );
  form->addRow( tr( "Classes" ), mClassCount );
  mRamp = new QgsColorRampButton( mapBox );
  mRamp->setShowGradientOnly( true );
  mRamp->setColorRampFromName( AcvClassColors::defaultSequentialRamp() );
  mRamp->setToolTip( tr( "A colour ramp of QGIS's style" ) );
  form->addRow( tr( "Colour ramp" ), mRamp );
  mLanguage = new QComboBox( mapBox );
  mLanguage->setObjectName( QStringLiteral( "AcvLanguage" ) );
  mLanguage->addItem( QStringLiteral( "Tiếng Việt" ), QStringLiteral( "vi" ) );
  mLanguage->addItem( QStringLiteral( "English" ), QStringLiteral( "en" ) );
  mLanguage->setToolTip( tr( "Language of labels and legend, with its number style: 23,4 % or 23.4%" ) );
  // Only a choice the analyst makes is kept; until then the labels follow QGIS's locale.
  connect( mLanguage, qOverload<int>( &QComboBox::activated ), this, [this]( int )
           { QgsSettings().setValue( kSettings + QStringLiteral( "languageChoice" ), mLanguage->currentData().toString() ); } );
  form->addRow( tr( "Label language" ), mLanguage );
  mLabels = new QCheckBox( tr( "Label localities with name and coverage" ), mapBox );
  mLabels->setChecked( true );
  form->addRow( QString(), mLabels );
  layout->addWidget( mapBox );

  auto *outputBox = new QGroupBox( tr( "Output" ), page );
  auto *outputLayout = new QVBoxLayout( outputBox );
  mTemporaryOutput = new QRadioButton( tr( "Temporary layer" ), outputBox );
  mFileOutput = new QRadioButton( tr( "GeoPackage" ), outputBox );
  mTemporaryOutput->setChecked( true );
  mOutputFile = new QgsFileWidget( outputBox );
  mOutputFile->setStorageMode( QgsFileWidget::SaveFile );
  mOutputFile->setFilter( AcvFileFilters::geoPackage() );
  mOutputFile->setEnabled( false );
  auto *fileRow = new QHBoxLayout();
  fileRow->addWidget( mFileOutput );
  fileRow->addWidget( mOutputFile, 1 );
  outputLayout->addWidget( mTemporaryOutput );
  outputLayout->addLayout( fileRow );
  mReplacePrevious = new QCheckBox( tr( "Replace the previous result" ), outputBox );
  mReplacePrevious->setObjectName( QStringLiteral( "AcvReplacePrevious" ) );
  mReplacePrevious->setToolTip( tr( "Remove the layer the last run made from the same statistics file instead of adding another one" ) );
  outputLayout->addWidget( mReplacePrevious );
  layout->addWidget( outputBox );
  layout->addStretch();
  connect( mFileOutput, &QRadioButton::toggled, mOutputFile, &QWidget::setEnabled );
  connect( mTarget, qOverload<double>( &QgsDoubleSpinBox::valueChanged ), this, [this]( double )
           { mJob.reset(); } );
  return page;
}

void AcvCoverageDialog::boundaryLayerChanged()
{
  mJob.reset();
  mReview->clear();
  if ( QgsVectorLayer *layer = qobject_cast<QgsVectorLayer *>( mBoundaryLayer->currentLayer() ) )
  {
    mBoundaryFile->setEnabled( false );
    mKeyField->setLayer( layer );
    mParentField->setLayer( layer );
  }
  else
  {
    mBoundaryFile->setEnabled( true );
    mKeyField->setLayer( mBoundaryFileLayer.get() );
    mParentField->setLayer( mBoundaryFileLayer.get() );
  }
}

void AcvCoverageDialog::boundaryFileChanged()
{
  mJob.reset();
  mReview->clear();
  mKeyField->setLayer( nullptr );
  mParentField->setLayer( nullptr );
  mBoundaryFileLayer.reset();
  const QString path = mBoundaryFile->filePath();
  if ( path.isEmpty() || !AcvPathCheck::problem( path ).isEmpty() )
    return; // the field's label says what is wrong
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  auto layer = std::make_unique<QgsVectorLayer>( path, QFileInfo( path ).completeBaseName(), QStringLiteral( "ogr" ), options );
  if ( !layer->isValid() )
  {
    // Beside the field, not in the message bar: the analyst may still be choosing.
    mBoundaryPath->showProblem( tr( "%1 cannot be opened as a vector layer." ).arg( path ) );
    return;
  }
  mBoundaryFileLayer = std::move( layer );
  if ( !mBoundaryLayer->currentLayer() )
  {
    mKeyField->setLayer( mBoundaryFileLayer.get() );
    mParentField->setLayer( mBoundaryFileLayer.get() );
  }
  offerRememberedMapping();
}

void AcvCoverageDialog::statisticsFileChanged()
{
  mSheet->clear();
  clearStatisticsDetections();
  offerRememberedMapping();
  previewStatistics();
}

void AcvCoverageDialog::clearStatisticsDetections()
{
  mJob.reset();
  mReview->clear();
  for ( QComboBox *combo : { mKeyColumn, mInstallsColumn, mSmartphonesColumn, mPopulationColumn, mParentColumn } )
    combo->clear();
  mRemapInputs->clearColumns();
  mParentColumn->setEnabled( true );
  mLevelSummary->clear();
  mPreview->clear();
  mPreview->setRowCount( 0 );
  mPreview->setColumnCount( 0 );
  mSheetMessage->hide();
  mUseSuggestedSheet->hide();
}

void AcvCoverageDialog::setStatisticsReadable( bool readable )
{
  mStatisticsReadable = readable;
  updateButtons();
}

QString AcvCoverageDialog::boundariesForMemory() const
{
  if ( const QgsMapLayer *layer = mBoundaryLayer->currentLayer() )
    return layer->source();
  return mBoundaryFile->filePath();
}

void AcvCoverageDialog::offerRememberedMapping()
{
  // A note about another annex's mapping file would mislead.
  mMappingPath->clearNote();
  const QString remembered = AcvMappingMemory::recall( mStatisticsFile->filePath(), boundariesForMemory() );
  if ( remembered.isEmpty() || QFileInfo( remembered ) == QFileInfo( mMappingFile->filePath() ) )
    return;
  mMappingFile->setFilePath( remembered );
  mMappingPath->commit();
  mMappingPath->showNote( tr( "The mapping file saved for this statistics file: %1" ).arg( QFileInfo( remembered ).fileName() ) );
}

void AcvCoverageDialog::previewStatistics()
{
  clearStatisticsDetections();
  setStatisticsReadable( false );
  AcvCoverageJobOptions options;
  options.stats = mStatisticsFile->filePath();
  if ( options.stats.isEmpty() || !AcvPathCheck::problem( options.stats ).isEmpty() )
  {
    mPreviewSummary->setText( tr( "Choose a CSV, XLSX or ODS file." ) );
    return;
  }
  // The preview detects the columns afresh; the analyst's choices start from what it found.
  options.statsSheet = mSheet->currentText();
  options.numberFormat = static_cast<AcvNumberConvention>( mNumberFormat->currentData().toInt() );
  mPreviewSummary->setText( tr( "Reading %1…" ).arg( QFileInfo( options.stats ).fileName() ) );
  auto job = std::make_shared<AcvCoverageJob>( options );
  auto *task = new AcvCoverageTask( tr( "Reading %1" ).arg( QFileInfo( options.stats ).fileName() ), job, AcvCoverageTask::LoadStatistics );
  connect( task, &QgsTask::taskCompleted, this, [this, task]
           { previewReady( task ); } );
  connect( task, &QgsTask::taskTerminated, this, [this, task]
           { previewFailed( task ); } );
  startTask( task );
}

void AcvCoverageDialog::previewFailed( AcvCoverageTask *task )
{
  if ( task != mTask && mTask )
    return; // a newer preview runs
  setBusy( false );
  if ( task->error().isEmpty() )
  {
    mPreviewSummary->setText( tr( "Reading was cancelled." ) );
    return;
  }
  // Under the file, in the dialog: the analyst is choosing, and Add to Map stays off until the
  // statistics read. The log keeps the details.
  clearStatisticsDetections();
  QgsMessageLog::logMessage( task->error() + QLatin1Char( '\n' ) + task->log(), kLogTag, Qgis::MessageLevel::Warning );

  // A workbook whose chosen sheet has no table: name the sheet that has one.
  const QString path = mStatisticsFile->filePath();
  QStringList sheets;
  for ( int i = 0; i < mSheet->count(); ++i )
    sheets << mSheet->itemText( i );
  QString error;
  if ( sheets.isEmpty() && AcvTableReader::sheetNames( path, sheets, error ) && sheets.size() > 1 )
  {
    const QSignalBlocker blocker( mSheet );
    mSheet->addItems( sheets );
  }
  mSheet->setEnabled( mSheet->count() > 0 );
  if ( sheets.size() < 2 )
  {
    mPreviewSummary->setText( tr( "Nothing to preview." ) );
    mStatisticsPath->showProblem( task->error() );
    return;
  }
  // The file reads; the sheet is the problem: said under the sheet, the reader's words above.
  mPreviewSummary->setText( task->error() );
  const QString read = task->job()->table().raw().sheet;
  const QString rejected = read.isEmpty() ? mSheet->currentText() : read;
  mSheet->setCurrentText( rejected );
  const QString suggested = AcvSheetSuggestion::sheetWithData( path, sheets, rejected );
  if ( suggested.isEmpty() )
  {
    mSheetMessage->setText( tr( "No sheet of %1 holds a table with a header row." ).arg( QFileInfo( path ).fileName() ) );
    mSheetMessage->show();
    return;
  }
  mSheetMessage->setText( tr( "Sheet '%1' holds no statistics table; the table is in sheet '%2'." ).arg( rejected, suggested ) );
  mUseSuggestedSheet->setText( tr( "Use '%1'" ).arg( suggested ) );
  mUseSuggestedSheet->setProperty( "sheet", suggested );
  mSheetMessage->show();
  mUseSuggestedSheet->show();
}

void AcvCoverageDialog::previewReady( AcvCoverageTask *task )
{
  setBusy( false );
  mStatisticsPath->clearMessage();
  setStatisticsReadable( true );
  const AcvStatisticsTable &table = task->job()->table();
  if ( mSheet->count() == 0 && !table.raw().sheetNames.isEmpty() )
  {
    const QSignalBlocker blocker( mSheet );
    mSheet->addItems( table.raw().sheetNames );
    mSheet->setCurrentText( table.raw().sheet );
  }
  mSheet->setEnabled( mSheet->count() > 0 );
  const AcvColumnChoices choices = AcvColumnChoices::fromTable( table );
  fillColumnCombo( mKeyColumn, choices.labels, choices.key, false );
  fillColumnCombo( mInstallsColumn, choices.labels, choices.installs, false );
  fillColumnCombo( mSmartphonesColumn, choices.labels, choices.smartphones, true );
  fillColumnCombo( mPopulationColumn, choices.labels, choices.population, true );
  fillParentCombo( mParentColumn, choices.labels, table );
  mRemapInputs->setColumns( choices.labels );
  mLevelSummary->setText( AcvLevelSummary::text( table ) );
  mPreviewSummary->setText( AcvColumnChoices::summary( table ) + QLatin1Char( '\n' ) + AcvColumnChoices::readingSummary( table ) );

  // The header row and the first localities as they will be read: bound columns in bold, each
  // figure as written beside the number it is read as ("139.267 → 139 267").
  const int shown = std::min( 8, static_cast<int>( table.records().size() ) );
  mPreview->setColumnCount( choices.labels.size() );
  mPreview->setHorizontalHeaderLabels( choices.labels );
  mPreview->setRowCount( shown );
  QStringList rowLabels;
  for ( int i = 0; i < shown; ++i )
  {
    rowLabels << QString::number( table.records().at( i ).row );
    for ( int c = 0; c < choices.labels.size(); ++c )
    {
      auto *item = new QTableWidgetItem( AcvColumnChoices::previewCell( table, i, c ) );
      if ( c == choices.key || c == choices.installs || c == choices.smartphones || c == choices.population )
      {
        QFont font = item->font();
        font.setBold( true );
        item->setFont( font );
      }
      mPreview->setItem( i, c, item );
    }
  }
  mPreview->setVerticalHeaderLabels( rowLabels );
  for ( const QString &warning : table.warnings() )
    QgsMessageLog::logMessage( warning, kLogTag, Qgis::MessageLevel::Warning );
}

bool AcvCoverageDialog::readOptions( AcvCoverageJobOptions &options, QString &error )
{
  options = AcvCoverageJobOptions();
  if ( QgsVectorLayer *layer = qobject_cast<QgsVectorLayer *>( mBoundaryLayer->currentLayer() ) )
  {
    if ( !AcvLayerSource::boundaryFile( layer, QgsProcessingUtils::tempFolder(), options.boundaries, options.boundaryLayer, error ) )
      return false;
  }
  else
  {
    options.boundaries = mBoundaryFile->filePath();
  }
  if ( options.boundaries.isEmpty() )
  {
    error = tr( "Choose a boundary layer or file." );
    return false;
  }
  options.boundaryKey = mKeyField->currentField();
  options.boundaryParent = mParentField->currentField();
  options.stats = mStatisticsFile->filePath();
  if ( options.stats.isEmpty() )
  {
    error = tr( "Choose a statistics file." );
    return false;
  }
  options.statsSheet = mSheet->count() > 0 ? mSheet->currentText() : QString();
  options.numberFormat = static_cast<AcvNumberConvention>( mNumberFormat->currentData().toInt() );
  options.statsKey = AcvColumnChoices::optionValue( comboColumn( mKeyColumn ) );
  options.installsColumn = AcvColumnChoices::optionValue( comboColumn( mInstallsColumn ) );
  options.smartphonesColumn = AcvColumnChoices::optionValue( comboColumn( mSmartphonesColumn ) );
  options.populationColumn = AcvColumnChoices::optionValue( comboColumn( mPopulationColumn ) );
  options.statsParent = AcvColumnChoices::optionValue( comboColumn( mParentColumn ) );
  if ( !mRemapInputs->choice().apply( options, error ) )
    return false;
  options.mapping = mMappingFile->filePath();
  options.targetPct = mTarget->value();
  options.language = mLanguage->currentData().toString() == QLatin1String( "en" ) ? AcvLanguage::English : AcvLanguage::Vietnamese;
  options.style.classification.scheme = static_cast<AcvClassificationScheme>( mClasses->currentData().toInt() );
  options.style.classification.classCount = mClassCount->value();
  // A ramp that is not one of the style's (edited in the button) falls back to the default.
  options.style.ramp = AcvClassColors::rampNames().contains( mRamp->colorRampName() ) ? mRamp->colorRampName() : QString();
  options.style.labels = mLabels->isChecked();
  if ( mFileOutput->isChecked() )
  {
    options.joined = mOutputFile->filePath();
    if ( options.joined.isEmpty() )
    {
      error = tr( "Choose the GeoPackage to write, or a temporary layer." );
      return false;
    }
    if ( !options.joined.endsWith( QLatin1String( ".gpkg" ), Qt::CaseInsensitive ) )
      options.joined += QLatin1String( ".gpkg" );
  }
  return true;
}

void AcvCoverageDialog::reviewJoin()
{
  AcvCoverageJobOptions options;
  QString error;
  if ( !readOptions( options, error ) )
  {
    showError( tr( "Join review" ), error );
    return;
  }
  mReview->clear();
  mJob = std::make_shared<AcvCoverageJob>( options );
  auto *task = new AcvCoverageTask( tr( "Matching %1 with %2" ).arg( QFileInfo( options.stats ).fileName(), QFileInfo( options.boundaries ).fileName() ), mJob, AcvCoverageTask::Match );
  connect( task, &QgsTask::taskCompleted, this, [this, task]
           { reviewReady( task ); } );
  connect( task, &QgsTask::taskTerminated, this, [this, task]
           { reviewFailed( task ); } );
  startTask( task );
}

void AcvCoverageDialog::reviewReady( AcvCoverageTask *task )
{
  setBusy( false );
  if ( task->job() != mJob )
    return; // an input changed meanwhile
  QgsMessageLog::logMessage( task->log() + task->warnings().join( QLatin1Char( '\n' ) ), kLogTag, Qgis::MessageLevel::Info );
  // Now the boundaries' level and parent field are known too.
  mLevelSummary->setText( AcvLevelSummary::text( mJob->table(), mJob.get() ) );
  mReview->setReview( AcvJoinReview( mJob->boundaryKeys(), mJob->table(), mJob->join().match, mJob->mapping(), mJob->boundaryParents(), AcvRemapReview( mJob->remap() ) ) );
  mTabs->setCurrentWidget( mReview );
}

void AcvCoverageDialog::reviewFailed( AcvCoverageTask *task )
{
  taskFailed( task, tr( "Join review" ) );
  if ( task->job() != mJob || task->error().isEmpty() )
    return;
  // The message bar is behind the dialog: an annex of districts on commune boundaries, say,
  // is explained where the analyst is looking.
  mReview->showProblem( task->error() );
  mTabs->setCurrentWidget( mReview );
}

void AcvCoverageDialog::applyReview()
{
  if ( !mJob )
    return;
  mJob->setMapping( mReview->review().mapping() );
  QString error;
  if ( !mJob->match( error ) )
  {
    showError( tr( "Join review" ), error );
    return;
  }
  for ( const QString &mappingError : mJob->join().match.mappingErrors )
    QgsMessageLog::logMessage( mappingError, kLogTag, Qgis::MessageLevel::Warning );
  mReview->setReview( AcvJoinReview( mJob->boundaryKeys(), mJob->table(), mJob->join().match, mJob->mapping(), mJob->boundaryParents(), AcvRemapReview( mJob->remap() ) ) );
}

void AcvCoverageDialog::addToMap()
{
  AcvCoverageJobOptions options;
  QString error;
  if ( !readOptions( options, error ) )
  {
    showError( tr( "Adoption Coverage" ), error );
    return;
  }
  // The review's pairs (the mapping file's, those applied and those still pending) travel as a
  // mapping file of their own, so that a report exported later joins alike.
  const QHash<QString, QString> mapping = mJob ? mReview->review().mapping() : QHash<QString, QString>();
  if ( !mapping.isEmpty() )
  {
    const QString mappingPath = QgsProcessingUtils::generateTempFilename( QStringLiteral( "mapping.csv" ) );
    if ( !AcvMappingFile::write( mappingPath, mapping, error ) )
    {
      showError( tr( "Adoption Coverage" ), error );
      return;
    }
    options.mapping = mappingPath;
  }
  const QString joinedPath = options.joined.isEmpty() ? QgsProcessingUtils::generateTempFilename( QStringLiteral( "coverage.gpkg" ) ) : options.joined;
  if ( !options.joined.isEmpty() && !AcvOutputFile::checkDestination( joinedPath, QStringList{ options.boundaries, options.stats, options.mapping, options.crosswalk, options.oldBoundaries }, error ) )
  {
    showError( tr( "Adoption Coverage" ), error );
    return;
  }
  auto job = std::make_shared<AcvCoverageJob>( options );
  auto *task = new AcvCoverageTask( tr( "Joining %1 with %2" ).arg( QFileInfo( options.stats ).fileName(), QFileInfo( options.boundaries ).fileName() ), job, AcvCoverageTask::Match | AcvCoverageTask::Write, joinedPath );
  connect( task, &QgsTask::taskCompleted, this, [this, task, options, joinedPath]
           { writeReady( task, options, joinedPath ); } );
  connect( task, &QgsTask::taskTerminated, this, [this, task]
           { taskFailed( task, tr( "Adoption Coverage" ) ); } );
  startTask( task );
}

void AcvCoverageDialog::writeReady( AcvCoverageTask *task, const AcvCoverageJobOptions &options, const QString &joinedPath )
{
  setBusy( false );
  QgsMessageLog::logMessage( task->log() + task->warnings().join( QLatin1Char( '\n' ) ), kLogTag, Qgis::MessageLevel::Info );
  const AcvStyleOptions style = AcvCoverageJob::styleOptions( options );
  QgsVectorLayer::LayerOptions layerOptions;
  layerOptions.loadDefaultStyle = false;
  // Named after the annex and its date, so two runs tell themselves apart in the Layers panel.
  const QString name = AcvResultLayer::name( options.stats, task->job()->statisticsDate() );
  auto layer = std::make_unique<QgsVectorLayer>( QStringLiteral( "%1|layername=coverage" ).arg( joinedPath ), name, QStringLiteral( "ogr" ), layerOptions );
  if ( !layer->isValid() )
  {
    showError( tr( "Adoption Coverage" ), tr( "The joined layer %1 cannot be read back." ).arg( joinedPath ) );
    return;
  }
  // Styled by the stage every caller uses, so the label limit and a --style file apply here too.
  AcvMessages styleMessages;
  QString error;
  if ( !AcvCoveragePresentation::styleLayer( layer.get(), options, styleMessages, error ) )
  {
    showError( tr( "Adoption Coverage" ), error );
    return;
  }
  for ( const AcvMessage &message : std::as_const( styleMessages ) )
    QgsMessageLog::logMessage( message.toString(), kLogTag, message.level == AcvMessage::Level::Warning ? Qgis::MessageLevel::Warning : Qgis::MessageLevel::Info );
  // What the report says beside the layer's own figures, kept with the layer (AcvReportExport).
  AcvCoverageLayerContent::setSources( layer.get(), QFileInfo( options.stats ).fileName(), QFileInfo( options.boundaries ).fileName(), task->job()->statisticsDate(),
                                       task->job()->table().totalMismatchDetails() );
  AcvCoverageLayerContent::setRemap( layer.get(), task->job()->reportRemap() );
  // The style names the layer after its measure and target; in the Layers panel the annex and
  // its date are what tell two results apart.
  layer->setName( name );
  AcvResultLayer::setAnnex( layer.get(), options.stats );
  layer->setCustomProperty( AcvCoverageLayers::languageProperty(), AcvLanguageText::code( options.language ) );
  if ( mReplacePrevious->isChecked() )
  {
    QStringList previous;
    for ( QgsVectorLayer *result : AcvResultLayer::resultsOf( QgsProject::instance(), options.stats ) )
      previous << result->id();
    QgsProject::instance()->removeMapLayers( previous );
  }
  QgsVectorLayer *added = layer.release();
  QgsProject::instance()->addMapLayer( added );
  mIface->setActiveLayer( added );

  mLastOptions = options;
  mLastOptions.joined.clear();
  saveSettings();
  pushRunSummary( task->job()->join() );
  Q_EMIT coverageLayerAdded( added );
}

void AcvCoverageDialog::taskFailed( AcvCoverageTask *task, const QString &what )
{
  setBusy( false );
  if ( task->error().isEmpty() )
  {
    mIface->messageBar()->pushMessage( what, tr( "Cancelled." ), Qgis::MessageLevel::Info, 5 );
    return;
  }
  showError( what, task->error(), task->log() + task->warnings().join( QLatin1Char( '\n' ) ) );
}

void AcvCoverageDialog::startTask( AcvCoverageTask *task )
{
  if ( mTask )
    mTask->cancel();
  mTask = task;
  setBusy( true );
  QgsApplication::taskManager()->addTask( task );
}

void AcvCoverageDialog::setBusy( bool busy )
{
  mBusy = busy;
  updateButtons();
}

void AcvCoverageDialog::updateButtons()
{
  // Nothing to join until the statistics read: the reason is under the file or the sheet.
  mReviewButton->setEnabled( !mBusy && mStatisticsReadable );
  mAddButton->setEnabled( !mBusy && mStatisticsReadable );
}

void AcvCoverageDialog::showReview()
{
  show();
  raise();
  activateWindow();
  if ( mJob && mJob->join().match.matches.size() + mJob->join().match.unmatchedStatistics.size() > 0 )
    mTabs->setCurrentWidget( mReview );
  else
    reviewJoin();
}

void AcvCoverageDialog::pushRunSummary( const AcvCoverageJoinResult &join )
{
  const int boundaries = join.statisticsForBoundary.size();
  const int withData = join.totals.localitiesWithCoverage;
  const QString coverage = AcvRunSummary::coverage( withData, join.totals.belowTarget, boundaries - withData );
  const int unmatchedRows = join.match.unmatchedStatistics.size();
  const int unmatchedBoundaries = join.match.unmatchedBoundaries.size();
  if ( unmatchedRows == 0 && unmatchedBoundaries == 0 )
  {
    mIface->messageBar()->pushMessage( tr( "Adoption Coverage" ), tr( "%1 localities joined: %2." ).arg( join.match.matches.size() ).arg( coverage ), Qgis::MessageLevel::Success, 8 );
    return;
  }
  // Unmatched rows are figures missing from the map: the warning stays until dismissed, with
  // the way to fix them one click away.
  auto *item = new QgsMessageBarItem( tr( "Adoption Coverage" ),
                                      tr( "%1; %2 localities joined: %3." ).arg( AcvRunSummary::unmatched( unmatchedRows, unmatchedBoundaries ) ).arg( join.match.matches.size() ).arg( coverage ),
                                      Qgis::MessageLevel::Warning, 0 );
  auto *review = new QPushButton( tr( "Review" ) );
  review->setObjectName( QStringLiteral( "AcvReviewUnmatched" ) );
  QPointer<AcvCoverageDialog> dialog( this );
  connect( review, &QPushButton::clicked, item, [dialog, item]
           {
    if ( dialog )
      dialog->showReview();
    item->dismiss(); } );
  item->layout()->addWidget( review );
  mIface->messageBar()->pushItem( item );
}

void AcvCoverageDialog::showError( const QString &title, const QString &message, const QString &details )
{
  mIface->messageBar()->pushMessage( title, message, Qgis::MessageLevel::Critical, 0 );
  QgsMessageLog::logMessage( details.isEmpty() ? message : message + QLatin1Char( '\n' ) + details, kLogTag, Qgis::MessageLevel::Critical );
}

void AcvCoverageDialog::restoreSettings()
{
  const QgsSettings settings;
  mBoundaryFile->setFilePath( settings.value( kSettings + QStringLiteral( "boundaryFile" ) ).toString() );
  mStatisticsFile->setFilePath( settings.value( kSettings + QStringLiteral( "statisticsFile" ) ).toString() );
  mMappingFile->setFilePath( settings.value( kSettings + QStringLiteral( "mappingFile" ) ).toString() );
  mRemapInputs->restoreSettings( kSettings );
  mTarget->setValue( settings.value( kSettings + QStringLiteral( "target" ), AcvMetrics::kDefaultTargetPct ).toDouble() );
  mClasses->setCurrentIndex( settings.value( kSettings + QStringLiteral( "classes" ), 0 ).toInt() );
  mClassCount->setValue( settings.value( kSettings + QStringLiteral( "classCount" ), 5 ).toInt() );
  const QString ramp = settings.value( kSettings + QStringLiteral( "ramp" ), AcvClassColors::defaultSequentialRamp() ).toString();
  mRamp->setColorRampFromName( ramp );
  // The analyst's own choice, else the language QGIS speaks (its locale setting).
  const QString userLocale = settings.value( QStringLiteral( "locale/userLocale" ), QgsApplication::locale() ).toString();
  const AcvLanguage language = AcvLabelLanguage::resolve( settings.value( kSettings + QStringLiteral( "languageChoice" ) ).toString(), userLocale );
  mLanguage->setCurrentIndex( std::max( 0, mLanguage->findData( AcvLanguageText::code( language ) ) ) );
  mReplacePrevious->setChecked( settings.value( kSettings + QStringLiteral( "replacePrevious" ), false ).toBool() );
  mLabels->setChecked( settings.value( kSettings + QStringLiteral( "labels" ), true ).toBool() );
  const bool toFile = settings.value( kSettings + QStringLiteral( "toFile" ), false ).toBool();
  mFileOutput->setChecked( toFile );
  mTemporaryOutput->setChecked( !toFile );
  mOutputFile->setFilePath( settings.value( kSettings + QStringLiteral( "outputFile" ) ).toString() );
  const QString layerId = settings.value( kSettings + QStringLiteral( "boundaryLayerId" ) ).toString();
  if ( QgsMapLayer *layer = QgsProject::instance()->mapLayer( layerId ) )
    mBoundaryLayer->setLayer( layer );
  boundaryLayerChanged();
}

void AcvCoverageDialog::saveSettings() const
{
  QgsSettings settings;
  settings.setValue( kSettings + QStringLiteral( "boundaryFile" ), mBoundaryFile->filePath() );
  settings.setValue( kSettings + QStringLiteral( "boundaryLayerId" ), mBoundaryLayer->currentLayer() ? mBoundaryLayer->currentLayer()->id() : QString() );
  settings.setValue( kSettings + QStringLiteral( "statisticsFile" ), mStatisticsFile->filePath() );
  settings.setValue( kSettings + QStringLiteral( "mappingFile" ), mMappingFile->filePath() );
  mRemapInputs->saveSettings( kSettings );
  settings.setValue( kSettings + QStringLiteral( "target" ), mTarget->value() );
  settings.setValue( kSettings + QStringLiteral( "classes" ), mClasses->currentIndex() );
  settings.setValue( kSettings + QStringLiteral( "classCount" ), mClassCount->value() );
  settings.setValue( kSettings + QStringLiteral( "ramp" ), mRamp->colorRampName() );
  settings.setValue( kSettings + QStringLiteral( "replacePrevious" ), mReplacePrevious->isChecked() );
  settings.setValue( kSettings + QStringLiteral( "labels" ), mLabels->isChecked() );
  settings.setValue( kSettings + QStringLiteral( "toFile" ), mFileOutput->isChecked() );
  settings.setValue( kSettings + QStringLiteral( "outputFile" ), mOutputFile->filePath() );
}
