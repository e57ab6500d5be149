/***************************************************************************
  testacvcolumnchoices.cpp - the dialog's column lists and what a choice passes on
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcolumnchoices.h"
#include "acvfilefilters.h"
#include "acvtablereader.h"
#include "acvplugintestutils.h"
#include "acvstatisticstable.h"
#include "acvtestannexes.h"

#include <gtest/gtest.h>

TEST( AcvColumnChoices, ListsTheColumnsWithTheDetectedOnes )
{
  AcvStatisticsOptions options;
  options.path = acvGiaLaiStatistics();
  AcvStatisticsTable table;
  QString error;
  ASSERT_TRUE( table.load( options, error ) ) << error.toStdString();
  const AcvColumnChoices choices = AcvColumnChoices::fromTable( table );
  ASSERT_EQ( choices.labels.size(), 6 );
  EXPECT_EQ( choices.labels.at( 1 ), u8( "B – Đơn vị" ) );
  EXPECT_EQ( choices.labels.at( 4 ), u8( "E – Số lượt cài Bluezone" ) );
  EXPECT_EQ( choices.key, 1 );
  EXPECT_EQ( choices.population, 2 );
  EXPECT_EQ( choices.smartphones, 3 );
  EXPECT_EQ( choices.installs, 4 );
  EXPECT_TRUE( AcvColumnChoices::summary( table ).contains( QStringLiteral( "row 3" ) ) ) << AcvColumnChoices::summary( table ).toStdString();
}

TEST( AcvColumnChoices, AChoiceReadsThatColumn )
{
  // The analyst swaps the figures: installs from column D. The letter reaches the same reader.
  AcvStatisticsOptions options;
  options.path = acvGiaLaiStatistics();
  options.installsColumn = AcvColumnChoices::optionValue( 3 );
  options.smartphonesColumn = AcvColumnChoices::optionValue( 4 );
  EXPECT_EQ( options.installsColumn, QStringLiteral( "D" ) );
  AcvStatisticsTable table;
  QString error;
  ASSERT_TRUE( table.load( options, error ) ) << error.toStdString();
  EXPECT_EQ( table.installsColumn().index, 3 );
  EXPECT_FALSE( table.installsColumn().detected );
  EXPECT_EQ( table.records().constFirst().installs.value_or( -1 ), 129015.0 );
  EXPECT_TRUE( AcvColumnChoices::optionValue( -1 ).isEmpty() );
}

TEST( AcvColumnChoices, ThePreviewShowsEachFigureAsItWillBeRead )
{
  // An annex whose counts are typed as text in a workbook: what the preview shows beside each
  // cell is the figure the map will use, so a misreading by a thousand is plain to see.
  const QVector<acvtest::District> districts = acvtest::giaLaiDistricts();
  AcvScratch scratch;
  const QString path = scratch.path( QStringLiteral( "text_numbers.xlsx" ) );
  ASSERT_TRUE( acvWriteXlsx( path, QStringLiteral( "Huyen" ), acvtest::annexRows( districts, true ), acvtest::kHeaderMerges ) );
  AcvStatisticsOptions options;
  options.path = path;
  AcvStatisticsTable table;
  QString error;
  ASSERT_TRUE( table.load( options, error ) ) << error.toStdString();
  const QString narrow( QChar( 0x202F ) );
  for ( int i = 0; i < districts.size(); ++i )
  {
    EXPECT_EQ( AcvColumnChoices::previewCell( table, i, table.installsColumn().index ),
               districts.at( i ).installs + QStringLiteral( " → " ) + acvtest::vietnamese( districts.at( i ).installsValue ).replace( QLatin1Char( '.' ), narrow ) );
    EXPECT_EQ( AcvColumnChoices::previewCell( table, i, table.keyColumn().index ), districts.at( i ).name );
  }
  EXPECT_EQ( AcvColumnChoices::previewCell( table, 0, table.populationColumn().index ), QStringLiteral( "254.802 → 254" ) + narrow + QStringLiteral( "802" ) );
  EXPECT_TRUE( AcvColumnChoices::readingSummary( table ).contains( QStringLiteral( "Installs: 17 typed as text, read the Vietnamese way (1.234,5)" ) ) ) << AcvColumnChoices::readingSummary( table ).toStdString();

  // Forced the English way, the same cells read as 29.178 installs: the preview says so.
  options.convention = AcvNumberConvention::English;
  ASSERT_TRUE( table.load( options, error ) ) << error.toStdString();
  EXPECT_EQ( AcvColumnChoices::previewCell( table, 0, table.installsColumn().index ), QStringLiteral( "29.178 → 29.178" ) );
  EXPECT_TRUE( AcvColumnChoices::readingSummary( table ).contains( QStringLiteral( "read the English way (1,234.5) (as chosen)" ) ) ) << AcvColumnChoices::readingSummary( table ).toStdString();
  EXPECT_TRUE( AcvFileFilters::statistics().contains( QStringLiteral( "*.xls " ) ) );
  // Every suffix the reader accepts is offered, so no annex the tool reads is hidden in the chooser.
  for ( const QString &suffix : AcvTableReader::tableSuffixes() )
    EXPECT_TRUE( AcvFileFilters::statistics().contains( QStringLiteral( "*." ) + suffix + QLatin1Char( ' ' ) ) ) << suffix.toStdString();
  EXPECT_TRUE( AcvFileFilters::boundaries().contains( QStringLiteral( "*.shp" ) ) );
}
