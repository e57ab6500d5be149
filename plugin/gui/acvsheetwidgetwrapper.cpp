/***************************************************************************
  acvsheetwidgetwrapper.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvsheetwidgetwrapper.h"

#include "acvsheetparameter.h"
#include "acvtablereader.h"

#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QComboBox>
#include <QLineEdit>

AcvSheetWidgetWrapper::AcvSheetWidgetWrapper( const QgsProcessingParameterDefinition *parameter, QgsProcessingGui::WidgetType type, QWidget *parent )
  : QgsAbstractProcessingParameterWidgetWrapper( parameter, type, parent )
{
}

QWidget *AcvSheetWidgetWrapper::createWidget()
{
  mCombo = new QComboBox();
  mCombo->setObjectName( QStringLiteral( "AcvSheetCombo" ) );
  mCombo->setEditable( true );
  mCombo->setInsertPolicy( QComboBox::NoInsert );
  mCombo->lineEdit()->setPlaceholderText( tr( "First non-empty sheet" ) );
  mCombo->setToolTip( parameterDefinition() ? parameterDefinition()->toolTip() : QString() );
  connect( mCombo, &QComboBox::currentTextChanged, this, [this]
           { emit widgetValueHasChanged( this ); } );
  return mCombo;
}

void AcvSheetWidgetWrapper::postInitialize( const QList<QgsAbstractProcessingParameterWidgetWrapper *> &wrappers )
{
  QgsAbstractProcessingParameterWidgetWrapper::postInitialize( wrappers );
  const auto *sheet = dynamic_cast<const AcvSheetParameter *>( parameterDefinition() );
  if ( !sheet || type() == QgsProcessingGui::Modeler )
    return; // in a model the file is often another input, unknown until the model runs
  for ( QgsAbstractProcessingParameterWidgetWrapper *wrapper : wrappers )
  {
    if ( wrapper->parameterDefinition()->name() != sheet->parentParameterName() )
      continue;
    setStatisticsFile( wrapper->parameterValue().toString() );
    connect( wrapper, &QgsAbstractProcessingParameterWidgetWrapper::widgetValueHasChanged, this, [this]( QgsAbstractProcessingParameterWidgetWrapper *changed )
             { setStatisticsFile( changed->parameterValue().toString() ); } );
  }
}

void AcvSheetWidgetWrapper::setStatisticsFile( const QString &path )
{
  if ( !mCombo )
    return;
  QStringList names;
  QString error;
  if ( path.isEmpty() || !AcvTableReader::sheetNames( path, names, error ) )
    names.clear();
  const QString current = mCombo->currentText();
  const QSignalBlocker blocker( mCombo );
  mCombo->clear();
  mCombo->addItem( QString() ); // the first non-empty sheet
  mCombo->addItems( names );
  // A sheet the new file does not have would fail the run: back to the default.
  mCombo->setCurrentText( current.isEmpty() || names.contains( current ) || names.isEmpty() ? current : QString() );
  if ( mCombo->currentText() != current )
    emit widgetValueHasChanged( this );
}

void AcvSheetWidgetWrapper::setWidgetValue( const QVariant &value, QgsProcessingContext &context )
{
  if ( mCombo )
    mCombo->setCurrentText( QgsProcessingParameters::parameterAsString( parameterDefinition(), value, context ) );
}

QVariant AcvSheetWidgetWrapper::widgetValue() const
{
  if ( !mCombo )
    return QVariant();
  const QString text = mCombo->currentText().trimmed();
  return text.isEmpty() ? QVariant() : QVariant( text );
}

QString AcvSheetWidgetFactory::parameterType() const
{
  return AcvSheetParameter::typeName();
}

QgsAbstractProcessingParameterWidgetWrapper *AcvSheetWidgetFactory::createWidgetWrapper( const QgsProcessingParameterDefinition *parameter, QgsProcessingGui::WidgetType type )
{
  return new AcvSheetWidgetWrapper( parameter, type );
}

QStringList AcvSheetWidgetFactory::compatibleParameterTypes() const
{
  return { QgsProcessingParameterString::typeName(), QgsProcessingParameterFile::typeName(), QgsProcessingParameterField::typeName(),
           QgsProcessingParameterExpression::typeName(), AcvSheetParameter::typeName() };
}

QStringList AcvSheetWidgetFactory::compatibleOutputTypes() const
{
  return { QgsProcessingOutputString::typeName(), QgsProcessingOutputFile::typeName() };
}
