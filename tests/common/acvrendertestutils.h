/***************************************************************************
  acvrendertestutils.h - render a layer in-process and compare images, as QGIS's render checker does
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVRENDERTESTUTILS_H
#define ACVRENDERTESTUTILS_H

#include "acvmapimage.h"

#include <qgslabelingresults.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QImage>
#include <QString>

#include <cstdlib>
#include <memory>

//! A rendered map: the image, the settings that map coordinates to pixels, and the labels placed.
struct AcvRendered
{
  QImage image;
  QgsMapSettings settings;
  std::unique_ptr<QgsLabelingResults> labels;

  QPoint pixel( const QgsPointXY &point ) const
  {
    const QgsPointXY p = settings.mapToPixel().transform( point );
    return QPoint( static_cast<int>( p.x() ), static_cast<int>( p.y() ) );
  }
};

inline AcvRendered acvRender( QgsVectorLayer &layer, const QSize &size )
{
  AcvRendered rendered;
  rendered.settings = AcvMapImage::mapSettings( { &layer }, layer.crs(), layer.extent(), size );
  QgsMapRendererSequentialJob job( rendered.settings );
  job.start();
  job.waitForFinished();
  rendered.image = job.renderedImage();
  rendered.labels.reset( job.takeLabelingResults() );
  return rendered;
}

inline bool acvSameColour( const QColor &a, const QColor &b, int tolerance = 6 )
{
  return std::abs( a.red() - b.red() ) <= tolerance && std::abs( a.green() - b.green() ) <= tolerance && std::abs( a.blue() - b.blue() ) <= tolerance;
}

//! Where failing render tests leave the rendered image and the difference for a person to look at.
inline QString acvTestArtifact( const QString &name )
{
  QDir().mkpath( QStringLiteral( ACV_TEST_ARTIFACTS ) );
  return QDir( QStringLiteral( ACV_TEST_ARTIFACTS ) ).filePath( name );
}

/**
 * Compares \a image with the reference PNG \a name in tests/data/reference, as QGIS's render
 * checker does: a pixel differs when a channel is off by more than \a colourTolerance, and the
 * images match when at most \a maxDifferentPixels differ. On a mismatch the rendered image and a
 * difference image (differing pixels in red over a faded copy) are written beside the test binary
 * and named in \a message. With ACV_UPDATE_REFERENCES=1 the reference is (re)written instead.
 */
inline bool acvMatchesReference( const QImage &image, const QString &name, int colourTolerance, int maxDifferentPixels, QString &message )
{
  const QString reference = QDir( QStringLiteral( ACV_TEST_DATA "/reference" ) ).filePath( name );
  if ( qEnvironmentVariableIntValue( "ACV_UPDATE_REFERENCES" ) == 1 )
  {
    QDir().mkpath( QFileInfo( reference ).path() );
    image.save( reference, "PNG" );
    message = QStringLiteral( "reference %1 rewritten" ).arg( reference );
    return true;
  }
  const QImage expected( reference );
  const QString actualPath = acvTestArtifact( QStringLiteral( "actual_" ) + name );
  if ( expected.isNull() )
  {
    image.save( actualPath, "PNG" );
    message = QStringLiteral( "no reference image %1 (rendered: %2; ACV_UPDATE_REFERENCES=1 writes it)" ).arg( reference, actualPath );
    return false;
  }
  if ( expected.size() != image.size() )
  {
    image.save( actualPath, "PNG" );
    message = QStringLiteral( "size %1x%2, reference %3x%4 (rendered: %5)" ).arg( image.width() ).arg( image.height() ).arg( expected.width() ).arg( expected.height() ).arg( actualPath );
    return false;
  }
  QImage diff = expected.convertToFormat( QImage::Format_ARGB32 );
  int different = 0;
  for ( int y = 0; y < image.height(); ++y )
  {
    for ( int x = 0; x < image.width(); ++x )
    {
      const QColor a = image.pixelColor( x, y );
      const QColor b = expected.pixelColor( x, y );
      if ( acvSameColour( a, b, colourTolerance ) )
      {
        const int grey = 255 - ( 255 - qGray( b.rgb() ) ) / 4;
        diff.setPixelColor( x, y, QColor( grey, grey, grey ) );
      }
      else
      {
        ++different;
        diff.setPixelColor( x, y, QColor( 255, 0, 0 ) );
      }
    }
  }
  if ( different <= maxDifferentPixels )
    return true;
  const QString diffPath = acvTestArtifact( QStringLiteral( "diff_" ) + name );
  image.save( actualPath, "PNG" );
  diff.save( diffPath, "PNG" );
  message = QStringLiteral( "%1 pixels differ from %2 (allowed %3); rendered: %4, difference: %5" ).arg( different ).arg( reference ).arg( maxDifferentPixels ).arg( actualPath, diffPath );
  return false;
}

#endif // ACVRENDERTESTUTILS_H
