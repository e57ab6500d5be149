/***************************************************************************
  acvnamenormalizer.cpp - canonical keys for Vietnamese locality names
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvnamenormalizer.h"

#include <QHash>
#include <QStringList>
#include <QVarLengthArray>
#include <QVector>

#include <algorithm>
#include <utility>

namespace
{

constexpr char16_t kDStroke = 0x0111; // đ

//! A word of a name: lowercase NFC, its tone mark at the canonical place.
struct AcvWord
{
  QString text;
  bool dotted = false; //!< directly followed by '.', as abbreviations are ("TP.", "H.")
};

//! The words of a name; names are short, so no allocation in the common case.
using AcvWords = QVarLengthArray<AcvWord, 8>;

//! One letter of an NFD word with the combining marks on it (without the tone mark).
struct AcvLetter
{
  QChar base;
  int end = 0; //!< index after its last mark
  bool hasMarks = false;
  bool hasQualityMark = false; //!< circumflex, breve or horn: â ê ô ă ơ ư
};

//! Letters of a word; names are short, so no allocation in the common case.
using AcvLetters = QVarLengthArray<AcvLetter, 24>;

bool isToneMark( QChar c )
{
  switch ( c.unicode() )
  {
    case 0x0300: // grave, huyền
    case 0x0301: // acute, sắc
    case 0x0303: // tilde, ngã
    case 0x0309: // hook above, hỏi
    case 0x0323: // dot below, nặng
      return true;
    default:
      return false;
  }
}

bool isVowelQualityMark( QChar c )
{
  return c.unicode() == 0x0302 || c.unicode() == 0x0306 || c.unicode() == 0x031B; // circumflex, breve, horn
}

// Apostrophes and quotes sit inside ethnic-minority names ("K'Bang", "H'Mông") or around whole names.
bool isJoiningPunctuation( QChar c )
{
  switch ( c.unicode() )
  {
    case '\'':
    case '"':
    case '`':
    case 0x00AB: // «
    case 0x00B4: // ´
    case 0x00BB: // »
    case 0x02B9: // ʹ
    case 0x02BC: // ʼ
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201B: // ‛
    case 0x201C: // “
    case 0x201D: // ”
    case 0x2032: // ′
      return true;
    default:
      return false;
  }
}

bool isInvisible( QChar c )
{
  return c.category() == QChar::Other_Format || c.category() == QChar::Other_Control;
}

// Đ has look-alikes that keyboards and fonts substitute for it; all mean the Vietnamese letter.
QChar unifyDStroke( QChar c )
{
  switch ( c.unicode() )
  {
    case 0x00F0: // ð, lowercase of Ð (U+00D0)
    case 0x0256: // ɖ, lowercase of Ɖ (U+0189)
      return QChar( kDStroke );
    default:
      return c;
  }
}

bool isVowel( QChar c )
{
  switch ( c.unicode() )
  {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
      return true;
    default:
      return false;
  }
}

AcvLetters lettersOf( const QString &nfdWord )
{
  AcvLetters letters;
  for ( int i = 0; i < nfdWord.size(); ++i )
  {
    const QChar c = nfdWord.at( i );
    if ( c.isMark() && !letters.isEmpty() )
    {
      AcvLetter &letter = letters.last();
      letter.end = i + 1;
      letter.hasMarks = true;
      letter.hasQualityMark = letter.hasQualityMark || isVowelQualityMark( c );
    }
    else
    {
      AcvLetter letter;
      letter.base = c;
      letter.end = i + 1;
      letters.append( letter );
    }
  }
  return letters;
}

bool isVowelLetter( const AcvLetters &letters, int i )
{
  return i >= 0 && i < letters.size() && isVowel( letters.at( i ).base );
}

/**
 * Where the "new style" rule puts the tone of the syllable whose tone was found on
 * letters[toneAt]. Only the vowel run holding the tone is considered, so words that are
 * not Vietnamese syllables ("ayun") keep their tone within the same vowels.
 */
