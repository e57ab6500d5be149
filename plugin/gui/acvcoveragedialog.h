/***************************************************************************
  acvcoveragedialog.h - the plugin's main dialog
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGEDIALOG_H
#define ACVCOVERAGEDIALOG_H

#include "acvcoveragejoboptions.h"

#include <qgsvectorlayer.h>

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QgisInterface;
class QgsColorRampButton;
class QgsDoubleSpinBox;
class QgsFieldComboBox;
class QgsFileWidget;
class QgsMapLayerComboBox;
class QgsVectorLayer;
class AcvCoverageJob;
class AcvCoverageTask;
class AcvJoinReviewWidget;
class AcvPathField;
class AcvRemapInputs;
struct AcvCoverageJoinResult;

/**
 * Inputs (boundary layer or file and its key, statistics file, sheet and columns with a live
 * preview, and optionally a crosswalk or a column to sum the annex's units by), map options (target, classes, ramp, label language) and output (GeoPackage or a
 * temporary layer). "Review Join" matches and shows the join; "Add to Map" writes the joined
 * layer, styles it with the command's style and adds it to the project. Reading, matching and
 * writing run as QgsTasks; the last choices are kept with QgsSettings.
 */
class AcvCoverageDialog : public QDialog
{
  Q_OBJECT

public:
  AcvCoverageDialog( QgisInterface *iface, QWidget *parent = nullptr );
  ~AcvCoverageDialog() override;

  //! The options of the last layer added, with the review's pairs as a mapping file.
  const AcvCoverageJobOptions &lastOptions() const { return mLastOptions; }
  //! Brings the dialog up on its join review, matching first when no review is shown.
  void showReview();

Q_SIGNALS:
  void coverageLayerAdded( QgsVectorLayer *layer );

private:
  QWidget *createInputsPage();
  QWidget *createMapPage();
  void boundaryLayerChanged();
  void boundaryFileChanged();
  void statisticsFileChanged();
  void previewStatistics();
  void previewReady( AcvCoverageTask *task );
  void previewFailed( AcvCoverageTask *task );
  //! Empties the sheet's column lists and preview: what they showed belongs to another file or sheet.
  void clearStatisticsDetections();
  //! The statistics read (or not): Add to Map and Review Join need a table to join.
  void setStatisticsReadable( bool readable );
  //! Fills the mapping field with the file saved for this annex and boundaries, if any.
  void offerRememberedMapping();
  //! The boundary file (or the layer's source) the mapping memory is keyed by.
  QString boundariesForMemory() const;
  //! The unmatched-rows warning after a run, with a button to the review; stays until dismissed.
  void pushRunSummary( const AcvCoverageJoinResult &join );
  void reviewJoin();
  void reviewReady( AcvCoverageTask *task );
  void applyReview();
  void addToMap();
  void writeReady( AcvCoverageTask *task, const AcvCoverageJobOptions &options, const QString &joinedPath );
  void taskFailed( AcvCoverageTask *task, const QString &what );
  //! The review could not be made: why, on the review's page as well as in the message bar.
  void reviewFailed( AcvCoverageTask *task );
  //! The options the widgets describe; false with \a error when an input is missing.
  bool readOptions( AcvCoverageJobOptions &options, QString &error );
  void startTask( AcvCoverageTask *task );
  void setBusy( bool busy );
  void updateButtons();
  void restoreSettings();
  void saveSettings() const;
  void showError( const QString &title, const QString &message, const QString &details = QString() );

  QgisInterface *mIface = nullptr;
  QTabWidget *mTabs = nullptr;
  // inputs
  QgsMapLayerComboBox *mBoundaryLayer = nullptr;
  QgsFileWidget *mBoundaryFile = nullptr;
  std::unique_ptr<QgsVectorLayer> mBoundaryFileLayer;
  QgsFieldComboBox *mKeyField = nullptr;
  QgsFieldComboBox *mParentField = nullptr;
  QgsFileWidget *mStatisticsFile = nullptr;
  QComboBox *mSheet = nullptr;
  QComboBox *mNumberFormat = nullptr;
  QLabel *mPreviewSummary = nullptr;
  QTableWidget *mPreview = nullptr;
  QComboBox *mKeyColumn = nullptr;
  QComboBox *mInstallsColumn = nullptr;
  QComboBox *mSmartphonesColumn = nullptr;
  QComboBox *mPopulationColumn = nullptr;
  QComboBox *mParentColumn = nullptr;
  QLabel *mLevelSummary = nullptr;
  QgsFileWidget *mMappingFile = nullptr;
  AcvPathField *mBoundaryPath = nullptr;
  AcvPathField *mStatisticsPath = nullptr;
  AcvPathField *mMappingPath = nullptr;
  AcvRemapInputs *mRemapInputs = nullptr;
  QLabel *mSheetMessage = nullptr;
  QPushButton *mUseSuggestedSheet = nullptr;
  bool mStatisticsReadable = false;
  bool mBusy = false;
  // map and output
  QgsDoubleSpinBox *mTarget = nullptr;
  QComboBox *mClasses = nullptr;
  QSpinBox *mClassCount = nullptr;
  QgsColorRampButton *mRamp = nullptr;
  QComboBox *mLanguage = nullptr;
  QCheckBox *mLabels = nullptr;
  QCheckBox *mReplacePrevious = nullptr;
  QRadioButton *mTemporaryOutput = nullptr;
  QRadioButton *mFileOutput = nullptr;
  QgsFileWidget *mOutputFile = nullptr;
  // review
  AcvJoinReviewWidget *mReview = nullptr;
  QPushButton *mReviewButton = nullptr;
  QPushButton *mAddButton = nullptr;

  std::shared_ptr<AcvCoverageJob> mJob; //!< the job the review shows; reset when an input changes
  AcvCoverageJobOptions mLastOptions;
  QPointer<AcvCoverageTask> mTask;
};

#endif // ACVCOVERAGEDIALOG_H
