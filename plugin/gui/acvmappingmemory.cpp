/***************************************************************************
  acvmappingmemory.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvmappingmemory.h"

#include <qgssettings.h>

#include <QCryptographicHash>
#include <QFileInfo>

namespace
{
const QString kPrefix = QStringLiteral( "adoptioncoverage/mappings/" );

QString canonical( const QString &path )
{
  if ( path.isEmpty() )
    return QString();
  const QFileInfo info( path );
  const QString resolved = info.canonicalFilePath();
  return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

QString hashed( const QString &text )
{
  return QString::fromLatin1( QCryptographicHash::hash( text.toUtf8(), QCryptographicHash::Sha1 ).toHex() );
}
} // namespace

QString AcvMappingMemory::pairKey( const QString &statisticsPath, const QString &boundariesPath )
{
  return hashed( canonical( statisticsPath ) + QLatin1Char( '\n' ) + canonical( boundariesPath ) );
}

void AcvMappingMemory::remember( const QString &statisticsPath, const QString &boundariesPath, const QString &mappingPath )
{
  if ( statisticsPath.isEmpty() || mappingPath.isEmpty() )
    return;
  QgsSettings settings;
  const QString mapping = canonical( mappingPath );
  settings.setValue( kPrefix + QStringLiteral( "pair/" ) + pairKey( statisticsPath, boundariesPath ), mapping );
  settings.setValue( kPrefix + QStringLiteral( "annex/" ) + hashed( canonical( statisticsPath ) ), mapping );
}

QString AcvMappingMemory::recall( const QString &statisticsPath, const QString &boundariesPath )
{
  if ( statisticsPath.isEmpty() )
    return QString();
  const QgsSettings settings;
  for ( const QString &key : { QStringLiteral( "pair/" ) + pairKey( statisticsPath, boundariesPath ), QStringLiteral( "annex/" ) + hashed( canonical( statisticsPath ) ) } )
  {
    const QString mapping = settings.value( kPrefix + key ).toString();
    if ( !mapping.isEmpty() && QFileInfo::exists( mapping ) )
      return mapping;
  }
  return QString();
}
