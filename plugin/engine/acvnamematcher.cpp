/***************************************************************************
  acvnamematcher.cpp - pairs boundary features with statistics rows
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvnamematcher.h"
#include "acvworkerthread.h"

#include "acvnamenormalizer.h"

#include <QMultiHash>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <utility>
#include <vector>

QString acvMatchMethodName( AcvMatchMethod method )
{
  switch ( method )
  {
    case AcvMatchMethod::Mapping:
      return QStringLiteral( "mapping" );
    case AcvMatchMethod::Code:
      return QStringLiteral( "code" );
    case AcvMatchMethod::Exact:
      return QStringLiteral( "exact" );
    case AcvMatchMethod::Normalized:
      return QStringLiteral( "normalized" );
    case AcvMatchMethod::DiacriticInsensitive:
      return QStringLiteral( "diacritics-insensitive" );
  }
  return QString();
}

namespace
{

//! Suggestions below this similarity are noise: "ia ka" and "ia le" (0.6) are still shown.
constexpr double kMinimumSimilarity = 0.6;
constexpr int kMaximumSuggestions = 3;
//! Boundaries sharing the most trigrams with a row that get a Levenshtein comparison.
constexpr int kSuggestionCandidates = 24;
//! Boundaries whose exact trigram overlap is computed, chosen by the counts the budget allowed
//! (ties in the order the postings were read, which is deterministic).
constexpr int kPreselected = 256;
//! Trigram postings read per row; rarest trigrams first, so common ones ("nh ") cost nothing.
constexpr size_t kPostingBudget = 2000;

//! A key one row offers to a pass, with the administrative type it was written with.
struct AcvKey
{
  QString text;
  AcvAdminType type = AcvAdminType::None;
};

//! The keys of a row: at most two (a foldKey and an untypedFoldKey), held without allocating.
struct AcvKeys
{
  AcvKey keys[2];
  int count = 0;

  const AcvKey *begin() const { return keys; }
  const AcvKey *end() const { return keys + count; }
  void append( const QString &text, AcvAdminType type ) { keys[count++] = { text, type }; }
};

//! A plain function: a pass asks it for the keys of every row of both sides.
using AcvKeysOf = AcvKeys ( * )( const AcvNormalizedName &name, const QString &trimmed );

enum class AcvTieBreak
{
  None,      //!< several candidates: unmatched
  EqualType, //!< several candidates: the one written with the same type, if only one is
};

enum class AcvSide
{
  Boundary,
  Statistics,
};

//! One side of the join: its names and who each is paired with.
struct AcvRows
{
  QStringList trimmed;
  QVector<AcvNormalizedName> names;
  QVector<int> partner;   //!< index on the other side, -1 while unmatched
  QVector<bool> setAside; //!< duplicate or ambiguous: left out of the later passes

  AcvRows( const QStringList &keys, const QVector<AcvNormalizedName> &normalized )
    : names( normalized )
    , partner( keys.size(), -1 )
    , setAside( keys.size(), false )
  {
    trimmed.reserve( keys.size() );
    for ( const QString &key : keys )
      trimmed << key.trimmed();
  }

  explicit AcvRows( const QStringList &keys )
    : partner( keys.size(), -1 )
    , setAside( keys.size(), false )
  {
    trimmed.reserve( keys.size() );
    for ( const QString &key : keys )
      trimmed << key.trimmed();
    names = AcvNameMatcher::normalizeAll( keys );
  }

  int size() const { return names.size(); }
  bool isOpen( int i ) const { return partner.at( i ) < 0 && !setAside.at( i ); }

  //! The row's text and name as written, without the group prefix of groupBy().
  const QString &plainText( int i ) const { return plainTrimmed.isEmpty() ? trimmed.at( i ) : plainTrimmed.at( i ); }
  const AcvNormalizedName &plainName( int i ) const { return plainNames.isEmpty() ? names.at( i ) : plainNames.at( i ); }

  /**
   * Prefixes every key of a row with its group (its parent), so that every pass pairs rows of one
   * group only; a row of no group (-1) gets a prefix of its own and pairs with nothing.
   */
  void groupBy( const QVector<int> &groups )
  {
    plainTrimmed = trimmed;
    plainNames = names;
    for ( int i = 0; i < size(); ++i )
    {
      const QString token = ( groups.at( i ) >= 0 ? QString::number( groups.at( i ) ) : QStringLiteral( "?%1" ).arg( i ) ) + kGroupSeparator;
      if ( !trimmed.at( i ).isEmpty() )
        trimmed[i].prepend( token );
      AcvNormalizedName &name = names[i];
      if ( name.isEmpty() )
        continue;
      name.toneKey.prepend( token );
      name.foldKey.prepend( token );
      if ( !name.untypedFoldKey.isEmpty() )
        name.untypedFoldKey.prepend( token );
    }
  }

  //! A key without its group prefix.
  static QString withoutGroup( const QString &key )
  {
    const int separator = key.indexOf( kGroupSeparator );
    return separator < 0 ? key : key.mid( separator + 1 );
  }

  static constexpr QChar kGroupSeparator = QChar( 0x1F );

private:
  QStringList plainTrimmed;
  QVector<AcvNormalizedName> plainNames;
};

int levenshtein( const QString &a, const QString &b )
{
  // Raw arrays: this runs for every suggestion candidate, also in debug builds.
  const QChar *x = a.constData();
  const QChar *y = b.constData();
  const int columns = b.size();
  std::vector<int> rows( 2 * ( columns + 1 ) );
  int *previous = rows.data();
  int *current = previous + columns + 1;
  for ( int j = 0; j <= columns; ++j )
    previous[j] = j;
  for ( int i = 1; i <= a.size(); ++i )
  {
    current[0] = i;
    for ( int j = 1; j <= columns; ++j )
    {
      const int substitution = previous[j - 1] + ( x[i - 1] == y[j - 1] ? 0 : 1 );
      const int insertion = current[j - 1] + 1;
      const int deletion = previous[j] + 1;
      current[j] = std::min( substitution, std::min( insertion, deletion ) );
    }
    std::swap( previous, current );
  }
  return previous[columns];
}

