/***************************************************************************
  acvnumberparser.cpp - reads numbers written the Vietnamese or English way
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvnumberparser.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace
{

struct AcvMarks
{
  QChar decimal;
  QChar group;
};

AcvMarks marksFor( AcvNumberConvention convention )
{
  if ( convention == AcvNumberConvention::English )
    return { QLatin1Char( '.' ), QLatin1Char( ',' ) };
  return { QLatin1Char( ',' ), QLatin1Char( '.' ) };
}

bool isAsciiDigit( QChar c )
{
  return c.unicode() >= '0' && c.unicode() <= '9';
}

// Spreadsheets and typists group digits with all of these; they count as one kind of separator.
bool isSpaceSeparator( QChar c )
{
  switch ( c.unicode() )
  {
    case ' ':
    case 0x00A0: // no-break space
    case 0x2007: // figure space
    case 0x2009: // thin space
    case 0x202F: // narrow no-break space
      return true;
    default:
      return false;
  }
}

// Cells pasted from the web or Excel carry zero-width spaces and byte order marks at their ends.
bool isBlank( QChar c )
{
  return c.isSpace() || c.category() == QChar::Other_Format;
}

QString trimBlank( const QString &text )
{
  int begin = 0;
  int end = text.size();
  while ( begin < end && isBlank( text.at( begin ) ) )
    ++begin;
  while ( end > begin && isBlank( text.at( end - 1 ) ) )
    --end;
  return text.mid( begin, end - begin );
}

QString unexpectedCharacter( QChar c )
{
  if ( c.isLetter() )
    return QStringLiteral( "not a number" );
  return QStringLiteral( "unexpected character '%1'" ).arg( c );
}

// Why digit groups are malformed, or an empty string: 1 to 3 digits first, then exactly 3.
QString groupError( const QStringList &groups )
{
  if ( std::any_of( groups.cbegin(), groups.cend(), []( const QString &group )
                    { return group.isEmpty(); } ) )
    return QStringLiteral( "empty digit group" );
  if ( groups.first().size() > 3 )
    return QStringLiteral( "first digit group has more than 3 digits" );
  // "0.123" is no Vietnamese 123 but an English 0.123: refusing it lets the column decide.
  if ( groups.first().startsWith( QLatin1Char( '0' ) ) )
    return QStringLiteral( "digit group after a leading zero" );
  for ( int i = 1; i < groups.size(); ++i )
  {
    if ( groups.at( i ).size() != 3 )
      return QStringLiteral( "digit group of %1 digits where 3 were expected" ).arg( groups.at( i ).size() );
  }
  return QString();
}

// Splits an integer part at its group separators and checks the group sizes.
bool readIntegerDigits( const QString &text, QString &digits, QString &error )
{
  QStringList groups;
  QString current;
  QChar kind;
  for ( const QChar c : text )
  {
    if ( isAsciiDigit( c ) )
    {
      current += c;
      continue;
    }
    const QChar separatorKind = isSpaceSeparator( c ) ? QChar( ' ' ) : c;
    if ( !kind.isNull() && kind != separatorKind )
    {
      error = QStringLiteral( "mixed digit group separators" );
      return false;
    }
    kind = separatorKind;
    groups << current;
    current.clear();
  }
  groups << current;

  if ( groups.size() > 1 )
  {
    error = groupError( groups );
    if ( !error.isEmpty() )
      return false;
  }
  digits = groups.join( QString() );
  return true;
}

// Reads digits with group separators and an optional decimal part into C-locale text.
bool readGroupedNumber( const QString &body, const AcvMarks &marks, QString &plain, QString &error )
{
  for ( const QChar c : body )
  {
    if ( !isAsciiDigit( c ) && c != marks.decimal && c != marks.group && !isSpaceSeparator( c ) )
    {
      error = unexpectedCharacter( c );
      return false;
    }
  }

  const int decimalAt = body.indexOf( marks.decimal );
  if ( decimalAt >= 0 && body.indexOf( marks.decimal, decimalAt + 1 ) >= 0 )
  {
    error = QStringLiteral( "two decimal marks" );
    return false;
  }
  const QString fraction = decimalAt >= 0 ? body.mid( decimalAt + 1 ) : QString();
  if ( std::any_of( fraction.cbegin(), fraction.cend(), []( QChar c )
                    { return !isAsciiDigit( c ); } ) )
  {
    error = QStringLiteral( "digit group separator after the decimal mark" );
    return false;
  }
  if ( decimalAt >= 0 && fraction.isEmpty() )
  {
    error = QStringLiteral( "no digits after the decimal mark" );
    return false;
  }

  QString digits;
  if ( !readIntegerDigits( decimalAt >= 0 ? body.left( decimalAt ) : body, digits, error ) )
    return false;
  if ( digits.isEmpty() && fraction.isEmpty() )
  {
    error = QStringLiteral( "no digits" );
    return false;
  }
  plain = digits.isEmpty() ? QStringLiteral( "0" ) : digits;
  if ( !fraction.isEmpty() )
    plain += QLatin1Char( '.' ) + fraction;
  return true;
}

int exponentIndex( const QString &body )
{
  const int lower = body.indexOf( QLatin1Char( 'e' ) );
  return lower >= 0 ? lower : body.indexOf( QLatin1Char( 'E' ) );
}

// Exponent forms come from spreadsheets, which never group the digits of the mantissa.
bool readExponentNumber( const QString &body, int exponentAt, const AcvMarks &marks, QString &plain, QString &error )
{
  const QString mantissa = body.left( exponentAt );
  const QString exponent = body.mid( exponentAt + 1 );

  int decimalMarks = 0;
  int digitCount = 0;
  QString text;
  for ( const QChar c : mantissa )
  {
    if ( isAsciiDigit( c ) )
    {
      ++digitCount;
      text += c;
    }
    else if ( c == marks.decimal && ++decimalMarks == 1 )
      text += QLatin1Char( '.' );
    else if ( c == marks.decimal )
    {
      error = QStringLiteral( "two decimal marks" );
      return false;
    }
    else if ( c == marks.group || isSpaceSeparator( c ) )
    {
      error = QStringLiteral( "digit groups in a number with an exponent" );
      return false;
    }
    else
    {
      error = unexpectedCharacter( c );
      return false;
    }
  }
  if ( digitCount == 0 )
  {
    error = QStringLiteral( "no digits" );
    return false;
  }

  const int signLength = exponent.startsWith( QLatin1Char( '+' ) ) || exponent.startsWith( QLatin1Char( '-' ) ) ? 1 : 0;
  const QString exponentDigits = exponent.mid( signLength );
  if ( exponentDigits.isEmpty() || !std::all_of( exponentDigits.cbegin(), exponentDigits.cend(), isAsciiDigit ) )
  {
    error = exponentDigits.isEmpty() ? QStringLiteral( "no digits in the exponent" ) : QStringLiteral( "malformed exponent" );
    return false;
  }
  plain = text + QLatin1Char( 'e' ) + exponent;
  return true;
}

AcvParsedNumber invalid( const QString &reason, bool hasPercentSign )
{
  AcvParsedNumber result;
  result.status = AcvParsedNumber::Status::Invalid;
  result.hasPercentSign = hasPercentSign;
  result.error = reason;
  return result;
}

// Which convention a cell speaks for: the one it reads in while the other rejects it.
AcvNumberConvention evidenceOf( const QString &cell )
{
  const bool vietnamese = AcvNumberParser::parse( cell, AcvNumberConvention::Vietnamese ).status == AcvParsedNumber::Status::Ok;
  const bool english = AcvNumberParser::parse( cell, AcvNumberConvention::English ).status == AcvParsedNumber::Status::Ok;
  if ( vietnamese == english )
    return AcvNumberConvention::Auto;
  return vietnamese ? AcvNumberConvention::Vietnamese : AcvNumberConvention::English;
}

/**
 * The shortcut for the cells nearly every annex is made of: ASCII digits with the convention's
 * group marks and at most one decimal mark, well formed ("139.267", "9,19", "42"), at most 15
 * significant digits, blanks around. Returns false, having read nothing, for anything else
 * (signs, '%', spaces, exponents, malformed groups, missing tokens), which the general reader
 * handles. No allocation: an annex has hundreds of thousands of such cells, each read up to
 * three times (twice to decide the column's convention, once for its value).
 */
