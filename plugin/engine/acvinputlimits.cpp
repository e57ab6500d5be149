/***************************************************************************
  acvinputlimits.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvinputlimits.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QVector>

#include <cpl_string.h>
#include <cpl_vsi.h>

#include <cstring>

namespace
{
constexpr int kChunkBytes = 1024 * 1024;

QString bytesText( qint64 bytes )
{
  return bytes % ( 1024 * 1024 ) == 0 ? QCoreApplication::translate( "AcvInputLimits", "%1 MiB" ).arg( bytes / ( 1024 * 1024 ) ) : QCoreApplication::translate( "AcvInputLimits", "%1 bytes" ).arg( bytes );
}

//! 2 000 000: digit groups split by spaces, read the same in Vietnamese and English.
QString countText( qint64 count )
{
  QString digits = QString::number( count );
  for ( int i = digits.size() - 3; i > 0; i -= 3 )
    digits.insert( i, QLatin1Char( ' ' ) );
  return digits;
}

//! Occurrences of \a pattern in a stream read in chunks (matches across chunk borders count).
class PatternCounter
{
public:
  explicit PatternCounter( const QByteArray &pattern )
    : mPattern( pattern )
  {
  }
  void add( const char *data, int size )
  {
    QByteArray window = mCarry + QByteArray::fromRawData( data, size );
    int from = 0;
    for ( int at = window.indexOf( mPattern, from ); at >= 0; at = window.indexOf( mPattern, from ) )
    {
      ++mCount;
      from = at + mPattern.size();
    }
    const int keep = std::min( static_cast<int>( window.size() ) - from, static_cast<int>( mPattern.size() ) - 1 );
    mCarry = window.right( std::max( 0, keep ) );
  }
  qint64 count() const { return mCount; }

private:
  QByteArray mPattern;
  QByteArray mCarry;
  qint64 mCount = 0;
};
} // namespace

bool AcvInputLimits::checkTable( const QString &path, QString &error )
{
  const QString suffix = QFileInfo( path ).suffix().toLower();
  if ( suffix == QLatin1String( "xlsx" ) || suffix == QLatin1String( "xlsm" ) || suffix == QLatin1String( "ods" ) )
    return checkWorkbook( path, error );
  if ( suffix == QLatin1String( "xls" ) )
    return true; // a binary workbook is not compressed: its size is its size
  return checkLineLength( path, error );
}

bool AcvInputLimits::checkWorkbook( const QString &path, QString &error )
{
  // Braces: a workbook named otherwise (or with a dot in its folder) is still read as a zip.
  const QByteArray zip = "/vsizip/{" + QFile::encodeName( QFileInfo( path ).absoluteFilePath() ) + "}";
  char **entries = VSIReadDirRecursive( zip.constData() );
  if ( !entries )
    return true; // not a zip: the spreadsheet reader says what it is
  QVector<QByteArray> parts;
  qint64 declared = 0;
  for ( char **entry = entries; *entry; ++entry )
  {
    const QByteArray part = zip + '/' + QByteArray( *entry );
    VSIStatBufL stat;
    if ( VSIStatL( part.constData(), &stat ) != 0 || VSI_ISDIR( stat.st_mode ) )
      continue;
    declared += static_cast<qint64>( stat.st_size );
    parts.append( part );
  }
  CSLDestroy( entries );
  const QString limit = QCoreApplication::translate( "AcvInputLimits", "the limit for a workbook is %1 uncompressed" ).arg( bytesText( kMaxWorkbookBytes ) );
  if ( declared > kMaxWorkbookBytes )
  {
    error = QCoreApplication::translate( "AcvInputLimits", "%1: the workbook inflates to %2 bytes; %3 (a zip bomb, or not an annex?)" ).arg( path, countText( declared ), limit );
    return false;
  }
  // The sizes a zip declares may lie: inflate every part, counting, and stop at the limit.
  qint64 inflated = 0;
  qint64 cells = 0;
  QByteArray buffer( kChunkBytes, Qt::Uninitialized );
  for ( const QByteArray &part : std::as_const( parts ) )
  {
    const bool xlsxSheet = part.contains( "/xl/worksheets/" ) && part.endsWith( ".xml" );
    const bool odsContent = part.endsWith( "/content.xml" );
    PatternCounter cellTags( odsContent ? QByteArray( "<table:table-cell" ) : QByteArray( "<c " ) );
    PatternCounter bareCells( "<c>" );
    VSILFILE *file = VSIFOpenL( part.constData(), "rb" );
    if ( !file )
      continue;
    size_t read = 0;
    while ( ( read = VSIFReadL( buffer.data(), 1, static_cast<size_t>( buffer.size() ), file ) ) > 0 )
    {
      inflated += static_cast<qint64>( read );
      if ( xlsxSheet || odsContent )
      {
        cellTags.add( buffer.constData(), static_cast<int>( read ) );
        if ( xlsxSheet )
          bareCells.add( buffer.constData(), static_cast<int>( read ) );
      }
      if ( inflated > kMaxWorkbookBytes || cells + cellTags.count() + bareCells.count() > kMaxWorkbookCells )
        break;
    }
    VSIFCloseL( file );
    cells += cellTags.count() + bareCells.count();
    if ( inflated > kMaxWorkbookBytes )
    {
      error = QCoreApplication::translate( "AcvInputLimits", "%1: the workbook inflates to more than %2; %3 (a zip bomb, or not an annex?)" ).arg( path, bytesText( kMaxWorkbookBytes ), limit );
      return false;
    }
    if ( cells > kMaxWorkbookCells )
    {
      error = QCoreApplication::translate( "AcvInputLimits", "%1: the workbook has more than %2 cells; the limit for a workbook is %2 cells (an annex has one row per locality)" ).arg( path, countText( kMaxWorkbookCells ) );
      return false;
    }
  }
  return true;
}

bool AcvInputLimits::checkLineLength( const QString &path, QString &error )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return true; // the reader says why it cannot be read
  QByteArray buffer( kChunkBytes, Qt::Uninitialized );
  qint64 line = 1;
  qint64 length = 0;
  qint64 read = 0;
  while ( ( read = file.read( buffer.data(), buffer.size() ) ) > 0 )
  {
    const char *data = buffer.constData();
    const char *end = data + read;
    while ( data < end )
    {
      const char *newline = static_cast<const char *>( std::memchr( data, '\n', static_cast<size_t>( end - data ) ) );
      length += ( newline ? newline : end ) - data;
      if ( length > kMaxLineBytes )
      {
        error = QCoreApplication::translate( "AcvInputLimits", "%1: line %2 is longer than %3; the limit for a line is %3 (%4 bytes)" ).arg( path ).arg( line ).arg( bytesText( kMaxLineBytes ), countText( kMaxLineBytes ) );
        return false;
      }
      if ( !newline )
        break;
      ++line;
      length = 0;
      data = newline + 1;
    }
  }
  return true;
}

bool AcvInputLimits::checkVertices( const QString &path, qint64 vertices, QString &error )
{
  if ( vertices <= kMaxVertices )
    return true;
  error = QCoreApplication::translate( "AcvInputLimits", "%1: the boundaries have %2 vertices; the limit is %3 vertices (simplify them, e.g. with QGIS's Simplify or ogr2ogr -simplify)" )
              .arg( path, countText( vertices ), countText( kMaxVertices ) );
  return false;
}