double foldSimilarity( const QString &a, const QString &b )
{
  const int length = std::max( a.size(), b.size() );
  if ( length == 0 )
    return 1.0;
  return 1.0 - static_cast<double>( levenshtein( a, b ) ) / length;
}

QVector<quint64> trigramsOf( const QString &fold )
{
  const QString padded = QLatin1Char( ' ' ) + fold + QLatin1Char( ' ' );
  QVector<quint64> grams;
  for ( int i = 0; i + 2 < padded.size(); ++i )
    grams << ( quint64( padded.at( i ).unicode() ) << 32 | quint64( padded.at( i + 1 ).unicode() ) << 16 | padded.at( i + 2 ).unicode() );
  std::sort( grams.begin(), grams.end() );
  grams.erase( std::unique( grams.begin(), grams.end() ), grams.end() );
  return grams;
}

QVector<int> sortedUnique( QVector<int> indices )
{
  std::sort( indices.begin(), indices.end() );
  indices.erase( std::unique( indices.begin(), indices.end() ), indices.end() );
  return indices;
}

/**
 * Groups the rows of one side by a key, keys in order of their first row. A group's rows are
 * linked through one vector rather than held in a vector of their own: nearly every key has a
 * single row, and a hash of vectors allocated twice per key.
 */
class AcvGroups
{
public:
  //! Adds \a row to the group of \a key; rows come in ascending order.
  void add( const QString &key, int row )
  {
    if ( static_cast<int>( mNext.size() ) <= row )
      mNext.resize( static_cast<size_t>( row ) + 1, -1 );
    const auto it = mGroups.find( key );
    if ( it == mGroups.end() )
    {
      mGroups.insert( key, { row, row, 1 } );
      mOrder << key;
      return;
    }
    mNext[static_cast<size_t>( it->last )] = row;
    it->last = row;
    ++it->count;
  }

  int count( const QString &key ) const { return mGroups.value( key ).count; }

  //! The rows of \a key, ascending.
  QVector<int> rows( const QString &key ) const
  {
    QVector<int> result;
    const auto it = mGroups.constFind( key );
    if ( it == mGroups.constEnd() )
      return result;
    result.reserve( it->count );
    for ( int row = it->first; row >= 0; row = mNext[static_cast<size_t>( row )] )
      result << row;
    return result;
  }

  const QStringList &order() const { return mOrder; }

private:
  struct Group
  {
    int first = -1;
    int last = -1;
    int count = 0;
  };
  QHash<QString, Group> mGroups;
  std::vector<int> mNext; //!< per row, the next row of its group, -1 after the last
  QStringList mOrder;
};

//! The rows of one side by written text and by toneKey, to resolve mapping entries.
struct AcvMappingIndex
{
  AcvGroups byText;
  AcvGroups byToneKey;

  explicit AcvMappingIndex( const AcvRows &rows )
  {
    for ( int i = 0; i < rows.size(); ++i )
    {
      byText.add( rows.plainText( i ), i );
      byToneKey.add( rows.plainName( i ).toneKey, i );
    }
  }
};

//! Union-find over rows of both sides (boundaries after statistics), to report ambiguities once.
class AcvComponents
{
public:
  int find( int node )
  {
    int root = node;
    for ( auto it = mParent.constFind( root ); it != mParent.constEnd() && it.value() != root; it = mParent.constFind( root ) )
      root = it.value();
    // Path compression keeps later lookups short; iterative, so long chains cannot overflow the stack.
    while ( node != root )
    {
      const int next = mParent.value( node, root );
      mParent[node] = root;
      node = next;
    }
    return root;
  }

  void join( int a, int b )
  {
    const int rootA = find( a );
    const int rootB = find( b );
    if ( rootA != rootB )
      mParent[std::max( rootA, rootB )] = std::min( rootA, rootB );
  }

private:
  QHash<int, int> mParent;
};

/**
 * Trigrams of the foldKeys of the unmatched boundaries, to find the few boundaries worth a
 * Levenshtein comparison with a name.
 */
class AcvTrigramIndex
{
public:
  void add( int boundary, const QString &fold )
  {
    const QVector<quint64> grams = trigramsOf( fold );
    const int position = static_cast<int>( mBoundaries.size() );
    for ( const quint64 gram : grams )
    {
      mPostings[gram].push_back( position );
      mGrams.push_back( gram );
    }
    mGramEnd.push_back( static_cast<int>( mGrams.size() ) );
    mBoundaries.push_back( boundary );
    mShared.push_back( 0 );
  }

  bool isEmpty() const { return mBoundaries.empty(); }

  //! Boundaries alike \a fold, most trigrams in common first, at most kSuggestionCandidates.
  std::vector<int> candidates( const QString &fold )
  {
    const QVector<quint64> grams = trigramsOf( fold );
    countShared( grams );
    // Partial counts preselect; the exact trigram overlap ranks the preselected.
    std::vector<std::pair<double, int>> ranked; // -Jaccard, position: ascending is best first
    for ( const int position : preselect() )
      ranked.emplace_back( -jaccard( grams, position ), position );
    const size_t keep = std::min<size_t>( kSuggestionCandidates, ranked.size() );
    std::partial_sort( ranked.begin(), ranked.begin() + keep, ranked.end() );
    std::vector<int> boundaries;
    for ( size_t i = 0; i < keep; ++i )
      boundaries.push_back( mBoundaries[ranked[i].second] );
    return boundaries;
  }

private:
  //! Counts trigrams shared with each boundary, reading the rarest trigrams' postings first.
  void countShared( const QVector<quint64> &grams )
  {
    std::vector<const std::vector<int> *> lists;
    for ( const quint64 gram : grams )
    {
      const auto it = mPostings.constFind( gram );
      if ( it != mPostings.constEnd() )
        lists.push_back( &it.value() );
    }
    std::stable_sort( lists.begin(), lists.end(), []( const std::vector<int> *a, const std::vector<int> *b )
                      { return a->size() < b->size(); } );
    // Raw pointers in the loops that run for every posting: debug builds stay usable.
    int *shared = mShared.data();
    size_t read = 0;
    int mostShared = 0;
    for ( const std::vector<int> *list : lists )
    {
      if ( read >= kPostingBudget )
        break;
      for ( const int *position = list->data(), *end = position + list->size(); position != end; ++position )
      {
        const int count = ++shared[*position];
        if ( count == 1 )
          mTouched.push_back( *position );
        else if ( count > mostShared )
          mostShared = count;
      }
      read += list->size();
    }
    mMostShared = std::max( mostShared, mTouched.empty() ? 0 : 1 );
  }

