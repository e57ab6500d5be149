/***************************************************************************
  testbadinputs.cpp - coverage-map on every bad or hostile input of tests/data/bad
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcommandrunner.h"
#include "acvqgistestutils.h"
#include "acvtestutils.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <unistd.h>

namespace
{
/**
 * One bad input: the arguments (placeholders: @bad/ = tests/data/bad/, @gl = the real Gia Lai
 * districts, @out/ = an empty scratch folder, @ro/ = a read-only folder), the exit code, and the
 * fragments the one error message must contain (the file, row and column where there are any).
 * Unless the case names its own outputs, all three outputs are asked for in @out/.
 */
struct BadInput
{
  const char *name;
  QStringList arguments;
  QStringList fragments;
  bool defaultOutputs = true;
};

QString bad( const QString &name )
{
  return QDir( QStringLiteral( ACV_TEST_DATA "/bad" ) ).filePath( name );
}

// clang-format off
const QVector<BadInput> &badInputs()
{
  static const QString gl = QStringLiteral( "@gl" );
  static const QVector<BadInput> cases = {
    // --- broken statistics files
    { "EmptyFile", { "--boundaries", gl, "--stats", "@bad/empty.csv" }, { "empty.csv: the file is empty" } },
    { "HeaderOnly", { "--boundaries", gl, "--stats", "@bad/header_only.csv" }, { "header_only.csv: no locality rows below the header in row 1" } },
    { "NoHeader", { "--boundaries", gl, "--stats", "@bad/no_header.csv" }, { "no_header.csv: no header row found" } },
    { "WrongDelimiter", { "--boundaries", gl, "--stats", "@bad/wrong_delimiter.csv" }, { "wrong_delimiter.csv: every line is a single cell" } },
    { "UnclosedQuote", { "--boundaries", gl, "--stats", "@bad/unclosed_quote.csv" }, { "unclosed_quote.csv: line 3 opens a quoted cell" } },
    { "BinaryGarbageCsv", { "--boundaries", gl, "--stats", "@bad/binary_garbage.csv" }, { "binary_garbage.csv: line", "NUL byte" } },
    { "BinaryGarbageWithoutNul", { "--boundaries", gl, "--stats", "@bad/binary_no_nul.csv" }, { "binary_no_nul.csv: line 1 is not valid UTF-8" } },
    { "Utf16Csv", { "--boundaries", gl, "--stats", "@bad/utf16.csv" }, { "utf16.csv: is UTF-16 text" } },
    { "WorkbookNamedCsv", { "--boundaries", gl, "--stats", "@bad/xlsx_named.csv" }, { "xlsx_named.csv: is a zip archive" } },
    { "XlsxThatIsAnotherZip", { "--boundaries", gl, "--stats", "@bad/other_zip.xlsx" }, { "other_zip.xlsx: cannot be read as a spreadsheet", "not an .xlsx or .ods workbook" } },
    { "TruncatedXlsx", { "--boundaries", gl, "--stats", "@bad/truncated.xlsx" }, { "truncated.xlsx: cannot be read as a spreadsheet", "damaged zip archive" } },
    { "PasswordProtectedXlsx", { "--boundaries", gl, "--stats", "@bad/password.xlsx" }, { "password.xlsx: cannot be read as a spreadsheet", "password-protected" } },
    { "CsvNamedXlsx", { "--boundaries", gl, "--stats", "@bad/csv_named.xlsx" }, { "csv_named.xlsx: cannot be read as a spreadsheet", "not a workbook" } },
    { "MissingStatisticsFile", { "--boundaries", gl, "--stats", "@bad/no_such_annex.csv" }, { "no_such_annex.csv: no such file" } },
    // --- wrong structure
    { "MissingSheet", { "--boundaries", gl, "--stats", "@bad/good.xlsx", "--stats-sheet", "Xa" }, { "good.xlsx: no sheet named 'Xa' (sheets: Huyen)" } },
    { "SheetAskedOfACsv", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--stats-sheet", "Huyen" }, { "ok_stats.csv: a sheet (Huyen) was asked for" } },
    { "MissingKeyColumn", { "--boundaries", gl, "--stats", "@bad/missing_key_column.csv" }, { "missing_key_column.csv: no key column found in the header in row 1" } },
    { "MissingInstallsColumn", { "--boundaries", gl, "--stats", "@bad/missing_installs_column.csv" }, { "missing_installs_column.csv: no installs column found" } },
    { "NoDenominatorColumn", { "--boundaries", gl, "--stats", "@bad/no_denominator.csv" }, { "no_denominator.csv: neither a smartphone-users column" } },
    { "NamedColumnMissing", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--installs", "Downloads" }, { "ok_stats.csv: no column 'Downloads'" } },
    { "DuplicateColumnNames", { "--boundaries", gl, "--stats", "@bad/duplicate_columns.csv" }, { "duplicate_columns.csv: several columns could hold the installs", "column 2", "column 4" } },
    { "SameLocalityTwice", { "--boundaries", gl, "--stats", "@bad/duplicate_locality.csv" }, { "duplicate_locality.csv: the same locality appears more than once", "row 2", "row 5" } },
    { "SameLocalitySpelledTwoWays", { "--boundaries", gl, "--stats", "@bad/duplicate_locality_spelling.csv" }, { "duplicate_locality_spelling.csv: the same locality", "row 5 'Thành phố PLEIKU'" } },
    { "FiguresWithoutName", { "--boundaries", gl, "--stats", "@bad/figures_without_name.csv" }, { "figures_without_name.csv, row 5, column 1 ('Đơn vị'): the locality is empty" } },
    { "MappingNameMappedTwice", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--mapping", "@bad/mapping_conflict.csv" }, { "mapping_conflict.csv, row 3, column 1", "mapped twice" } },
    { "MappingThreeColumns", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--mapping", "@bad/mapping_three_columns.csv" }, { "mapping_three_columns.csv, row 2, column 3" } },
    { "MappingEmptyCell", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--mapping", "@bad/mapping_empty_cell.csv" }, { "mapping_empty_cell.csv, row 2, column 2: empty" } },
    // --- bad values
    { "NegativeInstalls", { "--boundaries", gl, "--stats", "@bad/negative_installs.csv" }, { "negative_installs.csv, row 3, column 2 ('Số lượt cài đặt'): '-19.297' is negative" } },
    { "TextInNumericCell", { "--boundaries", gl, "--stats", "@bad/text_in_number.csv" }, { "text_in_number.csv, row 3, column 2 ('Số lượt cài đặt'): 'khoảng 19 nghìn' is not a number" } },
    { "TwoDecimalMarks", { "--boundaries", gl, "--stats", "@bad/bad_groups.csv" }, { "bad_groups.csv, row 3, column 2 ('Số lượt cài đặt'): '1.234,5,6' is not a number" } },
    { "MalformedDigitGroups", { "--boundaries", gl, "--stats", "@bad/bad_groups_short.csv" }, { "bad_groups_short.csv, row 3, column 2", "'1.23.456' is not a number" } },
    { "Huge1e308", { "--boundaries", gl, "--stats", "@bad/huge_1e308.csv" }, { "huge_1e308.csv, row 3, column 2 ('Số lượt cài đặt'): '1e308' is too large for a count" } },
    { "BeyondDouble1e309", { "--boundaries", gl, "--stats", "@bad/too_large_1e309.csv" }, { "too_large_1e309.csv, row 3, column 2", "'1e309' is not a number" } },
    { "TwoToThe63", { "--boundaries", gl, "--stats", "@bad/two_pow_63.csv" }, { "two_pow_63.csv, row 3, column 2", "'9223372036854775808' is too large for a count" } },
    { "PercentInCountColumn", { "--boundaries", gl, "--stats", "@bad/percent_in_count.csv" }, { "percent_in_count.csv, row 3, column 2", "is a percentage" } },
    { "BothNumberStylesInAColumn", { "--boundaries", gl, "--stats", "@bad/mixed_styles.csv" }, { "mixed_styles.csv, row 3, column 2", "both the Vietnamese way" } },
    { "InfinityText", { "--boundaries", gl, "--stats", "@bad/infinity.csv" }, { "infinity.csv, row 3, column 2", "'inf' is not a number" } },
    { "NaNText", { "--boundaries", gl, "--stats", "@bad/nan.csv" }, { "nan.csv, row 3, column 2", "'NaN' is not a number" } },
    // --- bad text
    { "TenThousandCharacterName", { "--boundaries", gl, "--stats", "@bad/long_name.csv" }, { "long_name.csv, row 3, column 1 ('Đơn vị'): the locality name is 10005 characters long" } },
    { "NameThatNormalizesToNothing", { "--boundaries", gl, "--stats", "@bad/name_normalizes_to_nothing.csv" }, { "name_normalizes_to_nothing.csv, row 3, column 1", "has no letters or digits" } },
    { "ControlCharactersInName", { "--boundaries", gl, "--stats", "@bad/control_characters.csv" }, { "control_characters.csv, row 3, column 1", "control character U+0007" } },
    { "Tcvn3CsvWithWrongCodes", { "--boundaries", gl, "--stats", "@bad/tcvn3.csv" }, { "tcvn3.csv: line 1 is not valid UTF-8, and not certainly TCVN3 (ABC, the .VnTime fonts) either", "'lườt' is no Vietnamese word" } },
    // --- bad boundaries
    { "NullGeometry", { "--boundaries", "@bad/null_geometry.geojson", "--stats", "@bad/ok_stats.csv" }, { "null_geometry.geojson, layer 'null_geometry', feature 2 (name 'Thị xã An Khê'): has no geometry" } },
    { "EmptyGeometry", { "--boundaries", "@bad/empty_geometry.geojson", "--stats", "@bad/ok_stats.csv" }, { "empty_geometry.geojson, layer 'empty_geometry', feature 2", "has no geometry" } },
    { "UnrepairablePolygon", { "--boundaries", "@bad/collapsed_polygon.geojson", "--stats", "@bad/ok_stats.csv" }, { "collapsed_polygon.geojson, layer 'collapsed_polygon', feature 2", "cannot be repaired" } },
    { "MixedGeometryTypes", { "--boundaries", "@bad/mixed_geometries.geojson", "--stats", "@bad/ok_stats.csv" }, { "mixed_geometries.geojson, layer 'mixed_geometries', feature 2", "is a point" } },
    { "PointLayer", { "--boundaries", "@bad/points.geojson", "--stats", "@bad/ok_stats.csv" }, { "points.geojson: layer 'points' holds point geometries" } },
    { "NoFeatures", { "--boundaries", "@bad/no_features.geojson", "--stats", "@bad/ok_stats.csv" }, { "no_features.geojson: layer 'no_features' has no features" } },
    { "TruncatedGeoJson", { "--boundaries", "@bad/garbage.geojson", "--stats", "@bad/ok_stats.csv" }, { "garbage.geojson: cannot be opened as boundaries" } },
    { "ShapefileWithoutShx", { "--boundaries", "@bad/no_shx.shp", "--stats", "@bad/ok_stats.csv" }, { "no_shx.shp: cannot be opened as boundaries", "no_shx.shx" } },
    { "ShapefileWithoutDbf", { "--boundaries", "@bad/no_dbf.shp", "--stats", "@bad/ok_stats.csv" }, { "no_dbf.shp: the shapefile's attribute table no_dbf.dbf is missing" } },
    { "UnresolvableCrs", { "--boundaries", "@bad/bad_prj.shp", "--stats", "@bad/ok_stats.csv" }, { "bad_prj.shp: its coordinate reference system (bad_prj.prj) cannot be resolved" } },
    { "MissingBoundaryFile", { "--boundaries", "@bad/no_such_layer.gpkg", "--stats", "@bad/ok_stats.csv" }, { "no_such_layer.gpkg: no such file" } },
    { "MissingBoundaryField", { "--boundaries", "@bad/ok_boundaries.geojson", "--stats", "@bad/ok_stats.csv", "--boundary-key", "ten" }, { "ok_boundaries.geojson: layer 'ok_boundaries' has no field 'ten' (fields: name)" } },
    { "MissingBoundaryLayer", { "--boundaries", "@bad/ok_boundaries.geojson", "--stats", "@bad/ok_stats.csv", "--boundary-layer", "huyen" }, { "ok_boundaries.geojson: no layer 'huyen'" } },
    // --- bad requests
    { "TargetAbove100", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--target", "150" }, { "--target must be a percentage from 0 to 100, not '150'" } },
    { "TargetNegative", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--target", "-5" }, { "--target must be a percentage from 0 to 100, not '-5'" } },
    { "TargetNotANumber", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--target", "nan" }, { "--target must be a percentage from 0 to 100, not 'nan'" } },
    { "TargetText", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--target", "sáu mươi" }, { "--target must be a percentage" } },
    { "OutputInMissingFolder", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--out", "@out/no/such/folder/m.png" }, { "m.png: the folder", "does not exist" }, false },
    { "OutputInReadOnlyFolder", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--joined", "@ro/j.gpkg" }, { "j.gpkg: the folder", "is not writable" }, false },
    { "OutputIsAFolder", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--join-report", "@out/" }, { "is a folder, not a file name" }, false },
    { "OutputEqualsStatistics", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--join-report", "@bad/ok_stats.csv" }, { "ok_stats.csv: is also an input" }, false },
    { "OutputEqualsBoundaries", { "--boundaries", "@bad/ok_boundaries.geojson", "--stats", "@bad/ok_stats.csv", "--joined", "@bad/ok_boundaries.geojson" }, { "ok_boundaries.geojson: is also an input" }, false },
    { "OutputEqualsAShapefileSidecar", { "--boundaries", "@bad/ok_shapefile.shp", "--stats", "@bad/ok_stats.csv", "--join-report", "@bad/ok_shapefile.dbf" }, { "ok_shapefile.dbf: is also an input" }, false },
    { "OutputEqualsMappingFile", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--mapping", "@bad/mapping_conflict.csv", "--join-report", "@bad/mapping_conflict.csv" }, { "mapping_conflict.csv: is also an input" }, false },
    { "SameOutputTwice", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--joined", "@out/x.gpkg", "--out", "@out/x.gpkg" }, { "x.gpkg: named for two outputs" }, false },
    { "NoOutputAskedFor", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv" }, { "nothing to write" }, false },
    { "ImageSizeTooSmall", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--size", "0x0" }, { "--size takes WIDTHxHEIGHT" } },
    { "UnknownOption", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--colour", "red" }, { "Unknown option 'colour'" } },
    { "UnknownMatchMode", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--match", "fuzzy" }, { "--match takes name, code or auto, not 'fuzzy'" } },
    { "UnknownNumberFormat", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--number-format", "de" }, { "--number-format takes vi, en or auto, not 'de'" } },
    { "StrictWithUnmatchedRows", { "--boundaries", gl, "--stats", "@bad/ok_stats.csv", "--strict" }, { "--strict: 14 boundaries and 0 statistics rows are unmatched" } },
  };
  return cases;
}
// clang-format on

class BadInputTest : public testing::TestWithParam<BadInput>
{
};

//! What gtest prints for a case: its name and arguments, not bytes.
void PrintTo( const BadInput &input, std::ostream *os )
{
  *os << input.name << ": " << input.arguments.join( QLatin1Char( ' ' ) ).toStdString();
}

//! Runs coverage-map as an unprivileged user when the tests run as root, who may write anywhere.
AcvCommandResult runAsUser( const QStringList &arguments, const QString &home )
{
  if ( geteuid() != 0 )
    return acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), arguments );
  QStringList wrapped = { QStringLiteral( "--reuid=65534" ), QStringLiteral( "--regid=65534" ), QStringLiteral( "--clear-groups" ), QStringLiteral( "--" ),
                          QStringLiteral( "env" ), QStringLiteral( "-u" ), QStringLiteral( "XDG_RUNTIME_DIR" ), QStringLiteral( "HOME=%1" ).arg( home ), QStringLiteral( COVERAGE_MAP_BIN ) };
  return acvRunCommand( QStringLiteral( "setpriv" ), wrapped + arguments );
}
} // namespace

TEST_P( BadInputTest, ExitsWithTwoNamingTheProblemAndWritesNothing )
{
  const BadInput &input = GetParam();
  AcvScratch scratch;
  const QString out = scratch.path( QStringLiteral( "out" ) );
  const QString readOnly = scratch.path( QStringLiteral( "readonly" ) );
  const QString home = scratch.path( QStringLiteral( "home" ) );
  ASSERT_TRUE( QDir().mkpath( out ) && QDir().mkpath( readOnly ) && QDir().mkpath( home ) );
  QFile::setPermissions( scratch.dir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther );
  QFile::setPermissions( readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther );
  QFile::setPermissions( home, QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner );

  QStringList arguments;
  QStringList inputs;
  for ( int i = 0; i < input.arguments.size(); ++i )
  {
    QString argument = input.arguments.at( i );
    if ( argument == QLatin1String( "@gl" ) )
      argument = acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) );
    else if ( argument.startsWith( QLatin1String( "@bad/" ) ) )
      argument = bad( argument.mid( 5 ) );
    else if ( argument.startsWith( QLatin1String( "@out/" ) ) )
      argument = out + QLatin1Char( '/' ) + argument.mid( 5 );
    else if ( argument.startsWith( QLatin1String( "@ro/" ) ) )
      argument = readOnly + QLatin1Char( '/' ) + argument.mid( 4 );
    if ( i > 0 && ( input.arguments.at( i - 1 ) == QLatin1String( "--boundaries" ) || input.arguments.at( i - 1 ) == QLatin1String( "--stats" ) || input.arguments.at( i - 1 ) == QLatin1String( "--mapping" ) ) )
      inputs.append( argument );
    arguments.append( argument );
  }
  if ( input.defaultOutputs )
    arguments << QStringLiteral( "--joined" ) << out + QStringLiteral( "/j.gpkg" ) << QStringLiteral( "--join-report" ) << out + QStringLiteral( "/r.json" )
              << QStringLiteral( "--out" ) << out + QStringLiteral( "/m.png" );

  const QMap<QString, QString> before = acvFingerprints( inputs );
  const QStringList badFolderBefore = acvFolderFiles( bad( QString() ) );
  // Root writes into read-only folders; that case runs as an unprivileged user.
  const bool needsUser = input.arguments.filter( QStringLiteral( "@ro/" ) ).size() > 0;
  const AcvCommandResult run = needsUser ? runAsUser( arguments, home ) : acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), arguments );

  ASSERT_FALSE( run.crashed ) << run.err.toStdString();
  EXPECT_EQ( run.exitCode, 2 ) << run.out.toStdString() << run.err.toStdString();
  // One message, and it names the problem.
  EXPECT_EQ( run.err.count( QStringLiteral( "coverage-map: error: " ) ), 1 ) << run.err.toStdString();
  for ( const QString &fragment : input.fragments )
    EXPECT_TRUE( run.err.contains( fragment ) ) << "expected '" << fragment.toStdString() << "' in:\n"
                                                << run.err.toStdString();
  // Nothing written, not even a temporary file; the inputs are untouched.
  EXPECT_EQ( acvFolderFiles( out ), QStringList() );
  EXPECT_EQ( acvFolderFiles( readOnly ), QStringList() );
  EXPECT_EQ( acvFolderFiles( bad( QString() ) ), badFolderBefore );
  EXPECT_EQ( acvFingerprints( inputs ), before );
}

INSTANTIATE_TEST_SUITE_P( BadInputs, BadInputTest, testing::ValuesIn( badInputs() ), []( const testing::TestParamInfo<BadInput> &info )
                          { return std::string( info.param.name ); } );

TEST( BadInputs, AtLeastFortyRefusedInputs )
{
  // The issue asks for at least 40 bad inputs that must be refused; count the table.
  EXPECT_GE( badInputs().size(), 40 );
}

// --- inputs that are odd but not wrong: the run succeeds, flags what it saw, and says where.
namespace
{
struct GoodRun
{
  AcvCommandResult result;
  QJsonObject report;
  QString joined;
};

GoodRun runGood( AcvScratch &scratch, const QStringList &arguments )
{
  GoodRun run;
  run.joined = scratch.path( QStringLiteral( "j.gpkg" ) );
  run.result = acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), arguments + QStringList{ QStringLiteral( "--joined" ), run.joined, QStringLiteral( "--join-report" ), scratch.path( QStringLiteral( "r.json" ) ), QStringLiteral( "--out" ), scratch.path( QStringLiteral( "m.png" ) ) } );
  QFile file( scratch.path( QStringLiteral( "r.json" ) ) );
  if ( file.open( QIODevice::ReadOnly ) )
    run.report = QJsonDocument::fromJson( file.readAll() ).object();
  return run;
}
} // namespace

TEST( OddButAcceptedInputs, InstallsAboveSmartphoneUsersAreFlaggedNotRejected )
{
  AcvScratch scratch;
  const GoodRun run = runGood( scratch, { QStringLiteral( "--boundaries" ), bad( QStringLiteral( "ok_boundaries.geojson" ) ), QStringLiteral( "--stats" ), bad( QStringLiteral( "installs_above_smartphones.csv" ) ) } );
  ASSERT_FALSE( run.result.crashed );
  ASSERT_EQ( run.result.exitCode, 0 ) << run.result.err.toStdString();
  EXPECT_TRUE( run.result.err.contains( u8( "coverage-map: warning: " ) + bad( QStringLiteral( "installs_above_smartphones.csv" ) ) + u8( ", row 3, column 2 ('Số lượt cài đặt'): 'TX An Khê' has more installs than smartphone users (coverage 103.20 %)" ) ) ) << run.result.err.toStdString();
  EXPECT_EQ( run.report.value( QStringLiteral( "totals" ) ).toObject().value( QStringLiteral( "coverage_above_100" ) ).toInt(), 1 );
  bool sawAnKhe = false;
  for ( const AcvReadFeature &f : acvReadFeatures( run.joined ) )
  {
    if ( f.attributes.value( QStringLiteral( "name" ) ).toString() != u8( "Thị xã An Khê" ) )
      continue;
    sawAnKhe = true;
    EXPECT_NEAR( f.attributes.value( QStringLiteral( "coverage_pct" ) ).toDouble(), 31000.0 / 30039.0 * 100, 1e-9 );
    EXPECT_EQ( f.attributes.value( QStringLiteral( "below_target" ) ).toInt(), 0 );
  }
  EXPECT_TRUE( sawAnKhe );
}

TEST( OddButAcceptedInputs, SelfIntersectingPolygonIsRepairedWithAWarning )
{
  AcvScratch scratch;
  const GoodRun run = runGood( scratch, { QStringLiteral( "--boundaries" ), bad( QStringLiteral( "self_intersecting.geojson" ) ), QStringLiteral( "--stats" ), bad( QStringLiteral( "ok_stats.csv" ) ) } );
  ASSERT_FALSE( run.result.crashed );
  ASSERT_EQ( run.result.exitCode, 0 ) << run.result.err.toStdString();
  EXPECT_TRUE( run.result.err.contains( u8( "self_intersecting.geojson, layer 'self_intersecting', feature 2 (name 'Thị xã An Khê'): invalid polygon (Self-intersection) repaired" ) ) ) << run.result.err.toStdString();
  EXPECT_TRUE( run.report.value( QStringLiteral( "warnings" ) ).toArray().first().toString().contains( QStringLiteral( "repaired" ) ) );
  // The joined layer holds the repaired shape: valid, and the bow tie's two triangles (0.005 deg² each).
  GDALAllRegister();
  GDALDatasetH dataset = GDALOpenEx( run.joined.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr );
  ASSERT_NE( dataset, nullptr );
  OGRLayerH layer = GDALDatasetGetLayer( dataset, 0 );
  int checked = 0;
  while ( OGRFeatureH feature = OGR_L_GetNextFeature( layer ) )
  {
    OGRGeometryH geometry = OGR_F_GetGeometryRef( feature );
    ASSERT_NE( geometry, nullptr );
    EXPECT_TRUE( OGR_G_IsValid( geometry ) );
    if ( QString::fromUtf8( OGR_F_GetFieldAsString( feature, OGR_F_GetFieldIndex( feature, "name" ) ) ) == u8( "Thị xã An Khê" ) )
    {
      EXPECT_NEAR( OGR_G_Area( geometry ), 0.005, 1e-9 );
      ++checked;
    }
    OGR_F_Destroy( feature );
  }
  GDALClose( dataset );
  EXPECT_EQ( checked, 1 );
}

TEST( OddButAcceptedInputs, ShapefileWithoutPrjWarnsAndDrawsInRawCoordinates )
{
  AcvScratch scratch;
  const GoodRun run = runGood( scratch, { QStringLiteral( "--boundaries" ), bad( QStringLiteral( "no_prj.shp" ) ), QStringLiteral( "--stats" ), bad( QStringLiteral( "ok_stats.csv" ) ) } );
  ASSERT_FALSE( run.result.crashed );
  ASSERT_EQ( run.result.exitCode, 0 ) << run.result.err.toStdString();
  EXPECT_TRUE( run.result.err.contains( QStringLiteral( "no_prj.shp: has no .prj file" ) ) ) << run.result.err.toStdString();
  EXPECT_EQ( run.report.value( QStringLiteral( "matched" ) ).toArray().size(), 3 );
  // No CRS to tell: the image gets its world file but no .aux.xml claiming one.
  EXPECT_TRUE( QFile::exists( scratch.path( QStringLiteral( "m.pgw" ) ) ) );
  EXPECT_FALSE( QFile::exists( scratch.path( QStringLiteral( "m.png.aux.xml" ) ) ) );
}

TEST( OddButAcceptedInputs, RightToLeftMarksInANameAreInvisibleToMatching )
{
  AcvScratch scratch;
  const GoodRun run = runGood( scratch, { QStringLiteral( "--boundaries" ), bad( QStringLiteral( "ok_boundaries.geojson" ) ), QStringLiteral( "--stats" ), bad( QStringLiteral( "rtl_marks.csv" ) ), QStringLiteral( "--strict" ) } );
  ASSERT_FALSE( run.result.crashed );
  ASSERT_EQ( run.result.exitCode, 0 ) << run.result.err.toStdString();
  EXPECT_EQ( run.report.value( QStringLiteral( "matched" ) ).toArray().size(), 3 );
}

TEST( OddButAcceptedInputs, AWindows1258AnnexIsConvertedAndSaysSo )
{
  AcvScratch scratch;
  const GoodRun run = runGood( scratch, { QStringLiteral( "--boundaries" ), bad( QStringLiteral( "ok_boundaries.geojson" ) ), QStringLiteral( "--stats" ), bad( QStringLiteral( "windows1258.csv" ) ), QStringLiteral( "--strict" ) } );
  ASSERT_FALSE( run.result.crashed );
  ASSERT_EQ( run.result.exitCode, 0 ) << run.result.err.toStdString();
  EXPECT_TRUE( run.result.out.contains( QStringLiteral( "read as Windows-1258 (Vietnamese code page) and converted to Unicode" ) ) ) << run.result.out.toStdString();
  EXPECT_EQ( run.report.value( QStringLiteral( "matched" ) ).toArray().size(), 3 );
}
