/***************************************************************************
  testacvnamenormalizer.cpp - canonical keys for Vietnamese locality names
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvnamenormalizer.h"
#include "acvtestutils.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <utility>

#include <ostream>

static void PrintTo( const QString &text, std::ostream *os )
{
  *os << '"' << text.toStdString() << '"';
}

namespace
{

QString u( const char *utf8 )
{
  return QString::fromUtf8( utf8 );
}

QString nfd( const char *utf8 )
{
  return u( utf8 ).normalized( QString::NormalizationForm_D );
}

AcvNormalizedName n( const QString &name )
{
  return AcvNameNormalizer::normalize( name );
}

AcvNormalizedName n( const char *utf8 )
{
  return n( u( utf8 ) );
}

QString toneKey( const char *utf8 )
{
  return n( utf8 ).toneKey;
}

//! Both spellings give the same keys and type.
::testing::AssertionResult sameName( const QString &a, const QString &b )
{
  const AcvNormalizedName na = n( a );
  const AcvNormalizedName nb = n( b );
  if ( na.toneKey != nb.toneKey || na.foldKey != nb.foldKey || na.type != nb.type )
    return ::testing::AssertionFailure() << '"' << a.toStdString() << "\" -> \"" << na.toneKey.toStdString() << "\" ("
                                         << AcvNameNormalizer::typeName( na.type ).toStdString() << ") but \"" << b.toStdString()
                                         << "\" -> \"" << nb.toneKey.toStdString() << "\" (" << AcvNameNormalizer::typeName( nb.type ).toStdString() << ")";
  return ::testing::AssertionSuccess();
}

::testing::AssertionResult sameName( const char *a, const char *b )
{
  return sameName( u( a ), u( b ) );
}

//! The name has the given type and toneKey.
::testing::AssertionResult reads( const char *name, AcvAdminType type, const char *expectedToneKey )
{
  const AcvNormalizedName normalized = n( name );
  if ( normalized.type != type || normalized.toneKey != u( expectedToneKey ) )
    return ::testing::AssertionFailure() << '"' << name << "\" -> \"" << normalized.toneKey.toStdString() << "\" ("
                                         << AcvNameNormalizer::typeName( normalized.type ).toStdString() << "), expected \"" << expectedToneKey
                                         << "\" (" << AcvNameNormalizer::typeName( type ).toStdString() << ")";
  return ::testing::AssertionSuccess();
}

} // namespace

TEST( AcvNameNormalizer, KeepsTheRawName )
{
  EXPECT_EQ( n( "  Huyện  Chư Sê " ).raw, u( "  Huyện  Chư Sê " ) );
}

TEST( AcvNameNormalizer, HeaderExample )
{
  EXPECT_TRUE( reads( "Huyện  CHƯ SÊ", AcvAdminType::District, "chư sê" ) );
  EXPECT_EQ( n( "Huyện  CHƯ SÊ" ).foldKey, QStringLiteral( "chu se" ) );
}

TEST( AcvNameNormalizer, KeysAreNfc )
{
  const QString key = n( nfd( "Đắk Lắk" ) ).toneKey;
  EXPECT_EQ( key, u( "đắk lắk" ) );
  EXPECT_EQ( key, key.normalized( QString::NormalizationForm_C ) );
}

TEST( AcvNameNormalizer, NfcAndNfdAreTheSame )
{
  EXPECT_TRUE( sameName( u( "Thị trấn Chư Sê" ), nfd( "Thị trấn Chư Sê" ) ) );
  EXPECT_TRUE( sameName( u( "Phường Yên Thế" ), nfd( "Phường Yên Thế" ) ) );
}

TEST( AcvNameNormalizer, NonCanonicalMarkOrderIsTheSame )
{
  // ệ typed as e + circumflex + dot below, the reverse of the canonical order.
  EXPECT_TRUE( sameName( u( "Huy\u0065\u0302\u0323n" ), u( "Huyện" ) ) );
}

TEST( AcvNameNormalizer, CaseIsIgnored )
{
  EXPECT_TRUE( sameName( "HÀ NỘI", "hà nội" ) );
  EXPECT_TRUE( sameName( "ĐẮK ĐOA", "đắk đoa" ) );
}

TEST( AcvNameNormalizer, OldAndNewTonePlacementAreTheSame )
{
  EXPECT_TRUE( sameName( "Hoà", "Hòa" ) );
  EXPECT_TRUE( sameName( "Thuỷ", "Thủy" ) );
  EXPECT_TRUE( sameName( "Khánh Hoà", "Khánh Hòa" ) );
  EXPECT_TRUE( sameName( "Thanh Hoá", "Thanh Hóa" ) );
  EXPECT_TRUE( sameName( "Khoẻ", "Khỏe" ) );
  EXPECT_TRUE( sameName( "Hoà Bình", "Hòa Bình" ) );
}

TEST( AcvNameNormalizer, ToneGoesWhereTheNewStyleRulePutsIt )
{
  EXPECT_EQ( toneKey( "Hòa Bình" ), u( "hoà bình" ) );
  EXPECT_EQ( toneKey( "Thủy" ), u( "thuỷ" ) );
  EXPECT_EQ( toneKey( "Ngoài" ), u( "ngoài" ) );
  EXPECT_EQ( toneKey( "Của" ), u( "của" ) );
  EXPECT_EQ( toneKey( "Hoàng" ), u( "hoàng" ) );
  EXPECT_EQ( toneKey( "Huỳnh" ), u( "huỳnh" ) );
  EXPECT_EQ( toneKey( "Phường" ), u( "phường" ) );
  EXPECT_EQ( toneKey( "Nguyễn" ), u( "nguyễn" ) );
}

TEST( AcvNameNormalizer, QuAndGiAreInitialConsonants )
{
  EXPECT_EQ( toneKey( "Quý" ), u( "quý" ) );
  EXPECT_TRUE( sameName( "Qúy", "Quý" ) );
  EXPECT_EQ( toneKey( "Già" ), u( "già" ) );
  EXPECT_TRUE( sameName( "Gìa", "Già" ) );
  EXPECT_EQ( toneKey( "Gì" ), u( "gì" ) );
}

TEST( AcvNameNormalizer, DStrokeLookAlikesAreTheSame )
{
  EXPECT_TRUE( sameName( u( "Đăk Đoa" ), u( "\u00D0\u0103k \u00D0oa" ) ) );
  EXPECT_TRUE( sameName( u( "Đăk Đoa" ), u( "\u0189\u0103k \u0256oa" ) ) );
  EXPECT_EQ( n( u( "\u00D0\u0103k \u00D0oa" ) ).toneKey, u( "đăk đoa" ) );
}

TEST( AcvNameNormalizer, VowelQualityMarksMatterInToneKeyOnly )
{
  EXPECT_NE( toneKey( "Đăk Đoa" ), toneKey( "Đắk Đoa" ) );
  EXPECT_EQ( n( "Đăk Đoa" ).foldKey, n( "Đắk Đoa" ).foldKey );
  EXPECT_NE( toneKey( "Đăk" ), toneKey( "Đak" ) );
}

TEST( AcvNameNormalizer, DistinctNamesStayDistinct )
{
  EXPECT_NE( toneKey( "Hà Nam" ), toneKey( "Hà Nội" ) );
  EXPECT_NE( n( "Hà Nam" ).foldKey, n( "Hà Nội" ).foldKey );
  EXPECT_NE( toneKey( "Ia Pa" ), toneKey( "Krông Pa" ) );
}

TEST( AcvNameNormalizer, FoldKeyDropsEveryDiacritic )
{
  EXPECT_EQ( n( "Đắk Lắk" ).foldKey, QStringLiteral( "dak lak" ) );
  EXPECT_EQ( n( "Thừa Thiên Huế" ).foldKey, QStringLiteral( "thua thien hue" ) );
  EXPECT_EQ( n( "Dak Lak" ).foldKey, n( "Đắk Lắk" ).foldKey );
}

TEST( AcvNameNormalizer, ExtraSpacesAreCollapsed )
{
  EXPECT_TRUE( sameName( "  Chư   Sê  ", "Chư Sê" ) );
  EXPECT_TRUE( sameName( "Chư\tSê\n", "Chư Sê" ) );
  EXPECT_TRUE( sameName( u( "Chư\u00A0Sê" ), u( "Chư Sê" ) ) );
  EXPECT_TRUE( sameName( u( "Chư\u202F\u2009Sê" ), u( "Chư Sê" ) ) );
}

TEST( AcvNameNormalizer, InvisibleCharactersAreDropped )
{
  EXPECT_TRUE( sameName( u( "\uFEFFChư Sê\u200B" ), u( "Chư Sê" ) ) );
  EXPECT_TRUE( sameName( u( "Chư \u200BSê" ), u( "Chư Sê" ) ) );
  EXPECT_TRUE( sameName( u( "\u200EChư Sê\u200F" ), u( "Chư Sê" ) ) );
  EXPECT_TRUE( sameName( u( "\u202AChư Sê\u202C" ), u( "Chư Sê" ) ) );
  EXPECT_TRUE( sameName( u( "Chư Sê\x01" ), u( "Chư Sê" ) ) );
  EXPECT_TRUE( sameName( u( "Kon\u00ADTum" ), u( "KonTum" ) ) );
}

TEST( AcvNameNormalizer, HyphensAndDashesSeparateWords )
{
  const char *expected = "Bà Rịa Vũng Tàu";
  EXPECT_TRUE( sameName( "Bà Rịa - Vũng Tàu", expected ) );
  EXPECT_TRUE( sameName( "Bà Rịa-Vũng Tàu", expected ) );
  EXPECT_TRUE( sameName( "Bà Rịa–Vũng Tàu", expected ) );
  EXPECT_TRUE( sameName( "Bà Rịa — Vũng Tàu", expected ) );
  EXPECT_TRUE( sameName( "Bà Rịa − Vũng Tàu", expected ) );
  EXPECT_TRUE( sameName( "Bà Rịa ‐ Vũng Tàu", expected ) );
  EXPECT_EQ( toneKey( "Bà Rịa - Vũng Tàu" ), u( "bà rịa vũng tàu" ) );
}

TEST( AcvNameNormalizer, ApostrophesJoin )
{
  for ( const char *written : { "K'Bang", "KBang", "Kbang", "K’Bang", "K‘Bang", "K`Bang", "Kʼbang", "K´Bang" } )
    EXPECT_EQ( toneKey( written ), QStringLiteral( "kbang" ) ) << written;
}

TEST( AcvNameNormalizer, QuotesAroundANameAreDropped )
{
  EXPECT_TRUE( sameName( "“Ia Grai”", "Ia Grai" ) );
  EXPECT_TRUE( sameName( "\"Ia Grai\"", "Ia Grai" ) );
}

TEST( AcvNameNormalizer, OtherPunctuationSeparatesWords )
{
  for ( const char *written : { "Chư.Sê", "Chư_Sê", "Chư,Sê", "Chư/Sê", "(Chư Sê)", "Chư Sê.", "Chư Sê *", "[Chư] Sê" } )
    EXPECT_EQ( toneKey( written ), u( "chư sê" ) ) << written;
}

TEST( AcvNameNormalizer, VietnameseTypeWords )
{
  EXPECT_TRUE( reads( "Tỉnh Gia Lai", AcvAdminType::Province, "gia lai" ) );
  EXPECT_TRUE( reads( "Thành phố Pleiku", AcvAdminType::City, "pleiku" ) );
  EXPECT_TRUE( reads( "Thị xã Ayun Pa", AcvAdminType::Town, "ayun pa" ) );
  EXPECT_TRUE( reads( "Thị trấn Chư Sê", AcvAdminType::Township, "chư sê" ) );
  EXPECT_TRUE( reads( "Huyện Chư Sê", AcvAdminType::District, "chư sê" ) );
  EXPECT_TRUE( reads( "Quận Ba Đình", AcvAdminType::UrbanDistrict, "ba đình" ) );
  EXPECT_TRUE( reads( "Xã Ia Ka", AcvAdminType::Commune, "ia ka" ) );
  EXPECT_TRUE( reads( "Phường Yên Thế", AcvAdminType::Ward, "yên thế" ) );
}

TEST( AcvNameNormalizer, TypeWordsIgnoreCaseCompositionAndTonePlacement )
{
  EXPECT_TRUE( reads( "THỊ TRẤN CHƯ SÊ", AcvAdminType::Township, "chư sê" ) );
  EXPECT_TRUE( reads( "thành phố Pleiku", AcvAdminType::City, "pleiku" ) );
  EXPECT_EQ( n( nfd( "Huyện Chư Sê" ) ).type, AcvAdminType::District );
  EXPECT_EQ( n( nfd( "Phường Yên Thế" ) ).type, AcvAdminType::Ward );
  EXPECT_EQ( n( nfd( "Xã Ia Ka" ) ).type, AcvAdminType::Commune );
}

TEST( AcvNameNormalizer, CityAbbreviations )
{
  for ( const char *written : { "TP. Pleiku", "TP Pleiku", "T.P. Pleiku", "T.P Pleiku", "Tp.Pleiku", "tp pleiku" } )
    EXPECT_TRUE( reads( written, AcvAdminType::City, "pleiku" ) );
}

TEST( AcvNameNormalizer, TownAbbreviations )
{
  for ( const char *written : { "TX. Ayun Pa", "TX Ayun Pa", "T.X. Ayun Pa", "Tx.Ayun Pa" } )
    EXPECT_TRUE( reads( written, AcvAdminType::Town, "ayun pa" ) );
}

TEST( AcvNameNormalizer, TownshipAbbreviations )
{
  for ( const char *written : { "TT. Chư Sê", "TT Chư Sê", "T.T. Chư Sê", "TT.Chư Sê" } )
    EXPECT_TRUE( reads( written, AcvAdminType::Township, "chư sê" ) );
}

TEST( AcvNameNormalizer, OneLetterAbbreviationsNeedTheirDot )
{
  EXPECT_TRUE( reads( "H. Chư Sê", AcvAdminType::District, "chư sê" ) );
  EXPECT_TRUE( reads( "H.Chư Sê", AcvAdminType::District, "chư sê" ) );
  EXPECT_TRUE( reads( "X. Ia Grai", AcvAdminType::Commune, "ia grai" ) );
  EXPECT_TRUE( reads( "X.Lộc Hòa", AcvAdminType::Commune, "lộc hoà" ) ); // tone on the old-style vowel, as keys are
  EXPECT_TRUE( reads( "P. Phù Đổng", AcvAdminType::Ward, "phù đổng" ) );
  EXPECT_TRUE( reads( "Q. Ba Đình", AcvAdminType::UrbanDistrict, "ba đình" ) );
  EXPECT_TRUE( reads( "P. Yên Thế", AcvAdminType::Ward, "yên thế" ) );
  EXPECT_TRUE( reads( "H Chư Sê", AcvAdminType::None, "h chư sê" ) );
  EXPECT_TRUE( reads( "P Yên Thế", AcvAdminType::None, "p yên thế" ) );
  EXPECT_TRUE( reads( "Q Ba Đình", AcvAdminType::None, "q ba đình" ) );
}

TEST( AcvNameNormalizer, QAndPBeforeANumber )
{
  for ( const char *written : { "Quận 1", "Q1", "Q.1", "Q. 1", "Q 1", "quan 1", "Quận 01" } )
    EXPECT_TRUE( reads( written, AcvAdminType::UrbanDistrict, "1" ) );
  for ( const char *written : { "Phường 12", "P12", "P.12", "P. 12", "p 12", "Phường 012" } )
    EXPECT_TRUE( reads( written, AcvAdminType::Ward, "12" ) );
}

TEST( AcvNameNormalizer, NumericNamesLoseLeadingZeros )
{
  EXPECT_TRUE( sameName( "Phường 01", "P.1" ) );
  EXPECT_TRUE( sameName( "Phường 01", "Phường 1" ) );
  EXPECT_TRUE( reads( "Phường 0", AcvAdminType::Ward, "0" ) );
  EXPECT_TRUE( reads( "Phường 00", AcvAdminType::Ward, "0" ) );
  EXPECT_TRUE( reads( "064", AcvAdminType::None, "64" ) );
  EXPECT_TRUE( reads( "Phường 01A", AcvAdminType::Ward, "01a" ) );
}

TEST( AcvNameNormalizer, TypeWordsWithoutDiacriticsInNamesWithoutDiacritics )
{
  EXPECT_TRUE( reads( "Xa Ia Ka", AcvAdminType::Commune, "ia ka" ) );
  EXPECT_TRUE( reads( "Huyen Chu Se", AcvAdminType::District, "chu se" ) );
  EXPECT_TRUE( reads( "Thi tran Chu Se", AcvAdminType::Township, "chu se" ) );
  EXPECT_TRUE( reads( "Thi xa Ayun Pa", AcvAdminType::Town, "ayun pa" ) );
  EXPECT_TRUE( reads( "Thanh pho Pleiku", AcvAdminType::City, "pleiku" ) );
  EXPECT_TRUE( reads( "Tinh Gia Lai", AcvAdminType::Province, "gia lai" ) );
  EXPECT_TRUE( reads( "Quan Ba Dinh", AcvAdminType::UrbanDistrict, "ba dinh" ) );
  EXPECT_TRUE( reads( "Phuong Yen The", AcvAdminType::Ward, "yen the" ) );
}

TEST( AcvNameNormalizer, NameSyllablesAreNotTypeWords )
{
  EXPECT_TRUE( reads( "Xà Bang", AcvAdminType::None, "xà bang" ) );
  EXPECT_TRUE( reads( "Xã Xà Bang", AcvAdminType::Commune, "xà bang" ) );
  EXPECT_TRUE( reads( "Quan Hóa", AcvAdminType::None, "quan hoá" ) );
  EXPECT_TRUE( reads( "Tịnh Biên", AcvAdminType::None, "tịnh biên" ) );
  // Diacritics elsewhere in the name show the bare "Xa" is a name syllable.
  EXPECT_TRUE( reads( "Xa Đoai", AcvAdminType::None, "xa đoai" ) );
}

TEST( AcvNameNormalizer, BareTypeWordKeepsAnUntypedFoldKey )
{
  const AcvNormalizedName quanHoa = n( "Quan Hoa" );
  EXPECT_EQ( quanHoa.type, AcvAdminType::UrbanDistrict );
  EXPECT_EQ( quanHoa.foldKey, QStringLiteral( "hoa" ) );
  EXPECT_EQ( quanHoa.untypedFoldKey, QStringLiteral( "quan hoa" ) );
  EXPECT_TRUE( n( "Quận Hoa" ).untypedFoldKey.isEmpty() );
  EXPECT_TRUE( n( "TT Chu Se" ).untypedFoldKey.isEmpty() );
  EXPECT_TRUE( n( "Chu Se" ).untypedFoldKey.isEmpty() );
}

TEST( AcvNameNormalizer, EnglishTypeAfterTheName )
{
  EXPECT_TRUE( reads( "Pleiku City", AcvAdminType::City, "pleiku" ) );
  EXPECT_TRUE( reads( "Gia Lai Province", AcvAdminType::Province, "gia lai" ) );
  EXPECT_TRUE( reads( "Chu Se District", AcvAdminType::EnglishDistrict, "chu se" ) );
  EXPECT_TRUE( reads( "Ayun Pa Town", AcvAdminType::EnglishTown, "ayun pa" ) );
  EXPECT_TRUE( reads( "Ia Ka Commune", AcvAdminType::Commune, "ia ka" ) );
  EXPECT_TRUE( reads( "Yen The Ward", AcvAdminType::Ward, "yen the" ) );
  EXPECT_TRUE( reads( "Chu Se Township", AcvAdminType::Township, "chu se" ) );
  EXPECT_TRUE( reads( "PLEIKU CITY", AcvAdminType::City, "pleiku" ) );
}

TEST( AcvNameNormalizer, EnglishTypeBeforeTheName )
{
  EXPECT_TRUE( reads( "City of Pleiku", AcvAdminType::City, "pleiku" ) );
  EXPECT_TRUE( reads( "Province of Gia Lai", AcvAdminType::Province, "gia lai" ) );
  EXPECT_TRUE( reads( "District 1", AcvAdminType::EnglishDistrict, "1" ) );
  EXPECT_TRUE( reads( "Ward 12", AcvAdminType::Ward, "12" ) );
  EXPECT_TRUE( reads( "Commune Ia Ka", AcvAdminType::Commune, "ia ka" ) );
  EXPECT_TRUE( reads( "Town Ayun Pa", AcvAdminType::EnglishTown, "ayun pa" ) );
  EXPECT_TRUE( reads( "Township Chu Se", AcvAdminType::Township, "chu se" ) );
}

TEST( AcvNameNormalizer, HoChiMinhCityInItsUsualSpellings )
{
  EXPECT_TRUE( sameName( "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh" ) );
  EXPECT_TRUE( sameName( "Thành phố Hồ Chí Minh", "TP.Hồ Chí Minh" ) );
  const AcvNormalizedName english = n( "Ho Chi Minh City" );
  const AcvNormalizedName vietnamese = n( "Thành phố Hồ Chí Minh" );
  EXPECT_EQ( english.foldKey, vietnamese.foldKey );
  EXPECT_TRUE( AcvNameNormalizer::typesCompatible( english.type, vietnamese.type ) );
  // Abbreviations of the name itself are the mapping file's business.
  EXPECT_NE( n( "TP.HCM" ).foldKey, vietnamese.foldKey );
}

TEST( AcvNameNormalizer, NeverStripsTheWholeName )
{
  EXPECT_TRUE( reads( "Xã", AcvAdminType::None, "xã" ) );
  EXPECT_TRUE( reads( "Thành phố", AcvAdminType::None, "thành phố" ) );
  EXPECT_TRUE( reads( "Thị Xã", AcvAdminType::None, "thị xã" ) );
  EXPECT_TRUE( reads( "TP.", AcvAdminType::None, "tp" ) );
  EXPECT_TRUE( reads( "City", AcvAdminType::None, "city" ) );
  EXPECT_TRUE( reads( "Q", AcvAdminType::None, "q" ) );
}

TEST( AcvNameNormalizer, StripsOnlyOneType )
{
  EXPECT_TRUE( reads( "Xã Thị Trấn", AcvAdminType::Commune, "thị trấn" ) );
  EXPECT_TRUE( reads( "Huyện Chư Sê District", AcvAdminType::District, "chư sê district" ) );
}

TEST( AcvNameNormalizer, EmptyNames )
{
  EXPECT_TRUE( n( "" ).isEmpty() );
  EXPECT_TRUE( n( "   " ).isEmpty() );
  EXPECT_TRUE( n( " - . " ).isEmpty() );
  EXPECT_EQ( n( "" ).type, AcvAdminType::None );
  EXPECT_FALSE( n( "Ia" ).isEmpty() );
}

TEST( AcvNameNormalizer, TypesCompatibleWhenEqualOrUnwritten )
{
  EXPECT_TRUE( AcvNameNormalizer::typesCompatible( AcvAdminType::District, AcvAdminType::District ) );
  EXPECT_TRUE( AcvNameNormalizer::typesCompatible( AcvAdminType::None, AcvAdminType::Ward ) );
  EXPECT_TRUE( AcvNameNormalizer::typesCompatible( AcvAdminType::Commune, AcvAdminType::None ) );
}

TEST( AcvNameNormalizer, EnglishTypesTranslateToTheirVietnameseTypes )
{
  EXPECT_TRUE( AcvNameNormalizer::typesCompatible( AcvAdminType::EnglishTown, AcvAdminType::Town ) );
  EXPECT_TRUE( AcvNameNormalizer::typesCompatible( AcvAdminType::Township, AcvAdminType::EnglishTown ) );
  EXPECT_TRUE( AcvNameNormalizer::typesCompatible( AcvAdminType::EnglishDistrict, AcvAdminType::District ) );
  EXPECT_TRUE( AcvNameNormalizer::typesCompatible( AcvAdminType::UrbanDistrict, AcvAdminType::EnglishDistrict ) );
  EXPECT_FALSE( AcvNameNormalizer::typesCompatible( AcvAdminType::EnglishTown, AcvAdminType::District ) );
  EXPECT_FALSE( AcvNameNormalizer::typesCompatible( AcvAdminType::EnglishDistrict, AcvAdminType::Town ) );
  EXPECT_FALSE( AcvNameNormalizer::typesCompatible( AcvAdminType::EnglishDistrict, AcvAdminType::EnglishTown ) );
}

TEST( AcvNameNormalizer, DistinctVietnameseTypesAreIncompatible )
{
  EXPECT_FALSE( AcvNameNormalizer::typesCompatible( AcvAdminType::Township, AcvAdminType::District ) );
  EXPECT_FALSE( AcvNameNormalizer::typesCompatible( AcvAdminType::Town, AcvAdminType::Township ) );
  EXPECT_FALSE( AcvNameNormalizer::typesCompatible( AcvAdminType::District, AcvAdminType::UrbanDistrict ) );
  EXPECT_FALSE( AcvNameNormalizer::typesCompatible( AcvAdminType::City, AcvAdminType::Town ) );
  EXPECT_FALSE( AcvNameNormalizer::typesCompatible( AcvAdminType::Commune, AcvAdminType::Ward ) );
  EXPECT_FALSE( AcvNameNormalizer::typesCompatible( n( "Thị trấn Chư Sê" ).type, n( "Huyện Chư Sê" ).type ) );
}

TEST( AcvNameNormalizer, TypeNamesAreDistinct )
{
  const QVector<AcvAdminType> types = { AcvAdminType::None, AcvAdminType::Province, AcvAdminType::City, AcvAdminType::Town,
                                        AcvAdminType::Township, AcvAdminType::EnglishTown, AcvAdminType::District,
                                        AcvAdminType::UrbanDistrict, AcvAdminType::Commune, AcvAdminType::Ward, AcvAdminType::EnglishDistrict };
  QStringList names;
  for ( const AcvAdminType type : types )
    names << AcvNameNormalizer::typeName( type );
  EXPECT_EQ( names.removeDuplicates(), 0 ) << names.join( QStringLiteral( ", " ) ).toStdString();
  EXPECT_EQ( AcvNameNormalizer::typeName( AcvAdminType::District ), QStringLiteral( "district" ) );
}

// normalize() reads names of ASCII and Vietnamese letters through tables instead of Qt's
// NFD/NFC. These tests hold it to the general path on the spellings annexes and layers use.
namespace
{

::testing::AssertionResult sameAsGeneralPath( const QString &name )
{
  const AcvNormalizedName fast = AcvNameNormalizer::normalize( name );
  const AcvNormalizedName general = AcvNameNormalizer::normalizeWithoutShortcut( name );
  if ( fast.raw == general.raw && fast.type == general.type && fast.toneKey == general.toneKey && fast.foldKey == general.foldKey && fast.untypedFoldKey == general.untypedFoldKey )
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << '"' << name.toStdString() << "\" (U+" << QString::number( name.isEmpty() ? 0 : name.at( 0 ).unicode(), 16 ).toStdString()
                                       << "...): shortcut \"" << fast.toneKey.toStdString() << "\" / \"" << fast.foldKey.toStdString() << "\" / \""
                                       << fast.untypedFoldKey.toStdString() << "\" (" << AcvNameNormalizer::typeName( fast.type ).toStdString()
                                       << "), general path \"" << general.toneKey.toStdString() << "\" / \"" << general.foldKey.toStdString() << "\" / \""
                                       << general.untypedFoldKey.toStdString() << "\" (" << AcvNameNormalizer::typeName( general.type ).toStdString() << ")";
}

//! The name as annexes write it: as is, NFD, capitals, capitals NFD, lowercase.
QStringList spellings( const QString &name )
{
  return { name, name.normalized( QString::NormalizationForm_D ), name.toUpper(), name.toUpper().normalized( QString::NormalizationForm_D ), name.toLower() };
}

} // namespace

TEST( AcvNameNormalizer, ShortcutAgreesOnTrickySpellings )
{
  const QStringList names = {
      u( "Xã Tân Phước" ),
      u( "X. Lộc Hòa" ),
      u( "P. Yên Đỗ" ),
      u( "TT. Chư Sê" ),
      u( "XÃ KHÁNH ĐÔNG" ),
      u( "Khánh Lộc" ),
      u( "Xa Ia Ka" ),
      u( "Xà Bang" ),
      u( "Quan Hoa" ),
      u( "Huyện Quan Hóa" ),
      u( "Thành phố Hồ Chí Minh" ),
      u( "TP.HCM" ),
      u( "T.P. Pleiku" ),
      u( "Pleiku City" ),
      u( "City of Pleiku" ),
      u( "District 1" ),
      u( "Q1" ),
      u( "P 12" ),
      u( "Phường 01" ),
      u( "Quận 007" ),
      u( "0" ),
      u( "K'Bang" ),
      u( "K’Bang" ),
      u( "H'Mông" ),
      u( "«Ia Grai»" ),
      u( "\"Đak Đoa\"" ),
      u( "Bà Rịa - Vũng Tàu" ),
      u( "Bà Rịa–Vũng Tàu" ),
      u( "Bà Rịa\u00A0Vũng\u2009Tàu" ),
      u( "Ia\u200BGrai" ),
      u( "Chư\u00ADPăh" ),
      u( "Ðak Pơ" ),
      u( "ðak pơ" ),
      u( "Ɖak Pơ" ),
      u( "ɖak pơ" ),
      u( "Tổng cộng" ),
      u( "Toàn tỉnh" ),
      u( "Toàn Tịnh" ),
      u( "TOÀN TỈNH GIA LAI" ),
      u( "Hoà Bình" ),
      u( "Hòa Bình" ),
      u( "Thuỷ Nguyên" ),
      u( "Thủy Nguyên" ),
      u( "quý" ),
      u( "già" ),
      u( "Ayun Pa" ),
      u( "ayún" ),
      u( "Nghĩa Hưng" ),
      u( "Người" ),
      u( "khuỷu" ),
      u( "gìn" ),
      u( "Cửa Lò" ),
      u( "Hài" ),
      u( "Ô Môn" ),
      u( "Ứ" ),
      u( "Ưu" ),
      u( "Ữ" ),
      u( "hoá hoà" ),
      u( "Hóá" ),
      u( "Tân Phước 2" ),
      u( "Phường 1A" ),
      u( "X.Tân Lập" ),
      u( "Xã.Tân" ),
      u( "  Huyện  CHƯ SÊ " ),
      u( "Thị trấn" ),
      u( "Xã" ),
      u( "..." ),
      u( "" ),
      u( "Ñandú" ),
      u( "Straße" ),
      u( "İstanbul" ),
      u( "Ærø" ),
      u( "Ωmega" ),
      u( "ᾩ" ),
      u( "ǻ" ),
      u( "Ḉ" ),
      u( "ḝ" ),
      u( "ṩ" ),
      u( "Ǖ" ),
      u( "Ấ" ),
      u( "Ặ" ),
      u( "Ợ" ),
      u( "Ự" ),
      u( "Ệ" ),
      u( "Ỹ" ),
  };
  for ( const QString &name : names )
  {
    for ( const QString &spelling : spellings( name ) )
      EXPECT_TRUE( sameAsGeneralPath( spelling ) );
  }
}

// Combining marks in every order and place: before the quality mark or after, on a letter
// that cannot take them, after a separator, two tones on one letter or one word.
TEST( AcvNameNormalizer, ShortcutAgreesOnMarksInAnyOrder )
{
  const QList<QChar> qualities = { QChar( 0x0302 ), QChar( 0x0306 ), QChar( 0x031B ) };
  const QList<QChar> tones = { QChar( 0x0300 ), QChar( 0x0301 ), QChar( 0x0303 ), QChar( 0x0309 ), QChar( 0x0323 ) };
  const QStringList syllables = { QStringLiteral( "a" ), QStringLiteral( "oa" ), QStringLiteral( "uy" ), QStringLiteral( "qua" ), QStringLiteral( "gia" ),
                                  QStringLiteral( "nguoi" ), QStringLiteral( "tuan" ), QStringLiteral( "d" ), QStringLiteral( "1" ), QStringLiteral( "ayun" ) };
  int checked = 0;
  for ( const QString &syllable : syllables )
  {
    for ( int at = 0; at < syllable.size(); ++at )
    {
      for ( const QChar quality : qualities )
      {
        for ( const QChar tone : tones )
        {
          QString qualityFirst = syllable;
          qualityFirst.insert( at + 1, QString( quality ) + tone );
          QString toneFirst = syllable;
          toneFirst.insert( at + 1, QString( tone ) + quality );
          QString toneElsewhere = syllable;
          toneElsewhere.insert( at + 1, quality );
          toneElsewhere.append( tone );
          QString twoTones = syllable;
          twoTones.insert( at + 1, QString( tone ) + tone );
          // With a second tone in the word, the word keeps its marks as written: NFC must compose them.
          const QString toneFirstTwoTones = toneFirst + QStringLiteral( "o\u0301" );
          for ( const QString &word : { qualityFirst, toneFirst, toneElsewhere, twoTones, toneFirstTwoTones, QString( tone ) + syllable } )
          {
            for ( const QString &name : { word, QStringLiteral( "Xã " ) + word, word + QStringLiteral( " " ) + qualityFirst, word.toUpper(), QStringLiteral( "X. " ) + word.normalized( QString::NormalizationForm_C ) } )
            {
              EXPECT_TRUE( sameAsGeneralPath( name ) );
              ++checked;
            }
          }
        }
      }
    }
  }
  EXPECT_GT( checked, 9000 );
}

// Every letter of Latin-1 to Latin Extended-B and of Latin Extended Additional, the ranges the
// tables cover, alone and inside a name, composed, decomposed and in capitals.
TEST( AcvNameNormalizer, ShortcutAgreesOnEveryLatinLetter )
{
  for ( const auto &range : { std::pair<int, int>( 0x0080, 0x0250 ), std::pair<int, int>( 0x1E00, 0x1F00 ), std::pair<int, int>( 0x2000, 0x2070 ) } )
  {
    for ( int c = range.first; c < range.second; ++c )
    {
      const QString letter( ( QChar( c ) ) );
      for ( const QString &name : { letter, QStringLiteral( "Xã T" ) + letter + QStringLiteral( "n" ), QStringLiteral( "ho" ) + letter, letter + QStringLiteral( "a\u0301" ) } )
      {
        for ( const QString &spelling : spellings( name ) )
          EXPECT_TRUE( sameAsGeneralPath( spelling ) );
      }
    }
  }
}

// The names of a real layer and a real annex, as written and in the spellings annexes use.
TEST( AcvNameNormalizer, ShortcutAgreesOnRealNames )
{
  QStringList names;
  QFile communes( acvSharedGeodata( QStringLiteral( "gia_lai_communes.geojson" ) ) );
  ASSERT_TRUE( communes.open( QIODevice::ReadOnly ) );
  const QJsonArray features = QJsonDocument::fromJson( communes.readAll() ).object().value( QStringLiteral( "features" ) ).toArray();
  for ( const QJsonValue &feature : features )
  {
    const QJsonObject properties = feature.toObject().value( QStringLiteral( "properties" ) ).toObject();
    for ( const QString &field : { QStringLiteral( "commune_vn" ), QStringLiteral( "district_vn" ), QStringLiteral( "commune" ) } )
      names << properties.value( field ).toString();
  }
  QFile annex( acvSourceGeodata( QStringLiteral( "vn_bluezone_2020-08-20.csv" ) ) );
  ASSERT_TRUE( annex.open( QIODevice::ReadOnly ) );
  for ( const QString &line : QString::fromUtf8( annex.readAll() ).split( QLatin1Char( '\n' ) ) )
    names << line.section( QLatin1Char( ';' ), 2, 2 );
  ASSERT_GT( names.size(), 600 );
  for ( const QString &name : std::as_const( names ) )
  {
    for ( const QString &spelling : spellings( name ) )
      EXPECT_TRUE( sameAsGeneralPath( spelling ) );
  }
}
