/***************************************************************************
  acvlegacydetector.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvlegacydetector.h"
#include "acvvietnamesesyllable.h"

#include <QCoreApplication>

#include <algorithm>

namespace
{
//! The samples weighed: all of them, or kMaxSamples spread evenly (their indices into \a count).
QVector<int> sampleIndices( int count )
{
  QVector<int> indices;
  const int taken = std::min( count, AcvLegacyDetector::kMaxSamples );
  indices.reserve( taken );
  for ( int i = 0; i < taken; ++i )
    indices.append( static_cast<int>( static_cast<qint64>( i ) * count / taken ) );
  return indices;
}

void sortBest( QVector<AcvEncodingScore> &scores )
{
  std::stable_sort( scores.begin(), scores.end(), []( const AcvEncodingScore &a, const AcvEncodingScore &b )
                    { return a.ratio() != b.ratio() ? a.ratio() > b.ratio() : a.valid > b.valid; } );
}

bool isCertain( const QVector<AcvEncodingScore> &sorted )
{
  const AcvEncodingScore &best = sorted.at( 0 );
  if ( best.valid < AcvLegacyDetector::kMinimumWords || best.ratio() < AcvLegacyDetector::kConfident )
    return false;
  return sorted.size() < 2 || best.ratio() - sorted.at( 1 ).ratio() >= AcvLegacyDetector::kMargin;
}

AcvLegacyDecision unsure( const QVector<AcvEncodingScore> &sorted )
{
  AcvLegacyDecision decision;
  decision.verdict = AcvLegacyDecision::Verdict::Unsure;
  decision.scores = sorted;
  decision.encoding = sorted.at( 0 ).encoding;
  decision.sample = std::max( 0, sorted.at( 0 ).firstInvalidSample );
  decision.word = sorted.at( 0 ).firstInvalidWord;
  return decision;
}
} // namespace

AcvEncodingScore AcvLegacyDetector::score( const QVector<QByteArray> &samples, AcvTextEncoding encoding, const QStringList *asIs )
{
  AcvEncodingScore result;
  result.encoding = encoding;
  for ( const int index : sampleIndices( static_cast<int>( samples.size() ) ) )
  {
    const QString text = encoding == AcvTextEncoding::Utf8 && asIs ? asIs->at( index ) : AcvLegacyEncoding::decode( samples.at( index ), encoding );
    for ( const QString &word : AcvVietnameseSyllable::words( text ) )
    {
      if ( !AcvVietnameseSyllable::isEvidence( word ) )
        continue;
      ++result.words;
      if ( AcvVietnameseSyllable::isValid( word ) )
        ++result.valid;
      else if ( result.firstInvalidSample < 0 )
      {
        result.firstInvalidSample = index;
        result.firstInvalidWord = word;
      }
    }
  }
  return result;
}

AcvLegacyDecision AcvLegacyDetector::decideBytes( const QVector<QByteArray> &samples )
{
  QVector<AcvEncodingScore> scores;
  for ( const AcvTextEncoding encoding : AcvLegacyEncoding::legacyEncodings() )
    scores.append( score( samples, encoding ) );
  sortBest( scores );
  if ( !isCertain( scores ) )
    return unsure( scores );
  AcvLegacyDecision decision;
  decision.verdict = AcvLegacyDecision::Verdict::Decode;
  decision.encoding = scores.at( 0 ).encoding;
  decision.scores = scores;
  return decision;
}

AcvLegacyDecision AcvLegacyDetector::decideReadings( const QStringList &samples )
{
  // Only text with a character beyond ASCII can be misread, and only text whose every character
  // has a Windows-1252 byte can be a misread legacy font.
  QStringList candidates;
  QVector<QByteArray> bytes;
  QVector<int> origins;
  for ( int i = 0; i < samples.size(); ++i )
  {
    const QString &text = samples.at( i );
    QByteArray raw;
    if ( !AcvLegacyEncoding::windows1252Bytes( text, raw ) )
      continue;
    if ( std::none_of( raw.cbegin(), raw.cend(), []( char c )
                       { return static_cast<uchar>( c ) >= 0x80; } ) )
      continue;
    candidates.append( text );
    bytes.append( raw );
    origins.append( i );
  }
  AcvLegacyDecision decision;
  if ( candidates.isEmpty() )
    return decision;

  QVector<AcvEncodingScore> scores;
  scores.append( score( bytes, AcvTextEncoding::Utf8, &candidates ) );
  for ( const AcvTextEncoding encoding : AcvLegacyEncoding::legacyEncodings() )
    scores.append( score( bytes, encoding ) );
  sortBest( scores );
  // Back from the candidates to the caller's samples.
  for ( AcvEncodingScore &s : scores )
    s.firstInvalidSample = s.firstInvalidSample < 0 ? -1 : origins.at( s.firstInvalidSample );
  decision.scores = scores;

  const auto asIs = std::find_if( scores.cbegin(), scores.cend(), []( const AcvEncodingScore &s )
                                  { return s.encoding == AcvTextEncoding::Utf8; } );
  const auto bestLegacy = std::find_if( scores.cbegin(), scores.cend(), []( const AcvEncodingScore &s )
                                        { return s.encoding != AcvTextEncoding::Utf8; } );
  // Text that reads as Vietnamese as it is, or reads as Vietnamese no way at all, stays.
  if ( asIs->ratio() >= kPlausible || bestLegacy->ratio() < kPlausible )
    return decision;
  if ( scores.at( 0 ).encoding != AcvTextEncoding::Utf8 && isCertain( scores ) )
  {
    decision.verdict = AcvLegacyDecision::Verdict::Decode;
    decision.encoding = scores.at( 0 ).encoding;
    return decision;
  }
  QVector<AcvEncodingScore> legacyFirst = scores;
  std::stable_partition( legacyFirst.begin(), legacyFirst.end(), []( const AcvEncodingScore &s )
                         { return s.encoding != AcvTextEncoding::Utf8; } );
  AcvLegacyDecision refused = unsure( legacyFirst );
  refused.scores = scores;
  return refused;
}

QString AcvLegacyDecision::evidence() const
{
  if ( scores.isEmpty() )
    return QString();
  const AcvEncodingScore *chosen = &scores.at( 0 );
  for ( const AcvEncodingScore &s : scores )
  {
    if ( s.encoding == encoding )
      chosen = &s;
  }
  QStringList others;
  for ( const AcvEncodingScore &s : scores )
  {
    if ( &s == chosen )
      continue;
    const QString name = s.encoding == AcvTextEncoding::Utf8 ? QCoreApplication::translate( "AcvLegacyDecision", "as it is" ) : AcvLegacyEncoding::description( s.encoding ).section( QLatin1Char( ' ' ), 0, 0 );
    others.append( QCoreApplication::translate( "AcvLegacyDecision", "%1: %2 of %3" ).arg( name ).arg( s.valid ).arg( s.words ) );
  }
  return QCoreApplication::translate( "AcvLegacyDecision", "%1 of %2 words with Vietnamese letters read as Vietnamese syllables (%3)" )
      .arg( chosen->valid )
      .arg( chosen->words )
      .arg( others.join( QLatin1String( ", " ) ) );
}
