/***************************************************************************
  acvgpkgspatialindex.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvgpkgspatialindex.h"

#include <QFile>
#include <QVector>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

namespace
{
//! One R-tree cell: a feature id (in a leaf) or a child node number, and its box.
struct Cell
{
  qint64 id = 0;
  float minX = 0;
  float maxX = 0;
  float minY = 0;
  float maxY = 0;
};

//! A node as SQLite stores it: its number, its cells, and the depth (written in the root only).
struct Node
{
  qint64 number = 0;
  QVector<Cell> cells;
};

// SQLite keeps R-tree coordinates as 32-bit floats; a box must never shrink in the cast, so
// minima round down and maxima up. The nudge is SQLite's own (rtreeValueDown()/rtreeValueUp(),
// one part in 2^23), so the boxes are bit for bit those SQLite stores for GDAL's inserts.
constexpr double kRoundTowards = 1.0 - 1.0 / 8388608.0;
constexpr double kRoundAway = 1.0 + 1.0 / 8388608.0;

float roundedDown( double value )
{
  const float f = static_cast<float>( value );
  return static_cast<double>( f ) > value ? static_cast<float>( value * ( value < 0 ? kRoundAway : kRoundTowards ) ) : f;
}

float roundedUp( double value )
{
  const float f = static_cast<float>( value );
  return static_cast<double>( f ) < value ? static_cast<float>( value * ( value < 0 ? kRoundTowards : kRoundAway ) ) : f;
}

QString identifier( const QString &name )
{
  QString quoted = name;
  quoted.replace( QLatin1Char( '"' ), QLatin1String( "\"\"" ) );
  return QLatin1Char( '"' ) + quoted + QLatin1Char( '"' );
}

struct DatabaseCloser
{
  void operator()( sqlite3 *db ) const { sqlite3_close( db ); }
};
struct StatementFinalizer
{
  void operator()( sqlite3_stmt *statement ) const { sqlite3_finalize( statement ); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

class Database
{
public:
  explicit Database( sqlite3 *db )
    : mDb( db )
  {
  }
  sqlite3 *handle() const { return mDb.get(); }

  QString lastError() const { return QString::fromUtf8( sqlite3_errmsg( mDb.get() ) ); }

  bool exec( const QString &sql, QString &error ) const
  {
    char *message = nullptr;
    if ( sqlite3_exec( mDb.get(), sql.toUtf8().constData(), nullptr, nullptr, &message ) == SQLITE_OK )
      return true;
    error = QString::fromUtf8( message ? message : "unknown SQLite error" );
    sqlite3_free( message );
    return false;
  }

  Statement prepare( const QString &sql, QString &error ) const
  {
    sqlite3_stmt *statement = nullptr;
    if ( sqlite3_prepare_v2( mDb.get(), sql.toUtf8().constData(), -1, &statement, nullptr ) != SQLITE_OK )
    {
      error = lastError();
      sqlite3_finalize( statement );
      return nullptr;
    }
    return Statement( statement );
  }

private:
  std::unique_ptr<sqlite3, DatabaseCloser> mDb;
};

QString textColumn( sqlite3_stmt *statement, int column )
{
  return QString::fromUtf8( reinterpret_cast<const char *>( sqlite3_column_text( statement, column ) ) );
}

double readDouble( const unsigned char *bytes, bool littleEndian )
{
  unsigned char ordered[8];
  for ( int i = 0; i < 8; ++i )
    ordered[i] = bytes[littleEndian ? i : 7 - i];
  quint64 bits = 0;
  for ( int i = 7; i >= 0; --i )
    bits = ( bits << 8 ) | ordered[i];
  double value;
  std::memcpy( &value, &bits, sizeof value );
  return value;
}

enum class EnvelopeRead
{
  Box,
  EmptyGeometry,
  NoEnvelope,
};

/**
 * Reads the envelope from a GeoPackage geometry blob's header (magic "GP", version, flags,
 * srs_id, then minx, maxx, miny, maxy when the flags say an envelope follows).
 */
