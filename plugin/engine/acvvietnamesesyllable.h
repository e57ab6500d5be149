/***************************************************************************
  acvvietnamesesyllable.h - whether a word is a spelling a Vietnamese syllable can have
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVVIETNAMESESYLLABLE_H
#define ACVVIETNAMESESYLLABLE_H

#include <QString>
#include <QStringList>

/**
 * The spelling rules a legacy-encoding guess is judged by: a wrong decoding leaves letters no
 * Vietnamese word has ("HuyÖn", "§¨k"), vowels that never go together ("Huyeọn"), a tone on the
 * wrong vowel ("muà") or a level tone before a stop ("lườt"). Onsets are lenient, because the
 * names of Gia Lai's peoples are written with clusters ("Krông", "HDrông", "Chư Prông") and the
 * finals k and h ("Đăk", "Păh"): consonants read the same in every encoding, so only the vowels
 * and marks decide.
 */
class AcvVietnameseSyllable
{
public:
  //! True when \a word (any case, any normalization) is spelt as a Vietnamese syllable can be.
  static bool isValid( const QString &word );

  /**
   * True when \a word says something about its encoding: it has a character beyond ASCII and is
   * not made of consonants only ("ĐTTM", "HĐND" are abbreviations, valid in every reading).
   */
  static bool isEvidence( const QString &word );

  /**
   * The words of \a text: runs of letters, marks and the Latin-1 characters that legacy
   * readings put where letters were ("§¨k", "Ph­êng" with its soft hyphen stay one word);
   * digits, spaces and punctuation separate them.
   */
  static QStringList words( const QString &text );

  //! Whether \a c belongs to a word for words().
  static bool isWordCharacter( QChar c );
};

#endif // ACVVIETNAMESESYLLABLE_H
