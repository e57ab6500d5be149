/***************************************************************************
  acvresultlayer.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvresultlayer.h"

#include "acvcoveragelayers.h"
#include "acvstatisticsdate.h"
#include "acvstatisticstable.h"

#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QFileInfo>

namespace
{
//! One spelling of a path for comparisons: a result made from "./a.csv" is one of "/…/a.csv".
QString canonicalAnnex( const QString &path )
{
  const QFileInfo info( path );
  const QString canonical = info.canonicalFilePath();
  return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}
} // namespace

QString AcvResultLayer::name( const QString &statisticsPath, const QDate &statisticsDate )
{
  const QString annex = QFileInfo( statisticsPath ).completeBaseName();
  if ( !statisticsDate.isValid() )
    return QCoreApplication::translate( "AcvResultLayer", "Coverage — %1" ).arg( annex );
  return QCoreApplication::translate( "AcvResultLayer", "Coverage — %1 (%2)" ).arg( annex, statisticsDate.toString( Qt::ISODate ) );
}

QDate AcvResultLayer::statisticsDate( const AcvStatisticsTable &table )
{
  // The rows above the header are the title, where an annex states its date ("Số liệu đến ngày …").
  const AcvRawTable &raw = table.raw();
  const int headerRow = table.headerRows().isEmpty() ? 0 : table.headerRows().constFirst();
  QStringList titleRows;
  for ( int i = 0; i < raw.rows.size() && i < raw.rowNumbers.size() && raw.rowNumbers.at( i ) < headerRow; ++i )
    titleRows.append( raw.rows.at( i ).join( QLatin1Char( ' ' ) ) );
  return AcvStatisticsDate::detect( titleRows, raw.path ).date;
}

void AcvResultLayer::setAnnex( QgsVectorLayer *layer, const QString &statisticsPath )
{
  if ( layer )
    layer->setCustomProperty( AcvCoverageLayers::annexProperty(), canonicalAnnex( statisticsPath ) );
}

QList<QgsVectorLayer *> AcvResultLayer::resultsOf( const QgsProject *project, const QString &statisticsPath )
{
  QList<QgsVectorLayer *> results;
  if ( !project )
    return results;
  const QString annex = canonicalAnnex( statisticsPath );
  const QMap<QString, QgsMapLayer *> layers = project->mapLayers();
  for ( QgsMapLayer *layer : layers )
  {
    auto *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
    if ( vectorLayer && vectorLayer->customProperty( AcvCoverageLayers::annexProperty() ).toString() == annex )
      results << vectorLayer;
  }
  return results;
}