EnvelopeRead readEnvelope( const unsigned char *blob, int size, Cell &cell )
{
  if ( size < 8 || blob[0] != 'G' || blob[1] != 'P' )
    return EnvelopeRead::NoEnvelope;
  const unsigned char flags = blob[3];
  if ( flags & 0x10 )
    return EnvelopeRead::EmptyGeometry;
  const int contents = ( flags >> 1 ) & 0x07;
  if ( contents < 1 || contents > 4 || size < 8 + 32 )
    return EnvelopeRead::NoEnvelope;
  const bool littleEndian = flags & 0x01;
  const double minX = readDouble( blob + 8, littleEndian );
  const double maxX = readDouble( blob + 16, littleEndian );
  const double minY = readDouble( blob + 24, littleEndian );
  const double maxY = readDouble( blob + 32, littleEndian );
  if ( !std::isfinite( minX ) || !std::isfinite( maxX ) || !std::isfinite( minY ) || !std::isfinite( maxY ) || minX > maxX || minY > maxY )
    return EnvelopeRead::NoEnvelope;
  cell.minX = roundedDown( minX );
  cell.maxX = roundedUp( maxX );
  cell.minY = roundedDown( minY );
  cell.maxY = roundedUp( maxY );
  return EnvelopeRead::Box;
}

Cell boundingCell( qint64 id, const QVector<Cell> &cells )
{
  Cell bounds = cells.constFirst();
  bounds.id = id;
  for ( const Cell &cell : cells )
  {
    bounds.minX = std::min( bounds.minX, cell.minX );
    bounds.maxX = std::max( bounds.maxX, cell.maxX );
    bounds.minY = std::min( bounds.minY, cell.minY );
    bounds.maxY = std::max( bounds.maxY, cell.maxY );
  }
  return bounds;
}

/**
 * Sort-Tile-Recursive: cuts \a cells into vertical slices by x, each slice into runs of
 * \a capacity by y, so that each node covers a compact tile of the map.
 */
QVector<QVector<Cell>> tiles( QVector<Cell> cells, int capacity )
{
  const int nodes = ( static_cast<int>( cells.size() ) + capacity - 1 ) / capacity;
  const int slices = static_cast<int>( std::ceil( std::sqrt( static_cast<double>( nodes ) ) ) );
  const int perSlice = slices * capacity;
  auto centreX = []( const Cell &a, const Cell &b )
  { return a.minX + a.maxX < b.minX + b.maxX; };
  auto centreY = []( const Cell &a, const Cell &b )
  { return a.minY + a.maxY < b.minY + b.maxY; };
  std::sort( cells.begin(), cells.end(), centreX );
  QVector<QVector<Cell>> result;
  result.reserve( nodes );
  for ( int start = 0; start < cells.size(); start += perSlice )
  {
    const auto sliceEnd = cells.begin() + std::min( static_cast<int>( cells.size() ), start + perSlice );
    std::sort( cells.begin() + start, sliceEnd, centreY );
    for ( auto it = cells.begin() + start; it < sliceEnd; it += std::min<qsizetype>( capacity, sliceEnd - it ) )
      result.append( QVector<Cell>( it, it + std::min<qsizetype>( capacity, sliceEnd - it ) ) );
  }
  return result;
}

void putUint16( QByteArray &data, int offset, quint16 value )
{
  data[offset] = static_cast<char>( value >> 8 );
  data[offset + 1] = static_cast<char>( value & 0xff );
}

void putUint32( QByteArray &data, int offset, quint32 value )
{
  for ( int i = 0; i < 4; ++i )
    data[offset + i] = static_cast<char>( ( value >> ( 24 - 8 * i ) ) & 0xff );
}

