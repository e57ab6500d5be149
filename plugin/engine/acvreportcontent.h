/***************************************************************************
  acvreportcontent.h - what a report page says, as plain data and text
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVREPORTCONTENT_H
#define ACVREPORTCONTENT_H

#include "acvcoveragejoin.h"
#include "acvlanguage.h"
#include "acvmetrics.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

//! A locality below the target, as the report's table lists it.
struct AcvBelowTargetRow
{
  QString name;
  double installs = 0;
  double smartphones = 0;
  double coveragePct = 0;
  qint64 gapInstalls = 0;
};

//! The annex's units re-mapped before the join: by a crosswalk (old -> new units) or by a column.
struct AcvReportRemap
{
  enum class Kind
  {
    None,
    Crosswalk,   //!< old units summed into the new ones
    Aggregation, //!< rows summed by one of the annex's columns
  };
  enum class Split
  {
    None,   //!< no unit was split
    Shares, //!< split units divided by the crosswalk's shares
    Area,   //!< split units divided by the area of overlap
  };
  Kind kind = Kind::None;
  QString source; //!< the crosswalk's file name, or the column's header
  Split split = Split::None;
};

/**
 * Everything a report page says apart from the map: the layout code only places it. Texts are
 * built here, QGIS-free, so both languages and their number styles are tested without QGIS.
 */
struct AcvReportContent
{
  AcvLanguage language = AcvLanguage::Vietnamese;
  QString title;        //!< empty: defaultTitle()
  QString subtitle;     //!< empty: defaultSubtitle()
  QDate statisticsDate; //!< invalid when the annex does not say
  QDate productionDate;
  double targetPct = AcvMetrics::kDefaultTargetPct;
  AcvTotals totals;
  //! By gapInstalls, largest first; equal gaps by name as far as the table shows (see maxTableRows).
  QVector<AcvBelowTargetRow> belowTarget;
  //! The annex's total rows that disagree with their localities: the page says so in its notes.
  QVector<AcvTotalMismatch> totalMismatches;
  QString statisticsSource; //!< file name of the annex
  QString boundarySource;   //!< file name of the boundaries
  //! How the annex's rows were summed into the mapped units (the page says so beside the sources).
  AcvReportRemap remap;
  /**
   * At most this many rows in the below-target table (0: all). A commune or national map may have
   * thousands below target; the page lists those with the largest gaps and says how many more
   * there are, and the joined layer keeps the full list. Set it before setJoin().
   */
  int maxTableRows = kDefaultMaxTableRows;
  static constexpr int kDefaultMaxTableRows = 60;

  /**
   * Fills totals and the below-target rows from a join; \a boundaryKeys are the boundary names
   * in feature order (the join's indices point into them).
   */
  void setJoin( const AcvCoverageJoinResult &join, const QStringList &boundaryKeys );

  QString effectiveTitle() const;
  QString effectiveSubtitle() const;
  QString defaultTitle() const;
  //! "Số liệu đến ngày 20/08/2020 · Mục tiêu 60 %", or says the date is unknown.
  QString defaultSubtitle() const;
  //! The summary box: label and value per line.
  QVector<QPair<QString, QString>> summaryLines() const;
  QString tableCaption() const;
  //! What an atlas page shows after the locality's name: "tỷ lệ cài đặt trên người dùng ĐTTM".
  QString atlasTitleSuffix() const;
  //! The caption on pages the table continues onto: "… (tiếp theo)" / "… (continued)".
  QString continuedTableCaption() const;
  //! A page number as a QGIS layout label expression: "Trang [% @layout_page %]/[% @layout_numpages %]".
  QString pageNumberTemplate() const;
  QStringList tableHeaders() const;
  /**
   * One row per below-target locality: number, name, coverage, installs still needed. Four
   * columns, so a name like "Thành phố Hồ Chí Minh" fits beside the map of an A4 portrait page.
   */
  QVector<QStringList> tableRows() const;
  QString emptyTableMessage() const;
  //! The sources, then a note on each total row of the annex that disagrees with its localities.
  QString sourceNote() const;
  //! The notes on the annex's own totals, one sentence each; empty when they all agree.
  QString totalsNote() const;
  //! "Số liệu theo đơn vị hành chính cũ, quy đổi sang đơn vị mới theo …" (empty when not re-mapped).
  QString remapNote() const;
  QString productionNote() const;
  //! "20/08/2020" (vi) or "20 August 2020" (en).
  QString formatDate( const QDate &date ) const;

  /**
   * \a sourceText in the report's language; mark it QT_TRANSLATE_NOOP( "AcvReportContent", ... )
   * so lupdate files it in plugin/engine/i18n/acvreport_vi.ts.
   */
  QString text( const char *sourceText ) const;
};

#endif // ACVREPORTCONTENT_H
