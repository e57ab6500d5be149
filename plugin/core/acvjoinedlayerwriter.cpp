/***************************************************************************
  acvjoinedlayerwriter.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvjoinedlayerwriter.h"
#include "acvgpkgspatialindex.h"
#include "acvjoinedlayer.h"
#include "acvoutputfile.h"

#include <qgscoordinatereferencesystem.h>
#include <qgslinestring.h>
#include <qgsmultipolygon.h>
#include <qgspolygon.h>

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTime>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <memory>

namespace
{
//! GDAL before 3.7 has no bulk loader for the GeoPackage R-tree (see writeGeoPackage()).
constexpr bool kPackIndexOurselves = GDAL_VERSION_NUM < GDAL_COMPUTE_VERSION( 3, 7, 0 );

struct AcvDatasetCloser
{
  void operator()( void *dataset ) const { GDALClose( dataset ); }
};
using AcvDatasetHandle = std::unique_ptr<void, AcvDatasetCloser>;

struct AcvFeatureDestroyer
{
  void operator()( void *feature ) const { OGR_F_Destroy( feature ); }
};
using AcvFeatureHandle = std::unique_ptr<void, AcvFeatureDestroyer>;

struct AcvSpatialReferenceReleaser
{
  void operator()( void *srs ) const { OSRRelease( srs ); }
};
using AcvSpatialReferenceHandle = std::unique_ptr<void, AcvSpatialReferenceReleaser>;

QString ogrError()
{
  return QString::fromUtf8( CPLGetLastErrorMsg() );
}

//! The OGR type a QGIS field is stored as in the GeoPackage (the mapping QgsVectorFileWriter uses).
OGRFieldType ogrType( int type, OGRFieldSubType &subType )
{
  subType = OFSTNone;
  switch ( type )
  {
    case QMetaType::Int:
      return OFTInteger;
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
      return OFTInteger64;
    case QMetaType::Double:
      return OFTReal;
    case QMetaType::Bool:
      subType = OFSTBoolean;
      return OFTInteger;
    case QMetaType::QDate:
      return OFTDate;
    case QMetaType::QTime:
      return OFTTime;
    case QMetaType::QDateTime:
      return OFTDateTime;
    case QMetaType::QByteArray:
      return OFTBinary;
    case QMetaType::QStringList:
    case QMetaType::QVariantList:
      // A GeoPackage has no list columns; GDAL's convention is JSON text.
      subType = OFSTJSON;
      return OFTString;
    default:
      return OFTString;
  }
}

//! Sets field \a index of \a feature, of QGIS type \a type, to \a value.
void setField( OGRFeatureH feature, int index, int type, const QVariant &value )
{
  if ( value.isNull() )
  {
    OGR_F_SetFieldNull( feature, index );
    return;
  }
  switch ( type )
  {
    case QMetaType::Int:
    case QMetaType::Bool:
      OGR_F_SetFieldInteger( feature, index, value.toInt() );
      return;
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
      OGR_F_SetFieldInteger64( feature, index, value.toLongLong() );
      return;
    case QMetaType::Double:
      OGR_F_SetFieldDouble( feature, index, value.toDouble() );
      return;
    case QMetaType::QDate:
    {
      const QDate date = value.toDate();
      OGR_F_SetFieldDateTimeEx( feature, index, date.year(), date.month(), date.day(), 0, 0, 0, 0 );
      return;
    }
    case QMetaType::QTime:
    {
      const QTime time = value.toTime();
      OGR_F_SetFieldDateTimeEx( feature, index, 0, 0, 0, time.hour(), time.minute(), static_cast<float>( time.second() + time.msec() / 1000.0 ), 0 );
      return;
    }
    case QMetaType::QDateTime:
    {
      const QDateTime dateTime = value.toDateTime();
      const QDate date = dateTime.date();
      const QTime time = dateTime.time();
      // OGR's time zone flag: 100 is UTC, 0 unknown.
      OGR_F_SetFieldDateTimeEx( feature, index, date.year(), date.month(), date.day(), time.hour(), time.minute(),
                                static_cast<float>( time.second() + time.msec() / 1000.0 ), dateTime.timeSpec() == Qt::UTC ? 100 : 0 );
      return;
    }
    case QMetaType::QByteArray:
    {
      const QByteArray bytes = value.toByteArray();
      OGR_F_SetFieldBinary( feature, index, bytes.size(), bytes.constData() );
      return;
    }
    case QMetaType::QStringList:
    case QMetaType::QVariantList:
      OGR_F_SetFieldString( feature, index, QJsonDocument( QJsonArray::fromVariantList( value.toList() ) ).toJson( QJsonDocument::Compact ).constData() );
      return;
    default:
      OGR_F_SetFieldString( feature, index, value.toString().toUtf8().constData() );
      return;
  }
}

//! GDAL's own way to index a layer, row by row: the fallback when the packed index cannot be built.
bool createGdalSpatialIndex( const QString &path, const QString &layerName, QString &error )
{
  GDALDatasetH dataset = GDALOpenEx( QFile::encodeName( path ).constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr );
  OGRLayerH layer = dataset ? GDALDatasetGetLayerByName( dataset, layerName.toUtf8().constData() ) : nullptr;
  if ( !layer )
  {
    error = QStringLiteral( "%1: cannot be reopened to index it (%2)" ).arg( path, ogrError() );
    if ( dataset )
      GDALClose( dataset );
    return false;
  }
  CPLErrorReset();
  const QString sql = QStringLiteral( "SELECT CreateSpatialIndex('%1', '%2')" ).arg( layerName, QString::fromUtf8( OGR_L_GetGeometryColumn( layer ) ) );
  OGRLayerH result = GDALDatasetExecuteSQL( dataset, sql.toUtf8().constData(), nullptr, nullptr );
  if ( result )
    GDALDatasetReleaseResultSet( dataset, result );
  const bool ok = CPLGetLastErrorType() < CE_Failure;
  if ( !ok )
    error = QStringLiteral( "%1: cannot be indexed (%2)" ).arg( path, ogrError() );
  GDALClose( dataset );
  return ok;
}

//! An OGR ring with the vertices of \a line.
OGRGeometryH ogrRing( const QgsLineString *line )
{
  OGRGeometryH ring = OGR_G_CreateGeometry( wkbLinearRing );
  OGR_G_SetPoints( ring, line->numPoints(), line->xData(), sizeof( double ), line->yData(), sizeof( double ), nullptr, 0 );
  return ring;
}

//! An OGR polygon with the rings of \a polygon.
OGRGeometryH ogrPolygon( const QgsPolygon *polygon )
{
  OGRGeometryH result = OGR_G_CreateGeometry( wkbPolygon );
  OGR_G_AddGeometryDirectly( result, ogrRing( static_cast<const QgsLineString *>( polygon->exteriorRing() ) ) );
  for ( int i = 0; i < polygon->numInteriorRings(); ++i )
    OGR_G_AddGeometryDirectly( result, ogrRing( static_cast<const QgsLineString *>( polygon->interiorRing( i ) ) ) );
  return result;
}

/**
 * \a geometry as an OGR multipolygon built straight from its coordinates, when it is a flat
 * polygon or multipolygon of straight rings and the layer is a flat multipolygon layer; else
 * nullptr. Going through WKB (written by QGIS, parsed by OGR) took an eighth of the writer's time.
 */
