/***************************************************************************
  acvcoveragelayers.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragelayers.h"
#include "acvcoveragelayercontent.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsvectorlayer.h>

QString AcvCoverageLayers::annexProperty()
{
  return QStringLiteral( "adoptioncoverage/annex" );
}

QString AcvCoverageLayers::languageProperty()
{
  return QStringLiteral( "adoptioncoverage/language" );
}

bool AcvCoverageLayers::isCoverageLayer( const QgsVectorLayer *layer )
{
  // One rule for the dock, the actions and the report (AcvCoverageLayerContent).
  return AcvCoverageLayerContent::isCoverageLayer( layer );
}

double AcvCoverageLayers::targetPct( const QgsVectorLayer *layer, double fallback )
{
  if ( !layer )
    return fallback;
  const int index = layer->fields().lookupField( QStringLiteral( "target_pct" ) );
  if ( index < 0 )
    return fallback;
  QgsFeatureRequest request;
  request.setFlags( QgsFeatureRequest::NoGeometry );
  request.setSubsetOfAttributes( QgsAttributeList() << index );
  QgsFeature feature;
  QgsFeatureIterator it = layer->getFeatures( request );
  while ( it.nextFeature( feature ) )
  {
    bool ok = false;
    const double value = feature.attribute( index ).toDouble( &ok );
    if ( ok && !feature.attribute( index ).isNull() )
      return value;
  }
  return fallback;
}

AcvLanguage AcvCoverageLayers::language( const QgsVectorLayer *layer, AcvLanguage fallback )
{
  AcvLanguage language = fallback;
  if ( layer && AcvLanguageText::parse( layer->customProperty( languageProperty() ).toString(), language ) )
    return language;
  return fallback;
}
