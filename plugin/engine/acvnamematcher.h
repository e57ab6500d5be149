/***************************************************************************
  acvnamematcher.h - pairs boundary features with statistics rows
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVNAMEMATCHER_H
#define ACVNAMEMATCHER_H

#include "acvnamenormalizer.h"

#include "acvprogress.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

//! How a pair was made; written to the join report as "how".
enum class AcvMatchMethod
{
  Mapping,              //!< the analyst's mapping file said so ("mapping")
  Code,                 //!< equal codes, compared as text ("code")
  Exact,                //!< identical text ("exact")
  Normalized,           //!< equal toneKey with compatible types ("normalized")
  DiacriticInsensitive, //!< equal foldKey, unique on both sides ("diacritics-insensitive")
};

QString acvMatchMethodName( AcvMatchMethod method );

struct AcvMatch
{
  int boundaryIndex = -1;
  int statisticsIndex = -1;
  AcvMatchMethod method = AcvMatchMethod::Exact;
};

//! Up to three boundaries whose names are close to an unmatched statistics row. Never applied.
struct AcvSuggestion
{
  int statisticsIndex = -1;
  QVector<int> boundaryIndices; //!< best first
  QVector<double> scores;       //!< similarity in 0..1, same order
};

//! Keys that could not be paired because they are not unique.
struct AcvAmbiguity
{
  enum class Kind
  {
    DuplicateStatistics, //!< several statistics rows denote the same locality
    DuplicateBoundary,   //!< several boundaries carry the same key
    Ambiguous,           //!< one statistics row fits several boundaries (or the reverse)
  };
  Kind kind = Kind::Ambiguous;
  QVector<int> boundaryIndices;
  QVector<int> statisticsIndices;
  QString key; //!< the normalized key they share
};

/**
 * The unit each row belongs to on both sides (a commune's district, a district's province): two
 * communes of one name in different districts are two localities, not a duplicate.
 */
struct AcvParentKeys
{
  QStringList boundary;   //!< per boundary, as written; empty when unknown
  QStringList statistics; //!< per statistics row, as written; empty when unknown
  bool isSet() const { return !boundary.isEmpty() && !statistics.isEmpty(); }
};

//! How the parents of the two sides were paired, before the rows themselves.
struct AcvParentPairing
{
  QStringList boundaryParents;   //!< the distinct boundary parents, in order of first feature
  QStringList statisticsParents; //!< the distinct statistics parents, in order of first row
  QVector<int> boundaryParentOf; //!< per statistics parent, the boundary parent it is, or -1
  QVector<int> boundaryGroup;    //!< per boundary, its index in boundaryParents, or -1
  QVector<int> statisticsGroup;  //!< per statistics row, the boundary parent index of its parent, or -1
  bool isSet() const { return !boundaryParents.isEmpty() || !statisticsParents.isEmpty(); }
};

struct AcvMatchResult
{
  QVector<AcvMatch> matches;          //!< in statistics order
  QVector<int> unmatchedBoundaries;   //!< ascending
  QVector<int> unmatchedStatistics;   //!< ascending
  QVector<AcvSuggestion> suggestions; //!< one per unmatched statistics row that has any
  QVector<AcvAmbiguity> ambiguities;
  QStringList mappingErrors; //!< mapping entries not applied: unknown or ambiguous name or key, or already mapped
  AcvParentPairing parents;  //!< set when the match was told the rows' parents
};

/**
 * Pairs boundaries with statistics rows, each side at most once.
 *
 * Order of passes: the mapping (statistics name -> boundary key, both compared verbatim, then
 * in Name mode after normalization: equal toneKey, compatible type, the equal type preferred),
 * then codes (KeyMode::Code: trimmed text, "064" is not "64") or names (KeyMode::Name): exact
 * text, then equal toneKey with compatible admin types (a row fitting several prefers the one
 * written with the same type), then equal foldKey (or untypedFoldKey) where the pairing is unique
 * among the still unmatched rows on both sides.
 *
 * Before the code or name passes, rows that share a key with a row of their own side (toneKey
 * and type, or code) are reported as DuplicateStatistics / DuplicateBoundary and set aside with
 * the rows of the other side they fit: none of them is paired. A row that fits several rows of
 * the other side is reported as Ambiguous and never guessed. Hash maps throughout, so 100 000
 * localities match in about linear time.
 *
 * With parents (AcvParentKeys), the parents are paired first (pairParents()) and every pass
 * compares rows of the same parent only: a name repeated in two districts is two localities.
 * Rows whose parent is empty or pairs with no boundary parent are matched afterwards on the name
 * alone, against the boundaries still open, and only where that is unique.
 *
 * Suggestions: for each unmatched statistics row, up to three unmatched boundaries with a
 * similarity of at least 0.6, best first (ties by boundary index). Candidates come from a
 * trigram index over the foldKeys of the unmatched boundaries, read rarest trigrams first up to
 * a fixed budget per row, so dissimilar pairs are never compared and the cost stays linear; being
 * a heuristic, it may miss a far-fetched candidate among very many alike names.
 */
class AcvNameMatcher
{
public:
  enum class KeyMode
  {
    Name,
    Code,
  };

  //! \a mapping: statistics name as written -> boundary key as written.
  static AcvMatchResult match( const QStringList &boundaryKeys, const QStringList &statisticsKeys,
                               KeyMode mode = KeyMode::Name,
                               const QHash<QString, QString> &mapping = QHash<QString, QString>() );

  //! Every key normalized, for a side matched more than once (the key field's detection).
  static QVector<AcvNormalizedName> normalizeAll( const QStringList &keys );

  /**
   * As match(), with the statistics side normalized beforehand (normalizeAll() of
   * \a statisticsKeys) and, when \a withSuggestions is false, no suggestions: detecting the key
   * field matches a sample of each field, where nearly every statistics row stays unmatched and
   * suggestions would cost more than the match.
   */
  static AcvMatchResult match( const QStringList &boundaryKeys, const QStringList &statisticsKeys, const QVector<AcvNormalizedName> &statisticsNames,
                               KeyMode mode, const QHash<QString, QString> &mapping, bool withSuggestions, const AcvProgress *progress = nullptr,
                               const AcvParentKeys &parents = AcvParentKeys() );

  /**
   * The distinct parents of both sides, paired by name as localities are (same normalization,
   * never guessed), and each row's group: the boundary parent its own parent is.
   */
  static AcvParentPairing pairParents( const AcvParentKeys &parents );

  //! Similarity of two names in 0..1 (1 - normalized Levenshtein distance of their foldKeys).
  static double similarity( const QString &a, const QString &b );
};

#endif // ACVNAMEMATCHER_H
