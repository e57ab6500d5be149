/***************************************************************************
  acvlegacydetector.h - which legacy encoding a text is in, decided only when it is certain
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVLEGACYDETECTOR_H
#define ACVLEGACYDETECTOR_H

#include "acvlegacyencoding.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

//! How one reading of the samples fares: of its words with Vietnamese letters, how many are syllables.
struct AcvEncodingScore
{
  AcvTextEncoding encoding = AcvTextEncoding::Utf8; //!< Utf8: the text as it is
  int words = 0;                                    //!< words that tell (AcvVietnameseSyllable::isEvidence)
  int valid = 0;                                    //!< of those, spelt as Vietnamese syllables
  int firstInvalidSample = -1;                      //!< the first sample with a word that is not
  QString firstInvalidWord;
  double ratio() const { return words > 0 ? static_cast<double>( valid ) / words : 0.0; }
};

//! What to do with the samples' text.
struct AcvLegacyDecision
{
  enum class Verdict
  {
    Keep,   //!< the text is what it is (Unicode, or no Vietnamese in any reading)
    Decode, //!< decode every sample with encoding
    Unsure, //!< a legacy encoding is likely (encoding, the suspected one) but not certain: refuse
  };
  Verdict verdict = Verdict::Keep;
  AcvTextEncoding encoding = AcvTextEncoding::Utf8;
  //! Unsure: the sample where the suspected reading fails, and the word it fails on.
  int sample = -1;
  QString word;
  QVector<AcvEncodingScore> scores; //!< every reading weighed, best first
  //! "36 of 36 words … read as Vietnamese syllables (Windows-1258: 4 of 36, VNI-Windows: 7 of 36)" (translated).
  QString evidence() const;
};

/**
 * Decides between Windows-1258, TCVN3 and VNI by decoding the samples each way and counting
 * the words with Vietnamese letters that come out as Vietnamese syllables. A wrong reading
 * leaves letters no Vietnamese word has, so the right one stands out; when none does, or two
 * come close, nothing is decoded and the caller refuses the file, naming the suspected
 * encoding and the sample where it fails. A reading must:
 * - have at least kMinimumWords such words, kConfident of them syllables, and
 * - lead every other reading (the text as it is included, for cells) by kMargin.
 */
class AcvLegacyDetector
{
public:
  static constexpr int kMinimumWords = 3;
  static constexpr double kConfident = 0.9;
  static constexpr double kMargin = 0.2;
  //! Cells already read this well as they are are Unicode; a legacy reading this good is suspect.
  static constexpr double kPlausible = 0.5;
  //! At most this many samples are weighed, spread evenly over the text.
  static constexpr int kMaxSamples = 5000;

  //! Text that is not UTF-8 (CSV lines, .dbf values): decoded when one legacy encoding is certain.
  static AcvLegacyDecision decideBytes( const QVector<QByteArray> &samples );

  /**
   * Text already in Unicode that may be the Windows-1252 reading of legacy bytes (workbook
   * cells, a .dbf read as Latin-1). Its own reading competes: only text that reads poorly as it
   * is (under kPlausible) and well in one legacy encoding is decoded. Samples that are not a
   * Windows-1252 reading (they hold "ư", "ệ") are real Unicode and are ignored.
   */
  static AcvLegacyDecision decideReadings( const QStringList &samples );

  //! How \a samples read as \a encoding (Utf8: \a asIs, the text as it is).
  static AcvEncodingScore score( const QVector<QByteArray> &samples, AcvTextEncoding encoding, const QStringList *asIs = nullptr );
};

#endif // ACVLEGACYDETECTOR_H