int canonicalTonePosition( const AcvLetters &letters, int toneAt )
{
  if ( !isVowelLetter( letters, toneAt ) )
    return toneAt;
  int start = toneAt;
  int end = toneAt + 1;
  while ( isVowelLetter( letters, start - 1 ) )
    --start;
  while ( isVowelLetter( letters, end ) )
    ++end;

  // The u of "qu" and the i of "gi" belong to the initial consonant ("quý", "già").
  if ( end - start >= 2 && start > 0 && !letters.at( start ).hasMarks )
  {
    const QChar first = letters.at( start ).base;
    const QChar before = letters.at( start - 1 ).base;
    if ( ( first == QLatin1Char( 'u' ) && before == QLatin1Char( 'q' ) ) || ( first == QLatin1Char( 'i' ) && before == QLatin1Char( 'g' ) ) )
      ++start;
  }

  for ( int i = end - 1; i >= start; --i )
  {
    if ( letters.at( i ).hasQualityMark )
      return i;
  }
  if ( end - start == 1 )
    return start;
  const bool closedSyllable = end < letters.size();
  if ( closedSyllable )
    return end - 1;
  const QString opening = QString( letters.at( start ).base ) + letters.at( start + 1 ).base;
  if ( opening == QLatin1String( "oa" ) || opening == QLatin1String( "oe" ) || opening == QLatin1String( "uy" ) )
    return start + 1;
  return start;
}

// Characters below the combining marks (U+0300) never compose: such a word is NFC already.
bool isPlain( const QString &nfdWord )
{
  return std::all_of( nfdWord.cbegin(), nfdWord.cend(), []( QChar c )
                      { return c.unicode() < 0x0300; } );
}

// Takes an NFD word, returns it NFC with its single tone mark moved to the canonical place.
QString placeTone( const QString &nfdWord )
{
  if ( isPlain( nfdWord ) )
    return nfdWord;
  int tonePosition = -1;
  for ( int i = 0; i < nfdWord.size(); ++i )
  {
    if ( !isToneMark( nfdWord.at( i ) ) )
      continue;
    // Two tones on one word is a typo we cannot resolve: keep it as written.
    if ( tonePosition >= 0 )
      return nfdWord.normalized( QString::NormalizationForm_C );
    tonePosition = i;
  }
  if ( tonePosition <= 0 )
    return nfdWord.normalized( QString::NormalizationForm_C );

  QString word = nfdWord;
  const QChar tone = word.at( tonePosition );
  word.remove( tonePosition, 1 );
  const AcvLetters letters = lettersOf( word );
  int toneAt = 0;
  while ( letters.at( toneAt ).end < tonePosition )
    ++toneAt;
  // Appended after the letter's other marks: NFC reorders it after a dot below or horn as needed.
  word.insert( letters.at( canonicalTonePosition( letters, toneAt ) ).end, tone );
  return word.normalized( QString::NormalizationForm_C );
}

/**
 * Splits a name into lowercase words, dropping what does not distinguish names.
 * \a hasDiacritics tells whether any letter carries a diacritic (or is đ).
 */
AcvWords wordsOf( const QString &name, bool &hasDiacritics )
{
  hasDiacritics = false;
  AcvWords words;
  QString current;
  const auto endWord = [&]( bool dotted )
  {
    if ( !current.isEmpty() )
      words.append( { placeTone( current ), dotted } );
    current.clear();
  };

  const QString text = name.normalized( QString::NormalizationForm_D ).toLower();
  for ( const QChar original : text )
  {
    const QChar c = unifyDStroke( original );
    // Before the letter test: ʼ (U+02BC) is a modifier letter, yet written as an apostrophe.
    if ( isJoiningPunctuation( c ) || ( isInvisible( c ) && !c.isSpace() ) )
      continue;
    if ( c.isLetterOrNumber() || c.isMark() )
    {
      hasDiacritics = hasDiacritics || c.isMark() || c.unicode() == kDStroke;
      current += c;
    }
    else
      endWord( c == QLatin1Char( '.' ) );
  }
  endWord( false );
  return words;
}

