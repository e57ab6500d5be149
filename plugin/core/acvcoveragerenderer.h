/***************************************************************************
  acvcoveragerenderer.h - the renderer that colours localities by coverage
 ***************************************************************************/
#ifndef ACVCOVERAGERENDERER_H
#define ACVCOVERAGERENDERER_H

#include <QColor>
#include <QVector>

class QgsFeatureRenderer;
class QgsGraduatedSymbolRenderer;
class QgsSymbol;

/**
 * Builds the coverage renderer: a graduated renderer on coverage_pct whose classes always have
 * the target as a break (0–15–30–45–60–100 for a target of 60), coloured with a colour-blind-safe
 * ColorBrewer ramp. Values above 100 % fall in the top class.
 */
class AcvCoverageRenderer
{
public:
  //! Class breaks for \a targetPct: four equal classes below the target, one from it to 100.
  static QVector<double> targetBreaks( double targetPct );

  //! A new renderer for \a field; the caller owns it. \a maxValue widens the top class.
  static QgsGraduatedSymbolRenderer *createTargetRenderer( const QString &field, double targetPct, double maxValue );

  //! The fill under every locality, seen where coverage is NULL: a light grey.
  static QgsSymbol *createNoDataSymbol();
  static QColor noDataColor();
};

#endif // ACVCOVERAGERENDERER_H
