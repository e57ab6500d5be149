/***************************************************************************
  acvoutputcheck.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvoutputcheck.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QXmlStreamReader>

#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>

namespace
{
QByteArray readTail( QFile &file, qint64 count )
{
  const qint64 size = file.size();
  file.seek( std::max<qint64>( 0, size - count ) );
  return file.read( count );
}

bool checkPng( QFile &file, QString &problem )
{
  static const QByteArray signature( "\x89PNG\r\n\x1a\n", 8 );
  // The last chunk of every PNG: length 0, "IEND", its fixed CRC.
  static const QByteArray end( "\0\0\0\0IEND\xae\x42\x60\x82", 12 );
  if ( file.read( 8 ) != signature )
  {
    problem = QStringLiteral( "not a PNG file" );
    return false;
  }
  if ( readTail( file, 12 ) != end )
  {
    problem = QStringLiteral( "the PNG is cut short (no IEND chunk)" );
    return false;
  }
  return true;
}

bool checkPdf( QFile &file, QString &problem )
{
  if ( !file.read( 5 ).startsWith( "%PDF-" ) )
  {
    problem = QStringLiteral( "not a PDF file" );
    return false;
  }
  // A PDF ends with its cross-reference offset and %%EOF (trailing whitespace allowed).
  const QByteArray tail = readTail( file, 1024 );
  if ( !tail.contains( "%%EOF" ) || !tail.contains( "startxref" ) )
  {
    problem = QStringLiteral( "the PDF is cut short (no startxref and %%EOF at its end)" );
    return false;
  }
  return true;
}

bool checkXml( QIODevice &device, QString &problem )
{
  QXmlStreamReader reader( &device );
  bool root = false;
  while ( !reader.atEnd() )
  {
    if ( reader.readNext() == QXmlStreamReader::StartElement )
      root = true;
  }
  if ( reader.hasError() || !root )
  {
    problem = QStringLiteral( "not a complete XML document (%1, line %2)" ).arg( root ? reader.errorString() : QStringLiteral( "no element" ) ).arg( reader.lineNumber() );
    return false;
  }
  return true;
}

bool checkJson( QFile &file, QString &problem )
{
  QJsonParseError error;
  QJsonDocument::fromJson( file.readAll(), &error );
  if ( error.error != QJsonParseError::NoError )
  {
    problem = QStringLiteral( "not a complete JSON document (%1 at byte %2)" ).arg( error.errorString() ).arg( error.offset );
    return false;
  }
  return true;
}

bool checkWorldFile( QFile &file, QString &problem )
{
  const QList<QByteArray> lines = file.readAll().trimmed().split( '\n' );
  bool ok = lines.size() == 6;
  for ( const QByteArray &line : lines )
  {
    bool number = false;
    line.trimmed().toDouble( &number );
    ok = ok && number;
  }
  if ( !ok )
    problem = QStringLiteral( "not a world file of six numbers" );
  return ok;
}

bool checkGeoPackage( const QString &path, QString &problem )
{
  if ( GDALGetDriverCount() == 0 )
    GDALAllRegister();
  static const char *const drivers[] = { "GPKG", nullptr };
  const QByteArray name = QFile::encodeName( path );
  GDALDatasetH dataset = GDALOpenEx( name.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr );
  if ( !dataset )
  {
    problem = QStringLiteral( "GDAL cannot open the GeoPackage (%1)" ).arg( QString::fromUtf8( CPLGetLastErrorMsg() ) );
    return false;
  }
  const bool ok = GDALDatasetGetLayerCount( dataset ) > 0 && OGR_L_GetFeatureCount( GDALDatasetGetLayer( dataset, 0 ), TRUE ) >= 0;
  GDALClose( dataset );
  if ( !ok )
    problem = QStringLiteral( "the GeoPackage has no readable layer" );
  return ok;
}

bool checkQgz( const QString &path, QString &problem )
{
  // A .qgz is a zip holding the .qgs (and its auxiliary .qgd): the .qgs must be whole.
  // Braces: GDAL recognises a zip by its extension, and .qgz is not among them.
  const QByteArray zip = "/vsizip/{" + QFile::encodeName( path ) + "}";
  char **entries = VSIReadDir( zip.constData() );
  QString qgs;
  for ( char **entry = entries; entry && *entry; ++entry )
  {
    if ( QString::fromUtf8( *entry ).endsWith( QLatin1String( ".qgs" ), Qt::CaseInsensitive ) )
      qgs = QString::fromUtf8( *entry );
  }
  CSLDestroy( entries );
  if ( qgs.isEmpty() )
  {
    problem = QStringLiteral( "the .qgz holds no .qgs project" );
    return false;
  }
  VSILFILE *file = VSIFOpenL( ( zip + '/' + qgs.toUtf8() ).constData(), "rb" );
  if ( !file )
  {
    problem = QStringLiteral( "the .qgz's project cannot be read" );
    return false;
  }
  QByteArray content;
  char buffer[65536];
  size_t read = 0;
  while ( ( read = VSIFReadL( buffer, 1, sizeof( buffer ), file ) ) > 0 )
    content.append( buffer, static_cast<int>( read ) );
  VSIFCloseL( file );
  QXmlStreamReader reader( content );
  bool root = false;
  while ( !reader.atEnd() )
  {
    if ( reader.readNext() == QXmlStreamReader::StartElement )
      root = true;
  }
  if ( reader.hasError() || !root )
  {
    problem = QStringLiteral( "the .qgz's project is not complete XML (%1)" ).arg( reader.errorString() );
    return false;
  }
  return true;
}
} // namespace

bool AcvOutputCheck::isComplete( const QString &path, const QString &destination, QString &problem )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
  {
    problem = QStringLiteral( "the written file cannot be read back (%1)" ).arg( file.errorString() );
    return false;
  }
  if ( file.size() == 0 )
  {
    problem = QStringLiteral( "the written file is empty" );
    return false;
  }
  const QString suffix = QFileInfo( destination ).suffix().toLower();
  if ( suffix == QLatin1String( "png" ) )
    return checkPng( file, problem );
  if ( suffix == QLatin1String( "pdf" ) )
    return checkPdf( file, problem );
  if ( suffix == QLatin1String( "svg" ) || suffix == QLatin1String( "qml" ) || suffix == QLatin1String( "sld" ) || suffix == QLatin1String( "qpt" ) || suffix == QLatin1String( "qgs" ) || suffix == QLatin1String( "xml" ) )
    return checkXml( file, problem );
  if ( suffix == QLatin1String( "json" ) || suffix == QLatin1String( "geojson" ) )
    return checkJson( file, problem );
  if ( suffix == QLatin1String( "pgw" ) || suffix == QLatin1String( "wld" ) || suffix == QLatin1String( "jgw" ) || suffix == QLatin1String( "tfw" ) )
    return checkWorldFile( file, problem );
  file.close();
  if ( suffix == QLatin1String( "gpkg" ) )
    return checkGeoPackage( path, problem );
  if ( suffix == QLatin1String( "qgz" ) )
    return checkQgz( path, problem );
  return true;
}