//! The texts of words[from, to) joined with spaces, as textsOf().join() but with one allocation.
QString joinedTexts( const AcvWords &words, int from, int to )
{
  if ( to - from == 1 )
    return words.at( from ).text;
  int length = std::max( 0, to - from - 1 );
  for ( int i = from; i < to; ++i )
    length += words.at( i ).text.size();
  QString joined;
  joined.reserve( length );
  for ( int i = from; i < to; ++i )
  {
    if ( i > from )
      joined += QLatin1Char( ' ' );
    joined += words.at( i ).text;
  }
  return joined;
}

QStringList textsOf( const AcvWords &words, int from, int to )
{
  QStringList texts;
  for ( int i = from; i < to; ++i )
    texts << words.at( i ).text;
  return texts;
}

QString foldOf( const QString &key )
{
  QString folded;
  const QString decomposed = key.normalized( QString::NormalizationForm_D );
  folded.reserve( decomposed.size() );
  for ( const QChar c : decomposed )
  {
    if ( c.isMark() )
      continue;
    folded += c.unicode() == kDStroke ? QChar( 'd' ) : c;
  }
  return folded;
}

/**
 * Tables for the shortcut through names written with ASCII and the Vietnamese letters, whatever
 * their case or composition: nearly every name of an annex or a boundary layer. The general path
 * normalizes each name to NFD, each word back to NFC and each key to NFD again, allocating at
 * every step; at 100 000 names a side that took most of a join. The tables are computed once
 * with Qt's own normalization, so the shortcut cannot disagree with it on the letters it knows;
 * every other character sends the name down the general path.
 */
class AcvLetterTables
{
public:
  //! Vietnamese quality marks, by index (0: none): circumflex, breve, horn.
  static constexpr char16_t kQualities[4] = { 0, 0x0302, 0x0306, 0x031B };
  //! Tone marks, by index (0: none): grave, acute, tilde, hook above, dot below.
  static constexpr char16_t kTones[6] = { 0, 0x0300, 0x0301, 0x0303, 0x0309, 0x0323 };

  //! A character read as a lowercase base letter with at most one quality and one tone mark.
  struct Letter
  {
    char16_t base = 0;      //!< 'a'-'z', '0'-'9' or đ; 0 when the character is no such letter
    quint8 quality = 0;     //!< index into kQualities
    quint8 tone = 0;        //!< index into kTones
    bool toneFirst = false; //!< the tone mark came before the quality mark
  };

  static const AcvLetterTables &instance()
  {
    static const AcvLetterTables tables;
    return tables;
  }

  //! The precomposed letter \a c as NFD and lowercasing leave it; base 0 when it is none.
  Letter decompose( char16_t c ) const
  {
    const int i = latinIndex( c );
    return i < 0 ? Letter() : mDecomposed[i];
  }

  //! What NFC makes of the letter: one character, or 0 when it leaves marks apart.
  char16_t compose( const Letter &letter ) const
  {
    if ( letter.quality == 0 && letter.tone == 0 )
      return letter.base;
    if ( letter.base < 'a' || letter.base > 'z' )
      return 0;
    return mComposed[letter.base - 'a'][letter.quality][letter.tone];
  }

  //! foldOf() of the character alone, or 0 when only the general path can fold it.
  char16_t fold( char16_t c ) const
  {
    if ( c < 0x00C0 )
      return c;
    const int i = latinIndex( c );
    return i < 0 ? 0 : mFolded[i];
  }

  static int qualityIndex( char16_t mark )
  {
    for ( int i = 1; i < 4; ++i )
    {
      if ( kQualities[i] == mark )
        return i;
    }
    return 0;
  }

  static int toneIndex( char16_t mark )
  {
    for ( int i = 1; i < 6; ++i )
    {
      if ( kTones[i] == mark )
        return i;
    }
    return 0;
  }

  static bool isVietnameseMark( char16_t c ) { return qualityIndex( c ) > 0 || toneIndex( c ) > 0; }

private:
  // Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional (ạ ấ ệ ợ ự ...).
  static constexpr int kLowSize = 0x0250 - 0x00C0;
  static constexpr int kSize = kLowSize + 0x0100;

