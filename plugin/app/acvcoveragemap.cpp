/***************************************************************************
  acvcoveragemap.cpp
 ***************************************************************************/
#include "acvcoveragemap.h"

#include "acvboundarysource.h"
#include "acvcoveragejoin.h"
#include "acvcoveragerenderer.h"
#include "acvjoinedlayerwriter.h"
#include "acvjoinreport.h"
#include "acvmapimage.h"
#include "acvmappingfile.h"
#include "acvoutputfile.h"
#include "acvstatisticstable.h"

#include <qgsapplication.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgsmapsettings.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

#include <unistd.h>

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
    { "stats", "PATH", "Statistics table: CSV (, ; or tab; UTF-8), XLSX or ODS." },
    { "stats-sheet", "NAME", "Sheet of a spreadsheet (default: the first non-empty one)." },
    { "stats-key", "COLUMN", "Column with the locality name or code (header text, letter or number)." },
    { "installs", "COLUMN", "Column with app installs (default: detected from the header)." },
    { "smartphones", "COLUMN", "Column with smartphone users (ĐTTM; default: detected)." },
    { "population", "COLUMN", "Column with population (Dân số, DS; default: detected)." },
    { "mapping", "CSV", "Analyst's pairs: statistics name -> boundary key, for what matching cannot pair." },
    { "match", "name|code|auto", "Pair by names or by codes (auto: codes when the key column is a code column)." },
    { "number-format", "vi|en|auto", "How numbers are written (auto: decided per column; see README)." },
    { "target", "PCT", "Adoption target in % of smartphone users, 0 to 100 (default 60)." },
    { "joined", "OUT.gpkg", "Write the joined layer (boundaries + figures) to this GeoPackage." },
    { "join-report", "OUT.json", "Write the join report (matched, unmatched, suggestions, totals)." },
    { "out", "OUT.png", "Write the map image, with a world file (.pgw) and its CRS (.aux.xml)." },
    { "size", "WxH", "Map image size in pixels (default 1600x1200)." },
    { "lang", "vi|en", "Language of labels, legend and report, with its number style: 23,4 % or 23.4% (default vi)." },
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

QString describeColumn( const AcvStatisticsTable &table, const AcvColumnBinding &binding )
{
  if ( !binding.isSet() )
    return QStringLiteral( "(none)" );
  return QStringLiteral( "%1%2" ).arg( table.columnLabel( binding.index ), binding.detected ? QStringLiteral( " [detected]" ) : QString() );
}

//! Fails before any work when an output cannot be written or would overwrite an input.
bool checkOutputs( const AcvCoverageMapOptions &options, const QStringList &inputs, QString &error )
{
  QStringList outputs;
  for ( const QString &path : { options.joined, options.joinReport, options.out } )
  {
    if ( path.isEmpty() )
      continue;
    if ( !AcvOutputFile::checkDestination( path, inputs, error ) )
      return false;
    const QString absolute = QFileInfo( path ).absoluteFilePath();
    if ( outputs.contains( absolute ) )
    {
      error = QStringLiteral( "%1: named for two outputs" ).arg( path );
      return false;
    }
    outputs.append( absolute );
  }
  if ( outputs.isEmpty() )
  {
    error = QStringLiteral( "nothing to write: give --joined, --join-report and/or --out" );
    return false;
  }
  return true;
}