  //! The counted boundaries with the highest counts (by counting, not sorting); resets the counts.
  std::vector<int> preselect()
  {
    int *shared = mShared.data();
    const int *touched = mTouched.data();
    const int *touchedEnd = touched + mTouched.size();
    std::vector<int> rowsSharing( mMostShared + 1, 0 );
    for ( const int *position = touched; position != touchedEnd; ++position )
      ++rowsSharing[shared[*position]];
    int threshold = mMostShared;
    int above = 0;
    while ( threshold > 1 && above + rowsSharing[threshold] < kPreselected )
      above += rowsSharing[threshold--];

    std::vector<int> selected;
    for ( const int *position = touched; position != touchedEnd; ++position )
    {
      if ( shared[*position] > threshold )
        selected.push_back( *position );
    }
    for ( const int *position = touched; position != touchedEnd; ++position )
    {
      if ( shared[*position] == threshold && static_cast<int>( selected.size() ) < kPreselected )
        selected.push_back( *position );
      shared[*position] = 0;
    }
    mTouched.clear();
    return selected;
  }

  double jaccard( const QVector<quint64> &grams, int position ) const
  {
    const quint64 *other = mGrams.data() + ( position > 0 ? mGramEnd[position - 1] : 0 );
    const quint64 *otherEnd = mGrams.data() + mGramEnd[position];
    const int otherCount = static_cast<int>( otherEnd - other );
    int common = 0;
    for ( const quint64 *gram = grams.constData(), *end = gram + grams.size(); gram != end && other != otherEnd; )
    {
      if ( *gram == *other )
      {
        ++common;
        ++gram;
        ++other;
      }
      else if ( *gram < *other )
        ++gram;
      else
        ++other;
    }
    return static_cast<double>( common ) / ( grams.size() + otherCount - common );
  }

  std::vector<int> mBoundaries;               //!< position in the index -> boundary index
  std::vector<quint64> mGrams;                //!< the sorted trigrams of every boundary, one after another
  std::vector<int> mGramEnd;                  //!< position -> end of its trigrams in mGrams
  QHash<quint64, std::vector<int>> mPostings; //!< trigram -> positions, ascending
  std::vector<int> mShared;                   //!< per position, trigrams shared with the name being looked up
  std::vector<int> mTouched;                  //!< positions whose count is not zero
  int mMostShared = 0;
};

//! Who could pair with whom in one pass.
struct AcvCandidates
{
  QVector<QVector<int>> ofStatistics; //!< per statistics row, ascending boundary indices
  QVector<QVector<int>> ofBoundary;   //!< per boundary, ascending statistics indices
  QVector<int> statistics;            //!< rows with any candidate, ascending

  AcvCandidates( int boundaryCount, int statisticsCount )
    : ofStatistics( statisticsCount )
    , ofBoundary( boundaryCount )
  {
  }
};

class AcvMatchRun
{
public:
  AcvMatchRun( const QStringList &boundaryKeys, const QStringList &statisticsKeys, AcvNameMatcher::KeyMode mode )
    : mMode( mode )
    , mBoundaries( boundaryKeys )
    , mStatistics( statisticsKeys )
  {
  }

  AcvMatchRun( const QStringList &boundaryKeys, const QStringList &statisticsKeys, const QVector<AcvNormalizedName> &statisticsNames, AcvNameMatcher::KeyMode mode )
    : mMode( mode )
    , mBoundaries( boundaryKeys )
    , mStatistics( statisticsKeys, statisticsNames )
  {
  }

  AcvMatchRun( const QStringList &boundaryKeys, const QVector<AcvNormalizedName> &boundaryNames, const QStringList &statisticsKeys, const QVector<AcvNormalizedName> &statisticsNames, AcvNameMatcher::KeyMode mode )
    : mMode( mode )
    , mBoundaries( boundaryKeys, boundaryNames )
    , mStatistics( statisticsKeys, statisticsNames )
  {
  }

  //! Compares rows of the same group only (see AcvRows::groupBy()).
  void groupBy( const AcvParentPairing &parents )
  {
    mBoundaries.groupBy( parents.boundaryGroup );
    mStatistics.groupBy( parents.statisticsGroup );
    mGrouped = true;
  }

  //! The duplicate check and the code or name passes.
  void runPasses();
  //! Pairs the rows of no known group on their names alone, against the open boundaries.
  void matchUngrouped( const QVector<int> &statisticsGroup );

  void applyMapping( const QHash<QString, QString> &mapping );
  void setAsideDuplicates();
  void matchPass( const AcvKeysOf &keysOf, AcvMatchMethod method, AcvTieBreak tieBreak );
  void suggest( const AcvProgress *progress );
  AcvMatchResult finish();

private:
  int resolveMappingName( const QString &text, AcvSide side, const AcvMappingIndex &index, QString &error ) const;
  QString duplicateKey( const AcvRows &rows, int i ) const;
  bool fits( const AcvRows &rows, int i, const AcvRows &otherRows, int j ) const;
  const QString &lookupKey( const AcvRows &rows, int i ) const;
  bool repeatsAKey( const AcvRows &rows ) const;
  void reportDuplicates( AcvSide side, const AcvGroups &groups, QVector<int> &boundariesToSetAside, QVector<int> &statisticsToSetAside );
  void pair( int boundary, int statistics, AcvMatchMethod method );
  AcvCandidates candidatesOf( const AcvKeysOf &keysOf ) const;
  static int choose( const QVector<int> &candidates, AcvAdminType type, const AcvRows &otherRows, AcvTieBreak tieBreak );
  void setAsideUnresolved( const AcvCandidates &candidates, AcvTieBreak tieBreak );
  void reportUnresolved( const AcvCandidates &candidates, const AcvKeysOf &keysOf );