  static int latinIndex( char16_t c )
  {
    if ( c >= 0x00C0 && c < 0x0250 )
      return c - 0x00C0;
    if ( c >= 0x1E00 && c < 0x1F00 )
      return kLowSize + c - 0x1E00;
    return -1;
  }

  static char16_t charAt( int i ) { return static_cast<char16_t>( i < kLowSize ? 0x00C0 + i : 0x1E00 + i - kLowSize ); }

  AcvLetterTables()
  {
    for ( int b = 0; b < 26; ++b )
    {
      for ( int q = 0; q < 4; ++q )
      {
        for ( int t = 0; t < 6; ++t )
        {
          QString letter( QChar( 'a' + b ) );
          if ( q > 0 )
            letter += QChar( kQualities[q] );
          if ( t > 0 )
            letter += QChar( kTones[t] );
          const QString composed = letter.normalized( QString::NormalizationForm_C );
          mComposed[b][q][t] = composed.size() == 1 ? composed.at( 0 ).unicode() : 0;
        }
      }
    }
    for ( int i = 0; i < kSize; ++i )
    {
      const QString c( QChar( charAt( i ) ) );
      // As the general path sees the letter: decomposed, then lowercased.
      const QString decomposed = c.normalized( QString::NormalizationForm_D ).toLower();
      mDecomposed[i] = readDecomposed( decomposed );
      const QString folded = foldOf( c );
      mFolded[i] = folded.size() == 1 && folded.at( 0 ).unicode() < 0x0300 ? folded.at( 0 ).unicode() : 0;
    }
  }

  static Letter readDecomposed( const QString &decomposed )
  {
    Letter letter;
    if ( decomposed.isEmpty() || decomposed.at( 0 ) < QLatin1Char( 'a' ) || decomposed.at( 0 ) > QLatin1Char( 'z' ) )
      return Letter();
    letter.base = decomposed.at( 0 ).unicode();
    for ( int i = 1; i < decomposed.size(); ++i )
    {
      const char16_t mark = decomposed.at( i ).unicode();
      const int quality = qualityIndex( mark );
      const int tone = toneIndex( mark );
      if ( ( quality == 0 && tone == 0 ) || ( quality > 0 && letter.quality > 0 ) || ( tone > 0 && letter.tone > 0 ) )
        return Letter(); // another mark, or two of a kind: not a Vietnamese letter
      if ( quality > 0 )
      {
        letter.quality = static_cast<quint8>( quality );
        letter.toneFirst = letter.tone > 0;
      }
      else
        letter.tone = static_cast<quint8>( tone );
    }
    return letter.quality == 0 && letter.tone == 0 ? Letter() : letter;
  }

  char16_t mComposed[26][4][6];
  Letter mDecomposed[kSize];
  char16_t mFolded[kSize];
};

constexpr char16_t AcvLetterTables::kQualities[4];
constexpr char16_t AcvLetterTables::kTones[6];

//! foldOf() through the tables; false when a character needs the general path.
bool foldFast( const QString &key, QString &folded )
{
  const AcvLetterTables &tables = AcvLetterTables::instance();
  folded.resize( key.size() );
  QChar *out = folded.data();
  for ( const QChar c : key )
  {
    if ( c.unicode() == kDStroke )
      *out++ = QLatin1Char( 'd' );
    else if ( AcvLetterTables::isVietnameseMark( c.unicode() ) )
      continue;
    else if ( const char16_t f = tables.fold( c.unicode() ) )
      *out++ = QChar( f );
    else
      return false;
  }
  folded.resize( static_cast<int>( out - folded.constData() ) );
  return true;
}

QString fold( const QString &key )
{
  // Keys below U+00C0 fold to themselves: share the string rather than copy it.
  if ( std::all_of( key.cbegin(), key.cend(), []( QChar c )
                    { return c.unicode() < 0x00C0; } ) )
    return key;
  QString folded;
  return foldFast( key, folded ) ? folded : foldOf( key );
}

/**
 * wordsOf() through the tables, for names made of ASCII, the Vietnamese letters in any case and
 * composition, and the joining quotes. Returns false for any other character, or a mark the
 * tables cannot place (a mark on no letter, two tones on one letter, a tone written before a
 * quality mark of the same combining class), leaving the name to the general path.
 */
