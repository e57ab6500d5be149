/***************************************************************************
  acvcoveragesymbols.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragesymbols.h"

#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslinesymbol.h>
#include <qgslinesymbollayer.h>
#include <qgsmapunitscale.h>

#include <algorithm>
#include <cmath>

namespace
{
QgsSimpleFillSymbolLayer *simpleFill( const QColor &fill, const QColor &stroke, double strokeWidthMm )
{
  auto *layer = new QgsSimpleFillSymbolLayer( fill, Qt::SolidPattern, stroke, Qt::SolidLine, strokeWidthMm );
  return layer;
}
} // namespace

QColor AcvCoverageSymbols::boundaryColor()
{
  return QColor( 96, 96, 96 );
}

QColor AcvCoverageSymbols::noDataFillColor()
{
  return QColor( 230, 230, 230 );
}

QColor AcvCoverageSymbols::noDataHatchColor()
{
  return QColor( 140, 140, 140 );
}

QColor AcvCoverageSymbols::belowTargetColor()
{
  // Near-black: it stands out on every ColorBrewer fill, including the reds of a diverging
  // ramp (a crimson band vanished there), and prints the same in greyscale.
  return QColor( 26, 26, 26 );
}

QColor AcvCoverageSymbols::contextFillColor()
{
  return QColor( 255, 255, 255 );
}

void AcvCoverageSymbols::setBorder( QgsFillSymbol *symbol, double localitySize )
{
  constexpr double kBorderMm = 0.2;
  constexpr double kBorderShareOfLocality = 0.05;
  for ( int i = 0; i < symbol->symbolLayerCount(); ++i )
  {
    auto *fill = dynamic_cast<QgsSimpleFillSymbolLayer *>( symbol->symbolLayer( i ) );
    if ( !fill )
      continue;
    if ( localitySize <= 0 )
    {
      fill->setStrokeWidthUnit( QgsUnitTypes::RenderMillimeters );
      fill->setStrokeWidth( kBorderMm );
      fill->setStrokeWidthMapUnitScale( QgsMapUnitScale() );
      continue;
    }
    QgsMapUnitScale cap;
    cap.maxSizeMMEnabled = true;
    cap.maxSizeMM = kBorderMm;
    fill->setStrokeWidthUnit( QgsUnitTypes::RenderMapUnits );
    fill->setStrokeWidth( kBorderShareOfLocality * localitySize );
    fill->setStrokeWidthMapUnitScale( cap );
  }
}

QgsFillSymbol *AcvCoverageSymbols::classSymbol( const QColor &color, double localitySize )
{
  auto *symbol = new QgsFillSymbol( QgsSymbolLayerList{ simpleFill( color, boundaryColor(), 0.2 ) } );
  setBorder( symbol, localitySize );
  return symbol;
}

QgsFillSymbol *AcvCoverageSymbols::noDataSymbol( double localitySize )
{
  auto *hatch = new QgsLinePatternFillSymbolLayer();
  hatch->setLineAngle( 45.0 );
  hatch->setDistance( 1.6 );
  hatch->setLineWidth( 0.25 );
  hatch->setColor( noDataHatchColor() );
  auto *symbol = new QgsFillSymbol( QgsSymbolLayerList{ simpleFill( noDataFillColor(), boundaryColor(), 0.2 ), hatch } );
  setBorder( symbol, localitySize );
  return symbol;
}

double AcvCoverageSymbols::belowTargetWidthMm( int localityCount )
{
  // Polygons shrink on the page with the square root of their number.
  const double width = 0.8 * std::sqrt( 20.0 / std::max( 1, localityCount ) );
  return std::clamp( width, 0.3, 0.8 );
}

QgsFillSymbol *AcvCoverageSymbols::belowTargetSymbol( double widthMm )
{
  // The stroke is centred on the border and clipped to the polygon's inside, so only half of it
  // shows: twice the width gives a visible band of widthMm that never spills onto a neighbour.
  auto *band = new QgsSimpleLineSymbolLayer( belowTargetColor(), 2 * widthMm );
  band->setDrawInsidePolygon( true );
  band->setPenJoinStyle( Qt::MiterJoin );
  // Drawn after every fill (symbol levels), so a neighbour drawn later cannot cover it.
  band->setRenderingPass( 1 );
  return new QgsFillSymbol( QgsSymbolLayerList{ band } );
}

int AcvCoverageSymbols::bandMinimumScale( double localitySizeM )
{
  if ( localitySizeM <= 0 )
    return 0;
  // At scale 1:S a locality of D metres is D / S * 1000 mm on the page.
  return static_cast<int>( std::lround( localitySizeM * 1000.0 / kBandMinimumLocalityMm ) );
}

QgsFillSymbol *AcvCoverageSymbols::contextSymbol( double localitySize )
{
  auto *symbol = new QgsFillSymbol( QgsSymbolLayerList{ simpleFill( contextFillColor(), QColor( 150, 150, 150 ), 0.2 ) } );
  setBorder( symbol, localitySize );
  return symbol;
}
