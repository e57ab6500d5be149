/***************************************************************************
  testacvnumberparser.cpp - numbers written the Vietnamese or English way
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvnumberparser.h"

#include <gtest/gtest.h>

#include <cmath>
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

AcvParsedNumber vi( const QString &cell )
{
  return AcvNumberParser::parse( cell, AcvNumberConvention::Vietnamese );
}

AcvParsedNumber en( const QString &cell )
{
  return AcvNumberParser::parse( cell, AcvNumberConvention::English );
}

::testing::AssertionResult readsAs( const AcvParsedNumber &parsed, double expected )
{
  if ( parsed.status != AcvParsedNumber::Status::Ok )
    return ::testing::AssertionFailure() << "not Ok: " << parsed.error.toStdString();
  if ( parsed.value != expected )
    return ::testing::AssertionFailure() << "value " << parsed.value << ", expected " << expected;
  return ::testing::AssertionSuccess();
}

::testing::AssertionResult isInvalid( const AcvParsedNumber &parsed )
{
  if ( parsed.status != AcvParsedNumber::Status::Invalid )
    return ::testing::AssertionFailure() << "status is not Invalid (value " << parsed.value << ")";
  if ( parsed.error.isEmpty() )
    return ::testing::AssertionFailure() << "Invalid without a reason";
  return ::testing::AssertionSuccess();
}

} // namespace

TEST( AcvNumberParser, VietnameseThousandsSeparatorIsADot )
{
  EXPECT_TRUE( readsAs( vi( QStringLiteral( "139.267" ) ), 139267 ) );
}

TEST( AcvNumberParser, EnglishDecimalMarkIsADot )
{
  EXPECT_TRUE( readsAs( en( QStringLiteral( "139.267" ) ), 139.267 ) );
}

TEST( AcvNumberParser, VietnameseDecimalMarkIsAComma )
{
  EXPECT_TRUE( readsAs( vi( QStringLiteral( "9,19" ) ), 9.19 ) );
}

TEST( AcvNumberParser, EnglishThousandsSeparatorIsAComma )
{
  EXPECT_TRUE( readsAs( en( QStringLiteral( "139,267" ) ), 139267 ) );
}

TEST( AcvNumberParser, EnglishDecimal )
{
  EXPECT_TRUE( readsAs( en( QStringLiteral( "9.19" ) ), 9.19 ) );
}

TEST( AcvNumberParser, PercentSignWithoutSpace )
{
  const AcvParsedNumber parsed = vi( QStringLiteral( "9,19%" ) );
  EXPECT_TRUE( readsAs( parsed, 9.19 ) );
  EXPECT_TRUE( parsed.hasPercentSign );
}

TEST( AcvNumberParser, PercentSignAfterSpace )
{
  const AcvParsedNumber parsed = vi( QStringLiteral( "9,19 %" ) );
  EXPECT_TRUE( readsAs( parsed, 9.19 ) );
  EXPECT_TRUE( parsed.hasPercentSign );
}

TEST( AcvNumberParser, PercentSignAfterNoBreakSpace )
{
  const AcvParsedNumber parsed = vi( u( "9,19\u00A0%" ) );
  EXPECT_TRUE( readsAs( parsed, 9.19 ) );
  EXPECT_TRUE( parsed.hasPercentSign );
}

TEST( AcvNumberParser, NoPercentSignByDefault )
{
  EXPECT_FALSE( vi( QStringLiteral( "9,19" ) ).hasPercentSign );
}

TEST( AcvNumberParser, SeveralVietnameseGroups )
{
  EXPECT_TRUE( readsAs( vi( QStringLiteral( "1.234.567" ) ), 1234567 ) );
}

TEST( AcvNumberParser, SeveralEnglishGroups )
{
  EXPECT_TRUE( readsAs( en( QStringLiteral( "1,234,567" ) ), 1234567 ) );
}

TEST( AcvNumberParser, VietnameseGroupsWithDecimals )
{
  EXPECT_TRUE( readsAs( vi( QStringLiteral( "1.234,5" ) ), 1234.5 ) );
}

TEST( AcvNumberParser, EnglishGroupsWithDecimals )
{
  EXPECT_TRUE( readsAs( en( QStringLiteral( "1,234.5" ) ), 1234.5 ) );
}

TEST( AcvNumberParser, SpaceGroupsReadTheSameInBothConventions )
{
  EXPECT_TRUE( readsAs( vi( QStringLiteral( "139 267" ) ), 139267 ) );
  EXPECT_TRUE( readsAs( en( QStringLiteral( "139 267" ) ), 139267 ) );
}

TEST( AcvNumberParser, NoBreakAndThinSpaceGroups )
{
  EXPECT_TRUE( readsAs( vi( u( "139\u00A0267" ) ), 139267 ) );
  EXPECT_TRUE( readsAs( vi( u( "1\u202F234\u202F567" ) ), 1234567 ) );
  EXPECT_TRUE( readsAs( vi( u( "139\u2009267,5" ) ), 139267.5 ) );
}

TEST( AcvNumberParser, MixedGroupSeparatorsAreInvalid )
{
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "1.234 567" ) ) ) );
}

TEST( AcvNumberParser, NegativeNumber )
{
  EXPECT_TRUE( readsAs( vi( QStringLiteral( "-12" ) ), -12 ) );
  EXPECT_TRUE( readsAs( vi( QStringLiteral( "-1.234,5" ) ), -1234.5 ) );
}

TEST( AcvNumberParser, PlusSignAndUnicodeMinus )
{
  EXPECT_TRUE( readsAs( vi( QStringLiteral( "+12" ) ), 12 ) );
  EXPECT_TRUE( readsAs( vi( u( "\u221212" ) ), -12 ) );
}

TEST( AcvNumberParser, SurroundingWhitespaceIsIgnored )
{
  EXPECT_TRUE( readsAs( vi( u( " \t 42\u00A0 " ) ), 42 ) );
  EXPECT_TRUE( readsAs( vi( u( "\uFEFF42\u200B" ) ), 42 ) );
}

TEST( AcvNumberParser, AutoReadsAsVietnamese )
{
  EXPECT_TRUE( readsAs( AcvNumberParser::parse( QStringLiteral( "139.267" ), AcvNumberConvention::Auto ), 139267 ) );
}

TEST( AcvNumberParser, MissingTokensAreMissingNotZero )
{
  const QStringList tokens = { QString(), QStringLiteral( "   " ), QStringLiteral( "-" ), u( "–" ), u( "—" ),
                               QStringLiteral( "N/A" ), QStringLiteral( "NA" ), QStringLiteral( "n/a" ), QStringLiteral( "na" ),
                               QStringLiteral( ".." ), QStringLiteral( "..." ), u( "…" ), QStringLiteral( "x" ), QStringLiteral( "X" ),
                               QStringLiteral( " - " ) };
  for ( const QString &token : tokens )
  {
    EXPECT_TRUE( AcvNumberParser::isMissingToken( token ) ) << token.toStdString();
    const AcvParsedNumber parsed = vi( token );
    EXPECT_EQ( parsed.status, AcvParsedNumber::Status::Missing ) << token.toStdString();
  }
}

TEST( AcvNumberParser, MissingTokenKxdInAllItsSpellings )
{
  for ( const QString &token : { u( "KXĐ" ), u( "kxđ" ), QStringLiteral( "KXD" ), QStringLiteral( "kxd" ), u( "KX\u00D0" ), u( "kx\u00F0" ) } )
  {
    EXPECT_TRUE( AcvNumberParser::isMissingToken( token ) ) << token.toStdString();
    EXPECT_EQ( en( token ).status, AcvParsedNumber::Status::Missing ) << token.toStdString();
  }
}

TEST( AcvNumberParser, ZeroIsNotMissing )
{
  EXPECT_FALSE( AcvNumberParser::isMissingToken( QStringLiteral( "0" ) ) );
  EXPECT_TRUE( readsAs( vi( QStringLiteral( "0" ) ), 0 ) );
}

TEST( AcvNumberParser, TextIsInvalid )
{
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "abc" ) ) ) );
  EXPECT_EQ( vi( QStringLiteral( "abc" ) ).error, QStringLiteral( "not a number" ) );
}

TEST( AcvNumberParser, NumberFollowedByTextIsInvalid )
{
  EXPECT_TRUE( isInvalid( vi( u( "12 người" ) ) ) );
  EXPECT_FALSE( AcvNumberParser::isMissingToken( u( "12 người" ) ) );
}

TEST( AcvNumberParser, TwoDecimalMarksAreInvalid )
{
  const AcvParsedNumber parsed = vi( QStringLiteral( "1.234,5,6" ) );
  EXPECT_TRUE( isInvalid( parsed ) );
  EXPECT_EQ( parsed.error, QStringLiteral( "two decimal marks" ) );
  EXPECT_TRUE( isInvalid( en( QStringLiteral( "1.2.3" ) ) ) );
}

TEST( AcvNumberParser, GroupSeparatorAfterDecimalMarkIsInvalid )
{
  EXPECT_TRUE( isInvalid( en( QStringLiteral( "1.234,5,6" ) ) ) );
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "1,234.5" ) ) ) );
}

TEST( AcvNumberParser, ShortGroupsAreInvalid )
{
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "1.23.4" ) ) ) );
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "12.34.567" ) ) ) );
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "1.23.456" ) ) ) );
  EXPECT_TRUE( isInvalid( en( QStringLiteral( "1,23,456" ) ) ) );
}

TEST( AcvNumberParser, LongFirstGroupIsInvalid )
{
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "1234.567" ) ) ) );
  EXPECT_TRUE( readsAs( en( QStringLiteral( "1234.567" ) ), 1234.567 ) );
}

TEST( AcvNumberParser, GroupsAfterLeadingZeroAreInvalid )
{
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "0.123" ) ) ) );
  EXPECT_TRUE( readsAs( en( QStringLiteral( "0.123" ) ), 0.123 ) );
}

TEST( AcvNumberParser, EmptyGroupsAreInvalid )
{
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "1..234" ) ) ) );
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( ".234" ) ) ) );
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "1.234." ) ) ) );
}

TEST( AcvNumberParser, DecimalMarkWithoutDigitsAfterIsInvalid )
{
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "12," ) ) ) );
}

TEST( AcvNumberParser, DecimalMarkWithoutIntegerPartReadsAsFraction )
{
  EXPECT_TRUE( readsAs( vi( QStringLiteral( ",5" ) ), 0.5 ) );
}

TEST( AcvNumberParser, EmptyAfterSignIsInvalid )
{
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "+" ) ) ) );
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "-%" ) ) ) );
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "%" ) ) ) );
}

TEST( AcvNumberParser, PercentSignOnlyAtTheEnd )
{
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "%9" ) ) ) );
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "9%%" ) ) ) );
}

TEST( AcvNumberParser, PlainExponentIsAccepted )
{
  EXPECT_TRUE( readsAs( vi( QStringLiteral( "1e308" ) ), 1e308 ) );
  EXPECT_TRUE( readsAs( en( QStringLiteral( "1.5E+3" ) ), 1500 ) );
  EXPECT_TRUE( readsAs( vi( QStringLiteral( "1,5E+3" ) ), 1500 ) );
  EXPECT_TRUE( readsAs( vi( QStringLiteral( "25e-1" ) ), 2.5 ) );
}

TEST( AcvNumberParser, ExponentWithGroupedMantissaIsInvalid )
{
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "1.000e3" ) ) ) );
  EXPECT_TRUE( isInvalid( en( QStringLiteral( "1,000e3" ) ) ) );
}

TEST( AcvNumberParser, MalformedExponentIsInvalid )
{
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "1e" ) ) ) );
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "1e+" ) ) ) );
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "1e3.5" ) ) ) );
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "e5" ) ) ) );
}

TEST( AcvNumberParser, NonFiniteValueIsInvalid )
{
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "1e309" ) ) ) );
  EXPECT_TRUE( isInvalid( vi( QStringLiteral( "-1e400" ) ) ) );
  EXPECT_TRUE( isInvalid( en( QStringLiteral( "inf" ) ) ) );
  EXPECT_TRUE( isInvalid( en( QStringLiteral( "nan" ) ) ) );
}

TEST( AcvNumberParser, LongIntegerIsReadToDoublePrecision )
{
  EXPECT_TRUE( readsAs( vi( QStringLiteral( "99999999999999999999" ) ), 1e20 ) );
}

TEST( AcvNumberParser, DetectsVietnameseFromDecimalComma )
{
  QString conflict;
  EXPECT_EQ( AcvNumberParser::detectConvention( { QStringLiteral( "139.267" ), QStringLiteral( "9,19" ), QStringLiteral( "42" ) },
                                                AcvNumberConvention::English, &conflict ),
             AcvNumberConvention::Vietnamese );
  EXPECT_TRUE( conflict.isEmpty() );
}

TEST( AcvNumberParser, DetectsVietnameseFromSeveralDots )
{
  EXPECT_EQ( AcvNumberParser::detectConvention( { QStringLiteral( "1.234.567" ) }, AcvNumberConvention::English ), AcvNumberConvention::Vietnamese );
}

TEST( AcvNumberParser, DetectsVietnameseFromDotBeforeComma )
{
  EXPECT_EQ( AcvNumberParser::detectConvention( { QStringLiteral( "1.234,5" ) }, AcvNumberConvention::English ), AcvNumberConvention::Vietnamese );
}

TEST( AcvNumberParser, DetectsVietnameseFromPercentCell )
{
  EXPECT_EQ( AcvNumberParser::detectConvention( { QStringLiteral( "9,19 %" ) }, AcvNumberConvention::English ), AcvNumberConvention::Vietnamese );
}

TEST( AcvNumberParser, DetectsEnglishFromDecimalDot )
{
  EXPECT_EQ( AcvNumberParser::detectConvention( { QStringLiteral( "139,267" ), QStringLiteral( "9.19" ) } ), AcvNumberConvention::English );
}

TEST( AcvNumberParser, DetectsEnglishFromSeveralCommas )
{
  EXPECT_EQ( AcvNumberParser::detectConvention( { QStringLiteral( "1,234,567" ) } ), AcvNumberConvention::English );
}

TEST( AcvNumberParser, DetectsEnglishFromCommaBeforeDot )
{
  EXPECT_EQ( AcvNumberParser::detectConvention( { QStringLiteral( "1,234.5" ) } ), AcvNumberConvention::English );
}

TEST( AcvNumberParser, DetectsEnglishFromUngroupedDecimal )
{
  // What spreadsheets export: no grouping, '.' decimal.
  EXPECT_EQ( AcvNumberParser::detectConvention( { QStringLiteral( "1234.567" ) } ), AcvNumberConvention::English );
}

TEST( AcvNumberParser, ConflictingEvidenceIsReported )
{
  QString conflict;
  int conflicting = -2;
  const AcvNumberConvention convention = AcvNumberParser::detectConvention(
      { QStringLiteral( "139.267" ), QStringLiteral( "9,19" ), QStringLiteral( "-" ), QStringLiteral( "9.19" ), QStringLiteral( "1,5" ) },
      AcvNumberConvention::Vietnamese, &conflict, &conflicting );
  EXPECT_EQ( convention, AcvNumberConvention::Auto );
  EXPECT_EQ( conflicting, 3 );
  EXPECT_TRUE( conflict.contains( QStringLiteral( "\"9,19\"" ) ) ) << conflict.toStdString();
  EXPECT_TRUE( conflict.contains( QStringLiteral( "\"9.19\"" ) ) ) << conflict.toStdString();
}

TEST( AcvNumberParser, ConflictIndexIsTheFirstContradiction )
{
  int conflicting = -2;
  AcvNumberParser::detectConvention( { QStringLiteral( "9.19" ), QStringLiteral( "1,234,567" ), QStringLiteral( "1.234.567" ), QStringLiteral( "9,19" ) },
                                     AcvNumberConvention::Vietnamese, nullptr, &conflicting );
  EXPECT_EQ( conflicting, 2 );
}

TEST( AcvNumberParser, NoEvidenceTakesTheFallback )
{
  const QStringList cells = { QStringLiteral( "139.267" ), QStringLiteral( "1,234" ), QStringLiteral( "42" ), QStringLiteral( "139 267" ) };
  int conflicting = -2;
  EXPECT_EQ( AcvNumberParser::detectConvention( cells, AcvNumberConvention::Vietnamese, nullptr, &conflicting ), AcvNumberConvention::Vietnamese );
  EXPECT_EQ( conflicting, -1 );
  EXPECT_EQ( AcvNumberParser::detectConvention( cells, AcvNumberConvention::English ), AcvNumberConvention::English );
  EXPECT_EQ( AcvNumberParser::detectConvention( cells ), AcvNumberConvention::Vietnamese );
}

TEST( AcvNumberParser, MissingAndInvalidCellsAreNoEvidence )
{
  const QStringList cells = { QStringLiteral( "N/A" ), QStringLiteral( "abc" ), QStringLiteral( "1.23.4" ), QString(), QStringLiteral( "42" ) };
  EXPECT_EQ( AcvNumberParser::detectConvention( cells, AcvNumberConvention::English ), AcvNumberConvention::English );
  EXPECT_EQ( AcvNumberParser::detectConvention( {}, AcvNumberConvention::Vietnamese ), AcvNumberConvention::Vietnamese );
}

TEST( AcvNumberParser, FormatsVietnamese )
{
  EXPECT_EQ( AcvNumberParser::format( 139267, 0, AcvNumberConvention::Vietnamese ), QStringLiteral( "139.267" ) );
  EXPECT_EQ( AcvNumberParser::format( 9.19, 2, AcvNumberConvention::Vietnamese ), QStringLiteral( "9,19" ) );
  EXPECT_EQ( AcvNumberParser::format( 1234567.891, 2, AcvNumberConvention::Vietnamese ), QStringLiteral( "1.234.567,89" ) );
}

TEST( AcvNumberParser, FormatsEnglish )
{
  EXPECT_EQ( AcvNumberParser::format( 139267, 0, AcvNumberConvention::English ), QStringLiteral( "139,267" ) );
  EXPECT_EQ( AcvNumberParser::format( 9.19, 2, AcvNumberConvention::English ), QStringLiteral( "9.19" ) );
  EXPECT_EQ( AcvNumberParser::format( 1234567.891, 1, AcvNumberConvention::English ), QStringLiteral( "1,234,567.9" ) );
}

TEST( AcvNumberParser, FormatRoundsToTheGivenDecimals )
{
  EXPECT_EQ( AcvNumberParser::format( 9.1949, 2, AcvNumberConvention::Vietnamese ), QStringLiteral( "9,19" ) );
  EXPECT_EQ( AcvNumberParser::format( 9.196, 2, AcvNumberConvention::Vietnamese ), QStringLiteral( "9,20" ) );
  EXPECT_EQ( AcvNumberParser::format( 999.999, 2, AcvNumberConvention::Vietnamese ), QStringLiteral( "1.000,00" ) );
  EXPECT_EQ( AcvNumberParser::format( 139267.4, 0, AcvNumberConvention::English ), QStringLiteral( "139,267" ) );
  EXPECT_EQ( AcvNumberParser::format( 12, -1, AcvNumberConvention::English ), QStringLiteral( "12" ) );
}

TEST( AcvNumberParser, FormatsNegativeNumbers )
{
  EXPECT_EQ( AcvNumberParser::format( -1234.5, 1, AcvNumberConvention::Vietnamese ), QStringLiteral( "-1.234,5" ) );
  EXPECT_EQ( AcvNumberParser::format( -0.001, 2, AcvNumberConvention::Vietnamese ), QStringLiteral( "0,00" ) );
}

TEST( AcvNumberParser, FormatsNonFiniteAsEmpty )
{
  EXPECT_TRUE( AcvNumberParser::format( std::nan( "" ), 2, AcvNumberConvention::English ).isEmpty() );
  EXPECT_TRUE( AcvNumberParser::format( HUGE_VAL, 2, AcvNumberConvention::English ).isEmpty() );
}

TEST( AcvNumberParser, FormatReadsBackInTheSameConvention )
{
  for ( const AcvNumberConvention convention : { AcvNumberConvention::Vietnamese, AcvNumberConvention::English } )
  {
    for ( const double value : { 0.0, 7.0, 1234.5, -98765.43, 1234567.0 } )
      EXPECT_TRUE( readsAs( AcvNumberParser::parse( AcvNumberParser::format( value, 2, convention ), convention ), value ) ) << value;
  }
}

// parse() reads plain digit cells without the general reader's copies; on every cell it must
// agree with that reader: same status, value (to the bit), sign flag and reason.
namespace
{

::testing::AssertionResult sameAsGeneralReader( const QString &cell, AcvNumberConvention convention )
{
  const AcvParsedNumber fast = AcvNumberParser::parse( cell, convention );
  const AcvParsedNumber general = AcvNumberParser::parseWithoutShortcut( cell, convention );
  const bool sameValue = fast.value == general.value && std::signbit( fast.value ) == std::signbit( general.value );
  if ( fast.status == general.status && sameValue && fast.hasPercentSign == general.hasPercentSign && fast.error == general.error )
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << '"' << cell.toStdString() << "\" (" << ( convention == AcvNumberConvention::English ? "en" : "vi" )
                                       << "): shortcut " << static_cast<int>( fast.status ) << ' ' << fast.value << ' ' << fast.error.toStdString()
                                       << ", general " << static_cast<int>( general.status ) << ' ' << general.value << ' ' << general.error.toStdString();
}

} // namespace

TEST( AcvNumberParser, ShortcutAgreesWithTheGeneralReaderOnEveryShortCell )
{
  // Every cell of up to 5 characters over digits, both marks, blanks, signs, '%' and 'e'.
  const QString alphabet = QStringLiteral( "019.,- %e" );
  QStringList cells = { QString() };
  QStringList previous = cells;
  for ( int length = 1; length <= 5; ++length )
  {
    QStringList next;
    for ( const QString &prefix : std::as_const( previous ) )
    {
      for ( const QChar c : alphabet )
        next << prefix + c;
    }
    cells << next;
    previous = next;
  }
  ASSERT_EQ( cells.size(), 1 + 9 + 81 + 729 + 6561 + 59049 );
  for ( const QString &cell : std::as_const( cells ) )
  {
    EXPECT_TRUE( sameAsGeneralReader( cell, AcvNumberConvention::Vietnamese ) );
    EXPECT_TRUE( sameAsGeneralReader( cell, AcvNumberConvention::English ) );
  }
}

TEST( AcvNumberParser, ShortcutAgreesWithTheGeneralReaderOnLongAndBlankCells )
{
  const QStringList cells = {
      QStringLiteral( "139.267" ),
      QStringLiteral( "9,19" ),
      QStringLiteral( "1.234.567,891" ),
      QStringLiteral( "1,234,567.891" ),
      QStringLiteral( "123456789012345" ),
      QStringLiteral( "1234567890123456" ),
      QStringLiteral( "99999999999999999999" ),
      QStringLiteral( "999.999.999.999.999" ),
      QStringLiteral( "9.999.999.999.999.999" ),
      QStringLiteral( "0,000000000000001" ),
      QStringLiteral( "0,1234567890123456" ),
      QStringLiteral( "12345678,9012345" ),
      QStringLiteral( "007" ),
      QStringLiteral( "0.123" ),
      QStringLiteral( "1.2345" ),
      QStringLiteral( "1234.567" ),
      QStringLiteral( " 42 " ),
      QStringLiteral( "\t42\n" ),
      QStringLiteral( "\u00A042\u00A0" ),
      QStringLiteral( "\u200B42" ),
      QStringLiteral( "\uFEFF139.267" ),
      QStringLiteral( "42\u200B" ),
      QStringLiteral( "139\u00A0267" ),
      QStringLiteral( "139\u202F267" ),
      QStringLiteral( "1.5E+05" ),
      QStringLiteral( "1,5E+05" ),
      QStringLiteral( "１２" ),
      QStringLiteral( "٤٢" ),
      QStringLiteral( "42%" ),
      QStringLiteral( "9,19 %" ),
      QStringLiteral( "−42" ),
      QStringLiteral( "KXĐ" ),
      QStringLiteral( "N/A" ),
      QStringLiteral( "x" ),
      QStringLiteral( "…" ),
  };
  for ( const QString &cell : cells )
  {
    EXPECT_TRUE( sameAsGeneralReader( cell, AcvNumberConvention::Vietnamese ) );
    EXPECT_TRUE( sameAsGeneralReader( cell, AcvNumberConvention::English ) );
  }
  // Fractions of up to 15 digits: the one division must round as the general conversion does.
  for ( qint64 mantissa = 1; mantissa < 1000000000000000LL; mantissa = mantissa * 7 + 3 )
  {
    const QString digits = QString::number( mantissa );
    for ( int decimals = 1; decimals < digits.size(); ++decimals )
    {
      const QString vietnamese = digits.left( digits.size() - decimals ) + QLatin1Char( ',' ) + digits.right( decimals );
      EXPECT_TRUE( sameAsGeneralReader( vietnamese, AcvNumberConvention::Vietnamese ) );
    }
  }
}
