/***************************************************************************
  acvsheetwidgetwrapper.h - the sheet parameter as a drop-down in the Processing toolbox
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVSHEETWIDGETWRAPPER_H
#define ACVSHEETWIDGETWRAPPER_H

#include <qgsprocessingwidgetwrapper.h>

#include <QPointer>

class QComboBox;

/**
 * Lists the sheets of the statistics file chosen in the parent parameter, and lists them again
 * when that file changes. Editable, so a sheet of a file not yet at hand (a model, a batch row)
 * can still be typed; empty means the first non-empty sheet, as on the command line.
 */
class AcvSheetWidgetWrapper : public QgsAbstractProcessingParameterWidgetWrapper
{
  Q_OBJECT

public:
  explicit AcvSheetWidgetWrapper( const QgsProcessingParameterDefinition *parameter = nullptr, QgsProcessingGui::WidgetType type = QgsProcessingGui::Standard, QWidget *parent = nullptr );

  void postInitialize( const QList<QgsAbstractProcessingParameterWidgetWrapper *> &wrappers ) override;
  //! Lists the sheets of \a path (none for a CSV or a file that cannot be read), keeping the current text.
  void setStatisticsFile( const QString &path );

protected:
  QWidget *createWidget() override;
  void setWidgetValue( const QVariant &value, QgsProcessingContext &context ) override;
  QVariant widgetValue() const override;

private:
  QPointer<QComboBox> mCombo;
};

//! Registered in QgsGui::processingGuiRegistry() while the plugin is loaded.
class AcvSheetWidgetFactory : public QgsProcessingParameterWidgetFactoryInterface
{
public:
  QString parameterType() const override;
  QgsAbstractProcessingParameterWidgetWrapper *createWidgetWrapper( const QgsProcessingParameterDefinition *parameter, QgsProcessingGui::WidgetType type ) override;
  //! In a model, the sheet can come from the inputs and outputs a string can.
  QStringList compatibleParameterTypes() const override;
  QStringList compatibleOutputTypes() const override;
};

#endif // ACVSHEETWIDGETWRAPPER_H
