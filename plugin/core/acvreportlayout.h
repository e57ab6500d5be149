/***************************************************************************
  acvreportlayout.h - the report page as a QGIS print layout
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVREPORTLAYOUT_H
#define ACVREPORTLAYOUT_H

#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>

class AcvOutputTransaction;

class AcvReportContent;
class QgsPrintLayout;
class QgsProject;
class QgsVectorLayer;

//! Paper and orientation of a report page.
struct AcvPageFormat
{
  enum class Paper
  {
    A4,
    A3,
  };
  Paper paper = Paper::A4;
  bool landscape = false;

  //! Width and height in millimetres.
  QSizeF sizeMm() const;
  static bool parsePaper( const QString &text, Paper &paper );
  static bool parseOrientation( const QString &text, bool &landscape );
};

/**
 * Item ids of the report layout. Code and templates meet on these: an analyst may move, resize
 * or restyle any item of a .qpt in QGIS's layout designer, and the report fills it by its id.
 * Only the map is required; any other item may be deleted from a template.
 */
namespace AcvReportItemIds
{
const QString kTitle = QStringLiteral( "title" );
const QString kSubtitle = QStringLiteral( "subtitle" );
const QString kMap = QStringLiteral( "map" );
const QString kLegend = QStringLiteral( "legend" );
const QString kScaleBar = QStringLiteral( "scalebar" );
const QString kNorthArrow = QStringLiteral( "north_arrow" );
const QString kSummary = QStringLiteral( "summary" );
const QString kTableCaption = QStringLiteral( "below_target_caption" );
const QString kBelowTargetTable = QStringLiteral( "below_target_table" );
const QString kSourceNote = QStringLiteral( "source_note" );
const QString kProductionDate = QStringLiteral( "production_date" );
//! Every id the code fills, in page order.
QStringList all();
} // namespace AcvReportItemIds

/**
 * Builds and fills the report page. The layer comes already styled (its renderer, name and any
 * companion layers are the styling code's business): the page shows the project's layers, and
 * the legend follows the project's layer tree.
 */
class AcvReportLayout
{
public:
  //! The default page for \a format: title, subtitle, map, legend, scale bar, north arrow, summary, table, notes.
  static std::unique_ptr<QgsPrintLayout> createDefault( QgsProject *project, const AcvPageFormat &format );

  //! A page from an analyst's template; fails naming the file when it cannot be read or has no map.
  static std::unique_ptr<QgsPrintLayout> fromTemplate( QgsProject *project, const QString &path, QString &error );

  /**
   * Puts \a content into the items found by id, zooms the map to \a coverage and, when the
   * below-target table does not fit its frame, continues it on extra pages.
   */
  static bool fill( QgsPrintLayout *layout, QgsVectorLayer *coverage, const AcvReportContent &content, QString &error );

  /**
   * Turns \a layout into an atlas over \a coverage: one page per feature, the map zoomed to
   * it, the feature's name (\a nameField) in the title and its own figures in the summary box.
   */
  static bool makeAtlas( QgsPrintLayout *layout, QgsVectorLayer *coverage, const QString &nameField, const AcvReportContent &content, QString &error );

  //! Writes \a layout as a .qpt template, atomically.
  static bool saveTemplate( const QgsPrintLayout *layout, const QString &path, QString &error, AcvOutputTransaction *transaction = nullptr );
};

#endif // ACVREPORTLAYOUT_H
