/***************************************************************************
  acvshapefiletext.h - the text of a shapefile whose .dbf does not say its encoding
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVSHAPEFILETEXT_H
#define ACVSHAPEFILETEXT_H

#include <qgsfeature.h>
#include <qgsfields.h>

#include <QString>
#include <QStringList>

/**
 * A shapefile with neither a .cpg nor a language driver byte (LDID, offset 29 of the .dbf) is
 * read by GDAL as ISO-8859-1, so names typed in Windows-1258, TCVN3, VNI or even UTF-8 come out
 * garbled. This reads the .dbf's string values again as raw bytes and, when one encoding is
 * certain (AcvLegacyDetector), puts the decoded text into the features. A .cpg or an LDID is
 * respected as it is.
 */
class AcvShapefileText
{
public:
  /**
   * Decodes the string attributes of \a features (read from \a shapefile with \a fields) when the
   * .dbf declares no encoding. What was done goes to \a notes ("read as Windows-1258 …"), a
   * reading left as GDAL made it to \a warnings. Returns false with \a error naming the feature
   * and field when a legacy encoding is likely but not certain.
   */
  static bool decode( const QString &shapefile, const QString &dbf, const QgsFields &fields, QgsFeatureList &features,
                      QStringList &notes, QStringList &warnings, QString &error );

  //! The .dbf's language driver byte (0: none, or the file cannot be read).
  static int languageDriver( const QString &dbf );
};

#endif // ACVSHAPEFILETEXT_H
