/***************************************************************************
  acvcoveragemap.h - the coverage-map tool as a library function
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGEMAP_H
#define ACVCOVERAGEMAP_H

#include "acvcoveragestyle.h"
#include "acvlanguage.h"
#include "acvmetrics.h"
#include "acvreportcontent.h"
#include "acvnumberparser.h"
#include "acvreportlayout.h"

#include <QDate>

#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QTextStream;

//! Everything coverage-map can be asked to do; the command line fills it, so can any caller.
struct AcvCoverageMapOptions
{
  // inputs
  QString boundaries;
  QString boundaryLayer;
  QString boundaryKey; //!< empty: the field that pairs with the most statistics rows
  QString stats;
  QString statsSheet;
  QString statsKey;
  QString installsColumn;
  QString smartphonesColumn;
  QString populationColumn;
  QString mapping;
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
  QString title;          //!< empty: the default title in the report language
  QString subtitle;       //!< empty: statistics date and target
  QDate statisticsDate;   //!< invalid: detected from the statistics file
  QString atlas;          //!< one page per locality: a multi-page .pdf or numbered .png/.svg
  QString layoutTemplate; //!< a .qpt whose items are found by id (see README)
  QString project;        //!< a .qgz with the styled joined layer and the layouts
  QString saveLayout;
  int tableRows = AcvReportContent::kDefaultMaxTableRows; //!< rows of the below-target table on the report (0: all)     //!< write the report layout as a .qpt template to edit in QGIS
  int lockWaitSeconds = 600; //!< wait this long for another run writing to an output folder (AcvOutputTransaction)
  bool help = false;
};

//! Exit codes: 0 done, 2 bad input or bad usage (one message naming file, row and column).
constexpr int kAcvExitOk = 0;
constexpr int kAcvExitBadInput = 2;

//! Above this many localities a labelled map is clutter: labels are off unless --labels asks.
constexpr int kAcvAutoLabelLimit = 120;

QString acvCoverageMapUsage();

//! Fills \a options from command-line \a arguments (without the program name).
bool acvParseCoverageMapArguments( const QStringList &arguments, AcvCoverageMapOptions &options, QString &error );

//! What a run holds in memory (the job, the joined features, the project with its layer).
struct AcvCoverageMapData;
struct AcvCoverageMapDataDeleter
{
  void operator()( AcvCoverageMapData *data ) const;
};
using AcvCoverageMapDataHolder = std::unique_ptr<AcvCoverageMapData, AcvCoverageMapDataDeleter>;

/**
 * Runs the whole job: read the statistics and the boundaries, join, write the joined
 * GeoPackage, the JSON join report and the map image. Needs an initialised QgsApplication.
 * Progress goes to \a out, warnings and the error to \a err. Returns an exit code.
 *
 * With \a keep, the run's data is handed over instead of freed: a process about to exit can
 * leave it to the system (freeing 100 000 features one by one took a fifth of a second).
 */
int acvCoverageMap( const AcvCoverageMapOptions &options, QTextStream &out, QTextStream &err, AcvCoverageMapDataHolder *keep = nullptr );

//! Creates what QGIS needs to run headless (offscreen platform, providers); returns the app.
class QgsApplication;
QgsApplication *acvInitQgis( int &argc, char **argv );

#endif // ACVCOVERAGEMAP_H
