/***************************************************************************
  acvreportexporter.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvreportexporter.h"
#include "acvprogress.h"

#include "acvoutputtransaction.h"
#include "acvquietstderr.h"
#include "acvsafefilename.h"

#include <qgslayout.h>
#include <qgslayoutatlas.h>
#include <qgsfeedback.h>
#include <qgslayoutexporter.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>

#include <QDir>

#include <cpl_error.h>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace
{
QString suffixOf( const QString &path )
{
  return QFileInfo( path ).suffix().toLower();
}

QString describe( QgsLayoutExporter::ExportResult result )
{
  switch ( result )
  {
    case QgsLayoutExporter::Success:
      return QString();
    case QgsLayoutExporter::Canceled:
      return QStringLiteral( "export canceled" );
    case QgsLayoutExporter::MemoryError:
      return QStringLiteral( "not enough memory for the page at this DPI" );
    case QgsLayoutExporter::FileError:
      return QStringLiteral( "the file could not be written" );
    case QgsLayoutExporter::PrintError:
      return QStringLiteral( "the PDF could not be written" );
    case QgsLayoutExporter::SvgLayerError:
      return QStringLiteral( "the SVG layers could not be written" );
    case QgsLayoutExporter::IteratorError:
      return QStringLiteral( "the atlas could not be iterated" );
  }
  return QStringLiteral( "export failed" );
}

/**
 * The files of one export, in the run's transaction. QGIS writes page 1 to the path it is given
 * and later pages beside it (report_2.png…), so the temporary's pages are staged as the
 * destination's pages; the transaction renames them into place with the run's other outputs.
 * A page QGIS wrote but the export then failed goes with the transaction's other temporaries.
 */
class PageSet
{
public:
  PageSet( const QString &destination, AcvOutputTransaction &transaction )
    : mDestination( destination )
    , mTransaction( transaction )
    , mTempPath( transaction.reserve( destination ) )
  {
  }
  bool isValid() const { return !mTempPath.isEmpty(); }
  QString tempPath() const { return mTempPath; }

  bool commit( int pageCount, QStringList &written, QString &error )
  {
    const QStringList temps = AcvReportExporter::pagePaths( mTempPath, pageCount );
    const QStringList targets = AcvReportExporter::pagePaths( mDestination, pageCount );
    for ( int i = 0; i < temps.size(); ++i )
    {
      if ( !QFileInfo::exists( temps.at( i ) ) )
      {
        error = QStringLiteral( "%1: the export wrote no %2" ).arg( mDestination, QFileInfo( targets.at( i ) ).fileName() );
        return false;
      }
      // QGIS reports success when a PDF or SVG could not be written (a full disk): each page
      // is checked before it may replace anything.
      if ( !mTransaction.stage( temps.at( i ), targets.at( i ), error ) )
      {
        error = mTransaction.explainFailure( error );
        return false;
      }
    }
    written << targets;
    return true;
  }

private:
  QString mDestination;
  AcvOutputTransaction &mTransaction;
  QString mTempPath;
};

QgsLayoutExporter::PdfExportSettings pdfSettings( int dpi )
{
  QgsLayoutExporter::PdfExportSettings settings;
  settings.dpi = dpi;
  // Vector content and real text: the PDF stays sharp when printed and its names can be searched.
  settings.forceVectorOutput = true;
  settings.rasterizeWholeImage = false;
  settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
  settings.exportMetadata = true;
  settings.appendGeoreference = true;
  return settings;
}

QgsLayoutExporter::ImageExportSettings imageSettings( int dpi )
{
  QgsLayoutExporter::ImageExportSettings settings;
  settings.dpi = dpi;
  settings.generateWorldFile = false; // a report page is not a georeferenced image; --out is
  // QGIS writes image metadata by reopening the file with GDAL in update mode, which the PNG
  // driver refuses (an error on stderr for every page).
  settings.exportMetadata = false;
  return settings;
}

QgsLayoutExporter::SvgExportSettings svgSettings( int dpi )
{
  QgsLayoutExporter::SvgExportSettings settings;
  settings.dpi = dpi;
  settings.forceVectorOutput = true;
  settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
  settings.exportMetadata = true;
  return settings;
}

bool exportTo( QgsLayout *layout, const QString &path, int dpi, QStringList &written, QString &error, AcvOutputTransaction &transaction )
{
  PageSet pages( path, transaction );
  if ( !pages.isValid() )
  {
    error = QStringLiteral( "%1: cannot be written (%2)" ).arg( path, transaction.reserveError() );
    return false;
  }
  QgsLayoutExporter exporter( layout );
  const QString suffix = suffixOf( path );
  QgsLayoutExporter::ExportResult result = QgsLayoutExporter::FileError;
  int pageCount = 1;
  if ( suffix == QLatin1String( "pdf" ) )
    result = exporter.exportToPdf( pages.tempPath(), pdfSettings( dpi ) );
  else if ( suffix == QLatin1String( "png" ) )
  {
    // QGIS then tries to georeference the PNG through GDAL in update mode, which the PNG driver
    // refuses with an error on stderr; the report page needs no georeference (--out has one).
    CPLPushErrorHandler( CPLQuietErrorHandler );
    {
      const AcvQuietStderr quiet; // libpng's own "Write Error" on a full disk; checked and worded after
      result = exporter.exportToImage( pages.tempPath(), imageSettings( dpi ) );
    }
    CPLPopErrorHandler();
    pageCount = layout->pageCollection()->pageCount();
  }
  else if ( suffix == QLatin1String( "svg" ) )
  {
    result = exporter.exportToSvg( pages.tempPath(), svgSettings( dpi ) );
    pageCount = layout->pageCollection()->pageCount();
  }
  if ( result != QgsLayoutExporter::Success )
  {
    error = transaction.explainFailure( QStringLiteral( "%1: %2 %3" ).arg( path, describe( result ), exporter.errorFile() ).trimmed() );
    return false;
  }
  return pages.commit( pageCount, written, error );
}
} // namespace

