/***************************************************************************
  acvvietnamesesyllable.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvvietnamesesyllable.h"

#include <QHash>
#include <QVector>

namespace
{
/**
 * The rhymes of standard Vietnamese orthography: the vowels (a semivowel final such as the i of
 * "ai" included), a '*' after each vowel that may carry the tone, then the consonant finals it
 * takes ("-": none). Both tone placements in use are accepted ("hòa" and "hoà", "thủy" and
 * "thuỷ"), so "o*a*" without a final. After "qu" and "gi" the rhyme is looked up without them.
 */
struct RhymeRule
{
  const char16_t *vowels;
  const char16_t *finals;
};
const RhymeRule kRhymes[] = {
    { u"a*", u"- c ch m n ng nh p t" },
    { u"a*i", u"-" },
    { u"a*o", u"-" },
    { u"a*u", u"-" },
    { u"a*y", u"-" },
    { u"ă*", u"c m n ng p t" },
    { u"â*", u"c m n ng p t" },
    { u"â*u", u"-" },
    { u"â*y", u"-" },
    { u"e*", u"- c m n ng p t" },
    { u"e*o", u"-" },
    { u"ê*", u"- ch m n nh p t" },
    { u"ê*u", u"-" },
    { u"i*", u"- ch m n nh p t" },
    { u"i*a", u"-" },
    { u"i*u", u"-" },
    { u"iê*", u"c m n ng p t" },
    { u"iê*u", u"-" },
    { u"y*", u"-" },
    { u"yê*", u"m n ng t" },
    { u"yê*u", u"-" },
    { u"o*", u"- c m n ng p t" },
    { u"o*i", u"-" },
    { u"oo*", u"c ng" },
    { u"ô*", u"- c m n ng p t" },
    { u"ô*i", u"-" },
    { u"ơ*", u"- m n p t" },
    { u"ơ*i", u"-" },
    { u"u*", u"- c m n ng p t" },
    { u"u*i", u"-" },
    { u"u*a", u"-" },
    { u"uô*", u"c m n ng t" },
    { u"uô*i", u"-" },
    { u"ư*", u"- c m ng t" },
    { u"ư*i", u"-" },
    { u"ư*u", u"-" },
    { u"ư*a", u"-" },
    { u"ươ*", u"c m n ng p t" },
    { u"ươ*i", u"-" },
    { u"ươ*u", u"-" },
    { u"o*a*", u"-" },
    { u"oa*", u"c ch m n ng nh p t" },
    { u"oa*i", u"-" },
    { u"oa*y", u"-" },
    { u"oa*o", u"-" },
    { u"oă*", u"c m n ng t" },
    { u"o*e*", u"-" },
    { u"oe*", u"n t" },
    { u"oe*o", u"-" },
    { u"uâ*", u"n ng t" },
    { u"uâ*y", u"-" },
    { u"uê*", u"- ch nh" },
    { u"u*y*", u"-" },
    { u"uy*", u"ch n nh p t" },
    { u"uy*a", u"-" },
    { u"uyê*", u"n t" },
    { u"uy*u", u"-" },
    { u"uơ*", u"-" },
};

// Finals of the minority languages' names, checked as the standard final they stand beside:
// "Đăk" as "ăc", "Păh" as "ăt". Any tone goes with them ("Đăk" has none).
const QHash<QString, QString> kNameFinals = { { QStringLiteral( "k" ), QStringLiteral( "c" ) }, { QStringLiteral( "h" ), QStringLiteral( "t" ) } };

enum Tone
{
  Level = 0,
  Grave,
  Acute,
  Hook,
  Tilde,
  Dot,
};

//! "vowels|final" -> bit mask of the vowel positions that may carry the tone.
const QHash<QString, int> &rhymeTable()
{
  static const QHash<QString, int> table = []
  {
    QHash<QString, int> rhymes;
    for ( const RhymeRule &rule : kRhymes )
    {
      const QString pattern = QString::fromUtf16( rule.vowels );
      QString vowels;
      int mask = 0;
      for ( const QChar c : pattern )
      {
        if ( c == QLatin1Char( '*' ) )
          mask |= 1 << ( vowels.size() - 1 );
        else
          vowels.append( c );
      }
      for ( const QString &final : QString::fromUtf16( rule.finals ).split( QLatin1Char( ' ' ) ) )
        rhymes[vowels + QLatin1Char( '|' ) + final] |= mask;
    }
    return rhymes;
  }();
  return table;
}

