/***************************************************************************
  acvreportexport.h - the plugin's "Export Report…" action
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVREPORTEXPORT_H
#define ACVREPORTEXPORT_H

#include "acvcoveragemap.h"

class QgisInterface;
class QgsVectorLayer;

/**
 * Asks where to write the report (PDF, PNG or SVG) and writes it with acvCoverageMap(), the
 * command's own export. Print layouts are QGraphicsScenes and must stay on the main thread, so
 * the export shows in the task manager as a proxy task rather than running in a QgsTask thread.
 */
class AcvReportExport
{
public:
  //! \a layer: the coverage layer selected in the Layers panel, the one the report is of.
  static void run( QgisInterface *iface, const AcvCoverageMapOptions &options, QgsVectorLayer *layer );
  //! Writes \a path; returns false with \a error (the command's message) set.
  static bool exportReport( const AcvCoverageMapOptions &options, const QString &path, QString &log, QString &error );
};

#endif // ACVREPORTEXPORT_H
