/***************************************************************************
  testacvcoveragetask.cpp - the plugin's task: layers it opens stay usable after its thread ends
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragejob.h"
#include "acvcoveragetask.h"
#include "acvqgistestutils.h"
#include "acvtestutils.h"

#include <qgsapplication.h>
#include <qgsvectorlayer.h>

#include <QProcess>
#include <QThread>
#include <QThreadPool>

#include <gtest/gtest.h>

#include <memory>

TEST( AcvCoverageTask, TheJoinedLayerKeepsTheBoundaryCrsAfterTheTaskThreadEnds )
{
  // "Add to map" runs the match and the write as one QGIS task on a pool thread, which ends
  // once idle. QGIS keeps a CRS's PROJ objects per thread, so everything that needs the
  // boundaries' CRS happens inside the task: the GeoPackage must carry VN-2000 / Gia Lai
  // (EPSG:3405), and the dialog, which opens it after the thread is gone, must read it so.
  AcvScratch scratch;
  const QString shp = scratch.path( QStringLiteral( "huyen.shp" ) );
  ASSERT_EQ( QProcess::execute( QStringLiteral( "ogr2ogr" ), { QStringLiteral( "-t_srs" ), QStringLiteral( "EPSG:3405" ), QStringLiteral( "-lco" ), QStringLiteral( "ENCODING=UTF-8" ), shp,
                                                               acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ) } ),
             0 );
  AcvCoverageJobOptions options;
  options.boundaries = shp;
  options.stats = acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) );
  auto job = std::make_shared<AcvCoverageJob>( options );
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );

  const int expiry = QThreadPool::globalInstance()->expiryTimeout();
  QThreadPool::globalInstance()->setExpiryTimeout( 20 );
  auto *task = new AcvCoverageTask( QStringLiteral( "join" ), job, AcvCoverageTask::Match | AcvCoverageTask::Write, joined );
  QgsApplication::taskManager()->addTask( task );
  ASSERT_TRUE( task->waitForFinished( 60000 ) );
  // Let the idle pool thread end, taking its PROJ context with it.
  QThread::msleep( 300 );
  QThreadPool::globalInstance()->setExpiryTimeout( expiry );

  const QgsVectorLayer layer( joined + QStringLiteral( "|layername=coverage" ), QStringLiteral( "j" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( layer.isValid() );
  EXPECT_EQ( layer.featureCount(), 17 );
  EXPECT_EQ( layer.crs().authid(), QStringLiteral( "EPSG:3405" ) );
  EXPECT_TRUE( layer.crs().toWkt().contains( QStringLiteral( "VN-2000" ) ) );
  // The review still reads the boundary keys the task left behind.
  QStringList keys;
  QString error;
  EXPECT_TRUE( job->boundaries().keys( QStringLiteral( "name" ), keys, error ) ) << error.toStdString();
  EXPECT_EQ( keys.size(), 17 );
}
