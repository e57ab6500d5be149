/***************************************************************************
  acvcoveragelabeling.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragelabeling.h"
#include "acvadmintypes.h"
#include "acvmetrics.h"
#include "acvqgiscompat.h"

#include <qgspallabeling.h>
#include <qgsproperty.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayerlabeling.h>

#include <QFont>

QString AcvCoverageLabeling::nameField()
{
  return QStringLiteral( "locality" );
}

QString AcvCoverageLabeling::adminPrefixPattern()
{
  return AcvAdminTypes::leadingTypeExpressionPattern();
}

QString AcvCoverageLabeling::expression( AcvLanguage language )
{
  // format_number's language argument keeps "23,4" Vietnamese whatever locale QGIS runs in.
  const QString number = QStringLiteral( "format_number(\"coverage_pct\", 1, '%1')" ).arg( AcvLanguageText::code( language ) );
  const QString sign = AcvLanguageText::percentSign( language );
  // The admin type ("Huyện", "Thị xã", "District") is the same word on every polygon: the map
  // shows the name alone, as printed maps do. NULL || text is NULL, so a locality without
  // coverage is labelled with its name alone.
  const QString name = QStringLiteral( "regexp_replace(\"%1\", '%2', '')" ).arg( nameField(), adminPrefixPattern() );
  return QStringLiteral( "%1 || coalesce('\\n' || %2 || '%3', '')" ).arg( name, number, sign );
}

QgsVectorLayerSimpleLabeling *AcvCoverageLabeling::create( AcvLanguage language, bool belowTargetOnly, double targetPct )
{
  QgsPalLayerSettings settings;
  settings.fieldName = expression( language );
  settings.isExpression = true;
  settings.placement = AcvLabelEnums::Horizontal;
  // A small district (often the provincial capital) still gets its label, centred on it.
  settings.fitInPolygonOnly = false;
  settings.multilineAlign = AcvLabelEnums::MultiCenter;
  // Labels avoid each other and never cover a neighbour's label; polygons are not obstacles,
  // else large districts push their own label out.
  settings.obstacleSettings().setIsObstacle( false );

  QgsTextFormat format;
  // Noto Sans carries every Vietnamese diacritic (fonts-noto-core); Qt falls back when absent.
  QFont font( QStringLiteral( "Noto Sans" ) );
  font.setStyleHint( QFont::SansSerif );
  format.setFont( font );
  format.setSize( 8.5 );
  format.setSizeUnit( QgsUnitTypes::RenderPoints );
  format.setColor( QColor( 33, 33, 33 ) );
  format.setLineHeight( 1.0 );
  QgsTextBufferSettings buffer;
  buffer.setEnabled( true );
  buffer.setSize( 0.8 );
  buffer.setSizeUnit( QgsUnitTypes::RenderMillimeters );
  buffer.setColor( QColor( 255, 255, 255 ) );
  buffer.setOpacity( 0.85 );
  format.setBuffer( buffer );
  settings.setFormat( format );

  if ( belowTargetOnly )
  {
    const QString show = AcvMetrics::belowTargetExpression( QStringLiteral( "coverage_pct" ), targetPct );
    settings.dataDefinedProperties().setProperty( QgsPalLayerSettings::Show, QgsProperty::fromExpression( show ) );
  }
  return new QgsVectorLayerSimpleLabeling( settings );
}