//! Renders the joined layer over a grey fill that shows localities without coverage.
bool renderMap( const QString &joinedPath, const QString &layerName, const QgsCoordinateReferenceSystem &crs, double targetPct, const QSize &size,
                const QString &out, QString &error )
{
  QgsVectorLayer::LayerOptions layerOptions;
  layerOptions.loadDefaultStyle = false;
  const QString uri = QStringLiteral( "%1|layername=%2" ).arg( joinedPath, layerName );
  QgsVectorLayer coverage( uri, layerName, QStringLiteral( "ogr" ), layerOptions );
  QgsVectorLayer noData( uri, QStringLiteral( "no data" ), QStringLiteral( "ogr" ), layerOptions );
  if ( !coverage.isValid() || !noData.isValid() )
  {
    error = QStringLiteral( "%1: the joined layer cannot be read back" ).arg( joinedPath );
    return false;
  }
  const int field = coverage.fields().lookupField( QStringLiteral( "coverage_pct" ) );
  const QVariant maximum = coverage.maximumValue( field );
  const double maxValue = maximum.isNull() ? 100.0 : maximum.toDouble();
  coverage.setRenderer( AcvCoverageRenderer::createTargetRenderer( QStringLiteral( "coverage_pct" ), targetPct, maxValue ) );
  noData.setRenderer( new QgsSingleSymbolRenderer( AcvCoverageRenderer::createNoDataSymbol() ) );
  // The boundaries' CRS, not the GeoPackage's: a source without one is stored as "Undefined
  // geographic SRS", which the image must not claim.
  const QgsMapSettings settings = AcvMapImage::mapSettings( { &coverage, &noData }, crs, coverage.extent(), size );
  return AcvMapImage::render( settings, out, error );
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
  usage += QStringLiteral(
      "  --strict\n      Fail (exit 2) when any boundary or statistics row is left unmatched.\n"
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
  parser.addOption( QCommandLineOption( QStringLiteral( "strict" ) ) );
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
  options.stats = optionValue( parser, "stats" );
  options.statsSheet = optionValue( parser, "stats-sheet" );
  options.statsKey = optionValue( parser, "stats-key" );
  options.installsColumn = optionValue( parser, "installs" );
  options.smartphonesColumn = optionValue( parser, "smartphones" );
  options.populationColumn = optionValue( parser, "population" );
  options.mapping = optionValue( parser, "mapping" );
  options.joined = optionValue( parser, "joined" );
  options.joinReport = optionValue( parser, "join-report" );
  options.out = optionValue( parser, "out" );
  options.strict = parser.isSet( QStringLiteral( "strict" ) );
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
  if ( options.boundaries.isEmpty() || options.stats.isEmpty() )
  {
    error = QStringLiteral( "--boundaries and --stats are required" );
    return false;
  }
  return true;
}

int acvCoverageMap( const AcvCoverageMapOptions &options, QTextStream &out, QTextStream &err )
{
  QString error;
  auto fail = [&err]( const QString &message )
  {
    err << "coverage-map: error: " << message << Qt::endl;
    return kAcvExitBadInput;
  };

  AcvBoundarySource boundaries;
  if ( !boundaries.open( options.boundaries, options.boundaryLayer, error ) )
    return fail( error );
  QStringList inputs = boundaries.sourceFiles();
  inputs << options.stats << options.mapping;
  if ( !checkOutputs( options, inputs, error ) )
    return fail( error );

  AcvStatisticsOptions statisticsOptions;
  statisticsOptions.path = options.stats;
  statisticsOptions.sheet = options.statsSheet;
  statisticsOptions.keyColumn = options.statsKey;
  statisticsOptions.installsColumn = options.installsColumn;
  statisticsOptions.smartphonesColumn = options.smartphonesColumn;
  statisticsOptions.populationColumn = options.populationColumn;
  statisticsOptions.convention = options.numberFormat;
  AcvStatisticsTable table;
  if ( !table.load( statisticsOptions, error ) )
    return fail( error );
  out << "Statistics: " << options.stats << ( table.raw().sheet.isEmpty() ? QString() : QStringLiteral( " (sheet '%1')" ).arg( table.raw().sheet ) )
      << ", header in row " << table.headerRows().constLast() << ", " << table.records().size() << " localities" << Qt::endl;
  out << "  key:         " << describeColumn( table, table.keyColumn() ) << Qt::endl;
  out << "  installs:    " << describeColumn( table, table.installsColumn() ) << Qt::endl;
  out << "  smartphones: " << describeColumn( table, table.smartphonesColumn() ) << Qt::endl;
  out << "  population:  " << describeColumn( table, table.populationColumn() ) << Qt::endl;
  for ( const AcvSkippedRow &row : table.skippedRows() )
  {
    if ( row.reason != QLatin1String( "blank" ) )
      out << "  skipped row " << row.row << " (" << row.reason << "): " << row.text.left( 80 ) << Qt::endl;
  }

  QHash<QString, QString> mapping;
  if ( !options.mapping.isEmpty() && !AcvMappingFile::read( options.mapping, mapping, error ) )
    return fail( error );

  const AcvNameMatcher::KeyMode mode = options.match == QLatin1String( "code" ) || ( options.match == QLatin1String( "auto" ) && table.keyIsCode() )
                                           ? AcvNameMatcher::KeyMode::Code
                                           : AcvNameMatcher::KeyMode::Name;
  QStringList statisticsKeys;
  for ( const AcvStatisticsRecord &record : table.records() )
    statisticsKeys.append( record.key );
  QString keyField = options.boundaryKey;
  if ( keyField.isEmpty() )
  {
    keyField = boundaries.detectKeyField( statisticsKeys, mode, mapping );
    if ( keyField.isEmpty() )
      return fail( QStringLiteral( "%1: no field of layer '%2' pairs with any locality of %3 (fields: %4); name the key with --boundary-key" )
                       .arg( options.boundaries, boundaries.layerName(), options.stats, boundaries.keyFieldCandidates().join( QLatin1String( ", " ) ) ) );
    out << "Boundaries: " << options.boundaries << ", layer '" << boundaries.layerName() << "', key field '" << keyField << "' [detected]" << Qt::endl;
  }
  else
  {
    out << "Boundaries: " << options.boundaries << ", layer '" << boundaries.layerName() << "', key field '" << keyField << "'" << Qt::endl;
  }
  for ( const QString &warning : boundaries.warnings() )
    err << "coverage-map: warning: " << warning << Qt::endl;

  AcvCoverageJoinOptions joinOptions;
  if ( !boundaries.keys( keyField, joinOptions.boundaryKeys, error ) )
    return fail( error );
  joinOptions.mapping = mapping;
  joinOptions.keyMode = mode;
  joinOptions.targetPct = options.targetPct;
  AcvCoverageJoinResult join;
  if ( !AcvCoverageJoin::run( joinOptions, table, join, error ) )
    return fail( error );

  const AcvMatchResult &match = join.match;
  out << "Join: " << match.matches.size() << " of " << joinOptions.boundaryKeys.size() << " boundaries matched "
      << match.matches.size() << " of " << table.records().size() << " statistics rows (by " << ( mode == AcvNameMatcher::KeyMode::Code ? "code" : "name" ) << ")" << Qt::endl;
  for ( const int b : match.unmatchedBoundaries )
    err << "coverage-map: warning: boundary '" << joinOptions.boundaryKeys.at( b ) << "' has no statistics row" << Qt::endl;
  for ( const int s : match.unmatchedStatistics )
  {
    const AcvStatisticsRecord &record = table.records().at( s );
    QString hint;
    for ( const AcvSuggestion &suggestion : match.suggestions )
    {
      if ( suggestion.statisticsIndex != s )
        continue;
      QStringList names;
      for ( const int b : suggestion.boundaryIndices )
        names.append( QStringLiteral( "'%1'" ).arg( joinOptions.boundaryKeys.at( b ) ) );
      hint = QStringLiteral( "; did you mean %1? (add it to a --mapping file)" ).arg( names.join( QLatin1String( " or " ) ) );
    }
    err << "coverage-map: warning: " << table.cellReference( record.row, table.keyColumn().index ) << ": '" << record.key << "' matches no boundary" << hint << Qt::endl;
  }
  for ( const QString &mappingError : match.mappingErrors )
    err << "coverage-map: warning: " << options.mapping << ": " << mappingError << Qt::endl;
  for ( const QString &warning : join.warnings )
    err << "coverage-map: warning: " << warning << Qt::endl;
  if ( options.strict && ( !match.unmatchedBoundaries.isEmpty() || !match.unmatchedStatistics.isEmpty() || !match.ambiguities.isEmpty() || !match.mappingErrors.isEmpty() ) )
    return fail( QStringLiteral( "--strict: %1 boundaries and %2 statistics rows are unmatched (see the warnings above)" )
                     .arg( match.unmatchedBoundaries.size() )
                     .arg( match.unmatchedStatistics.size() ) );

  const AcvTotals &totals = join.totals;
  out << "Totals: installs " << AcvNumberParser::format( totals.installs, 0, AcvNumberConvention::English )
      << ", coverage " << ( totals.coveragePct ? QString::number( *totals.coveragePct, 'f', 2 ) + QStringLiteral( " %" ) : QStringLiteral( "n/a" ) )
      << " of smartphone users, " << ( totals.populationPct ? QString::number( *totals.populationPct, 'f', 2 ) + QStringLiteral( " %" ) : QStringLiteral( "n/a" ) )
      << " of population; " << totals.belowTarget << " of " << totals.localitiesWithCoverage << " localities below the " << options.targetPct << " % target" << Qt::endl;

  QStringList writerWarnings;
  QTemporaryDir scratch;
  const QString layerName = QStringLiteral( "coverage" );
  QString joinedPath = options.joined;
  if ( joinedPath.isEmpty() && !options.out.isEmpty() )
  {
    if ( !scratch.isValid() )
      return fail( QStringLiteral( "no temporary folder for the joined layer (%1)" ).arg( scratch.errorString() ) );
    joinedPath = scratch.filePath( QStringLiteral( "joined.gpkg" ) );
  }
  if ( !joinedPath.isEmpty() && !AcvJoinedLayerWriter::write( boundaries, table, join, options.targetPct, joinedPath, layerName, writerWarnings, error ) )
    return fail( error );
  for ( const QString &warning : std::as_const( writerWarnings ) )
    err << "coverage-map: warning: " << warning << Qt::endl;

  if ( !options.out.isEmpty() && !renderMap( joinedPath, layerName, boundaries.layer()->crs(), options.targetPct, options.imageSize, options.out, error ) )
  {
    if ( !options.joined.isEmpty() )
      QFile::remove( options.joined );
    return fail( error );
  }

  if ( !options.joinReport.isEmpty() )
  {
    AcvJoinReportContext context;
    context.boundaryPath = options.boundaries;
    context.boundaryLayer = boundaries.layerName();
    context.boundaryKeyField = keyField;
    context.boundaryKeys = joinOptions.boundaryKeys;
    context.table = &table;
    context.join = &join;
    context.targetPct = options.targetPct;
    context.warnings = boundaries.warnings() + writerWarnings;
    if ( !AcvJoinReport::write( options.joinReport, AcvJoinReport::toJson( context ), error ) )
      return fail( error );
  }

  out << "Outputs:" << Qt::endl;
  for ( const QString &path : { options.joined, options.joinReport, options.out } )
  {
    if ( !path.isEmpty() )
      out << "  " << QFileInfo( path ).absoluteFilePath() << Qt::endl;
  }
  return kAcvExitOk;
}

QgsApplication *acvInitQgis( int &argc, char **argv )
{
  // A command-line tool must not need a display.
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  // Qt warns on every start when a headless session has no runtime folder; give it a private one.
  if ( qEnvironmentVariableIsEmpty( "XDG_RUNTIME_DIR" ) )
  {
    const QString runtime = QDir::temp().filePath( QStringLiteral( "acv-runtime-%1" ).arg( QString::number( getuid() ) ) );
    QDir().mkpath( runtime );
    QFile::setPermissions( runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner );
    qputenv( "XDG_RUNTIME_DIR", QFile::encodeName( runtime ) );
  }
  auto *app = new QgsApplication( argc, argv, false );
  QgsApplication::setPrefixPath( QStringLiteral( ACV_QGIS_PREFIX ), true );
  QgsApplication::initQgis();
  return app;
}
