/***************************************************************************
  acvsheetparameter.h - the Processing parameter naming a sheet of the statistics file
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVSHEETPARAMETER_H
#define ACVSHEETPARAMETER_H

#include <qgsprocessingparameters.h>

/**
 * A plain string underneath (scripts, models and qgis_process pass the sheet's name as text,
 * empty for the first non-empty sheet), with a type of its own so that the toolbox can show it
 * as a drop-down of the sheets of the file chosen in its parent parameter
 * (AcvSheetWidgetWrapper, registered by the plugin).
 */
class AcvSheetParameter : public QgsProcessingParameterString
{
public:
  AcvSheetParameter( const QString &name, const QString &description, const QString &parentParameterName, bool optional = true );

  static QString typeName() { return QStringLiteral( "adoptioncoverage_sheet" ); }
  QString type() const override { return typeName(); }
  QgsProcessingParameterDefinition *clone() const override;
  QStringList dependsOnOtherParameters() const override;
  QVariantMap toVariantMap() const override;
  bool fromVariantMap( const QVariantMap &map ) override;

  //! The file parameter whose sheets are offered.
  QString parentParameterName() const { return mParentParameterName; }

private:
  QString mParentParameterName;
};

#endif // ACVSHEETPARAMETER_H
