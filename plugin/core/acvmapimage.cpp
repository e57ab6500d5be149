/***************************************************************************
  acvmapimage.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvmapimage.h"
#include "acvprogress.h"
#include "acvoutputfile.h"
#include "acvquietstderr.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsmaplayer.h>
#include <qgsfeedback.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsmapsettingsutils.h>
#include <qgsrectangle.h>

#include <QFile>
#include <QFileInfo>
#include <QImage>

namespace
{
constexpr double kMarginFraction = 0.04;

bool writeText( const QString &path, const QByteArray &content, QString &error, AcvOutputTransaction *transaction )
{
  AcvOutputFile output( path, transaction );
  if ( output.tempPath().isEmpty() )
    return output.commit( error ); // its folder cannot be written: says why
  QFile file( output.tempPath() );
  if ( !file.open( QIODevice::WriteOnly ) || file.write( content ) != content.size() || !file.flush() )
  {
    error = QStringLiteral( "%1: cannot be written (%2)" ).arg( path, file.errorString() );
    return false;
  }
  file.close();
  return output.commit( error );
}

QByteArray auxXml( const QgsCoordinateReferenceSystem &crs )
{
  // GDAL reads the CRS of a PNG from this PAM sidecar; the axis mapping says the world file's
  // x is easting/longitude even when the CRS lists latitude first (EPSG:4326).
  const QString wkt = crs.toWkt( QgsCoordinateReferenceSystem::WKT_PREFERRED_GDAL ).toHtmlEscaped();
  const QString mapping = crs.hasAxisInverted() ? QStringLiteral( "2,1" ) : QStringLiteral( "1,2" );
  return QStringLiteral( "<PAMDataset>\n  <SRS dataAxisToSRSAxisMapping=\"%1\">%2</SRS>\n</PAMDataset>\n" ).arg( mapping, wkt ).toUtf8();
}
} // namespace

QString AcvMapImage::worldFilePath( const QString &imagePath )
{
  const QFileInfo info( imagePath );
  QString suffix = info.suffix();
  // The world-file convention: first and last letter of the extension, then 'w'.
  const QString worldSuffix = suffix.size() >= 2 ? QString( suffix.at( 0 ) ) + suffix.at( suffix.size() - 1 ) + QLatin1Char( 'w' ) : QStringLiteral( "wld" );
  return info.path() + QLatin1Char( '/' ) + info.completeBaseName() + QLatin1Char( '.' ) + worldSuffix;
}

QgsMapSettings AcvMapImage::mapSettings( const QList<QgsMapLayer *> &layers, const QgsCoordinateReferenceSystem &crs,
                                         const QgsRectangle &extent, const QSize &size )
{
  QgsMapSettings settings;
  settings.setLayers( layers );
  settings.setDestinationCrs( crs );
  settings.setOutputSize( size );
  settings.setOutputDpi( 96 );
  settings.setBackgroundColor( Qt::white );
  settings.setFlag( Qgis::MapSettingsFlag::Antialiasing, true );
  settings.setFlag( Qgis::MapSettingsFlag::DrawLabeling, true );
  QgsRectangle padded = extent;
  padded.grow( std::max( extent.width(), extent.height() ) * kMarginFraction );
  settings.setExtent( padded );
  return settings;
}

bool AcvMapImage::render( const QgsMapSettings &settings, const QString &path, QString &error, AcvOutputTransaction *transaction, QgsFeedback *feedback )
{
  // Drawn straight into the format the PNG is written in: converting afterwards held a second
  // copy of the image at the run's peak of memory.
  QgsMapSettings drawing = settings;
  drawing.setOutputImageFormat( QImage::Format_RGB32 );
  QgsMapRendererSequentialJob job( drawing );
  // A cancel while the layers draw stops them (QGIS checks its render feedback per feature).
  QMetaObject::Connection stop;
  if ( feedback )
    stop = QObject::connect(
        feedback, &QgsFeedback::canceled, feedback, [&job]()
        { job.cancelWithoutBlocking(); },
        Qt::DirectConnection );
  job.start();
  if ( feedback && feedback->isCanceled() )
    job.cancelWithoutBlocking();
  job.waitForFinished();
  QObject::disconnect( stop );
  if ( feedback && feedback->isCanceled() )
  {
    error = QString::fromLatin1( AcvProgress::kCanceled );
    return false;
  }
  const QImage image = job.renderedImage();
  if ( image.isNull() )
  {
    error = QStringLiteral( "%1: the map could not be rendered" ).arg( path );
    return false;
  }
  for ( const QgsMapRendererJob::Error &e : job.errors() )
    error += QStringLiteral( "%1: %2; " ).arg( e.layerID, e.message );
  if ( !error.isEmpty() )
  {
    error = QStringLiteral( "%1: rendering failed (%2)" ).arg( path, error );
    return false;
  }

  AcvOutputFile output( path, transaction );
  if ( output.tempPath().isEmpty() )
    return output.commit( error ); // its folder cannot be written: says why
  // The background is opaque white, so the alpha channel carries nothing: without it the PNG is
  // smaller and encodes a quarter faster. Quality 80 is zlib's fastest level for Qt: flat class
  // colours compress nearly as well (a national map: 514 kB instead of 486 kB) in a fraction
  // of the time (55 ms at level 6).
  constexpr int kPngQuality = 80;
  bool saved = false;
  {
    const AcvQuietStderr quiet;
    saved = image.convertToFormat( QImage::Format_RGB32 ).save( output.tempPath(), "PNG", kPngQuality );
  }
  if ( !saved )
  {
    error = QStringLiteral( "%1: cannot be written" ).arg( path );
    return false;
  }
  if ( !writeText( worldFilePath( path ), QgsMapSettingsUtils::worldFileContent( settings ).toUtf8() + '\n', error, transaction ) )
    return false;
  if ( settings.destinationCrs().isValid() && !writeText( path + QStringLiteral( ".aux.xml" ), auxXml( settings.destinationCrs() ), error, transaction ) )
    return false;
  return output.commit( error );
}
