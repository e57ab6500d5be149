/***************************************************************************
  acvsheetparameter.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvsheetparameter.h"

AcvSheetParameter::AcvSheetParameter( const QString &name, const QString &description, const QString &parentParameterName, bool optional )
  : QgsProcessingParameterString( name, description, QVariant(), false, optional )
  , mParentParameterName( parentParameterName )
{
}

QgsProcessingParameterDefinition *AcvSheetParameter::clone() const
{
  return new AcvSheetParameter( *this );
}

QStringList AcvSheetParameter::dependsOnOtherParameters() const
{
  return mParentParameterName.isEmpty() ? QStringList() : QStringList{ mParentParameterName };
}

QVariantMap AcvSheetParameter::toVariantMap() const
{
  QVariantMap map = QgsProcessingParameterString::toVariantMap();
  map.insert( QStringLiteral( "parent_parameter" ), mParentParameterName );
  return map;
}

bool AcvSheetParameter::fromVariantMap( const QVariantMap &map )
{
  QgsProcessingParameterString::fromVariantMap( map );
  mParentParameterName = map.value( QStringLiteral( "parent_parameter" ) ).toString();
  return true;
}
