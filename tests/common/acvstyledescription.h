/***************************************************************************
  acvstyledescription.h - what makes two coverage styles draw the same, as text
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVSTYLEDESCRIPTION_H
#define ACVSTYLEDESCRIPTION_H

#include <qgspallabeling.h>
#include <qgsrulebasedrenderer.h>
#include <qgssymbol.h>
#include <qgssymbollayer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QStringList>

/**
 * One line per rule (filter, legend label, and each symbol layer's type and properties), then
 * symbol levels and the label expression. Saved style files differ in attribute order and rule
 * keys from run to run; this text does not.
 */
inline QStringList acvDescribeStyle( const QgsVectorLayer &layer )
{
  QStringList description;
  auto *renderer = dynamic_cast<QgsRuleBasedRenderer *>( const_cast<QgsFeatureRenderer *>( layer.renderer() ) );
  if ( !renderer )
    return { QStringLiteral( "not rule-based" ) };
  for ( QgsRuleBasedRenderer::Rule *rule : renderer->rootRule()->children() )
  {
    QStringList layers;
    for ( int i = 0; rule->symbol() && i < rule->symbol()->symbolLayerCount(); ++i )
    {
      const QgsSymbolLayer *symbolLayer = rule->symbol()->symbolLayer( i );
      QStringList properties;
      const QVariantMap map = symbolLayer->properties();
      for ( auto it = map.constBegin(); it != map.constEnd(); ++it )
        properties.append( it.key() + QLatin1Char( '=' ) + it.value().toString() );
      layers.append( QStringLiteral( "%1 pass %2 {%3}" ).arg( symbolLayer->layerType() ).arg( symbolLayer->renderingPass() ).arg( properties.join( QLatin1Char( ';' ) ) ) );
    }
    description.append( QStringLiteral( "%1 | %2 | %3" ).arg( rule->filterExpression(), rule->label(), layers.join( QLatin1String( " + " ) ) ) );
  }
  description.append( renderer->usingSymbolLevels() ? QStringLiteral( "symbol levels" ) : QStringLiteral( "no symbol levels" ) );
  if ( layer.labelsEnabled() && layer.labeling() )
    description.append( QStringLiteral( "labels: " ) + layer.labeling()->settings().fieldName );
  return description;
}

#endif // ACVSTYLEDESCRIPTION_H
