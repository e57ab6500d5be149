/***************************************************************************
  acvhistorylayer.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvhistorylayer.h"

#include "acvqgiscompat.h"

#include <qgsvectorlayerlabeling.h>
#include <qgsdatasourceuri.h>
#include <qgsrenderer.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsprojecttimesettings.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayertemporalproperties.h>

#include <algorithm>

QPair<QString, QString> AcvHistoryLayer::source( const QString &dataset )
{
  const bool keywords = dataset.startsWith( QLatin1String( "PG:" ), Qt::CaseInsensitive );
  if ( keywords )
  {
    // QGIS's own PostgreSQL provider, as the Browser would add the table.
    QgsDataSourceUri uri( dataset.mid( 3 ).trimmed() );
    uri.setDataSource( QStringLiteral( "public" ), QStringLiteral( "coverage_history" ), QStringLiteral( "geom" ), QString(), QStringLiteral( "fid" ) );
    return { QStringLiteral( "postgres" ), uri.uri( false ) };
  }
  if ( dataset.startsWith( QLatin1String( "postgres" ), Qt::CaseInsensitive ) )
    return { QStringLiteral( "ogr" ), QStringLiteral( "PG:%1|layername=coverage_history" ).arg( dataset ) };
  return { QStringLiteral( "ogr" ), QStringLiteral( "%1|layername=coverage_history" ).arg( dataset ) };
}

int AcvHistoryLayer::annexDays( const QVector<QDate> &dates )
{
  QVector<qint64> gaps;
  for ( int i = 1; i < dates.size(); ++i )
    gaps << dates.at( i - 1 ).daysTo( dates.at( i ) );
  if ( gaps.isEmpty() )
    return 1;
  std::sort( gaps.begin(), gaps.end() );
  return static_cast<int>( std::max<qint64>( 1, gaps.at( gaps.size() / 2 ) ) );
}

QgsVectorLayer *AcvHistoryLayer::addTo( QgsProject &project, const QString &dataset, const QVector<QDate> &dates, const QgsVectorLayer *coverage )
{
  const QPair<QString, QString> layerSource = source( dataset );
  // The history is still inside the run's transaction: QGIS may not read it yet. The layer is
  // saved with its source and style all the same, and reads the history once the run committed.
  QgsVectorLayer::LayerOptions options( project.transformContext() );
  options.skipCrsValidation = true;
  auto *layer = new QgsVectorLayer( layerSource.second, QStringLiteral( "coverage_history" ), layerSource.first, options );
  if ( coverage && coverage->renderer() )
    layer->setRenderer( coverage->renderer()->clone() );
  if ( coverage && coverage->labeling() )
  {
    layer->setLabeling( coverage->labeling()->clone() );
    layer->setLabelsEnabled( coverage->labelsEnabled() );
  }
  const int days = annexDays( dates );
  QgsVectorLayerTemporalProperties *temporal = qobject_cast<QgsVectorLayerTemporalProperties *>( layer->temporalProperties() );
  temporal->setIsActive( true );
  // Each annex lasts until the next, as a range of date-times: QGIS 3.22 compares a date field
  // with a frame's date-times as text, which drew an annex in its own frame and the one before.
  const QString start = QStringLiteral( "to_datetime(\"statistics_date\")" );
  temporal->setMode( Qgis::VectorTemporalMode::FeatureDateTimeStartAndEndFromExpressions );
  temporal->setStartExpression( start );
  temporal->setEndExpression( QStringLiteral( "%1 + make_interval(days:=%2)" ).arg( start ).arg( days ) );
  temporal->setAccumulateFeatures( false );
  project.addMapLayer( layer, false );
  QgsLayerTreeLayer *node = project.layerTreeRoot()->addLayer( layer );
  node->setItemVisibilityChecked( false );
  if ( !dates.isEmpty() )
  {
    QgsProjectTimeSettings *time = project.timeSettings();
    time->setTemporalRange( QgsDateTimeRange( QDateTime( dates.constFirst(), QTime( 0, 0 ) ), QDateTime( dates.constLast().addDays( days ), QTime( 0, 0 ) ) ) );
    time->setTimeStep( days );
    time->setTimeStepUnit( kAcvTemporalDays );
  }
  return layer;
}
