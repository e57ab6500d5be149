/***************************************************************************
  acvcoveragesymbols.h - the fill, no-data and below-target symbols of a coverage map
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

//! A class fill: \a color with a thin grey border.
QgsFillSymbol *classSymbol( const QColor &color );

//! Light grey with diagonal hatching: no statistics, or no denominator.
QgsFillSymbol *noDataSymbol();

//! A heavy dark band, \a widthMm wide inside the border (rendering pass 1), for localities below the target.
QgsFillSymbol *belowTargetSymbol( double widthMm );

/**
 * The band's width for a map of \a localityCount polygons: heavy (0.8 mm) on a province's 17
 * districts, thinner as polygons get smaller on the page, so 63 provinces or 200 communes are
 * not buried under their own outlines; never under 0.3 mm, still more than the plain border.
 */
double belowTargetWidthMm( int localityCount );

//! For the below-target-only map: the others stay as white shapes for orientation.
QgsFillSymbol *contextSymbol();

} // namespace AcvCoverageSymbols

#endif // ACVCOVERAGESYMBOLS_H