OGRGeometryH ogrPolygons( const QgsAbstractGeometry *geometry, OGRwkbGeometryType layerType )
{
  if ( layerType != wkbMultiPolygon || !geometry )
    return nullptr;
  const QgsWkbTypes::Type type = geometry->wkbType();
  if ( type == QgsWkbTypes::Polygon )
  {
    const auto *polygon = static_cast<const QgsPolygon *>( geometry );
    if ( !polygon->exteriorRing() )
      return nullptr;
    OGRGeometryH result = OGR_G_CreateGeometry( wkbMultiPolygon );
    OGR_G_AddGeometryDirectly( result, ogrPolygon( polygon ) );
    return result;
  }
  if ( type == QgsWkbTypes::MultiPolygon )
  {
    const auto *parts = static_cast<const QgsMultiPolygon *>( geometry );
    for ( int i = 0; i < parts->numGeometries(); ++i )
    {
      if ( !parts->polygonN( i )->exteriorRing() )
        return nullptr;
    }
    OGRGeometryH result = OGR_G_CreateGeometry( wkbMultiPolygon );
    for ( int i = 0; i < parts->numGeometries(); ++i )
      OGR_G_AddGeometryDirectly( result, ogrPolygon( parts->polygonN( i ) ) );
    return result;
  }
  return nullptr;
}

/**
 * \a geometry through WKB, for the geometries ogrPolygons() does not build (curves, Z or M);
 * single parts become one-part multi-part geometries as the layer's type asks.
 */
bool ogrGeometryFromWkb( const QgsGeometry &geometry, OGRGeometryH &result, OGRwkbGeometryType layerType )
{
  const QByteArray wkb = geometry.asWkb();
  if ( OGR_G_CreateFromWkb( wkb.constData(), nullptr, &result, static_cast<int>( wkb.size() ) ) != OGRERR_NONE )
    return false;
  if ( wkbFlatten( layerType ) != wkbUnknown && OGR_G_GetGeometryType( result ) != layerType )
    result = OGR_G_ForceTo( result, layerType, nullptr );
  return true;
}

