/***************************************************************************
  acvhistorylayer.h - the campaign history as a temporal layer of the project
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVHISTORYLAYER_H
#define ACVHISTORYLAYER_H

#include <QDate>
#include <QString>
#include <QVector>

class QgsProject;
class QgsVectorLayer;

/**
 * Layer coverage_history in the saved project, styled as the coverage layer and with QGIS
 * temporal properties on statistics_date: each annex's features last from its date until the next
 * annex (the usual gap between annexes), so the Temporal Controller steps through the campaign one annex at
 * a time. The project's time range spans the campaign.
 */
class AcvHistoryLayer
{
public:
  /**
   * The layer QGIS reads \a dataset (a GeoPackage path, or a PostgreSQL connection) through:
   * provider key and source.
   */
  static QPair<QString, QString> source( const QString &dataset );
  //! Days each annex lasts on the time line: the median gap between \a dates (at least 1).
  static int annexDays( const QVector<QDate> &dates );
  /**
   * Adds the history to \a project, unchecked below the coverage layer, styled as \a coverage.
   * \a dates are the history's statistics dates. The layer is returned (owned by the project).
   */
  static QgsVectorLayer *addTo( QgsProject &project, const QString &dataset, const QVector<QDate> &dates, const QgsVectorLayer *coverage );
};

#endif // ACVHISTORYLAYER_H
