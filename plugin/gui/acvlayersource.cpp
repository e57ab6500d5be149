/***************************************************************************
  acvlayersource.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvlayersource.h"

#include <qgscoordinatetransformcontext.h>
#include <qgsproject.h>
#include <qgsproviderregistry.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFileInfo>
#include <QUuid>

bool AcvLayerSource::ogrSource( const QgsVectorLayer *layer, QString &path, QString &layerName )
{
  if ( !layer || layer->providerType() != QLatin1String( "ogr" ) || !layer->subsetString().isEmpty() )
    return false;
  const QVariantMap parts = QgsProviderRegistry::instance()->decodeUri( QStringLiteral( "ogr" ), layer->source() );
  path = parts.value( QStringLiteral( "path" ) ).toString();
  layerName = parts.value( QStringLiteral( "layerName" ) ).toString();
  // A layer chosen by id ("|layerid=0") is the file's only or first layer: the job's default.
  return !path.isEmpty() && QFileInfo( path ).isFile();
}

bool AcvLayerSource::boundaryFile( QgsVectorLayer *layer, const QString &scratchDir, QString &path, QString &layerName, QString &error )
{
  if ( !layer || !layer->isValid() )
  {
    error = QObject::tr( "The boundary layer is not valid." );
    return false;
  }
  if ( ogrSource( layer, path, layerName ) )
    return true;

  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  options.layerName = QStringLiteral( "boundaries" );
  options.fileEncoding = QStringLiteral( "UTF-8" );
  const QString target = QDir( scratchDir ).filePath( QStringLiteral( "boundaries-%1.gpkg" ).arg( QUuid::createUuid().toString( QUuid::WithoutBraces ) ) );
  QString writerError;
  const QgsVectorFileWriter::WriterError result = QgsVectorFileWriter::writeAsVectorFormatV3( layer, target, QgsProject::instance()->transformContext(), options, &writerError );
  if ( result != QgsVectorFileWriter::NoError )
  {
    error = QObject::tr( "Layer '%1' could not be copied for the join: %2" ).arg( layer->name(), writerError );
    return false;
  }
  path = target;
  layerName = options.layerName;
  return true;
}
