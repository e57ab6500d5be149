/***************************************************************************
  acvlegacytestencoders.h - Unicode to TCVN3, VNI and Windows-1258 bytes, for test annexes
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVLEGACYTESTENCODERS_H
#define ACVLEGACYTESTENCODERS_H

#include <QByteArray>
#include <QString>

#include <gtest/gtest.h>

/**
 * Encoders written apart from the engine's decoders and their table file, from the charts as
 * a typist's keyboard driver applies them, so that a test annex made with them checks the
 * decoders rather than repeating them. Characters an encoding has no byte for fail the test.
 */
namespace acvtest
{
//! The byte of each letter in TCVN3 (ABC): per vowel, its plain form, then grave, hook, tilde, acute, dot.
inline QByteArray tcvn3( const QString &text )
{
  static const QString letters = QStringLiteral( "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđĂÂÊÔƠƯĐ" );
  static const unsigned char bytes[] = {
      'a', 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB,
      'e', 0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6,
      'i', 0xD7, 0xD8, 0xDC, 0xDD, 0xDE,
      'o', 0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE,
      'u', 0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9,
      'y', 0xFA, 0xFB, 0xFC, 0xFD, 0xFE, 0xAE,
      0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7 };
  EXPECT_EQ( static_cast<size_t>( letters.size() ), sizeof( bytes ) );
  QByteArray out;
  for ( const QChar c : text.normalized( QString::NormalizationForm_C ) )
  {
    if ( c.unicode() < 0x80 )
      out.append( static_cast<char>( c.unicode() ) );
    else if ( c == QChar( 0x2014 ) )
      out.append( '\x97' ); // the em dash keeps its Windows-1252 byte
    else if ( letters.contains( c ) )
      out.append( static_cast<char>( bytes[letters.indexOf( c )] ) );
    else if ( letters.contains( c.toLower() ) )
      out.append( static_cast<char>( bytes[letters.indexOf( c.toLower() )] ) ); // a toned capital: typed in .VnTimeH
    else
      ADD_FAILURE() << "no TCVN3 byte for U+" << std::hex << c.unicode();
  }
  return out;
}

//! The letter's tone as an index: 0 none, 1 acute, 2 grave, 3 hook, 4 tilde, 5 dot (VNI's order).
inline int toneIndex( QChar mark )
{
  switch ( mark.unicode() )
  {
    case 0x0301:
      return 1;
    case 0x0300:
      return 2;
    case 0x0309:
      return 3;
    case 0x0303:
      return 4;
    case 0x0323:
      return 5;
    default:
      return -1;
  }
}

//! Reads the marks after letter \a i of \a decomposed (advancing \a i): \a modifier 1 circumflex,
//! 2 breve, 3 horn; \a tone as toneIndex(). A mark \a encoding has no byte for fails the test.
inline void readMarks( const QString &decomposed, int &i, int &modifier, int &tone, const char *encoding )
{
  while ( i + 1 < decomposed.size() && decomposed.at( i + 1 ).isMark() )
  {
    const QChar mark = decomposed.at( ++i );
    if ( mark.unicode() == 0x0302 )
      modifier = 1;
    else if ( mark.unicode() == 0x0306 )
      modifier = 2;
    else if ( mark.unicode() == 0x031B )
      modifier = 3;
    else if ( toneIndex( mark ) > 0 )
      tone = toneIndex( mark );
    else
      ADD_FAILURE() << "no " << encoding << " byte for the mark U+" << std::hex << mark.unicode();
  }
}

//! VNI-Windows: the base letter, then one byte for its circumflex or breve and tone.
inline QByteArray vni( const QString &text )
{
  // Small-letter mark bytes by tone index; capitals use the byte 0x20 below.
  static const unsigned char tone[] = { 0, 0xF9, 0xF8, 0xFB, 0xF5, 0xEF };
  static const unsigned char circumflex[] = { 0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4 };
  static const unsigned char breve[] = { 0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB };
  static const unsigned char toned_i[] = { 'i', 0xED, 0xEC, 0xE6, 0xF3, 0xF2 };
  QByteArray out;
  const QString decomposed = text.normalized( QString::NormalizationForm_D );
  for ( int i = 0; i < decomposed.size(); ++i )
  {
    const QChar c = decomposed.at( i );
    if ( c.unicode() == 0x0111 || c.unicode() == 0x0110 )
    {
      out.append( c.isUpper() ? '\xD1' : '\xF1' );
      continue;
    }
    if ( c.unicode() >= 0x80 )
    {
      if ( c == QChar( 0x2014 ) )
        out.append( '\x97' );
      else
        ADD_FAILURE() << "no VNI byte for U+" << std::hex << c.unicode();
      continue;
    }
    const bool capital = c.isUpper();
    const int shift = capital ? 0x20 : 0;
    int modifier = 0;
    int t = 0;
    readMarks( decomposed, i, modifier, t, "VNI" );
    const char lower = c.toLower().toLatin1();
    if ( lower == 'i' && t > 0 )
      out.append( static_cast<char>( toned_i[t] - shift ) );
    else if ( lower == 'y' && t == 5 )
      out.append( static_cast<char>( 0xEE - shift ) );
    else if ( modifier == 3 )
    {
      out.append( static_cast<char>( ( lower == 'o' ? 0xF4 : 0xF6 ) - shift ) );
      if ( t > 0 )
        out.append( static_cast<char>( tone[t] - shift ) );
    }
    else
    {
      out.append( c.toLatin1() );
      if ( modifier == 1 )
        out.append( static_cast<char>( circumflex[t] - shift ) );
      else if ( modifier == 2 )
        out.append( static_cast<char>( breve[t] - shift ) );
      else if ( t > 0 )
        out.append( static_cast<char>( tone[t] - shift ) );
    }
  }
  return out;
}

//! Windows-1258: the base letter (â ê ô ă ơ ư đ have their own bytes), then a combining tone byte.
inline QByteArray windows1258( const QString &text )
{
  static const unsigned char toneByte[] = { 0, 0xEC, 0xCC, 0xD2, 0xDE, 0xF2 };
  QByteArray out;
  const QString decomposed = text.normalized( QString::NormalizationForm_D );
  for ( int i = 0; i < decomposed.size(); ++i )
  {
    const QChar c = decomposed.at( i );
    if ( c.unicode() == 0x0111 || c.unicode() == 0x0110 )
    {
      out.append( c.isUpper() ? '\xD0' : '\xF0' );
      continue;
    }
    if ( c.isMark() )
    {
      const int t = toneIndex( c );
      if ( t > 0 )
        out.append( static_cast<char>( toneByte[t] ) );
      else
        ADD_FAILURE() << "no Windows-1258 byte for the mark U+" << std::hex << c.unicode();
      continue;
    }
    if ( c.unicode() >= 0x80 )
    {
      if ( c == QChar( 0x2014 ) )
        out.append( '\x97' );
      else
        ADD_FAILURE() << "no Windows-1258 byte for U+" << std::hex << c.unicode();
      continue;
    }
    // NFD orders a dot below before a circumflex or breve ("ệ" is e, U+0323, U+0302).
    int modifier = 0;
    int t = 0;
    readMarks( decomposed, i, modifier, t, "Windows-1258" );
    const char lower = c.toLower().toLatin1();
    const int shift = c.isUpper() ? 0x20 : 0;
    if ( modifier == 1 && ( lower == 'a' || lower == 'e' || lower == 'o' ) )
      out.append( static_cast<char>( ( lower == 'a' ? 0xE2 : lower == 'e' ? 0xEA
                                                                          : 0xF4 ) -
                                     shift ) );
    else if ( modifier == 2 && lower == 'a' )
      out.append( static_cast<char>( 0xE3 - shift ) );
    else if ( modifier == 3 && ( lower == 'o' || lower == 'u' ) )
      out.append( static_cast<char>( ( lower == 'o' ? 0xF5 : 0xFD ) - shift ) );
    else if ( modifier == 0 )
      out.append( c.toLatin1() );
    else
      ADD_FAILURE() << "no Windows-1258 letter for " << c.toLatin1() << " with modifier " << modifier;
    if ( t > 0 )
      out.append( static_cast<char>( toneByte[t] ) );
  }
  return out;
}

//! What a workbook cell typed with a legacy font holds: the Windows-1252 reading of its bytes.
inline QString windows1252Reading( const QByteArray &bytes )
{
  QString text;
  for ( const char b : bytes )
  {
    const unsigned char byte = static_cast<unsigned char>( b );
    if ( byte == 0x97 )
      text.append( QChar( 0x2014 ) );
    else if ( byte >= 0x80 && byte < 0xA0 )
      ADD_FAILURE() << "byte 0x" << std::hex << int( byte ) << " is not used by these tests";
    else
      text.append( QChar( byte ) );
  }
  return text;
}
} // namespace acvtest

#endif // ACVLEGACYTESTENCODERS_H
