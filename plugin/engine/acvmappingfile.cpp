/***************************************************************************
  acvmappingfile.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvmappingfile.h"
#include "acvcolumndetector.h"
#include "acvtablereader.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>

namespace
{
bool isHeader( const QStringList &row )
{
  static const QStringList words = { QStringLiteral( "statistics" ), QStringLiteral( "stats" ), QStringLiteral( "thong ke" ),
                                     QStringLiteral( "boundary" ), QStringLiteral( "ranh gioi" ), QStringLiteral( "boundary key" ) };
  return !row.isEmpty() && words.contains( AcvColumnDetector::foldHeader( row.first() ) );
}

QString csvCell( const QString &text )
{
  if ( !text.contains( QLatin1Char( ',' ) ) && !text.contains( QLatin1Char( '"' ) ) && !text.contains( QLatin1Char( '\n' ) ) )
    return text;
  QString escaped = text;
  escaped.replace( QLatin1Char( '"' ), QLatin1String( "\"\"" ) );
  return QLatin1Char( '"' ) + escaped + QLatin1Char( '"' );
}
} // namespace

bool AcvMappingFile::read( const QString &path, QHash<QString, QString> &mapping, QString &error )
{
  mapping.clear();
  AcvRawTable table;
  if ( !AcvTableReader::read( path, QString(), table, error ) )
    return false;
  for ( int i = 0; i < table.rows.size(); ++i )
  {
    const QStringList &row = table.rows.at( i );
    const int line = table.rowNumbers.at( i );
    const bool blank = std::all_of( row.cbegin(), row.cend(), []( const QString &c )
                                    { return c.trimmed().isEmpty(); } );
    if ( blank || ( i == 0 && isHeader( row ) ) )
      continue;
    const QString statistics = row.value( 0 ).trimmed();
    const QString boundary = row.value( 1 ).trimmed();
    if ( statistics.isEmpty() || boundary.isEmpty() )
    {
      error = QCoreApplication::translate( "AcvMappingFile", "%1, row %2, column %3: empty; each row pairs a statistics name (column 1) with a boundary key (column 2)" )
                  .arg( path )
                  .arg( line )
                  .arg( statistics.isEmpty() ? 1 : 2 );
      return false;
    }
    if ( row.size() > 2 && std::any_of( row.cbegin() + 2, row.cend(), []( const QString &c )
                                        { return !c.trimmed().isEmpty(); } ) )
    {
      error = QCoreApplication::translate( "AcvMappingFile", "%1, row %2, column 3: a mapping row has two cells, statistics name and boundary key" ).arg( path ).arg( line );
      return false;
    }
    const auto existing = mapping.constFind( statistics );
    if ( existing != mapping.constEnd() && existing.value() != boundary )
    {
      error = QCoreApplication::translate( "AcvMappingFile", "%1, row %2, column 1: '%3' is mapped twice, to '%4' and to '%5'" ).arg( path ).arg( line ).arg( statistics, existing.value(), boundary );
      return false;
    }
    mapping.insert( statistics, boundary );
  }
  return true;
}

bool AcvMappingFile::write( const QString &path, const QHash<QString, QString> &mapping, QString &error )
{
  QStringList keys = mapping.keys();
  std::sort( keys.begin(), keys.end() );
  QSaveFile file( path );
  if ( !file.open( QIODevice::WriteOnly ) )
  {
    error = QCoreApplication::translate( "AcvMappingFile", "%1: cannot be written (%2)" ).arg( path, file.errorString() );
    return false;
  }
  QByteArray content = "statistics,boundary\n";
  for ( const QString &key : std::as_const( keys ) )
    content += ( csvCell( key ) + QLatin1Char( ',' ) + csvCell( mapping.value( key ) ) + QLatin1Char( '\n' ) ).toUtf8();
  if ( file.write( content ) != content.size() || !file.commit() )
  {
    error = QCoreApplication::translate( "AcvMappingFile", "%1: cannot be written (%2)" ).arg( path, file.errorString() );
    return false;
  }
  return true;
}
