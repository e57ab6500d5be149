/***************************************************************************
  acvplugin.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvplugin.h"

#include "acvcoveragedialog.h"
#include "acvcoveragelayers.h"
#include "acvlabellanguage.h"
#include "acvmetrics.h"
#include "acvprocessingprovider.h"
#include "acvrankingdock.h"
#include "acvreportexport.h"
#include "acvsheetwidgetwrapper.h"

#include <qgisinterface.h>
#include <qgsvectorlayer.h>
#include <qgsapplication.h>
#include <qgsgui.h>
#include <qgsprocessingguiregistry.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgssettings.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QTranslator>

#include <utility>

AcvPlugin::AcvPlugin( QgisInterface *iface )
  : QgisPlugin( pluginName(), pluginDescription(), pluginCategory(), pluginVersion(), QgisPlugin::UI )
  , mIface( iface )
{
}

AcvPlugin::~AcvPlugin()
{
  unload();
}

QString AcvPlugin::pluginName()
{
  return QStringLiteral( "Adoption Coverage" );
}

QString AcvPlugin::pluginDescription()
{
  return QStringLiteral( "Joins boundaries with app-install statistics and maps coverage against a target" );
}

QString AcvPlugin::pluginVersion()
{
  return QStringLiteral( ACV_PLUGIN_VERSION );
}

QString AcvPlugin::pluginCategory()
{
  return QStringLiteral( "Vector" );
}

QString AcvPlugin::pluginIcon()
{
  return QStringLiteral( ":/adoptioncoverage/icon.svg" );
}

void AcvPlugin::installTranslator()
{
  // QGIS's own locale setting (Settings > Options > General), not the system's.
  const QString locale = QgsApplication::locale();
  // The plugin's own texts, then the messages of the libraries it shares with the command (a
  // bad annex, a missing .dbf ...): both follow QGIS's language, as the rest of QGIS does.
  for ( const QString &catalogue : { QStringLiteral( "adoptioncoverage" ), QStringLiteral( "acvmessages" ) } )
  {
    auto *translator = new QTranslator( this );
    if ( translator->load( QStringLiteral( "%1_%2" ).arg( catalogue, locale ), QStringLiteral( ":/adoptioncoverage/i18n" ) ) )
    {
      QCoreApplication::installTranslator( translator );
      mTranslators.append( translator );
    }
    else
    {
      delete translator;
    }
  }
}

void AcvPlugin::initGui()
{
  installTranslator();

  const QIcon icon( pluginIcon() );
  mOpenAction = new QAction( icon, tr( "Adoption Coverage…" ), this );
  mOpenAction->setObjectName( QStringLiteral( "mActionAdoptionCoverage" ) );
  mOpenAction->setToolTip( tr( "Join install statistics with boundaries and map coverage against the target" ) );
  connect( mOpenAction, &QAction::triggered, this, &AcvPlugin::showDialog );

  mRankingAction = new QAction( tr( "Coverage Ranking" ), this );
  mRankingAction->setObjectName( QStringLiteral( "mActionAdoptionCoverageRanking" ) );
  connect( mRankingAction, &QAction::triggered, this, &AcvPlugin::showRankingDock );

  mExportAction = new QAction( tr( "Export Report…" ), this );
  mExportAction->setObjectName( QStringLiteral( "mActionAdoptionCoverageExport" ) );
  mExportAction->setEnabled( false );
  connect( mExportAction, &QAction::triggered, this, &AcvPlugin::exportReport );

  // The submenu keeps the plugin's name whatever the language: analysts look for it by name.
  mIface->addPluginToVectorMenu( pluginName(), mOpenAction );
  mIface->addPluginToVectorMenu( pluginName(), mRankingAction );
  mIface->addPluginToVectorMenu( pluginName(), mExportAction );
  mIface->addVectorToolBarIcon( mOpenAction );

  mProvider = new AcvProcessingProvider();
  QgsApplication::processingRegistry()->addProvider( mProvider );
  mSheetWidgetFactory = new AcvSheetWidgetFactory();
  if ( !QgsGui::processingGuiRegistry()->addParameterWidgetFactory( mSheetWidgetFactory ) )
  {
    delete mSheetWidgetFactory; // not taken: the registry owns only what it registered
    mSheetWidgetFactory = nullptr;
  }

  // Whatever made it (the dialog, Processing, a GeoPackage opened by hand), the coverage layer
  // selected in the Layers panel is the one the dock lists and the report exports.
  connect( mIface, &QgisInterface::currentLayerChanged, this, &AcvPlugin::currentLayerChanged );
  connect( QgsProject::instance(), qOverload<const QString &>( &QgsProject::layerWillBeRemoved ), this, [this]( const QString &id )
           {
    if ( mCoverageLayer && mCoverageLayer->id() == id )
      setCoverageLayer( nullptr ); } );
  currentLayerChanged( mIface->activeLayer() );
}

void AcvPlugin::unload()
{
  if ( mIface )
    disconnect( mIface, &QgisInterface::currentLayerChanged, this, &AcvPlugin::currentLayerChanged );
  disconnect( QgsProject::instance(), nullptr, this, nullptr );
  if ( mSheetWidgetFactory )
  {
    QgsGui::processingGuiRegistry()->removeParameterWidgetFactory( mSheetWidgetFactory ); // deletes it
    mSheetWidgetFactory = nullptr;
  }
  if ( mProvider )
  {
    QgsApplication::processingRegistry()->removeProvider( mProvider ); // deletes it
    mProvider = nullptr;
  }
  if ( mDock )
  {
    mIface->removeDockWidget( mDock );
    delete mDock;
  }
  delete mDialog;
  if ( mOpenAction )
  {
    mIface->removePluginVectorMenu( pluginName(), mOpenAction );
    mIface->removePluginVectorMenu( pluginName(), mRankingAction );
    mIface->removePluginVectorMenu( pluginName(), mExportAction );
    mIface->removeVectorToolBarIcon( mOpenAction );
    delete mOpenAction;
    delete mRankingAction;
    delete mExportAction;
    mOpenAction = nullptr;
    mRankingAction = nullptr;
    mExportAction = nullptr;
  }
  for ( QTranslator *translator : std::as_const( mTranslators ) )
  {
    QCoreApplication::removeTranslator( translator );
    delete translator;
  }
  mTranslators.clear();
}

void AcvPlugin::showDialog()
{
  if ( !mDialog )
  {
    mDialog = new AcvCoverageDialog( mIface, mIface->mainWindow() );
    connect( mDialog, &AcvCoverageDialog::coverageLayerAdded, this, [this]( QgsVectorLayer *layer )
             {
      showRankingDock();
      setCoverageLayer( layer ); } );
  }
  mDialog->show();
  mDialog->raise();
  mDialog->activateWindow();
}

void AcvPlugin::showRankingDock()
{
  if ( !mDock )
  {
    mDock = new AcvRankingDock( mIface->mapCanvas(), mIface->mainWindow() );
    mDock->setExportAction( mExportAction );
    mIface->addDockWidget( Qt::RightDockWidgetArea, mDock );
    // Wide enough for rank, name, installs, coverage and gap side by side.
    if ( auto *window = qobject_cast<QMainWindow *>( mIface->mainWindow() ) )
      window->resizeDocks( { mDock }, { 560 }, Qt::Horizontal );
    setCoverageLayer( mCoverageLayer );
  }
  mDock->show();
  mDock->raise();
}

void AcvPlugin::currentLayerChanged( QgsMapLayer *layer )
{
  auto *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
  setCoverageLayer( AcvCoverageLayers::isCoverageLayer( vectorLayer ) ? vectorLayer : nullptr );
}

void AcvPlugin::setCoverageLayer( QgsVectorLayer *layer )
{
  mCoverageLayer = layer;
  if ( mExportAction )
    mExportAction->setEnabled( layer );
  if ( mDock )
  {
    // A layer that does not say its language (Processing's) speaks QGIS's.
    const AcvLanguage fallback = AcvLabelLanguage::fromLocale( QgsSettings().value( QStringLiteral( "locale/userLocale" ), QgsApplication::locale() ).toString() );
    mDock->setLayer( layer, AcvCoverageLayers::targetPct( layer, AcvMetrics::kDefaultTargetPct ), AcvCoverageLayers::language( layer, fallback ) );
  }
}

void AcvPlugin::exportReport()
{
  if ( !mCoverageLayer )
    return;
  // The page follows the dialog's last choices (language, paper, title); the figures and the
  // look are the selected layer's.
  AcvReportExport::run( mIface, mDialog ? mDialog->lastOptions() : AcvCoverageJobOptions(), mCoverageLayer );
}

// --- The functions QGIS looks up in the library

QGISEXTERN QgisPlugin *classFactory( QgisInterface *iface )
{
  return new AcvPlugin( iface );
}

QGISEXTERN const QString *name()
{
  static const QString sName = AcvPlugin::pluginName();
  return &sName;
}

QGISEXTERN const QString *description()
{
  static const QString sDescription = AcvPlugin::pluginDescription();
  return &sDescription;
}

QGISEXTERN const QString *category()
{
  static const QString sCategory = AcvPlugin::pluginCategory();
  return &sCategory;
}

QGISEXTERN int type()
{
  return QgisPlugin::UI;
}

QGISEXTERN const QString *version()
{
  static const QString sVersion = AcvPlugin::pluginVersion();
  return &sVersion;
}

QGISEXTERN const QString *icon()
{
  static const QString sIcon = AcvPlugin::pluginIcon();
  return &sIcon;
}

QGISEXTERN void unload( QgisPlugin *plugin )
{
  delete plugin;
}
