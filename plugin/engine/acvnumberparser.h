/***************************************************************************
  acvnumberparser.h - reads numbers written the Vietnamese or English way
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVNUMBERPARSER_H
#define ACVNUMBERPARSER_H

#include <QString>
#include <QStringList>

/**
 * How a column writes its numbers.
 * Vietnamese: '.' groups thousands, ',' is the decimal mark ("139.267", "9,19").
 * English: ',' groups thousands, '.' is the decimal mark ("139,267", "9.19").
 */
enum class AcvNumberConvention
{
  Auto, //!< decide per column from its cells (AcvNumberParser::detectConvention)
  Vietnamese,
  English,
};

//! The outcome of reading one cell as a number.
struct AcvParsedNumber
{
  enum class Status
  {
    Ok,      //!< value holds the number
    Missing, //!< an empty or explicit missing-value cell ("-", "N/A", "KXĐ", ...): not zero
    Invalid, //!< the cell is not a number; error says why
  };
  Status status = Status::Missing;
  double value = 0.0;
  bool hasPercentSign = false; //!< the cell ended with '%' ("9,19 %"); value is then 9.19, not 0.0919
  QString error;               //!< for Invalid: a short English reason, e.g. "two decimal marks"
};

/**
 * Reads numeric cells of statistics annexes.
 *
 * A cell is: optional surrounding whitespace, an optional sign ('-', '+', U+2212), digits,
 * an optional decimal part, an optional '%' (spaces before it allowed: "9,19 %").
 * Digit groups are separated by the convention's group mark or by a space, no-break space,
 * narrow no-break space, figure space or thin space ("139 267"), one kind per number; the
 * first group has 1 to 3 digits and does not start with 0, every later group exactly 3
 * ("1.234.567", not "1.23.456" or "0.123"). A plain exponent is accepted when the mantissa has
 * no digit groups ("1e308", "1,5E+05" in a Vietnamese column), since spreadsheets export large
 * figures so. Numbers that do not fit a double ("1e309") are Invalid; long integers are read to
 * double precision ("99999999999999999999" is 1e20).
 *
 * The rule for ambiguous cells (documented in README.md, "Numbers"): a column's convention is
 * decided from all its cells together. A cell is evidence for one convention when it reads as
 * a number in that convention and not in the other: "9,19", "1.234.567", "1.234,5" are
 * Vietnamese; "9.19", "1,234,567", "1,234.5", "1234.5" are English. A column with evidence for
 * one side only takes that side; a column with evidence for both is an error; a column with no
 * evidence (only cells such as "139.267", "1,234" or "42", which read either way) takes the
 * fallback, Vietnamese by default because the annexes this tool reads are Vietnamese.
 */
class AcvNumberParser
{
public:
  /**
   * True for cells that mean "no figure", compared trimmed and case-insensitively: empty, "-",
   * "–", "—", "N/A", "NA", "KXĐ" (also "KXD" and "KXÐ" with U+00D0), "..", "...", "…", "x".
   */
  static bool isMissingToken( const QString &cell );

  /**
   * Decides the convention of a column from its cells.
   * Returns \a fallback when no cell decides. On conflicting evidence returns Auto and, if
   * \a conflict is given, fills it with a message quoting one cell of each kind.
   * \a firstConflictingIndex (optional) receives the index into \a cells of the first cell
   * that contradicts the convention of the earlier ones, or -1 when there is no conflict.
   * \a decidingIndex (optional) receives the index of the first cell that decided the returned
   * convention, or -1 when no cell did (the fallback, or a conflict).
   */
  static AcvNumberConvention detectConvention( const QStringList &cells,
                                               AcvNumberConvention fallback = AcvNumberConvention::Vietnamese,
                                               QString *conflict = nullptr,
                                               int *firstConflictingIndex = nullptr,
                                               int *decidingIndex = nullptr );

  //! Reads one cell with a known convention (Auto is read as Vietnamese).
  static AcvParsedNumber parse( const QString &cell, AcvNumberConvention convention );

  /**
   * parse() without its shortcut for plain digit cells ("139.267", "9,19"): the general reader,
   * which parse() must agree with on every cell. Public so the unit tests can compare the two.
   */
  static AcvParsedNumber parseWithoutShortcut( const QString &cell, AcvNumberConvention convention );

  /**
   * Formats \a value rounded to \a decimals in the convention's style ("139.267", "9,19"; Auto is
   * Vietnamese). A value that rounds to zero has no sign; a value that is not finite gives "".
   */
  static QString format( double value, int decimals, AcvNumberConvention convention );
};

#endif // ACVNUMBERPARSER_H
