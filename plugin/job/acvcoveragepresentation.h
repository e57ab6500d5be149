/***************************************************************************
  acvcoveragepresentation.h - from a styled coverage layer to maps, pages and a project
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGEPRESENTATION_H
#define ACVCOVERAGEPRESENTATION_H

#include "acvcoveragejoboptions.h"
#include "acvmessage.h"
#include "acvreportcontent.h"

#include <QStringList>

#include <functional>

class AcvOutputTransaction;
class QgsCoordinateReferenceSystem;
class QgsFeedback;
class QgsProject;
class QgsVectorLayer;

/**
 * The one presentation stage: what every caller does with a coverage layer once it exists. The
 * command and Processing give it the layer they just joined and styled with styleLayer(); the
 * plugin's Export Report gives it the layer as the analyst styled it on the map. Either way the
 * same code draws the bare map, the report pages, the atlas and writes the layout and project,
 * so the same layer gives the same files whoever asks.
 */
class AcvCoveragePresentation
{
public:
  /**
   * Gives \a coverage its look: the options' --style file, or the generated style (classes,
   * colours, below-target band, no-data hatch, labels up to kAcvAutoLabelLimit localities).
   */
  static bool styleLayer( QgsVectorLayer *coverage, const AcvCoverageJobOptions &options, AcvMessages &messages, QString &error );

  //! What a page takes from \a options (language, title, subtitle, table rows, target), made today.
  static AcvReportContent pageContent( const AcvCoverageJobOptions &options );

  //! Whether \a options ask for anything this stage draws or writes.
  static bool drawsAnything( const AcvCoverageJobOptions &options );

  /**
   * Writes what \a options ask for from \a coverage (in \a project): exported styles, the bare
   * map (drawn in \a mapCrs), the layout template, the report pages, the atlas and, after
   * \a beforeProject has pointed the layers at their files, the project. Files are staged in
   * \a transaction and listed in \a written. \a feedback (may be null) moves from 0 to 100
   * and is asked whether to stop between and inside the steps.
   */
  static bool write( QgsProject &project, QgsVectorLayer *coverage, const QgsCoordinateReferenceSystem &mapCrs, const AcvReportContent &content,
                     const AcvCoverageJobOptions &options, AcvOutputTransaction &transaction, QStringList &written, QgsFeedback *feedback,
                     const std::function<bool( QString & )> &beforeProject, QString &error );

  /**
   * The report page of a coverage layer as it is on the map (its renderer, labels and filter;
   * its figures, AcvCoverageLayerContent), written to \a path all or nothing. \a options give
   * the page, language, title and template. What the plugin's Export Report does.
   */
  static bool exportLayerReport( QgsVectorLayer *layer, const AcvCoverageJobOptions &options, const QString &path, QString &error, QgsFeedback *feedback = nullptr );
};

#endif // ACVCOVERAGEPRESENTATION_H