  AcvNameMatcher::KeyMode mMode;
  bool mGrouped = false;
  AcvRows mBoundaries;
  AcvRows mStatistics;
  QVector<AcvMatch> mMatches;
  AcvMatchResult mResult;
};

void AcvMatchRun::pair( int boundary, int statistics, AcvMatchMethod method )
{
  mBoundaries.partner[boundary] = statistics;
  mStatistics.partner[statistics] = boundary;
  AcvMatch match;
  match.boundaryIndex = boundary;
  match.statisticsIndex = statistics;
  match.method = method;
  mMatches << match;
}

/**
 * Finds the one row a mapping entry names: verbatim first, then (names only) by toneKey with a
 * compatible type, preferring the equal type. Returns -1 and explains why otherwise.
 */
int AcvMatchRun::resolveMappingName( const QString &text, AcvSide side, const AcvMappingIndex &index, QString &error ) const
{
  const AcvRows &rows = side == AcvSide::Boundary ? mBoundaries : mStatistics;
  const QString what = side == AcvSide::Boundary ? QStringLiteral( "boundary" ) : QStringLiteral( "statistics row" );
  const QString trimmed = text.trimmed();
  const QVector<int> verbatim = index.byText.rows( trimmed );
  if ( verbatim.size() == 1 )
    return verbatim.first();
  if ( verbatim.size() > 1 )
  {
    error = QStringLiteral( "%1 %2s are written \"%3\"" ).arg( verbatim.size() ).arg( what, trimmed );
    return -1;
  }

  // Codes are compared as text only: "064" is not "64".
  const AcvNormalizedName name = AcvNameNormalizer::normalize( text );
  if ( mMode == AcvNameMatcher::KeyMode::Name && !name.isEmpty() )
  {
    QVector<int> fitting;
    QVector<int> sameType;
    for ( const int i : index.byToneKey.rows( name.toneKey ) )
    {
      const AcvAdminType type = rows.plainName( i ).type;
      if ( !AcvNameNormalizer::typesCompatible( type, name.type ) )
        continue;
      fitting << i;
      if ( type == name.type )
        sameType << i;
    }
    if ( fitting.size() == 1 )
      return fitting.first();
    if ( sameType.size() == 1 )
      return sameType.first();
    if ( !fitting.isEmpty() )
    {
      error = QStringLiteral( "\"%1\" fits %2 %3s" ).arg( trimmed ).arg( fitting.size() ).arg( what );
      return -1;
    }
  }
  error = QStringLiteral( "no %1 is called \"%2\"" ).arg( what, trimmed );
  return -1;
}

void AcvMatchRun::applyMapping( const QHash<QString, QString> &mapping )
{
  // QHash order differs between runs; reports must not.
  QStringList names = mapping.keys();
  std::sort( names.begin(), names.end() );
  if ( names.isEmpty() )
    return;
  const AcvMappingIndex statisticsIndex( mStatistics );
  const AcvMappingIndex boundaryIndex( mBoundaries );
  QHash<int, QString> mappedBy; // boundary -> mapping name that took it
  for ( const QString &name : std::as_const( names ) )
  {
    const QString target = mapping.value( name );
    const QString entry = QStringLiteral( "mapping \"%1\" -> \"%2\": " ).arg( name, target );
    QString error;
    const int statistics = resolveMappingName( name, AcvSide::Statistics, statisticsIndex, error );
    const int boundary = statistics < 0 ? -1 : resolveMappingName( target, AcvSide::Boundary, boundaryIndex, error );
    if ( statistics < 0 || boundary < 0 )
    {
      mResult.mappingErrors << entry + error;
      continue;
    }
    if ( mStatistics.partner.at( statistics ) >= 0 )
    {
      mResult.mappingErrors << entry + QStringLiteral( "the statistics row is already mapped to \"%1\"" ).arg( mBoundaries.plainText( mStatistics.partner.at( statistics ) ) );
      continue;
    }
    if ( mBoundaries.partner.at( boundary ) >= 0 )
    {
      mResult.mappingErrors << entry + QStringLiteral( "the boundary is already mapped from \"%1\"" ).arg( mappedBy.value( boundary ) );
      continue;
    }
    mappedBy.insert( boundary, name );
    pair( boundary, statistics, AcvMatchMethod::Mapping );
  }
}

QString AcvMatchRun::duplicateKey( const AcvRows &rows, int i ) const
{
  if ( mMode == AcvNameMatcher::KeyMode::Code )
    return rows.trimmed.at( i );
  const AcvNormalizedName &name = rows.names.at( i );
  if ( name.isEmpty() )
    return QString();
  return name.toneKey + QChar( 0x1F ) + QString::number( static_cast<int>( name.type ) );
}

//! Whether row i could be the same locality as row j of the other side.
bool AcvMatchRun::fits( const AcvRows &rows, int i, const AcvRows &otherRows, int j ) const
{
  if ( mMode == AcvNameMatcher::KeyMode::Code )
    return rows.trimmed.at( i ) == otherRows.trimmed.at( j );
  return rows.names.at( i ).toneKey == otherRows.names.at( j ).toneKey && AcvNameNormalizer::typesCompatible( rows.names.at( i ).type, otherRows.names.at( j ).type );
}

//! The key a row is looked up by on the other side: its code, or its toneKey.
const QString &AcvMatchRun::lookupKey( const AcvRows &rows, int i ) const
{
  return mMode == AcvNameMatcher::KeyMode::Code ? rows.trimmed.at( i ) : rows.names.at( i ).toneKey;
}

/**
 * Whether two open rows of a side share a lookup key. Duplicates are rare: when a side repeats
 * no key (in Name mode the toneKey, which the duplicate key extends with the type), grouping it
 * would find nothing. Sorted hashes find a repeat without a hash node per row: key detection
 * checks the whole annex again for every field it samples.
 */
