/***************************************************************************
  testacvprocessingalgorithms.cpp - the three algorithms as the toolbox, models and batch run them
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvplugintestutils.h"
#include "acvprocessingprovider.h"
#include "acvtestannexes.h"

#include "acvqgiscompat.h"

#include <qgsapplication.h>
#include <qgsdistancearea.h>
#include <qgsfeaturerequest.h>
#include <qgsvectorfilewriter.h>
#include <qgsrenderer.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace
{
class AcvProcessingTest : public ::testing::Test
{
protected:
  static void SetUpTestSuite()
  {
    if ( !QgsApplication::processingRegistry()->providerById( QStringLiteral( "adoptioncoverage" ) ) )
      QgsApplication::processingRegistry()->addProvider( new AcvProcessingProvider() );
  }

  //! Runs \a id as a model or batch step would: a fresh instance, a context on \a project.
  QVariantMap run( const QString &id, const QVariantMap &parameters, bool &ok, QString &log, QgsProject *project = nullptr )
  {
    const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById( id );
    EXPECT_TRUE( algorithm ) << id.toStdString();
    if ( !algorithm )
      return {};
    mContext = std::make_unique<QgsProcessingContext>();
    mContext->setProject( project ? project : &mProject );
    QgsProcessingFeedback feedback;
    std::unique_ptr<QgsProcessingAlgorithm> instance( algorithm->create() );
    const QVariantMap results = instance->run( parameters, *mContext, &feedback, &ok );
    log += feedback.textLog();
    return results;
  }

  QVariantMap inputs() const
  {
    return { { QStringLiteral( "BOUNDARIES" ), acvGiaLaiBoundaries() }, { QStringLiteral( "STATISTICS" ), acvGiaLaiStatistics() } };
  }

  QgsProject mProject;
  std::unique_ptr<QgsProcessingContext> mContext;
  AcvScratch mScratch;
};
} // namespace

TEST_F( AcvProcessingTest, ProviderOffersTheThreeAlgorithms )
{
  const QgsProcessingProvider *provider = QgsApplication::processingRegistry()->providerById( QStringLiteral( "adoptioncoverage" ) );
  ASSERT_TRUE( provider );
  QStringList ids;
  for ( const QgsProcessingAlgorithm *algorithm : provider->algorithms() )
    ids << algorithm->id();
  ids.sort();
  EXPECT_EQ( ids, ( QStringList{ QStringLiteral( "adoptioncoverage:coveragemap" ), QStringLiteral( "adoptioncoverage:exportreport" ), QStringLiteral( "adoptioncoverage:joinstatistics" ) } ) );
  EXPECT_EQ( provider->defaultVectorFileExtension(), QStringLiteral( "gpkg" ) );
}

TEST_F( AcvProcessingTest, JoinStatisticsWritesTheJoinedLayerAndReport )
{
  QVariantMap parameters = inputs();
  parameters.insert( QStringLiteral( "TARGET" ), 50 );
  parameters.insert( QStringLiteral( "OUTPUT" ), mScratch.path( QStringLiteral( "joined.gpkg" ) ) );
  parameters.insert( QStringLiteral( "JOIN_REPORT" ), mScratch.path( QStringLiteral( "join.json" ) ) );
  bool ok = false;
  QString log;
  const QVariantMap results = run( QStringLiteral( "adoptioncoverage:joinstatistics" ), parameters, ok, log );
  ASSERT_TRUE( ok ) << log.toStdString();
  QgsVectorLayer joined( results.value( QStringLiteral( "OUTPUT" ) ).toString() + QStringLiteral( "|layername=coverage" ), QStringLiteral( "joined" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( joined.isValid() );
  EXPECT_EQ( joined.featureCount(), 17 );
  QgsFeature feature;
  ASSERT_TRUE( joined.getFeatures().nextFeature( feature ) );
  EXPECT_DOUBLE_EQ( feature.attribute( QStringLiteral( "target_pct" ) ).toDouble(), 50.0 );
  QFile report( results.value( QStringLiteral( "JOIN_REPORT" ) ).toString() );
  ASSERT_TRUE( report.open( QIODevice::ReadOnly ) );
  EXPECT_TRUE( QJsonDocument::fromJson( report.readAll() ).isObject() );
  EXPECT_TRUE( log.contains( QStringLiteral( "Join: 17 of 17" ) ) ) << log.toStdString();
}

TEST_F( AcvProcessingTest, NumbersTypedAsTextAreReadAsTheNumberFormatParameterSays )
{
  const QVector<acvtest::District> districts = acvtest::giaLaiDistricts();
  const QString annex = mScratch.path( QStringLiteral( "text_numbers.xlsx" ) );
  ASSERT_TRUE( acvWriteXlsx( annex, QStringLiteral( "Huyen" ), acvtest::annexRows( districts, true ), acvtest::kHeaderMerges ) );
  // Detected (0) and Vietnamese (1) read "29.178" as 29 178; English (2) as 29.178, with a warning.
  for ( const int format : { 0, 1, 2 } )
  {
    SCOPED_TRACE( format );
    QVariantMap parameters = inputs();
    parameters.insert( QStringLiteral( "STATISTICS" ), annex );
    parameters.insert( QStringLiteral( "NUMBER_FORMAT" ), format );
    parameters.insert( QStringLiteral( "OUTPUT" ), mScratch.path( QStringLiteral( "joined_%1.gpkg" ).arg( format ) ) );
    bool ok = false;
    QString log;
    const QVariantMap results = run( QStringLiteral( "adoptioncoverage:joinstatistics" ), parameters, ok, log );
    ASSERT_TRUE( ok ) << log.toStdString();
    QgsVectorLayer joined( results.value( QStringLiteral( "OUTPUT" ) ).toString() + QStringLiteral( "|layername=coverage" ), QStringLiteral( "joined" ), QStringLiteral( "ogr" ) );
    ASSERT_TRUE( joined.isValid() );
    QMap<QString, double> installs;
    QgsFeature feature;
    for ( QgsFeatureIterator it = joined.getFeatures(); it.nextFeature( feature ); )
      installs.insert( feature.attribute( QStringLiteral( "stats_key" ) ).toString(), feature.attribute( QStringLiteral( "installs" ) ).toDouble() );
    ASSERT_EQ( installs.size(), 17 );
    for ( const acvtest::District &d : districts )
      // The layer holds whole counts: the misread 29.178 is stored as 29, and the log says why.
      EXPECT_DOUBLE_EQ( installs.value( d.name ), format == 2 ? std::round( d.installsValue / 1000.0 ) : d.installsValue ) << d.name.toStdString();
    EXPECT_EQ( log.contains( QStringLiteral( "not a whole number" ) ), format == 2 ) << log.toStdString();
  }
}

TEST_F( AcvProcessingTest, CoverageMapLoadsTheLayerWithTheCommandsStyle )
{
  QVariantMap parameters = inputs();
  parameters.insert( QStringLiteral( "LANGUAGE" ), 1 );
  QgsProcessingOutputLayerDefinition output( mScratch.path( QStringLiteral( "coverage.gpkg" ) ), &mProject );
  parameters.insert( QStringLiteral( "OUTPUT" ), QVariant::fromValue( output ) );
  parameters.insert( QStringLiteral( "OUTPUT_IMAGE" ), mScratch.path( QStringLiteral( "map.png" ) ) );
  bool ok = false;
  QString log;
  const QVariantMap results = run( QStringLiteral( "adoptioncoverage:coveragemap" ), parameters, ok, log );
  ASSERT_TRUE( ok ) << log.toStdString();
  const QString path = results.value( QStringLiteral( "OUTPUT" ) ).toString();
  ASSERT_TRUE( mContext->willLoadLayerOnCompletion( path ) );
  QgsProcessingContext::LayerDetails &details = mContext->layerToLoadOnCompletionDetails( path );
  ASSERT_TRUE( details.postProcessor() );
  // Named as the dialog names its results: after the annex and the date it states.
  EXPECT_EQ( details.name, u8( "Coverage — gia_lai_districts_bluezone_2020-08-20 (2020-08-20)" ) );
  // What QGIS does on completion: load the layer, then let the post-processor style it.
  QgsVectorLayer layer( path, details.name, QStringLiteral( "ogr" ) );
  ASSERT_TRUE( layer.isValid() );
  EXPECT_EQ( layer.featureCount(), 17 );
  QgsProcessingFeedback feedback;
  details.postProcessor()->postProcessLayer( &layer, *mContext, &feedback );
  ASSERT_TRUE( layer.renderer() );
  EXPECT_EQ( layer.renderer()->type(), QStringLiteral( "RuleRenderer" ) );
  EXPECT_TRUE( layer.labelsEnabled() );
  // It carries what Export Report prints beside its figures, like a layer of the dialog.
  EXPECT_EQ( layer.name(), details.name );
  EXPECT_EQ( layer.customProperty( QStringLiteral( "adoptioncoverage/statisticsSource" ) ).toString(), QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) );
  EXPECT_EQ( layer.customProperty( QStringLiteral( "adoptioncoverage/statisticsDate" ) ).toString(), QStringLiteral( "2020-08-20" ) );
  QImage image( results.value( QStringLiteral( "OUTPUT_IMAGE" ) ).toString() );
  EXPECT_EQ( image.size(), QSize( 1600, 1200 ) );
}

TEST_F( AcvProcessingTest, ExportReportWritesAPdf )
{
  QVariantMap parameters = inputs();
  parameters.insert( QStringLiteral( "DPI" ), 72 );
  parameters.insert( QStringLiteral( "REPORT" ), mScratch.path( QStringLiteral( "report.pdf" ) ) );
  bool ok = false;
  QString log;
  const QVariantMap results = run( QStringLiteral( "adoptioncoverage:exportreport" ), parameters, ok, log );
  ASSERT_TRUE( ok ) << log.toStdString();
  QFile pdf( results.value( QStringLiteral( "REPORT" ) ).toString() );
  ASSERT_TRUE( pdf.open( QIODevice::ReadOnly ) );
  EXPECT_EQ( pdf.read( 5 ), QByteArray( "%PDF-" ) );
}

TEST_F( AcvProcessingTest, BadInputFailsWithTheCommandsMessage )
{
  AcvScratch scratch;
  const QString broken = scratch.write( QStringLiteral( "broken.csv" ), u8( "Đơn vị;Số người dùng ĐTTM;Số lượt cài\nPleiku;12x;5\n" ).toUtf8() );
  QVariantMap parameters = inputs();
  parameters.insert( QStringLiteral( "STATISTICS" ), broken );
  parameters.insert( QStringLiteral( "OUTPUT" ), mScratch.path( QStringLiteral( "never.gpkg" ) ) );
  bool ok = true;
  QString log;
  run( QStringLiteral( "adoptioncoverage:joinstatistics" ), parameters, ok, log );
  EXPECT_FALSE( ok );
  EXPECT_TRUE( log.contains( QStringLiteral( "broken.csv, row 2" ) ) ) << log.toStdString();
  EXPECT_FALSE( QFile::exists( mScratch.path( QStringLiteral( "never.gpkg" ) ) ) );

  parameters = inputs();
  parameters.insert( QStringLiteral( "OUTPUT" ), mScratch.path( QStringLiteral( "joined.shp" ) ) );
  log.clear();
  run( QStringLiteral( "adoptioncoverage:joinstatistics" ), parameters, ok, log );
  EXPECT_FALSE( ok );
  EXPECT_TRUE( log.contains( QStringLiteral( "GeoPackage" ) ) ) << log.toStdString();
}

TEST_F( AcvProcessingTest, JoinStatisticsPairsRepeatedCommuneNamesWithinTheParentsGiven )
{
  // A district column whose header names no tier ("Trực thuộc": belongs to) is found only when named.
  const QString annex = acvGiaLaiCommuneAnnexWithDistricts( mScratch, u8( "Trực thuộc" ) );
  // Each commune's installs as the annex writes them, by district: the cell above when empty.
  QHash<QString, double> installs;
  {
    QFile file( annex );
    ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
    const QStringList lines = QString::fromUtf8( file.readAll() ).split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
    QString district;
    for ( int i = 1; i < lines.size(); ++i )
    {
      const QStringList cells = lines.at( i ).split( QLatin1Char( ';' ) );
      if ( !cells.at( 1 ).isEmpty() )
        district = cells.at( 1 );
      installs.insert( district + QLatin1Char( '/' ) + cells.at( 2 ), cells.at( 5 ).toDouble() );
    }
  }
  ASSERT_EQ( installs.size(), 222 );
  const auto joinWith = [&]( const QVariantMap &extra, const QString &output, bool &ok, QString &log )
  {
    QVariantMap parameters{ { QStringLiteral( "BOUNDARIES" ), acvGiaLaiCommunes() }, { QStringLiteral( "STATISTICS" ), annex }, { QStringLiteral( "OUTPUT" ), mScratch.path( output ) } };
    parameters.insert( extra );
    const QVariantMap results = run( QStringLiteral( "adoptioncoverage:joinstatistics" ), parameters, ok, log );
    return results.value( QStringLiteral( "OUTPUT" ) ).toString();
  };

  // Without STATS_PARENT that column is not read as the districts: the repeated names are refused.
  bool ok = true;
  QString withoutLog;
  joinWith( {}, QStringLiteral( "communes_without.gpkg" ), ok, withoutLog );
  EXPECT_FALSE( ok );
  EXPECT_TRUE( withoutLog.contains( QStringLiteral( "row 92 'Xã Ia O', row 149 'Xã Ia O'" ) ) && withoutLog.contains( QStringLiteral( "--stats-parent" ) ) ) << withoutLog.toStdString();

  QString log;
  const QString joinedPath = joinWith( { { QStringLiteral( "STATS_PARENT" ), QStringLiteral( "B" ) }, { QStringLiteral( "BOUNDARY_PARENT" ), QStringLiteral( "district_vn" ) } }, QStringLiteral( "communes.gpkg" ), ok, log );
  ASSERT_TRUE( ok ) << log.toStdString();
  EXPECT_TRUE( log.contains( QStringLiteral( "Join: 222 of 222 boundaries matched 222 of 222 statistics rows (by name within each parent of field 'district_vn')" ) ) ) << log.toStdString();
  // The field as given, not detected.
  EXPECT_TRUE( log.contains( QStringLiteral( "parent:      field 'district_vn'\n" ) ) ) << log.toStdString();
  QgsVectorLayer joined( joinedPath + QStringLiteral( "|layername=coverage" ), QStringLiteral( "joined" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( joined.isValid() );
  ASSERT_EQ( joined.featureCount(), 222 );
  int repeated = 0;
  QgsFeature feature;
  for ( QgsFeatureIterator it = joined.getFeatures(); it.nextFeature( feature ); )
  {
    const QString key = feature.attribute( QStringLiteral( "district_vn" ) ).toString() + QLatin1Char( '/' ) + feature.attribute( QStringLiteral( "commune_vn" ) ).toString();
    ASSERT_TRUE( installs.contains( key ) ) << key.toStdString();
    EXPECT_DOUBLE_EQ( feature.attribute( QStringLiteral( "installs" ) ).toDouble(), installs.value( key ) ) << key.toStdString();
    repeated += feature.attribute( QStringLiteral( "commune_vn" ) ).toString() == u8( "Xã Ia O" ) ? 1 : 0;
  }
  EXPECT_EQ( repeated, 2 );

  // A BOUNDARY_PARENT the layer lacks is refused with the command's message.
  QVariantMap parameters{ { QStringLiteral( "BOUNDARIES" ), acvGiaLaiCommunes() }, { QStringLiteral( "STATISTICS" ), annex }, { QStringLiteral( "STATS_PARENT" ), QStringLiteral( "B" ) }, { QStringLiteral( "BOUNDARY_PARENT" ), QStringLiteral( "no_such_field" ) }, { QStringLiteral( "OUTPUT" ), mScratch.path( QStringLiteral( "never.gpkg" ) ) } };
  ok = true;
  QString badLog;
  run( QStringLiteral( "adoptioncoverage:joinstatistics" ), parameters, ok, badLog );
  EXPECT_FALSE( ok );
  EXPECT_TRUE( badLog.contains( QStringLiteral( "no_such_field" ) ) ) << badLog.toStdString();
}

TEST_F( AcvProcessingTest, JoinStatisticsSumsTheOldProvincesIntoTheNewOnesByTheCrosswalk )
{
  // The expectation by hand: each new province's installs are those of the annex rows whose old
  // code the crosswalk sends to it.
  const QHash<QString, double> annex = acvAnnexColumn( acvNationalStatistics(), 1, 3 );
  const QHash<QString, QString> newOf = acvCrosswalkCodes( acvProvinces2025Crosswalk() );
  ASSERT_EQ( annex.size(), 63 );
  ASSERT_EQ( newOf.size(), 63 );
  QHash<QString, double> expected;
  for ( auto it = annex.cbegin(); it != annex.cend(); ++it )
  {
    ASSERT_TRUE( newOf.contains( it.key() ) ) << it.key().toStdString();
    expected[newOf.value( it.key() )] += it.value();
  }
  ASSERT_EQ( expected.size(), 34 );

  QVariantMap parameters{ { QStringLiteral( "BOUNDARIES" ), acvProvinces2025() },
                          { QStringLiteral( "STATISTICS" ), acvNationalStatistics() },
                          { QStringLiteral( "CROSSWALK" ), acvProvinces2025Crosswalk() },
                          { QStringLiteral( "OUTPUT" ), mScratch.path( QStringLiteral( "provinces_2025.gpkg" ) ) } };
  bool ok = false;
  QString log;
  const QVariantMap results = run( QStringLiteral( "adoptioncoverage:joinstatistics" ), parameters, ok, log );
  ASSERT_TRUE( ok ) << log.toStdString();
  EXPECT_TRUE( log.contains( QStringLiteral( "63 rows → 34 units" ) ) ) << log.toStdString();
  QgsVectorLayer joined( results.value( QStringLiteral( "OUTPUT" ) ).toString() + QStringLiteral( "|layername=coverage" ), QStringLiteral( "joined" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( joined.isValid() );
  ASSERT_EQ( joined.featureCount(), 34 );
  QSet<QString> seen;
  QgsFeature feature;
  for ( QgsFeatureIterator it = joined.getFeatures(); it.nextFeature( feature ); )
  {
    const QString code = feature.attribute( QStringLiteral( "code" ) ).toString();
    ASSERT_TRUE( expected.contains( code ) ) << code.toStdString();
    EXPECT_DOUBLE_EQ( feature.attribute( QStringLiteral( "installs" ) ).toDouble(), expected.value( code ) ) << code.toStdString();
    seen.insert( code );
  }
  EXPECT_EQ( seen.size(), 34 );
  EXPECT_DOUBLE_EQ( expected.value( QStringLiteral( "52" ) ), annex.value( QStringLiteral( "52" ) ) + annex.value( QStringLiteral( "64" ) ) );
}

TEST_F( AcvProcessingTest, JoinStatisticsSumsCommunesIntoTheirDistrictsByAggregateBy )
{
  const QString annex = acvGiaLaiCommuneAnnexWithDistricts( mScratch, QStringLiteral( "Huyện, thị xã, thành phố" ), true );
  QHash<QString, double> expected;
  {
    QFile file( annex );
    ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
    const QStringList lines = QString::fromUtf8( file.readAll() ).split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
    for ( int i = 1; i < lines.size(); ++i )
    {
      const QStringList cells = lines.at( i ).split( QLatin1Char( ';' ) );
      expected[cells.at( 1 )] += cells.at( 5 ).toDouble();
    }
  }
  ASSERT_EQ( expected.size(), 17 );
  QVariantMap parameters{ { QStringLiteral( "BOUNDARIES" ), acvGiaLaiBoundaries() },
                          { QStringLiteral( "STATISTICS" ), annex },
                          { QStringLiteral( "AGGREGATE_BY" ), QStringLiteral( "B" ) },
                          { QStringLiteral( "OUTPUT" ), mScratch.path( QStringLiteral( "districts.gpkg" ) ) } };
  bool ok = false;
  QString log;
  const QVariantMap results = run( QStringLiteral( "adoptioncoverage:joinstatistics" ), parameters, ok, log );
  ASSERT_TRUE( ok ) << log.toStdString();
  QgsVectorLayer joined( results.value( QStringLiteral( "OUTPUT" ) ).toString() + QStringLiteral( "|layername=coverage" ), QStringLiteral( "joined" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( joined.isValid() );
  ASSERT_EQ( joined.featureCount(), 17 );
  QgsFeature feature;
  for ( QgsFeatureIterator it = joined.getFeatures(); it.nextFeature( feature ); )
  {
    // The district as the annex writes it: the boundaries spell some otherwise (Đăk, Đắk).
    const QString district = feature.attribute( QStringLiteral( "stats_key" ) ).toString();
    EXPECT_DOUBLE_EQ( feature.attribute( QStringLiteral( "installs" ) ).toDouble(), expected.value( district, -1 ) ) << district.toStdString();
  }
}

TEST_F( AcvProcessingTest, PartialByAreaSharesASplitDistrictOutByTheAreaOfItsParts )
{
  // Chư Pưh was carved out of Chư Sê in 2009: an annex of the old Chư Sê, its row summed into
  // the two by the crosswalk, its share of each the area each takes of the old polygon.
  QgsVectorLayer districts( acvGiaLaiBoundaries(), QStringLiteral( "districts" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( districts.isValid() );
  const auto geometryOf = [&districts]( const QString &name )
  {
    QgsFeature feature;
    districts.getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "name = '%1'" ).arg( name ) ) ).nextFeature( feature );
    return feature.geometry();
  };
  const QgsGeometry chuSe = geometryOf( u8( "Huyện Chư Sê" ) );
  const QgsGeometry chuPuh = geometryOf( u8( "Huyện Chư Pưh" ) );
  ASSERT_FALSE( chuSe.isNull() || chuPuh.isNull() );
  QgsFields fields;
  fields.append( QgsField( QStringLiteral( "old_district" ), AcvFieldTypes::String ) );
  const QString oldBoundaries = mScratch.path( QStringLiteral( "districts_2008.gpkg" ) );
  {
    QgsVectorFileWriter::SaveVectorOptions options;
    options.driverName = QStringLiteral( "GPKG" );
    std::unique_ptr<QgsVectorFileWriter> writer( QgsVectorFileWriter::create( oldBoundaries, fields, QgsWkbTypes::MultiPolygon, districts.crs(), QgsCoordinateTransformContext(), options ) );
    ASSERT_EQ( writer->hasError(), QgsVectorFileWriter::NoError ) << writer->errorMessage().toStdString();
    QgsFeature feature( fields );
    feature.setAttribute( 0, QStringLiteral( "Chu Se" ) );
    feature.setGeometry( chuSe.combine( chuPuh ) );
    ASSERT_TRUE( writer->addFeature( feature ) );
  }
  // The annex without Chư Pưh's row (and its total, which would no longer add up).
  QFile source( acvGiaLaiStatistics() );
  ASSERT_TRUE( source.open( QIODevice::ReadOnly ) );
  QStringList lines = QString::fromUtf8( source.readAll() ).split( QLatin1Char( '\n' ) );
  lines.erase( std::remove_if( lines.begin(), lines.end(), []( const QString &line )
                               { return line.startsWith( QLatin1String( "17;" ) ) || line.startsWith( QLatin1String( ";" ) ); } ),
               lines.end() );
  const QString annex = mScratch.write( QStringLiteral( "gia_lai_2008.csv" ), lines.join( QLatin1Char( '\n' ) ).toUtf8() );
  const QHash<QString, double> installs = acvAnnexColumn( annex, 1, 4 );
  ASSERT_EQ( installs.size(), 16 );
  QString crosswalk = QStringLiteral( "old_district,new_district,link\n" );
  for ( auto it = installs.cbegin(); it != installs.cend(); ++it )
  {
    if ( it.key() == QLatin1String( "Chu Se" ) )
      crosswalk += u8( "Chu Se,Huyện Chư Sê,partial\nChu Se,Huyện Chư Pưh,partial\n" );
    else
      crosswalk += QStringLiteral( "%1,%1,full\n" ).arg( it.key() );
  }
  QVariantMap parameters{ { QStringLiteral( "BOUNDARIES" ), acvGiaLaiBoundaries() },
                          { QStringLiteral( "STATISTICS" ), annex },
                          { QStringLiteral( "CROSSWALK" ), mScratch.write( QStringLiteral( "districts_2009.csv" ), crosswalk.toUtf8() ) },
                          { QStringLiteral( "PARTIAL_BY_AREA" ), true },
                          { QStringLiteral( "OLD_BOUNDARIES" ), oldBoundaries },
                          { QStringLiteral( "OUTPUT" ), mScratch.path( QStringLiteral( "districts_2009.gpkg" ) ) } };
  bool ok = false;
  QString log;
  const QVariantMap results = run( QStringLiteral( "adoptioncoverage:joinstatistics" ), parameters, ok, log );
  ASSERT_TRUE( ok ) << log.toStdString();
  QgsVectorLayer joined( results.value( QStringLiteral( "OUTPUT" ) ).toString() + QStringLiteral( "|layername=coverage" ), QStringLiteral( "joined" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( joined.isValid() );
  ASSERT_EQ( joined.featureCount(), 17 );
  QHash<QString, double> joinedInstalls;
  QgsFeature feature;
  for ( QgsFeatureIterator it = joined.getFeatures(); it.nextFeature( feature ); )
    joinedInstalls.insert( feature.attribute( QStringLiteral( "name" ) ).toString(), feature.attribute( QStringLiteral( "installs" ) ).toDouble() );
  const double oldChuSe = installs.value( QStringLiteral( "Chu Se" ) );
  EXPECT_DOUBLE_EQ( joinedInstalls.value( u8( "Huyện Chư Sê" ) ) + joinedInstalls.value( u8( "Huyện Chư Pưh" ) ), oldChuSe );
  QgsDistanceArea measure;
  measure.setSourceCrs( districts.crs(), QgsCoordinateTransformContext() );
  measure.setEllipsoid( QStringLiteral( "WGS84" ) );
  const double share = measure.measureArea( chuSe ) / ( measure.measureArea( chuSe ) + measure.measureArea( chuPuh ) );
  EXPECT_NEAR( joinedInstalls.value( u8( "Huyện Chư Sê" ) ), oldChuSe * share, 1.0 ) << log.toStdString();
  EXPECT_TRUE( log.contains( u8( "Split units apportioned by area of overlap: Chu Se → Huyện Chư Sê" ) ) ) << log.toStdString();
}

TEST_F( AcvProcessingTest, ContradictoryRemapParametersAreRefusedBeforeTheRun )
{
  const auto refused = [this]( const QVariantMap &extra )
  {
    QVariantMap parameters{ { QStringLiteral( "BOUNDARIES" ), acvProvinces2025() }, { QStringLiteral( "STATISTICS" ), acvNationalStatistics() }, { QStringLiteral( "OUTPUT" ), mScratch.path( QStringLiteral( "never.gpkg" ) ) } };
    parameters.insert( extra );
    bool ok = true;
    QString log;
    run( QStringLiteral( "adoptioncoverage:joinstatistics" ), parameters, ok, log );
    EXPECT_FALSE( ok );
    EXPECT_FALSE( QFile::exists( mScratch.path( QStringLiteral( "never.gpkg" ) ) ) );
    return log;
  };
  const QString both = refused( { { QStringLiteral( "CROSSWALK" ), acvProvinces2025Crosswalk() }, { QStringLiteral( "AGGREGATE_BY" ), QStringLiteral( "B" ) } } );
  EXPECT_TRUE( both.contains( QStringLiteral( "choose one of them" ) ) ) << both.toStdString();
  const QString noOld = refused( { { QStringLiteral( "CROSSWALK" ), acvProvinces2025Crosswalk() }, { QStringLiteral( "PARTIAL_BY_AREA" ), true } } );
  EXPECT_TRUE( noOld.contains( QStringLiteral( "needs the old units' boundaries" ) ) ) << noOld.toStdString();
}

TEST_F( AcvProcessingTest, RemapParametersAreOptionalAndTheSheetListsTheCrosswalksSheets )
{
  const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById( QStringLiteral( "adoptioncoverage:coveragemap" ) );
  ASSERT_TRUE( algorithm );
  for ( const QString &name : { QStringLiteral( "CROSSWALK" ), QStringLiteral( "CROSSWALK_SHEET" ), QStringLiteral( "PARTIAL_BY_AREA" ), QStringLiteral( "OLD_BOUNDARIES" ), QStringLiteral( "AGGREGATE_BY" ) } )
  {
    const QgsProcessingParameterDefinition *parameter = algorithm->parameterDefinition( name );
    ASSERT_TRUE( parameter ) << name.toStdString();
    EXPECT_TRUE( parameter->flags() & QgsProcessingParameterDefinition::FlagOptional || name == QLatin1String( "PARTIAL_BY_AREA" ) ) << name.toStdString();
  }
  EXPECT_EQ( algorithm->parameterDefinition( QStringLiteral( "CROSSWALK_SHEET" ) )->dependsOnOtherParameters(), QStringList{ QStringLiteral( "CROSSWALK" ) } );
  EXPECT_EQ( algorithm->parameterDefinition( QStringLiteral( "PARTIAL_BY_AREA" ) )->defaultValue().toBool(), false );
}
