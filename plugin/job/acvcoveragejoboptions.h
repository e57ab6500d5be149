/***************************************************************************
  acvcoveragejoboptions.h - what the coverage job is asked to do
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGEJOBOPTIONS_H
#define ACVCOVERAGEJOBOPTIONS_H

#include "acvcoveragestyle.h"
#include "acvlanguage.h"
#include "acvmetrics.h"
#include "acvnumberparser.h"
#include "acvreportcontent.h"
#include "acvreportlayout.h"

#include <QDate>
#include <QHash>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>

//! A further annex of a campaign: its file and statistics date (invalid: from the file).
struct AcvAnnexInput
{
  QString path;
  QDate date;
};

/**
 * What the coverage job needs: its inputs, how to join and style, and what to write. The
 * command line, the Processing algorithms and the plugin's dialog all fill it; what only the
 * command line needs (--help) is in AcvCoverageMapOptions.
 */
struct AcvCoverageJobOptions
{
  // inputs
  QString boundaries;
  QString boundaryLayer;
  QString boundaryKey;    //!< empty: the field that pairs with the most statistics rows
  QString boundaryParent; //!< the field naming each feature's parent unit; empty: detected
  QString stats;
  //! The campaign's further annexes (--stats repeated), each of another statistics date.
  QVector<AcvAnnexInput> moreStats;
  /**
   * The campaign history: a GeoPackage path or an OGR PostgreSQL connection (AcvCoverageHistory).
   * Empty: the annexes of this run only.
   */
  QString history;
  QString statsSheet;
  QString statsKey;
  QString statsParent; //!< the annex's column naming each row's parent unit; empty: detected
  QString installsColumn;
  QString smartphonesColumn;
  QString populationColumn;
  QString mapping;
  // re-mapping the annex's units before the join (one of the two)
  QString crosswalk;                        //!< old units -> new units (CSV/XLSX/ODS); empty: none
  QString crosswalkSheet;                   //!< its sheet, for workbooks
  QHash<QString, QString> crosswalkColumns; //!< role ("old-name", …; AcvCrosswalk::roleNames()) -> column
  QString partialBy;                        //!< "area": split units without shares apportioned by area of overlap
  QString oldBoundaries;                    //!< the old units' boundaries, for --partial-by area
  QString oldBoundaryLayer;
  QString oldBoundaryKey;                   //!< empty: the field pairing with the crosswalk's old units
  QString aggregateBy;                      //!< the annex column whose values the rows are summed by (communes -> districts)
  QString match = QStringLiteral( "auto" ); //!< name, code, or auto (code when the key column is a code)
  AcvNumberConvention numberFormat = AcvNumberConvention::Auto;
  // join and target
  double targetPct = AcvMetrics::kDefaultTargetPct;
  bool strict = false;
  // outputs
  QString joined;
  QString joinReport;
  QString out;
  QSize imageSize = QSize( 1600, 1200 );
  AcvLanguage language = AcvLanguage::Vietnamese; //!< labels, legend and report text, and their number style
  // styling (its language and target are taken from above when the job runs)
  AcvStyleOptions style;
  bool labelsChosen = false; //!< --labels or --no-labels given; otherwise labels only on maps of few localities
  QString labelField;        //!< boundary field naming each locality (default: the key when it is a name)
  QString styleFile;         //!< an analyst's .qml/.sld used instead of the generated style
  QStringList exportStyles;  //!< write the style used to these .qml/.sld files
  // report pages (print layouts)
  QStringList reports; //!< report pages: .pdf, .png or .svg, one export each
  int dpi = 300;       //!< raster resolution of report PNGs (and of rasters inside PDFs)
  AcvPageFormat page;
  QString title;                                          //!< empty: the default title in the report language
  QString subtitle;                                       //!< empty: statistics date and target
  QDate statisticsDate;                                   //!< invalid: detected from the statistics file
  QString atlas;                                          //!< one page per locality: a multi-page .pdf or numbered .png/.svg
  QString layoutTemplate;                                 //!< a .qpt whose items are found by id (see README)
  QString project;                                        //!< a .qgz with the styled joined layer and the layouts
  QString saveLayout;                                     //!< write the report layout as a .qpt template to edit in QGIS
  int tableRows = AcvReportContent::kDefaultMaxTableRows; //!< rows of the below-target table on the report (0: all)
  int lockWaitSeconds = 600;                              //!< wait this long for another run writing to an output folder (AcvOutputTransaction)

  //! Whether the run compares dates: several annexes, or a history to add to.
  bool isCampaign() const { return !moreStats.isEmpty() || !history.isEmpty(); }
};

//! Above this many localities a labelled map is clutter: labels are off unless asked for.
constexpr int kAcvAutoLabelLimit = 120;

#endif // ACVCOVERAGEJOBOPTIONS_H