bool wordsOfFast( const QString &name, AcvWords &words, bool &hasDiacritics )
{
  using Letter = AcvLetterTables::Letter;
  const AcvLetterTables &tables = AcvLetterTables::instance();
  hasDiacritics = false;
  QVarLengthArray<Letter, 24> current;

  const auto endWord = [&]( bool dotted ) -> bool
  {
    if ( current.isEmpty() )
      return true;
    int tones = 0;
    int toneAt = -1;
    for ( int i = 0; i < current.size(); ++i )
    {
      if ( current[i].tone > 0 )
      {
        ++tones;
        toneAt = i;
      }
    }
    // One tone goes where the new-style rule puts it (placeTone()); with two, the word stays as written.
    if ( tones == 1 )
    {
      AcvLetters letters;
      for ( const Letter &letter : current )
      {
        AcvLetter l;
        l.base = QChar( letter.base );
        l.hasMarks = letter.quality > 0;
        l.hasQualityMark = letter.quality > 0;
        letters.append( l );
      }
      const int target = canonicalTonePosition( letters, toneAt );
      if ( target != toneAt )
      {
        std::swap( current[target].tone, current[toneAt].tone );
        current[target].toneFirst = false; // placeTone() appends the tone after the letter's marks
      }
    }
    QString text( current.size(), Qt::Uninitialized );
    QChar *out = text.data();
    for ( const Letter &letter : current )
    {
      const char16_t composed = tables.compose( letter );
      if ( composed == 0 )
        return false;
      *out++ = QChar( composed );
    }
    words.append( { text, dotted } );
    current.clear();
    return true;
  };

  for ( const QChar c : name )
  {
    const char16_t u = c.unicode();
    Letter letter;
    if ( u < 0x80 )
    {
      if ( ( u >= 'a' && u <= 'z' ) || ( u >= '0' && u <= '9' ) )
        letter.base = u;
      else if ( u >= 'A' && u <= 'Z' )
        letter.base = static_cast<char16_t>( u - 'A' + 'a' );
    }
    else if ( u == 0x0110 || u == 0x0111 || u == 0x00D0 || u == 0x00F0 || u == 0x0189 || u == 0x0256 )
      letter.base = kDStroke; // Đ and its look-alikes, as unifyDStroke() reads them
    else if ( AcvLetterTables::isVietnameseMark( u ) )
    {
      // A combining mark, from a name typed or stored decomposed: it joins the letter before it.
      if ( current.isEmpty() || current.last().base < 'a' || current.last().base > 'z' )
        return false;
      Letter &last = current.last();
      const int quality = AcvLetterTables::qualityIndex( u );
      const int tone = AcvLetterTables::toneIndex( u );
      if ( quality > 0 )
      {
        // NFD keeps marks of one combining class in the order written, and NFC then composes
        // only the first: "á" + circumflex is not "ấ". Such rare spellings take the general path.
        if ( last.quality > 0 || ( last.tone > 0 && c.combiningClass() == QChar( AcvLetterTables::kTones[last.tone] ).combiningClass() ) )
          return false;
        last.quality = static_cast<quint8>( quality );
        last.toneFirst = last.tone > 0;
      }
      else
      {
        if ( last.tone > 0 )
          return false;
        last.tone = static_cast<quint8>( tone );
      }
      hasDiacritics = true;
      continue;
    }
    else
    {
      letter = tables.decompose( u );
      if ( letter.base == 0 )
      {
        // Another character is fine when NFD and lowercasing leave it as it is and it makes no
        // word: a no-break space, a dash, a curly quote, a zero-width space.
        if ( c.isSurrogate() || c.isLetterOrNumber() || c.isMark() || c.combiningClass() != 0 || c.decompositionTag() == QChar::Canonical || c.toLower() != c )
          return false;
      }
      else if ( letter.toneFirst && QChar( AcvLetterTables::kQualities[letter.quality] ).combiningClass() == QChar( AcvLetterTables::kTones[letter.tone] ).combiningClass() )
        return false;
    }

    if ( letter.base != 0 )
    {
      hasDiacritics = hasDiacritics || letter.quality > 0 || letter.tone > 0 || letter.base == kDStroke;
      current.append( letter );
    }
    else if ( isJoiningPunctuation( c ) || ( isInvisible( c ) && !c.isSpace() ) )
      continue;
    else if ( !endWord( u == '.' ) )
      return false;
  }
  return endWord( false );
}

