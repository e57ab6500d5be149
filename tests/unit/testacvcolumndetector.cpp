/***************************************************************************
  testacvcolumndetector.cpp - header words in Vietnamese and English
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcolumndetector.h"
#include "acvtestutils.h"

#include <gtest/gtest.h>

TEST( AcvColumnDetector, RecognisesVietnameseHeadersAndAbbreviations )
{
  EXPECT_EQ( AcvColumnDetector::roleOf( u8( "Số lượt cài đặt" ) ), AcvColumnRole::Installs );
  EXPECT_EQ( AcvColumnDetector::roleOf( u8( "Số lượt cài Bluezone" ) ), AcvColumnRole::Installs );
  EXPECT_EQ( AcvColumnDetector::roleOf( u8( "Số người dùng ĐTTM" ) ), AcvColumnRole::Smartphones );
  EXPECT_EQ( AcvColumnDetector::roleOf( u8( "Số người dùng điện thoại thông minh" ) ), AcvColumnRole::Smartphones );
  EXPECT_EQ( AcvColumnDetector::roleOf( u8( "Dân số (2019)" ) ), AcvColumnRole::Population );
  EXPECT_EQ( AcvColumnDetector::roleOf( u8( "DS" ) ), AcvColumnRole::Population );
  EXPECT_EQ( AcvColumnDetector::roleOf( u8( "Đơn vị" ) ), AcvColumnRole::Key );
  EXPECT_EQ( AcvColumnDetector::roleOf( u8( "Tỉnh, thành phố" ) ), AcvColumnRole::Key );
  EXPECT_EQ( AcvColumnDetector::roleOf( u8( "Tên xã" ) ), AcvColumnRole::Key );
  EXPECT_EQ( AcvColumnDetector::roleOf( u8( "Mã tỉnh" ) ), AcvColumnRole::Code );
  // Ð (U+00D0) typed for Đ still reads as ĐTTM.
  EXPECT_EQ( AcvColumnDetector::roleOf( QString::fromUtf8( "S\xE1\xBB\x91 ng\xC6\xB0\xE1\xBB\x9Di d\xC3\xB9ng \xC3\x90TTM" ) ), AcvColumnRole::Smartphones );
}

TEST( AcvColumnDetector, RecognisesEnglishHeaders )
{
  EXPECT_EQ( AcvColumnDetector::roleOf( QStringLiteral( "Installs" ) ), AcvColumnRole::Installs );
  EXPECT_EQ( AcvColumnDetector::roleOf( QStringLiteral( "Smartphone users" ) ), AcvColumnRole::Smartphones );
  EXPECT_EQ( AcvColumnDetector::roleOf( QStringLiteral( "Population" ) ), AcvColumnRole::Population );
  EXPECT_EQ( AcvColumnDetector::roleOf( QStringLiteral( "District" ) ), AcvColumnRole::Key );
  EXPECT_EQ( AcvColumnDetector::roleOf( QStringLiteral( "Code" ) ), AcvColumnRole::Code );
}

TEST( AcvColumnDetector, NeverTakesDerivedFigures )
{
  EXPECT_EQ( AcvColumnDetector::roleOf( u8( "Tỷ lệ cài đặt/ĐTTM (%)" ) ), AcvColumnRole::None );
  EXPECT_EQ( AcvColumnDetector::roleOf( u8( "Tỷ lệ/dân số (%)" ) ), AcvColumnRole::None );
  EXPECT_EQ( AcvColumnDetector::roleOf( u8( "Xếp hạng" ) ), AcvColumnRole::None );
  EXPECT_EQ( AcvColumnDetector::roleOf( u8( "STT" ) ), AcvColumnRole::None );
  EXPECT_EQ( AcvColumnDetector::roleOf( QStringLiteral( "Installs (%)" ) ), AcvColumnRole::None );
  EXPECT_EQ( AcvColumnDetector::roleOf( QStringLiteral( "Coverage rate" ) ), AcvColumnRole::None );
}

TEST( AcvColumnDetector, FindsUserNamedColumns )
{
  const QStringList headers = { u8( "STT" ), u8( "Đơn vị" ), u8( "Số lượt cài đặt" ), u8( "Dân số" ), u8( "Dân  số" ) };
  EXPECT_EQ( AcvColumnDetector::findColumn( headers, u8( "Số lượt cài đặt" ) ), 2 );
  EXPECT_EQ( AcvColumnDetector::findColumn( headers, u8( "so luot cai dat" ) ), 2 );
  EXPECT_EQ( AcvColumnDetector::findColumn( headers, QStringLiteral( "C" ) ), 2 );
  EXPECT_EQ( AcvColumnDetector::findColumn( headers, QStringLiteral( "3" ) ), 2 );
  EXPECT_EQ( AcvColumnDetector::findColumn( headers, u8( "dan so" ) ), -2 ); // two columns fit
  EXPECT_EQ( AcvColumnDetector::findColumn( headers, QStringLiteral( "Nope" ) ), -1 );
  EXPECT_EQ( AcvColumnDetector::findColumn( headers, QStringLiteral( "9" ) ), -1 );
}

TEST( AcvColumnDetector, ScoresHeaderRowsAboveTitles )
{
  EXPECT_EQ( AcvColumnDetector::headerScore( { u8( "STT" ), u8( "Đơn vị" ), u8( "Dân số" ), u8( "Số lượt cài" ) } ), 3 );
  EXPECT_EQ( AcvColumnDetector::headerScore( { QStringLiteral( "1" ), QStringLiteral( "Pleiku" ), QStringLiteral( "254.802" ) } ), 0 );
}