bool parsePlain( const QString &cell, const AcvMarks &marks, double &value )
{
  const QChar *begin = cell.constData();
  const QChar *end = begin + cell.size();
  while ( begin < end && isBlank( *begin ) )
    ++begin;
  while ( end > begin && isBlank( *( end - 1 ) ) )
    --end;
  // A missing token never starts with a digit, so the first character settles that too.
  if ( begin == end || !isAsciiDigit( *begin ) )
    return false;

  // Digits accumulate in an integer: with at most 15 of them it is exact in a double, and so is
  // 10^k for k <= 22, so one division rounds correctly, as the general reader's conversion does.
  constexpr int kMaxDigits = 15;
  qint64 mantissa = 0;
  int digits = 0;
  int fractionDigits = 0;
  bool inFraction = false;
  int groupLength = 0;      // digits since the start or the last group mark
  bool grouped = false;     // a group mark was seen
  bool leadingZero = false; // the first group starts with 0
  for ( const QChar *c = begin; c != end; ++c )
  {
    if ( isAsciiDigit( *c ) )
    {
      if ( ++digits > kMaxDigits )
        return false;
      if ( digits == 1 )
        leadingZero = *c == QLatin1Char( '0' );
      mantissa = mantissa * 10 + ( c->unicode() - '0' );
      if ( inFraction )
        ++fractionDigits;
      else
        ++groupLength;
    }
    else if ( *c == marks.group && !inFraction )
    {
      // The first group has 1 to 3 digits and no leading zero, every later one exactly 3.
      if ( grouped ? groupLength != 3 : ( groupLength < 1 || groupLength > 3 || leadingZero ) )
        return false;
      grouped = true;
      groupLength = 0;
    }
    else if ( *c == marks.decimal && !inFraction )
    {
      if ( grouped && groupLength != 3 )
        return false;
      inFraction = true;
    }
    else
      return false;
  }
  if ( inFraction ? fractionDigits == 0 : ( grouped && groupLength != 3 ) )
    return false;

  static const double powersOfTen[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
  value = static_cast<double>( mantissa ) / powersOfTen[fractionDigits];
  return true;
}

QString groupDigits( const QString &digits, QChar groupMark )
{
  QString grouped = digits;
  for ( int i = grouped.size() - 3; i > 0; i -= 3 )
    grouped.insert( i, groupMark );
  return grouped;
}

} // namespace