bool isNumber( const QString &text )
{
  return !text.isEmpty() && std::all_of( text.cbegin(), text.cend(), []( QChar c )
                                         { return c.unicode() >= '0' && c.unicode() <= '9'; } );
}

//! How a type may be written before a name.
struct AcvTypePrefix
{
  QStringList words;
  AcvAdminType type;
  bool withoutDiacritics = false; //!< only in names written entirely without diacritics
  bool abbreviation = false;      //!< every word but the last needs its dot, a one-word one too
};

QVector<AcvTypePrefix> buildVietnamesePrefixes()
{
  QVector<AcvTypePrefix> prefixes;
  for ( const auto &word : AcvAdminTypes::vietnameseWords() )
  {
    bool unused = false;
    // Through the same pipeline as names, so composition and tone placement cannot differ.
    const AcvWords written = wordsOf( word.first, unused );
    const QStringList texts = textsOf( written, 0, written.size() );
    prefixes.append( { texts, word.second, false, false } );
    prefixes.append( { foldOf( texts.join( QLatin1Char( ' ' ) ) ).split( QLatin1Char( ' ' ) ), word.second, true, false } );
  }
  for ( const auto &abbreviation : AcvAdminTypes::dottedAbbreviations() )
    prefixes.append( { abbreviation.first, abbreviation.second, false, true } );
  for ( const auto &abbreviation : AcvAdminTypes::dotlessAbbreviations() )
    prefixes.append( { { abbreviation.first }, abbreviation.second, false, false } );
  // Longest first, so "thị xã" wins over anything shorter.
  std::stable_sort( prefixes.begin(), prefixes.end(), []( const AcvTypePrefix &a, const AcvTypePrefix &b )
                    { return a.words.size() > b.words.size(); } );
  return prefixes;
}

const QVector<AcvTypePrefix> &vietnamesePrefixes()
{
  static const QVector<AcvTypePrefix> prefixes = buildVietnamesePrefixes();
  return prefixes;
}

AcvAdminType englishType( const QString &word )
{
  static const QHash<QString, AcvAdminType> types = []
  {
    QHash<QString, AcvAdminType> byWord;
    for ( const auto &english : AcvAdminTypes::englishWords() )
      byWord.insert( english.first, english.second );
    return byWord;
  }();
  return types.value( word, AcvAdminType::None );
}

bool prefixMatches( const AcvTypePrefix &prefix, const AcvWords &words, bool hasDiacritics )
{
  if ( prefix.withoutDiacritics && hasDiacritics )
    return false;
  if ( words.size() < prefix.words.size() )
    return false;
  for ( int i = 0; i < prefix.words.size(); ++i )
  {
    if ( words.at( i ).text != prefix.words.at( i ) )
      return false;
    const bool needsDot = prefix.abbreviation && ( i + 1 < prefix.words.size() || prefix.words.size() == 1 );
    if ( needsDot && !words.at( i ).dotted )
      return false;
  }
  return true;
}

//! The type found in a name and how many words it took from each end.
struct AcvTypeSplit
{
  AcvAdminType type = AcvAdminType::None;
  int leading = 0;
  int trailing = 0;
  bool fromBareWord = false; //!< read from a Vietnamese word typed without diacritics
};

