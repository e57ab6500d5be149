/***************************************************************************
  acvboundarysource.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvboundarysource.h"
#include "acvworkerthread.h"

#include <QHash>
#include "acvinputlimits.h"
#include "acvnamenormalizer.h"
#include "acvqgiscompat.h"
#include "acvshapefiletext.h"

#include <QCoreApplication>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsfeaturerequest.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgswkbtypes.h>

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>
#include <functional>
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
  return message.isEmpty() ? QCoreApplication::translate( "AcvBoundarySource", "not a vector format GDAL can read" ) : message;
}

/**
 * Every error GDAL raises while it is alive, in order. GDAL often ends with a vague one ("Failed
 * to read GeoJSON data") after the one that says why ("GeoJSON object too complex/large...").
 */
class GdalErrors
{
public:
  GdalErrors() { CPLPushErrorHandlerEx( collect, this ); }
  ~GdalErrors() { CPLPopErrorHandler(); }
  GdalErrors( const GdalErrors & ) = delete;
  GdalErrors &operator=( const GdalErrors & ) = delete;
  QString text() const { return mMessages.isEmpty() ? lastGdalError() : mMessages.join( QLatin1String( "; " ) ); }

private:
  static void CPL_STDCALL collect( CPLErr level, CPLErrorNum, const char *message )
  {
    auto *self = static_cast<GdalErrors *>( CPLGetErrorHandlerUserData() );
    const QString text = QString::fromUtf8( message ).trimmed();
    if ( self && level >= CE_Failure && !text.isEmpty() && !self->mMessages.contains( text ) )
      self->mMessages.append( text );
  }
  QStringList mMessages;
};

bool isPolygonType( OGRwkbGeometryType type )
{
  const OGRwkbGeometryType flat = wkbFlatten( type );
  return flat == wkbPolygon || flat == wkbMultiPolygon || flat == wkbCurvePolygon || flat == wkbMultiSurface || flat == wkbUnknown;
}
} // namespace

AcvBoundarySource::AcvBoundarySource() = default;
AcvBoundarySource::~AcvBoundarySource() = default;

bool AcvBoundarySource::open( const QString &path, const QString &layerName, QString &error, AcvProgress *progress )
{
  mPath = path;
  mWarnings.clear();
  mProfiles.clear();
  mProfiled = false;
  mNotes.clear();
  if ( !QFileInfo::exists( path ) )
  {
    error = QCoreApplication::translate( "AcvBoundarySource", "%1: no such file" ).arg( path );
    return false;
  }

  const QFileInfo info( path );
  const bool shapefile = info.suffix().compare( QLatin1String( "shp" ), Qt::CaseInsensitive ) == 0;
  if ( shapefile && sidecar( path, QStringLiteral( "dbf" ) ).isEmpty() )
  {
    // OGR opens a .shp without its .dbf as a layer with no fields; say what is missing instead.
    error = QCoreApplication::translate( "AcvBoundarySource", "%1: the shapefile's attribute table %2.dbf is missing; copy it beside the .shp" ).arg( path, info.completeBaseName() );
    return false;
  }

  // List the layers with OGR first: QGIS would silently open the first of several.
  CPLErrorReset();
  std::unique_ptr<void, DatasetCloser> dataset;
  QString gdalReason;
  {
    const GdalErrors errors;
    dataset.reset( GDALOpenEx( QFile::encodeName( path ).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) );
    gdalReason = errors.text();
  }
  if ( !dataset )
  {
    error = QCoreApplication::translate( "AcvBoundarySource", "%1: cannot be opened as boundaries (GDAL: %2)" ).arg( path, gdalReason );
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
    error = QCoreApplication::translate( "AcvBoundarySource", "%1: no layer '%2' (layers: %3)" ).arg( path, layerName, names.join( QLatin1String( ", " ) ) );
    return false;
  }
  if ( layerName.isEmpty() && polygonNames.size() > 1 )
  {
    error = QCoreApplication::translate( "AcvBoundarySource", "%1: has several polygon layers (%2); choose one with --boundary-layer" ).arg( path, polygonNames.join( QLatin1String( ", " ) ) );
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
    error = QCoreApplication::translate( "AcvBoundarySource", "%1: layer '%2' cannot be read (%3)" ).arg( path, mLayerName, mLayer->error().summary() );
    mLayer.reset();
    return false;
  }
  if ( mLayer->featureCount() == 0 )
  {
    error = QCoreApplication::translate( "AcvBoundarySource", "%1: layer '%2' has no features" ).arg( path, mLayerName );
    mLayer.reset();
    return false;
  }
  if ( mLayer->geometryType() != QgsWkbTypes::PolygonGeometry )
  {
    error = QCoreApplication::translate( "AcvBoundarySource", "%1: layer '%2' holds %3 geometries; boundaries must be polygons" )
                .arg( path, mLayerName, QgsWkbTypes::geometryDisplayString( mLayer->geometryType() ).toLower() );
    mLayer.reset();
    return false;
  }
  if ( !readFeatures( error, progress ) )
  {
    mLayer.reset();
    return false;
  }

  const QString prj = shapefile ? sidecar( path, QStringLiteral( "prj" ) ) : QString();
  if ( shapefile && !prj.isEmpty() && !mLayer->crs().isValid() )
  {
    // A .prj that PROJ cannot read would place the map nowhere; refuse rather than guess.
    error = QCoreApplication::translate( "AcvBoundarySource", "%1: its coordinate reference system (%2) cannot be resolved by PROJ; replace the .prj with the one of the data (e.g. VN-2000 or WGS 84)" )
                .arg( path, QFileInfo( prj ).fileName() );
    mLayer.reset();
    return false;
  }
  if ( shapefile && prj.isEmpty() )
    mWarnings.append( QCoreApplication::translate( "AcvBoundarySource", "%1: has no .prj file, so its coordinate reference system is unknown; the map is drawn in its raw coordinates and gets no CRS" ).arg( path ) );
  else if ( !mLayer->crs().isValid() )
    mWarnings.append( QCoreApplication::translate( "AcvBoundarySource", "%1: its coordinate reference system could not be resolved; the map is drawn in raw coordinates" ).arg( path ) );
  return true;
}

