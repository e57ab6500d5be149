/***************************************************************************
  acvresultlayer.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvresultlayer.h"

#include "acvcoveragelayers.h"

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
