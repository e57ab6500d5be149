/***************************************************************************
  acvreportexporter.h - report pages to PDF, PNG or SVG through QgsLayoutExporter
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVREPORTEXPORTER_H
#define ACVREPORTEXPORTER_H

#include <QString>
#include <QStringList>

class QgsLayout;
class QgsFeedback;
class QgsPrintLayout;

class AcvOutputTransaction;

/**
 * Exports layouts the way QGIS's designer does (QgsLayoutExporter), but atomically: every file
 * is written under a temporary name beside its destination and renamed into place only when all
 * pages are written, so a failure leaves the previous files or none, never a partial one.
 * A layout of several pages gives one PDF, or one PNG/SVG per page named as QGIS names them:
 * report.png, report_2.png…
 */
class AcvReportExporter
{
public:
  static constexpr int kDefaultDpi = 300;

  //! Whether \a path ends in .pdf, .png or .svg (case-insensitive).
  static bool isSupportedPath( const QString &path );

  //! The files a layout of \a pageCount pages exported to \a path consists of.
  static QStringList pagePaths( const QString &path, int pageCount );

  /**
   * Exports \a layout to \a path (format from the suffix). PDFs keep vector content and
   * selectable text; \a dpi sets raster resolution. Appends the files written to \a written.
   */
  static bool exportLayout( QgsLayout *layout, const QString &path, int dpi, QStringList &written, QString &error, AcvOutputTransaction *transaction = nullptr );

  /**
   * Exports every atlas page of \a layout: into one multi-page PDF, or (PNG/SVG) numbered files
   * beside \a path named after each feature: gia_lai_001_Thị_xã_Ayun_Pa.png (AcvSafeFileName).
   */
  static bool exportAtlas( QgsPrintLayout *layout, const QString &path, int dpi, QStringList &written, QString &error, AcvOutputTransaction *transaction = nullptr, QgsFeedback *feedback = nullptr );
};

#endif // ACVREPORTEXPORTER_H
