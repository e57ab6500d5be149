/***************************************************************************
  acvboundarysource.cpp
 ***************************************************************************/
#include "acvboundarysource.h"
#include "acvnamenormalizer.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgswkbtypes.h>

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <gdal.h>
#include <ogr_api.h>

#include <memory>

namespace
{
struct DatasetCloser
{
  void operator()( void *dataset ) const { GDALClose( dataset ); }
};

QString lastGdalError()
{
  const QString message = QString::fromUtf8( CPLGetLastErrorMsg() ).trimmed();
  return message.isEmpty() ? QStringLiteral( "not a vector format GDAL can read" ) : message;
}

bool isPolygonType( OGRwkbGeometryType type )
{
  const OGRwkbGeometryType flat = wkbFlatten( type );
  return flat == wkbPolygon || flat == wkbMultiPolygon || flat == wkbCurvePolygon || flat == wkbMultiSurface || flat == wkbUnknown;
}
} // namespace

AcvBoundarySource::AcvBoundarySource() = default;
AcvBoundarySource::~AcvBoundarySource() = default;

bool AcvBoundarySource::open( const QString &path, const QString &layerName, QString &error )
{
  mPath = path;
  mWarnings.clear();
  if ( !QFileInfo::exists( path ) )
  {
    error = QStringLiteral( "%1: no such file" ).arg( path );
    return false;
  }

  // List the layers with OGR first: QGIS would silently open the first of several.
  CPLErrorReset();
  std::unique_ptr<void, DatasetCloser> dataset( GDALOpenEx( QFile::encodeName( path ).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) );
  if ( !dataset )
  {
    error = QStringLiteral( "%1: cannot be opened as boundaries (%2)" ).arg( path, lastGdalError() );
    return false;
  }
  QStringList names;
  QStringList polygonNames;
  for ( int i = 0; i < GDALDatasetGetLayerCount( dataset.get() ); ++i )
  {
    OGRLayerH layer = GDALDatasetGetLayer( dataset.get(), i );
    const QString name = QString::fromUtf8( OGR_L_GetName( layer ) );
    names.append( name );
    if ( isPolygonType( OGR_L_GetGeomType( layer ) ) && OGR_L_GetGeomType( layer ) != wkbNone )
      polygonNames.append( name );
  }
  dataset.reset();
  if ( !layerName.isEmpty() && !names.contains( layerName ) )
  {
    error = QStringLiteral( "%1: no layer '%2' (layers: %3)" ).arg( path, layerName, names.join( QLatin1String( ", " ) ) );
    return false;
  }
  if ( layerName.isEmpty() && polygonNames.size() > 1 )
  {
    error = QStringLiteral( "%1: has several polygon layers (%2); choose one with --boundary-layer" ).arg( path, polygonNames.join( QLatin1String( ", " ) ) );
    return false;
  }
  mLayerName = !layerName.isEmpty() ? layerName : !polygonNames.isEmpty() ? polygonNames.first()
                                                                          : names.value( 0 );

  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  const QString uri = names.size() > 1 ? QStringLiteral( "%1|layername=%2" ).arg( path, mLayerName ) : path;
  mLayer = std::make_unique<QgsVectorLayer>( uri, mLayerName, QStringLiteral( "ogr" ), options );
  if ( !mLayer->isValid() )
  {
    error = QStringLiteral( "%1: layer '%2' cannot be read (%3)" ).arg( path, mLayerName, mLayer->error().summary() );
    mLayer.reset();
    return false;
  }
  if ( mLayer->geometryType() != QgsWkbTypes::PolygonGeometry )
  {
    error = QStringLiteral( "%1: layer '%2' holds %3 geometries; boundaries must be polygons" )
                .arg( path, mLayerName, QgsWkbTypes::geometryDisplayString( mLayer->geometryType() ).toLower() );
    mLayer.reset();
    return false;
  }
  if ( mLayer->featureCount() == 0 )
  {
    error = QStringLiteral( "%1: layer '%2' has no features" ).arg( path, mLayerName );
    mLayer.reset();
    return false;
  }

  const QFileInfo info( path );
  if ( info.suffix().compare( QLatin1String( "shp" ), Qt::CaseInsensitive ) == 0 && !QFileInfo::exists( info.absoluteDir().filePath( info.completeBaseName() + QStringLiteral( ".prj" ) ) ) )
    mWarnings.append( QStringLiteral( "%1: has no .prj file, so its coordinate reference system is unknown; the map is drawn in its raw coordinates and gets no CRS" ).arg( path ) );
  else if ( !mLayer->crs().isValid() )
    mWarnings.append( QStringLiteral( "%1: its coordinate reference system could not be resolved; the map is drawn in raw coordinates" ).arg( path ) );
  return true;
}

