/***************************************************************************
  testacvcoveragejoin.cpp - the join on real names, and its JSON report
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragejoin.h"
#include "acvjoinreport.h"
#include "acvtestutils.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <gdal.h>
#include <ogr_api.h>

namespace
{
//! Values of one field of the first layer of a vector file, in feature order.
QStringList fieldValues( const QString &path, const char *field )
{
  GDALAllRegister();
  QStringList values;
  GDALDatasetH dataset = GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr );
  if ( !dataset )
    return values;
  OGRLayerH layer = GDALDatasetGetLayer( dataset, 0 );
  const int index = OGR_FD_GetFieldIndex( OGR_L_GetLayerDefn( layer ), field );
  while ( OGRFeatureH feature = OGR_L_GetNextFeature( layer ) )
  {
    values.append( QString::fromUtf8( OGR_F_GetFieldAsString( feature, index ) ) );
    OGR_F_Destroy( feature );
  }
  GDALClose( dataset );
  return values;
}

AcvStatisticsTable loadTable( const QString &path )
{
  AcvStatisticsOptions options;
  options.path = path;
  AcvStatisticsTable table;
  QString error;
  EXPECT_TRUE( table.load( options, error ) ) << error.toStdString();
  return table;
}
} // namespace

TEST( AcvCoverageJoin, PairsAllGiaLaiDistrictsCorrectly )
{
  const QStringList boundaryNames = fieldValues( acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), "name" );
  ASSERT_EQ( boundaryNames.size(), 17 );
  const AcvStatisticsTable table = loadTable( acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ) );

  AcvCoverageJoinOptions options;
  options.boundaryKeys = boundaryNames;
  AcvCoverageJoinResult result;
  QString error;
  ASSERT_TRUE( AcvCoverageJoin::run( options, table, result, error ) ) << error.toStdString();
  EXPECT_EQ( result.match.matches.size(), 17 );
  EXPECT_TRUE( result.match.unmatchedBoundaries.isEmpty() );
  EXPECT_TRUE( result.match.unmatchedStatistics.isEmpty() );

  // Correctly paired: the annex's population of each pair is the census figure of that boundary.
  AcvStatisticsOptions censusOptions;
  censusOptions.path = acvSharedGeodata( QStringLiteral( "gia_lai_districts_population_2019.csv" ) );
  censusOptions.keyColumn = QStringLiteral( "district_name" );
  censusOptions.installsColumn = QStringLiteral( "population_2019" ); // any count column; only population is compared
  censusOptions.populationColumn = QStringLiteral( "population_2019" );
  QHash<QString, double> census;
  {
    AcvRawTable raw;
    ASSERT_TRUE( AcvTableReader::read( censusOptions.path, QString(), raw, error ) ) << error.toStdString();
    for ( int i = 1; i < raw.rows.size(); ++i )
      census.insert( raw.rows.at( i ).value( 0 ), raw.rows.at( i ).value( 1 ).toDouble() );
  }
  ASSERT_EQ( census.size(), 17 );
  for ( int b = 0; b < boundaryNames.size(); ++b )
  {
    ASSERT_TRUE( result.boundaryFigures.at( b ).population.has_value() ) << boundaryNames.at( b ).toStdString();
    EXPECT_DOUBLE_EQ( *result.boundaryFigures.at( b ).population, census.value( boundaryNames.at( b ) ) ) << boundaryNames.at( b ).toStdString();
  }
  EXPECT_DOUBLE_EQ( result.totals.installs, 139267.0 );
  EXPECT_NEAR( *result.totals.coveragePct, 23.0, 0.01 );
}

TEST( AcvCoverageJoin, RefusesALocalityListedTwice )
{
  AcvScratch scratch;
  const AcvStatisticsTable table = loadTable( scratch.write( QStringLiteral( "dup.csv" ), u8( "Đơn vị;Số lượt cài đặt;Số người dùng ĐTTM\nH. Chư Sê;10;100\nHuyện Chư Sê;12;100\n" ).toUtf8() ) );
  QString error;
  AcvCoverageJoinOptions options;
  options.boundaryKeys = QStringList{ u8( "Huyện Chư Sê" ), u8( "Huyện Ia Pa" ) };
  AcvCoverageJoinResult result;
  EXPECT_FALSE( AcvCoverageJoin::run( options, table, result, error ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "row 2" ) ) && error.contains( QStringLiteral( "row 3" ) ) && error.contains( QStringLiteral( "more than once" ) ) ) << error.toStdString();
}

TEST( AcvCoverageJoin, ReportsUnmatchedAsWrittenWithSuggestions )
{
  AcvScratch scratch;
  const AcvStatisticsTable table = loadTable( scratch.write( QStringLiteral( "s.csv" ), u8( "Đơn vị;Số lượt cài đặt;Số người dùng ĐTTM\nTP. Pleiku;300;1.000\nKrong Pa;10;0\nIa Grail;5;100\nAn Khê;800;1.000\n" ).toUtf8() ) );
  QString error;
  AcvCoverageJoinOptions options;
  options.boundaryKeys = QStringList{ u8( "Thành phố Pleiku" ), u8( "Huyện Krông Pa" ), u8( "Huyện Ia Grai" ), u8( "Huyện Ia Pa" ), u8( "Thị xã An Khê" ) };
  AcvCoverageJoinResult result;
  ASSERT_TRUE( AcvCoverageJoin::run( options, table, result, error ) ) << error.toStdString();

  AcvJoinReportContext context;
  context.boundaryPath = QStringLiteral( "b.geojson" );
  context.boundaryKeyField = QStringLiteral( "name" );
  context.boundaryKeys = options.boundaryKeys;
  context.table = &table;
  context.join = &result;
  const QString reportPath = scratch.path( QStringLiteral( "r.json" ) );
  ASSERT_TRUE( AcvJoinReport::write( reportPath, AcvJoinReport::toJson( context ), error ) ) << error.toStdString();
  QFile file( reportPath );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
  const QJsonObject report = QJsonDocument::fromJson( file.readAll() ).object();

  const QJsonArray matched = report.value( QStringLiteral( "matched" ) ).toArray();
  ASSERT_EQ( matched.size(), 3 );
  QHash<QString, QString> pairs;
  for ( const QJsonValue &m : matched )
  {
    pairs.insert( m.toObject().value( QStringLiteral( "statistics" ) ).toString(), m.toObject().value( QStringLiteral( "boundary" ) ).toString() );
    EXPECT_FALSE( m.toObject().value( QStringLiteral( "how" ) ).toString().isEmpty() );
  }
  EXPECT_EQ( pairs.value( QStringLiteral( "TP. Pleiku" ) ), u8( "Thành phố Pleiku" ) );
  EXPECT_EQ( pairs.value( QStringLiteral( "Krong Pa" ) ), u8( "Huyện Krông Pa" ) );
  EXPECT_EQ( pairs.value( u8( "An Khê" ) ), u8( "Thị xã An Khê" ) );
  EXPECT_EQ( report.value( QStringLiteral( "unmatched_statistics" ) ).toArray(), QJsonArray( { QStringLiteral( "Ia Grail" ) } ) );
  const QJsonArray unmatchedBoundaries = report.value( QStringLiteral( "unmatched_boundaries" ) ).toArray();
  EXPECT_TRUE( unmatchedBoundaries.contains( u8( "Huyện Ia Grai" ) ) );
  EXPECT_TRUE( unmatchedBoundaries.contains( u8( "Huyện Ia Pa" ) ) );
  const QJsonArray suggestions = report.value( QStringLiteral( "suggestions" ) ).toArray();
  ASSERT_EQ( suggestions.size(), 1 );
  EXPECT_EQ( suggestions.at( 0 ).toObject().value( QStringLiteral( "statistics" ) ).toString(), QStringLiteral( "Ia Grail" ) );
  EXPECT_EQ( suggestions.at( 0 ).toObject().value( QStringLiteral( "candidates" ) ).toArray().at( 0 ).toObject().value( QStringLiteral( "boundary" ) ).toString(), u8( "Huyện Ia Grai" ) );

  const QJsonObject totals = report.value( QStringLiteral( "totals" ) ).toObject();
  EXPECT_DOUBLE_EQ( totals.value( QStringLiteral( "installs" ) ).toDouble(), 1110.0 );
  EXPECT_DOUBLE_EQ( totals.value( QStringLiteral( "coverage_pct" ) ).toDouble(), 55.0 ); // (300 + 800) / 2000; Krông Pa has 0 users
  EXPECT_EQ( totals.value( QStringLiteral( "below_target" ) ).toInt(), 1 );
  EXPECT_TRUE( report.contains( QStringLiteral( "skipped_rows" ) ) );
  // Krông Pa's zero denominator is a warning, not a crash or a 0 %.
  EXPECT_TRUE( report.value( QStringLiteral( "warnings" ) ).toString().isEmpty() );
  bool warned = false;
  for ( const QJsonValue &w : report.value( QStringLiteral( "warnings" ) ).toArray() )
    warned = warned || w.toString().contains( QStringLiteral( "Krong Pa" ) );
  EXPECT_TRUE( warned );
  EXPECT_FALSE( result.boundaryMetrics.at( 1 ).coveragePct.has_value() );
}

TEST( AcvCoverageJoin, WarnsAboutFiguresLargerThanTheOnesTheyArePartOf )
{
  AcvScratch scratch;
  // Chư Sê: more installs than smartphone users; Ia Pa: more smartphone users than people.
  const AcvStatisticsTable table = loadTable( scratch.write( QStringLiteral( "implausible.csv" ), u8( "Đơn vị;Dân số;Số người dùng ĐTTM;Số lượt cài đặt\n"
                                                                                                      "Huyện Chư Sê;50.000;10.000;12.000\n"
                                                                                                      "Huyện Ia Pa;20.000;25.000;5.000\n" )
                                                                                                   .toUtf8() ) );
  QString error;
  AcvCoverageJoinOptions options;
  options.boundaryKeys = QStringList{ u8( "Huyện Chư Sê" ), u8( "Huyện Ia Pa" ) };
  AcvCoverageJoinResult result;
  ASSERT_TRUE( AcvCoverageJoin::run( options, table, result, error ) ) << error.toStdString();
  ASSERT_EQ( result.warnings.size(), 2 ) << result.warnings.join( '\n' ).toStdString();
  EXPECT_TRUE( result.warnings.at( 0 ).contains( u8( "row 2, column 4 ('Số lượt cài đặt'): 'Huyện Chư Sê' has more installs than smartphone users (coverage 120.00 %)" ) ) ) << result.warnings.at( 0 ).toStdString();
  EXPECT_TRUE( result.warnings.at( 1 ).contains( u8( "row 3, column 3 ('Số người dùng ĐTTM'): 'Huyện Ia Pa' has more smartphone users than population (25.000 > 20.000)" ) ) ) << result.warnings.at( 1 ).toStdString();
}