// "Q1", "P12": the single-letter types glued to a number, or before a number alone ("Q 1").
bool splitNumberedType( AcvWords &words, AcvTypeSplit &split )
{
  const QString first = words.first().text;
  const AcvAdminType type = first.startsWith( QLatin1Char( 'q' ) )   ? AcvAdminType::UrbanDistrict
                            : first.startsWith( QLatin1Char( 'p' ) ) ? AcvAdminType::Ward
                                                                     : AcvAdminType::None;
  if ( type == AcvAdminType::None )
    return false;
  if ( words.size() == 1 && isNumber( first.mid( 1 ) ) )
  {
    words.first().text = first.left( 1 );
    words.insert( 1, { first.mid( 1 ), false } );
  }
  else if ( !( first.size() == 1 && words.size() == 2 && isNumber( words.at( 1 ).text ) ) )
    return false;
  split.type = type;
  split.leading = 1;
  return true;
}

AcvTypeSplit splitType( AcvWords &words, bool hasDiacritics )
{
  AcvTypeSplit split;
  if ( words.size() == 1 )
  {
    splitNumberedType( words, split );
    return split;
  }

  for ( const AcvTypePrefix &prefix : vietnamesePrefixes() )
  {
    if ( words.size() > prefix.words.size() && prefixMatches( prefix, words, hasDiacritics ) )
    {
      split.type = prefix.type;
      split.leading = prefix.words.size();
      split.fromBareWord = prefix.withoutDiacritics;
      return split;
    }
  }
  if ( splitNumberedType( words, split ) )
    return split;

  const AcvAdminType leading = englishType( words.first().text );
  if ( leading != AcvAdminType::None )
  {
    const bool of = words.at( 1 ).text == QLatin1String( "of" ) && words.size() > 2; // "City of Pleiku"
    split.type = leading;
    split.leading = of ? 2 : 1;
    return split;
  }
  const AcvAdminType trailing = englishType( words.last().text );
  if ( trailing != AcvAdminType::None )
  {
    split.type = trailing;
    split.trailing = 1;
  }
  return split;
}

} // namespace

namespace
{
AcvNormalizedName normalizeName( const QString &name, bool shortcut )
{
  AcvNormalizedName normalized;
  normalized.raw = name;

  bool hasDiacritics = false;
  AcvWords words;
  if ( !shortcut || !wordsOfFast( name, words, hasDiacritics ) )
  {
    words = wordsOf( name, hasDiacritics );
  }
  if ( words.isEmpty() )
    return normalized;

  const AcvTypeSplit split = splitType( words, hasDiacritics );
  const int keptFrom = split.leading;
  const int keptTo = words.size() - split.trailing;
  normalized.toneKey = joinedTexts( words, keptFrom, keptTo );
  // Numbered wards and districts are written "Phường 01" as often as "P.1".
  if ( keptTo - keptFrom == 1 && isNumber( normalized.toneKey ) )
  {
    QString &number = normalized.toneKey;
    while ( number.size() > 1 && number.startsWith( QLatin1Char( '0' ) ) )
      number.remove( 0, 1 );
  }

  normalized.type = split.type;
  normalized.foldKey = shortcut ? fold( normalized.toneKey ) : foldOf( normalized.toneKey );
  if ( split.fromBareWord )
  {
    const QString untyped = joinedTexts( words, 0, words.size() );
    normalized.untypedFoldKey = shortcut ? fold( untyped ) : foldOf( untyped );
  }
  return normalized;
}
} // namespace

AcvNormalizedName AcvNameNormalizer::normalize( const QString &name )
{
  return normalizeName( name, true );
}

AcvNormalizedName AcvNameNormalizer::normalizeWithoutShortcut( const QString &name )
{
  return normalizeName( name, false );
}

bool AcvNameNormalizer::typesCompatible( AcvAdminType a, AcvAdminType b )
{
  if ( a == b || a == AcvAdminType::None || b == AcvAdminType::None )
    return true;
  const auto translates = []( AcvAdminType english, AcvAdminType other )
  {
    if ( english == AcvAdminType::EnglishTown )
      return other == AcvAdminType::Town || other == AcvAdminType::Township;
    if ( english == AcvAdminType::EnglishDistrict )
      return other == AcvAdminType::District || other == AcvAdminType::UrbanDistrict;
    return false;
  };
  return translates( a, b ) || translates( b, a );
}

QString AcvNameNormalizer::typeName( AcvAdminType type )
{
  return AcvAdminTypes::typeName( type );
}