bool AcvMatchRun::repeatsAKey( const AcvRows &rows ) const
{
  std::vector<std::pair<uint, int>> hashes;
  hashes.reserve( static_cast<size_t>( rows.size() ) );
  for ( int i = 0; i < rows.size(); ++i )
  {
    if ( rows.isOpen( i ) && !lookupKey( rows, i ).isEmpty() )
      hashes.emplace_back( qHash( lookupKey( rows, i ) ), i );
  }
  std::sort( hashes.begin(), hashes.end() );
  for ( size_t run = 0, end = 0; run < hashes.size(); run = end )
  {
    for ( end = run + 1; end < hashes.size() && hashes[end].first == hashes[run].first; ++end )
    {
      for ( size_t earlier = run; earlier < end; ++earlier )
      {
        if ( lookupKey( rows, hashes[earlier].second ) == lookupKey( rows, hashes[end].second ) )
          return true;
      }
    }
  }
  return false;
}

void AcvMatchRun::reportDuplicates( AcvSide side, const AcvGroups &groups, QVector<int> &boundariesToSetAside, QVector<int> &statisticsToSetAside )
{
  const bool statisticsSide = side == AcvSide::Statistics;
  const AcvRows &rows = statisticsSide ? mStatistics : mBoundaries;
  const AcvRows &otherRows = statisticsSide ? mBoundaries : mStatistics;

  // Only the keys of duplicates are looked up on the other side: group just those rows of it,
  // not the whole side (the annex, when a sampled boundary field repeats its values).
  QSet<QString> wanted;
  for ( const QString &key : groups.order() )
  {
    if ( groups.count( key ) >= 2 )
      wanted.insert( lookupKey( rows, groups.rows( key ).first() ) );
  }
  AcvGroups otherByKey;
  for ( int j = 0; j < otherRows.size(); ++j )
  {
    if ( otherRows.isOpen( j ) && wanted.contains( lookupKey( otherRows, j ) ) )
      otherByKey.add( lookupKey( otherRows, j ), j );
  }

  for ( const QString &key : groups.order() )
  {
    if ( groups.count( key ) < 2 )
      continue;
    const QVector<int> duplicates = groups.rows( key );
    // The rows of the other side these duplicates would claim: pairing any of them would guess.
    QVector<int> claimed;
    const QString lookup = mMode == AcvNameMatcher::KeyMode::Code ? key : rows.names.at( duplicates.first() ).toneKey;
    for ( const int j : otherByKey.rows( lookup ) )
    {
      if ( fits( rows, duplicates.first(), otherRows, j ) )
        claimed << j;
    }
    AcvAmbiguity ambiguity;
    ambiguity.kind = statisticsSide ? AcvAmbiguity::Kind::DuplicateStatistics : AcvAmbiguity::Kind::DuplicateBoundary;
    ambiguity.key = lookup;
    ambiguity.statisticsIndices = statisticsSide ? duplicates : claimed;
    ambiguity.boundaryIndices = statisticsSide ? claimed : duplicates;
    mResult.ambiguities << ambiguity;
    boundariesToSetAside << ambiguity.boundaryIndices;
    statisticsToSetAside << ambiguity.statisticsIndices;
  }
}

void AcvMatchRun::setAsideDuplicates()
{
  const auto duplicateGroupsOf = [this]( const AcvRows &rows )
  {
    AcvGroups groups;
    for ( int i = 0; i < rows.size(); ++i )
    {
      if ( !rows.isOpen( i ) )
        continue;
      const QString key = duplicateKey( rows, i );
      if ( !key.isEmpty() )
        groups.add( key, i );
    }
    return groups;
  };

  const bool statisticsRepeat = repeatsAKey( mStatistics );
  const bool boundariesRepeat = repeatsAKey( mBoundaries );
  if ( !statisticsRepeat && !boundariesRepeat )
    return;

  QVector<int> boundariesToSetAside;
  QVector<int> statisticsToSetAside;
  if ( statisticsRepeat )
    reportDuplicates( AcvSide::Statistics, duplicateGroupsOf( mStatistics ), boundariesToSetAside, statisticsToSetAside );
  if ( boundariesRepeat )
    reportDuplicates( AcvSide::Boundary, duplicateGroupsOf( mBoundaries ), boundariesToSetAside, statisticsToSetAside );
  for ( const int b : std::as_const( boundariesToSetAside ) )
    mBoundaries.setAside[b] = true;
  for ( const int s : std::as_const( statisticsToSetAside ) )
    mStatistics.setAside[s] = true;
}

AcvCandidates AcvMatchRun::candidatesOf( const AcvKeysOf &keysOf ) const
{
  // A multi-hash: one node per boundary, where a hash of vectors allocated a vector per key.
  // The order of a key's boundaries does not matter: each row's candidates are sorted.
  QMultiHash<QString, std::pair<int, AcvAdminType>> boundariesByKey;
  boundariesByKey.reserve( mBoundaries.size() );
  for ( int b = 0; b < mBoundaries.size(); ++b )
  {
    if ( !mBoundaries.isOpen( b ) )
      continue;
    for ( const AcvKey &key : keysOf( mBoundaries.names.at( b ), mBoundaries.trimmed.at( b ) ) )
    {
      if ( !key.text.isEmpty() )
        boundariesByKey.insert( key.text, { b, key.type } );
    }
  }

  AcvCandidates candidates( mBoundaries.size(), mStatistics.size() );
  for ( int s = 0; s < mStatistics.size() && !boundariesByKey.isEmpty(); ++s )
  {
    if ( !mStatistics.isOpen( s ) )
      continue;
    QVector<int> &found = candidates.ofStatistics[s];
    for ( const AcvKey &key : keysOf( mStatistics.names.at( s ), mStatistics.trimmed.at( s ) ) )
    {
      if ( key.text.isEmpty() )
        continue;
      const auto range = boundariesByKey.equal_range( key.text );
      for ( auto it = range.first; it != range.second; ++it )
      {
        const std::pair<int, AcvAdminType> &boundary = *it;
        if ( AcvNameNormalizer::typesCompatible( key.type, boundary.second ) && !found.contains( boundary.first ) )
        {
          found << boundary.first;
          candidates.ofBoundary[boundary.first] << s;
        }
      }
    }
    if ( !found.isEmpty() )
    {
      std::sort( found.begin(), found.end() );
      candidates.statistics << s;
    }
  }
  return candidates;
}

