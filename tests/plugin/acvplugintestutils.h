/***************************************************************************
  acvplugintestutils.h - inputs shared by the plugin's tests
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVPLUGINTESTUTILS_H
#define ACVPLUGINTESTUTILS_H

#include "acvcoveragejob.h"
#include "acvqgistestutils.h"
#include "acvtestutils.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <memory>

inline QString acvGiaLaiBoundaries()
{
  return acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) );
}

inline QString acvGiaLaiStatistics()
{
  return acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) );
}

/**
 * The Gia Lai annex with two names mistyped as analysts meet them: "Phú Thiện" as "Phu Thienn"
 * (close: the matcher suggests the district) and "Kông Chro" as "Xã Khác" (no boundary alike).
 */
inline QString acvMistypedGiaLaiStatistics( AcvScratch &scratch )
{
  QFile file( acvGiaLaiStatistics() );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QString();
  QString text = QString::fromUtf8( file.readAll() );
  text.replace( u8( ";Phú Thiện;" ), QStringLiteral( ";Phu Thienn;" ) );
  text.replace( u8( ";Kông Chro;" ), u8( ";Xã Khác;" ) );
  return scratch.write( QStringLiteral( "gia_lai_mistyped.csv" ), text.toUtf8() );
}

inline QString acvGiaLaiCommunes()
{
  return acvSharedGeodata( QStringLiteral( "gia_lai_communes.geojson" ) );
}

/**
 * A commune annex for Gia Lai's 222 real communes, keyed by name as provinces send them: the
 * district written only on the first row of its communes (a merged cell saved as CSV), so
 * "Xã Ia O" in Huyện Ia Grai and in Huyện Chư Prông are told apart by the cell above them.
 * \a parentHeader names the district column. \a byName: the rows in the order of their names
 * instead, the district written on each (the districts no longer follow one another). Figures
 * are invented, unique per commune: installs = 300 + 3 × the row's place.
 */
inline QString acvGiaLaiCommuneAnnexWithDistricts( AcvScratch &scratch, const QString &parentHeader = QStringLiteral( "Huyện, thị xã, thành phố" ), bool byName = false )
{
  QVector<AcvReadFeature> features = acvReadFeatures( acvGiaLaiCommunes() );
  // Grouped by district, in the order the layer first names them.
  QStringList districts;
  for ( const AcvReadFeature &f : std::as_const( features ) )
  {
    const QString district = f.attributes.value( QStringLiteral( "district_vn" ) ).toString();
    if ( !districts.contains( district ) )
      districts.append( district );
  }
  std::stable_sort( features.begin(), features.end(), [&districts]( const AcvReadFeature &a, const AcvReadFeature &b )
                    { return districts.indexOf( a.attributes.value( QStringLiteral( "district_vn" ) ).toString() ) < districts.indexOf( b.attributes.value( QStringLiteral( "district_vn" ) ).toString() ); } );
  if ( byName )
    std::stable_sort( features.begin(), features.end(), []( const AcvReadFeature &a, const AcvReadFeature &b )
                      { return a.attributes.value( QStringLiteral( "commune_vn" ) ).toString() < b.attributes.value( QStringLiteral( "commune_vn" ) ).toString(); } );
  QString annex = QStringLiteral( "STT;%1;Xã, phường, thị trấn;Dân số;Số người dùng ĐTTM;Số lượt cài đặt\n" ).arg( parentHeader );
  QString previous;
  int row = 0;
  for ( const AcvReadFeature &f : std::as_const( features ) )
  {
    ++row;
    const QString district = f.attributes.value( QStringLiteral( "district_vn" ) ).toString();
    annex += QStringLiteral( "%1;%2;%3;%4;%5;%6\n" )
                 .arg( row )
                 .arg( district == previous && !byName ? QString() : district, f.attributes.value( QStringLiteral( "commune_vn" ) ).toString() )
                 .arg( 9000 + row * 11 )
                 .arg( 2000 + row * 7 )
                 .arg( 300 + row * 3 );
    previous = district;
  }
  return scratch.write( QStringLiteral( "communes_by_district.csv" ), annex.toUtf8() );
}

//! Runs the job with \a options up to the join, as the dialog's "Review Join" does.
inline std::unique_ptr<AcvCoverageJob> acvMatchedJob( const AcvCoverageJobOptions &options, QString &error )
{
  auto job = std::make_unique<AcvCoverageJob>( options );
  AcvMessages messages;
  if ( !job->openBoundaries( error ) || !job->loadStatistics( messages, error ) || !job->readMapping( error ) || !job->chooseKeyField( messages, error ) || !job->match( error ) )
    return nullptr;
  return job;
}

inline std::unique_ptr<AcvCoverageJob> acvMatchedJob( const QString &boundaries, const QString &statistics, QString &error )
{
  AcvCoverageJobOptions options;
  options.boundaries = boundaries;
  options.stats = statistics;
  return acvMatchedJob( options, error );
}

inline QString acvNationalStatistics()
{
  return acvSourceGeodata( QStringLiteral( "vn_bluezone_2020-08-20.csv" ) );
}

inline QString acvProvinces2025()
{
  return acvSourceGeodata( QStringLiteral( "vn_provinces_2025.gpkg" ) );
}

inline QString acvProvinces2025Crosswalk()
{
  return acvSourceGeodata( QStringLiteral( "vn_provinces_2025_crosswalk.csv" ) );
}

/**
 * The rows of a semicolon annex read by hand, as a check on the job: column \a keyColumn ->
 * column \a valueColumn (Vietnamese thousands marks dropped), for rows numbered in the first
 * column (title, header, total and note rows have no number there).
 */
inline QHash<QString, double> acvAnnexColumn( const QString &path, int keyColumn, int valueColumn )
{
  QHash<QString, double> values;
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return values;
  for ( const QString &line : QString::fromUtf8( file.readAll() ).split( QLatin1Char( '\n' ) ) )
  {
    const QStringList cells = line.trimmed().split( QLatin1Char( ';' ) );
    bool numbered = false;
    cells.value( 0 ).toInt( &numbered );
    if ( numbered && cells.size() > std::max( keyColumn, valueColumn ) )
      values.insert( cells.at( keyColumn ), QString( cells.at( valueColumn ) ).remove( QLatin1Char( '.' ) ).toDouble() );
  }
  return values;
}

//! The crosswalk's rows by hand: old code -> new code, for a crosswalk whose every link is whole.
inline QHash<QString, QString> acvCrosswalkCodes( const QString &path )
{
  QHash<QString, QString> newOf;
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return newOf;
  const QStringList lines = QString::fromUtf8( file.readAll() ).split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
  const QStringList header = lines.value( 0 ).trimmed().split( QLatin1Char( ',' ) );
  const int oldCode = header.indexOf( QStringLiteral( "old_province_code" ) );
  const int newCode = header.indexOf( QStringLiteral( "new_province_code" ) );
  for ( int i = 1; i < lines.size(); ++i )
  {
    const QStringList cells = lines.at( i ).trimmed().split( QLatin1Char( ',' ) );
    newOf.insert( cells.value( oldCode ), cells.value( newCode ) );
  }
  return newOf;
}

#endif // ACVPLUGINTESTUTILS_H
