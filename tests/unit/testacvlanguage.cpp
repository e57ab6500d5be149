/***************************************************************************
  testacvlanguage.cpp - numbers as the map writes them in each language
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvlanguage.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace
{
QString u8( const char *text )
{
  return QString::fromUtf8( text );
}
} // namespace

TEST( AcvLanguage, ParsesCodes )
{
  AcvLanguage language = AcvLanguage::English;
  EXPECT_TRUE( AcvLanguageText::parse( QStringLiteral( " VI " ), language ) );
  EXPECT_EQ( language, AcvLanguage::Vietnamese );
  EXPECT_TRUE( AcvLanguageText::parse( QStringLiteral( "en" ), language ) );
  EXPECT_EQ( language, AcvLanguage::English );
  EXPECT_FALSE( AcvLanguageText::parse( QStringLiteral( "fr" ), language ) );
  EXPECT_EQ( language, AcvLanguage::English );
}

TEST( AcvLanguage, PercentFollowsEachLanguagesTypography )
{
  EXPECT_EQ( AcvLanguageText::percent( 23.44, 1, AcvLanguage::Vietnamese ), u8( "23,4 %" ) );
  EXPECT_EQ( AcvLanguageText::percent( 23.44, 1, AcvLanguage::English ), u8( "23.4%" ) );
  EXPECT_EQ( AcvLanguageText::percent( 9.185, 2, AcvLanguage::Vietnamese ), u8( "9,19 %" ) );
}

TEST( AcvLanguage, CountsGroupThousands )
{
  EXPECT_EQ( AcvLanguageText::count( 139267, AcvLanguage::Vietnamese ), u8( "139.267" ) );
  EXPECT_EQ( AcvLanguageText::count( 1515419, AcvLanguage::English ), u8( "1,515,419" ) );
}

TEST( AcvLanguage, RangesDropNeedlessDecimals )
{
  EXPECT_EQ( AcvLanguageText::percentRange( 45, 60, 1, AcvLanguage::Vietnamese ), u8( "45–60 %" ) );
  EXPECT_EQ( AcvLanguageText::percentRange( 45, 60, 1, AcvLanguage::English ), u8( "45–60%" ) );
  EXPECT_EQ( AcvLanguageText::percentRange( 7.5, 15, 1, AcvLanguage::Vietnamese ), u8( "7,5–15 %" ) );
  EXPECT_EQ( AcvLanguageText::percentRange( 12.345, 20.1, 1, AcvLanguage::English ), u8( "12.3–20.1%" ) );
}

TEST( AcvLanguage, CompactNumberRoundsThenTrims )
{
  EXPECT_EQ( AcvLanguageText::compactNumber( 14.999, 1, AcvLanguage::English ), u8( "15" ) );
  EXPECT_EQ( AcvLanguageText::compactNumber( 0.05, 1, AcvLanguage::Vietnamese ), u8( "0,1" ) );
  EXPECT_EQ( AcvLanguageText::compactNumber( 1234.5, 2, AcvLanguage::Vietnamese ), u8( "1.234,5" ) );
  EXPECT_TRUE( AcvLanguageText::compactNumber( std::numeric_limits<double>::quiet_NaN(), 1, AcvLanguage::English ).isEmpty() );
}