/**
 * The one candidate a row can be paired with: the only one, or with the EqualType tie break the
 * only one written with the same type as \a type. -1 when there is none or no single one.
 */
int AcvMatchRun::choose( const QVector<int> &candidates, AcvAdminType type, const AcvRows &otherRows, AcvTieBreak tieBreak )
{
  if ( candidates.size() == 1 )
    return candidates.first();
  if ( tieBreak == AcvTieBreak::None )
    return -1;
  int chosen = -1;
  for ( const int c : candidates )
  {
    if ( otherRows.names.at( c ).type != type )
      continue;
    if ( chosen >= 0 )
      return -1;
    chosen = c;
  }
  return chosen;
}

/**
 * Pairs open rows whose keys are equal and types compatible, when the pairing is one-to-one
 * (after the optional tie break). Rows left with several candidates are reported and set aside.
 */
void AcvMatchRun::matchPass( const AcvKeysOf &keysOf, AcvMatchMethod method, AcvTieBreak tieBreak )
{
  const AcvCandidates candidates = candidatesOf( keysOf );
  for ( const int s : candidates.statistics )
  {
    const int b = choose( candidates.ofStatistics.at( s ), mStatistics.names.at( s ).type, mBoundaries, tieBreak );
    if ( b >= 0 && choose( candidates.ofBoundary.at( b ), mBoundaries.names.at( b ).type, mStatistics, tieBreak ) == s )
      pair( b, s, method );
  }
  setAsideUnresolved( candidates, tieBreak );
  reportUnresolved( candidates, keysOf );
}

// Rows that could not choose among several candidates stay out of the later, looser passes.
void AcvMatchRun::setAsideUnresolved( const AcvCandidates &candidates, AcvTieBreak tieBreak )
{
  for ( const int s : candidates.statistics )
  {
    if ( mStatistics.partner.at( s ) < 0 && choose( candidates.ofStatistics.at( s ), mStatistics.names.at( s ).type, mBoundaries, tieBreak ) < 0 )
      mStatistics.setAside[s] = true;
  }
  for ( int b = 0; b < mBoundaries.size(); ++b )
  {
    const QVector<int> &statistics = candidates.ofBoundary.at( b );
    if ( statistics.isEmpty() || mBoundaries.partner.at( b ) >= 0 )
      continue;
    // A boundary whose candidates all found better partners is merely unmatched.
    const bool contested = std::any_of( statistics.cbegin(), statistics.cend(), [this]( int s )
                                        { return mStatistics.partner.at( s ) < 0; } );
    if ( contested && choose( statistics, mBoundaries.names.at( b ).type, mStatistics, tieBreak ) < 0 )
      mBoundaries.setAside[b] = true;
  }
}

// Each unmatched statistics row that had candidates is reported with them, rows sharing
// candidates in one ambiguity.
void AcvMatchRun::reportUnresolved( const AcvCandidates &candidates, const AcvKeysOf &keysOf )
{
  AcvComponents components;
  QVector<int> unresolved;
  const int boundaryNode = mStatistics.size();
  for ( const int s : candidates.statistics )
  {
    if ( mStatistics.partner.at( s ) >= 0 )
      continue;
    unresolved << s;
    for ( const int b : candidates.ofStatistics.at( s ) )
      components.join( s, boundaryNode + b );
  }

  QHash<int, int> ambiguityOfRoot;
  const int firstNew = mResult.ambiguities.size();
  for ( const int s : std::as_const( unresolved ) )
  {
    const int root = components.find( s );
    auto it = ambiguityOfRoot.constFind( root );
    if ( it == ambiguityOfRoot.constEnd() )
    {
      AcvAmbiguity ambiguity;
      ambiguity.kind = AcvAmbiguity::Kind::Ambiguous;
      const AcvKeys keys = keysOf( mStatistics.names.at( s ), mStatistics.trimmed.at( s ) );
      ambiguity.key = keys.count > 0 ? keys.keys[0].text : QString();
      it = ambiguityOfRoot.insert( root, mResult.ambiguities.size() );
      mResult.ambiguities << ambiguity;
    }
    AcvAmbiguity &ambiguity = mResult.ambiguities[it.value()];
    ambiguity.statisticsIndices << s;
    ambiguity.boundaryIndices << candidates.ofStatistics.at( s );
  }
  for ( int i = firstNew; i < mResult.ambiguities.size(); ++i )
  {
    AcvAmbiguity &ambiguity = mResult.ambiguities[i];
    ambiguity.statisticsIndices = sortedUnique( ambiguity.statisticsIndices );
    ambiguity.boundaryIndices = sortedUnique( ambiguity.boundaryIndices );
  }
}

/**
 * For each unmatched statistics row, the closest unmatched boundaries. A trigram index picks
 * the candidates, so the cost grows with the rows, not with their product.
 */