bool AcvBoundarySource::keys( const QString &field, QStringList &keys, QString &error ) const
{
  keys.clear();
  const int index = mLayer->fields().lookupField( field );
  if ( index < 0 )
  {
    error = QStringLiteral( "%1: layer '%2' has no field '%3' (fields: %4)" ).arg( mPath, mLayerName, field, mLayer->fields().names().join( QLatin1String( ", " ) ) );
    return false;
  }
  QgsFeatureRequest request;
  request.setFlags( QgsFeatureRequest::NoGeometry );
  request.setSubsetOfAttributes( QgsAttributeList{ index } );
  QgsFeatureIterator it = mLayer->getFeatures( request );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    const QVariant value = feature.attribute( index );
    keys.append( value.isNull() ? QString() : value.toString() );
  }
  return true;
}

QStringList AcvBoundarySource::keyFieldCandidates() const
{
  QStringList candidates;
  for ( const QgsField &field : mLayer->fields() )
  {
    if ( field.type() == QVariant::String || field.type() == QVariant::Int || field.type() == QVariant::LongLong )
      candidates.append( field.name() );
  }
  return candidates;
}

QString AcvBoundarySource::detectKeyField( const QStringList &statisticsKeys, AcvNameMatcher::KeyMode mode,
                                           const QHash<QString, QString> &mapping, int *matches ) const
{
  QString best;
  int bestMatches = 0;
  for ( const QString &field : keyFieldCandidates() )
  {
    QStringList values;
    QString ignored;
    if ( !keys( field, values, ignored ) )
      continue;
    const int count = AcvNameMatcher::match( values, statisticsKeys, mode, mapping ).matches.size();
    if ( count > bestMatches )
    {
      best = field;
      bestMatches = count;
    }
  }
  if ( matches )
    *matches = bestMatches;
  return best;
}

QString AcvBoundarySource::detectNameField( const QString &keyField, AcvNameMatcher::KeyMode mode ) const
{
  if ( mode == AcvNameMatcher::KeyMode::Name && mLayer->fields().lookupField( keyField ) >= 0 )
    return keyField;
  // Matched by code: pick the text field that reads most like locality names. Names tell the
  // localities apart (nearly all distinct), often carry their admin type ("Phường Yên Đỗ") and
  // diacritics; a field called "ten..."/"name..." is a strong hint.
  QString best;
  double bestScore = 0;
  for ( const QgsField &field : mLayer->fields() )
  {
    if ( field.type() != QVariant::String || field.name() == keyField )
      continue;
    QStringList values;
    QString ignored;
    if ( !keys( field.name(), values, ignored ) || values.isEmpty() )
      continue;
    const int distinct = static_cast<int>( QSet<QString>( values.cbegin(), values.cend() ).size() );
    if ( distinct < 0.9 * values.size() )
      continue;
    int typed = 0;
    int accented = 0;
    for ( const QString &value : std::as_const( values ) )
    {
      const AcvNormalizedName normalized = AcvNameNormalizer::normalize( value );
      typed += normalized.type != AcvAdminType::None ? 1 : 0;
      accented += normalized.toneKey != normalized.foldKey ? 1 : 0;
    }
    const QString lower = field.name().toLower();
    const bool named = lower.startsWith( QLatin1String( "ten" ) ) || lower.startsWith( QLatin1String( "name" ) );
    const double score = ( 2.0 * typed + accented + ( named ? values.size() : 0 ) ) / values.size();
    if ( score > bestScore )
    {
      best = field.name();
      bestScore = score;
    }
  }
  return best;
}

QStringList AcvBoundarySource::sourceFiles() const
{
  const QFileInfo info( mPath );
  if ( info.suffix().compare( QLatin1String( "shp" ), Qt::CaseInsensitive ) != 0 )
    return { info.absoluteFilePath() };
  QStringList files;
  const QDir dir = info.absoluteDir();
  for ( const QString &name : dir.entryList( { info.completeBaseName() + QStringLiteral( ".*" ) }, QDir::Files ) )
    files.append( dir.filePath( name ) );
  return files;
}
