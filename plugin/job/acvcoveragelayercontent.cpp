/***************************************************************************
  acvcoveragelayercontent.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragelayercontent.h"

#include "acvjoinedlayer.h"

#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace
{
const QString kTotalMismatches = QStringLiteral( "adoptioncoverage/totalMismatches" );

std::optional<double> number( const QgsFeature &feature, int index )
{
  const QVariant value = index >= 0 ? feature.attribute( index ) : QVariant();
  if ( value.isNull() )
    return std::nullopt;
  bool ok = false;
  const double d = value.toDouble( &ok );
  return ok ? std::optional<double>( d ) : std::nullopt;
}
} // namespace

bool AcvCoverageLayerContent::isCoverageLayer( const QgsVectorLayer *layer )
{
  if ( !layer || !layer->isValid() )
    return false;
  const QgsFields fields = layer->fields();
  const QStringList names = AcvJoinedLayer::coverageFieldNames();
  return std::all_of( names.cbegin(), names.cend(), [&fields]( const QString &name )
                      { return fields.lookupField( name ) >= 0; } );
}

bool AcvCoverageLayerContent::fill( const QgsVectorLayer *layer, AcvReportContent &content, QString &error )
{
  if ( !isCoverageLayer( layer ) )
  {
    error = layer ? QStringLiteral( "layer '%1' is not a coverage layer (it lacks the fields %2)" ).arg( layer->name(), AcvJoinedLayer::coverageFieldNames().join( QLatin1String( ", " ) ) )
                  : QStringLiteral( "no coverage layer is selected" );
    return false;
  }
  const QgsFields fields = layer->fields();
  const int locality = fields.lookupField( QStringLiteral( "locality" ) );
  const int key = fields.lookupField( QStringLiteral( "stats_key" ) );
  const int installs = fields.lookupField( QStringLiteral( "installs" ) );
  const int smartphones = fields.lookupField( QStringLiteral( "smartphones" ) );
  const int population = fields.lookupField( QStringLiteral( "population" ) );
  const int target = fields.lookupField( QStringLiteral( "target_pct" ) );

  AcvCoverageJoinResult join;
  QStringList names;
  std::optional<double> targetPct;
  QVector<AcvFigures> matchedFigures;
  QVector<int> matchedIndices;
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    names.append( feature.attribute( locality ).toString() );
    const AcvFigures figures{ number( feature, installs ), number( feature, smartphones ), number( feature, population ) };
    join.boundaryFigures.append( figures );
    if ( feature.attribute( key ).isNull() )
      continue;
    if ( !targetPct )
      targetPct = number( feature, target );
    matchedFigures.append( figures );
    matchedIndices.append( static_cast<int>( join.boundaryFigures.size() ) - 1 );
  }
  if ( matchedFigures.isEmpty() )
  {
    error = QStringLiteral( "layer '%1' has no locality with statistics" ).arg( layer->name() );
    return false;
  }
  content.targetPct = targetPct.value_or( content.targetPct );
  const QVector<AcvLocalityMetrics> metrics = AcvMetrics::compute( matchedFigures, content.targetPct );
  // Filled as a std::vector: GCC 12 takes writes through QVector::operator[] for overflows at -O2.
  std::vector<AcvLocalityMetrics> boundaryMetrics( static_cast<size_t>( join.boundaryFigures.size() ) );
  for ( int i = 0; i < matchedIndices.size(); ++i )
    boundaryMetrics[static_cast<size_t>( matchedIndices.at( i ) )] = metrics.at( i );
  join.boundaryMetrics = QVector<AcvLocalityMetrics>( boundaryMetrics.cbegin(), boundaryMetrics.cend() );
  join.totals = AcvMetrics::totals( matchedFigures, metrics, content.targetPct );
  content.setJoin( join, names );
  const QVariant statistics = layer->customProperty( QStringLiteral( "adoptioncoverage/statisticsSource" ) );
  content.statisticsSource = statistics.isNull() ? layer->name() : statistics.toString();
  const QVariant boundaries = layer->customProperty( QStringLiteral( "adoptioncoverage/boundarySource" ) );
  if ( !boundaries.isNull() )
    content.boundarySource = boundaries.toString();
  const QDate date = QDate::fromString( layer->customProperty( QStringLiteral( "adoptioncoverage/statisticsDate" ) ).toString(), Qt::ISODate );
  if ( date.isValid() )
    content.statisticsDate = date;
  const QJsonObject remap = QJsonDocument::fromJson( layer->customProperty( QStringLiteral( "adoptioncoverage/remap" ) ).toString().toUtf8() ).object();
  content.remap.kind = static_cast<AcvReportRemap::Kind>( remap.value( QStringLiteral( "kind" ) ).toInt() );
  content.remap.source = remap.value( QStringLiteral( "source" ) ).toString();
  content.remap.split = static_cast<AcvReportRemap::Split>( remap.value( QStringLiteral( "split" ) ).toInt() );
  content.totalMismatches.clear();
  const QJsonArray mismatches = QJsonDocument::fromJson( layer->customProperty( kTotalMismatches ).toString().toUtf8() ).array();
  for ( const QJsonValue &value : mismatches )
  {
    const QJsonObject object = value.toObject();
    AcvTotalMismatch mismatch;
    mismatch.row = object.value( QStringLiteral( "row" ) ).toInt();
    mismatch.label = object.value( QStringLiteral( "label" ) ).toString();
    mismatch.figure = static_cast<AcvTotalMismatch::Figure>( object.value( QStringLiteral( "figure" ) ).toInt() );
    mismatch.stated = object.value( QStringLiteral( "stated" ) ).toDouble();
    mismatch.sum = object.value( QStringLiteral( "sum" ) ).toDouble();
    mismatch.rows = object.value( QStringLiteral( "rows" ) ).toInt();
    content.totalMismatches.append( mismatch );
  }
  return true;
}

void AcvCoverageLayerContent::setSources( QgsVectorLayer *layer, const QString &statisticsSource, const QString &boundarySource, const QDate &statisticsDate,
                                          const QVector<AcvTotalMismatch> &totalMismatches )
{
  QJsonArray mismatches;
  for ( const AcvTotalMismatch &mismatch : totalMismatches )
    mismatches.append( QJsonObject{ { QStringLiteral( "row" ), mismatch.row },
                                    { QStringLiteral( "label" ), mismatch.label },
                                    { QStringLiteral( "figure" ), static_cast<int>( mismatch.figure ) },
                                    { QStringLiteral( "stated" ), mismatch.stated },
                                    { QStringLiteral( "sum" ), mismatch.sum },
                                    { QStringLiteral( "rows" ), mismatch.rows } } );
  layer->setCustomProperty( kTotalMismatches, QString::fromUtf8( QJsonDocument( mismatches ).toJson( QJsonDocument::Compact ) ) );
  layer->setCustomProperty( QStringLiteral( "adoptioncoverage/statisticsSource" ), statisticsSource );
  layer->setCustomProperty( QStringLiteral( "adoptioncoverage/boundarySource" ), boundarySource );
  if ( statisticsDate.isValid() )
    layer->setCustomProperty( QStringLiteral( "adoptioncoverage/statisticsDate" ), statisticsDate.toString( Qt::ISODate ) );
}

void AcvCoverageLayerContent::setRemap( QgsVectorLayer *layer, const AcvReportRemap &remap )
{
  if ( remap.kind == AcvReportRemap::Kind::None )
  {
    layer->removeCustomProperty( QStringLiteral( "adoptioncoverage/remap" ) );
    return;
  }
  const QJsonObject object{ { QStringLiteral( "kind" ), static_cast<int>( remap.kind ) },
                            { QStringLiteral( "source" ), remap.source },
                            { QStringLiteral( "split" ), static_cast<int>( remap.split ) } };
  layer->setCustomProperty( QStringLiteral( "adoptioncoverage/remap" ), QString::fromUtf8( QJsonDocument( object ).toJson( QJsonDocument::Compact ) ) );
}
