/***************************************************************************
  acvtestutils.h - small helpers shared by the tests
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVTESTUTILS_H
#define ACVTESTUTILS_H

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QVector>
#include <QStringList>
#include <QTemporaryDir>

//! A scratch folder whose files the test writes byte for byte.
class AcvScratch
{
public:
  QString write( const QString &name, const QByteArray &bytes )
  {
    const QString path = mDir.filePath( name );
    QFile file( path );
    if ( file.open( QIODevice::WriteOnly ) )
      file.write( bytes );
    return path;
  }
  QString path( const QString &name ) const { return mDir.filePath( name ); }
  QString dir() const { return mDir.path(); }

private:
  QTemporaryDir mDir;
};

//! The rows of a comma-separated UTF-8 file without quotes (the shared crosswalks and lists), header first.
inline QVector<QStringList> acvReadPlainCsv( const QString &path )
{
  QVector<QStringList> rows;
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return rows;
  for ( const QByteArray &line : file.readAll().split( '\n' ) )
  {
    const QString text = QString::fromUtf8( line ).trimmed();
    if ( !text.isEmpty() )
      rows.append( text.split( QLatin1Char( ',' ) ) );
  }
  return rows;
}

inline QString acvSourceGeodata( const QString &name )
{
  return QDir( QStringLiteral( ACV_SOURCE_GEODATA ) ).filePath( name );
}

inline QString acvSharedGeodata( const QString &name )
{
  return QDir( QStringLiteral( ACV_SHARED_GEODATA ) ).filePath( name );
}

inline QString u8( const char *text )
{
  return QString::fromUtf8( text );
}

#endif // ACVTESTUTILS_H
