/***************************************************************************
  acvcoveragemaparguments.cpp - coverage-map's command line: options, usage, parsing
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragemap.h"

#include "acvclassification.h"
#include "acvcoveragestyle.h"
#include "acvreportexporter.h"
#include "acvstatisticsdate.h"

#include <QCommandLineParser>

namespace
{
struct OptionSpec
{
  const char *name;
  const char *valueName;
  const char *help;
};

const OptionSpec kValueOptions[] = {
    { "boundaries", "PATH", "Boundary layer file: Shapefile, GeoPackage, GeoJSON or any OGR source, in any CRS." },
    { "boundary-layer", "NAME", "Layer inside --boundaries when it holds several." },
    { "boundary-key", "FIELD", "Boundary field holding the name or code (default: the field that pairs with most rows)." },
    { "boundary-parent", "FIELD", "Boundary field naming each feature's district or province (default: the field whose values pair with the annex's parents)." },
    { "stats", "PATH", "Statistics table: CSV (, ; or tab; UTF-8), XLSX or ODS. Repeat it for a campaign: one annex per statistics date; the map shows the latest, the layer gains the progress fields." },
    { "history", "DATASET", "Campaign history to add this run's annexes to: a GeoPackage (made when missing) or a PostgreSQL/PostGIS connection ('PG:host=… dbname=…'). Layer coverage_history, one feature per locality and date; a date already there is replaced." },
    { "stats-sheet", "NAME", "Sheet of a spreadsheet (default: the first non-empty one)." },
    { "stats-key", "COLUMN", "Column with the locality name or code (header text, letter or number)." },
    { "stats-parent", "COLUMN", "Column with each row's district or province, to tell repeated names apart (default: a 'Huyện'/'Tỉnh' column beside the key; a cell merged down its rows counts for each; 'none': names alone)." },
    { "installs", "COLUMN", "Column with app installs (default: detected from the header)." },
    { "smartphones", "COLUMN", "Column with smartphone users (ĐTTM; default: detected)." },
    { "population", "COLUMN", "Column with population (Dân số, DS; default: detected)." },
    { "crosswalk", "FILE", "Old units -> new units (CSV, XLSX, ODS): the annex's rows are summed into the new units before the join (see README, 'Crosswalks')." },
    { "crosswalk-sheet", "NAME", "Sheet of a crosswalk workbook (default: the first non-empty one)." },
    { "crosswalk-column", "ROLE=COLUMN", "A crosswalk column the header words do not tell: old-code, old-name, old-parent, new-code, new-name, link, share (repeatable)." },
    { "partial-by", "area", "Apportion old units split between new ones, when the crosswalk gives no shares, by the area of overlap (needs --old-boundaries)." },
    { "old-boundaries", "PATH", "Boundaries of the crosswalk's old units, for --partial-by area." },
    { "old-boundary-layer", "NAME", "Layer inside --old-boundaries when it holds several." },
    { "old-boundary-key", "FIELD", "Field of --old-boundaries naming or coding the old units (default: the field pairing with the crosswalk)." },
    { "aggregate-by", "COLUMN", "Sum the annex's rows by this column's values before the join (communes -> their district or province)." },
    { "mapping", "CSV", "Analyst's pairs: statistics name -> boundary key, for what matching cannot pair." },
    { "match", "name|code|auto", "Pair by names or by codes (auto: codes when the key column is a code column)." },
    { "number-format", "vi|en|auto", "How numbers are written (auto: decided per column; see README)." },
    { "target", "PCT", "Adoption target in % of smartphone users, 0 to 100 (default 60)." },
    { "joined", "OUT.gpkg", "Write the joined layer (boundaries + figures) to this GeoPackage." },
    { "join-report", "OUT.json", "Write the join report (matched, unmatched, suggestions, totals)." },
    { "out", "OUT.png", "Write the map image, with a world file (.pgw) and its CRS (.aux.xml)." },
    { "size", "WxH", "Map image size in pixels (default 1600x1200)." },
    { "lang", "vi|en", "Language of labels, legend and report, with its number style: 23,4 % or 23.4% (default vi)." },
    { "report", "FILE.pdf|png|svg", "Write the report page (title, map, legend, summary, below-target table); repeat for several formats." },
    { "dpi", "N", "Resolution of report PNGs and of rasters in PDFs (default 300)." },
    { "paper", "A4|A3", "Paper of the report page (default A4)." },
    { "orientation", "portrait|landscape", "Orientation of the report page (default portrait)." },
    { "title", "TEXT", "Report title (default: coverage of smartphone users, in the report language)." },
    { "subtitle", "TEXT", "Report subtitle (default: the statistics date and the target)." },
    { "stats-date", "DD/MM/YYYY", "Date of the statistics (default: read from the file's title rows or an ISO date in its name)." },
    { "atlas", "FILE.pdf|png|svg", "One report page per locality: one multi-page PDF, or numbered PNG/SVG files beside FILE." },
    { "layout", "FILE.qpt", "Report layout template edited in QGIS; its items are found by id (see README)." },
    { "save-layout", "FILE.qpt", "Write the report layout (after --paper/--orientation) as a template to edit in QGIS." },
    { "lock-wait", "SECONDS", "How long to wait for another run writing to the same output folder (default 600; 0: refuse at once)." },
    { "table-rows", "N", "Rows of the report's below-target table, largest gaps first; the rest are counted in a last line (default 60, 0: all)." },
    { "project", "OUT.qgz", "Write a QGIS project with the styled joined layer and the report layouts (needs --joined)." },
    { "field", "FIELD", "Joined field to classify: coverage_pct (default), population_pct, gap_installs, installs, ..." },
    { "classes", "METHOD", "target (default: the target is a break), equal, quantile, jenks, stddev, pretty or manual." },
    { "breaks", "LIST", "Manual class breaks: \"0,20,40,60,100\", or \"0;7,5;15\" with decimal commas (implies --classes manual)." },
    { "class-count", "N", "Number of classes, 2 to 12 (default 5)." },
    { "ramp", "NAME", "Colour ramp of QGIS's style (default YlGnBu; RdYlBu with --diverging)." },
    { "label-field", "FIELD", "Boundary field with the locality names shown on the map (default: the key field when it holds names)." },
    { "style", "FILE.qml", "Apply this QGIS style (.qml or .sld, e.g. one edited in Layer Properties) instead of the generated one." },
    { "export-style", "OUT.qml", "Save the style used as .qml (QGIS) or .sld (OGC); may be given more than once." },
};

struct FlagSpec
{
  const char *name;
  const char *help;
};

const FlagSpec kFlags[] = {
    { "strict", "Fail (exit 2) when any boundary or statistics row is left unmatched." },
    { "diverging", "Colours diverge around the target: reds below it, blues above." },
    { "below-target-only", "Colour only the localities below the target; the others stay white." },
    { "labels", "Label each locality with its name and coverage (the default up to 120 localities)." },
    { "no-labels", "No labels." },
    { "legend-counts", "Show the number of localities in each legend class." },
};

QString optionValue( const QCommandLineParser &parser, const char *name )
{
  return parser.value( QString::fromLatin1( name ) ).trimmed();
}

bool parseConvention( const QString &text, AcvNumberConvention &convention )
{
  if ( text == QLatin1String( "auto" ) )
    convention = AcvNumberConvention::Auto;
  else if ( text == QLatin1String( "vi" ) )
    convention = AcvNumberConvention::Vietnamese;
  else if ( text == QLatin1String( "en" ) )
    convention = AcvNumberConvention::English;
  else
    return false;
  return true;
}

bool parseStyleArguments( const QCommandLineParser &parser, AcvCoverageMapOptions &options, QString &error )
{
  AcvStyleOptions &style = options.style;
  options.labelField = optionValue( parser, "label-field" );
  options.styleFile = optionValue( parser, "style" );
  for ( const QString &path : parser.values( QStringLiteral( "export-style" ) ) )
    options.exportStyles.append( path.trimmed() );
  if ( parser.isSet( QStringLiteral( "field" ) ) )
    style.field = optionValue( parser, "field" );
  if ( parser.isSet( QStringLiteral( "classes" ) ) && !AcvClassification::parseScheme( optionValue( parser, "classes" ), style.classification.scheme ) )
  {
    error = QStringLiteral( "--classes takes %1, not '%2'" ).arg( AcvClassification::schemeNames().join( QLatin1String( ", " ) ), optionValue( parser, "classes" ) );
    return false;
  }
  if ( parser.isSet( QStringLiteral( "breaks" ) ) )
  {
    if ( parser.isSet( QStringLiteral( "classes" ) ) && style.classification.scheme != AcvClassificationScheme::Manual )
    {
      error = QStringLiteral( "--breaks are manual classes; they cannot go with --classes %1" ).arg( optionValue( parser, "classes" ) );
      return false;
    }
    if ( !AcvClassification::parseBreaks( optionValue( parser, "breaks" ), style.classification.manualBreaks, error ) )
      return false;
    style.classification.scheme = AcvClassificationScheme::Manual;
  }
  else if ( style.classification.scheme == AcvClassificationScheme::Manual )
  {
    error = QStringLiteral( "--classes manual needs --breaks, e.g. --breaks \"0,20,40,60,100\"" );
    return false;
  }
  if ( parser.isSet( QStringLiteral( "class-count" ) ) )
  {
    bool ok = false;
    style.classification.classCount = optionValue( parser, "class-count" ).toInt( &ok );
    if ( !ok || style.classification.classCount < AcvClassification::kMinClasses || style.classification.classCount > AcvClassification::kMaxClasses )
    {
      error = QStringLiteral( "--class-count takes a whole number from %1 to %2, not '%3'" ).arg( AcvClassification::kMinClasses ).arg( AcvClassification::kMaxClasses ).arg( optionValue( parser, "class-count" ) );
      return false;
    }
    if ( style.classification.scheme == AcvClassificationScheme::Manual )
    {
      error = QStringLiteral( "--class-count does not apply to --breaks, which fix the classes" );
      return false;
    }
  }
  if ( parser.isSet( QStringLiteral( "field" ) ) && !AcvCoverageStyle::isPercentField( style.field ) && !parser.isSet( QStringLiteral( "classes" ) ) && !parser.isSet( QStringLiteral( "breaks" ) ) )
  {
    // The target is a percentage of smartphone users; counts are split by their own distribution.
    style.classification.scheme = AcvClassificationScheme::Jenks;
  }
  style.ramp = optionValue( parser, "ramp" );
  style.diverging = parser.isSet( QStringLiteral( "diverging" ) );
  style.belowTargetOnly = parser.isSet( QStringLiteral( "below-target-only" ) );
  style.legendCounts = parser.isSet( QStringLiteral( "legend-counts" ) );
  if ( parser.isSet( QStringLiteral( "labels" ) ) && parser.isSet( QStringLiteral( "no-labels" ) ) )
  {
    error = QStringLiteral( "--labels and --no-labels contradict each other" );
    return false;
  }
  style.labels = !parser.isSet( QStringLiteral( "no-labels" ) );
  options.labelsChosen = parser.isSet( QStringLiteral( "labels" ) ) || parser.isSet( QStringLiteral( "no-labels" ) );
  if ( !options.styleFile.isEmpty() )
  {
    for ( const char *name : { "field", "classes", "breaks", "class-count", "ramp", "diverging", "below-target-only", "labels", "no-labels", "legend-counts" } )
    {
      if ( parser.isSet( QString::fromLatin1( name ) ) )
      {
        error = QStringLiteral( "--%1 shapes the generated style; --style %2 replaces it. Give one or the other" ).arg( QString::fromLatin1( name ), options.styleFile );
        return false;
      }
    }
  }
  return true;
}

} // namespace

QString acvCoverageMapUsage()
{
  QString usage = QStringLiteral(
      "Usage: coverage-map --boundaries PATH --stats PATH [options]\n"
      "Joins administrative boundaries with per-locality app-install statistics, computes coverage\n"
      "against a target, and writes a joined GeoPackage, a JSON join report and a map image.\n\n" );
  for ( const OptionSpec &spec : kValueOptions )
    usage += QStringLiteral( "  --%1 %2\n      %3\n" ).arg( QString::fromLatin1( spec.name ), QString::fromLatin1( spec.valueName ), QString::fromUtf8( spec.help ) );
  for ( const FlagSpec &spec : kFlags )
    usage += QStringLiteral( "  --%1\n      %2\n" ).arg( QString::fromLatin1( spec.name ), QString::fromUtf8( spec.help ) );
  usage += QStringLiteral(
      "  --help\n      Show this help.\n\n"
      "Exit codes: 0 done; 2 bad input or bad usage (the message names the file, row and column).\n" );
  return usage;
}

bool acvParseCoverageMapArguments( const QStringList &arguments, AcvCoverageMapOptions &options, QString &error )
{
  QCommandLineParser parser;
  parser.setSingleDashWordOptionMode( QCommandLineParser::ParseAsLongOptions );
  for ( const OptionSpec &spec : kValueOptions )
    parser.addOption( QCommandLineOption( QString::fromLatin1( spec.name ), QString::fromUtf8( spec.help ), QString::fromLatin1( spec.valueName ) ) );
  for ( const FlagSpec &spec : kFlags )
    parser.addOption( QCommandLineOption( QString::fromLatin1( spec.name ), QString::fromUtf8( spec.help ) ) );
  parser.addOption( QCommandLineOption( QStringList{ QStringLiteral( "help" ), QStringLiteral( "h" ) } ) );
  if ( !parser.parse( QStringList{ QStringLiteral( "coverage-map" ) } + arguments ) )
  {
    error = parser.errorText();
    return false;
  }
  if ( !parser.positionalArguments().isEmpty() )
  {
    error = QStringLiteral( "unexpected argument '%1'" ).arg( parser.positionalArguments().first() );
    return false;
  }
  options.help = parser.isSet( QStringLiteral( "help" ) );
  if ( options.help )
    return true;
  options.boundaries = optionValue( parser, "boundaries" );
  options.boundaryLayer = optionValue( parser, "boundary-layer" );
  options.boundaryKey = optionValue( parser, "boundary-key" );
  options.boundaryParent = optionValue( parser, "boundary-parent" );
  const QStringList stats = parser.values( QStringLiteral( "stats" ) );
  options.stats = stats.value( 0 ).trimmed();
  for ( int i = 1; i < stats.size(); ++i )
    options.moreStats.append( { stats.at( i ).trimmed(), QDate() } );
  options.history = optionValue( parser, "history" );
  options.statsSheet = optionValue( parser, "stats-sheet" );
  options.statsKey = optionValue( parser, "stats-key" );
  options.statsParent = optionValue( parser, "stats-parent" );
  options.installsColumn = optionValue( parser, "installs" );
  options.smartphonesColumn = optionValue( parser, "smartphones" );
  options.populationColumn = optionValue( parser, "population" );
  options.mapping = optionValue( parser, "mapping" );
  options.crosswalk = optionValue( parser, "crosswalk" );
  options.crosswalkSheet = optionValue( parser, "crosswalk-sheet" );
  for ( const QString &column : parser.values( QStringLiteral( "crosswalk-column" ) ) )
  {
    const int equals = column.indexOf( QLatin1Char( '=' ) );
    if ( equals <= 0 || equals == column.size() - 1 )
    {
      error = QStringLiteral( "--crosswalk-column %1: write ROLE=COLUMN, e.g. old-name=\"Tên xã cũ\"" ).arg( column );
      return false;
    }
    options.crosswalkColumns.insert( column.left( equals ).trimmed(), column.mid( equals + 1 ).trimmed() );
  }
  options.partialBy = optionValue( parser, "partial-by" );
  options.oldBoundaries = optionValue( parser, "old-boundaries" );
  options.oldBoundaryLayer = optionValue( parser, "old-boundary-layer" );
  options.oldBoundaryKey = optionValue( parser, "old-boundary-key" );
  options.aggregateBy = optionValue( parser, "aggregate-by" );
  options.joined = optionValue( parser, "joined" );
  options.joinReport = optionValue( parser, "join-report" );
  options.out = optionValue( parser, "out" );
  options.strict = parser.isSet( QStringLiteral( "strict" ) );
  for ( const QString &report : parser.values( QStringLiteral( "report" ) ) )
    options.reports.append( report.trimmed() );
  options.title = optionValue( parser, "title" );
  options.subtitle = optionValue( parser, "subtitle" );
  options.atlas = optionValue( parser, "atlas" );
  options.layoutTemplate = optionValue( parser, "layout" );
  options.project = optionValue( parser, "project" );
  options.saveLayout = optionValue( parser, "save-layout" );
  for ( const QString &path : QStringList{ options.atlas } + options.reports )
  {
    if ( !path.isEmpty() && !AcvReportExporter::isSupportedPath( path ) )
    {
      error = QStringLiteral( "%1: --report and --atlas write .pdf, .png or .svg" ).arg( path );
      return false;
    }
  }
  if ( !options.project.isEmpty() && !options.project.endsWith( QLatin1String( ".qgz" ), Qt::CaseInsensitive ) && !options.project.endsWith( QLatin1String( ".qgs" ), Qt::CaseInsensitive ) )
  {
    error = QStringLiteral( "%1: --project writes a .qgz or .qgs" ).arg( options.project );
    return false;
  }
  if ( !options.saveLayout.isEmpty() && !options.saveLayout.endsWith( QLatin1String( ".qpt" ), Qt::CaseInsensitive ) )
  {
    error = QStringLiteral( "%1: --save-layout writes a .qpt" ).arg( options.saveLayout );
    return false;
  }
  if ( parser.isSet( QStringLiteral( "lock-wait" ) ) )
  {
    bool ok = false;
    options.lockWaitSeconds = optionValue( parser, "lock-wait" ).toInt( &ok );
    if ( !ok || options.lockWaitSeconds < 0 )
    {
      error = QStringLiteral( "--lock-wait takes a number of seconds, 0 or more, not '%1'" ).arg( optionValue( parser, "lock-wait" ) );
      return false;
    }
  }
  if ( parser.isSet( QStringLiteral( "dpi" ) ) )
  {
    bool ok = false;
    options.dpi = optionValue( parser, "dpi" ).toInt( &ok );
    if ( !ok || options.dpi < 30 || options.dpi > 1200 )
    {
      error = QStringLiteral( "--dpi takes a whole number from 30 to 1200, not '%1'" ).arg( optionValue( parser, "dpi" ) );
      return false;
    }
  }
  if ( parser.isSet( QStringLiteral( "paper" ) ) && !AcvPageFormat::parsePaper( optionValue( parser, "paper" ), options.page.paper ) )
  {
    error = QStringLiteral( "--paper takes A4 or A3, not '%1'" ).arg( optionValue( parser, "paper" ) );
    return false;
  }
  if ( parser.isSet( QStringLiteral( "orientation" ) ) && !AcvPageFormat::parseOrientation( optionValue( parser, "orientation" ), options.page.landscape ) )
  {
    error = QStringLiteral( "--orientation takes portrait or landscape, not '%1'" ).arg( optionValue( parser, "orientation" ) );
    return false;
  }
  // One date per annex, in the order of the --stats they date.
  const QStringList dates = parser.values( QStringLiteral( "stats-date" ) );
  if ( !dates.isEmpty() && dates.size() != std::max<int>( 1, stats.size() ) )
  {
    error = QStringLiteral( "give --stats-date once for each --stats, in the same order (%1 annexes, %2 dates)" ).arg( stats.size() ).arg( dates.size() );
    return false;
  }
  for ( int i = 0; i < dates.size(); ++i )
  {
    const QDate date = AcvStatisticsDate::parse( dates.at( i ).trimmed() );
    if ( !date.isValid() )
    {
      error = QStringLiteral( "--stats-date takes a date as DD/MM/YYYY or YYYY-MM-DD, not '%1'" ).arg( dates.at( i ).trimmed() );
      return false;
    }
    if ( i == 0 )
      options.statisticsDate = date;
    else
      options.moreStats[i - 1].date = date;
  }
  if ( parser.isSet( QStringLiteral( "match" ) ) )
  {
    options.match = optionValue( parser, "match" );
    if ( options.match != QLatin1String( "name" ) && options.match != QLatin1String( "code" ) && options.match != QLatin1String( "auto" ) )
    {
      error = QStringLiteral( "--match takes name, code or auto, not '%1'" ).arg( options.match );
      return false;
    }
  }
  if ( parser.isSet( QStringLiteral( "number-format" ) ) && !parseConvention( optionValue( parser, "number-format" ), options.numberFormat ) )
  {
    error = QStringLiteral( "--number-format takes vi, en or auto, not '%1'" ).arg( optionValue( parser, "number-format" ) );
    return false;
  }
  if ( parser.isSet( QStringLiteral( "lang" ) ) && !AcvLanguageText::parse( optionValue( parser, "lang" ), options.language ) )
  {
    error = QStringLiteral( "--lang takes vi or en, not '%1'" ).arg( optionValue( parser, "lang" ) );
    return false;
  }
  if ( parser.isSet( QStringLiteral( "target" ) ) )
  {
    // Accept "60", "60%", "60,5" and "60.5": the target is typed by the same people as the annexes.
    QString text = optionValue( parser, "target" );
    text.remove( QLatin1Char( '%' ) );
    text.replace( QLatin1Char( ',' ), QLatin1Char( '.' ) );
    bool ok = false;
    options.targetPct = text.trimmed().toDouble( &ok );
    if ( !ok || !AcvMetrics::isValidTarget( options.targetPct ) )
    {
      error = QStringLiteral( "--target must be a percentage from 0 to 100, not '%1'" ).arg( optionValue( parser, "target" ) );
      return false;
    }
  }
  if ( parser.isSet( QStringLiteral( "size" ) ) )
  {
    const QStringList parts = optionValue( parser, "size" ).toLower().split( QLatin1Char( 'x' ) );
    bool okWidth = false;
    bool okHeight = false;
    const int width = parts.value( 0 ).toInt( &okWidth );
    const int height = parts.value( 1 ).toInt( &okHeight );
    if ( parts.size() != 2 || !okWidth || !okHeight || width < 16 || height < 16 || width > 20000 || height > 20000 )
    {
      error = QStringLiteral( "--size takes WIDTHxHEIGHT in pixels (16 to 20000), not '%1'" ).arg( optionValue( parser, "size" ) );
      return false;
    }
    options.imageSize = QSize( width, height );
  }
  if ( !parseStyleArguments( parser, options, error ) )
    return false;
  if ( parser.isSet( QStringLiteral( "table-rows" ) ) )
  {
    bool ok = false;
    options.tableRows = optionValue( parser, "table-rows" ).toInt( &ok );
    if ( !ok || options.tableRows < 0 || options.tableRows == 1 )
    {
      error = QStringLiteral( "--table-rows takes 0 (all) or a whole number from 2, not '%1'" ).arg( optionValue( parser, "table-rows" ) );
      return false;
    }
  }
  if ( options.boundaries.isEmpty() || options.stats.isEmpty() )
  {
    error = QStringLiteral( "--boundaries and --stats are required" );
    return false;
  }
  return true;
}
