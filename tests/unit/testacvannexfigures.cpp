/***************************************************************************
  testacvannexfigures.cpp - every figure read as the annex means it, in every layout
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvstatisticstable.h"
#include "acvtestannexes.h"
#include "acvtestutils.h"

#include <gdal.h>
#include <gtest/gtest.h>

using namespace acvtest;

namespace
{
//! Asserts every district's three figures and that nothing else was read as a locality.
void expectEveryFigure( const AcvStatisticsTable &table, const QVector<District> &districts )
{
  ASSERT_EQ( table.records().size(), districts.size() );
  for ( int i = 0; i < districts.size(); ++i )
  {
    const AcvStatisticsRecord &record = table.records().at( i );
    SCOPED_TRACE( districts.at( i ).name.toStdString() );
    EXPECT_EQ( record.key, districts.at( i ).name );
    ASSERT_TRUE( record.installs && record.smartphones && record.population );
    EXPECT_EQ( *record.installs, static_cast<double>( districts.at( i ).installsValue ) );
    EXPECT_EQ( *record.smartphones, static_cast<double>( districts.at( i ).smartphonesValue ) );
    EXPECT_EQ( *record.population, static_cast<double>( districts.at( i ).populationValue ) );
  }
}

bool load( AcvStatisticsTable &table, const QString &path, QString &error, bool strict = false, AcvNumberConvention convention = AcvNumberConvention::Auto )
{
  AcvStatisticsOptions options;
  options.path = path;
  options.strict = strict;
  options.convention = convention;
  return table.load( options, error );
}
} // namespace

TEST( AcvAnnexFigures, XlsxNumbersTypedAsTextAreReadTheVietnameseWay )
{
  // The bug this guards against: "139.267" typed as text in Excel was read as 139, a 1000x error.
  GDALAllRegister();
  const QVector<District> districts = giaLaiDistricts();
  AcvScratch scratch;
  const QString path = scratch.path( QStringLiteral( "text_numbers.xlsx" ) );
  ASSERT_TRUE( acvWriteXlsx( path, QStringLiteral( "Huyen" ), annexRows( districts, true ), kHeaderMerges ) );
  AcvStatisticsTable table;
  QString error;
  ASSERT_TRUE( load( table, path, error ) ) << error.toStdString();
  expectEveryFigure( table, districts );
  EXPECT_EQ( *table.records().first().installs, 29178.0 ); // TP. Pleiku, "29.178"
  EXPECT_EQ( table.installsReading().textCells, 17 );
  EXPECT_EQ( table.installsReading().numericCells, 0 );
  EXPECT_EQ( table.installsReading().convention, AcvNumberConvention::Vietnamese );
  EXPECT_TRUE( table.totalMismatches().isEmpty() ) << table.totalMismatches().join( '\n' ).toStdString();
  EXPECT_TRUE( table.warnings().isEmpty() ) << table.warnings().join( '\n' ).toStdString();
  EXPECT_EQ( table.headerRows(), QVector<int>( { 3, 4 } ) );
  EXPECT_EQ( table.installsColumn().header, QStringLiteral( "Bluezone / Số lượt cài" ) );
}

TEST( AcvAnnexFigures, OdsNumbersTypedAsTextAreReadTheVietnameseWay )
{
  GDALAllRegister();
  const QVector<District> districts = giaLaiDistricts();
  AcvScratch scratch;
  const QString path = scratch.path( QStringLiteral( "text_numbers.ods" ) );
  ASSERT_TRUE( acvWriteOds( path, QStringLiteral( "Huyện" ), annexRows( districts, true ) ) );
  AcvStatisticsTable table;
  QString error;
  ASSERT_TRUE( load( table, path, error ) ) << error.toStdString();
  expectEveryFigure( table, districts );
  EXPECT_EQ( table.populationReading().textCells, 17 );
  EXPECT_TRUE( table.warnings().isEmpty() ) << table.warnings().join( '\n' ).toStdString();
}

TEST( AcvAnnexFigures, NumericCellsAreTheirExactValueWhateverTheirFormat )
{
  GDALAllRegister();
  const QVector<District> districts = giaLaiDistricts();
  AcvScratch scratch;
  for ( const QString &name : { QStringLiteral( "numbers.xlsx" ), QStringLiteral( "numbers.ods" ) } )
  {
    SCOPED_TRACE( name.toStdString() );
    const QString path = scratch.path( name );
    ASSERT_TRUE( name.endsWith( QLatin1String( ".ods" ) ) ? acvWriteOds( path, QStringLiteral( "Huyen" ), annexRows( districts, false ) )
                                                         : acvWriteXlsx( path, QStringLiteral( "Huyen" ), annexRows( districts, false ), kHeaderMerges ) );
    AcvStatisticsTable table;
    QString error;
    // A column of numeric cells is exact even when the user forces the other convention.
    for ( const AcvNumberConvention convention : { AcvNumberConvention::Auto, AcvNumberConvention::English, AcvNumberConvention::Vietnamese } )
    {
      ASSERT_TRUE( load( table, path, error, false, convention ) ) << error.toStdString();
      expectEveryFigure( table, districts );
      EXPECT_EQ( table.installsReading().numericCells, 17 );
      EXPECT_EQ( table.installsReading().textCells, 0 );
      // The percent-formatted rate cells (fractions) agree with the figures: no warning.
      EXPECT_TRUE( table.warnings().isEmpty() ) << table.warnings().join( '\n' ).toStdString();
    }
  }
}

TEST( AcvAnnexFigures, ATotalThatDisagreesByOneDigitIsNamedWithBothFigures )
{
  GDALAllRegister();
  const QVector<District> districts = giaLaiDistricts();
  const Sums s = sums( districts );
  ASSERT_EQ( s.installs, 139267 );
  AcvScratch scratch;
  // One digit wrong (139.268), then two digits swapped (139.276): both beyond any rounding.
  const QVector<std::pair<QString, QString>> cases = { { QStringLiteral( "139.268" ), QStringLiteral( "difference 1)" ) }, { QStringLiteral( "139.276" ), QStringLiteral( "difference 9)" ) } };
  for ( const auto &c : cases )
  {
    for ( const bool asText : { true, false } )
    {
      SCOPED_TRACE( ( c.first + ( asText ? " text" : " numbers" ) ).toStdString() );
      const QString path = scratch.path( QStringLiteral( "total_%1_%2.xlsx" ).arg( c.first ).arg( asText ) );
      ASSERT_TRUE( acvWriteXlsx( path, QStringLiteral( "Huyen" ), annexRows( districts, asText, c.first ), kHeaderMerges ) );
      AcvStatisticsTable table;
      QString error;
      ASSERT_TRUE( load( table, path, error ) ) << error.toStdString();
      // The rows are used as written: the total never changes a figure.
      expectEveryFigure( table, districts );
      ASSERT_EQ( table.totalMismatches().size(), 1 ) << table.totalMismatches().join( '\n' ).toStdString();
      const QString message = table.totalMismatches().first();
      EXPECT_TRUE( message.contains( path ) ) << message.toStdString();
      EXPECT_TRUE( message.contains( QStringLiteral( "sheet 'Huyen', row 22, column E ('Bluezone / Số lượt cài')" ) ) ) << message.toStdString();
      EXPECT_TRUE( message.contains( QStringLiteral( "'Tổng cộng' says %1 installs" ).arg( c.first ) ) ) << message.toStdString();
      EXPECT_TRUE( message.contains( QStringLiteral( "17 locality rows of the annex sum to 139.267" ) ) ) << message.toStdString();
      EXPECT_TRUE( message.contains( c.second ) ) << message.toStdString();
      EXPECT_TRUE( table.warnings().contains( message ) );

      AcvStatisticsTable strict;
      EXPECT_FALSE( load( strict, path, error, true ) );
      EXPECT_TRUE( error.startsWith( QStringLiteral( "--strict: " ) ) && error.contains( QStringLiteral( "row 22" ) ) ) << error.toStdString();
    }
  }
}

TEST( AcvAnnexFigures, SubtotalsAreComparedWithTheirOwnRows )
{
  AcvScratch scratch;
  const QString path = scratch.write( QStringLiteral( "subtotals.csv" ), QStringLiteral( "Đơn vị;Dân số;Số lượt cài\n"
                                                                                         "Xã A;1.000;100\nXã B;2.000;200\nCộng;3.000;300\n"
                                                                                         "Xã C;4.000;400\nCộng;4.000;400\n"
                                                                                         "Tổng cộng;7.000;700\n" )
                                                                              .toUtf8() );
  AcvStatisticsTable table;
  QString error;
  ASSERT_TRUE( load( table, path, error ) ) << error.toStdString();
  ASSERT_EQ( table.records().size(), 3 );
  EXPECT_TRUE( table.totalMismatches().isEmpty() ) << table.totalMismatches().join( '\n' ).toStdString();

  const QString wrong = scratch.write( QStringLiteral( "wrong_subtotal.csv" ), QStringLiteral( "Đơn vị;Dân số;Số lượt cài\n"
                                                                                              "Xã A;1.000;100\nXã B;2.000;200\nCộng;3.000;310\n"
                                                                                              "Xã C;4.000;400\nCộng;4.000;400\n" )
                                                                                   .toUtf8() );
  ASSERT_TRUE( load( table, wrong, error ) ) << error.toStdString();
  ASSERT_EQ( table.totalMismatches().size(), 1 );
  EXPECT_TRUE( table.totalMismatches().first().contains( QStringLiteral( "row 4, column 3" ) ) ) << table.totalMismatches().first().toStdString();
  EXPECT_TRUE( table.totalMismatches().first().contains( QStringLiteral( "the 2 locality rows above it sum to 300 (difference 10)" ) ) ) << table.totalMismatches().first().toStdString();
}

TEST( AcvAnnexFigures, ColumnNumberRowsAreSkippedWhateverFormulaTheySpell )
{
  AcvScratch scratch;
  const QVector<QString> numberRows = { QStringLiteral( "(1);(2);(3);(4);(5);(6)=(5)/(4)" ), QStringLiteral( "1;2;3;4;5;6=5/4" ),
                                        QStringLiteral( "(1);(2);(3);(4);(5);(6) = (5) : (4) x 100" ), QStringLiteral( "A;B;C;D;E;F=E/D*100%" ) };
  for ( const QString &numberRow : numberRows )
  {
    SCOPED_TRACE( numberRow.toStdString() );
    const QString path = scratch.write( QStringLiteral( "numbers.csv" ), ( QStringLiteral( "STT;Đơn vị;Dân số;Số người dùng ĐTTM;Số lượt cài;Tỷ lệ/ĐTTM (%)\n" ) + numberRow
                                                                           + QStringLiteral( "\n1;Xã Ia Kha;12.345;5.000;1.234;24,68\n2;Xã Ia Ly;9.876;4.000;2.000;50,00\n" ) )
                                                                              .toUtf8() );
    AcvStatisticsTable table;
    QString error;
    ASSERT_TRUE( load( table, path, error ) ) << error.toStdString();
    ASSERT_EQ( table.records().size(), 2 );
    EXPECT_EQ( *table.records().at( 0 ).installs, 1234.0 );
    EXPECT_EQ( *table.records().at( 1 ).population, 9876.0 );
    ASSERT_EQ( table.skippedRows().size(), 1 );
    EXPECT_EQ( table.skippedRows().first().reason, QStringLiteral( "column numbers" ) );
    EXPECT_EQ( table.skippedRows().first().row, 2 );
  }
  // Digits out of order are no column numbers: a row of small figures is not skipped.
  const QString path = scratch.write( QStringLiteral( "small.csv" ), QStringLiteral( "STT;Đơn vị;Dân số;Số lượt cài\n3;2;5;1\n" ).toUtf8() );
  AcvStatisticsTable table;
  QString error;
  ASSERT_TRUE( load( table, path, error ) ) << error.toStdString();
  EXPECT_EQ( table.records().size(), 1 );
}

TEST( AcvAnnexFigures, HeaderUnitsScaleCountsToPersons )
{
  AcvScratch scratch;
  // Populations in thousands with one decimal, as the statistical yearbook prints them; the
  // total (1.513,8) differs from the sum of the rounded rows only by their rounding.
  const QString path = scratch.write( QStringLiteral( "thousands.csv" ), QStringLiteral( "Đơn vị;Dân số (nghìn người);Số người dùng ĐTTM (người);Số lượt cài (lượt)\n"
                                                                                          "TP. Pleiku;254,8;129.015;29.178\n"
                                                                                          "TX An Khê;65,9;30.039;19.297\n"
                                                                                          "Huyện Kbang;67,3;26.000;5.000\n"
                                                                                          "Tổng cộng;388,1;185.054;53.475\n" )
                                                                               .toUtf8() );
  AcvStatisticsTable table;
  QString error;
  ASSERT_TRUE( load( table, path, error ) ) << error.toStdString();
  ASSERT_EQ( table.records().size(), 3 );
  EXPECT_EQ( *table.records().at( 0 ).population, 254800.0 );
  EXPECT_EQ( *table.records().at( 1 ).population, 65900.0 );
  EXPECT_EQ( *table.records().at( 2 ).smartphones, 26000.0 );
  EXPECT_EQ( *table.records().at( 0 ).installs, 29178.0 );
  EXPECT_EQ( table.populationReading().scale, 1000.0 );
  EXPECT_EQ( table.populationReading().unit, QStringLiteral( "nghìn người" ) );
  EXPECT_EQ( table.smartphonesReading().scale, 1.0 );
  EXPECT_TRUE( table.describeReading( table.populationReading() ).contains( QStringLiteral( "× 1.000 (nghìn người)" ) ) ) << table.describeReading( table.populationReading() ).toStdString();
  EXPECT_TRUE( table.totalMismatches().isEmpty() ) << table.totalMismatches().join( '\n' ).toStdString();

  for ( const auto &unit : QVector<std::pair<QString, double>>{ { QStringLiteral( "Dân số (triệu)" ), 1e6 }, { QStringLiteral( "Dân số (ngàn)" ), 1e3 },
                                                                 { QStringLiteral( "Dân số (1.000 người)" ), 1e3 }, { QStringLiteral( "Population ('000)" ), 1e3 },
                                                                 { QStringLiteral( "Dân số (2019)" ), 1 }, { QStringLiteral( "Dân số (người)" ), 1 },
                                                                 { QStringLiteral( "Population (thousands)" ), 1e3 } } )
    EXPECT_EQ( AcvColumnDetector::unitScale( unit.first ), unit.second ) << unit.first.toStdString();
}

TEST( AcvAnnexFigures, TheSheetDecidesAColumnThatCannotDecideAlone )
{
  AcvScratch scratch;
  // "139,267" reads either way; the rate column's "23.48" is English, so the installs are 139 267.
  const QString english = scratch.write( QStringLiteral( "english.csv" ), QStringLiteral( "Name,Smartphone users,Installs,Rate (%)\n"
                                                                                           "\"Gia Lai\",\"605,509\",\"139,267\",23.00\n"
                                                                                           "\"Kon Tum\",\"300,000\",\"69,000\",23.00\n" )
                                                                                .toUtf8() );
  AcvStatisticsTable table;
  QString error;
  ASSERT_TRUE( load( table, english, error ) ) << error.toStdString();
  EXPECT_EQ( *table.records().at( 0 ).installs, 139267.0 );
  EXPECT_EQ( *table.records().at( 1 ).smartphones, 300000.0 );
  EXPECT_EQ( table.installsReading().convention, AcvNumberConvention::English );
  EXPECT_TRUE( table.installsReading().conventionReason.contains( QStringLiteral( "'23.00' in column 4" ) ) ) << table.installsReading().conventionReason.toStdString();

  // The same with a Vietnamese rate: 139.267 installs, not 139.
  const QString vietnamese = scratch.write( QStringLiteral( "vi.csv" ), QStringLiteral( "Đơn vị;Số người dùng ĐTTM;Số lượt cài;Tỷ lệ (%)\n"
                                                                                         "Gia Lai;605.509;139.267;23,00\n" )
                                                                             .toUtf8() );
  ASSERT_TRUE( load( table, vietnamese, error ) ) << error.toStdString();
  EXPECT_EQ( *table.records().at( 0 ).installs, 139267.0 );
  EXPECT_EQ( table.installsReading().convention, AcvNumberConvention::Vietnamese );
}

TEST( AcvAnnexFigures, AStatedRateThatDisagreesIsWarnedAboutByRow )
{
  AcvScratch scratch;
  // Row 3's installs were mistyped (92.178 for 29.178): its own rate says 22,62 %.
  const QString path = scratch.write( QStringLiteral( "rates.csv" ), QStringLiteral( "Đơn vị;Số người dùng ĐTTM;Số lượt cài;Tỷ lệ cài đặt/ĐTTM (%)\n"
                                                                                      "TX An Khê;30.039;19.297;64,24\n"
                                                                                      "TP. Pleiku;129.015;92.178;22,62\n"
                                                                                      "Huyện Kbang;26.000;5.000;19,23%\n" )
                                                                           .toUtf8() );
  AcvStatisticsTable table;
  QString error;
  ASSERT_TRUE( load( table, path, error ) ) << error.toStdString();
  ASSERT_EQ( table.warnings().size(), 1 ) << table.warnings().join( '\n' ).toStdString();
  const QString warning = table.warnings().first();
  EXPECT_TRUE( warning.contains( QStringLiteral( "row 3, column 4 ('Tỷ lệ cài đặt/ĐTTM (%)')" ) ) ) << warning.toStdString();
  EXPECT_TRUE( warning.contains( QStringLiteral( "'TP. Pleiku' states a rate of 22,62 %" ) ) ) << warning.toStdString();
  EXPECT_TRUE( warning.contains( QStringLiteral( "92.178 ÷ 129.015 = 71,45 %" ) ) ) << warning.toStdString();
  // The figures stay as written.
  EXPECT_EQ( *table.records().at( 1 ).installs, 92178.0 );
}

TEST( AcvAnnexFigures, AFractionalCountIsWarnedAboutByCell )
{
  GDALAllRegister();
  AcvScratch scratch;
  const QString path = scratch.path( QStringLiteral( "fraction.xlsx" ) );
  ASSERT_TRUE( acvWriteXlsx( path, QStringLiteral( "Xa" ), { { acvText( QStringLiteral( "Đơn vị" ) ), acvText( QStringLiteral( "Dân số" ) ), acvText( QStringLiteral( "Số lượt cài" ) ) },
                                                              { acvText( QStringLiteral( "Xã Ia Kha" ) ), acvNumber( 120000 ), acvNumber( 49.661 ) },
                                                              { acvText( QStringLiteral( "Xã Ia Ly" ) ), acvNumber( 80000 ), acvText( QStringLiteral( "12.345" ) ) } } ) );
  AcvStatisticsTable table;
  QString error;
  ASSERT_TRUE( load( table, path, error ) ) << error.toStdString();
  EXPECT_DOUBLE_EQ( *table.records().at( 0 ).installs, 49.661 ); // the numeric cell, exactly
  EXPECT_EQ( *table.records().at( 1 ).installs, 12345.0 );        // the text cell, the Vietnamese way
  ASSERT_EQ( table.warnings().size(), 1 ) << table.warnings().join( '\n' ).toStdString();
  EXPECT_TRUE( table.warnings().first().contains( QStringLiteral( "sheet 'Xa', row 2, column C ('Số lượt cài')" ) ) ) << table.warnings().first().toStdString();
  EXPECT_TRUE( table.warnings().first().contains( QStringLiteral( "not a whole number" ) ) ) << table.warnings().first().toStdString();
}

TEST( AcvAnnexFigures, APercentageCellInACountColumnIsRefused )
{
  GDALAllRegister();
  AcvScratch scratch;
  const QString path = scratch.path( QStringLiteral( "percent.xlsx" ) );
  ASSERT_TRUE( acvWriteXlsx( path, QStringLiteral( "Xa" ), { { acvText( QStringLiteral( "Đơn vị" ) ), acvText( QStringLiteral( "Dân số" ) ), acvText( QStringLiteral( "Số lượt cài" ) ) },
                                                              { acvText( QStringLiteral( "Xã Ia Kha" ) ), acvNumber( 120000 ), acvPercent( 0.2348 ) } } ) );
  AcvStatisticsTable table;
  QString error;
  EXPECT_FALSE( load( table, path, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "row 2, column C" ) ) && error.contains( QStringLiteral( "is a percentage" ) ) ) << error.toStdString();
}

TEST( AcvAnnexFigures, CellKindsStayWithTheirCellsWhenTheSheetStartsLowerAndFurtherRight )
{
  // Two empty rows and an empty column A before the table: GDAL's rows and columns and the
  // workbook's cell types must still name the same cells.
  GDALAllRegister();
  AcvScratch scratch;
  const QVector<AcvTestRow> rows = { {}, {},
                                     { AcvTestCell(), acvText( QStringLiteral( "Đơn vị" ) ), acvText( QStringLiteral( "Dân số" ) ), acvText( QStringLiteral( "Số lượt cài" ) ) },
                                     { AcvTestCell(), acvText( QStringLiteral( "Xã Ia Kha" ) ), acvNumber( 1.5 ), acvText( QStringLiteral( "1.234" ) ) },
                                     { AcvTestCell(), acvText( QStringLiteral( "Xã Ia Ly" ) ), acvText( QStringLiteral( "2.500" ) ), acvNumber( 2.5 ) } };
  for ( const QString &name : { QStringLiteral( "offset.xlsx" ), QStringLiteral( "offset.ods" ) } )
  {
    SCOPED_TRACE( name.toStdString() );
    const QString path = scratch.path( name );
    ASSERT_TRUE( name.endsWith( QLatin1String( ".ods" ) ) ? acvWriteOds( path, QStringLiteral( "Xa" ), rows ) : acvWriteXlsx( path, QStringLiteral( "Xa" ), rows ) );
    AcvStatisticsTable table;
    QString error;
    ASSERT_TRUE( load( table, path, error ) ) << error.toStdString();
    ASSERT_EQ( table.records().size(), 2 );
    EXPECT_EQ( table.records().at( 0 ).row, 4 );
    EXPECT_DOUBLE_EQ( *table.records().at( 0 ).population, 1.5 );   // numeric C4
    EXPECT_EQ( *table.records().at( 0 ).installs, 1234.0 );         // text D4
    EXPECT_EQ( *table.records().at( 1 ).population, 2500.0 );       // text C5
    EXPECT_DOUBLE_EQ( *table.records().at( 1 ).installs, 2.5 );     // numeric D5
  }
}
