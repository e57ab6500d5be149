/***************************************************************************
  testacvlegacyencoding.cpp - TCVN3, VNI and Windows-1258 decoded, and detected only when certain
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvlegacydetector.h"
#include "acvlegacyencoding.h"
#include "acvlegacytestencoders.h"
#include "acvtablereader.h"
#include "acvtestutils.h"
#include "acvvietnamesesyllable.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace
{
std::string utf8( const QString &text )
{
  return text.toStdString();
}

//! The lines of the project's district annex, UTF-8 without its BOM.
QStringList annexLines()
{
  QFile file( acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ) );
  EXPECT_TRUE( file.open( QIODevice::ReadOnly ) );
  QString text = QString::fromUtf8( file.readAll() );
  if ( text.startsWith( QChar( 0xFEFF ) ) )
    text.remove( 0, 1 );
  return text.split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
}

//! Bytes spelt out by hand from the code charts, each name in each encoding.
struct Spelling
{
  const char *unicode;
  const char *tcvn3;
  const char *vni;
  const char *windows1258;
};
const Spelling kSpellings[] = {
    { "Huyện Đăk Đoa", "Huy\xD6n \xA7\xA8k \xA7oa", "Huye\xE4n \xD1"
                                                    "a\xEAk \xD1oa",
      "Huy\xEA\xF2n \xD0\xE3k \xD0oa" },
    { "Phường Tây Sơn", "Ph\xAD\xEAng T\xA9y S\xACn", "Ph\xF6\xF4\xF8ng Ta\xE2y S\xF4n", "Ph\xFD\xF5\xCCng T\xE2y S\xF5n" },
    { "Thị xã Ayun Pa", "Th\xDE x\xB7 Ayun Pa", "Th\xF2 xa\xF5 Ayun Pa", "Thi\xF2 xa\xDE Ayun Pa" },
    { "Chư Păh", "Ch\xAD P\xA8h", "Ch\xF6 Pa\xEAh", "Ch\xFD P\xE3h" },
    { "Tổng cộng", "T\xE6ng c\xE9ng", "To\xE5ng co\xE4ng", "T\xF4\xD2ng c\xF4\xF2ng" },
    { "Đức Cơ", "\xA7\xF8"
                "c C\xAC",
      "\xD1\xF6\xF9"
      "c C\xF4",
      "\xD0\xFD\xEC"
      "c C\xF5" },
    { "Kông Chro", "K\xABng Chro", "Ko\xE2ng Chro", "K\xF4ng Chro" },
    { "Phú Thiện", "Ph\xF3 Thi\xD6n", "Phu\xF9 Thie\xE4n", "Ph\xFA Thi\xEA\xF2n" },
    { "Tỷ lệ cài đặt", "T\xFB l\xD6 c\xB5i \xAE\xC6t", "Ty\xFB le\xE4 ca\xF8i \xF1"
                                                       "a\xEBt",
      "Ty\xD2 l\xEA\xF2 c\xE0i \xF0\xE3\xF2t" },
    { "Số người dùng ĐTTM", "S\xE8 ng\xAD\xEAi d\xEFng \xA7TTM", "So\xE1 ng\xF6\xF4\xF8i du\xF8ng \xD1TTM", "S\xF4\xEC ng\xFD\xF5\xCCi du\xCCng \xD0TTM" },
    { "Krông Pa; Ia Grai; Mang Yang", "Kr\xABng Pa; Ia Grai; Mang Yang", "Kro\xE2ng Pa; Ia Grai; Mang Yang", "Kr\xF4ng Pa; Ia Grai; Mang Yang" },
    { "Quốc lộ, giữa, giếng, khuya, thuở, Yên", "Qu\xE8"
                                                "c l\xE9, gi\xF7"
                                                "a, gi\xD5ng, khuya, thu\xEB, Y\xAAn",
      "Quo\xE1"
      "c lo\xE4, gi\xF6\xF5"
      "a, gie\xE1ng, khuya, thu\xF4\xFB, Ye\xE2n",
      "Qu\xF4\xEC"
      "c l\xF4\xF2, gi\xFD\xDE"
      "a, gi\xEA\xEC"
      "ng, khuya, thu\xF5\xD2, Y\xEAn" },
};
} // namespace

TEST( AcvLegacyEncoding, DecodesNamesSpeltOutByteByByte )
{
  for ( const Spelling &s : kSpellings )
  {
    const QString expected = QString::fromUtf8( s.unicode );
    SCOPED_TRACE( s.unicode );
    EXPECT_EQ( utf8( AcvLegacyEncoding::decode( s.tcvn3, AcvTextEncoding::Tcvn3 ) ), s.unicode );
    EXPECT_EQ( utf8( AcvLegacyEncoding::decode( s.vni, AcvTextEncoding::Vni ) ), s.unicode );
    EXPECT_EQ( utf8( AcvLegacyEncoding::decode( s.windows1258, AcvTextEncoding::Windows1258 ) ), s.unicode );
    const QString decoded = AcvLegacyEncoding::decode( s.windows1258, AcvTextEncoding::Windows1258 );
    EXPECT_EQ( decoded, decoded.normalized( QString::NormalizationForm_C ) ); // NFC, as every name is compared
    // The test's own encoders agree with the hand-spelt bytes, so the annexes they make are right.
    EXPECT_EQ( acvtest::tcvn3( expected ), QByteArray( s.tcvn3 ) );
    EXPECT_EQ( acvtest::vni( expected ), QByteArray( s.vni ) );
  }
  // Windows-1258 also has precomposed letters (ú is 0xFA): both spellings decode alike.
  EXPECT_EQ( utf8( AcvLegacyEncoding::decode( "Phu\xEC", AcvTextEncoding::Windows1258 ) ), "Phú" );
  EXPECT_EQ( acvtest::windows1258( QStringLiteral( "Huyện Đăk Đoa" ) ), QByteArray( "Huy\xEA\xF2n \xD0\xE3k \xD0oa" ) );
}

TEST( AcvLegacyEncoding, DecodesCapitals )
{
  // VNI has capital marks; TCVN3's toned capitals are the small codes in the capitals font, so a
  // word typed in capitals is put in capitals where its other letters say so.
  EXPECT_EQ( utf8( AcvLegacyEncoding::decode( "SO\xC1 LIE\xC4U", AcvTextEncoding::Vni ) ), "SỐ LIỆU" );
  EXPECT_EQ( utf8( AcvLegacyEncoding::decode( "HUYE\xC4N \xD1"
                                              "A\xCAK \xD1OA",
                                              AcvTextEncoding::Vni ) ),
             "HUYỆN ĐĂK ĐOA" );
  EXPECT_EQ( utf8( AcvLegacyEncoding::decode( "PH\xD6\xD4\xD8NG", AcvTextEncoding::Vni ) ), "PHƯỜNG" );
  EXPECT_EQ( utf8( AcvLegacyEncoding::decode( "HUY\xD6N \xA7\xA8K \xA7OA", AcvTextEncoding::Tcvn3 ) ), "HUYỆN ĐĂK ĐOA" );
  EXPECT_EQ( utf8( AcvLegacyEncoding::decode( "T\xE6NG C\xE9NG", AcvTextEncoding::Tcvn3 ) ), "TỔNG CỘNG" );
  // One letter whose case is known says too little: "Sè" stays "Số"; "Đăk" keeps its small letters.
  EXPECT_EQ( utf8( AcvLegacyEncoding::decode( "S\xE8 \xA7\xA8k HDr\xABng", AcvTextEncoding::Tcvn3 ) ), "Số Đăk HDrông" );
  EXPECT_EQ( utf8( AcvLegacyEncoding::decode( "\xD0\xC3K \xD0OA", AcvTextEncoding::Windows1258 ) ), "ĐĂK ĐOA" );
}

TEST( AcvLegacyEncoding, GivesBackTheBytesOfAWindows1252Reading )
{
  // The cells: "HuyÖn §¨k §oa" is "Huyện Đăk Đoa" typed in .VnTime, "Ph­êng" (a soft hyphen) "Phường".
  QByteArray bytes;
  ASSERT_TRUE( AcvLegacyEncoding::windows1252Bytes( QStringLiteral( "HuyÖn §¨k §oa" ), bytes ) );
  EXPECT_EQ( utf8( AcvLegacyEncoding::decode( bytes, AcvTextEncoding::Tcvn3 ) ), "Huyện Đăk Đoa" );
  ASSERT_TRUE( AcvLegacyEncoding::windows1252Bytes( QStringLiteral( "Ph\u00ADêng" ), bytes ) );
  EXPECT_EQ( utf8( AcvLegacyEncoding::decode( bytes, AcvTextEncoding::Tcvn3 ) ), "Phường" );
  // Windows-1252's own characters in 0x80-0x9F go back to their byte.
  ASSERT_TRUE( AcvLegacyEncoding::windows1252Bytes( QStringLiteral( "a—b€" ), bytes ) );
  EXPECT_EQ( bytes, QByteArray( "a\x97"
                                "b\x80" ) );
  // Real Unicode has characters no Windows-1252 byte reads as.
  EXPECT_FALSE( AcvLegacyEncoding::windows1252Bytes( QStringLiteral( "Huyện" ), bytes ) );
  EXPECT_FALSE( AcvLegacyEncoding::isWindows1252Reading( QStringLiteral( "Chư Sê" ) ) );
  EXPECT_TRUE( AcvLegacyEncoding::isWindows1252Reading( QStringLiteral( "Kông Chro" ) ) );
}

TEST( AcvLegacyEncoding, TheTableFileSaysItsSourceAndEveryRowAgreesWithItself )
{
  QFile file( QStringLiteral( ACV_SOURCE_GEODATA "/../plugin/engine/data/acvlegacyencodings.tsv" ) );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
  const QString text = QString::fromUtf8( file.readAll() );
  EXPECT_TRUE( text.contains( QStringLiteral( "SPDX-License-Identifier: GPL-2.0-or-later" ) ) );
  EXPECT_TRUE( text.contains( QStringLiteral( "TCVN 5712:1993" ) ) && text.contains( QStringLiteral( "VNI-Windows" ) ) );
  int tcvn3 = 0, vniLetters = 0, vniMarks = 0;
  for ( const QString &line : text.split( QLatin1Char( '\n' ), Qt::SkipEmptyParts ) )
  {
    if ( line.startsWith( QLatin1Char( '#' ) ) )
      continue;
    const QStringList f = line.split( QLatin1Char( '\t' ) );
    ASSERT_EQ( f.size(), 6 ) << utf8( line );
    if ( f.at( 0 ) == QLatin1String( "tcvn3" ) || f.at( 0 ) == QLatin1String( "vni-letter" ) )
    {
      // The code point column and the letter shown beside it are the same letter.
      EXPECT_EQ( QString( QChar( f.at( 3 ).mid( 2 ).toUShort( nullptr, 16 ) ) ), f.at( 4 ) ) << utf8( line );
      ( f.at( 0 ) == QLatin1String( "tcvn3" ) ? tcvn3 : vniLetters )++;
    }
    else
    {
      EXPECT_EQ( f.at( 0 ), QStringLiteral( "vni-mark" ) );
      ++vniMarks;
    }
  }
  EXPECT_EQ( tcvn3, 74 );      // 67 small letters and 7 capitals
  EXPECT_EQ( vniLetters, 18 ); // ơ ư đ í ì ỉ ĩ ị ỵ, small and capital
  EXPECT_EQ( vniMarks, 34 );   // 5 tones, 6 circumflex and 6 breve bytes, small and capital
}

TEST( AcvLegacyEncoding, EveryVietnameseLetterWithEveryToneComesBackFromEachEncoding )
{
  // Through the test's encoders (written apart from the table file) and back through the engine.
  const QString vowels = QStringLiteral( "aăâeêioôơuưy" );
  const QString tones[] = { QString(), QStringLiteral( "\u0300" ), QStringLiteral( "\u0301" ), QStringLiteral( "\u0309" ), QStringLiteral( "\u0303" ), QStringLiteral( "\u0323" ) };
  QString all = QStringLiteral( "đĐ " );
  for ( const QChar v : vowels )
  {
    for ( const QString &tone : tones )
      all += ( QString( v ) + tone ).normalized( QString::NormalizationForm_C );
    all += QLatin1Char( ' ' );
  }
  EXPECT_EQ( all.size(), 3 + 12 * 7 );
  EXPECT_EQ( AcvLegacyEncoding::decode( acvtest::tcvn3( all ), AcvTextEncoding::Tcvn3 ), all );
  EXPECT_EQ( AcvLegacyEncoding::decode( acvtest::vni( all ), AcvTextEncoding::Vni ), all );
  EXPECT_EQ( AcvLegacyEncoding::decode( acvtest::vni( all.toUpper() ), AcvTextEncoding::Vni ), all.toUpper() );
  EXPECT_EQ( AcvLegacyEncoding::decode( acvtest::windows1258( all ), AcvTextEncoding::Windows1258 ), all );
  EXPECT_EQ( AcvLegacyEncoding::decode( acvtest::windows1258( all.toUpper() ), AcvTextEncoding::Windows1258 ), all.toUpper() );
}

TEST( AcvVietnameseSyllable, AcceptsVietnameseAndGiaLaiNamesAndRefusesLegacyGarbage )
{
  for ( const char *word : { "Huyện", "Đăk", "Đoa", "Phường", "người", "được", "quốc", "Quý", "giữa", "giếng", "gì", "khuya", "thuở", "hòa", "hoà",
                             "thủy", "thuỷ", "Krông", "HDrông", "Păh", "Pơ", "Chư", "Prông", "Kông", "Phú", "Thiện", "Khê", "Tổng", "cộng", "Tỷ", "lệ",
                             "xã", "Thị", "yên", "khuỷu", "nghiêng", "ngoặc", "huynh", "tuần", "khuấy", "Ia", "Sê", "Pưh", "Cơ", "Đức" } )
    EXPECT_TRUE( AcvVietnameseSyllable::isValid( QString::fromUtf8( word ) ) ) << word;
  for ( const char *word : { "HuyÖn", "§¨k", "Ph\u00ADêng", "Huyeọn", "lườt", "muà", "Ðãk", "Societé", "Café", "Kr«ng", "Ch\u00AD", "ThiÖn", "Phuì",
                             "Huyêòn", "cafè", "Müller", "naïve", "Sè\u00ADi", "trờt" } )
    EXPECT_FALSE( AcvVietnameseSyllable::isValid( QString::fromUtf8( word ) ) ) << word;
  EXPECT_FALSE( AcvVietnameseSyllable::isEvidence( QStringLiteral( "Pleiku" ) ) ); // ASCII: the same in every reading
  EXPECT_FALSE( AcvVietnameseSyllable::isEvidence( QStringLiteral( "ĐTTM" ) ) );   // an abbreviation
  EXPECT_TRUE( AcvVietnameseSyllable::isEvidence( QStringLiteral( "§¨k" ) ) );
  EXPECT_EQ( AcvVietnameseSyllable::words( QStringLiteral( "TP. Pleiku;29.178;§¨k Ph\u00ADêng (2019)" ) ),
             QStringList( { QStringLiteral( "TP" ), QStringLiteral( "Pleiku" ), QStringLiteral( "§¨k" ), QStringLiteral( "Ph\u00ADêng" ) } ) );
}

TEST( AcvLegacyDetector, DetectsEachEncodingOfTheDistrictAnnex )
{
  const QStringList lines = annexLines();
  ASSERT_EQ( lines.size(), 21 );
  const struct
  {
    AcvTextEncoding encoding;
    QByteArray ( *encode )( const QString & );
  } cases[] = { { AcvTextEncoding::Tcvn3, acvtest::tcvn3 }, { AcvTextEncoding::Vni, acvtest::vni }, { AcvTextEncoding::Windows1258, acvtest::windows1258 } };
  for ( const auto &c : cases )
  {
    SCOPED_TRACE( utf8( AcvLegacyEncoding::description( c.encoding ) ) );
    QVector<QByteArray> bytes;
    QStringList cells;
    for ( const QString &line : lines )
    {
      bytes.append( c.encode( line ) );
      for ( const QString &cell : line.split( QLatin1Char( ';' ) ) )
        cells.append( acvtest::windows1252Reading( c.encode( cell ) ) );
    }
    const AcvLegacyDecision fromBytes = AcvLegacyDetector::decideBytes( bytes );
    EXPECT_EQ( fromBytes.verdict, AcvLegacyDecision::Verdict::Decode ) << utf8( fromBytes.evidence() );
    EXPECT_EQ( fromBytes.encoding, c.encoding ) << utf8( fromBytes.evidence() );
    EXPECT_EQ( fromBytes.scores.at( 0 ).valid, fromBytes.scores.at( 0 ).words ) << utf8( fromBytes.scores.at( 0 ).firstInvalidWord );
    const AcvLegacyDecision fromCells = AcvLegacyDetector::decideReadings( cells );
    EXPECT_EQ( fromCells.verdict, AcvLegacyDecision::Verdict::Decode ) << utf8( fromCells.evidence() );
    EXPECT_EQ( fromCells.encoding, c.encoding ) << utf8( fromCells.evidence() );
    // Every line decodes back to the annex.
    for ( int i = 0; i < lines.size(); ++i )
      EXPECT_EQ( utf8( AcvLegacyEncoding::decode( bytes.at( i ), c.encoding ) ), utf8( i == 0 && c.encoding == AcvTextEncoding::Tcvn3 ? QString( lines.at( i ) ).replace( QStringLiteral( "SỐ" ), QStringLiteral( "Số" ) ).replace( QStringLiteral( "XÃ" ), QStringLiteral( "Xã" ) ) : lines.at( i ) ) );
  }
}

TEST( AcvLegacyDetector, LeavesUnicodeAloneAndRefusesWhatItCannotTell )
{
  // The real annex, already Unicode, as cells: kept, however many cells Windows-1252 could spell.
  QStringList cells;
  for ( const QString &line : annexLines() )
    cells += line.split( QLatin1Char( ';' ) );
  EXPECT_EQ( AcvLegacyDetector::decideReadings( cells ).verdict, AcvLegacyDecision::Verdict::Keep );
  // A sheet of only the names Windows-1252 can spell ("Kông Chro", "Phú Yên") reads well as it is.
  EXPECT_EQ( AcvLegacyDetector::decideReadings( { QStringLiteral( "Kông Chro" ), QStringLiteral( "Phú Yên" ), QStringLiteral( "Cà Mau" ), QStringLiteral( "© 2020 §3" ) } ).verdict, AcvLegacyDecision::Verdict::Keep );
  // Western European text is no Vietnamese in any reading: kept as it is.
  const QStringList french = { QStringLiteral( "Société générale" ), QStringLiteral( "Müller & Söhne" ), QStringLiteral( "Crème brûlée" ), QStringLiteral( "Ærø" ) };
  EXPECT_EQ( AcvLegacyDetector::decideReadings( french ).verdict, AcvLegacyDecision::Verdict::Keep );
  // As bytes (a CSV that is not UTF-8), it is refused: none of the readings is certain.
  QVector<QByteArray> latin1;
  for ( const QString &line : french )
    latin1.append( line.toLatin1() );
  const AcvLegacyDecision western = AcvLegacyDetector::decideBytes( latin1 );
  EXPECT_EQ( western.verdict, AcvLegacyDecision::Verdict::Unsure ) << utf8( western.evidence() );
  // Too little to tell: one word that reads as Vietnamese in two encodings ("Sè" is "Số" in TCVN3).
  const AcvLegacyDecision tiny = AcvLegacyDetector::decideBytes( { QByteArray( "S\xE8" ) } );
  EXPECT_EQ( tiny.verdict, AcvLegacyDecision::Verdict::Unsure ) << utf8( tiny.evidence() );
  // Half TCVN3, half VNI: refused, naming the first sample the better reading fails on.
  const AcvLegacyDecision mixed = AcvLegacyDetector::decideBytes( { acvtest::tcvn3( QStringLiteral( "Huyện Đăk Đoa" ) ), acvtest::tcvn3( QStringLiteral( "Phường Tây Sơn" ) ),
                                                                    acvtest::vni( QStringLiteral( "Thị xã Ayun Pa" ) ), acvtest::vni( QStringLiteral( "Chư Păh Đức Cơ" ) ) } );
  EXPECT_EQ( mixed.verdict, AcvLegacyDecision::Verdict::Unsure ) << utf8( mixed.evidence() );
  EXPECT_GE( mixed.sample, 0 );
  EXPECT_FALSE( mixed.word.isEmpty() );
}

TEST( AcvTableReaderLegacy, ReadsLegacyCsvBytesAndAUtf8ExportOfALegacyWorkbook )
{
  AcvScratch scratch;
  const QString text = annexLines().join( QLatin1Char( '\n' ) ) + QLatin1Char( '\n' );
  AcvRawTable table;
  QString error;
  // The bytes of a VNI CSV: decoded, and the delimiter and rows found as in the UTF-8 annex.
  ASSERT_TRUE( AcvTableReader::read( scratch.write( QStringLiteral( "vni.csv" ), acvtest::vni( text ) ), QString(), table, error ) ) << utf8( error );
  EXPECT_EQ( table.decodedFrom, AcvTextEncoding::Vni );
  EXPECT_EQ( table.delimiter, QLatin1Char( ';' ) );
  ASSERT_EQ( table.rows.size(), 21 );
  EXPECT_EQ( utf8( table.rows.at( 7 ).at( 1 ) ), "H. Đăk Đoa" );
  EXPECT_EQ( table.rowNumbers.at( 7 ), 8 );
  EXPECT_TRUE( AcvTableReader::describeDecoding( table ).startsWith( QStringLiteral( "read as VNI-Windows (the VNI-Times fonts) and converted to Unicode: 58 of 58 words" ) ) )
      << utf8( AcvTableReader::describeDecoding( table ) );

  // "CSV UTF-8" saved from a workbook typed in .VnTime: UTF-8 holding the Windows-1252 reading.
  const QString mojibake = acvtest::windows1252Reading( acvtest::tcvn3( text ) );
  ASSERT_TRUE( AcvTableReader::read( scratch.write( QStringLiteral( "export.csv" ), mojibake.toUtf8() ), QString(), table, error ) ) << utf8( error );
  EXPECT_EQ( table.decodedFrom, AcvTextEncoding::Tcvn3 );
  EXPECT_EQ( utf8( table.rows.at( 15 ).at( 1 ) ), "Đăk Pơ" );

  // The UTF-8 annex itself: read as it is, nothing said.
  ASSERT_TRUE( AcvTableReader::read( acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ), QString(), table, error ) ) << utf8( error );
  EXPECT_EQ( table.decodedFrom, AcvTextEncoding::Utf8 );
  EXPECT_TRUE( AcvTableReader::describeDecoding( table ).isEmpty() );
}

TEST( AcvTableReaderLegacy, RefusesAnUncertainCsvNamingTheLineAndTheSuspectedEncoding )
{
  AcvScratch scratch;
  AcvRawTable table;
  QString error;
  // Two district names and a header in Windows-1258 say too little to tell from TCVN3.
  const QString path = scratch.write( QStringLiteral( "short.csv" ), QByteArray( "ten;n\nS\xE8;1\n" ) );
  EXPECT_FALSE( AcvTableReader::read( path, QString(), table, error ) );
  EXPECT_TRUE( error.startsWith( path + QStringLiteral( ": line 2 is not valid UTF-8; it may be " ) ) ) << utf8( error );
  EXPECT_TRUE( error.contains( QStringLiteral( "too few of its words tell" ) ) ) << utf8( error );
  // A UTF-8 file with one line pasted from a legacy file: that line, not a guess.
  const QString pasted = scratch.write( QStringLiteral( "pasted.csv" ), QStringLiteral( "Đơn vị;n\nChư Sê;1\nĐức Cơ;2\n" ).toUtf8() + acvtest::tcvn3( QStringLiteral( "Phú Thiện;3\n" ) ) );
  EXPECT_FALSE( AcvTableReader::read( pasted, QString(), table, error ) );
  EXPECT_TRUE( error.startsWith( pasted + QStringLiteral( ": line 4 is not valid UTF-8, though 3 other line" ) ) ) << utf8( error );
}
