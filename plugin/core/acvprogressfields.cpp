/***************************************************************************
  acvprogressfields.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvprogressfields.h"

#include "acvjoinedlayer.h"
#include "acvqgiscompat.h"

#include <qgsfield.h>

QStringList AcvProgressFields::fieldNames()
{
  return { QStringLiteral( "coverage_change_pp" ), QStringLiteral( "installs_per_day" ), QStringLiteral( "projected_target_date" ), QStringLiteral( "target_reached_on" ), QStringLiteral( "trend" ) };
}

void AcvProgressFields::append( AcvJoinedFeatures &joined, const QVector<AcvLocalityProgress> &progress, QStringList &warnings )
{
  const QStringList names = fieldNames();
  const QVector<AcvFieldType> types = { AcvFieldTypes::Double, AcvFieldTypes::Double, AcvFieldTypes::Date, AcvFieldTypes::Date, AcvFieldTypes::String };
  QVector<int> indexes;
  for ( int i = 0; i < names.size(); ++i )
  {
    int index = joined.fields.lookupField( names.at( i ) );
    if ( index >= 0 )
    {
      warnings << QStringLiteral( "the boundaries' field '%1' is replaced by the campaign's figure of that name" ).arg( names.at( i ) );
      joined.fields.remove( index );
      // Removing shifts the later fields: the features lose that attribute too.
      for ( QgsFeature &feature : joined.features )
      {
        QgsAttributes attributes = feature.attributes();
        attributes.remove( index );
        feature.setAttributes( attributes );
      }
      for ( int &kept : indexes )
        kept -= kept > index ? 1 : 0;
    }
    joined.fields.append( QgsField( names.at( i ), types.at( i ) ) );
    indexes << joined.fields.count() - 1;
  }
  // A NULL QVariant, as the joined layer's other figures have (the writer stores NULL).
  const QVariant null;
  for ( int f = 0; f < joined.features.size(); ++f )
  {
    QgsFeature &feature = joined.features[f];
    feature.setFields( joined.fields, false );
    QgsAttributes attributes = feature.attributes();
    attributes.resize( joined.fields.count() );
    const AcvLocalityProgress p = progress.value( f );
    attributes[indexes[0]] = p.coverageChangePp ? QVariant( *p.coverageChangePp ) : null;
    attributes[indexes[1]] = p.installsPerDay ? QVariant( *p.installsPerDay ) : null;
    attributes[indexes[2]] = p.projectedTargetDate ? QVariant( *p.projectedTargetDate ) : null;
    attributes[indexes[3]] = p.targetReachedOn ? QVariant( *p.targetReachedOn ) : null;
    const QString trend = AcvCampaignProgress::trendKey( p.trend );
    attributes[indexes[4]] = trend.isEmpty() ? null : QVariant( trend );
    feature.setAttributes( attributes );
  }
}
