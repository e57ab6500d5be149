/***************************************************************************
  acvreportexport.h - the plugin's "Export Report…" action
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVREPORTEXPORT_H
#define ACVREPORTEXPORT_H

#include "acvcoveragejoboptions.h"

class QgisInterface;
class QgsVectorLayer;

/**
 * Asks where to write the report (PDF, PNG or SVG) and prints the selected coverage layer as
 * the analyst styled it, through the same presentation stage as the command. Print layouts are
 * QGraphicsScenes and must stay on the main thread, so the export shows in the task manager as
 * a proxy task rather than running in a QgsTask thread.
 */
class AcvReportExport
{
public:
  //! Asks for the file, then AcvCoveragePresentation::exportLayerReport() with a proxy task.
  static void run( QgisInterface *iface, const AcvCoverageJobOptions &options, QgsVectorLayer *layer );
};

#endif // ACVREPORTEXPORT_H
