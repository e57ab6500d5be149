/***************************************************************************
  acvclasscolors.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvclasscolors.h"

#include <qgscolorbrewerpalette.h>
#include <qgscolorramp.h>
#include <qgsstyle.h>

#include <algorithm>
#include <memory>

QStringList AcvClassColors::rampNames()
{
  QStringList names = QgsStyle::defaultStyle()->colorRampNames();
  names.sort( Qt::CaseInsensitive );
  return names;
}

bool AcvClassColors::colors( const QString &rampName, int classCount, int belowTargetClasses, bool invert,
                             QVector<QColor> &colors, QString &error )
{
  colors.clear();
  if ( classCount < 1 )
  {
    error = QStringLiteral( "no classes to colour" );
    return false;
  }
  // Names are matched without case: analysts type "ylgnbu" as often as "YlGnBu".
  QString name;
  for ( const QString &candidate : QgsStyle::defaultStyle()->colorRampNames() )
  {
    if ( candidate.compare( rampName, Qt::CaseInsensitive ) == 0 )
      name = candidate;
  }
  if ( name.isEmpty() )
  {
    error = QStringLiteral( "--ramp: QGIS's style has no colour ramp '%1' (it has: %2)" ).arg( rampName, rampNames().join( QLatin1String( ", " ) ) );
    return false;
  }

  const bool diverging = belowTargetClasses >= 0;
  const bool exactBrewer = !diverging && QgsColorBrewerPalette::listSchemes().contains( name ) && QgsColorBrewerPalette::listSchemeVariants( name ).contains( classCount );
  if ( exactBrewer )
  {
    const QList<QColor> published = QgsColorBrewerPalette::listSchemeColors( name, classCount );
    colors = QVector<QColor>( published.cbegin(), published.cend() );
  }
  else
  {
    std::unique_ptr<QgsColorRamp> ramp( QgsStyle::defaultStyle()->colorRamp( name ) );
    if ( !ramp )
    {
      error = QStringLiteral( "--ramp: QGIS's colour ramp '%1' cannot be read" ).arg( name );
      return false;
    }
    for ( int i = 0; i < classCount; ++i )
    {
      double position = classCount == 1 ? 0.5 : static_cast<double>( i ) / ( classCount - 1 );
      if ( diverging )
      {
        // Below the target: from the ramp's start towards (not onto) its neutral middle; at or
        // above it: from beyond the middle to the ramp's end.
        const int below = std::min( belowTargetClasses, classCount );
        const int above = classCount - below;
        if ( i < below )
          position = 0.5 * i / below;
        else
          position = 0.5 + 0.5 * ( i - below + 1 ) / above;
      }
      colors.append( ramp->color( position ) );
    }
  }
  if ( invert )
    std::reverse( colors.begin(), colors.end() );
  return true;
}
