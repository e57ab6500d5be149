/***************************************************************************
  acvplugintestutils.h - inputs shared by the plugin's tests
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVPLUGINTESTUTILS_H
#define ACVPLUGINTESTUTILS_H

#include "acvcoveragejob.h"
#include "acvtestutils.h"

#include <QFile>
#include <QTextStream>

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

//! Runs the job up to the join, as the dialog's "Review Join" does.
inline std::unique_ptr<AcvCoverageJob> acvMatchedJob( const QString &boundaries, const QString &statistics, QString &error )
{
  AcvCoverageJobOptions options;
  options.boundaries = boundaries;
  options.stats = statistics;
  auto job = std::make_unique<AcvCoverageJob>( options );
  AcvMessages messages;
  if ( !job->openBoundaries( error ) || !job->loadStatistics( messages, error ) || !job->readMapping( error ) || !job->chooseKeyField( messages, error ) || !job->match( error ) )
    return nullptr;
  return job;
}

#endif // ACVPLUGINTESTUTILS_H
