/***************************************************************************
  testcoveragemapfigures.cpp - every count coverage-map writes equals the annex's
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acve2eutils.h"
#include "acvtestannexes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace acvtest;

namespace
{
QJsonObject readJson( const QString &path )
{
  QFile file( path );
  EXPECT_TRUE( file.open( QIODevice::ReadOnly ) ) << path.toStdString();
  return QJsonDocument::fromJson( file.readAll() ).object();
}

QString pdfText( const QString &pdf )
{
  // -raw keeps the text in the order it was set, so a sentence wrapped over lines reads whole.
  return acvRunCommand( QStringLiteral( "pdftotext" ), { QStringLiteral( "-enc" ), QStringLiteral( "UTF-8" ), QStringLiteral( "-raw" ), pdf, QStringLiteral( "-" ) } ).out.simplified();
}

//! The joined layer's figures, by the boundary layer's district name.
QMap<QString, std::array<qint64, 3>> joinedFigures( const QString &gpkg )
{
  QMap<QString, std::array<qint64, 3>> figures;
  for ( const AcvReadFeature &f : acvReadFeatures( gpkg, QStringLiteral( "coverage" ) ) )
    figures.insert( f.attributes.value( QStringLiteral( "stats_key" ) ).toString(),
                    { f.attributes.value( QStringLiteral( "installs" ) ).toLongLong(), f.attributes.value( QStringLiteral( "smartphones" ) ).toLongLong(),
                      f.attributes.value( QStringLiteral( "population" ) ).toLongLong() } );
  return figures;
}
} // namespace

TEST( CoverageMapFigures, TextNumbersInAWorkbookReachEveryOutputAsTheAnnexWritesThem )
{
  const QVector<District> districts = giaLaiDistricts();
  AcvScratch scratch;
  for ( const QString &name : { QStringLiteral( "annex_2020-08-20.xlsx" ), QStringLiteral( "annex_2020-08-20.ods" ) } )
  {
    SCOPED_TRACE( name.toStdString() );
    const QString annex = scratch.path( name );
    // The total row says 139.268 where its districts sum to 139.267: warned about, never used.
    const QVector<AcvTestRow> rows = annexRows( districts, true, QStringLiteral( "139.268" ) );
    ASSERT_TRUE( name.endsWith( QLatin1String( ".ods" ) ) ? acvWriteOds( annex, QStringLiteral( "Huyen" ), rows ) : acvWriteXlsx( annex, QStringLiteral( "Huyen" ), rows, kHeaderMerges ) );
    const QString stem = scratch.path( name.section( QLatin1Char( '.' ), -1 ) );
    const AcvCommandResult run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "--stats" ), annex,
                                                      QStringLiteral( "--joined" ), stem + QStringLiteral( ".gpkg" ), QStringLiteral( "--join-report" ), stem + QStringLiteral( ".json" ),
                                                      QStringLiteral( "--report" ), stem + QStringLiteral( ".pdf" ) } );
    ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
    EXPECT_TRUE( run.out.contains( QStringLiteral( "installs:    column E ('Bluezone / Số lượt cài') [detected]: typed numbers read the Vietnamese way" ) ) ) << run.out.toStdString();
    EXPECT_TRUE( run.err.contains( QStringLiteral( "row 22, column E ('Bluezone / Số lượt cài'): the total row 'Tổng cộng' says 139.268 installs, but the 17 locality rows of the annex sum to 139.267 (difference 1)" ) ) ) << run.err.toStdString();

    // The joined layer: every district's three figures as the annex writes them.
    const QMap<QString, std::array<qint64, 3>> joined = joinedFigures( stem + QStringLiteral( ".gpkg" ) );
    ASSERT_EQ( joined.size(), 17 );
    for ( const District &d : districts )
    {
      SCOPED_TRACE( d.name.toStdString() );
      ASSERT_TRUE( joined.contains( d.name ) );
      EXPECT_EQ( joined.value( d.name )[0], d.installsValue );
      EXPECT_EQ( joined.value( d.name )[1], d.smartphonesValue );
      EXPECT_EQ( joined.value( d.name )[2], d.populationValue );
    }

    // The join report: totals to the person, the total row's disagreement among the warnings.
    const QJsonObject report = readJson( stem + QStringLiteral( ".json" ) );
    const QJsonObject totals = report.value( QStringLiteral( "totals" ) ).toObject();
    EXPECT_EQ( totals.value( QStringLiteral( "installs" ) ).toDouble(), 139267.0 );
    EXPECT_EQ( totals.value( QStringLiteral( "smartphones" ) ).toDouble(), 605509.0 );
    EXPECT_EQ( totals.value( QStringLiteral( "population" ) ).toDouble(), 1513847.0 );
    bool warned = false;
    for ( const QJsonValue &warning : report.value( QStringLiteral( "warnings" ) ).toArray() )
      warned = warned || warning.toString().contains( QStringLiteral( "says 139.268 installs" ) );
    EXPECT_TRUE( warned );

    // The signed page: the real total and the note on the annex's own total.
    const QString page = pdfText( stem + QStringLiteral( ".pdf" ) );
    EXPECT_TRUE( page.contains( QStringLiteral( "139.267" ) ) ) << page.toStdString();
    EXPECT_TRUE( page.contains( QStringLiteral( "Lưu ý: dòng “Tổng cộng” (dòng 22) của phụ lục ghi 139.268 lượt cài đặt, nhưng cộng 17 đơn vị được 139.267 (chênh 1)" ) ) ) << page.toStdString();

    // --strict refuses the disagreement and writes nothing.
    const QString strictReport = scratch.path( QStringLiteral( "strict.json" ) );
    const AcvCommandResult strict = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "--stats" ), annex,
                                                         QStringLiteral( "--join-report" ), strictReport, QStringLiteral( "--strict" ) } );
    EXPECT_EQ( strict.exitCode, 2 );
    EXPECT_TRUE( strict.err.contains( QStringLiteral( "--strict: " ) ) && strict.err.contains( QStringLiteral( "row 22" ) ) ) << strict.err.toStdString();
    EXPECT_FALSE( QFile::exists( strictReport ) );
  }
}

TEST( CoverageMapFigures, ARunWhereNothingMatchesSaysSoAndWritesNothing )
{
  // Names of another place, written without type words (so no level tells them apart): a
  // layer of NULL figures with exit 0 would be a confident map that says nothing.
  AcvScratch scratch;
  const QString annex = scratch.write( QStringLiteral( "elsewhere.csv" ), QStringLiteral( "Đơn vị;Dân số;Số lượt cài\nAlpha;100;10\nBeta;200;20\n" ).toUtf8() );
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  const QString map = scratch.path( QStringLiteral( "map.png" ) );
  const AcvCommandResult run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "--stats" ), annex,
                                                    QStringLiteral( "--boundary-key" ), QStringLiteral( "name" ), QStringLiteral( "--joined" ), joined, QStringLiteral( "--out" ), map } );
  EXPECT_EQ( run.exitCode, 2 ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "0 of 2 statistics rows of %1 matched any of the 17 boundaries" ).arg( annex ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "'Alpha', 'Beta'" ) ) && run.err.contains( QStringLiteral( "same administrative level" ) ) ) << run.err.toStdString();
  EXPECT_FALSE( QFile::exists( joined ) );
  EXPECT_FALSE( QFile::exists( map ) );
}