void AcvMatchRun::suggest( const AcvProgress *progress )
{
  AcvTrigramIndex index;
  for ( int b = 0; b < mBoundaries.size(); ++b )
  {
    if ( mBoundaries.partner.at( b ) < 0 && !mBoundaries.plainName( b ).foldKey.isEmpty() )
      index.add( b, mBoundaries.plainName( b ).foldKey );
  }
  if ( index.isEmpty() )
    return;

  for ( int s = 0; s < mStatistics.size(); ++s )
  {
    const QString &fold = mStatistics.plainName( s ).foldKey;
    if ( mStatistics.partner.at( s ) >= 0 || fold.isEmpty() )
      continue;
    // Scoring an unmatched name against every boundary is matching's one slow loop.
    if ( AcvProgress::canceled( progress ) )
      return;

    QVector<std::pair<double, int>> scored; // similarity, boundary index
    for ( const int b : index.candidates( fold ) )
    {
      const QString &other = mBoundaries.plainName( b ).foldKey;
      // Levenshtein is at least the difference in length: skip what cannot reach the threshold.
      const int longest = std::max( fold.size(), other.size() );
      if ( std::abs( fold.size() - other.size() ) > ( 1.0 - kMinimumSimilarity ) * longest )
        continue;
      const double score = foldSimilarity( fold, other );
      if ( score >= kMinimumSimilarity )
        scored.append( { score, b } );
    }
    if ( scored.isEmpty() )
      continue;

    std::sort( scored.begin(), scored.end(), []( const std::pair<double, int> &a, const std::pair<double, int> &b )
               { return a.first != b.first ? a.first > b.first : a.second < b.second; } );
    AcvSuggestion suggestion;
    suggestion.statisticsIndex = s;
    for ( int i = 0; i < scored.size() && i < kMaximumSuggestions; ++i )
    {
      suggestion.boundaryIndices << scored.at( i ).second;
      suggestion.scores << scored.at( i ).first;
    }
    mResult.suggestions << suggestion;
  }
}

AcvMatchResult AcvMatchRun::finish()
{
  std::sort( mMatches.begin(), mMatches.end(), []( const AcvMatch &a, const AcvMatch &b )
             { return a.statisticsIndex < b.statisticsIndex; } );
  mResult.matches = mMatches;
  if ( mGrouped )
  {
    for ( AcvAmbiguity &ambiguity : mResult.ambiguities )
      ambiguity.key = AcvRows::withoutGroup( ambiguity.key );
  }
  for ( int b = 0; b < mBoundaries.size(); ++b )
  {
    if ( mBoundaries.partner.at( b ) < 0 )
      mResult.unmatchedBoundaries << b;
  }
  for ( int s = 0; s < mStatistics.size(); ++s )
  {
    if ( mStatistics.partner.at( s ) < 0 )
      mResult.unmatchedStatistics << s;
  }
  return mResult;
}

AcvKeys exactKeys( const AcvNormalizedName &name, const QString &trimmed )
{
  AcvKeys keys;
  if ( !name.isEmpty() )
    keys.append( trimmed, AcvAdminType::None );
  return keys;
}

AcvKeys codeKeys( const AcvNormalizedName &, const QString &trimmed )
{
  AcvKeys keys;
  keys.append( trimmed, AcvAdminType::None );
  return keys;
}

AcvKeys toneKeys( const AcvNormalizedName &name, const QString & )
{
  AcvKeys keys;
  keys.append( name.toneKey, name.type );
  return keys;
}

AcvKeys foldKeys( const AcvNormalizedName &name, const QString & )
{
  AcvKeys keys;
  keys.append( name.foldKey, name.type );
  if ( !name.untypedFoldKey.isEmpty() )
    keys.append( name.untypedFoldKey, AcvAdminType::None );
  return keys;
}

void AcvMatchRun::runPasses()
{
  setAsideDuplicates();
  if ( mMode == AcvNameMatcher::KeyMode::Code )
  {
    matchPass( codeKeys, AcvMatchMethod::Code, AcvTieBreak::None );
  }
  else
  {
    matchPass( exactKeys, AcvMatchMethod::Exact, AcvTieBreak::None );
    matchPass( toneKeys, AcvMatchMethod::Normalized, AcvTieBreak::EqualType );
    matchPass( foldKeys, AcvMatchMethod::DiacriticInsensitive, AcvTieBreak::None );
  }
}

void AcvMatchRun::matchUngrouped( const QVector<int> &statisticsGroup )
{
  QVector<int> statistics;
  for ( int s = 0; s < mStatistics.size(); ++s )
  {
    if ( statisticsGroup.at( s ) < 0 && mStatistics.isOpen( s ) )
      statistics << s;
  }
  if ( statistics.isEmpty() )
    return;
  QVector<int> boundaries;
  for ( int b = 0; b < mBoundaries.size(); ++b )
  {
    if ( mBoundaries.isOpen( b ) )
      boundaries << b;
  }
  QStringList boundaryKeys;
  QVector<AcvNormalizedName> boundaryNames;
  for ( const int b : std::as_const( boundaries ) )
  {
    boundaryKeys << mBoundaries.plainText( b );
    boundaryNames << mBoundaries.plainName( b );
  }
  QStringList statisticsKeys;
  QVector<AcvNormalizedName> statisticsNames;
  for ( const int s : std::as_const( statistics ) )
  {
    statisticsKeys << mStatistics.plainText( s );
    statisticsNames << mStatistics.plainName( s );
  }
  AcvMatchRun inner( boundaryKeys, boundaryNames, statisticsKeys, statisticsNames, mMode );
  inner.runPasses();
  for ( const AcvMatch &match : std::as_const( inner.mMatches ) )
    pair( boundaries.at( match.boundaryIndex ), statistics.at( match.statisticsIndex ), match.method );
  for ( AcvAmbiguity ambiguity : std::as_const( inner.mResult.ambiguities ) )
  {
    for ( int &b : ambiguity.boundaryIndices )
      b = boundaries.at( b );
    for ( int &s : ambiguity.statisticsIndices )
      s = statistics.at( s );
    mResult.ambiguities << ambiguity;
  }
  for ( int b = 0; b < boundaries.size(); ++b )
  {
    if ( inner.mBoundaries.setAside.at( b ) )
      mBoundaries.setAside[boundaries.at( b )] = true;
  }
  for ( int s = 0; s < statistics.size(); ++s )
  {
    if ( inner.mStatistics.setAside.at( s ) )
      mStatistics.setAside[statistics.at( s )] = true;
  }
}

} // namespace

AcvMatchResult AcvNameMatcher::match( const QStringList &boundaryKeys, const QStringList &statisticsKeys, KeyMode mode,
                                      const QHash<QString, QString> &mapping )
{
  return match( boundaryKeys, statisticsKeys, normalizeAll( statisticsKeys ), mode, mapping, true );
}

