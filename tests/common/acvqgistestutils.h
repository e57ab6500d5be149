/***************************************************************************
  acvqgistestutils.h - helpers for tests that read what the tool wrote
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVQGISTESTUTILS_H
#define ACVQGISTESTUTILS_H

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <gdal.h>
#include <ogr_api.h>

//! A feature read back with OGR: attributes as variants (NULL stays invalid), and a point inside it.
struct AcvReadFeature
{
  QHash<QString, QVariant> attributes;
  double insideX = 0;
  double insideY = 0;
};

inline QVector<AcvReadFeature> acvReadFeatures( const QString &path, const QString &layerName = QString() )
{
  GDALAllRegister();
  QVector<AcvReadFeature> features;
  GDALDatasetH dataset = GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr );
  if ( !dataset )
    return features;
  OGRLayerH layer = layerName.isEmpty() ? GDALDatasetGetLayer( dataset, 0 ) : GDALDatasetGetLayerByName( dataset, layerName.toUtf8().constData() );
  OGRFeatureDefnH definition = OGR_L_GetLayerDefn( layer );
  while ( OGRFeatureH feature = OGR_L_GetNextFeature( layer ) )
  {
    AcvReadFeature read;
    for ( int i = 0; i < OGR_FD_GetFieldCount( definition ); ++i )
    {
      OGRFieldDefnH field = OGR_FD_GetFieldDefn( definition, i );
      const QString name = QString::fromUtf8( OGR_Fld_GetNameRef( field ) );
      if ( !OGR_F_IsFieldSetAndNotNull( feature, i ) )
      {
        read.attributes.insert( name, QVariant() );
        continue;
      }
      switch ( OGR_Fld_GetType( field ) )
      {
        case OFTInteger:
          read.attributes.insert( name, OGR_F_GetFieldAsInteger( feature, i ) );
          break;
        case OFTInteger64:
          read.attributes.insert( name, static_cast<qlonglong>( OGR_F_GetFieldAsInteger64( feature, i ) ) );
          break;
        case OFTReal:
          read.attributes.insert( name, OGR_F_GetFieldAsDouble( feature, i ) );
          break;
        default:
          read.attributes.insert( name, QString::fromUtf8( OGR_F_GetFieldAsString( feature, i ) ) );
      }
    }
    if ( OGRGeometryH geometry = OGR_F_GetGeometryRef( feature ) )
    {
      OGRGeometryH inside = OGR_G_PointOnSurface( geometry );
      if ( inside )
      {
        read.insideX = OGR_G_GetX( inside, 0 );
        read.insideY = OGR_G_GetY( inside, 0 );
        OGR_G_DestroyGeometry( inside );
      }
    }
    features.append( read );
    OGR_F_Destroy( feature );
  }
  GDALClose( dataset );
  return features;
}

//! SHA-256 of a file's bytes, or an empty array when it cannot be read.
inline QByteArray acvChecksum( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QByteArray();
  QCryptographicHash hash( QCryptographicHash::Sha256 );
  hash.addData( &file );
  return hash.result().toHex();
}

#endif // ACVQGISTESTUTILS_H