QString AcvBoundarySource::sidecar( const QString &shapefile, const QString &suffix )
{
  const QFileInfo info( shapefile );
  for ( const QString &candidate : { suffix.toLower(), suffix.toUpper() } )
  {
    const QString sidecarPath = info.absoluteDir().filePath( info.completeBaseName() + QLatin1Char( '.' ) + candidate );
    if ( QFileInfo::exists( sidecarPath ) )
      return sidecarPath;
  }
  return QString();
}

QString AcvBoundarySource::describeFeature( const QgsFeature &feature, int position ) const
{
  // Name the feature by its position and its first text attribute, which a person can find.
  QString label;
  const QgsFields fields = mLayer->fields();
  for ( int i = 0; i < fields.count() && label.isEmpty(); ++i )
  {
    if ( fields.at( i ).type() == AcvFieldTypes::String && !feature.attribute( i ).isNull() )
      label = QStringLiteral( " (%1 '%2')" ).arg( fields.at( i ).name(), feature.attribute( i ).toString() );
  }
  return QCoreApplication::translate( "AcvBoundarySource", "%1, layer '%2', feature %3%4" ).arg( mPath, mLayerName ).arg( position ).arg( label );
}

bool AcvBoundarySource::readFeatures( QString &error, AcvProgress *progress )
{
  mFeatures.clear();
  mFeatures.reserve( static_cast<int>( mLayer->featureCount() ) );
  QgsFeatureIterator it = mLayer->getFeatures();
  QgsFeature feature;
  qint64 vertices = 0;
  while ( it.nextFeature( feature ) )
  {
    vertices += feature.hasGeometry() ? feature.geometry().constGet()->nCoordinates() : 0;
    mFeatures.append( feature );
    if ( mFeatures.size() % 256 == 1 )
    {
      AcvProgress::report( progress, mFeatures.size(), static_cast<double>( mLayer->featureCount() ) );
      if ( AcvProgress::canceled( progress ) )
      {
        error = QString::fromLatin1( AcvProgress::kCanceled );
        return false;
      }
    }
  }
  // Every later step (validity, joining, drawing, writing) grows with the vertices.
  if ( !AcvInputLimits::checkVertices( mPath, vertices, error ) )
    return false;
  // Before any message quotes a name: a .dbf that declares no encoding was read as ISO-8859-1.
  if ( QFileInfo( mPath ).suffix().compare( QLatin1String( "shp" ), Qt::CaseInsensitive ) == 0
       && !AcvShapefileText::decode( mPath, sidecar( mPath, QStringLiteral( "dbf" ) ), mLayer->fields(), mFeatures, mNotes, mWarnings, error ) )
    return false;

  // GEOS's validity test is the costliest part of reading (a fifth of a second at 100 000
  // communes); the features are independent, so both cores share it.
  std::function<bool( const QgsFeature & )> isValidPolygon = []( const QgsFeature &candidate )
  {
    const QgsGeometry geometry = candidate.geometry();
    return !geometry.isNull() && !geometry.isEmpty() && geometry.type() == QgsWkbTypes::PolygonGeometry && geometry.isGeosValid();
  };
  QVector<bool> valid( mFeatures.size() );
  AcvWorkerThread::splitInTwo( static_cast<int>( mFeatures.size() ), 2, [this, &valid, &isValidPolygon]( int from, int to )
                               {
    for ( int i = from; i < to; ++i )
      valid[i] = isValidPolygon( mFeatures.at( i ) ); } );
  for ( int position = 1; position <= mFeatures.size(); ++position )
  {
    if ( valid.at( position - 1 ) )
      continue;
    QgsFeature &candidate = mFeatures[position - 1];
    const QgsGeometry geometry = candidate.geometry();
    if ( geometry.isNull() || geometry.isEmpty() )
    {
      error = QCoreApplication::translate( "AcvBoundarySource", "%1: has no geometry (a locality without a shape cannot be mapped)" ).arg( describeFeature( candidate, position ) );
      return false;
    }
    if ( geometry.type() != QgsWkbTypes::PolygonGeometry )
    {
      error = QCoreApplication::translate( "AcvBoundarySource", "%1: is a %2, but boundaries must be polygons" )
                  .arg( describeFeature( candidate, position ), QgsWkbTypes::displayString( geometry.wkbType() ).toLower() );
      return false;
    }
    // Self-intersections and bad ring orders come from hand digitising; GEOS repairs them
    // without moving any vertex. What it cannot turn into an area is not a boundary.
    QgsGeometry repaired = geometry.makeValid();
    if ( !repaired.isNull() && repaired.wkbType() == QgsWkbTypes::GeometryCollection )
      repaired.convertGeometryCollectionToSubclass( QgsWkbTypes::PolygonGeometry );
    if ( repaired.isNull() || repaired.isEmpty() || repaired.type() != QgsWkbTypes::PolygonGeometry || repaired.area() <= 0 )
    {
      error = QCoreApplication::translate( "AcvBoundarySource", "%1: the polygon is invalid and cannot be repaired (it encloses no area)" ).arg( describeFeature( candidate, position ) );
      return false;
    }
    QVector<QgsGeometry::Error> problems;
    geometry.validateGeometry( problems, Qgis::GeometryValidationEngine::Geos );
    const QString problem = problems.isEmpty() ? QCoreApplication::translate( "AcvBoundarySource", "invalid" ) : problems.constFirst().what();
    mWarnings.append( QCoreApplication::translate( "AcvBoundarySource", "%1: invalid polygon (%2) repaired" ).arg( describeFeature( candidate, position ), problem ) );
    candidate.setGeometry( repaired );
  }
  return true;
}