/**
 * Writes \a features as layer \a layerName of a new GeoPackage at \a path, in one transaction.
 * OGR's C API directly: QgsVectorFileWriter's per-feature conversion took as long as SQLite's
 * inserts, and it needs a QGIS CRS, which must not be used on a worker thread.
 */
bool writeGeoPackage( const QString &path, const QString &layerName, const QgsFields &fields, QgsWkbTypes::Type wkbType,
                      const QByteArray &crsWkt, const QgsFeatureList &features, const QString &destination, QString &error, AcvProgress *progress )
{
  GDALDriverH driver = GDALGetDriverByName( "GPKG" );
  if ( !driver )
  {
    error = QStringLiteral( "%1: cannot be written (GDAL has no GeoPackage driver)" ).arg( destination );
    return false;
  }
  CPLErrorReset();
  AcvDatasetHandle dataset( GDALCreate( driver, QFile::encodeName( path ).constData(), 0, 0, 0, GDT_Unknown, nullptr ) );
  if ( !dataset )
  {
    error = QStringLiteral( "%1: cannot be written (%2)" ).arg( destination, ogrError() );
    return false;
  }
  AcvSpatialReferenceHandle srs;
  if ( !crsWkt.isEmpty() )
  {
    srs.reset( OSRNewSpatialReference( crsWkt.constData() ) );
    if ( !srs )
    {
      error = QStringLiteral( "%1: its coordinate reference system cannot be written (%2)" ).arg( destination, ogrError() );
      return false;
    }
    OSRSetAxisMappingStrategy( srs.get(), OAMS_TRADITIONAL_GIS_ORDER );
  }
  // Before GDAL 3.7 the GPKG driver grows the R-tree row by row; the index is then packed
  // afterwards in one pass (AcvGpkgSpatialIndex), a second saved at national scale. GDAL 3.7
  // bulk-loads the R-tree itself, as fast, and its own index is the one to trust there.
  const char *layerOptions[] = { kPackIndexOurselves ? "SPATIAL_INDEX=NO" : "SPATIAL_INDEX=YES", nullptr };
  const OGRwkbGeometryType layerType = static_cast<OGRwkbGeometryType>( wkbType );
  OGRLayerH layer = GDALDatasetCreateLayer( dataset.get(), layerName.toUtf8().constData(), srs.get(), layerType, const_cast<char **>( layerOptions ) );
  if ( !layer )
  {
    error = QStringLiteral( "%1: layer '%2' cannot be created (%3)" ).arg( destination, layerName, ogrError() );
    return false;
  }
  QVector<int> types;
  types.reserve( fields.count() );
  for ( const QgsField &field : fields )
  {
    OGRFieldSubType subType = OFSTNone;
    const int type = static_cast<int>( field.type() );
    OGRFieldDefnH definition = OGR_Fld_Create( field.name().toUtf8().constData(), ogrType( type, subType ) );
    OGR_Fld_SetSubType( definition, subType );
    if ( subType == OFSTNone && ogrType( type, subType ) == OFTString && field.length() > 0 )
      OGR_Fld_SetWidth( definition, field.length() );
    const OGRErr created = OGR_L_CreateField( layer, definition, TRUE );
    OGR_Fld_Destroy( definition );
    if ( created != OGRERR_NONE )
    {
      error = QStringLiteral( "%1: field '%2' cannot be created (%3)" ).arg( destination, field.name(), ogrError() );
      return false;
    }
    types.append( type );
  }

  if ( GDALDatasetStartTransaction( dataset.get(), FALSE ) != OGRERR_NONE )
  {
    error = QStringLiteral( "%1: cannot be written (%2)" ).arg( destination, ogrError() );
    return false;
  }
  // One OGR feature, refilled for every row: every field is set (or nulled) each time.
  AcvFeatureHandle row( OGR_F_Create( OGR_L_GetLayerDefn( layer ) ) );
  const int fieldCount = static_cast<int>( types.size() );
  int written = 0;
  for ( const QgsFeature &feature : features )
  {
    if ( written++ % 512 == 0 )
    {
      AcvProgress::report( progress, written, static_cast<double>( features.size() ) );
      if ( AcvProgress::canceled( progress ) )
      {
        error = QString::fromLatin1( AcvProgress::kCanceled );
        return false;
      }
    }
    const QgsAttributes attributes = feature.attributes();
    const int valueCount = std::min( fieldCount, static_cast<int>( attributes.size() ) );
    for ( int i = 0; i < valueCount; ++i )
      setField( row.get(), i, types.at( i ), attributes.at( i ) );
    for ( int i = valueCount; i < fieldCount; ++i )
      OGR_F_SetFieldNull( row.get(), i );
    OGRGeometryH geometry = nullptr;
    if ( feature.hasGeometry() )
    {
      geometry = ogrPolygons( feature.geometry().constGet(), layerType );
      if ( !geometry && !ogrGeometryFromWkb( feature.geometry(), geometry, layerType ) )
      {
        error = QStringLiteral( "%1: the geometry of feature %2 cannot be written (%3)" ).arg( destination ).arg( feature.id() ).arg( ogrError() );
        return false;
      }
    }
    OGR_F_SetGeometryDirectly( row.get(), geometry );
    OGR_F_SetFID( row.get(), OGRNullFID );
    if ( OGR_L_CreateFeature( layer, row.get() ) != OGRERR_NONE )
    {
      error = QStringLiteral( "%1: feature %2 cannot be written (%3)" ).arg( destination ).arg( feature.id() ).arg( ogrError() );
      return false;
    }
  }
  if ( GDALDatasetCommitTransaction( dataset.get() ) != OGRERR_NONE )
  {
    error = QStringLiteral( "%1: cannot be written (%2)" ).arg( destination, ogrError() );
    return false;
  }
  row.reset();
  dataset.reset(); // closes the GeoPackage before it is indexed
  if ( CPLGetLastErrorType() >= CE_Failure )
  {
    error = QStringLiteral( "%1: cannot be written (%2)" ).arg( destination, ogrError() );
    return false;
  }
  return true;
}
} // namespace