QVector<AcvNormalizedName> AcvNameMatcher::normalizeAll( const QStringList &keys )
{
  // Names normalize independently (the normalizer only reads its tables), so a national table
  // is shared between two threads: a sixth of a second saved at 100 000 communes.
  constexpr int kParallelFrom = 8192;
  const int count = static_cast<int>( keys.size() );
  QVector<AcvNormalizedName> names( count );
  AcvNormalizedName *out = names.data();
  auto normalizeRange = [&keys, out]( int from, int to )
  {
    for ( int i = from; i < to; ++i )
      out[i] = AcvNameNormalizer::normalize( keys.at( i ) );
  };
  AcvWorkerThread::splitInTwo( count, kParallelFrom, normalizeRange );
  return names;
}

AcvMatchResult AcvNameMatcher::match( const QStringList &boundaryKeys, const QStringList &statisticsKeys, const QVector<AcvNormalizedName> &statisticsNames,
                                      KeyMode mode, const QHash<QString, QString> &mapping, bool withSuggestions, const AcvProgress *progress,
                                      const AcvParentKeys &parents )
{
  Q_ASSERT( statisticsNames.size() == statisticsKeys.size() );
  Q_ASSERT( !parents.isSet() || ( parents.boundary.size() == boundaryKeys.size() && parents.statistics.size() == statisticsKeys.size() ) );
  AcvMatchRun run( boundaryKeys, statisticsKeys, statisticsNames, mode );
  AcvParentPairing pairing;
  if ( parents.isSet() )
  {
    pairing = pairParents( parents );
    run.groupBy( pairing );
  }
  run.applyMapping( mapping );
  run.runPasses();
  if ( parents.isSet() )
    run.matchUngrouped( pairing.statisticsGroup );
  if ( withSuggestions )
    run.suggest( progress );
  AcvMatchResult result = run.finish();
  result.parents = pairing;
  return result;
}

AcvParentPairing AcvNameMatcher::pairParents( const AcvParentKeys &parents )
{
  AcvParentPairing pairing;
  // Distinct by normalized name, so "TP. Pleiku" and "Thành phố Pleiku" in one column are one parent.
  const auto distinct = []( const QStringList &values, QStringList &names, QVector<int> &indexOf )
  {
    QHash<QString, int> byKey;
    indexOf = QVector<int>( values.size(), -1 );
    for ( int i = 0; i < values.size(); ++i )
    {
      const QString trimmed = values.at( i ).trimmed();
      if ( trimmed.isEmpty() )
        continue;
      const AcvNormalizedName name = AcvNameNormalizer::normalize( trimmed );
      const QString key = name.isEmpty() ? trimmed : name.toneKey + QChar( 0x1F ) + QString::number( static_cast<int>( name.type ) );
      auto it = byKey.constFind( key );
      if ( it == byKey.constEnd() )
      {
        it = byKey.insert( key, names.size() );
        names << trimmed;
      }
      indexOf[i] = it.value();
    }
  };
  QVector<int> statisticsParentOfRow;
  distinct( parents.boundary, pairing.boundaryParents, pairing.boundaryGroup );
  distinct( parents.statistics, pairing.statisticsParents, statisticsParentOfRow );
  // Many to one, unlike localities: "H. Chư Prông", "Chư Prông" and "Chu Prong" in one annex are
  // three spellings of one district. Each is paired on its own, by the same keys as names: the
  // toneKey with a compatible type (the equal type preferred), else a unique foldKey.
  const QVector<AcvNormalizedName> boundaryNames = normalizeAll( pairing.boundaryParents );
  QMultiHash<QString, int> byToneKey;
  QMultiHash<QString, int> byFoldKey;
  for ( int b = 0; b < boundaryNames.size(); ++b )
  {
    byToneKey.insert( boundaryNames.at( b ).toneKey, b );
    byFoldKey.insert( boundaryNames.at( b ).foldKey, b );
    if ( !boundaryNames.at( b ).untypedFoldKey.isEmpty() )
      byFoldKey.insert( boundaryNames.at( b ).untypedFoldKey, b );
  }
  const auto only = [&boundaryNames]( const QList<int> &candidates, const AcvNormalizedName &name, bool preferEqualType )
  {
    QSet<int> fitting;
    QSet<int> sameType;
    for ( const int b : candidates )
    {
      if ( !AcvNameNormalizer::typesCompatible( boundaryNames.at( b ).type, name.type ) )
        continue;
      fitting.insert( b );
      if ( boundaryNames.at( b ).type == name.type )
        sameType.insert( b );
    }
    if ( fitting.size() == 1 )
      return *fitting.cbegin();
    return preferEqualType && sameType.size() == 1 ? *sameType.cbegin() : -1;
  };
  pairing.boundaryParentOf = QVector<int>( pairing.statisticsParents.size(), -1 );
  for ( int p = 0; p < pairing.statisticsParents.size(); ++p )
  {
    const AcvNormalizedName name = AcvNameNormalizer::normalize( pairing.statisticsParents.at( p ) );
    if ( name.isEmpty() )
      continue;
    int b = only( byToneKey.values( name.toneKey ), name, true );
    if ( b < 0 && byToneKey.values( name.toneKey ).isEmpty() )
    {
      QList<int> folded = byFoldKey.values( name.foldKey );
      if ( !name.untypedFoldKey.isEmpty() )
        folded += byFoldKey.values( name.untypedFoldKey );
      b = only( folded, name, false );
    }
    pairing.boundaryParentOf[p] = b;
  }
  pairing.statisticsGroup = QVector<int>( parents.statistics.size(), -1 );
  for ( int i = 0; i < statisticsParentOfRow.size(); ++i )
  {
    if ( statisticsParentOfRow.at( i ) >= 0 )
      pairing.statisticsGroup[i] = pairing.boundaryParentOf.at( statisticsParentOfRow.at( i ) );
  }
  return pairing;
}

double AcvNameMatcher::similarity( const QString &a, const QString &b )
{
  return foldSimilarity( AcvNameNormalizer::normalize( a ).foldKey, AcvNameNormalizer::normalize( b ).foldKey );
}
