/***************************************************************************
  acvcrosswalk.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcrosswalk.h"

#include "acvcolumndetector.h"
#include "acvnamenormalizer.h"
#include "acvnumberparser.h"
#include "acvstatisticstable.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <cmath>
#include <vector>

namespace
{
enum class Side
{
  None,
  Old,
  New,
};

enum class Kind
{
  None,
  Code,
  Name,
  Link,
  Share,
};

//! Tiers from the lowest; Unit is a header that names no tier ("old_code"), taken as the unit itself.
enum class Tier
{
  Unit = 0,
  Commune = 1,
  District = 2,
  Province = 3,
};

struct HeaderReading
{
  Side side = Side::None;
  Kind kind = Kind::None;
  Tier tier = Tier::Unit;
};

bool hasAny( const QStringList &words, std::initializer_list<const char *> wanted )
{
  for ( const char *w : wanted )
  {
    if ( words.contains( QLatin1String( w ) ) )
      return true;
  }
  return false;
}

bool hasPair( const QStringList &words, const char *first, const char *second )
{
  for ( int i = 0; i + 1 < words.size(); ++i )
  {
    if ( words.at( i ) == QLatin1String( first ) && words.at( i + 1 ) == QLatin1String( second ) )
      return true;
  }
  return false;
}

HeaderReading readHeader( const QString &header )
{
  HeaderReading reading;
  const QStringList words = AcvColumnDetector::foldHeader( header ).replace( QLatin1Char( '_' ), QLatin1Char( ' ' ) ).split( QLatin1Char( ' ' ), Qt::SkipEmptyParts );
  if ( words.isEmpty() )
    return reading;
  if ( hasAny( words, { "share", "weight", "fraction", "proportion", "percent" } ) || hasPair( words, "ty", "le" ) || hasPair( words, "he", "so" ) || hasPair( words, "phan", "tram" ) )
  {
    reading.kind = Kind::Share;
    return reading;
  }
  const bool old = hasAny( words, { "old", "cu", "truoc", "before", "from", "source" } );
  const bool neu = hasAny( words, { "new", "moi", "sau", "after", "to", "target" } );
  if ( old == neu )
  {
    // Neither side or both: only the link kind may have no side.
    if ( hasAny( words, { "link", "kind", "loai", "type" } ) || hasPair( words, "hinh", "thuc" ) )
      reading.kind = Kind::Link;
    return reading;
  }
  reading.side = old ? Side::Old : Side::New;
  if ( hasAny( words, { "tinh", "province", "provinces" } ) )
    reading.tier = Tier::Province;
  else if ( hasAny( words, { "huyen", "district", "districts", "quan" } ) )
    reading.tier = Tier::District;
  else if ( hasAny( words, { "xa", "commune", "communes", "ward", "wards", "phuong" } ) )
    reading.tier = Tier::Commune;
  if ( hasAny( words, { "code", "ma", "id", "gso" } ) )
    reading.kind = Kind::Code;
  else if ( hasAny( words, { "name", "ten" } ) || reading.tier != Tier::Unit || hasAny( words, { "unit", "don", "vi" } ) )
    reading.kind = Kind::Name;
  else if ( hasAny( words, { "link", "kind", "loai", "type" } ) )
  {
    reading.kind = Kind::Link;
    reading.side = Side::None;
  }
  return reading;
}

QString unitIdentity( const QString &code, const QString &name, const QString &parent )
{
  if ( !code.isEmpty() )
    return QStringLiteral( "c\x1f" ) + code;
  const AcvNormalizedName n = AcvNameNormalizer::normalize( name );
  const AcvNormalizedName p = AcvNameNormalizer::normalize( parent );
  return QStringLiteral( "n\x1f%1\x1f%2\x1f%3" ).arg( n.toneKey, AcvNameNormalizer::typeName( n.type ), p.toneKey );
}

enum class LinkKind
{
  Unstated,
  Full,
  Partial,
  Unknown,
};

LinkKind readLink( const QString &cell )
{
  const QString folded = AcvColumnDetector::foldHeader( cell );
  if ( folded.isEmpty() )
    return LinkKind::Unstated;
  static const QStringList full = { QStringLiteral( "full" ), QStringLiteral( "whole" ), QStringLiteral( "all" ), QStringLiteral( "toan bo" ), QStringLiteral( "nguyen" ), QStringLiteral( "toan phan" ), QStringLiteral( "nguyen trang" ) };
  static const QStringList partial = { QStringLiteral( "partial" ), QStringLiteral( "part" ), QStringLiteral( "split" ), QStringLiteral( "mot phan" ), QStringLiteral( "tach" ), QStringLiteral( "chia tach" ) };
  if ( full.contains( folded ) )
    return LinkKind::Full;
  if ( partial.contains( folded ) )
    return LinkKind::Partial;
  return LinkKind::Unknown;
}

QString cellAt( const AcvRawTable &raw, int rowIndex, int column )
{
  if ( column < 0 || rowIndex < 0 || rowIndex >= raw.rows.size() )
    return QString();
  const QStringList &row = raw.rows.at( rowIndex );
  return column < row.size() ? row.at( column ).trimmed() : QString();
}
} // namespace

QString AcvCrosswalkUnit::label() const
{
  const QString own = name.isEmpty() ? code : name;
  return parent.isEmpty() ? own : QStringLiteral( "%1 (%2)" ).arg( own, parent );
}

QStringList AcvCrosswalk::roleNames()
{
  return { QStringLiteral( "old-code" ), QStringLiteral( "old-name" ), QStringLiteral( "old-parent" ), QStringLiteral( "new-code" ), QStringLiteral( "new-name" ), QStringLiteral( "link" ), QStringLiteral( "share" ) };
}

QString AcvCrosswalk::columnLabel( int column ) const
{
  return AcvStatisticsTable::columnLabel( mRaw, mHeaders, column );
}

QString AcvCrosswalk::cellReference( int row, int column ) const
{
  return AcvMessage{ AcvMessage::Level::Info, QString(), mRaw.path, mRaw.sheet, row, column >= 0 ? column + 1 : 0, column >= 0 ? columnLabel( column ) : QString() }.place();
}

bool AcvCrosswalk::load( const AcvCrosswalkOptions &options, QString &error )
{
  *this = AcvCrosswalk();
  for ( auto it = options.columns.cbegin(); it != options.columns.cend(); ++it )
  {
    if ( !roleNames().contains( it.key() ) )
    {
      error = QCoreApplication::translate( "AcvCrosswalk", "--crosswalk-column %1=%2: no such role; roles are %3" ).arg( it.key(), it.value(), roleNames().join( QLatin1String( ", " ) ) );
      return false;
    }
  }
  if ( !AcvTableReader::read( options.path, options.sheet, mRaw, error ) )
    return false;
  if ( !findHeader( error ) || !bindColumns( options, error ) )
    return false;
  fillMergedCells();
  const bool read = readLinks( error ) && checkSplits( error );
  // The units and links hold all that is needed from here on: the cells are a national crosswalk's megabytes.
  mRaw.rows = QVector<QStringList>();
  mRaw.kinds = QVector<QByteArray>();
  return read;
}

void AcvCrosswalk::fillMergedCells()
{
  // The rows a merged cell covers below its top, per column: the top holds the value.
  QHash<int, int> indexOfRow;
  for ( int i = 0; i < mRaw.rowNumbers.size(); ++i )
    indexOfRow.insert( mRaw.rowNumbers.at( i ), i );
  for ( const int column : { mNewCode, mNewName, mOldParent } )
  {
    if ( column < 0 )
      continue;
    for ( const AcvMergedCells &merged : std::as_const( mRaw.merges ) )
    {
      if ( merged.firstColumn > column || merged.lastColumn < column || !indexOfRow.contains( merged.firstRow ) )
        continue;
      const QString top = cellAt( mRaw, indexOfRow.value( merged.firstRow ), column );
      for ( int r = merged.firstRow + 1; r <= merged.lastRow; ++r )
      {
        const int i = indexOfRow.value( r, -1 );
        if ( i > mHeaderIndex && cellAt( mRaw, i, column ).isEmpty() && !top.isEmpty() )
        {
          QStringList &row = mRaw.rows[i];
          while ( row.size() <= column )
            row.append( QString() );
          row[column] = top;
          ++mMergedCells;
        }
      }
    }
    // A CSV saved from such a sheet keeps the value on the first row only: the rows below that
    // name an old unit take it, until a blank row.
    QString current;
    for ( int i = mHeaderIndex + 1; i < mRaw.rows.size(); ++i )
    {
      const QString oldUnit = cellAt( mRaw, i, mOldName ) + cellAt( mRaw, i, mOldCode );
      const QString written = cellAt( mRaw, i, column );
      if ( oldUnit.isEmpty() )
      {
        current = written;
        continue;
      }
      if ( !written.isEmpty() )
      {
        current = written;
        continue;
      }
      if ( current.isEmpty() )
        continue;
      QStringList &row = mRaw.rows[i];
      while ( row.size() <= column )
        row.append( QString() );
      row[column] = current;
      ++mFilledDownCells;
    }
  }
}

bool AcvCrosswalk::findHeader( QString &error )
{
  // The header is the first row naming a unit on both sides; title rows above it are skipped.
  for ( int i = 0; i < std::min( 30, static_cast<int>( mRaw.rows.size() ) ); ++i )
  {
    bool old = false;
    bool neu = false;
    for ( const QString &cell : mRaw.rows.at( i ) )
    {
      const HeaderReading reading = readHeader( cell );
      if ( reading.kind == Kind::Code || reading.kind == Kind::Name )
      {
        old = old || reading.side == Side::Old;
        neu = neu || reading.side == Side::New;
      }
    }
    if ( old && neu )
    {
      mHeaderIndex = i;
      for ( const QString &cell : mRaw.rows.at( i ) )
        mHeaders.append( cell.trimmed() );
      return true;
    }
  }
  // A header of unknown words may still be bound column by column.
  if ( !mRaw.rows.isEmpty() )
  {
    mHeaderIndex = 0;
    for ( const QString &cell : mRaw.rows.constFirst() )
      mHeaders.append( cell.trimmed() );
  }
  Q_UNUSED( error )
  return true;
}

bool AcvCrosswalk::bindColumns( const AcvCrosswalkOptions &options, QString &error )
{
  // Each side's unit is its lowest tier; the old side's next tier up is the unit's parent.
  struct Candidate
  {
    int column;
    HeaderReading reading;
  };
  QVector<Candidate> candidates;
  for ( int c = 0; c < mHeaders.size(); ++c )
    candidates.append( { c, readHeader( mHeaders.at( c ) ) } );
  auto lowestTier = [&]( Side side ) -> std::optional<Tier>
  {
    std::optional<Tier> lowest;
    for ( const Candidate &candidate : std::as_const( candidates ) )
    {
      if ( candidate.reading.side == side && ( candidate.reading.kind == Kind::Code || candidate.reading.kind == Kind::Name ) && ( !lowest || candidate.reading.tier < *lowest ) )
        lowest = candidate.reading.tier;
    }
    return lowest;
  };
  auto find = [&]( Side side, Kind kind, Tier tier, int &column, const QString &role ) -> bool
  {
    QVector<int> found;
    for ( const Candidate &candidate : std::as_const( candidates ) )
    {
      if ( candidate.reading.side == side && candidate.reading.kind == kind && candidate.reading.tier == tier )
        found.append( candidate.column );
    }
    if ( found.size() > 1 )
    {
      QStringList labels;
      for ( const int c : std::as_const( found ) )
        labels.append( columnLabel( c ) );
      error = QCoreApplication::translate( "AcvCrosswalk", "%1: several columns could be the %2 column (%3); name one with --crosswalk-column %2=COLUMN" ).arg( mRaw.path, role, labels.join( QLatin1String( ", " ) ) );
      return false;
    }
    column = found.value( 0, -1 );
    return true;
  };

  const std::optional<Tier> oldTier = lowestTier( Side::Old );
  const std::optional<Tier> newTier = lowestTier( Side::New );
  if ( oldTier && ( !find( Side::Old, Kind::Code, *oldTier, mOldCode, QStringLiteral( "old-code" ) ) || !find( Side::Old, Kind::Name, *oldTier, mOldName, QStringLiteral( "old-name" ) ) ) )
    return false;
  if ( newTier && ( !find( Side::New, Kind::Code, *newTier, mNewCode, QStringLiteral( "new-code" ) ) || !find( Side::New, Kind::Name, *newTier, mNewName, QStringLiteral( "new-name" ) ) ) )
    return false;
  if ( oldTier )
  {
    // The nearest tier above the unit that has a name (else a code) column.
    for ( int t = static_cast<int>( *oldTier ) + 1; t <= static_cast<int>( Tier::Province ) && mOldParent < 0; ++t )
    {
      int name = -1;
      int code = -1;
      if ( !find( Side::Old, Kind::Name, static_cast<Tier>( t ), name, QStringLiteral( "old-parent" ) ) || !find( Side::Old, Kind::Code, static_cast<Tier>( t ), code, QStringLiteral( "old-parent" ) ) )
        return false;
      mOldParent = name >= 0 ? name : code;
    }
  }
  for ( const Candidate &candidate : std::as_const( candidates ) )
  {
    if ( candidate.reading.kind == Kind::Link && mLink < 0 )
      mLink = candidate.column;
    else if ( candidate.reading.kind == Kind::Share && mShare < 0 )
      mShare = candidate.column;
  }

  const QVector<QPair<QString, int *>> roles = { { QStringLiteral( "old-code" ), &mOldCode }, { QStringLiteral( "old-name" ), &mOldName }, { QStringLiteral( "old-parent" ), &mOldParent }, { QStringLiteral( "new-code" ), &mNewCode }, { QStringLiteral( "new-name" ), &mNewName }, { QStringLiteral( "link" ), &mLink }, { QStringLiteral( "share" ), &mShare } };
  for ( const auto &role : roles )
  {
    const QString requested = options.columns.value( role.first );
    if ( requested.isEmpty() )
      continue;
    if ( requested.compare( QLatin1String( "none" ), Qt::CaseInsensitive ) == 0 )
    {
      *role.second = -1;
      continue;
    }
    const int column = AcvColumnDetector::findColumn( mHeaders, requested );
    if ( column < 0 )
    {
      error = QCoreApplication::translate( "AcvCrosswalk", "%1: --crosswalk-column %2=%3 names %4 in the header in row %5 (columns: %6)" )
                  .arg( mRaw.path, role.first, requested, column == -2 ? QCoreApplication::translate( "AcvCrosswalk", "several columns" ) : QCoreApplication::translate( "AcvCrosswalk", "no column" ) )
                  .arg( mRaw.rowNumbers.value( mHeaderIndex ) )
                  .arg( mHeaders.join( QLatin1String( " | " ) ) );
      return false;
    }
    *role.second = column;
  }
  if ( ( mOldCode < 0 && mOldName < 0 ) || ( mNewCode < 0 && mNewName < 0 ) )
  {
    error = QCoreApplication::translate( "AcvCrosswalk", "%1: the header in row %2 names no %3 unit (columns: %4); a crosswalk needs the old unit's code or name and the new unit's code or name (headers such as 'old_commune', 'Mã xã cũ', 'Tên xã mới'), or name them with --crosswalk-column old-name=COLUMN, new-name=COLUMN" )
                .arg( mRaw.path )
                .arg( mRaw.rowNumbers.value( mHeaderIndex ) )
                .arg( mOldCode < 0 && mOldName < 0 ? QCoreApplication::translate( "AcvCrosswalk", "old" ) : QCoreApplication::translate( "AcvCrosswalk", "new" ), mHeaders.join( QLatin1String( " | " ) ) );
    return false;
  }
  return true;
}

bool AcvCrosswalk::readLinks( QString &error )
{
  QHash<QString, int> oldIndex;
  QHash<QString, int> newIndex;
  QHash<QPair<int, int>, int> seen; //!< link -> its first row
  QVector<LinkKind> kinds;
  // Shares read with one convention for the whole column, as the annex's figures are.
  QStringList shareCells;
  QVector<int> shareRows;
  for ( int i = mHeaderIndex + 1; i < mRaw.rows.size(); ++i )
  {
    const int row = mRaw.rowNumbers.at( i );
    const QString oldCode = cellAt( mRaw, i, mOldCode );
    const QString oldName = cellAt( mRaw, i, mOldName );
    const QString oldParent = cellAt( mRaw, i, mOldParent );
    const QString newCode = cellAt( mRaw, i, mNewCode );
    const QString newName = cellAt( mRaw, i, mNewName );
    if ( oldCode.isEmpty() && oldName.isEmpty() && newCode.isEmpty() && newName.isEmpty() )
      continue; // a blank row, or a note below the table
    if ( oldCode.isEmpty() && oldName.isEmpty() )
    {
      error = QCoreApplication::translate( "AcvCrosswalk", "%1: no old unit in this row (%2 → %3)" ).arg( cellReference( row, mOldName >= 0 ? mOldName : mOldCode ), QStringLiteral( "?" ), newName.isEmpty() ? newCode : newName );
      return false;
    }
    if ( newCode.isEmpty() && newName.isEmpty() )
    {
      error = QCoreApplication::translate( "AcvCrosswalk", "%1: no new unit in this row (%2 → ?)" ).arg( cellReference( row, mNewName >= 0 ? mNewName : mNewCode ), oldName.isEmpty() ? oldCode : oldName );
      return false;
    }
    const QString oldId = unitIdentity( oldCode, oldName, oldParent );
    const QString newId = unitIdentity( newCode, newName, QString() );
    auto oldIt = oldIndex.constFind( oldId );
    if ( oldIt == oldIndex.constEnd() )
    {
      oldIt = oldIndex.insert( oldId, static_cast<int>( mOldUnits.size() ) );
      mOldUnits.append( { oldCode, oldName, oldParent, row } );
      mLinksOfOld.append( QVector<int>() );
    }
    auto newIt = newIndex.constFind( newId );
    if ( newIt == newIndex.constEnd() )
    {
      newIt = newIndex.insert( newId, static_cast<int>( mNewUnits.size() ) );
      mNewUnits.append( { newCode, newName, QString(), row } );
      mLinksOfNew.append( QVector<int>() );
    }
    if ( seen.contains( { *oldIt, *newIt } ) )
    {
      error = QCoreApplication::translate( "AcvCrosswalk", "%1: the link %2 → %3 is given twice (first in row %4); each old unit goes to each new unit once" )
                  .arg( cellReference( row ), mOldUnits.at( *oldIt ).label(), mNewUnits.at( *newIt ).label() )
                  .arg( seen.value( { *oldIt, *newIt } ) );
      return false;
    }
    seen.insert( { *oldIt, *newIt }, row );
    const LinkKind kind = readLink( cellAt( mRaw, i, mLink ) );
    if ( kind == LinkKind::Unknown )
    {
      error = QCoreApplication::translate( "AcvCrosswalk", "%1: '%2' is not a link kind; write full (toàn bộ) or partial (một phần)" ).arg( cellReference( row, mLink ), cellAt( mRaw, i, mLink ) );
      return false;
    }
    kinds.append( kind );
    AcvCrosswalkLink link;
    link.row = row;
    link.oldUnit = *oldIt;
    link.newUnit = *newIt;
    mLinksOfOld[*oldIt].append( static_cast<int>( mLinks.size() ) );
    mLinksOfNew[*newIt].append( static_cast<int>( mLinks.size() ) );
    mLinks.append( link );
    shareCells.append( mRaw.cellKind( i, mShare ) == AcvCellKind::Number ? QString() : cellAt( mRaw, i, mShare ) );
    shareRows.append( i );
  }
  if ( mLinks.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvCrosswalk", "%1: no links below the header in row %2" ).arg( mRaw.path ).arg( mRaw.rowNumbers.value( mHeaderIndex ) );
    return false;
  }

  // An old unit in several rows was split, whatever its link cells say; one marked full cannot be.
  for ( int l = 0; l < mLinks.size(); ++l )
  {
    AcvCrosswalkLink &link = mLinks[l];
    const bool several = mLinksOfOld.at( link.oldUnit ).size() > 1;
    if ( kinds.at( l ) == LinkKind::Full && several )
    {
      const AcvCrosswalkLink &other = mLinks.at( mLinksOfOld.at( link.oldUnit ).at( mLinksOfOld.at( link.oldUnit ).constFirst() == l ? 1 : 0 ) );
      error = QCoreApplication::translate( "AcvCrosswalk", "%1: %2 is marked full (all of it went into %3), yet row %4 sends it to %5 too; mark its links partial, with their shares" )
                  .arg( cellReference( link.row, mLink ), mOldUnits.at( link.oldUnit ).label(), mNewUnits.at( link.newUnit ).label() )
                  .arg( other.row )
                  .arg( mNewUnits.at( other.newUnit ).label() );
      return false;
    }
    link.partial = several || kinds.at( l ) == LinkKind::Partial;
  }

  if ( mShare >= 0 )
  {
    QString conflict;
    const AcvNumberConvention convention = AcvNumberParser::detectConvention( shareCells, AcvNumberConvention::Vietnamese, &conflict );
    std::vector<std::optional<double>> shares( static_cast<size_t>( mLinks.size() ) );
    for ( int l = 0; l < mLinks.size(); ++l )
    {
      const int i = shareRows.at( l );
      const QString cell = cellAt( mRaw, i, mShare );
      const bool numeric = mRaw.cellKind( i, mShare ) == AcvCellKind::Number;
      const AcvParsedNumber parsed = AcvNumberParser::parse( cell, numeric ? AcvNumberConvention::English : convention );
      if ( parsed.status == AcvParsedNumber::Status::Missing )
        continue;
      const double share = parsed.hasPercentSign || parsed.value > 1.0 + 1e-9 ? parsed.value / 100.0 : parsed.value;
      if ( parsed.status == AcvParsedNumber::Status::Invalid || !std::isfinite( share ) || share <= 0 || share > 1.0 + 1e-9 )
      {
        error = QCoreApplication::translate( "AcvCrosswalk", "%1: '%2' is not a share of the old unit (a number above 0 and at most 1, or a percentage up to 100 %)" ).arg( cellReference( mLinks.at( l ).row, mShare ), cell );
        return false;
      }
      shares[static_cast<size_t>( l )] = std::min( share, 1.0 );
    }
    // Set through a std::vector: GCC 12 takes writes through QVector::operator[] for overflows at -O2.
    size_t l = 0;
    for ( AcvCrosswalkLink &link : mLinks )
      link.share = shares[l++];
  }
  return true;
}

bool AcvCrosswalk::checkSplits( QString &error )
{
  // A split unit's shares are all given and add up to 1, or none is given (--partial-by decides).
  for ( int o = 0; o < mOldUnits.size(); ++o )
  {
    const QVector<int> &links = mLinksOfOld.at( o );
    int withShare = 0;
    double sum = 0;
    QStringList parts;
    for ( const int l : links )
    {
      if ( mLinks.at( l ).share )
      {
        ++withShare;
        sum += *mLinks.at( l ).share;
      }
      parts.append( QCoreApplication::translate( "AcvCrosswalk", "%1 (row %2%3)" ).arg( mNewUnits.at( mLinks.at( l ).newUnit ).label() ).arg( mLinks.at( l ).row ).arg( mLinks.at( l ).share ? QCoreApplication::translate( "AcvCrosswalk", ", share %1" ).arg( *mLinks.at( l ).share ) : QString() ) );
    }
    const bool partial = mLinks.at( links.constFirst() ).partial;
    if ( partial && links.size() == 1 && !( withShare == 1 && std::abs( sum - 1.0 ) < 1e-6 ) )
    {
      error = QCoreApplication::translate( "AcvCrosswalk", "%1: %2 is marked partial, but this is its only link: the rest of it is not in this crosswalk, so its counts cannot be divided; give all of its links" )
                  .arg( cellReference( mLinks.at( links.constFirst() ).row, mLink ), mOldUnits.at( o ).label() );
      return false;
    }
    if ( withShare > 0 && withShare < links.size() )
    {
      error = QCoreApplication::translate( "AcvCrosswalk", "%1: %2 has a share on %3 of its %4 links: %5; give every link its share" )
                  .arg( mRaw.path, mOldUnits.at( o ).label() )
                  .arg( withShare )
                  .arg( links.size() )
                  .arg( parts.join( QLatin1String( ", " ) ) );
      return false;
    }
    if ( withShare > 0 && std::abs( sum - 1.0 ) > 1e-3 )
    {
      error = QCoreApplication::translate( "AcvCrosswalk", "%1: the shares of %2 add up to %3, not 1: %4" )
                  .arg( mRaw.path, mOldUnits.at( o ).label() )
                  .arg( sum, 0, 'g', 6 )
                  .arg( parts.join( QLatin1String( ", " ) ) );
      return false;
    }
  }
  return true;
}

QVector<int> AcvCrosswalk::splitUnits() const
{
  QVector<int> split;
  for ( int o = 0; o < mOldUnits.size(); ++o )
  {
    if ( mLinks.at( mLinksOfOld.at( o ).constFirst() ).partial )
      split.append( o );
  }
  return split;
}

bool AcvCrosswalk::hasShares() const
{
  for ( const int o : splitUnits() )
  {
    if ( !mLinks.at( mLinksOfOld.at( o ).constFirst() ).share )
      return false;
  }
  return true;
}

QString AcvCrosswalk::describe() const
{
  QStringList columns;
  const QVector<QPair<QString, int>> roles = { { QStringLiteral( "old code" ), mOldCode }, { QStringLiteral( "old name" ), mOldName }, { QStringLiteral( "old parent" ), mOldParent }, { QStringLiteral( "new code" ), mNewCode }, { QStringLiteral( "new name" ), mNewName }, { QStringLiteral( "link" ), mLink }, { QStringLiteral( "share" ), mShare } };
  for ( const auto &role : roles )
  {
    if ( role.second >= 0 )
      columns.append( QStringLiteral( "%1 %2" ).arg( role.first, columnLabel( role.second ) ) );
  }
  const QVector<int> split = splitUnits();
  int splitLinks = 0;
  for ( const int o : split )
    splitLinks += static_cast<int>( mLinksOfOld.at( o ).size() );
  QString filled;
  if ( mMergedCells > 0 )
    filled += QStringLiteral( "; %1 cells read from merged cells" ).arg( mMergedCells );
  if ( mFilledDownCells > 0 )
    filled += QStringLiteral( "; %1 empty cells take the unit above" ).arg( mFilledDownCells );
  return QStringLiteral( "%1: %2 links, %3 old units → %4 new; %5; %6 split units (%7 links)%8" )
             .arg( QFileInfo( mRaw.path ).fileName() )
             .arg( mLinks.size() )
             .arg( mOldUnits.size() )
             .arg( mNewUnits.size() )
             .arg( columns.join( QLatin1String( ", " ) ) )
             .arg( split.size() )
             .arg( splitLinks )
             .arg( split.isEmpty() ? QString() : hasShares() ? QStringLiteral( ", with shares" )
                                                             : QStringLiteral( ", no shares" ) ) +
         filled;
}
