/***************************************************************************
  testacvdialoglogic.cpp - the dialog's desktop-free decisions: paths, sheets, language, summaries
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcolumnchoices.h"
#include "acvlabellanguage.h"
#include "acvlevelsummary.h"
#include "acvmappingmemory.h"
#include "acvpathcheck.h"
#include "acvplugintestutils.h"
#include "acvremapchoice.h"
#include "acvremapreview.h"
#include "acvrunsummary.h"
#include "acvsheetparameter.h"
#include "acvsheetsuggestion.h"

#include <qgsprocessingcontext.h>
#include <qgssettings.h>

#include <QDir>

#include <gtest/gtest.h>
#include <xlsxwriter.h>

namespace
{
//! A workbook as analysts get them: a notes sheet first, the annex's table on the second.
QString notesThenData( AcvScratch &scratch )
{
  const QString path = scratch.path( QStringLiteral( "two_sheets.xlsx" ) );
  lxw_workbook *workbook = workbook_new( path.toUtf8().constData() );
  lxw_worksheet *notes = workbook_add_worksheet( workbook, "Ghi chú" );
  worksheet_write_string( notes, 0, 0, "Số liệu do Sở TT&TT tổng hợp", nullptr );
  worksheet_write_string( notes, 1, 0, "Liên hệ: phòng CNTT", nullptr );
  lxw_worksheet *data = workbook_add_worksheet( workbook, "Số liệu" );
  const char *header[] = { "Đơn vị", "Số lượt cài đặt", "Số người dùng ĐTTM" };
  for ( int c = 0; c < 3; ++c )
    worksheet_write_string( data, 0, static_cast<lxw_col_t>( c ), header[c], nullptr );
  worksheet_write_string( data, 1, 0, "Huyện Chư Sê", nullptr );
  worksheet_write_number( data, 1, 1, 1200, nullptr );
  worksheet_write_number( data, 1, 2, 3000, nullptr );
  worksheet_write_string( data, 2, 0, "Huyện Đak Đoa", nullptr );
  worksheet_write_number( data, 2, 1, 800, nullptr );
  worksheet_write_number( data, 2, 2, 2500, nullptr );
  return workbook_close( workbook ) == LXW_NO_ERROR ? path : QString();
}
} // namespace

TEST( AcvPathCheck, SaysWhatIsWrongWithAPath )
{
  AcvScratch scratch;
  const QString file = scratch.write( QStringLiteral( "annex.csv" ), QByteArray( "x" ) );
  EXPECT_TRUE( AcvPathCheck::problem( file ).isEmpty() );
  EXPECT_TRUE( AcvPathCheck::problem( QString() ).isEmpty() ) << "nothing chosen yet is no problem";
  const QString missing = scratch.path( QStringLiteral( "annex.cs" ) );
  EXPECT_EQ( AcvPathCheck::problem( missing ), QStringLiteral( "No file %1" ).arg( missing ) );
  EXPECT_TRUE( AcvPathCheck::problem( scratch.dir() ).contains( QStringLiteral( "folder" ) ) );
}

TEST( AcvLabelLanguage, FollowsQgisLocaleUnlessChosen )
{
  EXPECT_EQ( AcvLabelLanguage::fromLocale( QStringLiteral( "vi" ) ), AcvLanguage::Vietnamese );
  EXPECT_EQ( AcvLabelLanguage::fromLocale( QStringLiteral( "vi_VN" ) ), AcvLanguage::Vietnamese );
  EXPECT_EQ( AcvLabelLanguage::fromLocale( QStringLiteral( "en_US" ) ), AcvLanguage::English );
  EXPECT_EQ( AcvLabelLanguage::fromLocale( QStringLiteral( "fr" ) ), AcvLanguage::English );
  EXPECT_EQ( AcvLabelLanguage::fromLocale( QString() ), AcvLanguage::English );
  // An explicit choice wins over the locale, both ways; anything else is no choice.
  EXPECT_EQ( AcvLabelLanguage::resolve( QStringLiteral( "en" ), QStringLiteral( "vi" ) ), AcvLanguage::English );
  EXPECT_EQ( AcvLabelLanguage::resolve( QStringLiteral( "vi" ), QStringLiteral( "en_GB" ) ), AcvLanguage::Vietnamese );
  EXPECT_EQ( AcvLabelLanguage::resolve( QString(), QStringLiteral( "vi" ) ), AcvLanguage::Vietnamese );
  EXPECT_EQ( AcvLabelLanguage::resolve( QStringLiteral( "de" ), QStringLiteral( "en" ) ), AcvLanguage::English );
}

TEST( AcvRunSummary, CountsLocalitiesWithoutDataApart )
{
  EXPECT_EQ( AcvRunSummary::coverage( 15, 15, 2 ), QStringLiteral( "15 of 15 with data below target; 2 without data" ) );
  EXPECT_EQ( AcvRunSummary::coverage( 17, 5, 0 ), QStringLiteral( "5 of 17 with data below target" ) );
  EXPECT_EQ( AcvRunSummary::unmatched( 2, 3 ), QStringLiteral( "2 annex rows and 3 boundaries are unmatched" ) );
}

TEST( AcvSheetSuggestion, NamesTheSheetThatHoldsTheTable )
{
  AcvScratch scratch;
  const QString path = notesThenData( scratch );
  ASSERT_FALSE( path.isEmpty() );
  QStringList sheets;
  QString error;
  ASSERT_TRUE( AcvTableReader::sheetNames( path, sheets, error ) ) << error.toStdString();
  ASSERT_EQ( sheets, QStringList( { u8( "Ghi chú" ), u8( "Số liệu" ) } ) );
  // The notes sheet really has no table: what the dialog meets when it is chosen.
  AcvStatisticsOptions options;
  options.path = path;
  options.sheet = u8( "Ghi chú" );
  AcvStatisticsTable table;
  EXPECT_FALSE( table.load( options, error ) );
  EXPECT_EQ( AcvSheetSuggestion::sheetWithData( path, sheets, u8( "Ghi chú" ) ), u8( "Số liệu" ) );
  // The rejected sheet is never suggested back, and a workbook without a table suggests nothing.
  EXPECT_EQ( AcvSheetSuggestion::sheetWithData( path, sheets, u8( "Số liệu" ) ), QString() );
  EXPECT_EQ( AcvSheetSuggestion::sheetWithData( path, { u8( "Ghi chú" ) }, QString() ), QString() );
}

TEST( AcvMappingMemory, OffersTheMappingSavedForTheSameAnnex )
{
  AcvScratch scratch;
  const QString annex = scratch.write( QStringLiteral( "annex.csv" ), QByteArray( "x" ) );
  const QString otherAnnex = scratch.write( QStringLiteral( "other.csv" ), QByteArray( "x" ) );
  const QString boundaries = scratch.write( QStringLiteral( "b.geojson" ), QByteArray( "x" ) );
  const QString otherBoundaries = scratch.write( QStringLiteral( "c.geojson" ), QByteArray( "x" ) );
  const QString mapping = scratch.write( QStringLiteral( "mapping.csv" ), QByteArray( "statistics,boundary\n" ) );
  const QString otherMapping = scratch.write( QStringLiteral( "mapping2.csv" ), QByteArray( "statistics,boundary\n" ) );
  EXPECT_EQ( AcvMappingMemory::pairKey( annex, boundaries ), AcvMappingMemory::pairKey( scratch.dir() + QStringLiteral( "/./annex.csv" ), boundaries ) );
  EXPECT_NE( AcvMappingMemory::pairKey( annex, boundaries ), AcvMappingMemory::pairKey( annex, otherBoundaries ) );

  AcvMappingMemory::remember( annex, boundaries, mapping );
  AcvMappingMemory::remember( annex, otherBoundaries, otherMapping );
  EXPECT_EQ( AcvMappingMemory::recall( annex, boundaries ), QFileInfo( mapping ).canonicalFilePath() );
  EXPECT_EQ( AcvMappingMemory::recall( annex, otherBoundaries ), QFileInfo( otherMapping ).canonicalFilePath() );
  EXPECT_EQ( AcvMappingMemory::recall( otherAnnex, boundaries ), QString() ) << "another annex's spellings pair wrongly";
  QFile::remove( otherMapping );
  // Gone from disk: never offered (the annex's last saved mapping was that file too).
  EXPECT_EQ( AcvMappingMemory::recall( annex, otherBoundaries ), QString() );
  QgsSettings().remove( QStringLiteral( "adoptioncoverage/mappings" ) );
}

TEST( AcvSheetParameter, IsAStringThatDependsOnTheStatisticsFile )
{
  AcvSheetParameter parameter( QStringLiteral( "SHEET" ), QStringLiteral( "Sheet" ), QStringLiteral( "STATISTICS" ) );
  EXPECT_EQ( parameter.type(), AcvSheetParameter::typeName() );
  EXPECT_EQ( parameter.dependsOnOtherParameters(), QStringList{ QStringLiteral( "STATISTICS" ) } );
  EXPECT_TRUE( parameter.flags() & QgsProcessingParameterDefinition::FlagOptional );
  std::unique_ptr<QgsProcessingParameterDefinition> copy( parameter.clone() );
  EXPECT_EQ( copy->type(), AcvSheetParameter::typeName() );
  EXPECT_EQ( copy->dependsOnOtherParameters(), QStringList{ QStringLiteral( "STATISTICS" ) } );
  QgsProcessingContext context;
  // Scripts and qgis_process pass the name as text, as before.
  EXPECT_EQ( QgsProcessingParameters::parameterAsString( &parameter, QVariant( u8( "Số liệu" ) ), context ), u8( "Số liệu" ) );
  AcvSheetParameter restored( QStringLiteral( "SHEET" ), QStringLiteral( "Sheet" ), QString() );
  restored.fromVariantMap( parameter.toVariantMap() );
  EXPECT_EQ( restored.parentParameterName(), QStringLiteral( "STATISTICS" ) );
}

TEST( AcvLevelSummary, SaysTheAnnexsLevelAndParentsThenTheBoundariesOnes )
{
  AcvScratch scratch;
  const QString annex = acvGiaLaiCommuneAnnexWithDistricts( scratch );
  // Read as the dialog's preview reads it: the statistics alone.
  AcvCoverageJobOptions options;
  options.stats = annex;
  AcvCoverageJob preview( options );
  AcvMessages messages;
  QString error;
  ASSERT_TRUE( preview.loadStatistics( messages, error ) ) << error.toStdString();
  const QString levels = AcvLevelSummary::levels( preview.table() );
  EXPECT_TRUE( levels.startsWith( QStringLiteral( "Level: communes (222 of 222 names written" ) ) ) << levels.toStdString();
  EXPECT_FALSE( levels.contains( QStringLiteral( "boundaries" ) ) ) << "the boundaries are not read yet";
  // The district is written on the first commune of each of the 17 districts only.
  EXPECT_EQ( AcvLevelSummary::parents( preview.table() ), u8( "Parent: column B ('Huyện, thị xã, thành phố') [detected], 205 empty cells take the parent above, 17 parents" ) );

  // After the review: the boundaries' level and the field their parents come from.
  const std::unique_ptr<AcvCoverageJob> job = acvMatchedJob( acvGiaLaiCommunes(), annex, error );
  ASSERT_TRUE( job ) << error.toStdString();
  const QString text = AcvLevelSummary::text( job->table(), job.get() );
  EXPECT_TRUE( text.contains( QStringLiteral( " · boundaries: communes (field 'commune_vn': 222 of 222 names" ) ) ) << text.toStdString();
  EXPECT_TRUE( text.endsWith( QStringLiteral( "17 parents · boundary field 'district_vn'" ) ) ) << text.toStdString();
  EXPECT_EQ( text.count( QLatin1Char( '\n' ) ), 1 );
}

TEST( AcvLevelSummary, SaysAnAnnexWithoutParentsHasNone )
{
  QString error;
  const std::unique_ptr<AcvCoverageJob> job = acvMatchedJob( acvGiaLaiBoundaries(), acvGiaLaiStatistics(), error );
  ASSERT_TRUE( job ) << error.toStdString();
  EXPECT_TRUE( AcvLevelSummary::levels( job->table() ).startsWith( QStringLiteral( "Level: districts" ) ) ) << AcvLevelSummary::levels( job->table() ).toStdString();
  EXPECT_TRUE( AcvLevelSummary::parents( job->table(), job.get() ).startsWith( QStringLiteral( "Parent: none" ) ) ) << AcvLevelSummary::parents( job->table(), job.get() ).toStdString();
}

TEST( AcvRemapChoice, FillsTheJobsRemapOptions )
{
  AcvCoverageJobOptions options;
  options.statsParent = QStringLiteral( "B" ); // as the dialog sends the detected parent column
  AcvRemapChoice choice;
  QString error;
  ASSERT_TRUE( choice.apply( options, error ) ) << error.toStdString();
  EXPECT_TRUE( options.crosswalk.isEmpty() && options.aggregateBy.isEmpty() && options.partialBy.isEmpty() );
  EXPECT_EQ( options.statsParent, QStringLiteral( "B" ) );

  choice.crosswalk = acvProvinces2025Crosswalk();
  choice.crosswalkSheet = QStringLiteral( "crosswalk" );
  choice.oldBoundaries = QStringLiteral( "old.gpkg" ); // chosen, then the box unticked: not sent
  ASSERT_TRUE( choice.apply( options, error ) ) << error.toStdString();
  EXPECT_EQ( options.crosswalk, acvProvinces2025Crosswalk() );
  EXPECT_EQ( options.crosswalkSheet, QStringLiteral( "crosswalk" ) );
  EXPECT_TRUE( options.partialBy.isEmpty() );
  EXPECT_TRUE( options.oldBoundaries.isEmpty() );
  EXPECT_EQ( options.statsParent, QStringLiteral( "B" ) );

  choice.byArea = true;
  choice.oldBoundaryLayer = QStringLiteral( "communes_2024" );
  ASSERT_TRUE( choice.apply( options, error ) ) << error.toStdString();
  EXPECT_EQ( options.partialBy, QStringLiteral( "area" ) );
  EXPECT_EQ( options.oldBoundaries, QStringLiteral( "old.gpkg" ) );
  EXPECT_EQ( options.oldBoundaryLayer, QStringLiteral( "communes_2024" ) );

  // Contradictions are refused in words that name no command-line option, options untouched.
  const AcvCoverageJobOptions before = options;
  AcvRemapChoice both = choice;
  both.aggregateBy = QStringLiteral( "C" );
  EXPECT_FALSE( both.apply( options, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "choose one of them" ) ) && !error.contains( QStringLiteral( "--" ) ) ) << error.toStdString();
  AcvRemapChoice noOld = choice;
  noOld.oldBoundaries.clear();
  EXPECT_FALSE( noOld.apply( options, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "old units' boundaries" ) ) ) << error.toStdString();
  AcvRemapChoice noCrosswalk = choice;
  noCrosswalk.crosswalk.clear();
  EXPECT_FALSE( noCrosswalk.apply( options, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "needs a crosswalk" ) ) ) << error.toStdString();
  EXPECT_EQ( options.crosswalk, before.crosswalk );
  EXPECT_EQ( options.aggregateBy, before.aggregateBy );
  EXPECT_EQ( options.partialBy, before.partialBy );
}

TEST( AcvRemapChoice, ARowsColumnToSumByWinsOverTheParentTheDialogDetected )
{
  // Gia Lai's 222 communes with their district in column B, summed into the 17 districts.
  AcvScratch scratch;
  const QString annex = acvGiaLaiCommuneAnnexWithDistricts( scratch, QStringLiteral( "Trực thuộc" ), true );
  AcvCoverageJobOptions options;
  options.boundaries = acvGiaLaiBoundaries();
  options.stats = annex;
  options.statsParent = QStringLiteral( "A" ); // a detected parent that is not the column chosen
  AcvRemapChoice choice;
  choice.aggregateBy = AcvColumnChoices::optionValue( 1 );
  QString error;
  ASSERT_TRUE( choice.apply( options, error ) ) << error.toStdString();
  EXPECT_EQ( options.aggregateBy, QStringLiteral( "B" ) );
  EXPECT_TRUE( options.statsParent.isEmpty() );
  EXPECT_TRUE( options.crosswalk.isEmpty() );

  const std::unique_ptr<AcvCoverageJob> job = acvMatchedJob( options, error );
  ASSERT_TRUE( job ) << error.toStdString();
  EXPECT_EQ( job->remap().kind(), AcvUnitRemap::Kind::Aggregation );
  EXPECT_EQ( job->join().match.matches.size(), 17 );
  // Each district's installs are its communes', read from the annex by hand.
  QHash<QString, double> byDistrict;
  {
    QFile file( annex );
    ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
    const QStringList lines = QString::fromUtf8( file.readAll() ).split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
    for ( int i = 1; i < lines.size(); ++i )
    {
      const QStringList cells = lines.at( i ).split( QLatin1Char( ';' ) );
      byDistrict[cells.at( 1 )] += cells.at( 5 ).toDouble();
    }
  }
  ASSERT_EQ( byDistrict.size(), 17 );
  const AcvRemapReview remap( job->remap() );
  ASSERT_EQ( remap.units().size(), 17 );
  for ( const AcvReviewUnit &unit : remap.units() )
  {
    ASSERT_TRUE( unit.installs ) << unit.name.toStdString();
    EXPECT_DOUBLE_EQ( *unit.installs, byDistrict.value( unit.name ) ) << unit.name.toStdString();
  }
  EXPECT_TRUE( remap.totals().startsWith( u8( "Summed by column 'Trực thuộc': 222 annex rows → 17 units" ) ) ) << remap.totals().toStdString();
}
