/***************************************************************************
  acvcoveragealgorithm.h - what the three processing algorithms share
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGEALGORITHM_H
#define ACVCOVERAGEALGORITHM_H

#include "acvcoveragejoboptions.h"
#include "acvcoverageresult.h"

#include <qgsprocessingalgorithm.h>

#include <QTemporaryDir>

#include <memory>

/**
 * Base of the processing algorithms. Each fills the same AcvCoverageJobOptions the command
 * fills and runs AcvCoverageRun, so a model or a batch run does exactly what coverage-map does.
 * The boundary layer is resolved to a file in prepareAlgorithm(), on the main thread, because a
 * layer of the project must not be read from the algorithm's thread.
 */
class AcvCoverageAlgorithm : public QgsProcessingAlgorithm
{
public:
  //! Translation in the context "AcvCoverageAlgorithm" (a processing algorithm is no QObject).
  static QString tr( const char *text );

  QString group() const override;
  QString groupId() const override;

protected:
  //! Boundaries, statistics, columns, mapping and target: the inputs of every algorithm.
  void addInputParameters();
  //! Classification, ramp, labels and label language.
  void addStyleParameters();

  bool prepareAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;

  //! Runs the job with \a options (inputs already filled); throws QgsProcessingException on failure.
  //! Runs the job with the algorithm's feedback; throws its error. Returns what the run found.
  AcvCoverageResult runJob( const AcvCoverageJobOptions &options, QgsProcessingFeedback *feedback ) const;

  //! The options of the inputs (and style, when the algorithm has its parameters).
  AcvCoverageJobOptions mOptions;
};

#endif // ACVCOVERAGEALGORITHM_H
