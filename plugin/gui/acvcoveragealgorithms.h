/***************************************************************************
  acvcoveragealgorithms.h - the processing algorithms of Adoption Coverage
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGEALGORITHMS_H
#define ACVCOVERAGEALGORITHMS_H

#include "acvcoveragealgorithm.h"
#include "acvprocessingcompat.h"

//! "Join install statistics": the joined GeoPackage layer and, optionally, the JSON join report.
class AcvJoinStatisticsAlgorithm : public AcvCoverageAlgorithm
{
public:
  QString name() const override { return QStringLiteral( "joinstatistics" ); }
  QString displayName() const override;
  QString shortHelpString() const override;
  QIcon icon() const override;
  AcvJoinStatisticsAlgorithm *createInstance() const override { return new AcvJoinStatisticsAlgorithm(); }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

//! "Coverage map": the joined layer, loaded styled as the command styles it, and an optional map image.
class AcvCoverageMapAlgorithm : public AcvCoverageAlgorithm
{
public:
  QString name() const override { return QStringLiteral( "coveragemap" ); }
  QString displayName() const override;
  QString shortHelpString() const override;
  QIcon icon() const override;
  AcvCoverageMapAlgorithm *createInstance() const override { return new AcvCoverageMapAlgorithm(); }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

//! "Export coverage report": the report page as PDF, PNG or SVG through the print layout code.
class AcvExportReportAlgorithm : public AcvCoverageAlgorithm
{
public:
  QString name() const override { return QStringLiteral( "exportreport" ); }
  QString displayName() const override;
  QString shortHelpString() const override;
  QIcon icon() const override;
  //! Print layouts are QGraphicsScenes: they are exported on the main thread, as QGIS's own layout algorithms are.
  AcvProcessingEnums::AlgorithmFlags flags() const override { return AcvCoverageAlgorithm::flags() | AcvProcessingEnums::NoThreading; }
  AcvExportReportAlgorithm *createInstance() const override { return new AcvExportReportAlgorithm(); }

protected:
  void initAlgorithm( const QVariantMap &configuration = QVariantMap() ) override;
  QVariantMap processAlgorithm( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback ) override;
};

#endif // ACVCOVERAGEALGORITHMS_H
