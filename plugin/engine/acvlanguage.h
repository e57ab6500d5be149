/***************************************************************************
  acvlanguage.h - the language of labels, legends and reports, and its number style
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVLANGUAGE_H
#define ACVLANGUAGE_H

#include "acvnumberparser.h"

#include <QString>

class QTranslator;

/**
 * The language the map speaks. It also fixes how numbers are written on the map:
 * Vietnamese "139.267" and "23,4 %", English "139,267" and "23.4%".
 */
enum class AcvLanguage
{
  Vietnamese,
  English,
};

namespace AcvLanguageText
{
//! "vi" or "en" to a language; false for anything else.
bool parse( const QString &code, AcvLanguage &language );
QString code( AcvLanguage language );

AcvNumberConvention convention( AcvLanguage language );

//! A count with thousands grouped: "139.267" (vi), "139,267" (en).
QString count( double value, AcvLanguage language );

//! A number with \a decimals decimals: "9,19" (vi), "9.19" (en).
QString number( double value, int decimals, AcvLanguage language );

/**
 * \a sourceText (English, marked for lupdate with QT_TRANSLATE_NOOP in \a context) in
 * \a language, whatever language QGIS or the system speaks: a report may be asked for in
 * Vietnamese from an English QGIS and the other way round, so no translator is installed in
 * the application. English is the source text; Vietnamese comes from acvreport_vi.ts, built
 * into the engine. Safe from any thread. An untranslated text stays English. %n becomes \a n.
 */
QString translated( AcvLanguage language, const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1 );

//! The translator behind translated() for \a language; nullptr for English (the source text).
const QTranslator *translator( AcvLanguage language );

//! What follows a percentage's digits: " %" (vi, a space as Vietnamese typography has it), "%" (en).
QString percentSign( AcvLanguage language );

//! A percentage: "23,4 %" (vi, a space before the sign as Vietnamese typography has it), "23.4%" (en).
QString percent( double value, int decimals, AcvLanguage language );

//! A percentage range with an en dash: "45–60 %" (vi), "45–60%" (en). Trailing zeros dropped.
QString percentRange( double lower, double upper, int maxDecimals, AcvLanguage language );

//! \a value with at most \a maxDecimals decimals and no trailing zeros: "7,5", "15".
QString compactNumber( double value, int maxDecimals, AcvLanguage language );
} // namespace AcvLanguageText

#endif // ACVLANGUAGE_H