bool AcvNumberParser::isMissingToken( const QString &cell )
{
  QString text = trimBlank( cell );
  // No token is longer than 3 characters, and upper-casing never shortens a text: most cells
  // (every figure, every name) are rejected here without the copies below.
  if ( text.size() > 3 )
    return false;
  // The look-alike Ð (U+00D0, Icelandic eth) is what many Vietnamese keyboards type for Đ.
  text.replace( QChar( 0x00D0 ), QChar( 0x0110 ) ).replace( QChar( 0x00F0 ), QChar( 0x0110 ) );
  text = text.toUpper();
  static const QStringList tokens = {
      QString(),
      QStringLiteral( "-" ),
      QString( QChar( 0x2013 ) ), // en dash
      QString( QChar( 0x2014 ) ), // em dash
      QStringLiteral( "N/A" ),
      QStringLiteral( "NA" ),
      QStringLiteral( "KXD" ),
      QStringLiteral( "KX" ) + QChar( 0x0110 ), // KXĐ, "không xác định"
      QStringLiteral( ".." ),
      QStringLiteral( "..." ),
      QString( QChar( 0x2026 ) ), // "..." as word processors autocorrect it
      QStringLiteral( "X" ),
  };
  return tokens.contains( text );
}

AcvNumberConvention AcvNumberParser::detectConvention( const QStringList &cells, AcvNumberConvention fallback,
                                                       QString *conflict, int *firstConflictingIndex, int *decidingIndex )
{
  if ( firstConflictingIndex )
    *firstConflictingIndex = -1;
  if ( decidingIndex )
    *decidingIndex = -1;

  AcvNumberConvention decided = AcvNumberConvention::Auto;
  int firstVietnamese = -1;
  int firstEnglish = -1;
  int conflictingIndex = -1;
  for ( int i = 0; i < cells.size(); ++i )
  {
    const AcvNumberConvention evidence = evidenceOf( cells.at( i ) );
    if ( evidence == AcvNumberConvention::Auto )
      continue;
    int &first = evidence == AcvNumberConvention::Vietnamese ? firstVietnamese : firstEnglish;
    if ( first < 0 )
      first = i;
    if ( decided == AcvNumberConvention::Auto )
      decided = evidence;
    else if ( evidence != decided && conflictingIndex < 0 )
      conflictingIndex = i;
  }

  if ( conflictingIndex >= 0 )
  {
    if ( conflict )
      *conflict = QStringLiteral( "\"%1\" reads only the Vietnamese way, \"%2\" only the English way" )
                      .arg( trimBlank( cells.at( firstVietnamese ) ), trimBlank( cells.at( firstEnglish ) ) );
    if ( firstConflictingIndex )
      *firstConflictingIndex = conflictingIndex;
    return AcvNumberConvention::Auto;
  }
  if ( decidingIndex && decided != AcvNumberConvention::Auto )
    *decidingIndex = decided == AcvNumberConvention::Vietnamese ? firstVietnamese : firstEnglish;
  return decided == AcvNumberConvention::Auto ? fallback : decided;
}

