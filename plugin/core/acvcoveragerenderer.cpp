/***************************************************************************
  acvcoveragerenderer.cpp
 ***************************************************************************/
#include "acvcoveragerenderer.h"

// QGIS 3.24 moved the ramp implementations out of qgscolorramp.h.
#if __has_include( <qgscolorrampimpl.h>)
#include <qgscolorrampimpl.h>
#else
#include <qgscolorramp.h>
#endif
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgsrendererrange.h>
#include <qgssymbol.h>

#include <algorithm>

namespace
{
QgsFillSymbol *fillSymbol( const QColor &color )
{
  QgsFillSymbol *symbol = QgsFillSymbol::createSimple( {} );
  auto *layer = dynamic_cast<QgsSimpleFillSymbolLayer *>( symbol->symbolLayer( 0 ) );
  layer->setColor( color );
  layer->setStrokeColor( QColor( 90, 90, 90 ) );
  layer->setStrokeWidth( 0.2 );
  return symbol;
}

QString rangeLabel( double lower, double upper )
{
  return QStringLiteral( "%1–%2 %" ).arg( lower, 0, 'g', 4 ).arg( upper, 0, 'g', 4 );
}
} // namespace

QVector<double> AcvCoverageRenderer::targetBreaks( double targetPct )
{
  QVector<double> breaks;
  for ( int i = 0; i <= 4; ++i )
    breaks.append( targetPct * i / 4.0 );
  if ( targetPct < 100.0 )
    breaks.append( 100.0 );
  // equal breaks (a target of 0) would make empty classes
  breaks.erase( std::unique( breaks.begin(), breaks.end() ), breaks.end() );
  return breaks;
}

QgsGraduatedSymbolRenderer *AcvCoverageRenderer::createTargetRenderer( const QString &field, double targetPct, double maxValue )
{
  QVector<double> breaks = targetBreaks( targetPct );
  if ( breaks.size() < 2 )
    breaks = { 0.0, 100.0 };
  const int classes = breaks.size() - 1;
  // ColorBrewer YlGnBu is safe for the common colour-vision deficiencies and prints in grey.
  QgsColorBrewerColorRamp ramp( QStringLiteral( "YlGnBu" ), std::max( 3, classes ) );
  auto *renderer = new QgsGraduatedSymbolRenderer( field );
  for ( int i = 0; i < classes; ++i )
  {
    const double lower = breaks.at( i );
    double upper = breaks.at( i + 1 );
    const QString label = rangeLabel( lower, upper );
    if ( i == classes - 1 )
      upper = std::max( upper, maxValue );
    const QColor color = ramp.color( classes == 1 ? 1.0 : static_cast<double>( i ) / ( classes - 1 ) );
    renderer->addClass( QgsRendererRange( lower, upper, fillSymbol( color ), label ) );
  }
  return renderer;
}

QColor AcvCoverageRenderer::noDataColor()
{
  return QColor( 217, 217, 217 );
}

QgsSymbol *AcvCoverageRenderer::createNoDataSymbol()
{
  return fillSymbol( noDataColor() );
}
