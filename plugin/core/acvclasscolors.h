/***************************************************************************
  acvclasscolors.h - class colours from QGIS's ColorBrewer ramps
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCLASSCOLORS_H
#define ACVCLASSCOLORS_H

#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>

/**
 * Picks one colour per class from a colour ramp of QGIS's default style (QgsStyle), which holds
 * the ColorBrewer ramps. When the ramp is a ColorBrewer scheme with a variant of exactly the
 * class count, those published colours are used, so the colour-blind-safe schemes stay safe.
 */
class AcvClassColors
{
public:
  //! Sequential default: light to dark, safe for colour-blind readers and in greyscale print.
  static QString defaultSequentialRamp() { return QStringLiteral( "YlGnBu" ); }
  //! Diverging default: red below the target, blue above, colour-blind safe.
  static QString defaultDivergingRamp() { return QStringLiteral( "RdYlBu" ); }

  //! The ramp names of QGIS's default style.
  static QStringList rampNames();

  /**
   * \a classCount colours from \a rampName, lightest (lowest class) first.
   * With \a belowTargetClasses >= 0 the ramp diverges around the target: the classes below it
   * take the ramp's first half, the others its second half, and the neutral middle is skipped.
   * \a invert reverses the ramp.
   */
  static bool colors( const QString &rampName, int classCount, int belowTargetClasses, bool invert,
                      QVector<QColor> &colors, QString &error );
};

#endif // ACVCLASSCOLORS_H
