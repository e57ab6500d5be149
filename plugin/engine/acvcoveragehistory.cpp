/***************************************************************************
  acvcoveragehistory.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragehistory.h"

#include "acvoutputtransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <mutex>

namespace
{
const char *const kLocalityField = "locality";
const char *const kDateField = "statistics_date";
const char *const kInstallsField = "installs";
const char *const kSmartphonesField = "smartphones";
const char *const kPopulationField = "population";
const char *const kCoverageField = "coverage_pct";
const char *const kSourceField = "source";

QString tr( const char *text )
{
  return QCoreApplication::translate( "AcvCoverageHistory", text );
}

QString lastGdalError()
{
  const QString message = QString::fromUtf8( CPLGetLastErrorMsg() ).trimmed();
  return message.isEmpty() ? tr( "unknown GDAL error" ) : message;
}

//! The connection string as GDAL's PostgreSQL driver takes it.
QByteArray gdalName( const QString &dataset )
{
  if ( AcvCoverageHistory::isDatabase( dataset ) && !dataset.startsWith( QLatin1String( "PG:" ), Qt::CaseInsensitive ) )
    return ( QStringLiteral( "PG:" ) + dataset ).toUtf8();
  if ( AcvCoverageHistory::isDatabase( dataset ) )
    return dataset.toUtf8();
  return QFile::encodeName( dataset );
}

QString isoDate( const QDate &date )
{
  return date.toString( Qt::ISODate );
}

//! A date field's value, whether the driver reports the column as a date or as text.
QDate dateOf( OGRFeatureH feature, int field )
{
  if ( field < 0 || !OGR_F_IsFieldSetAndNotNull( feature, field ) )
    return QDate();
  const OGRFieldType type = OGR_Fld_GetType( OGR_F_GetFieldDefnRef( feature, field ) );
  if ( type == OFTDate || type == OFTDateTime )
  {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, zone = 0;
    if ( OGR_F_GetFieldAsDateTime( feature, field, &year, &month, &day, &hour, &minute, &second, &zone ) )
      return QDate( year, month, day );
    return QDate();
  }
  return QDate::fromString( QString::fromUtf8( OGR_F_GetFieldAsString( feature, field ) ).left( 10 ), Qt::ISODate );
}

std::optional<double> numberOf( OGRFeatureH feature, int field )
{
  if ( field < 0 || !OGR_F_IsFieldSetAndNotNull( feature, field ) )
    return std::nullopt;
  return OGR_F_GetFieldAsDouble( feature, field );
}

void setNumber( OGRFeatureH feature, int field, const std::optional<double> &value )
{
  if ( value )
    OGR_F_SetFieldDouble( feature, field, *value );
  else
    OGR_F_SetFieldNull( feature, field );
}

//! Runs a statement that returns no rows; false with GDAL's error when it failed.
bool execute( GDALDatasetH dataset, const QString &sql, QString &error )
{
  CPLErrorReset();
  OGRLayerH result = GDALDatasetExecuteSQL( dataset, sql.toUtf8().constData(), nullptr, nullptr );
  if ( result )
    GDALDatasetReleaseResultSet( dataset, result );
  if ( CPLGetLastErrorType() >= CE_Failure )
  {
    error = lastGdalError();
    return false;
  }
  return true;
}
} // namespace

AcvCoverageHistory::~AcvCoverageHistory()
{
  rollback();
}

bool AcvCoverageHistory::isDatabase( const QString &dataset )
{
  return dataset.startsWith( QLatin1String( "PG:" ), Qt::CaseInsensitive ) || dataset.startsWith( QLatin1String( "postgresql://" ), Qt::CaseInsensitive ) || dataset.startsWith( QLatin1String( "postgres://" ), Qt::CaseInsensitive );
}

QString AcvCoverageHistory::displayName( const QString &dataset )
{
  if ( !isDatabase( dataset ) )
    return dataset;
  QString shown = dataset;
  // password=secret or password='se cret' in a keyword string; user:secret@ in a URI.
  static const QRegularExpression keyword( QStringLiteral( "(password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'|\\S+)" ), QRegularExpression::CaseInsensitiveOption );
  static const QRegularExpression uri( QStringLiteral( "(://[^:/@\\s]*):[^@/\\s]*@" ) );
  shown.replace( keyword, QStringLiteral( "\\1***" ) );
  shown.replace( uri, QStringLiteral( "\\1:***@" ) );
  return shown;
}

bool AcvCoverageHistory::begin( const QString &dataset, const QString &keyField, const QString &crsWkt, QString &error, AcvOutputTransaction *transaction )
{
  rollback();
  mDatasetName = dataset;
  mKeyField = keyField;
  mTransaction = transaction;
  const QString shown = displayName( dataset );
  for ( const char *reserved : { kLocalityField, kDateField, kInstallsField, kSmartphonesField, kPopulationField, kCoverageField, kSourceField } )
  {
    if ( keyField.compare( QLatin1String( reserved ), Qt::CaseInsensitive ) == 0 )
    {
      error = tr( "%1: the boundaries' key field '%2' has the name of a figure the history keeps; give another --key" ).arg( shown, keyField );
      return false;
    }
  }

  static std::once_flag registered;
  std::call_once( registered, []()
                  { GDALAllRegister(); } );
  CPLErrorReset();
  if ( isDatabase( dataset ) )
  {
    const char *const drivers[] = { "PostgreSQL", nullptr };
    mDataset = GDALOpenEx( gdalName( dataset ).constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr );
    if ( !mDataset )
    {
      error = tr( "%1: cannot connect to the history's database: %2" ).arg( shown, lastGdalError() );
      return false;
    }
  }
  else
  {
    // Another program (a QGIS reading the history) may hold the file a moment: wait for it.
    CPLSetThreadLocalConfigOption( "OGR_SQLITE_PRAGMA", "busy_timeout=60000" );
    if ( QFileInfo::exists( dataset ) )
    {
      const char *const drivers[] = { "GPKG", nullptr };
      mDataset = GDALOpenEx( gdalName( dataset ).constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers, nullptr, nullptr );
      if ( !mDataset )
        error = tr( "%1: cannot be opened as a GeoPackage to update: %2" ).arg( dataset, lastGdalError() );
    }
    else if ( !transaction )
    {
      error = tr( "%1: does not exist" ).arg( dataset );
    }
    else
    {
      mTemporary = transaction->reserve( dataset );
      if ( mTemporary.isEmpty() )
        error = transaction->reserveError();
      else if ( GDALDriverH driver = GDALGetDriverByName( "GPKG" ) )
      {
        mDataset = GDALCreate( driver, QFile::encodeName( mTemporary ).constData(), 0, 0, 0, GDT_Unknown, nullptr );
        if ( !mDataset )
          error = tr( "%1: cannot be created: %2" ).arg( dataset, lastGdalError() );
      }
      else
        error = tr( "%1: GDAL has no GeoPackage driver" ).arg( dataset );
    }
    CPLSetThreadLocalConfigOption( "OGR_SQLITE_PRAGMA", nullptr );
    if ( !mDataset )
      return false;
  }

  if ( GDALDatasetStartTransaction( mDataset, FALSE ) != OGRERR_NONE )
  {
    error = tr( "%1: cannot start a transaction: %2" ).arg( shown, lastGdalError() );
    close();
    return false;
  }
  mInTransaction = true;
  mLayer = GDALDatasetGetLayerByName( mDataset, kLayerName );
  const bool ready = mLayer ? checkLayer( crsWkt, error ) : createLayer( crsWkt, error );
  if ( !ready )
  {
    rollback();
    return false;
  }
  return true;
}

bool AcvCoverageHistory::createLayer( const QString &crsWkt, QString &error )
{
  const QString shown = displayName( mDatasetName );
  OGRSpatialReferenceH srs = nullptr;
  if ( !crsWkt.isEmpty() )
  {
    srs = OSRNewSpatialReference( nullptr );
    OSRSetAxisMappingStrategy( srs, OAMS_TRADITIONAL_GIS_ORDER );
    if ( OSRSetFromUserInput( srs, crsWkt.toUtf8().constData() ) != OGRERR_NONE )
    {
      OSRDestroySpatialReference( srs );
      srs = nullptr;
    }
  }
  // LAUNDER=NO keeps the key field's name as the boundaries write it, on PostgreSQL too.
  const char *const fileOptions[] = { "GEOMETRY_NAME=geom", "FID=fid", nullptr };
  const char *const databaseOptions[] = { "GEOMETRY_NAME=geom", "FID=fid", "LAUNDER=NO", nullptr };
  const char *const *options = isDatabase( mDatasetName ) ? databaseOptions : fileOptions;
  CPLErrorReset();
  mLayer = GDALDatasetCreateLayer( mDataset, kLayerName, srs, wkbMultiPolygon, const_cast<char **>( options ) );
  if ( srs )
    OSRDestroySpatialReference( srs );
  if ( !mLayer )
  {
    error = tr( "%1: layer %2 cannot be created: %3" ).arg( shown, QLatin1String( kLayerName ), lastGdalError() );
    return false;
  }
  const QByteArray key = mKeyField.toUtf8();
  const QVector<QPair<const char *, OGRFieldType>> fields = {
      { key.constData(), OFTString },
      { kLocalityField, OFTString },
      { kDateField, OFTDate },
      { kInstallsField, OFTReal },
      { kSmartphonesField, OFTReal },
      { kPopulationField, OFTReal },
      { kCoverageField, OFTReal },
      { kSourceField, OFTString },
  };
  for ( const auto &field : fields )
  {
    OGRFieldDefnH definition = OGR_Fld_Create( field.first, field.second );
    const OGRErr created = OGR_L_CreateField( mLayer, definition, TRUE );
    OGR_Fld_Destroy( definition );
    if ( created != OGRERR_NONE )
    {
      error = tr( "%1: field %2 of layer %3 cannot be created: %4" ).arg( shown, QString::fromUtf8( field.first ), QLatin1String( kLayerName ), lastGdalError() );
      return false;
    }
  }
  // Each run deletes and reads by date; a campaign of a year holds a million rows.
  QString indexError;
  if ( !execute( mDataset, QStringLiteral( "CREATE INDEX IF NOT EXISTS coverage_history_date ON coverage_history (statistics_date)" ), indexError ) )
  {
    error = tr( "%1: the date index of %2 cannot be created: %3" ).arg( shown, QLatin1String( kLayerName ), indexError );
    return false;
  }
  return true;
}

bool AcvCoverageHistory::checkLayer( const QString &crsWkt, QString &error )
{
  const QString shown = displayName( mDatasetName );
  if ( fieldIndex( mKeyField.toUtf8().constData() ) < 0 )
  {
    error = tr( "%1: layer %2 has no field '%3': its localities are keyed by another field than these boundaries' key; give the --key it was made with, or another --history" ).arg( shown, QLatin1String( kLayerName ), mKeyField );
    return false;
  }
  for ( const char *name : { kLocalityField, kDateField, kInstallsField, kSmartphonesField, kPopulationField, kCoverageField, kSourceField } )
  {
    if ( fieldIndex( name ) < 0 )
    {
      error = tr( "%1: layer %2 has no field '%3': it is not a coverage history" ).arg( shown, QLatin1String( kLayerName ), QLatin1String( name ) );
      return false;
    }
  }
  const OGRFieldType dateType = OGR_Fld_GetType( OGR_FD_GetFieldDefn( OGR_L_GetLayerDefn( mLayer ), fieldIndex( kDateField ) ) );
  if ( dateType != OFTDate && dateType != OFTDateTime && dateType != OFTString )
  {
    error = tr( "%1: field %2 of layer %3 is not a date" ).arg( shown, QLatin1String( kDateField ), QLatin1String( kLayerName ) );
    return false;
  }
  // Boundaries in another CRS than the history's (VN-2000 then WGS 84) are reprojected to it.
  OGRSpatialReferenceH layerSrs = OGR_L_GetSpatialRef( mLayer );
  if ( layerSrs && !crsWkt.isEmpty() )
  {
    OGRSpatialReferenceH source = OSRNewSpatialReference( nullptr );
    OSRSetAxisMappingStrategy( source, OAMS_TRADITIONAL_GIS_ORDER );
    if ( OSRSetFromUserInput( source, crsWkt.toUtf8().constData() ) == OGRERR_NONE && !OSRIsSame( source, layerSrs ) )
    {
      OGRSpatialReferenceH target = OSRClone( layerSrs );
      OSRSetAxisMappingStrategy( target, OAMS_TRADITIONAL_GIS_ORDER );
      mTransform = OCTNewCoordinateTransformation( source, target );
      OSRDestroySpatialReference( target );
      if ( !mTransform )
      {
        OSRDestroySpatialReference( source );
        error = tr( "%1: the boundaries cannot be reprojected to the history's CRS: %2" ).arg( shown, lastGdalError() );
        return false;
      }
    }
    OSRDestroySpatialReference( source );
  }
  return true;
}

int AcvCoverageHistory::fieldIndex( const char *name ) const
{
  return mLayer ? OGR_FD_GetFieldIndex( OGR_L_GetLayerDefn( mLayer ), name ) : -1;
}

bool AcvCoverageHistory::dates( QVector<QDate> &dates, QString &error )
{
  dates.clear();
  CPLErrorReset();
  OGRLayerH result = GDALDatasetExecuteSQL( mDataset, "SELECT DISTINCT statistics_date FROM coverage_history", nullptr, nullptr );
  if ( !result )
  {
    if ( CPLGetLastErrorType() >= CE_Failure )
    {
      error = tr( "%1: the dates of %2 cannot be read: %3" ).arg( displayName( mDatasetName ), QLatin1String( kLayerName ), lastGdalError() );
      return false;
    }
    return true;
  }
  while ( OGRFeatureH feature = OGR_L_GetNextFeature( result ) )
  {
    const QDate date = dateOf( feature, 0 );
    if ( date.isValid() )
      dates << date;
    OGR_F_Destroy( feature );
  }
  GDALDatasetReleaseResultSet( mDataset, result );
  std::sort( dates.begin(), dates.end() );
  return true;
}

bool AcvCoverageHistory::replace( const QVector<AcvHistoryRow> &rows, AcvHistoryUpdate &update, QString &error )
{
  const QString shown = displayName( mDatasetName );
  update = AcvHistoryUpdate();
  QVector<QDate> held;
  if ( !dates( held, error ) )
    return false;
  QSet<QDate> seen;
  for ( const AcvHistoryRow &row : rows )
  {
    if ( seen.contains( row.date ) )
      continue;
    seen.insert( row.date );
    ( held.contains( row.date ) ? update.replaced : update.added ) << row.date;
  }
  std::sort( update.added.begin(), update.added.end() );
  std::sort( update.replaced.begin(), update.replaced.end() );
  for ( const QDate &date : std::as_const( update.replaced ) )
  {
    if ( !execute( mDataset, QStringLiteral( "DELETE FROM coverage_history WHERE statistics_date = '%1'" ).arg( isoDate( date ) ), error ) )
    {
      error = tr( "%1: the rows of %2 cannot be replaced: %3" ).arg( shown, isoDate( date ), error );
      return false;
    }
  }

  const int keyIndex = fieldIndex( mKeyField.toUtf8().constData() );
  const int localityIndex = fieldIndex( kLocalityField );
  const int dateIndex = fieldIndex( kDateField );
  const int installsIndex = fieldIndex( kInstallsField );
  const int smartphonesIndex = fieldIndex( kSmartphonesField );
  const int populationIndex = fieldIndex( kPopulationField );
  const int coverageIndex = fieldIndex( kCoverageField );
  const int sourceIndex = fieldIndex( kSourceField );
  const bool textDate = OGR_Fld_GetType( OGR_FD_GetFieldDefn( OGR_L_GetLayerDefn( mLayer ), dateIndex ) ) == OFTString;
  OGRFeatureDefnH definition = OGR_L_GetLayerDefn( mLayer );
  for ( const AcvHistoryRow &row : rows )
  {
    OGRFeatureH feature = OGR_F_Create( definition );
    OGR_F_SetFieldString( feature, keyIndex, row.key.toUtf8().constData() );
    OGR_F_SetFieldString( feature, localityIndex, row.locality.toUtf8().constData() );
    if ( textDate )
      OGR_F_SetFieldString( feature, dateIndex, isoDate( row.date ).toUtf8().constData() );
    else
      OGR_F_SetFieldDateTime( feature, dateIndex, row.date.year(), row.date.month(), row.date.day(), 0, 0, 0, 0 );
    setNumber( feature, installsIndex, row.figures.installs );
    setNumber( feature, smartphonesIndex, row.figures.smartphones );
    setNumber( feature, populationIndex, row.figures.population );
    setNumber( feature, coverageIndex, row.coveragePct );
    OGR_F_SetFieldString( feature, sourceIndex, row.source.toUtf8().constData() );
    if ( !row.wkb.isEmpty() )
    {
      OGRGeometryH geometry = nullptr;
      if ( OGR_G_CreateFromWkb( row.wkb.constData(), nullptr, &geometry, static_cast<int>( row.wkb.size() ) ) == OGRERR_NONE && geometry )
      {
        geometry = OGR_G_ForceToMultiPolygon( geometry );
        if ( mTransform && OGR_G_Transform( geometry, static_cast<OGRCoordinateTransformationH>( mTransform ) ) != OGRERR_NONE )
        {
          OGR_G_DestroyGeometry( geometry );
          OGR_F_Destroy( feature );
          error = tr( "%1: the boundary of '%2' cannot be reprojected to the history's CRS" ).arg( shown, row.locality );
          return false;
        }
        OGR_F_SetGeometryDirectly( feature, geometry );
      }
    }
    CPLErrorReset();
    const OGRErr created = OGR_L_CreateFeature( mLayer, feature );
    OGR_F_Destroy( feature );
    if ( created != OGRERR_NONE )
    {
      error = tr( "%1: the row of '%2' on %3 cannot be written: %4" ).arg( shown, row.locality, isoDate( row.date ), lastGdalError() );
      return false;
    }
    ++update.rows;
  }
  return true;
}

bool AcvCoverageHistory::observations( QHash<QString, QVector<AcvHistoryObservation>> &byKey, QString &error )
{
  byKey.clear();
  const int keyIndex = fieldIndex( mKeyField.toUtf8().constData() );
  const int dateIndex = fieldIndex( kDateField );
  const int installsIndex = fieldIndex( kInstallsField );
  const int smartphonesIndex = fieldIndex( kSmartphonesField );
  const int populationIndex = fieldIndex( kPopulationField );
  // A year of national annexes is a million rows: their boundaries are not read back.
  const char *ignored[] = { "OGR_GEOMETRY", "OGR_STYLE", kLocalityField, kCoverageField, kSourceField, nullptr };
  OGR_L_SetIgnoredFields( mLayer, ignored );
  OGR_L_SetAttributeFilter( mLayer, nullptr );
  OGR_L_ResetReading( mLayer );
  CPLErrorReset();
  while ( OGRFeatureH feature = OGR_L_GetNextFeature( mLayer ) )
  {
    AcvHistoryObservation observation;
    observation.date = dateOf( feature, dateIndex );
    observation.figures.installs = numberOf( feature, installsIndex );
    observation.figures.smartphones = numberOf( feature, smartphonesIndex );
    observation.figures.population = numberOf( feature, populationIndex );
    const QString key = QString::fromUtf8( OGR_F_GetFieldAsString( feature, keyIndex ) );
    OGR_F_Destroy( feature );
    if ( observation.date.isValid() )
      byKey[key].append( observation );
  }
  OGR_L_SetIgnoredFields( mLayer, nullptr );
  if ( CPLGetLastErrorType() >= CE_Failure )
  {
    error = tr( "%1: layer %2 cannot be read: %3" ).arg( displayName( mDatasetName ), QLatin1String( kLayerName ), lastGdalError() );
    return false;
  }
  return true;
}

bool AcvCoverageHistory::commit( QString &error )
{
  if ( !mDataset )
    return true;
  const QString shown = displayName( mDatasetName );
  if ( mInTransaction )
  {
    CPLErrorReset();
    mInTransaction = false;
    if ( GDALDatasetCommitTransaction( mDataset ) != OGRERR_NONE )
    {
      error = tr( "%1: the history cannot be committed: %2" ).arg( shown, lastGdalError() );
      close();
      return false;
    }
  }
  close();
  if ( !mTemporary.isEmpty() && mTransaction && !mTransaction->stage( mTemporary, mDatasetName, error ) )
    return false;
  return true;
}

void AcvCoverageHistory::rollback()
{
  if ( mDataset && mInTransaction )
    GDALDatasetRollbackTransaction( mDataset );
  mInTransaction = false;
  close();
}

void AcvCoverageHistory::close()
{
  if ( mTransform )
    OCTDestroyCoordinateTransformation( static_cast<OGRCoordinateTransformationH>( mTransform ) );
  mTransform = nullptr;
  mLayer = nullptr;
  if ( mDataset )
    GDALClose( mDataset );
  mDataset = nullptr;
}
