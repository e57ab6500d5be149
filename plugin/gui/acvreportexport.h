/***************************************************************************
  acvreportexport.h - the plugin's "Export Report…" action
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVREPORTEXPORT_H
#define ACVREPORTEXPORT_H

#include "acvcoveragejoboptions.h"
#include "acvmessage.h"

class QgisInterface;
class QgsFeedback;
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
  static void run( QgisInterface *iface, const AcvCoverageJobOptions &options, QgsVectorLayer *layer );
  /**
   * Writes the report page of \a layer (its style, its figures; \a options give the page, the
   * language and the title) to \a path, all or nothing. Returns false with \a error set.
   */
  static bool exportReport( QgsVectorLayer *layer, const AcvCoverageJobOptions &options, const QString &path, QString &error, QgsFeedback *feedback = nullptr );
};

#endif // ACVREPORTEXPORT_H