bool isVowel( QChar c )
{
  static const QString vowels = QStringLiteral( "aăâeêioôơuưy" );
  return vowels.contains( c );
}

bool isConsonant( QChar c )
{
  // English letters in names and loans (f, j, w, z) too: the vowels decide.
  static const QString consonants = QStringLiteral( "bcdđfghjklmnpqrstvwxz" );
  return consonants.contains( c );
}

bool isStandardFinal( const QString &final )
{
  static const QStringList finals = { QStringLiteral( "c" ), QStringLiteral( "ch" ), QStringLiteral( "m" ), QStringLiteral( "n" ), QStringLiteral( "ng" ), QStringLiteral( "nh" ), QStringLiteral( "p" ), QStringLiteral( "t" ) };
  return finals.contains( final );
}

bool isStop( const QString &final )
{
  return final == QLatin1String( "c" ) || final == QLatin1String( "ch" ) || final == QLatin1String( "p" ) || final == QLatin1String( "t" );
}

//! A letter of the word with its tone taken off: "ệ" -> ê and Dot.
struct Letter
{
  QChar base;
  int tone = Level;
};

//! The word's letters, or false when it holds a character or mark no Vietnamese letter has.
bool spell( const QString &word, QVector<Letter> &letters, int &tonePosition, int &tone )
{
  const QString decomposed = word.toLower().normalized( QString::NormalizationForm_D );
  tonePosition = -1;
  tone = Level;
  for ( int i = 0; i < decomposed.size(); ++i )
  {
    const QChar c = decomposed.at( i );
    const ushort u = c.unicode();
    if ( ( u >= 'a' && u <= 'z' ) || u == 0x0111 )
    {
      letters.append( { c, Level } );
      continue;
    }
    if ( letters.isEmpty() )
      return false;
    Letter &last = letters.last();
    switch ( u )
    {
      case 0x0302: // circumflex
        if ( last.base != QLatin1Char( 'a' ) && last.base != QLatin1Char( 'e' ) && last.base != QLatin1Char( 'o' ) )
          return false;
        last.base = last.base == QLatin1Char( 'a' ) ? QChar( 0x00E2 ) : last.base == QLatin1Char( 'e' ) ? QChar( 0x00EA )
                                                                                                        : QChar( 0x00F4 );
        break;
      case 0x0306: // breve
        if ( last.base != QLatin1Char( 'a' ) )
          return false;
        last.base = QChar( 0x0103 );
        break;
      case 0x031B: // horn
        if ( last.base != QLatin1Char( 'o' ) && last.base != QLatin1Char( 'u' ) )
          return false;
        last.base = last.base == QLatin1Char( 'o' ) ? QChar( 0x01A1 ) : QChar( 0x01B0 );
        break;
      case 0x0300:
      case 0x0301:
      case 0x0309:
      case 0x0303:
      case 0x0323:
      {
        // One tone per syllable (on a vowel: checked once every mark is on its letter).
        if ( tonePosition >= 0 )
          return false;
        tone = u == 0x0300 ? Grave : u == 0x0301 ? Acute
                                 : u == 0x0309   ? Hook
                                 : u == 0x0303   ? Tilde
                                                 : Dot;
        tonePosition = letters.size() - 1;
        break;
      }
      default:
        return false;
    }
  }
  // Marks come right after their letter in NFD, so the tone's letter is known only now that its
  // circumflex, breve or horn is on it.
  return tonePosition < 0 || isVowel( letters.at( tonePosition ).base );
}