AcvParsedNumber AcvNumberParser::parse( const QString &cell, AcvNumberConvention convention )
{
  AcvParsedNumber result;
  if ( parsePlain( cell, marksFor( convention ), result.value ) )
  {
    result.status = AcvParsedNumber::Status::Ok;
    return result;
  }
  return parseWithoutShortcut( cell, convention );
}

AcvParsedNumber AcvNumberParser::parseWithoutShortcut( const QString &cell, AcvNumberConvention convention )
{
  QString text = trimBlank( cell );
  if ( isMissingToken( text ) )
    return AcvParsedNumber();

  const bool hasPercentSign = text.endsWith( QLatin1Char( '%' ) );
  if ( hasPercentSign )
  {
    text.chop( 1 );
    text = trimBlank( text );
  }

  bool negative = false;
  if ( !text.isEmpty() && ( text.at( 0 ) == QLatin1Char( '-' ) || text.at( 0 ) == QLatin1Char( '+' ) || text.at( 0 ).unicode() == 0x2212 ) )
  {
    negative = text.at( 0 ) != QLatin1Char( '+' );
    text = trimBlank( text.mid( 1 ) );
  }
  if ( text.isEmpty() )
    return invalid( QStringLiteral( "no digits" ), hasPercentSign );

  const AcvMarks marks = marksFor( convention );
  QString plain;
  QString error;
  const int exponentAt = exponentIndex( text );
  const bool read = exponentAt > 0 && isAsciiDigit( text.at( exponentAt - 1 ) )
                        ? readExponentNumber( text, exponentAt, marks, plain, error )
                        : readGroupedNumber( text, marks, plain, error );
  if ( !read )
    return invalid( error, hasPercentSign );

  bool ok = false;
  const double value = QLocale::c().toDouble( plain, &ok );
  if ( !ok || !std::isfinite( value ) )
    return invalid( QStringLiteral( "out of the range of numbers" ), hasPercentSign );

  AcvParsedNumber result;
  result.status = AcvParsedNumber::Status::Ok;
  result.value = negative ? -value : value;
  result.hasPercentSign = hasPercentSign;
  return result;
}

QString AcvNumberParser::format( double value, int decimals, AcvNumberConvention convention )
{
  if ( !std::isfinite( value ) )
    return QString();

  const AcvMarks marks = marksFor( convention );
  const QString digits = QString::number( std::fabs( value ), 'f', std::max( 0, decimals ) );
  const int pointAt = digits.indexOf( QLatin1Char( '.' ) );
  const QString integer = pointAt >= 0 ? digits.left( pointAt ) : digits;
  const QString fraction = pointAt >= 0 ? digits.mid( pointAt + 1 ) : QString();

  const bool roundsToZero = std::all_of( digits.cbegin(), digits.cend(), []( QChar c )
                                         { return !isAsciiDigit( c ) || c == QLatin1Char( '0' ); } );
  QString text = groupDigits( integer, marks.group );
  if ( !fraction.isEmpty() )
    text += marks.decimal + fraction;
  if ( value < 0 && !roundsToZero )
    text.prepend( QLatin1Char( '-' ) );
  return text;
}
