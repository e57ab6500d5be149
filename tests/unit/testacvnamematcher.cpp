/***************************************************************************
  testacvnamematcher.cpp - pairs boundary features with statistics rows
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvnamematcher.h"
#include "acvnamenormalizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <random>

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

QStringList list( std::initializer_list<const char *> utf8 )
{
  QStringList strings;
  for ( const char *s : utf8 )
    strings << u( s );
  return strings;
}

AcvMatchResult matchNames( std::initializer_list<const char *> boundaries, std::initializer_list<const char *> statistics,
                           const QHash<QString, QString> &mapping = QHash<QString, QString>() )
{
  return AcvNameMatcher::match( list( boundaries ), list( statistics ), AcvNameMatcher::KeyMode::Name, mapping );
}

//! The match of a statistics row, or one with boundaryIndex -1.
AcvMatch matchOf( const AcvMatchResult &result, int statisticsIndex )
{
  for ( const AcvMatch &match : result.matches )
  {
    if ( match.statisticsIndex == statisticsIndex )
      return match;
  }
  return AcvMatch();
}

::testing::AssertionResult paired( const AcvMatchResult &result, int statisticsIndex, int boundaryIndex, AcvMatchMethod method )
{
  const AcvMatch match = matchOf( result, statisticsIndex );
  if ( match.boundaryIndex != boundaryIndex )
    return ::testing::AssertionFailure() << "statistics row " << statisticsIndex << " is paired with boundary " << match.boundaryIndex
                                         << ", expected " << boundaryIndex;
  if ( match.method != method )
    return ::testing::AssertionFailure() << "paired by " << acvMatchMethodName( match.method ).toStdString() << ", expected "
                                         << acvMatchMethodName( method ).toStdString();
  return ::testing::AssertionSuccess();
}

bool isUnmatched( const AcvMatchResult &result, int statisticsIndex )
{
  return matchOf( result, statisticsIndex ).boundaryIndex < 0 && result.unmatchedStatistics.contains( statisticsIndex );
}

int countOf( const AcvMatchResult &result, AcvAmbiguity::Kind kind )
{
  return static_cast<int>( std::count_if( result.ambiguities.cbegin(), result.ambiguities.cend(), [kind]( const AcvAmbiguity &a )
                                          { return a.kind == kind; } ) );
}

const AcvAmbiguity *ambiguityOf( const AcvMatchResult &result, int statisticsIndex )
{
  for ( const AcvAmbiguity &ambiguity : result.ambiguities )
  {
    if ( ambiguity.statisticsIndices.contains( statisticsIndex ) )
      return &ambiguity;
  }
  return nullptr;
}

} // namespace

TEST( AcvNameMatcher, MethodNames )
{
  EXPECT_EQ( acvMatchMethodName( AcvMatchMethod::Mapping ), QStringLiteral( "mapping" ) );
  EXPECT_EQ( acvMatchMethodName( AcvMatchMethod::Code ), QStringLiteral( "code" ) );
  EXPECT_EQ( acvMatchMethodName( AcvMatchMethod::Exact ), QStringLiteral( "exact" ) );
  EXPECT_EQ( acvMatchMethodName( AcvMatchMethod::Normalized ), QStringLiteral( "normalized" ) );
  EXPECT_EQ( acvMatchMethodName( AcvMatchMethod::DiacriticInsensitive ), QStringLiteral( "diacritics-insensitive" ) );
}

TEST( AcvNameMatcher, ExactText )
{
  const AcvMatchResult result = matchNames( { "Ia Grai", "Chư Păh" }, { "Chư Păh", " Ia Grai " } );
  EXPECT_TRUE( paired( result, 0, 1, AcvMatchMethod::Exact ) );
  EXPECT_TRUE( paired( result, 1, 0, AcvMatchMethod::Exact ) );
  EXPECT_TRUE( result.unmatchedBoundaries.isEmpty() );
  EXPECT_TRUE( result.unmatchedStatistics.isEmpty() );
}

TEST( AcvNameMatcher, NormalizedSpellings )
{
  const QStringList boundaries = { u( "Huyện Chư Păh" ), u( "Thành phố Pleiku" ), u( "Hòa Bình" ) };
  const QStringList statistics = { u( "chư păh" ).normalized( QString::NormalizationForm_D ), u( "TP. PLEIKU" ), u( "Hoà  Bình" ) };
  const AcvMatchResult result = AcvNameMatcher::match( boundaries, statistics );
  EXPECT_TRUE( paired( result, 0, 0, AcvMatchMethod::Normalized ) );
  EXPECT_TRUE( paired( result, 1, 1, AcvMatchMethod::Normalized ) );
  EXPECT_TRUE( paired( result, 2, 2, AcvMatchMethod::Normalized ) );
}

TEST( AcvNameMatcher, WithoutDiacritics )
{
  const AcvMatchResult result = matchNames( { "Huyện Chư Păh", "Thị xã An Khê" }, { "An Khe Town", "Huyen Chu Pah" } );
  EXPECT_TRUE( paired( result, 0, 1, AcvMatchMethod::DiacriticInsensitive ) );
  EXPECT_TRUE( paired( result, 1, 0, AcvMatchMethod::DiacriticInsensitive ) );
}

TEST( AcvNameMatcher, MatchesAreInStatisticsOrderAndUnmatchedAscending )
{
  const AcvMatchResult result = matchNames( { "A Một", "B Hai", "C Ba", "D Bốn" }, { "Zzz", "C Ba", "Yyy", "A Một" } );
  ASSERT_EQ( result.matches.size(), 2 );
  EXPECT_EQ( result.matches.at( 0 ).statisticsIndex, 1 );
  EXPECT_EQ( result.matches.at( 1 ).statisticsIndex, 3 );
  EXPECT_EQ( result.unmatchedStatistics, QVector<int>( { 0, 2 } ) );
  EXPECT_EQ( result.unmatchedBoundaries, QVector<int>( { 1, 3 } ) );
}

TEST( AcvNameMatcher, HaNamIsNotHaNoi )
{
  const AcvMatchResult result = matchNames( { "Hà Nam", "Hà Nội" }, { "Ha Noi", "HÀ NAM" } );
  EXPECT_TRUE( paired( result, 0, 1, AcvMatchMethod::DiacriticInsensitive ) );
  EXPECT_TRUE( paired( result, 1, 0, AcvMatchMethod::Normalized ) );
}

TEST( AcvNameMatcher, HaNamAloneDoesNotTakeHaNoi )
{
  const AcvMatchResult result = matchNames( { "Hà Nam" }, { "Hà Nội", "Ha Noi" } );
  EXPECT_TRUE( result.matches.isEmpty() );
  EXPECT_EQ( result.unmatchedBoundaries, QVector<int>( { 0 } ) );
}

TEST( AcvNameMatcher, PaLocalitiesStayApart )
{
  const AcvMatchResult result = matchNames( { "Huyện Ia Pa", "Huyện Krông Pa", "Thị xã Ayun Pa" },
                                            { "Krong Pa", "TX. Ayun Pa", "Ia Pa", "Pa" } );
  EXPECT_TRUE( paired( result, 0, 1, AcvMatchMethod::DiacriticInsensitive ) );
  EXPECT_TRUE( paired( result, 1, 2, AcvMatchMethod::Normalized ) );
  EXPECT_TRUE( paired( result, 2, 0, AcvMatchMethod::Normalized ) );
  EXPECT_TRUE( isUnmatched( result, 3 ) );
}

TEST( AcvNameMatcher, TownshipAndDistrictOfTheSameName )
{
  const AcvMatchResult result = matchNames( { "Thị trấn Chư Sê", "Huyện Chư Sê" }, { "H. Chư Sê", "TT Chư Sê" } );
  EXPECT_TRUE( paired( result, 0, 1, AcvMatchMethod::Normalized ) );
  EXPECT_TRUE( paired( result, 1, 0, AcvMatchMethod::Normalized ) );
  EXPECT_TRUE( result.ambiguities.isEmpty() );
}

TEST( AcvNameMatcher, UntypedNameFittingTownshipAndDistrictIsAmbiguous )
{
  const AcvMatchResult result = matchNames( { "Thị trấn Chư Sê", "Huyện Chư Sê" }, { "Chư Sê" } );
  EXPECT_TRUE( result.matches.isEmpty() );
  ASSERT_EQ( result.ambiguities.size(), 1 );
  EXPECT_EQ( result.ambiguities.first().kind, AcvAmbiguity::Kind::Ambiguous );
  EXPECT_EQ( result.ambiguities.first().statisticsIndices, QVector<int>( { 0 } ) );
  EXPECT_EQ( result.ambiguities.first().boundaryIndices, QVector<int>( { 0, 1 } ) );
  EXPECT_EQ( result.ambiguities.first().key, u( "chư sê" ) );
}

TEST( AcvNameMatcher, UntypedNameWithoutDiacriticsIsAmbiguousToo )
{
  const AcvMatchResult result = matchNames( { "Thị trấn Chư Sê", "Huyện Chư Sê" }, { "Chu Se" } );
  EXPECT_TRUE( result.matches.isEmpty() );
  ASSERT_EQ( result.ambiguities.size(), 1 );
  EXPECT_EQ( result.ambiguities.first().boundaryIndices, QVector<int>( { 0, 1 } ) );
}

TEST( AcvNameMatcher, TypedRowsMatchWhileTheUntypedOneIsReported )
{
  const AcvMatchResult result = matchNames( { "Thị trấn Chư Sê", "Huyện Chư Sê" }, { "TT Chư Sê", "Chư Sê", "H. Chư Sê" } );
  EXPECT_TRUE( paired( result, 0, 0, AcvMatchMethod::Normalized ) );
  EXPECT_TRUE( paired( result, 2, 1, AcvMatchMethod::Normalized ) );
  EXPECT_TRUE( isUnmatched( result, 1 ) );
  const AcvAmbiguity *ambiguity = ambiguityOf( result, 1 );
  ASSERT_TRUE( ambiguity );
  EXPECT_EQ( ambiguity->kind, AcvAmbiguity::Kind::Ambiguous );
  EXPECT_EQ( ambiguity->boundaryIndices, QVector<int>( { 0, 1 } ) );
}

TEST( AcvNameMatcher, EqualWrittenTypeWinsAmongCompatibleCandidates )
{
  // "Chư Sê" written without type on a boundary too: the statistics row written the same way takes it.
  const AcvMatchResult result = matchNames( { "Thị trấn Chư Sê", "Chư Sê" }, { "Chư  Sê", "TT. Chư Sê" } );
  EXPECT_TRUE( paired( result, 0, 1, AcvMatchMethod::Normalized ) );
  EXPECT_TRUE( paired( result, 1, 0, AcvMatchMethod::Normalized ) );
}

TEST( AcvNameMatcher, UntypedBoundaryFittingSeveralTypedRowsIsNotGuessed )
{
  const AcvMatchResult result = matchNames( { "Chư Sê" }, { "Thị trấn Chư Sê", "Huyện Chư Sê" } );
  EXPECT_TRUE( result.matches.isEmpty() );
  EXPECT_EQ( countOf( result, AcvAmbiguity::Kind::Ambiguous ), 1 );
  const AcvAmbiguity *ambiguity = ambiguityOf( result, 0 );
  ASSERT_TRUE( ambiguity );
  EXPECT_EQ( ambiguity->statisticsIndices, QVector<int>( { 0, 1 } ) );
  EXPECT_EQ( ambiguity->boundaryIndices, QVector<int>( { 0 } ) );
}

TEST( AcvNameMatcher, IncompatibleTypesNeverMatch )
{
  const AcvMatchResult result = matchNames( { "Huyện Chư Sê" }, { "Thị trấn Chư Sê", "Thi tran Chu Se" } );
  EXPECT_TRUE( result.matches.isEmpty() );
}

TEST( AcvNameMatcher, DakDoaWithoutDiacritics )
{
  const AcvMatchResult result = matchNames( { "Huyện Đăk Đoa" }, { "Dak Doa" } );
  EXPECT_TRUE( paired( result, 0, 0, AcvMatchMethod::DiacriticInsensitive ) );
}

TEST( AcvNameMatcher, DakDoaWithAnotherToneMatchesOnlyByFold )
{
  const AcvMatchResult result = matchNames( { "Huyện Đăk Đoa" }, { "Đắk Đoa" } );
  EXPECT_TRUE( paired( result, 0, 0, AcvMatchMethod::DiacriticInsensitive ) );
}

TEST( AcvNameMatcher, DakDoaLookAlikeDStrokeIsNormalized )
{
  const AcvMatchResult result = AcvNameMatcher::match( { u( "Huyện Đăk Đoa" ) }, { u( "\u00D0\u0103k \u00D0oa" ) } );
  EXPECT_TRUE( paired( result, 0, 0, AcvMatchMethod::Normalized ) );
}

TEST( AcvNameMatcher, FoldMatchNeedsUniquenessOnBothSides )
{
  const AcvMatchResult result = matchNames( { "Huyện Đăk Đoa" }, { "Dak Doa", "Đắk Đoa" } );
  EXPECT_TRUE( result.matches.isEmpty() );
  const AcvAmbiguity *ambiguity = ambiguityOf( result, 0 );
  ASSERT_TRUE( ambiguity );
  EXPECT_EQ( ambiguity->statisticsIndices, QVector<int>( { 0, 1 } ) );
  EXPECT_EQ( ambiguity->boundaryIndices, QVector<int>( { 0 } ) );
  EXPECT_EQ( ambiguity->key, QStringLiteral( "dak doa" ) );

  const AcvMatchResult twoBoundaries = matchNames( { "Xã Đăk Pơ", "Xã Đắk Pơ" }, { "Xa Dak Po" } );
  EXPECT_TRUE( twoBoundaries.matches.isEmpty() );
  EXPECT_EQ( countOf( twoBoundaries, AcvAmbiguity::Kind::Ambiguous ), 1 );
}

TEST( AcvNameMatcher, KBangSpellings )
{
  for ( const char *written : { "KBang", "Kbang", "K'Bang", "K’Bang", "Huyện K'Bang" } )
  {
    const AcvMatchResult result = matchNames( { "Huyện Kbang", "Huyện Kông Chro" }, { written } );
    ASSERT_EQ( result.matches.size(), 1 ) << written;
    EXPECT_EQ( result.matches.first().boundaryIndex, 0 ) << written;
  }
}

TEST( AcvNameMatcher, DuplicateStatisticsAreNotMatched )
{
  const AcvMatchResult result = matchNames( { "Huyện Kbang", "Huyện Ia Pa" }, { "KBang", "Ia Pa", "K'Bang" } );
  EXPECT_TRUE( paired( result, 1, 1, AcvMatchMethod::Normalized ) );
  EXPECT_TRUE( isUnmatched( result, 0 ) );
  EXPECT_TRUE( isUnmatched( result, 2 ) );
  ASSERT_EQ( result.ambiguities.size(), 1 );
  const AcvAmbiguity &duplicate = result.ambiguities.first();
  EXPECT_EQ( duplicate.kind, AcvAmbiguity::Kind::DuplicateStatistics );
  EXPECT_EQ( duplicate.statisticsIndices, QVector<int>( { 0, 2 } ) );
  EXPECT_EQ( duplicate.boundaryIndices, QVector<int>( { 0 } ) );
  EXPECT_EQ( duplicate.key, QStringLiteral( "kbang" ) );
  EXPECT_EQ( result.unmatchedBoundaries, QVector<int>( { 0 } ) );
}

// Both sides repeat a name, each a different one: both are reported, the statistics side first,
// each with the rows of the other side it would claim, and the other rows still match.
TEST( AcvNameMatcher, DuplicatesOnBothSidesAreReportedInOrder )
{
  const AcvMatchResult result = matchNames( { "Xã Ia Ka", "Huyện Kbang", "Xã Ia  Ka", "Huyện Ia Pa", "Xã Ia Le" },
                                            { "Ia Le", "KBang", "Ia Ka", "K'Bang", "Ia Pa" } );
  ASSERT_EQ( result.ambiguities.size(), 2 );
  const AcvAmbiguity &statistics = result.ambiguities.at( 0 );
  EXPECT_EQ( statistics.kind, AcvAmbiguity::Kind::DuplicateStatistics );
  EXPECT_EQ( statistics.statisticsIndices, QVector<int>( { 1, 3 } ) );
  EXPECT_EQ( statistics.boundaryIndices, QVector<int>( { 1 } ) );
  const AcvAmbiguity &boundaries = result.ambiguities.at( 1 );
  EXPECT_EQ( boundaries.kind, AcvAmbiguity::Kind::DuplicateBoundary );
  EXPECT_EQ( boundaries.boundaryIndices, QVector<int>( { 0, 2 } ) );
  EXPECT_EQ( boundaries.statisticsIndices, QVector<int>( { 2 } ) );
  EXPECT_EQ( boundaries.key, QStringLiteral( "ia ka" ) );
  EXPECT_TRUE( paired( result, 4, 3, AcvMatchMethod::Normalized ) );
  EXPECT_TRUE( paired( result, 0, 4, AcvMatchMethod::Normalized ) );
  EXPECT_EQ( result.matches.size(), 2 );
}

TEST( AcvNameMatcher, IdenticalStatisticsRowsAreDuplicatesToo )
{
  const AcvMatchResult result = matchNames( { "Ia Grai" }, { "Ia Grai", "Ia Grai" } );
  EXPECT_TRUE( result.matches.isEmpty() );
  EXPECT_EQ( countOf( result, AcvAmbiguity::Kind::DuplicateStatistics ), 1 );
}

TEST( AcvNameMatcher, SameNameWithDifferentTypesIsNoDuplicate )
{
  const AcvMatchResult result = matchNames( { "Thị trấn Chư Sê", "Huyện Chư Sê" }, { "Thị trấn Chư Sê", "Huyện Chư Sê" } );
  EXPECT_EQ( result.matches.size(), 2 );
  EXPECT_EQ( countOf( result, AcvAmbiguity::Kind::DuplicateStatistics ), 0 );
}

TEST( AcvNameMatcher, DuplicateBoundariesAreNotMatched )
{
  // Two communes of one name in different districts, and a township of that name.
  const AcvMatchResult result = matchNames( { "Xã Ia Ka", "Thị trấn Ia Ka", "Xã Ia  Ka" }, { "Ia Ka", "Xa Ia Ka", "TT Ia Ka" } );
  EXPECT_TRUE( isUnmatched( result, 0 ) );
  EXPECT_TRUE( isUnmatched( result, 1 ) );
  EXPECT_TRUE( paired( result, 2, 1, AcvMatchMethod::Normalized ) );
  ASSERT_EQ( countOf( result, AcvAmbiguity::Kind::DuplicateBoundary ), 1 );
  const auto duplicate = std::find_if( result.ambiguities.cbegin(), result.ambiguities.cend(), []( const AcvAmbiguity &a )
                                       { return a.kind == AcvAmbiguity::Kind::DuplicateBoundary; } );
  EXPECT_EQ( duplicate->boundaryIndices, QVector<int>( { 0, 2 } ) );
  EXPECT_EQ( duplicate->statisticsIndices, QVector<int>( { 0, 1 } ) ); // both fit either commune
}

TEST( AcvNameMatcher, CommuneTypedWithoutDiacritics )
{
  // "Ia Ka" has no diacritics to lose, so its keys are equal already.
  const AcvMatchResult result = matchNames( { "Xã Ia Ka", "Xã Chư Răng" }, { "Xa Chu Rang", "XA IA KA" } );
  EXPECT_TRUE( paired( result, 0, 1, AcvMatchMethod::DiacriticInsensitive ) );
  EXPECT_TRUE( paired( result, 1, 0, AcvMatchMethod::Normalized ) );
}

TEST( AcvNameMatcher, BareWordReadAsTypeMayStillBeTheName )
{
  const AcvMatchResult result = matchNames( { "Huyện Quan Hóa", "Huyện Quan Sơn", "Xã Xà Bang" }, { "Quan Son", "Xa Bang", "Quan Hoa" } );
  EXPECT_TRUE( paired( result, 0, 1, AcvMatchMethod::DiacriticInsensitive ) );
  EXPECT_TRUE( paired( result, 1, 2, AcvMatchMethod::DiacriticInsensitive ) );
  EXPECT_TRUE( paired( result, 2, 0, AcvMatchMethod::DiacriticInsensitive ) );
}

TEST( AcvNameMatcher, EnglishNames )
{
  const AcvMatchResult result = matchNames( { "Thành phố Hồ Chí Minh", "Quận 1", "Huyện Chư Sê", "Thị xã An Khê" },
                                            { "Ho Chi Minh City", "District 1", "Chu Se District", "An Khe Town" } );
  EXPECT_TRUE( paired( result, 0, 0, AcvMatchMethod::DiacriticInsensitive ) );
  EXPECT_TRUE( paired( result, 1, 1, AcvMatchMethod::Normalized ) );
  EXPECT_TRUE( paired( result, 2, 2, AcvMatchMethod::DiacriticInsensitive ) );
  EXPECT_TRUE( paired( result, 3, 3, AcvMatchMethod::DiacriticInsensitive ) );
}

TEST( AcvNameMatcher, NumberedWards )
{
  const AcvMatchResult result = matchNames( { "Phường 1", "Phường 10", "Quận 1" }, { "P.10", "Phường 01", "Q1" } );
  EXPECT_TRUE( paired( result, 0, 1, AcvMatchMethod::Normalized ) );
  EXPECT_TRUE( paired( result, 1, 0, AcvMatchMethod::Normalized ) );
  EXPECT_TRUE( paired( result, 2, 2, AcvMatchMethod::Normalized ) );
}

TEST( AcvNameMatcher, EmptyNamesNeverMatch )
{
  const AcvMatchResult result = matchNames( { "", "Ia Grai", " " }, { " ", "", "Ia Grai" } );
  EXPECT_EQ( result.matches.size(), 1 );
  EXPECT_TRUE( paired( result, 2, 1, AcvMatchMethod::Exact ) );
  EXPECT_TRUE( result.ambiguities.isEmpty() );
  EXPECT_TRUE( result.suggestions.isEmpty() );
}

TEST( AcvNameMatcher, MappingComesFirst )
{
  QHash<QString, QString> mapping;
  mapping.insert( u( "TP.HCM" ), u( "Thành phố Hồ Chí Minh" ) );
  mapping.insert( u( "Ia Pa" ), u( "Huyện Krông Pa" ) ); // the analyst knows better than the names
  const AcvMatchResult result = matchNames( { "Thành phố Hồ Chí Minh", "Huyện Ia Pa", "Huyện Krông Pa" }, { "TP.HCM", "Ia Pa" }, mapping );
  EXPECT_TRUE( paired( result, 0, 0, AcvMatchMethod::Mapping ) );
  EXPECT_TRUE( paired( result, 1, 2, AcvMatchMethod::Mapping ) );
  EXPECT_TRUE( result.mappingErrors.isEmpty() ) << result.mappingErrors.join( '\n' ).toStdString();
  EXPECT_EQ( result.unmatchedBoundaries, QVector<int>( { 1 } ) );
}

TEST( AcvNameMatcher, MappingComparesNormalizedNames )
{
  QHash<QString, QString> mapping;
  mapping.insert( u( "HOÀ BÌNH" ), u( "xa hoa binh" ) );
  const AcvMatchResult result = matchNames( { "Xã Hòa Bình", "Xã Hoà Bình" }, { "Hòa Bình" }, mapping );
  // The boundary key is written so nowhere, and normalized it is "hoa binh": no toneKey of a boundary.
  EXPECT_EQ( result.mappingErrors.size(), 1 );

  QHash<QString, QString> fixed;
  fixed.insert( u( "HOÀ BÌNH" ), u( "Xã Hoà Bình" ) );
  const AcvMatchResult verbatim = matchNames( { "Xã Hòa Bình", "Xã Hoà Bình" }, { "Hòa Bình" }, fixed );
  EXPECT_TRUE( paired( verbatim, 0, 1, AcvMatchMethod::Mapping ) );
  EXPECT_TRUE( verbatim.mappingErrors.isEmpty() );

  QHash<QString, QString> normalized;
  normalized.insert( u( "hoa binh" ), u( "XÃ HOÀ BÌNH" ) );
  const AcvMatchResult byKey = matchNames( { "Xã Hòa Bình", "Xã Bình Hòa" }, { "Hòa Bình", "Bình Hòa" }, normalized );
  EXPECT_FALSE( byKey.mappingErrors.isEmpty() ); // "hoa binh" is no toneKey of any row
  QHash<QString, QString> normalizedTone;
  normalizedTone.insert( u( "HOÀ  BÌNH" ), u( "XÃ HOÀ BÌNH" ) );
  const AcvMatchResult byToneKey = matchNames( { "Xã Hòa Bình", "Xã Bình Hòa" }, { "Hòa Bình", "Bình Hòa" }, normalizedTone );
  EXPECT_TRUE( paired( byToneKey, 0, 0, AcvMatchMethod::Mapping ) );
  EXPECT_TRUE( byToneKey.mappingErrors.isEmpty() ) << byToneKey.mappingErrors.join( '\n' ).toStdString();
}

TEST( AcvNameMatcher, MappingToAnUnknownBoundaryIsAnError )
{
  QHash<QString, QString> mapping;
  mapping.insert( u( "Ia Pa" ), u( "Huyện Không Có" ) );
  const AcvMatchResult result = matchNames( { "Huyện Ia Pa" }, { "Ia Pa" }, mapping );
  ASSERT_EQ( result.mappingErrors.size(), 1 );
  EXPECT_TRUE( result.mappingErrors.first().contains( u( "Huyện Không Có" ) ) ) << result.mappingErrors.first().toStdString();
  EXPECT_TRUE( paired( result, 0, 0, AcvMatchMethod::Normalized ) );
}

TEST( AcvNameMatcher, MappingForAnUnknownStatisticsNameIsAnError )
{
  QHash<QString, QString> mapping;
  mapping.insert( u( "Krông Búk" ), u( "Huyện Ia Pa" ) );
  const AcvMatchResult result = matchNames( { "Huyện Ia Pa" }, { "Ia Pa" }, mapping );
  ASSERT_EQ( result.mappingErrors.size(), 1 );
  EXPECT_TRUE( result.mappingErrors.first().contains( u( "Krông Búk" ) ) );
  EXPECT_TRUE( paired( result, 0, 0, AcvMatchMethod::Normalized ) );
}

TEST( AcvNameMatcher, MappingTwoNamesToOneBoundaryIsAnError )
{
  QHash<QString, QString> mapping;
  mapping.insert( u( "Ia Pa" ), u( "Huyện Ia Pa" ) );
  mapping.insert( u( "Ia Pa cũ" ), u( "Huyện Ia Pa" ) );
  const AcvMatchResult result = matchNames( { "Huyện Ia Pa" }, { "Ia Pa cũ", "Ia Pa" }, mapping );
  EXPECT_TRUE( paired( result, 1, 0, AcvMatchMethod::Mapping ) ); // entries are applied in sorted order
  ASSERT_EQ( result.mappingErrors.size(), 1 );
  EXPECT_TRUE( result.mappingErrors.first().contains( u( "Ia Pa cũ" ) ) );
  EXPECT_TRUE( isUnmatched( result, 0 ) );
}

TEST( AcvNameMatcher, CodesAreComparedAsText )
{
  const AcvMatchResult result = AcvNameMatcher::match( { QStringLiteral( "064" ), QStringLiteral( "622" ), QStringLiteral( "623" ) },
                                                       { QStringLiteral( " 623 " ), QStringLiteral( "64" ), QStringLiteral( "064" ) },
                                                       AcvNameMatcher::KeyMode::Code );
  EXPECT_TRUE( paired( result, 0, 2, AcvMatchMethod::Code ) );
  EXPECT_TRUE( isUnmatched( result, 1 ) );
  EXPECT_TRUE( paired( result, 2, 0, AcvMatchMethod::Code ) );
  EXPECT_EQ( result.unmatchedBoundaries, QVector<int>( { 1 } ) );
}

TEST( AcvNameMatcher, CodeModeDoesNotCompareNames )
{
  const AcvMatchResult result = AcvNameMatcher::match( { u( "Huyện Ia Pa" ) }, { u( "Ia Pa" ) }, AcvNameMatcher::KeyMode::Code );
  EXPECT_TRUE( result.matches.isEmpty() );
}

TEST( AcvNameMatcher, DuplicateCodesAreReported )
{
  const AcvMatchResult result = AcvNameMatcher::match( { QStringLiteral( "622" ), QStringLiteral( "623" ), QStringLiteral( "623" ) },
                                                       { QStringLiteral( "622" ), QStringLiteral( "622" ), QStringLiteral( "623" ) },
                                                       AcvNameMatcher::KeyMode::Code );
  EXPECT_TRUE( result.matches.isEmpty() );
  EXPECT_EQ( countOf( result, AcvAmbiguity::Kind::DuplicateStatistics ), 1 );
  EXPECT_EQ( countOf( result, AcvAmbiguity::Kind::DuplicateBoundary ), 1 );
}

TEST( AcvNameMatcher, CodeMappingIsVerbatim )
{
  QHash<QString, QString> mapping;
  mapping.insert( QStringLiteral( "64" ), QStringLiteral( "064" ) );
  mapping.insert( QStringLiteral( "0622" ), QStringLiteral( "622" ) );
  const AcvMatchResult result = AcvNameMatcher::match( { QStringLiteral( "064" ), QStringLiteral( "622" ) }, { QStringLiteral( "64" ), QStringLiteral( "622" ) },
                                                       AcvNameMatcher::KeyMode::Code, mapping );
  EXPECT_TRUE( paired( result, 0, 0, AcvMatchMethod::Mapping ) );
  EXPECT_TRUE( paired( result, 1, 1, AcvMatchMethod::Code ) );
  EXPECT_EQ( result.mappingErrors.size(), 1 ); // "0622" is not written so
}

TEST( AcvNameMatcher, SimilarityOfFoldKeys )
{
  EXPECT_DOUBLE_EQ( AcvNameMatcher::similarity( u( "Hòa Bình" ), u( "Xã Hoa Binh" ) ), 1.0 );
  EXPECT_DOUBLE_EQ( AcvNameMatcher::similarity( u( "Pleiku" ), u( "Plei Ku" ) ), 1.0 - 1.0 / 7 );
  EXPECT_DOUBLE_EQ( AcvNameMatcher::similarity( u( "abc" ), QString() ), 0.0 );
  EXPECT_DOUBLE_EQ( AcvNameMatcher::similarity( u( "abc" ), u( "xyz" ) ), 0.0 );
  EXPECT_LT( AcvNameMatcher::similarity( u( "Ia Pa" ), u( "Krông Pa" ) ), 0.6 );
}

TEST( AcvNameMatcher, SuggestionsForUnmatchedRows )
{
  const AcvMatchResult result = matchNames( { "Thành phố Pleiku", "Huyện Ia Grai", "Huyện Ia Pa", "Huyện Chư Prông" },
                                            { "Plei Ku", "Ia Gai", "Chu Prong", "Hoàn toàn khác" } );
  EXPECT_TRUE( paired( result, 2, 3, AcvMatchMethod::DiacriticInsensitive ) );
  ASSERT_EQ( result.suggestions.size(), 2 );
  const AcvSuggestion &pleiku = result.suggestions.at( 0 );
  EXPECT_EQ( pleiku.statisticsIndex, 0 );
  EXPECT_EQ( pleiku.boundaryIndices, QVector<int>( { 0 } ) );
  ASSERT_EQ( pleiku.scores.size(), 1 );
  EXPECT_DOUBLE_EQ( pleiku.scores.first(), 1.0 - 1.0 / 7 );
  const AcvSuggestion &iaGrai = result.suggestions.at( 1 );
  EXPECT_EQ( iaGrai.statisticsIndex, 1 );
  ASSERT_FALSE( iaGrai.boundaryIndices.isEmpty() );
  EXPECT_EQ( iaGrai.boundaryIndices.first(), 1 );
  EXPECT_FALSE( iaGrai.boundaryIndices.contains( 3 ) ); // matched boundaries are never suggested
  for ( int i = 1; i < iaGrai.scores.size(); ++i )
    EXPECT_GE( iaGrai.scores.at( i - 1 ), iaGrai.scores.at( i ) );
  for ( const double score : iaGrai.scores )
    EXPECT_GE( score, 0.6 );
}

TEST( AcvNameMatcher, AtMostThreeSuggestionsTiesByIndex )
{
  const AcvMatchResult result = matchNames( { "Ia Kd", "Ia Kb", "Ia Ke", "Ia Kc" }, { "Ia Ka" } );
  ASSERT_EQ( result.suggestions.size(), 1 );
  EXPECT_EQ( result.suggestions.first().boundaryIndices, QVector<int>( { 0, 1, 2 } ) );
  ASSERT_EQ( result.suggestions.first().scores.size(), 3 );
  for ( const double score : result.suggestions.first().scores )
    EXPECT_DOUBLE_EQ( score, 0.8 );
}

TEST( AcvNameMatcher, ResultsAreDeterministic )
{
  QHash<QString, QString> mapping;
  for ( int i = 0; i < 50; ++i )
    mapping.insert( QStringLiteral( "Xã Số %1" ).arg( i ), QStringLiteral( "Xã Thứ %1" ).arg( i % 7 ) );
  QStringList boundaries;
  QStringList statistics;
  for ( int i = 0; i < 20; ++i )
  {
    boundaries << QStringLiteral( "Xã Thứ %1" ).arg( i ) << QStringLiteral( "Thị trấn Thứ %1" ).arg( i );
    statistics << QStringLiteral( "Xã Số %1" ).arg( i ) << QStringLiteral( "Thu %1" ).arg( i ) << QStringLiteral( "Thứ %1" ).arg( i % 3 );
  }
  const AcvMatchResult first = AcvNameMatcher::match( boundaries, statistics, AcvNameMatcher::KeyMode::Name, mapping );
  const AcvMatchResult second = AcvNameMatcher::match( boundaries, statistics, AcvNameMatcher::KeyMode::Name, mapping );
  EXPECT_EQ( first.mappingErrors, second.mappingErrors );
  EXPECT_FALSE( first.mappingErrors.isEmpty() );
  ASSERT_EQ( first.matches.size(), second.matches.size() );
  for ( int i = 0; i < first.matches.size(); ++i )
    EXPECT_EQ( first.matches.at( i ).boundaryIndex, second.matches.at( i ).boundaryIndex );
  ASSERT_EQ( first.ambiguities.size(), second.ambiguities.size() );
  for ( int i = 0; i < first.ambiguities.size(); ++i )
    EXPECT_EQ( first.ambiguities.at( i ).statisticsIndices, second.ambiguities.at( i ).statisticsIndices );
}

namespace
{

// Ten syllables with diacritics whose foldKeys differ, so every five-syllable name is its own locality.
const char *const kSyllables[] = { "Hòa", "Thủy", "Đắk", "Kơ", "Krông", "Chư", "Phú", "Tân", "Lập", "Yên" };
const char *const kNewStyle[] = { "Hoà", "Thuỷ", "Đắk", "Kơ", "Krông", "Chư", "Phú", "Tân", "Lập", "Yên" };

QString syntheticName( int number, const char *const *syllables )
{
  QStringList words;
  for ( int digit = 0; digit < 5; ++digit, number /= 10 )
    words << u( syllables[number % 10] );
  return words.join( ' ' );
}

// 120 syllables from onsets and rhymes whose foldKeys differ, three to a name.
QString threeSyllableName( int number )
{
  static const char *const onsets[] = { "b", "ch", "đ", "h", "kh", "l", "m", "ng", "ph", "t", "s", "v" };
  static const char *const rhymes[] = { "à", "ơn", "uý", "ế", "ang", "iêu", "ôi", "ưng", "ức", "ai" };
  QStringList words;
  for ( int syllable = 0; syllable < 3; ++syllable, number /= 120 )
    words << u( onsets[number % 120 / 10] ) + u( rhymes[number % 10] );
  return words.join( ' ' );
}

QString withoutDiacritics( const QString &text )
{
  QString plain;
  for ( const QChar c : text.normalized( QString::NormalizationForm_D ) )
  {
    if ( c.isMark() )
      continue;
    plain += c.unicode() == 0x0110 ? QChar( 'D' ) : c;
  }
  return plain;
}

} // namespace

TEST( AcvNameMatcher, MatchesOneHundredThousandNames )
{
  constexpr int kCount = 100000;
  QStringList boundaries;
  for ( int i = 0; i < kCount; ++i )
    boundaries << u( "Xã " ) + syntheticName( i, kSyllables );

  std::vector<int> order( kCount );
  for ( int i = 0; i < kCount; ++i )
    order[i] = i;
  std::shuffle( order.begin(), order.end(), std::mt19937( 20200418 ) );

  // Half in NFD with the other tone style, half typed without diacritics.
  QStringList statistics;
  for ( const int i : order )
  {
    if ( i % 2 == 0 )
      statistics << ( u( "xã  " ) + syntheticName( i, kNewStyle ) ).normalized( QString::NormalizationForm_D );
    else
      statistics << withoutDiacritics( u( "Xã " ) + syntheticName( i, kSyllables ) );
  }

  const AcvMatchResult result = AcvNameMatcher::match( boundaries, statistics );
  ASSERT_EQ( result.matches.size(), kCount );
  int wrong = 0;
  for ( const AcvMatch &match : result.matches )
  {
    const int expected = order[match.statisticsIndex];
    const AcvMatchMethod method = expected % 2 == 0 ? AcvMatchMethod::Normalized : AcvMatchMethod::DiacriticInsensitive;
    if ( match.boundaryIndex != expected || match.method != method )
      ++wrong;
  }
  EXPECT_EQ( wrong, 0 );
  EXPECT_TRUE( result.ambiguities.isEmpty() );
  EXPECT_TRUE( result.unmatchedBoundaries.isEmpty() );
  EXPECT_TRUE( result.unmatchedStatistics.isEmpty() );
  EXPECT_TRUE( result.suggestions.isEmpty() );
}

TEST( AcvNameMatcher, SuggestsAmongTenThousandUnmatchedNames )
{
  // Few distinct trigrams, each shared by hundreds of names: harder than real names.
  constexpr int kCount = 10000;
  QStringList boundaries;
  QStringList statistics;
  for ( int i = 0; i < kCount; ++i )
  {
    const QString name = threeSyllableName( i * 7 + 1 );
    boundaries << u( "Xã " ) + name;
    // A typo no boundary has: the best suggestion can only be the intended commune.
    statistics << withoutDiacritics( name ) + QStringLiteral( "z" );
  }
  const AcvMatchResult result = AcvNameMatcher::match( boundaries, statistics );
  EXPECT_TRUE( result.matches.isEmpty() );
  ASSERT_EQ( result.suggestions.size(), kCount );
  int wrong = 0;
  for ( const AcvSuggestion &suggestion : result.suggestions )
  {
    if ( suggestion.boundaryIndices.value( 0, -1 ) != suggestion.statisticsIndex )
      ++wrong;
  }
  EXPECT_EQ( wrong, 0 );
}

TEST( AcvNameMatcher, NormalizeAllOnTwoThreadsGivesEachNamesOwnNormalization )
{
  // Above a few thousand names normalizeAll() splits the work between two threads; every name
  // must still get exactly its own normalization, in order.
  const QStringList spellings{ u( "Xã Tân Phước" ), u( "X. Lộc Hòa" ), u( "PHƯỜNG YÊN ĐỖ" ), QStringLiteral( "Thi tran Chu Se" ),
                               u( "Huyện Chư Păh" ), u( "Toàn Tịnh" ), u( "Ðắk Đoa" ), QString::fromUtf8( "Hoa\xcc\x80 Bi\xcc\x80nh" ) };
  QStringList keys;
  for ( int i = 0; i < 20000; ++i )
    keys << QStringLiteral( "%1 %2" ).arg( spellings.at( i % spellings.size() ) ).arg( i );
  const QVector<AcvNormalizedName> names = AcvNameMatcher::normalizeAll( keys );
  ASSERT_EQ( names.size(), keys.size() );
  for ( int i = 0; i < keys.size(); ++i )
  {
    const AcvNormalizedName expected = AcvNameNormalizer::normalize( keys.at( i ) );
    ASSERT_EQ( names.at( i ).raw, expected.raw ) << i;
    ASSERT_EQ( names.at( i ).foldKey, expected.foldKey ) << i;
    ASSERT_EQ( names.at( i ).toneKey, expected.toneKey ) << i;
    ASSERT_EQ( names.at( i ).untypedFoldKey, expected.untypedFoldKey ) << i;
    ASSERT_EQ( names.at( i ).type, expected.type ) << i;
  }
}