bool AcvBoundarySource::keys( const QString &field, QStringList &keys, QString &error ) const
{
  keys.clear();
  const int index = mLayer->fields().lookupField( field );
  if ( index < 0 )
  {
    error = QCoreApplication::translate( "AcvBoundarySource", "%1: layer '%2' has no field '%3' (fields: %4)" ).arg( mPath, mLayerName, field, mLayer->fields().names().join( QLatin1String( ", " ) ) );
    return false;
  }
  keys.reserve( mFeatures.size() );
  for ( const QgsFeature &feature : mFeatures )
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
    if ( field.type() == AcvFieldTypes::String || field.type() == AcvFieldTypes::Int || field.type() == AcvFieldTypes::LongLong )
      candidates.append( field.name() );
  }
  return candidates;
}

QString AcvBoundarySource::detectKeyField( const QStringList &statisticsKeys, AcvNameMatcher::KeyMode mode,
                                           const QHash<QString, QString> &mapping, int *matches, QVector<AcvNormalizedName> *statisticsNames,
                                           const QVector<AcvNormalizedName> &normalized ) const
{
  // Matching every candidate field in full against the annex took three quarters of a
  // 100 000-commune run. A sample of each field, matched against the annex normalized once,
  // tells the key apart as surely: nearly every sampled value of the key field finds its row,
  // another field's values hardly any.
  constexpr int kSample = 2000;
  const QVector<AcvNormalizedName> names = normalized.size() == statisticsKeys.size() ? normalized : AcvNameMatcher::normalizeAll( statisticsKeys );
  const int featureCount = static_cast<int>( mFeatures.size() );
  const int step = std::max( 1, featureCount / kSample );
  const QStringList candidates = keyFieldCandidates();
  QVector<int> counts( candidates.size(), 0 );
  auto countMatches = [&]( int candidate )
  {
    const int index = mLayer->fields().lookupField( candidates.at( candidate ) );
    if ( index < 0 || featureCount == 0 )
      return;
    // Only the sampled values are turned into text.
    QStringList sample;
    sample.reserve( featureCount / step + 1 );
    for ( int i = 0; i < featureCount; i += step )
    {
      const QVariant value = mFeatures.at( i ).attribute( index );
      sample.append( value.isNull() ? QString() : value.toString() );
    }
    const int sampled = static_cast<int>( AcvNameMatcher::match( sample, statisticsKeys, names, mode, mapping, false ).matches.size() );
    // Scaled back to the whole layer: exact when every value was sampled.
    counts[candidate] = static_cast<int>( std::lround( static_cast<double>( sampled ) * featureCount / sample.size() ) );
  };
  // The fields are matched independently, every other one on a second thread: each match
  // indexes the whole annex, a third of the detection at 100 000 communes. Only this function's
  // own thread, never QGIS's pool (see AcvWorkerThread).
  AcvWorkerThread second( [&]()
                          {
    for ( int candidate = 1; candidate < candidates.size(); candidate += 2 )
      countMatches( candidate );
    return true; } );
  for ( int candidate = 0; candidate < candidates.size(); candidate += 2 )
    countMatches( candidate );
  second.result();
  QString best;
  int bestMatches = 0;
  for ( int candidate = 0; candidate < candidates.size(); ++candidate )
  {
    if ( counts.at( candidate ) > bestMatches )
    {
      best = candidates.at( candidate );
      bestMatches = counts.at( candidate );
    }
  }
  if ( matches )
    *matches = bestMatches;
  if ( statisticsNames )
    *statisticsNames = names;
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
    if ( field.type() != AcvFieldTypes::String || field.name() == keyField )
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

const QVector<AcvFieldProfile> &AcvBoundarySource::fieldProfiles() const
{
  if ( mProfiled )
    return mProfiles;
  mProfiled = true;
  // The tier needs only a sample of names: normalizing every value of every field of a national
  // layer would cost more than the join.
  constexpr int kLevelSample = 2000;
  const int featureCount = static_cast<int>( mFeatures.size() );
  const int step = std::max( 1, featureCount / kLevelSample );
  for ( const QgsField &field : mLayer->fields() )
  {
    if ( field.type() != AcvFieldTypes::String )
      continue;
    const int index = mLayer->fields().lookupField( field.name() );
    AcvFieldProfile profile;
    profile.name = field.name();
    QHash<QString, int> seen;
    QVector<AcvNormalizedName> sample;
    for ( int i = 0; i < featureCount; ++i )
    {
      const QVariant value = mFeatures.at( i ).attribute( index );
      const QString text = value.isNull() ? QString() : value.toString().trimmed();
      if ( text.isEmpty() )
        continue;
      ++profile.filled;
      if ( !seen.contains( text ) )
      {
        seen.insert( text, 0 );
        profile.values.append( text );
      }
      if ( i % step == 0 )
        sample.append( AcvNameNormalizer::normalize( text ) );
    }
    profile.distinct = static_cast<int>( seen.size() );
    profile.level = AcvAdminLevels::read( sample );
    profile.level.sampledFrom = profile.filled;
    if ( !profile.groups() )
      profile.values.clear();
    mProfiles.append( profile );
  }
  return mProfiles;
}

AcvLayerLevel AcvBoundarySource::layerLevel() const
{
  AcvLayerLevel result;
  // A field that names the features says their tier; of several, the one most names are typed in.
  for ( const AcvFieldProfile &profile : fieldProfiles() )
  {
    if ( profile.isUnique() && profile.level.isKnown() && profile.level.agreeing > result.reading.agreeing )
    {
      result.level = profile.level.level;
      result.field = profile.name;
      result.reading = profile.level;
    }
  }
  if ( result.level != AcvAdminLevel::Unknown )
    return result;
  // Else a field grouping them into districts makes them communes (a province field says
  // nothing: districts before 2025, communes since).
  for ( const AcvFieldProfile &profile : fieldProfiles() )
  {
    if ( profile.groups() && profile.distinct >= 2 && profile.level.level == AcvAdminLevel::District )
    {
      result.level = AcvAdminLevel::Commune;
      result.field = profile.name;
      result.fromParent = true;
      result.reading = profile.level;
      return result;
    }
  }
  return result;
}

QString AcvBoundarySource::detectParentField( const QString &keyField, const QStringList &statisticsParents, int *matched ) const
{
  if ( matched )
    *matched = 0;
  QString best;
  int bestMatches = 0;
  const AcvAdminLevel features = layerLevel().level;
  AcvAdminLevel bestLevel = AcvAdminLevel::Unknown;
  int bestDistinct = 0;
  int bestAgreeing = 0;
  for ( const AcvFieldProfile &profile : fieldProfiles() )
  {
    if ( profile.name == keyField || !profile.groups() )
      continue;
    if ( !statisticsParents.isEmpty() )
    {
      AcvParentKeys parents;
      parents.boundary = profile.values;
      parents.statistics = statisticsParents;
      const QVector<int> pairedWith = AcvNameMatcher::pairParents( parents ).boundaryParentOf;
      const int count = static_cast<int>( std::count_if( pairedWith.cbegin(), pairedWith.cend(), []( int b )
                                                         { return b >= 0; } ) );
      // Among equals, the field written with type words ("Huyện Chư Sê" rather than "Chu Se").
      if ( count > bestMatches || ( count > 0 && count == bestMatches && profile.level.agreeing > bestAgreeing ) )
      {
        best = profile.name;
        bestMatches = count;
        bestAgreeing = profile.level.agreeing;
      }
      continue;
    }
    // No parents in the annex: the grouping field of the nearest tier above the features, for
    // the review to group repeated names by.
    const AcvAdminLevel level = profile.level.level;
    if ( profile.distinct < 2 || level == AcvAdminLevel::Unknown || ( features != AcvAdminLevel::Unknown && !AcvAdminLevels::isAbove( level, features ) ) )
      continue;
    if ( best.isEmpty() || AcvAdminLevels::isAbove( bestLevel, level ) || ( level == bestLevel && profile.distinct > bestDistinct ) )
    {
      best = profile.name;
      bestLevel = level;
      bestDistinct = profile.distinct;
    }
  }
  if ( matched )
    *matched = bestMatches;
  return best;
}

QString AcvLayerLevel::describe() const
{
  if ( level == AcvAdminLevel::Unknown )
    return QCoreApplication::translate( "AcvBoundarySource", "unknown (no field names the features with type words such as Huyện or Xã)" );
  if ( fromParent )
    return QCoreApplication::translate( "AcvBoundarySource", "%1 (field '%2' groups them into %3)" ).arg( AcvAdminLevels::pluralName( level ), field, AcvAdminLevels::pluralName( reading.level ) );
  return QCoreApplication::translate( "AcvBoundarySource", "%1 (field '%2': %3)" ).arg( AcvAdminLevels::pluralName( level ), field, reading.evidence() );
}
