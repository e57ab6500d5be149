/***************************************************************************
  acvprocessingprovider.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvprocessingprovider.h"

#include "acvcoveragealgorithms.h"

AcvProcessingProvider::AcvProcessingProvider( QObject *parent )
  : QgsProcessingProvider( parent )
{
}

QString AcvProcessingProvider::id() const
{
  return QStringLiteral( "adoptioncoverage" );
}

QString AcvProcessingProvider::name() const
{
  return tr( "Adoption Coverage" );
}

QIcon AcvProcessingProvider::icon() const
{
  return QIcon( QStringLiteral( ":/adoptioncoverage/icon.svg" ) );
}

QStringList AcvProcessingProvider::supportedOutputVectorLayerExtensions() const
{
  return { QStringLiteral( "gpkg" ) };
}

QString AcvProcessingProvider::defaultVectorFileExtension( bool ) const
{
  return QStringLiteral( "gpkg" );
}

void AcvProcessingProvider::loadAlgorithms()
{
  addAlgorithm( new AcvJoinStatisticsAlgorithm() );
  addAlgorithm( new AcvCoverageMapAlgorithm() );
  addAlgorithm( new AcvExportReportAlgorithm() );
}
