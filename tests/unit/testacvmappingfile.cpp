/***************************************************************************
  testacvmappingfile.cpp - the analyst's statistics name -> boundary key pairs
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvmappingfile.h"
#include "acvtestutils.h"

#include <gtest/gtest.h>

TEST( AcvMappingFile, ReadsPairsAndSkipsTheHeader )
{
  AcvScratch scratch;
  const QString path = scratch.write( QStringLiteral( "m.csv" ), u8( "statistics,boundary\nTP.HCM,Thành phố Hồ Chí Minh\n\n\"Daklak, tỉnh\",Tỉnh Đắk Lắk\n" ).toUtf8() );
  QHash<QString, QString> mapping;
  QString error;
  ASSERT_TRUE( AcvMappingFile::read( path, mapping, error ) ) << error.toStdString();
  EXPECT_EQ( mapping.size(), 2 );
  EXPECT_EQ( mapping.value( QStringLiteral( "TP.HCM" ) ), u8( "Thành phố Hồ Chí Minh" ) );
  EXPECT_EQ( mapping.value( u8( "Daklak, tỉnh" ) ), u8( "Tỉnh Đắk Lắk" ) );
}

TEST( AcvMappingFile, RefusesIncompleteAndContradictoryRows )
{
  AcvScratch scratch;
  QHash<QString, QString> mapping;
  QString error;
  EXPECT_FALSE( AcvMappingFile::read( scratch.write( QStringLiteral( "a.csv" ), "statistics,boundary\nA,\n" ), mapping, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "row 2, column 2" ) ) ) << error.toStdString();
  EXPECT_FALSE( AcvMappingFile::read( scratch.write( QStringLiteral( "b.csv" ), "A,X\nA,Y\n" ), mapping, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "row 2, column 1" ) ) && error.contains( QStringLiteral( "mapped twice" ) ) ) << error.toStdString();
}

TEST( AcvMappingFile, WritesWhatItReads )
{
  AcvScratch scratch;
  QHash<QString, QString> mapping;
  mapping.insert( QStringLiteral( "TP.HCM" ), u8( "Thành phố Hồ Chí Minh" ) );
  mapping.insert( QStringLiteral( "A, \"B\"" ), QStringLiteral( "C" ) );
  QString error;
  const QString path = scratch.path( QStringLiteral( "out.csv" ) );
  ASSERT_TRUE( AcvMappingFile::write( path, mapping, error ) ) << error.toStdString();
  QHash<QString, QString> again;
  ASSERT_TRUE( AcvMappingFile::read( path, again, error ) ) << error.toStdString();
  EXPECT_EQ( again, mapping );
}
