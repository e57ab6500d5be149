/***************************************************************************
  acvcoveragesymbols.h - the fill, no-data and below-target symbols of a coverage map
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGESYMBOLS_H
#define ACVCOVERAGESYMBOLS_H

#include <QColor>

class QgsFillSymbol;

/**
 * The symbols every coverage style shares. They are chosen to survive greyscale print:
 * no data is hatched, not just grey, and a below-target locality has a heavy dark band inside
 * its border, drawn above every fill so no neighbour covers it.
 */
namespace AcvCoverageSymbols
{
QColor boundaryColor();
QColor noDataFillColor();
QColor noDataHatchColor();
QColor belowTargetColor();
QColor contextFillColor();

/**
 * The border of a locality whose typical size is \a localitySize map units: 0.2 mm wide, but
 * never more than a twentieth of the locality as drawn. 10 000 communes on one page are a few
 * pixels each, and a fixed border would turn the map grey; it thins with the scale instead
 * (a width in map units, capped in millimetres), and comes back as the analyst zooms in.
 * With \a localitySize 0 (unknown) the border is a fixed 0.2 mm.
 */
void setBorder( QgsFillSymbol *symbol, double localitySize );

//! A class fill: \a color with a thin grey border (see setBorder()).
QgsFillSymbol *classSymbol( const QColor &color, double localitySize = 0 );

//! Light grey with diagonal hatching: no statistics, or no denominator.
QgsFillSymbol *noDataSymbol( double localitySize = 0 );

//! A heavy dark band, \a widthMm wide inside the border (rendering pass 1), for localities below the target.
QgsFillSymbol *belowTargetSymbol( double widthMm );

/**
 * The band's width for a map of \a localityCount polygons: heavy (0.8 mm) on a province's 17
 * districts, thinner as polygons get smaller on the page, so 63 provinces or 200 communes are
 * not buried under their own outlines; never under 0.3 mm, still more than the plain border.
 */
double belowTargetWidthMm( int localityCount );

/**
 * The smallest size on the page, in millimetres, at which a locality still gets its band: below
 * it the band would cover the class colour it is meant to frame (the class colours already
 * split at the target).
 */
constexpr double kBandMinimumLocalityMm = 5.0;

/**
 * The most zoomed-out scale (denominator) at which localities of typical size \a localitySizeM
 * metres are drawn at least kBandMinimumLocalityMm wide; 0 (always) when the size is unknown.
 */
int bandMinimumScale( double localitySizeM );

//! For the below-target-only map: the others stay as white shapes for orientation.
QgsFillSymbol *contextSymbol( double localitySize = 0 );

} // namespace AcvCoverageSymbols

#endif // ACVCOVERAGESYMBOLS_H