//! The node's blob: depth (root only) and cell count as big-endian 16-bit integers, then the cells.
QByteArray nodeBlob( const QVector<Cell> &cells, int nodeSize, int depth )
{
  QByteArray data( nodeSize, '\0' );
  putUint16( data, 0, static_cast<quint16>( depth ) );
  putUint16( data, 2, static_cast<quint16>( cells.size() ) );
  int offset = 4;
  for ( const Cell &cell : cells )
  {
    const quint64 id = static_cast<quint64>( cell.id );
    putUint32( data, offset, static_cast<quint32>( id >> 32 ) );
    putUint32( data, offset + 4, static_cast<quint32>( id & 0xffffffffu ) );
    offset += 8;
    for ( const float coordinate : { cell.minX, cell.maxX, cell.minY, cell.maxY } )
    {
      quint32 bits;
      std::memcpy( &bits, &coordinate, sizeof bits );
      putUint32( data, offset, bits );
      offset += 4;
    }
  }
  return data;
}

bool bindAndStep( sqlite3_stmt *statement, qint64 first, qint64 second, const Database &db, QString &error )
{
  sqlite3_reset( statement );
  sqlite3_bind_int64( statement, 1, first );
  sqlite3_bind_int64( statement, 2, second );
  if ( sqlite3_step( statement ) != SQLITE_DONE )
  {
    error = db.lastError();
    return false;
  }
  return true;
}

//! The GeoPackage 1.2 R-tree triggers, as GDAL creates them.
QStringList triggers( const QString &table, const QString &geometry, const QString &fid )
{
  const QString rtreeName = QStringLiteral( "rtree_%1_%2" ).arg( table, geometry );
  const QString r = identifier( rtreeName );
  const QString t = identifier( table );
  const QString g = identifier( geometry );
  const QString i = identifier( fid );
  const QString insertNew = QStringLiteral( "INSERT OR REPLACE INTO %1 VALUES (NEW.%2,ST_MinX(NEW.%3), ST_MaxX(NEW.%3),ST_MinY(NEW.%3), ST_MaxY(NEW.%3));" ).arg( r, i, g );
  auto name = [&rtreeName]( const char *suffix )
  { return identifier( rtreeName + QLatin1Char( '_' ) + QLatin1String( suffix ) ); };
  return {
      QStringLiteral( "CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN (new.%3 NOT NULL AND NOT ST_IsEmpty(NEW.%3)) BEGIN %4 END" ).arg( name( "insert" ), t, g, insertNew ),
      QStringLiteral( "CREATE TRIGGER %1 AFTER UPDATE OF %2 ON %3 WHEN OLD.%4 = NEW.%4 AND (NEW.%2 NOTNULL AND NOT ST_IsEmpty(NEW.%2)) BEGIN %5 END" ).arg( name( "update1" ), g, t, i, insertNew ),
      QStringLiteral( "CREATE TRIGGER %1 AFTER UPDATE OF %2 ON %3 WHEN OLD.%4 = NEW.%4 AND (NEW.%2 ISNULL OR ST_IsEmpty(NEW.%2)) BEGIN DELETE FROM %5 WHERE id = OLD.%4; END" ).arg( name( "update2" ), g, t, i, r ),
      QStringLiteral( "CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN OLD.%3 != NEW.%3 AND (NEW.%4 NOTNULL AND NOT ST_IsEmpty(NEW.%4)) BEGIN DELETE FROM %5 WHERE id = OLD.%3; %6 END" ).arg( name( "update3" ), t, i, g, r, insertNew ),
      QStringLiteral( "CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN OLD.%3 != NEW.%3 AND (NEW.%4 ISNULL OR ST_IsEmpty(NEW.%4)) BEGIN DELETE FROM %5 WHERE id IN (OLD.%3, NEW.%3); END" ).arg( name( "update4" ), t, i, g, r ),
      QStringLiteral( "CREATE TRIGGER %1 AFTER DELETE ON %2 WHEN old.%3 NOT NULL BEGIN DELETE FROM %4 WHERE id = OLD.%5; END" ).arg( name( "delete" ), t, g, r, i ),
  };
}

