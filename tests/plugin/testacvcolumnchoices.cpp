/***************************************************************************
  testacvcolumnchoices.cpp - the dialog's column lists and what a choice passes on
 ***************************************************************************/
#include "acvcolumnchoices.h"
#include "acvplugintestutils.h"
#include "acvstatisticstable.h"

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
