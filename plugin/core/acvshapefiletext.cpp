/***************************************************************************
  acvshapefiletext.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvshapefiletext.h"
#include "acvboundarysource.h"
#include "acvlegacydetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>

namespace
{
//! One string value of the .dbf as its bytes, and where it goes.
struct RawValue
{
  QgsFeatureId fid = 0;
  int field = -1; //!< index in the QGIS fields
  QByteArray bytes;
};

bool isUtf8( const QByteArray &bytes )
{
  // U+FFFD spelt out in the bytes is no sign of another encoding.
  const QString text = QString::fromUtf8( bytes );
  return text.count( QChar( 0xFFFD ) ) == bytes.count( "\xEF\xBF\xBD" );
}

bool hasHighBytes( const QByteArray &bytes )
{
  return std::any_of( bytes.cbegin(), bytes.cend(), []( char c )
                      { return static_cast<uchar>( c ) >= 0x80; } );
}

//! Every non-ASCII string value of the shapefile, read by OGR without any recoding.
bool readRawValues( const QString &shapefile, const QgsFields &fields, QVector<RawValue> &values )
{
  const char *const drivers[] = { "ESRI Shapefile", nullptr };
  // An empty ENCODING makes the driver hand over the .dbf's bytes as they are.
  const char *const options[] = { "ENCODING=", nullptr };
  GDALDatasetH dataset = GDALOpenEx( QFile::encodeName( shapefile ).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr );
  if ( !dataset )
    return false;
  OGRLayerH layer = GDALDatasetGetLayer( dataset, 0 );
  OGRFeatureDefnH definition = layer ? OGR_L_GetLayerDefn( layer ) : nullptr;
  QVector<QPair<int, int>> stringFields; // OGR index, QGIS index
  for ( int i = 0; definition && i < OGR_FD_GetFieldCount( definition ); ++i )
  {
    OGRFieldDefnH field = OGR_FD_GetFieldDefn( definition, i );
    const int index = fields.lookupField( QString::fromUtf8( OGR_Fld_GetNameRef( field ) ) );
    if ( OGR_Fld_GetType( field ) == OFTString && index >= 0 )
      stringFields.append( { i, index } );
  }
  if ( layer )
  {
    OGR_L_ResetReading( layer );
    while ( OGRFeatureH feature = OGR_L_GetNextFeature( layer ) )
    {
      for ( const QPair<int, int> &field : std::as_const( stringFields ) )
      {
        if ( !OGR_F_IsFieldSetAndNotNull( feature, field.first ) )
          continue;
        const QByteArray bytes( OGR_F_GetFieldAsString( feature, field.first ) );
        if ( hasHighBytes( bytes ) )
          values.append( { OGR_F_GetFID( feature ), field.second, bytes } );
      }
      OGR_F_Destroy( feature );
    }
  }
  GDALClose( dataset );
  return true;
}
} // namespace

int AcvShapefileText::languageDriver( const QString &dbf )
{
  QFile file( dbf );
  if ( !file.open( QIODevice::ReadOnly ) )
    return 0;
  const QByteArray header = file.read( 32 );
  return header.size() > 29 ? static_cast<uchar>( header.at( 29 ) ) : 0;
}

bool AcvShapefileText::decode( const QString &shapefile, const QString &dbf, const QgsFields &fields, QgsFeatureList &features,
                               QStringList &notes, QStringList &warnings, QString &error )
{
  // A .cpg or an LDID says the encoding, and GDAL reads it so: nothing to guess.
  if ( dbf.isEmpty() || !AcvBoundarySource::sidecar( shapefile, QStringLiteral( "cpg" ) ).isEmpty() || languageDriver( dbf ) != 0 )
    return true;
  QVector<RawValue> values;
  if ( !readRawValues( shapefile, fields, values ) || values.isEmpty() )
    return true;

  AcvTextEncoding encoding = AcvTextEncoding::Utf8;
  QString evidence;
  if ( std::all_of( values.cbegin(), values.cend(), []( const RawValue &v )
                    { return isUtf8( v.bytes ); } ) )
  {
    // Bytes of another encoding are valid UTF-8 only by rare chance, and never all of them.
    evidence = QCoreApplication::translate( "AcvBoundarySource", "all %1 values with letters beyond ASCII are valid UTF-8" ).arg( values.size() );
  }
  else
  {
    QVector<QByteArray> samples;
    samples.reserve( values.size() );
    for ( const RawValue &value : std::as_const( values ) )
      samples.append( value.bytes );
    const AcvLegacyDecision decision = AcvLegacyDetector::decideBytes( samples );
    if ( decision.verdict != AcvLegacyDecision::Verdict::Decode )
    {
      if ( decision.scores.value( 0 ).ratio() < AcvLegacyDetector::kPlausible )
      {
        // No Vietnamese in any reading: GDAL's ISO-8859-1 is as good a guess as any.
        warnings.append( QCoreApplication::translate( "AcvBoundarySource", "%1: its .dbf declares no encoding (no .cpg file) and its text is no Vietnamese in Windows-1258, TCVN3 or VNI; it was read as ISO-8859-1 (add a .cpg file naming the encoding if names look wrong)" ).arg( shapefile ) );
        return true;
      }
      const RawValue &where = values.at( std::max( 0, decision.sample ) );
      int position = 0;
      for ( int i = 0; i < features.size() && position == 0; ++i )
        position = features.at( i ).id() == where.fid ? i + 1 : 0;
      error = QCoreApplication::translate( "AcvBoundarySource", "%1, feature %2, field '%3': the .dbf declares no encoding (no .cpg file), and its text is not certainly %4: read that way, '%5' is no Vietnamese word (%6); add a .cpg file naming the encoding (UTF-8, 1258...)" )
                  .arg( shapefile )
                  .arg( position )
                  .arg( fields.at( where.field ).name(), AcvLegacyEncoding::description( decision.encoding ), decision.word, decision.evidence() );
      return false;
    }
    encoding = decision.encoding;
    evidence = decision.evidence();
  }

  QHash<QgsFeatureId, int> positions;
  for ( int i = 0; i < features.size(); ++i )
    positions.insert( features.at( i ).id(), i );
  for ( const RawValue &value : std::as_const( values ) )
  {
    const auto it = positions.constFind( value.fid );
    if ( it != positions.constEnd() )
      features[it.value()].setAttribute( value.field, AcvLegacyEncoding::decode( value.bytes, encoding ) );
  }
  notes.append( QCoreApplication::translate( "AcvBoundarySource", "%1: its .dbf declares no encoding (no .cpg file); its text was read as %2 and converted to Unicode: %3" )
                    .arg( shapefile, AcvLegacyEncoding::description( encoding ), evidence ) );
  return true;
}
