/***************************************************************************
  acvlegacyencoding.h - decodes the 8-bit Vietnamese encodings annexes still come in
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVLEGACYENCODING_H
#define ACVLEGACYENCODING_H

#include <QByteArray>
#include <QString>
#include <QVector>

//! The encodings an annex's text may be in.
enum class AcvTextEncoding
{
  Utf8,        //!< Unicode: nothing to convert
  Windows1258, //!< Microsoft's Vietnamese code page: base letters and combining tone bytes
  Tcvn3,       //!< TCVN 5712:1993 VN3, the ABC chart of the .VnTime fonts
  Vni,         //!< VNI-Windows, the chart of the VNI-Times fonts: a letter, then its mark bytes
};

/**
 * Converts legacy Vietnamese text to NFC Unicode. Windows-1258 goes through iconv; TCVN3 and VNI
 * through the tables of data/acvlegacyencodings.tsv, because no system library has them
 * (glibc's TCVN5712-1 is the VN1 variant, not what the .VnTime fonts type).
 *
 * Workbook cells typed with a legacy font arrive in Unicode as the Windows-1252 reading of the
 * legacy bytes ("HuyÖn" for the TCVN3 bytes of "Huyện"); windows1252Bytes() gives the bytes back.
 */
class AcvLegacyEncoding
{
public:
  //! \a bytes decoded as \a encoding, in NFC. Bytes that are no letter keep their Windows-1252 reading.
  static QString decode( const QByteArray &bytes, AcvTextEncoding encoding );

  /**
   * The bytes whose Windows-1252 reading \a text is; false when a character has none (then the
   * text is real Unicode, not a misread legacy font). U+0080-U+009F stand for their own byte,
   * as readers that decode Latin-1 deliver them.
   */
  static bool windows1252Bytes( const QString &text, QByteArray &bytes );

  //! Whether every character of \a text has a Windows-1252 byte (see windows1252Bytes()).
  static bool isWindows1252Reading( const QString &text );

  //! Windows-1258, TCVN3 and VNI, the encodings detection chooses from.
  static const QVector<AcvTextEncoding> &legacyEncodings();

  //! "TCVN3 (ABC, the .VnTime fonts)", for messages (translated).
  static QString description( AcvTextEncoding encoding );

private:
  static QString decodeTcvn3( const QByteArray &bytes );
  static QString decodeVni( const QByteArray &bytes );
  static QString decodeWindows1258( const QByteArray &bytes );
};

#endif // ACVLEGACYENCODING_H
