/***************************************************************************
  acvlegacyencoding.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvlegacyencoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringList>

#include <iconv.h>

#include <array>
#include <cerrno>

// Q_INIT_RESOURCE declares a function, so it must be called from the global namespace. The
// engine is a static library: without this call the linker drops the embedded table.
static void acvInitLegacyEncodingTables()
{
  Q_INIT_RESOURCE( acvlegacyencodings );
}

namespace
{
//! One VNI mark byte: the combining marks it adds and the letters it may follow.
struct VniMark
{
  QString marks;
  QString bases;
};

//! The tables of data/acvlegacyencodings.tsv, read once from the embedded resource.
struct Tables
{
  std::array<QChar, 256> tcvn3{};      //!< null: no letter at that byte
  std::array<QChar, 256> vniLetters{}; //!< null: no letter at that byte
  QHash<uchar, VniMark> vniMarks;
  std::array<QChar, 256> windows1252{};  //!< every byte's Windows-1252 reading
  QHash<ushort, uchar> windows1252Bytes; //!< the reverse, for the characters above U+00FF
};

//! "U+0302 U+0301" -> the two characters.
QString codePoints( const QString &field )
{
  QString text;
  for ( const QString &point : field.split( QLatin1Char( ' ' ), Qt::SkipEmptyParts ) )
    text.append( QChar( point.mid( 2 ).toUShort( nullptr, 16 ) ) );
  return text;
}

//! Converts with iconv; false when it refuses the conversion. Invalid input becomes U+FFFD.
bool iconvDecode( const char *from, const QByteArray &bytes, QString &text )
{
  iconv_t cd = iconv_open( "UTF-8", from );
  if ( cd == reinterpret_cast<iconv_t>( -1 ) )
    return false;
  QByteArray out;
  QByteArray buffer( 4096, '\0' );
  char *in = const_cast<char *>( bytes.constData() );
  size_t inLeft = static_cast<size_t>( bytes.size() );
  // After the input, a call without input flushes the base letter the converter holds back,
  // waiting for a tone byte to compose with.
  bool flushing = false;
  while ( true )
  {
    char *outAt = buffer.data();
    size_t outLeft = static_cast<size_t>( buffer.size() );
    const size_t result = flushing ? iconv( cd, nullptr, nullptr, &outAt, &outLeft ) : iconv( cd, &in, &inLeft, &outAt, &outLeft );
    out.append( buffer.constData(), static_cast<int>( outAt - buffer.data() ) );
    if ( result == static_cast<size_t>( -1 ) )
    {
      if ( errno == E2BIG )
        continue;
      if ( flushing || ( errno != EILSEQ && errno != EINVAL ) )
      {
        iconv_close( cd );
        return false;
      }
      // A byte the code page leaves undefined (0x81, 0x8A...): no letter, so no guess either.
      out.append( "\xEF\xBF\xBD" );
      ++in;
      --inLeft;
      continue;
    }
    if ( flushing )
      break;
    flushing = inLeft == 0;
  }
  iconv_close( cd );
  text = QString::fromUtf8( out );
  return true;
}

Tables readTables()
{
  acvInitLegacyEncodingTables();
  Tables tables;
  for ( int byte = 0; byte < 256; ++byte )
    tables.windows1252[byte] = QChar( static_cast<ushort>( byte ) );
  // Windows-1252's 0x80-0x9F from iconv rather than a second table: the bytes it leaves
  // undefined keep their Latin-1 reading (U+0081...), as Windows itself decodes them.
  for ( int byte = 0x80; byte < 0xA0; ++byte )
  {
    QString text;
    if ( iconvDecode( "CP1252", QByteArray( 1, static_cast<char>( byte ) ), text ) && text.size() == 1 && text.at( 0 ) != QChar( 0xFFFD ) )
    {
      tables.windows1252[byte] = text.at( 0 );
      tables.windows1252Bytes.insert( text.at( 0 ).unicode(), static_cast<uchar>( byte ) );
    }
  }

  QFile file( QStringLiteral( ":/adoptioncoverage/legacy-encodings/acvlegacyencodings.tsv" ) );
  if ( !file.open( QIODevice::ReadOnly ) )
    qFatal( "the legacy encoding tables are not embedded" );
  const QStringList lines = QString::fromUtf8( file.readAll() ).split( QLatin1Char( '\n' ) );
  for ( const QString &line : lines )
  {
    if ( line.isEmpty() || line.startsWith( QLatin1Char( '#' ) ) )
      continue;
    // kind, byte, its Windows-1252 glyph, code points, as text, letter name or bases
    const QStringList fields = line.split( QLatin1Char( '\t' ) );
    if ( fields.size() < 6 )
      continue;
    const uchar byte = static_cast<uchar>( fields.at( 1 ).toUShort( nullptr, 16 ) );
    const QString text = codePoints( fields.at( 3 ) );
    if ( fields.at( 0 ) == QLatin1String( "tcvn3" ) )
      tables.tcvn3[byte] = text.at( 0 );
    else if ( fields.at( 0 ) == QLatin1String( "vni-letter" ) )
      tables.vniLetters[byte] = text.at( 0 );
    else if ( fields.at( 0 ) == QLatin1String( "vni-mark" ) )
      tables.vniMarks.insert( byte, { text, fields.at( 5 ) } );
  }
  return tables;
}

const Tables &tables()
{
  static const Tables loaded = readTables();
  return loaded;
}

bool isAsciiLetter( QChar c )
{
  return c.unicode() < 0x80 && c.isLetter();
}
} // namespace

const QVector<AcvTextEncoding> &AcvLegacyEncoding::legacyEncodings()
{
  static const QVector<AcvTextEncoding> encodings = { AcvTextEncoding::Windows1258, AcvTextEncoding::Tcvn3, AcvTextEncoding::Vni };
  return encodings;
}

QString AcvLegacyEncoding::description( AcvTextEncoding encoding )
{
  switch ( encoding )
  {
    case AcvTextEncoding::Utf8:
      return QStringLiteral( "UTF-8" );
    case AcvTextEncoding::Windows1258:
      return QCoreApplication::translate( "AcvLegacyEncoding", "Windows-1258 (Vietnamese code page)" );
    case AcvTextEncoding::Tcvn3:
      return QCoreApplication::translate( "AcvLegacyEncoding", "TCVN3 (ABC, the .VnTime fonts)" );
    case AcvTextEncoding::Vni:
      return QCoreApplication::translate( "AcvLegacyEncoding", "VNI-Windows (the VNI-Times fonts)" );
  }
  return QString();
}

bool AcvLegacyEncoding::windows1252Bytes( const QString &text, QByteArray &bytes )
{
  const Tables &t = tables();
  bytes.clear();
  bytes.reserve( text.size() );
  for ( const QChar c : text )
  {
    const ushort u = c.unicode();
    if ( u <= 0xFF )
      bytes.append( static_cast<char>( u ) );
    else if ( t.windows1252Bytes.contains( u ) )
      bytes.append( static_cast<char>( t.windows1252Bytes.value( u ) ) );
    else
      return false;
  }
  return true;
}

bool AcvLegacyEncoding::isWindows1252Reading( const QString &text )
{
  const Tables &t = tables();
  for ( const QChar c : text )
  {
    if ( c.unicode() > 0xFF && !t.windows1252Bytes.contains( c.unicode() ) )
      return false;
  }
  return true;
}

QString AcvLegacyEncoding::decode( const QByteArray &bytes, AcvTextEncoding encoding )
{
  switch ( encoding )
  {
    case AcvTextEncoding::Utf8:
      return QString::fromUtf8( bytes ).normalized( QString::NormalizationForm_C );
    case AcvTextEncoding::Windows1258:
      return decodeWindows1258( bytes );
    case AcvTextEncoding::Tcvn3:
      return decodeTcvn3( bytes );
    case AcvTextEncoding::Vni:
      return decodeVni( bytes );
  }
  return QString();
}

QString AcvLegacyEncoding::decodeWindows1258( const QByteArray &bytes )
{
  QString text;
  if ( !iconvDecode( "CP1258", bytes, text ) )
    qFatal( "iconv has no CP1258 converter" );
  // The code page spells tones as combining bytes after the letter ("ê" + 0xF2 for "ệ").
  return text.normalized( QString::NormalizationForm_C );
}

QString AcvLegacyEncoding::decodeTcvn3( const QByteArray &bytes )
{
  const Tables &t = tables();
  QString text;
  text.reserve( bytes.size() );
  // Whether each character's case is known: ASCII and the seven capitals are; the toned letters
  // have small codes only, which the capitals fonts (.VnTimeH) draw as capitals.
  QVector<bool> caseKnown;
  caseKnown.reserve( bytes.size() );
  for ( const char b : bytes )
  {
    const uchar byte = static_cast<uchar>( b );
    const QChar letter = t.tcvn3[byte];
    if ( !letter.isNull() )
    {
      text.append( letter );
      caseKnown.append( letter.isUpper() );
    }
    else
    {
      text.append( t.windows1252[byte] );
      caseKnown.append( true );
    }
  }
  // A word typed in capitals ("TæNG CéNG" in .VnTimeH) is a word in capitals: where every letter
  // whose case the bytes tell is a capital, and at least two are, the small codes become capitals.
  int start = -1;
  for ( int i = 0; i <= text.size(); ++i )
  {
    const bool letter = i < text.size() && text.at( i ).isLetter();
    if ( letter && start < 0 )
      start = i;
    if ( letter || start < 0 )
      continue;
    int capitals = 0;
    bool small = false;
    bool unknown = false;
    for ( int j = start; j < i; ++j )
    {
      if ( !caseKnown.at( j ) && !isAsciiLetter( text.at( j ) ) )
        unknown = true;
      else if ( text.at( j ).isUpper() )
        ++capitals;
      else
        small = true;
    }
    if ( unknown && !small && capitals >= 2 )
    {
      for ( int j = start; j < i; ++j )
        text[j] = text.at( j ).toUpper();
    }
    start = -1;
  }
  return text.normalized( QString::NormalizationForm_C );
}

QString AcvLegacyEncoding::decodeVni( const QByteArray &bytes )
{
  const Tables &t = tables();
  QString text;
  text.reserve( bytes.size() );
  // The index in text of the letter a mark byte may still go on (-1: none): each takes one.
  int markable = -1;
  for ( const char b : bytes )
  {
    const uchar byte = static_cast<uchar>( b );
    const auto mark = t.vniMarks.constFind( byte );
    if ( mark != t.vniMarks.constEnd() && markable >= 0 && mark->bases.contains( text.at( markable ) ) )
    {
      const QString marked = ( text.at( markable ) + mark->marks ).normalized( QString::NormalizationForm_C );
      text.replace( markable, 1, marked );
      markable = -1;
      continue;
    }
    const QChar letter = t.vniLetters[byte];
    const QChar c = !letter.isNull() ? letter : t.windows1252[byte];
    text.append( c );
    markable = text.size() - 1;
  }
  return text.normalized( QString::NormalizationForm_C );
}
