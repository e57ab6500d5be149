/***************************************************************************
  acvreportexporter.cpp
 ***************************************************************************/
#include "acvreportexporter.h"

#include "acvsafefilename.h"

#include <qgslayout.h>
#include <qgslayoutatlas.h>
#include <qgslayoutexporter.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>

#include <QDir>
#include <QUuid>

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
 * The temporary files of one export. QGIS writes page 1 to the path it is given and later pages
 * beside it (report_2.png…), so pages are written in a hidden folder beside the destination
 * (same file system: rename(2) works) under the destination's own name, then renamed into place
 * together, or removed together.
 */
class PageSet
{
public:
  explicit PageSet( const QString &destination )
    : mDestination( destination )
  {
    const QFileInfo info( destination );
    mFolder = info.absoluteDir().filePath( QStringLiteral( ".%1.%2.tmp" ).arg( info.fileName(), QUuid::createUuid().toString( QUuid::Id128 ).left( 12 ) ) );
    mValid = QDir().mkdir( mFolder );
  }
  ~PageSet()
  {
    // Whatever was not renamed into place goes, with the folder.
    QDir( mFolder ).removeRecursively();
  }
  bool isValid() const { return mValid; }
  QString tempPath() const { return QDir( mFolder ).filePath( QFileInfo( mDestination ).fileName() ); }

  bool commit( int pageCount, QStringList &written, QString &error )
  {
    const QStringList temps = AcvReportExporter::pagePaths( tempPath(), pageCount );
    const QStringList targets = AcvReportExporter::pagePaths( mDestination, pageCount );
    for ( const QString &temp : temps )
    {
      if ( !QFileInfo::exists( temp ) )
      {
        error = QStringLiteral( "%1: the export wrote no %2" ).arg( mDestination, QFileInfo( temp ).fileName() );
        return false;
      }
    }
    // Later pages first, the named file last: a reader that sees report.png sees a finished set.
    for ( int i = temps.size() - 1; i >= 0; --i )
    {
      if ( std::rename( QFile::encodeName( temps.at( i ) ).constData(), QFile::encodeName( targets.at( i ) ).constData() ) != 0 )
      {
        error = QStringLiteral( "%1: cannot be written (%2)" ).arg( targets.at( i ), QString::fromLocal8Bit( std::strerror( errno ) ) );
        for ( int j = temps.size() - 1; j > i; --j )
          QFile::remove( targets.at( j ) );
        return false;
      }
    }
    written << targets;
    return true;
  }

private:
  QString mDestination;
  QString mFolder;
  bool mValid = false;
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

bool exportTo( QgsLayout *layout, const QString &path, int dpi, QStringList &written, QString &error )
{
  PageSet pages( path );
  if ( !pages.isValid() )
  {
    error = QStringLiteral( "%1: cannot be written (no temporary folder beside it)" ).arg( path );
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
    result = exporter.exportToImage( pages.tempPath(), imageSettings( dpi ) );
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
    error = QStringLiteral( "%1: %2 %3" ).arg( path, describe( result ), exporter.errorFile() ).trimmed();
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

bool AcvReportExporter::exportLayout( QgsLayout *layout, const QString &path, int dpi, QStringList &written, QString &error )
{
  if ( !isSupportedPath( path ) )
  {
    error = QStringLiteral( "%1: a report is written as .pdf, .png or .svg" ).arg( path );
    return false;
  }
  return exportTo( layout, path, dpi, written, error );
}

bool AcvReportExporter::exportAtlas( QgsPrintLayout *layout, const QString &path, int dpi, QStringList &written, QString &error )
{
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
    PageSet pages( path );
    QString exportError;
    const QgsLayoutExporter::ExportResult result = QgsLayoutExporter::exportToPdf( atlas, pages.tempPath(), pdfSettings( dpi ), exportError );
    if ( result != QgsLayoutExporter::Success )
    {
      error = QStringLiteral( "%1: %2 %3" ).arg( path, describe( result ), exportError ).trimmed();
      return false;
    }
    return pages.commit( 1, written, error );
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
    if ( !atlas->seekTo( i ) )
    {
      error = QStringLiteral( "%1: atlas page %2 could not be prepared" ).arg( path ).arg( i + 1 );
      ok = false;
      break;
    }
    const QString name = AcvSafeFileName::numbered( info.completeBaseName(), i + 1, count, atlas->nameForPage( i ), info.suffix() );
    ok = exportTo( layout, QDir( info.path() ).filePath( name ), dpi, atlasFiles, error );
  }
  atlas->endRender();
  if ( !ok )
  {
    // One atlas is one output: pages already renamed into place go too.
    for ( const QString &file : std::as_const( atlasFiles ) )
      QFile::remove( file );
    return false;
  }
  written << atlasFiles;
  return true;
}
