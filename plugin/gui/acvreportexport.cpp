/***************************************************************************
  acvreportexport.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvreportexport.h"
#include "acvfilefilters.h"

#include "acvcoveragelayercontent.h"
#include "acvcoveragelayers.h"
#include "acvcoveragepresentation.h"
#include "acvprogress.h"

#include <qgisinterface.h>
#include <qgsmessagebar.h>
#include <qgsmessagelog.h>
#include <qgsproxyprogresstask.h>
#include <qgsvectorlayer.h>
#include <qgssettings.h>

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QUrl>

namespace
{
QString tr( const char *text )
{
  return QCoreApplication::translate( "AcvReportExport", text );
}
} // namespace

void AcvReportExport::run( QgisInterface *iface, const AcvCoverageJobOptions &options, QgsVectorLayer *layer )
{
  if ( !AcvCoverageLayerContent::isCoverageLayer( layer ) )
  {
    iface->messageBar()->pushMessage( tr( "Export Coverage Report" ), tr( "Select a coverage layer in the Layers panel first." ), Qgis::MessageLevel::Warning );
    return;
  }
  QgsSettings settings;
  const QString lastDir = settings.value( QStringLiteral( "adoptioncoverage/lastReportDir" ) ).toString();
  QString filter = AcvFileFilters::pdf();
  QString path = QFileDialog::getSaveFileName( iface->mainWindow(), tr( "Export Coverage Report" ), lastDir,
                                               AcvFileFilters::reports(), &filter );
  if ( path.isEmpty() )
    return;
  const QString suffix = QFileInfo( path ).suffix().toLower();
  if ( suffix != QLatin1String( "pdf" ) && suffix != QLatin1String( "png" ) && suffix != QLatin1String( "svg" ) )
    path += filter.contains( QLatin1String( "png" ) ) ? QStringLiteral( ".png" ) : filter.contains( QLatin1String( "svg" ) ) ? QStringLiteral( ".svg" )
                                                                                                                             : QStringLiteral( ".pdf" );
  settings.setValue( QStringLiteral( "adoptioncoverage/lastReportDir" ), QFileInfo( path ).absolutePath() );

  QString error;
  bool ok = false;
  {
    QgsScopedProxyProgressTask task( tr( "Exporting %1" ).arg( QFileInfo( path ).fileName() ) );
    // The page speaks the language the layer's legend and labels were styled in.
    AcvCoverageJobOptions pageOptions = options;
    pageOptions.language = AcvCoverageLayers::language( layer, options.language );
    ok = AcvCoveragePresentation::exportLayerReport( layer, pageOptions, path, error );
    if ( !ok && error == QLatin1String( AcvProgress::kCanceled ) )
      error = tr( "Canceled; nothing was written." );
  }
  QgsMessageLog::logMessage( ok ? tr( "Report written to %1" ).arg( path ) : error, QStringLiteral( "Adoption Coverage" ), ok ? Qgis::MessageLevel::Info : Qgis::MessageLevel::Critical );
  if ( ok )
    iface->messageBar()->pushMessage( tr( "Export Coverage Report" ),
                                      tr( "Written to <a href=\"%1\">%2</a>" ).arg( QUrl::fromLocalFile( path ).toString(), path.toHtmlEscaped() ),
                                      Qgis::MessageLevel::Success, 0 );
  else
    iface->messageBar()->pushMessage( tr( "Export Coverage Report" ), error, Qgis::MessageLevel::Critical, 0 );
}