bool fill( const Database &db, const QString &table, QString &error )
{
  // The feature table's geometry column and integer primary key.
  Statement statement = db.prepare( QStringLiteral( "SELECT column_name FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)" ), error );
  if ( !statement )
    return false;
  const QByteArray tableUtf8 = table.toUtf8();
  sqlite3_bind_text( statement.get(), 1, tableUtf8.constData(), -1, SQLITE_TRANSIENT );
  if ( sqlite3_step( statement.get() ) != SQLITE_ROW )
  {
    error = QStringLiteral( "no geometry column is registered for table '%1'" ).arg( table );
    return false;
  }
  const QString geometry = textColumn( statement.get(), 0 );
  statement = db.prepare( QStringLiteral( "PRAGMA table_info(%1)" ).arg( identifier( table ) ), error );
  if ( !statement )
    return false;
  QString fid;
  while ( sqlite3_step( statement.get() ) == SQLITE_ROW )
  {
    if ( sqlite3_column_int( statement.get(), 5 ) == 1 )
      fid = textColumn( statement.get(), 1 );
  }
  if ( fid.isEmpty() )
  {
    error = QStringLiteral( "table '%1' has no integer primary key" ).arg( table );
    return false;
  }

  // The leaves: every non-empty geometry's envelope, from the blob header GDAL wrote.
  QVector<Cell> cells;
  statement = db.prepare( QStringLiteral( "SELECT %1, %2 FROM %3 WHERE %2 IS NOT NULL" ).arg( identifier( fid ), identifier( geometry ), identifier( table ) ), error );
  if ( !statement )
    return false;
  int step;
  while ( ( step = sqlite3_step( statement.get() ) ) == SQLITE_ROW )
  {
    Cell cell;
    cell.id = sqlite3_column_int64( statement.get(), 0 );
    const auto *blob = static_cast<const unsigned char *>( sqlite3_column_blob( statement.get(), 1 ) );
    switch ( readEnvelope( blob, sqlite3_column_bytes( statement.get(), 1 ), cell ) )
    {
      case EnvelopeRead::Box:
        cells.append( cell );
        break;
      case EnvelopeRead::EmptyGeometry:
        break; // the triggers leave empty geometries out of the index too
      case EnvelopeRead::NoEnvelope:
        error = QStringLiteral( "feature %1 carries no envelope in its geometry header" ).arg( cell.id );
        return false;
    }
  }
  if ( step != SQLITE_DONE )
  {
    error = db.lastError();
    return false;
  }
  statement.reset();

  const QString rtreeName = QStringLiteral( "rtree_%1_%2" ).arg( table, geometry );
  if ( !db.exec( QStringLiteral( "CREATE VIRTUAL TABLE %1 USING rtree(id, minx, maxx, miny, maxy)" ).arg( identifier( rtreeName ) ), error ) )
    return false;
  // SQLite sized the (empty) root node from the page size when it created the table.
  statement = db.prepare( QStringLiteral( "SELECT length(data) FROM %1 WHERE nodeno = 1" ).arg( identifier( rtreeName + QStringLiteral( "_node" ) ) ), error );
  if ( !statement || sqlite3_step( statement.get() ) != SQLITE_ROW )
  {
    error = error.isEmpty() ? QStringLiteral( "the new R-tree has no root node" ) : error;
    return false;
  }
  const int nodeSize = sqlite3_column_int( statement.get(), 0 );
  statement.reset();
  const int capacity = ( nodeSize - 4 ) / 24;
  if ( capacity < 4 )
  {
    error = QStringLiteral( "unexpected R-tree node size %1" ).arg( nodeSize );
    return false;
  }

  Statement writeNode = db.prepare( QStringLiteral( "INSERT OR REPLACE INTO %1 (nodeno, data) VALUES (?, ?)" ).arg( identifier( rtreeName + QStringLiteral( "_node" ) ) ), error );
  Statement writeRowid = db.prepare( QStringLiteral( "INSERT INTO %1 (rowid, nodeno) VALUES (?, ?)" ).arg( identifier( rtreeName + QStringLiteral( "_rowid" ) ) ), error );
  Statement writeParent = db.prepare( QStringLiteral( "INSERT INTO %1 (nodeno, parentnode) VALUES (?, ?)" ).arg( identifier( rtreeName + QStringLiteral( "_parent" ) ) ), error );
  if ( !writeNode || !writeRowid || !writeParent )
    return false;
  auto storeNode = [&]( qint64 number, const QVector<Cell> &nodeCells, int depth, bool leaf ) -> bool
  {
    const QByteArray data = nodeBlob( nodeCells, nodeSize, depth );
    sqlite3_reset( writeNode.get() );
    sqlite3_bind_int64( writeNode.get(), 1, number );
    sqlite3_bind_blob( writeNode.get(), 2, data.constData(), static_cast<int>( data.size() ), SQLITE_TRANSIENT );
    if ( sqlite3_step( writeNode.get() ) != SQLITE_DONE )
    {
      error = db.lastError();
      return false;
    }
    // A leaf's entries point up to it in _rowid, an inner node's children in _parent.
    for ( const Cell &cell : nodeCells )
    {
      if ( !bindAndStep( leaf ? writeRowid.get() : writeParent.get(), cell.id, number, db, error ) )
        return false;
    }
    return true;
  };

  // Bottom-up: pack a level into nodes until one node can hold it all; that one is the root,
  // which SQLite expects as node 1, with the tree's depth in its first two bytes.
  qint64 nextNode = 2;
  int depth = 0;
  QVector<Cell> level = cells;
  while ( level.size() > capacity )
  {
    QVector<Cell> parents;
    for ( const QVector<Cell> &tile : tiles( level, capacity ) )
    {
      const qint64 number = nextNode++;
      if ( !storeNode( number, tile, 0, depth == 0 ) )
        return false;
      parents.append( boundingCell( number, tile ) );
    }
    level = parents;
    ++depth;
  }
  if ( !storeNode( 1, level, depth, depth == 0 ) )
    return false;

  for ( const QString &trigger : triggers( table, geometry, fid ) )
  {
    if ( !db.exec( trigger, error ) )
      return false;
  }
  if ( !db.exec( QStringLiteral( "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT,column_name TEXT,extension_name TEXT NOT NULL,definition TEXT NOT NULL,scope TEXT NOT NULL,CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))" ), error ) )
    return false;
  statement = db.prepare( QStringLiteral( "INSERT INTO gpkg_extensions (table_name,column_name,extension_name,definition,scope) VALUES (?, ?, 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')" ), error );
  if ( !statement )
    return false;
  const QByteArray geometryUtf8 = geometry.toUtf8();
  sqlite3_bind_text( statement.get(), 1, tableUtf8.constData(), -1, SQLITE_TRANSIENT );
  sqlite3_bind_text( statement.get(), 2, geometryUtf8.constData(), -1, SQLITE_TRANSIENT );
  if ( sqlite3_step( statement.get() ) != SQLITE_DONE )
  {
    error = db.lastError();
    return false;
  }
  return true;
}
} // namespace

bool AcvGpkgSpatialIndex::create( const QString &path, const QString &table, QString &error )
{
  sqlite3 *handle = nullptr;
  const int opened = sqlite3_open_v2( QFile::encodeName( path ).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr );
  const Database db( handle );
  if ( opened != SQLITE_OK )
  {
    error = QStringLiteral( "%1: cannot be opened to index it (%2)" ).arg( path, handle ? db.lastError() : QStringLiteral( "out of memory" ) );
    return false;
  }
  // One transaction: the index appears whole, or the file is left as it was.
  QString message;
  if ( !db.exec( QStringLiteral( "BEGIN IMMEDIATE" ), message ) )
  {
    error = QStringLiteral( "%1: cannot be indexed (%2)" ).arg( path, message );
    return false;
  }
  if ( !fill( db, table, message ) )
  {
    QString ignored;
    db.exec( QStringLiteral( "ROLLBACK" ), ignored );
    error = QStringLiteral( "%1: layer '%2' cannot be indexed (%3)" ).arg( path, table, message );
    return false;
  }
  if ( !db.exec( QStringLiteral( "COMMIT" ), message ) )
  {
    error = QStringLiteral( "%1: cannot be indexed (%2)" ).arg( path, message );
    return false;
  }
  return true;
}
