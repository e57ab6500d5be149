/***************************************************************************
  acvreportexport.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvreportexport.h"

#include <qgisinterface.h>
#include <qgsmessagebar.h>
#include <qgsmessagelog.h>
#include <qgsproxyprogresstask.h>
#include <qgssettings.h>

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QTextStream>
#include <QUrl>

namespace
{
QString tr( const char *text )
{
  return QCoreApplication::translate( "AcvReportExport", text );
}
} // namespace

bool AcvReportExport::exportReport( const AcvCoverageMapOptions &options, const QString &path, QString &log, QString &error )
{
  AcvCoverageMapOptions reportOptions = options;
  reportOptions.joined.clear();
  reportOptions.joinReport.clear();
  reportOptions.out.clear();
  reportOptions.reports = QStringList{ path };
  QString errText;
  int code = kAcvExitBadInput;
  {
    QTextStream out( &log );
    QTextStream err( &errText );
    code = acvCoverageMap( reportOptions, out, err );
  }
  log += errText;
  if ( code == kAcvExitOk )
    return true;
  const int at = errText.indexOf( QLatin1String( "coverage-map: error: " ) );
  error = at >= 0 ? errText.mid( at + 21 ).trimmed() : errText.trimmed();
  return false;
}

void AcvReportExport::run( QgisInterface *iface, const AcvCoverageMapOptions &options, QgsVectorLayer *layer )
{
  QgsSettings settings;
  const QString lastDir = settings.value( QStringLiteral( "adoptioncoverage/lastReportDir" ) ).toString();
  QString filter = tr( "PDF files (*.pdf)" );
  QString path = QFileDialog::getSaveFileName( iface->mainWindow(), tr( "Export Coverage Report" ), lastDir,
                                               tr( "PDF files (*.pdf)" ) + QStringLiteral( ";;" ) + tr( "PNG images (*.png)" ) + QStringLiteral( ";;" ) + tr( "SVG images (*.svg)" ), &filter );
  if ( path.isEmpty() )
    return;
  const QString suffix = QFileInfo( path ).suffix().toLower();
  if ( suffix != QLatin1String( "pdf" ) && suffix != QLatin1String( "png" ) && suffix != QLatin1String( "svg" ) )
    path += filter.contains( QLatin1String( "png" ) ) ? QStringLiteral( ".png" ) : filter.contains( QLatin1String( "svg" ) ) ? QStringLiteral( ".svg" )
                                                                                                                             : QStringLiteral( ".pdf" );
  settings.setValue( QStringLiteral( "adoptioncoverage/lastReportDir" ), QFileInfo( path ).absolutePath() );

  QString log;
  QString error;
  bool ok = false;
  {
    QgsScopedProxyProgressTask task( tr( "Exporting %1" ).arg( QFileInfo( path ).fileName() ) );
    ok = exportReport( options, path, log, error );
  }
  QgsMessageLog::logMessage( log, QStringLiteral( "Adoption Coverage" ), ok ? Qgis::MessageLevel::Info : Qgis::MessageLevel::Critical );
  if ( ok )
    iface->messageBar()->pushMessage( tr( "Export Coverage Report" ),
                                      tr( "Written to <a href=\"%1\">%2</a>" ).arg( QUrl::fromLocalFile( path ).toString(), path.toHtmlEscaped() ),
                                      Qgis::MessageLevel::Success, 0 );
  else
    iface->messageBar()->pushMessage( tr( "Export Coverage Report" ), error, Qgis::MessageLevel::Critical, 0 );
}
