/***************************************************************************
  acvnamenormalizer.h - canonical keys for Vietnamese locality names
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVNAMENORMALIZER_H
#define ACVNAMENORMALIZER_H

#include "acvadmintypes.h"

#include <QString>

/**
 * A locality name reduced to the keys the matcher compares.
 *
 * toneKey keeps every letter and diacritic that distinguishes names but ignores how they were
 * encoded: Unicode composition (NFC/NFD), tone placement (old "Hòa" = new "Hoà"), case, Đ vs
 * the look-alikes Ð (U+00D0), Ɖ (U+0189), ɖ (U+0256), apostrophes, hyphens, dashes, dots, extra
 * spaces, and the administrative type words, which go to \a type instead.
 * foldKey is toneKey without any diacritic (Đ -> d), for names typed without diacritics.
 *
 * The rules in detail:
 * - Apostrophes and quotes join ("K'Bang" = "KBang"); zero-width and other invisible format
 *   characters (bidi marks, soft hyphens) are dropped as the reader never saw them; every other
 *   punctuation or symbol (hyphens, dashes, dots, commas, slashes, parentheses, underscores)
 *   separates words ("Bà Rịa - Vũng Tàu" = "Bà Rịa–Vũng Tàu" = "Bà Rịa Vũng Tàu").
 * - Each word's tone mark is put where the "new style" rule puts it, whatever the source did:
 *   on the vowel with a quality mark (ơ of ươ), else the only vowel, else the last vowel of a
 *   closed syllable, else the second vowel of oa/oe/uy ("hoà", "thuỷ"), else the first
 *   ("hài", "của"); the u of "qu" and the i of "gi" before a vowel are not vowels of the nucleus.
 * - One type is stripped: a leading Vietnamese type (Tỉnh, Thành phố, TP, T.P., Thị xã, TX,
 *   T.X., Thị trấn, TT, T.T., Huyện, H., Quận, Q., Xã, Phường, P.); the one-letter forms need
 *   their dot, except Q and P before a number ("Q1", "P 12"); the full words also match without
 *   diacritics, but only in names written entirely without diacritics ("Xa Ia Ka" is the
 *   commune Ia Ka, "Xà Bang" keeps its name). Else an English type before or after the name
 *   ("District 1", "City of X", "Pleiku City"). Nothing is stripped that would leave no name.
 * - A name that is only a number loses its leading zeros ("Phường 01" = "P.1").
 */
struct AcvNormalizedName
{
  QString raw; //!< as written in the source
  AcvAdminType type = AcvAdminType::None;
  QString toneKey; //!< e.g. "chư sê" for "Huyện  CHƯ SÊ", "hoà bình" for "Hòa Bình" and "Hoà Bình"
  QString foldKey; //!< e.g. "chu se"

  /**
   * Set only when the type was read from a Vietnamese word typed without diacritics, which may
   * as well be the first syllable of the name: "Quan Hoa" is quận "Hoa" or huyện Quan Hóa. It is
   * the foldKey with that word kept ("quan hoa"); the matcher also tries it, with no type.
   */
  QString untypedFoldKey;

  bool isEmpty() const { return toneKey.isEmpty(); }
};

class AcvNameNormalizer
{
public:
  static AcvNormalizedName normalize( const QString &name );

  /**
   * normalize() without its shortcut for names of ASCII and Vietnamese letters: the general path
   * through Qt's NFD/NFC, which normalize() must agree with on every name. Public so the unit
   * tests can compare the two.
   */
  static AcvNormalizedName normalizeWithoutShortcut( const QString &name );

  /**
   * Whether two written types can denote the same locality: equal, either one unwritten,
   * or English "town"/"district" against the Vietnamese types they translate.
   * "Thị trấn Chư Sê" and "Huyện Chư Sê" are not compatible.
   */
  static bool typesCompatible( AcvAdminType a, AcvAdminType b );

  //! A short English name of the type ("district"), for reports.
  static QString typeName( AcvAdminType type );
};

#endif // ACVNAMENORMALIZER_H
