/***************************************************************************
  acvplugin.h - the QGIS plugin "Adoption Coverage"
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVPLUGIN_H
#define ACVPLUGIN_H

#include <qgisplugin.h>

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QTranslator;
class QgisInterface;
class QgsMapLayer;
class QgsVectorLayer;
class AcvSheetWidgetFactory;
class AcvCoverageDialog;
class AcvProcessingProvider;
class AcvRankingDock;

/**
 * The plugin: a toolbar button and a Vector-menu entry open the main dialog; a ranking dock
 * shows the last coverage layer; a processing provider offers the same job as algorithms.
 * Everything created in initGui() is removed in unload(), so the plugin can be unloaded and
 * loaded again in one QGIS session.
 */
class AcvPlugin : public QObject, public QgisPlugin
{
  Q_OBJECT

public:
  explicit AcvPlugin( QgisInterface *iface );
  ~AcvPlugin() override;

  void initGui() override;
  void unload() override;

  static QString pluginName();
  static QString pluginDescription();
  static QString pluginVersion();
  static QString pluginCategory();
  static QString pluginIcon();

private:
  void showDialog();
  void showRankingDock();
  void exportReport();
  void installTranslator();
  //! The dock and Export Report follow the coverage layer selected in the Layers panel.
  void currentLayerChanged( QgsMapLayer *layer );
  void setCoverageLayer( QgsVectorLayer *layer );

  QgisInterface *mIface = nullptr;
  QList<QTranslator *> mTranslators; //!< installed for QGIS's locale, removed at unload
  QAction *mOpenAction = nullptr;
  QAction *mRankingAction = nullptr;
  QAction *mExportAction = nullptr;
  AcvProcessingProvider *mProvider = nullptr; // owned by the processing registry while registered
  QPointer<AcvCoverageDialog> mDialog;
  QPointer<AcvRankingDock> mDock;
  QPointer<QgsVectorLayer> mCoverageLayer;              //!< the selected coverage layer, null when none
  AcvSheetWidgetFactory *mSheetWidgetFactory = nullptr; // owned by the processing GUI registry while registered
};

#endif // ACVPLUGIN_H