QStringList AcvJoinedLayerWriter::coverageFieldNames()
{
  return AcvJoinedLayer::coverageFieldNames();
}

AcvJoinedLayerWriter::AcvJoinedLayerWriter() = default;
AcvJoinedLayerWriter::~AcvJoinedLayerWriter() = default;

bool AcvJoinedLayerWriter::create( const AcvJoinedFeatures &joined, const QString &path, const QString &layerName, QString &error, AcvOutputTransaction *transaction )
{
  mTransaction = transaction;
  Q_UNUSED( error )
  mPath = path;
  mLayerName = layerName;
  mFields = joined.fields;
  mWkbType = joined.wkbType;
  // The WKT is taken here, on the calling thread, for the reason given in the class comment;
  // GDAL's form of it, as QGIS hands a CRS to OGR. No CRS is stored as GDAL's undefined one.
  mCrsWkt = joined.crs.isValid() ? joined.crs.toWkt( QgsCoordinateReferenceSystem::WKT_PREFERRED_GDAL ).toUtf8() : QByteArray();
  mCreated = true;
  return true;
}

bool AcvJoinedLayerWriter::finish( const QgsFeatureList &features, QString &error, AcvProgress *progress )
{
  if ( !mCreated )
  {
    error = QStringLiteral( "%1: the layer was not created" ).arg( mPath );
    return false;
  }
  AcvOutputFile output( mPath, mTransaction );
  if ( output.tempPath().isEmpty() )
    return output.commit( error ); // its folder cannot be written: says why
  if ( !writeGeoPackage( output.tempPath(), mLayerName, mFields, mWkbType, mCrsWkt, features, mPath, error, progress ) )
    return false;
  QString indexError;
  if ( kPackIndexOurselves && !AcvGpkgSpatialIndex::create( output.tempPath(), mLayerName, indexError ) && !createGdalSpatialIndex( output.tempPath(), mLayerName, error ) )
  {
    error = QStringLiteral( "%1 (%2)" ).arg( error, indexError );
    return false;
  }
  return output.commit( error );
}

bool AcvJoinedLayerWriter::write( const AcvJoinedFeatures &joined, const QString &path, const QString &layerName, QString &error )
{
  AcvJoinedLayerWriter writer;
  return writer.create( joined, path, layerName, error ) && writer.finish( joined.features, error );
}

bool AcvJoinedLayerWriter::write( const AcvBoundarySource &boundaries, const QString &nameField, const AcvStatisticsTable &table,
                                  const AcvCoverageJoinResult &join, double targetPct,
                                  const QString &path, const QString &layerName, QStringList &warnings, QString &error )
{
  AcvJoinedFeatures joined;
  return AcvJoinedLayer::build( boundaries, nameField, table, join, targetPct, joined, warnings, error ) && write( joined, path, layerName, error );
}
