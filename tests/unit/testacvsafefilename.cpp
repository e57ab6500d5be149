/***************************************************************************
  testacvsafefilename.cpp - atlas file names from any locality name
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvsafefilename.h"
#include "acvtestutils.h"

#include <gtest/gtest.h>

TEST( AcvSafeFileName, KeepsDiacriticsComposed )
{
  const QString decomposed = u8( "Thị xã Ayun Pa" ).normalized( QString::NormalizationForm_D );
  EXPECT_EQ( AcvSafeFileName::fromName( decomposed ), u8( "Thị_xã_Ayun_Pa" ) );
  EXPECT_EQ( AcvSafeFileName::fromName( u8( "Đắk Đoa" ) ), u8( "Đắk_Đoa" ) );
}

TEST( AcvSafeFileName, NeverMakesAPathOrAReservedName )
{
  EXPECT_EQ( AcvSafeFileName::fromName( u8( "Phường 1/Quận 3" ) ), u8( "Phường_1-Quận_3" ) );
  EXPECT_EQ( AcvSafeFileName::fromName( u8( "Xã Ia:Pa? \"mới\" <1>|*\\" ) ), u8( "Xã_Ia-Pa-mới-1" ) );
  EXPECT_EQ( AcvSafeFileName::fromName( QStringLiteral( "../../etc/passwd" ) ), QStringLiteral( "etc-passwd" ) );
  EXPECT_EQ( AcvSafeFileName::fromName( QStringLiteral( "CON" ) ), QStringLiteral( "CON_" ) );
  EXPECT_EQ( AcvSafeFileName::fromName( QStringLiteral( "tab\there\n" ) ), QStringLiteral( "tab_here" ) );
  EXPECT_EQ( AcvSafeFileName::fromName( QStringLiteral( "/:?" ) ), QStringLiteral( "unnamed" ) );
  EXPECT_EQ( AcvSafeFileName::fromName( QString() ), QStringLiteral( "unnamed" ) );
}

TEST( AcvSafeFileName, CutsLongNamesOnACharacterBoundary )
{
  const QString name = AcvSafeFileName::fromName( QString( 100, QChar( 0x1EA1 ) ), 80 );
  EXPECT_EQ( name.size(), 80 );
}

TEST( AcvSafeFileName, NumbersPagesInAtlasOrder )
{
  EXPECT_EQ( AcvSafeFileName::numbered( QStringLiteral( "gia_lai" ), 7, 17, u8( "Thị xã Ayun Pa" ), QStringLiteral( "png" ) ), u8( "gia_lai_007_Thị_xã_Ayun_Pa.png" ) );
  EXPECT_EQ( AcvSafeFileName::numbered( QStringLiteral( "x" ), 12, 1500, QStringLiteral( "A" ), QStringLiteral( "png" ) ), QStringLiteral( "x_0012_A.png" ) );
}
