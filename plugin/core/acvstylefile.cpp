/***************************************************************************
  acvstylefile.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvstylefile.h"
#include "acvcoveragesymbols.h"
#include "acvoutputfile.h"

#include <qgsexpression.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsmapunitscale.h>
#include <qgssymbol.h>
#include <qgspallabeling.h>
#include <qgsreadwritecontext.h>
#include <qgsrendercontext.h>
#include <qgsrenderer.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QDomDocument>
#include <QFile>
#include <QFileInfo>

namespace
{
QString suffixOf( const QString &path )
{
  return QFileInfo( path ).suffix().toLower();
}

//! The fields a style reads that the layer does not have.
QStringList missingFields( const QgsVectorLayer &layer )
{
  QSet<QString> used;
  if ( layer.renderer() )
  {
    QgsRenderContext context;
    used.unite( layer.renderer()->usedAttributes( context ) );
  }
  if ( layer.labelsEnabled() && layer.labeling() )
  {
    for ( const QString &provider : layer.labeling()->subProviders() )
    {
      const QgsPalLayerSettings settings = layer.labeling()->settings( provider );
      if ( settings.isExpression )
        used.unite( QgsExpression( settings.fieldName ).referencedColumns() );
      else if ( !settings.fieldName.isEmpty() )
        used.insert( settings.fieldName );
    }
  }
  QStringList missing;
  for ( const QString &name : std::as_const( used ) )
  {
    // QgsFeatureRequest::ALL_ATTRIBUTES ("#!allattributes!#") is no field name.
    if ( name.startsWith( QLatin1String( "#!" ) ) )
      continue;
    if ( layer.fields().lookupField( name ) < 0 )
      missing.append( name );
  }
  missing.sort();
  return missing;
}
/**
 * \a renderer made fit for a style file, or null when it already is.
 * - A border in map units (capped in millimetres, see AcvCoverageSymbols::setBorder()) is sized
 *   for this layer's localities and CRS; on another layer, in VN-2000 metres where this one had
 *   degrees, it would be nothing or a smear. Files carry it at its cap, in millimetres.
 * - For \a sld: QGIS 3.22 writes an ELSE rule without any filter, so a map server would paint it
 *   over every feature. Where the sibling rules all test one field, as the generated coverage
 *   style's do (classes, band), a feature matches none of them exactly when that field is NULL,
 *   and the rule says so.
 */
std::unique_ptr<QgsFeatureRenderer> portableRenderer( const QgsFeatureRenderer *renderer, bool sld )
{
  const auto *ruleBased = dynamic_cast<const QgsRuleBasedRenderer *>( renderer );
  if ( !ruleBased )
    return nullptr;
  std::unique_ptr<QgsRuleBasedRenderer> clone( ruleBased->clone() );
  bool changed = false;
  const QgsRuleBasedRenderer::RuleList rules = clone->rootRule()->descendants();
  for ( QgsRuleBasedRenderer::Rule *rule : rules )
  {
    if ( QgsSymbol *symbol = rule->symbol() )
    {
      for ( int i = 0; i < symbol->symbolLayerCount(); ++i )
      {
        auto *fill = dynamic_cast<QgsSimpleFillSymbolLayer *>( symbol->symbolLayer( i ) );
        if ( fill && fill->strokeWidthUnit() == QgsUnitTypes::RenderMapUnits && fill->strokeWidthMapUnitScale().maxSizeMMEnabled )
        {
          AcvCoverageSymbols::setBorder( static_cast<QgsFillSymbol *>( symbol ), 0 );
          changed = true;
        }
      }
    }
    if ( !sld || !rule->isElse() || !rule->parent() )
      continue;
    QSet<QString> fields;
    for ( const QgsRuleBasedRenderer::Rule *sibling : rule->parent()->children() )
    {
      if ( sibling != rule && !sibling->isElse() )
        fields.unite( QgsExpression( sibling->filterExpression() ).referencedColumns() );
    }
    if ( fields.size() != 1 )
      continue;
    rule->setFilterExpression( QStringLiteral( "%1 IS NULL" ).arg( QgsExpression::quotedColumnRef( *fields.cbegin() ) ) );
    changed = true;
  }
  return changed ? std::move( clone ) : nullptr;
}
} // namespace

