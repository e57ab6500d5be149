/***************************************************************************
  acvfilefilters.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvfilefilters.h"

#include "acvtablereader.h"

#include <qgsproviderregistry.h>

#include <QCoreApplication>
#include <QStringList>

namespace
{
QString tr( const char *text )
{
  return QCoreApplication::translate( "AcvFileFilters", text );
}

//! "*.csv *.CSV *.xlsx *.XLSX …": both cases, for file systems that tell them apart.
QString tablePatterns()
{
  QStringList patterns;
  for ( const QString &suffix : AcvTableReader::tableSuffixes() )
    patterns << QStringLiteral( "*." ) + suffix << QStringLiteral( "*." ) + suffix.toUpper();
  return patterns.join( QLatin1Char( ' ' ) );
}
} // namespace

QString AcvFileFilters::statistics()
{
  return QStringLiteral( "%1 (%2)" ).arg( tr( "Statistics tables" ), tablePatterns() );
}

QString AcvFileFilters::mapping()
{
  return QStringLiteral( "%1 (%2)" ).arg( tr( "Mapping files" ), tablePatterns() );
}

QString AcvFileFilters::crosswalk()
{
  return QStringLiteral( "%1 (%2)" ).arg( tr( "Crosswalk tables" ), tablePatterns() );
}

QString AcvFileFilters::mappingToWrite()
{
  return tr( "CSV files (*.csv)" );
}

QString AcvFileFilters::boundaries()
{
  return QgsProviderRegistry::instance()->fileVectorFilters();
}

QString AcvFileFilters::geoPackage()
{
  return tr( "GeoPackage (*.gpkg)" );
}

QString AcvFileFilters::reports()
{
  return QStringList{ pdf(), png(), svg() }.join( QLatin1String( ";;" ) );
}

QString AcvFileFilters::pdf()
{
  return tr( "PDF files (*.pdf)" );
}

QString AcvFileFilters::png()
{
  return tr( "PNG images (*.png)" );
}

QString AcvFileFilters::svg()
{
  return tr( "SVG images (*.svg)" );
}