//! Whether onset + vowels + final is a syllable, the tone at \a tonePosition (index into vowels).
bool isRhyme( const QString &vowels, const QString &final, int tonePosition, int tone )
{
  if ( vowels.isEmpty() )
    return false;
  QString standardFinal = final;
  bool nameFinal = false;
  if ( !final.isEmpty() && !isStandardFinal( final ) )
  {
    if ( !kNameFinals.contains( final ) )
      return false;
    standardFinal = kNameFinals.value( final );
    nameFinal = true;
  }
  const auto it = rhymeTable().constFind( vowels + QLatin1Char( '|' ) + ( standardFinal.isEmpty() ? QStringLiteral( "-" ) : standardFinal ) );
  if ( it == rhymeTable().constEnd() )
    return false;
  if ( tonePosition >= 0 && !( it.value() & ( 1 << tonePosition ) ) )
    return false;
  // A stop (c, ch, p, t) closes a syllable only under the rising or the heavy tone.
  return nameFinal || !isStop( standardFinal ) || tone == Acute || tone == Dot;
}
} // namespace

bool AcvVietnameseSyllable::isWordCharacter( QChar c )
{
  if ( c.isLetter() || c.isMark() )
    return true;
  // Legacy readings put Latin-1 symbols where letters were: § for Đ, ¨ for ă, a soft hyphen
  // for ư, × for ì. The degree sign and the superscripts (°, ±, ², ³, ´) are no letter in any.
  const ushort u = c.unicode();
  return u >= 0x00A1 && u <= 0x00FF && !( u >= 0x00B0 && u <= 0x00B4 );
}

QStringList AcvVietnameseSyllable::words( const QString &text )
{
  QStringList words;
  int start = -1;
  for ( int i = 0; i <= text.size(); ++i )
  {
    const bool inWord = i < text.size() && isWordCharacter( text.at( i ) );
    if ( inWord && start < 0 )
      start = i;
    else if ( !inWord && start >= 0 )
    {
      words.append( text.mid( start, i - start ) );
      start = -1;
    }
  }
  return words;
}

bool AcvVietnameseSyllable::isEvidence( const QString &word )
{
  bool beyondAscii = false;
  bool consonantsOnly = true;
  for ( const QChar c : word )
  {
    beyondAscii = beyondAscii || c.unicode() > 0x7F;
    consonantsOnly = consonantsOnly && isConsonant( c.toLower() );
  }
  return beyondAscii && !consonantsOnly;
}

bool AcvVietnameseSyllable::isValid( const QString &word )
{
  QVector<Letter> letters;
  int tonePosition = -1;
  int tone = Level;
  if ( word.isEmpty() || !spell( word, letters, tonePosition, tone ) )
    return false;
  // Onset consonants, one run of vowels, final consonants: anything else is no syllable.
  int firstVowel = 0;
  while ( firstVowel < letters.size() && !isVowel( letters.at( firstVowel ).base ) )
    ++firstVowel;
  int afterVowels = firstVowel;
  while ( afterVowels < letters.size() && isVowel( letters.at( afterVowels ).base ) )
    ++afterVowels;
  if ( firstVowel == letters.size() || firstVowel > 4 )
    return false;
  QString onset, vowels, final;
  for ( int i = 0; i < letters.size(); ++i )
  {
    const QChar c = letters.at( i ).base;
    if ( i < firstVowel )
      onset.append( c );
    else if ( i < afterVowels )
      vowels.append( c );
    else if ( isConsonant( c ) )
      final.append( c );
    else
      return false; // a second run of vowels
  }
  for ( const QChar c : std::as_const( onset ) )
  {
    if ( !isConsonant( c ) )
      return false;
  }
  const int toneInVowels = tonePosition < 0 ? -1 : tonePosition - firstVowel;
  // "qu": the u belongs to the onset ("quốc" is qu + ốc); it never takes the tone.
  if ( onset.endsWith( QLatin1Char( 'q' ) ) )
  {
    if ( !vowels.startsWith( QLatin1Char( 'u' ) ) || vowels.size() < 2 || toneInVowels == 0 )
      return false;
    return isRhyme( vowels.mid( 1 ), final, toneInVowels - 1, tone );
  }
  if ( isRhyme( vowels, final, toneInVowels, tone ) )
    return true;
  // "gi": "giữa" is gi + ữa, while "giếng" is g + iếng and "gì" is g + ì (tried above).
  if ( onset == QLatin1String( "g" ) && vowels.startsWith( QLatin1Char( 'i' ) ) && vowels.size() >= 2 && toneInVowels != 0 )
    return isRhyme( vowels.mid( 1 ), final, toneInVowels - 1, tone );
  return false;
}