bool AcvStyleFile::save( QgsVectorLayer &layer, const QString &path, QString &error, AcvOutputTransaction *transaction )
{
  const QString suffix = suffixOf( path );
  QDomDocument document;
  QString message;
  const bool qml = suffix == QLatin1String( "qml" );
  const bool sld = suffix == QLatin1String( "sld" );
  if ( qml || sld )
  {
    // The layer draws with its own renderer again once the file is written.
    std::unique_ptr<QgsFeatureRenderer> forFile = portableRenderer( layer.renderer(), sld );
    std::unique_ptr<QgsFeatureRenderer> drawing( forFile && layer.renderer() ? layer.renderer()->clone() : nullptr );
    if ( forFile )
      layer.setRenderer( forFile.release() );
    if ( qml )
      layer.exportNamedStyle( document, message, QgsReadWriteContext(), QgsMapLayer::Symbology | QgsMapLayer::Labeling | QgsMapLayer::Rendering );
    else
      layer.exportSldStyle( document, message );
    if ( drawing )
      layer.setRenderer( drawing.release() );
  }
  else
  {
    error = QStringLiteral( "%1: a style is saved as .qml (QGIS) or .sld (OGC SLD)" ).arg( path );
    return false;
  }
  if ( !message.isEmpty() )
  {
    error = QStringLiteral( "%1: QGIS cannot export the style (%2)" ).arg( path, message );
    return false;
  }

  AcvOutputFile output( path, transaction );
  if ( output.tempPath().isEmpty() )
    return output.commit( error ); // its folder cannot be written: says why
  QFile file( output.tempPath() );
  if ( !file.open( QIODevice::WriteOnly ) )
  {
    error = QStringLiteral( "%1: cannot be written (%2)" ).arg( path, file.errorString() );
    return false;
  }
  const QByteArray bytes = document.toByteArray( 2 );
  if ( file.write( bytes ) != bytes.size() || !file.flush() )
  {
    error = QStringLiteral( "%1: cannot be written (%2)" ).arg( path, file.errorString() );
    return false;
  }
  file.close();
  return output.commit( error );
}

bool AcvStyleFile::load( QgsVectorLayer &layer, const QString &path, QString &error )
{
  const QFileInfo info( path );
  if ( !info.isFile() || !info.isReadable() )
  {
    error = QStringLiteral( "%1: no such style file" ).arg( path );
    return false;
  }
  const QString suffix = suffixOf( path );
  bool ok = false;
  QString message;
  if ( suffix == QLatin1String( "qml" ) )
    message = layer.loadNamedStyle( info.absoluteFilePath(), ok, QgsMapLayer::Symbology | QgsMapLayer::Labeling | QgsMapLayer::Rendering );
  else if ( suffix == QLatin1String( "sld" ) )
    message = layer.loadSldStyle( info.absoluteFilePath(), ok );
  else
  {
    error = QStringLiteral( "%1: --style takes a QGIS .qml or an OGC .sld file" ).arg( path );
    return false;
  }
  if ( !ok )
  {
    error = QStringLiteral( "%1: not a usable style (%2)" ).arg( path, message );
    return false;
  }
  if ( !layer.renderer() )
  {
    error = QStringLiteral( "%1: the style has no renderer" ).arg( path );
    return false;
  }
  const QStringList missing = missingFields( layer );
  if ( !missing.isEmpty() )
  {
    error = QStringLiteral( "%1: the style uses field(s) %2 that the joined layer does not have (it has: %3)" )
                .arg( path, missing.join( QLatin1String( ", " ) ), layer.fields().names().join( QLatin1String( ", " ) ) );
    return false;
  }
  return true;
}