bool AcvReportExporter::isSupportedPath( const QString &path )
{
  const QString suffix = suffixOf( path );
  return suffix == QLatin1String( "pdf" ) || suffix == QLatin1String( "png" ) || suffix == QLatin1String( "svg" );
}

QStringList AcvReportExporter::pagePaths( const QString &path, int pageCount )
{
  // As QgsLayoutExporter::generateFileName names pages.
  const QFileInfo info( path );
  QStringList paths{ path };
  for ( int page = 1; page < pageCount; ++page )
    paths.append( QDir( info.path() ).filePath( QStringLiteral( "%1_%2.%3" ).arg( info.completeBaseName() ).arg( page + 1 ).arg( info.suffix() ) ) );
  return paths;
}

bool AcvReportExporter::exportLayout( QgsLayout *layout, const QString &path, int dpi, QStringList &written, QString &error, AcvOutputTransaction *transaction )
{
  if ( !isSupportedPath( path ) )
  {
    error = QStringLiteral( "%1: a report is written as .pdf, .png or .svg" ).arg( path );
    return false;
  }
  // Without the run's transaction, one of its own: the pages are in place when this returns.
  AcvOutputTransaction own;
  AcvOutputTransaction &pages = transaction ? *transaction : own;
  QStringList files;
  if ( !exportTo( layout, path, dpi, files, error, pages ) || ( !transaction && !own.commit( error ) ) )
    return false;
  written << files;
  return true;
}

bool AcvReportExporter::exportAtlas( QgsPrintLayout *layout, const QString &path, int dpi, QStringList &written, QString &error, AcvOutputTransaction *transaction, QgsFeedback *feedback )
{
  AcvOutputTransaction own;
  AcvOutputTransaction &files = transaction ? *transaction : own;
  if ( !isSupportedPath( path ) )
  {
    error = QStringLiteral( "%1: an atlas is written as .pdf, .png or .svg" ).arg( path );
    return false;
  }
  QgsLayoutAtlas *atlas = layout->atlas();
  if ( !atlas->enabled() || !atlas->updateFeatures() )
  {
    error = QStringLiteral( "%1: the atlas has no feature to draw" ).arg( path );
    return false;
  }
  if ( suffixOf( path ) == QLatin1String( "pdf" ) )
  {
    PageSet pages( path, files );
    if ( !pages.isValid() )
    {
      error = QStringLiteral( "%1: cannot be written (%2)" ).arg( path, files.reserveError() );
      return false;
    }
    QString exportError;
    const QgsLayoutExporter::ExportResult result = QgsLayoutExporter::exportToPdf( atlas, pages.tempPath(), pdfSettings( dpi ), exportError, feedback );
    if ( feedback && feedback->isCanceled() )
    {
      error = QString::fromLatin1( AcvProgress::kCanceled );
      return false;
    }
    if ( result != QgsLayoutExporter::Success )
    {
      error = files.explainFailure( QStringLiteral( "%1: %2 %3" ).arg( path, describe( result ), exportError ).trimmed() );
      return false;
    }
    QStringList files;
    if ( !pages.commit( 1, files, error ) || ( !transaction && !own.commit( error ) ) )
      return false;
    written << files;
    return true;
  }

  const QFileInfo info( path );
  const int count = atlas->count();
  if ( !atlas->beginRender() )
  {
    error = QStringLiteral( "%1: the atlas could not start" ).arg( path );
    return false;
  }
  QStringList atlasFiles;
  bool ok = true;
  for ( int i = 0; i < count && ok; ++i )
  {
    if ( AcvOutputTransaction::stopSignal() )
    {
      error = QStringLiteral( "%1: %2 at atlas page %3" ).arg( path, AcvOutputTransaction::stopMessage() ).arg( i + 1 );
      ok = false;
      break;
    }
    if ( feedback )
    {
      if ( feedback->isCanceled() )
      {
        error = QString::fromLatin1( AcvProgress::kCanceled );
        ok = false;
        break;
      }
      feedback->setProgress( 100.0 * i / count );
    }
    if ( !atlas->seekTo( i ) )
    {
      error = QStringLiteral( "%1: atlas page %2 could not be prepared" ).arg( path ).arg( i + 1 );
      ok = false;
      break;
    }
    const QString name = AcvSafeFileName::numbered( info.completeBaseName(), i + 1, count, atlas->nameForPage( i ), info.suffix() );
    ok = exportTo( layout, QDir( info.path() ).filePath( name ), dpi, atlasFiles, error, files );
  }
  atlas->endRender();
  // One atlas is one output: a failing page leaves every previous page as it was (the
  // transaction renames nothing of a failed run).
  if ( !ok || ( !transaction && !own.commit( error ) ) )
    return false;
  written << atlasFiles;
  return true;
}
