/***************************************************************************
  acvjoinedsample.h - a joined coverage layer of Gia Lai's 17 real districts
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVJOINEDSAMPLE_H
#define ACVJOINEDSAMPLE_H

#include "acvboundarysource.h"
#include "acvcoveragejoin.h"
#include "acvjoinedlayerwriter.h"
#include "acvstatisticstable.h"
#include "acvtestutils.h"

#include <QFile>

/**
 * Joins the bundled Gia Lai annex (illustrative figures) onto the real district boundaries and
 * writes the GeoPackage into \a scratch, the way coverage-map does. Rows whose text contains
 * one of \a dropRows are left out of the annex first, so those districts have no data.
 * Returns the GeoPackage's path (layer "coverage"), or an empty string with \a error.
 */
inline QString acvWriteJoinedGiaLai( AcvScratch &scratch, QString &error, const QStringList &dropRows = {}, double targetPct = 60.0 )
{
  QFile source( acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ) );
  if ( !source.open( QIODevice::ReadOnly ) )
  {
    error = QStringLiteral( "sample annex missing" );
    return QString();
  }
  QByteArray annex;
  for ( const QByteArray &line : source.readAll().split( '\n' ) )
  {
    bool drop = false;
    for ( const QString &row : dropRows )
      drop = drop || QString::fromUtf8( line ).contains( row );
    if ( !drop )
      annex += line + '\n';
  }
  AcvStatisticsOptions statisticsOptions;
  statisticsOptions.path = scratch.write( QStringLiteral( "annex.csv" ), annex );
  AcvStatisticsTable table;
  if ( !table.load( statisticsOptions, error ) )
    return QString();
  AcvBoundarySource boundaries;
  if ( !boundaries.open( acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QString(), error ) )
    return QString();
  AcvCoverageJoinOptions options;
  if ( !boundaries.keys( QStringLiteral( "name" ), options.boundaryKeys, error ) )
    return QString();
  options.targetPct = targetPct;
  AcvCoverageJoinResult join;
  if ( !AcvCoverageJoin::run( options, table, join, error ) )
    return QString();
  const QString path = scratch.path( QStringLiteral( "joined.gpkg" ) );
  QStringList warnings;
  if ( !AcvJoinedLayerWriter::write( boundaries, QStringLiteral( "name" ), table, join, targetPct, path, QStringLiteral( "coverage" ), warnings, error ) )
    return QString();
  return path;
}

#endif // ACVJOINEDSAMPLE_H
