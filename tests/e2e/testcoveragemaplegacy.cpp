/***************************************************************************
  testcoveragemaplegacy.cpp - annexes and boundaries in legacy Vietnamese encodings, on the map
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acve2eutils.h"
#include "acvlegacytestencoders.h"
#include "acvtestannexes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace acvtest;

namespace
{
struct Encoding
{
  const char *name;        //!< for the test's trace and file names
  const char *description; //!< what the command says it read
  QByteArray ( *encode )( const QString & );
};
const Encoding kEncodings[] = {
    { "tcvn3", "TCVN3 (ABC, the .VnTime fonts)", acvtest::tcvn3 },
    { "vni", "VNI-Windows (the VNI-Times fonts)", acvtest::vni },
    { "cp1258", "Windows-1258 (Vietnamese code page)", acvtest::windows1258 },
};

//! The project's district annex as UTF-8 text, without its BOM.
QString annexText()
{
  QFile file( acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ) );
  EXPECT_TRUE( file.open( QIODevice::ReadOnly ) );
  QString text = QString::fromUtf8( file.readAll() );
  if ( text.startsWith( QChar( 0xFEFF ) ) )
    text.remove( 0, 1 );
  return text;
}

//! The annex as workbook rows, each text cell \a cell(text): the cells of a legacy font.
QVector<AcvTestRow> annexRows( const QString &text, const std::function<QString( const QString & )> &cell )
{
  QVector<AcvTestRow> rows;
  for ( const QString &line : text.split( QLatin1Char( '\n' ), Qt::SkipEmptyParts ) )
  {
    AcvTestRow row;
    for ( const QString &value : line.split( QLatin1Char( ';' ) ) )
      row.append( value.isEmpty() ? AcvTestCell() : acvText( cell( value ) ) );
    rows.append( row );
  }
  return rows;
}

//! stats_key -> installs, smartphones, population, and the boundary name joined to it.
struct Joined
{
  qint64 installs = 0, smartphones = 0, population = 0;
  QString boundaryName;
  bool operator==( const Joined &other ) const
  {
    return installs == other.installs && smartphones == other.smartphones && population == other.population && boundaryName == other.boundaryName;
  }
};

QMap<QString, Joined> joined( const QString &gpkg )
{
  QMap<QString, Joined> figures;
  for ( const AcvReadFeature &f : acvReadFeatures( gpkg, QStringLiteral( "coverage" ) ) )
    figures.insert( f.attributes.value( QStringLiteral( "stats_key" ) ).toString(),
                    { f.attributes.value( QStringLiteral( "installs" ) ).toLongLong(), f.attributes.value( QStringLiteral( "smartphones" ) ).toLongLong(),
                      f.attributes.value( QStringLiteral( "population" ) ).toLongLong(), f.attributes.value( QStringLiteral( "name" ) ).toString() } );
  return figures;
}

QJsonObject readJson( const QString &path )
{
  QFile file( path );
  EXPECT_TRUE( file.open( QIODevice::ReadOnly ) ) << path.toStdString();
  return QJsonDocument::fromJson( file.readAll() ).object();
}

AcvCommandResult runOn( const QString &boundaries, const QString &annex, const QString &stem )
{
  return acvRunCoverageMap( { QStringLiteral( "--boundaries" ), boundaries, QStringLiteral( "--stats" ), annex,
                              QStringLiteral( "--joined" ), stem + QStringLiteral( ".gpkg" ), QStringLiteral( "--join-report" ), stem + QStringLiteral( ".json" ) } );
}

//! Every district joined, with the annex's figures, the Unicode names and the same result as the UTF-8 run.
void expectFullJoin( const QString &stem, const QMap<QString, Joined> &reference )
{
  const QVector<District> districts = giaLaiDistricts();
  const QMap<QString, Joined> figures = joined( stem + QStringLiteral( ".gpkg" ) );
  ASSERT_EQ( figures.size(), 17 );
  for ( const District &d : districts )
  {
    SCOPED_TRACE( d.name.toStdString() );
    ASSERT_TRUE( figures.contains( d.name ) ) << QStringList( figures.keys() ).join( QLatin1String( " | " ) ).toStdString();
    EXPECT_EQ( figures.value( d.name ).installs, d.installsValue );
    EXPECT_EQ( figures.value( d.name ).smartphones, d.smartphonesValue );
    EXPECT_EQ( figures.value( d.name ).population, d.populationValue );
  }
  EXPECT_TRUE( figures == reference );
  const QJsonObject report = readJson( stem + QStringLiteral( ".json" ) );
  EXPECT_EQ( report.value( QStringLiteral( "totals" ) ).toObject().value( QStringLiteral( "installs" ) ).toDouble(), 139267.0 );
  EXPECT_TRUE( report.value( QStringLiteral( "unmatched_statistics" ) ).toArray().isEmpty() );
  EXPECT_TRUE( report.value( QStringLiteral( "unmatched_boundaries" ) ).toArray().isEmpty() );
}
} // namespace

TEST( CoverageMapLegacy, EveryLegacyEncodingOfTheDistrictAnnexJoinsFullyAsCsvAndXlsx )
{
  AcvScratch scratch;
  const QString boundaries = acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) );
  const QString text = annexText();
  // The UTF-8 annex as it is: the result every legacy copy must give.
  const QString utf8 = scratch.write( QStringLiteral( "annex_2020-08-20.csv" ), text.toUtf8() );
  const AcvCommandResult reference = runOn( boundaries, utf8, scratch.path( QStringLiteral( "utf8" ) ) );
  ASSERT_EQ( reference.exitCode, 0 ) << reference.err.toStdString();
  EXPECT_FALSE( reference.out.contains( QStringLiteral( "converted to Unicode" ) ) ) << reference.out.toStdString();
  const QMap<QString, Joined> expected = joined( scratch.path( QStringLiteral( "utf8.gpkg" ) ) );
  ASSERT_EQ( expected.size(), 17 );
  // The names on the map are the boundary layer's, whatever the annex's encoding.
  EXPECT_EQ( expected.value( u8( "H. Đăk Đoa" ) ).boundaryName, u8( "Huyện Đăk Đoa" ) );

  for ( const Encoding &encoding : kEncodings )
  {
    SCOPED_TRACE( encoding.name );
    const QString said = QStringLiteral( "  text:        read as %1 and converted to Unicode: " ).arg( QString::fromUtf8( encoding.description ) );

    const QString csv = scratch.write( QStringLiteral( "annex_%1_2020-08-20.csv" ).arg( QString::fromLatin1( encoding.name ) ), encoding.encode( text ) );
    const QString csvStem = scratch.path( QStringLiteral( "%1_csv" ).arg( QString::fromLatin1( encoding.name ) ) );
    const AcvCommandResult csvRun = runOn( boundaries, csv, csvStem );
    ASSERT_EQ( csvRun.exitCode, 0 ) << csvRun.err.toStdString();
    EXPECT_TRUE( csvRun.out.contains( said ) ) << csvRun.out.toStdString();
    expectFullJoin( csvStem, expected );

    // A workbook typed with the legacy font: its cells hold the Windows-1252 reading of the bytes.
    const QString xlsx = scratch.path( QStringLiteral( "annex_%1_2020-08-20.xlsx" ).arg( QString::fromLatin1( encoding.name ) ) );
    const QVector<AcvTestRow> rows = annexRows( text, [&encoding]( const QString &cell )
                                                { return windows1252Reading( encoding.encode( cell ) ); } );
    if ( encoding.encode == acvtest::tcvn3 )
    {
      EXPECT_EQ( rows.at( 7 ).at( 1 ).text, u8( "H. §\u00A8k §oa" ) ); // as the issue shows the cell
    }
    ASSERT_TRUE( acvWriteXlsx( xlsx, QStringLiteral( "Huyen" ), rows ) );
    const QString xlsxStem = scratch.path( QStringLiteral( "%1_xlsx" ).arg( QString::fromLatin1( encoding.name ) ) );
    const AcvCommandResult xlsxRun = runOn( boundaries, xlsx, xlsxStem );
    ASSERT_EQ( xlsxRun.exitCode, 0 ) << xlsxRun.err.toStdString();
    EXPECT_TRUE( xlsxRun.out.contains( said ) ) << xlsxRun.out.toStdString();
    expectFullJoin( xlsxStem, expected );
  }
}

TEST( CoverageMapLegacy, AWindows1258ShapefileWithoutCpgJoinsWithItsNames )
{
  AcvScratch scratch;
  const QString shp = scratch.path( QStringLiteral( "huyen.shp" ) );
  // As old desktop GIS wrote them: the .dbf in Windows-1258, no .cpg, no language driver byte.
  ASSERT_EQ( QProcess::execute( QStringLiteral( "ogr2ogr" ), { QStringLiteral( "-lco" ), QStringLiteral( "ENCODING=CP1258" ), shp, acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ) } ), 0 );
  ASSERT_TRUE( QFile::remove( scratch.path( QStringLiteral( "huyen.cpg" ) ) ) );
  {
    QFile dbf( scratch.path( QStringLiteral( "huyen.dbf" ) ) );
    ASSERT_TRUE( dbf.open( QIODevice::ReadWrite ) );
    QByteArray bytes = dbf.readAll();
    bytes[29] = '\0';
    // The names are the code page's bytes: "Huyện Đăk Đoa" as ê, then the dot below's byte.
    ASSERT_TRUE( bytes.contains( acvtest::windows1258( u8( "Huyện Đăk Đoa" ) ) ) );
    ASSERT_TRUE( dbf.seek( 0 ) && dbf.write( bytes ) == bytes.size() );
  }
  const QString annex = scratch.write( QStringLiteral( "annex_2020-08-20.csv" ), annexText().toUtf8() );
  const QString stem = scratch.path( QStringLiteral( "shp" ) );
  const AcvCommandResult run = runOn( shp, annex, stem );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "%1: its .dbf declares no encoding (no .cpg file); its text was read as Windows-1258 (Vietnamese code page) and converted to Unicode: " ).arg( shp ) ) ) << run.out.toStdString();

  // Every district joins, and the names the map labels come out as the GeoJSON's.
  QMap<QString, QString> names; // level2_id -> name
  for ( const AcvReadFeature &f : acvReadFeatures( acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ) ) )
    names.insert( f.attributes.value( QStringLiteral( "level2_id" ) ).toString(), f.attributes.value( QStringLiteral( "name" ) ).toString() );
  ASSERT_EQ( names.size(), 17 );
  const QVector<AcvReadFeature> features = acvReadFeatures( stem + QStringLiteral( ".gpkg" ), QStringLiteral( "coverage" ) );
  ASSERT_EQ( features.size(), 17 );
  for ( const AcvReadFeature &f : features )
  {
    const QString name = f.attributes.value( QStringLiteral( "name" ) ).toString();
    EXPECT_EQ( name, names.value( f.attributes.value( QStringLiteral( "level2_id" ) ).toString() ) );
    EXPECT_EQ( name, name.normalized( QString::NormalizationForm_C ) );
    EXPECT_FALSE( f.attributes.value( QStringLiteral( "installs" ) ).isNull() ) << name.toStdString();
  }
  expectFullJoin( stem, joined( stem + QStringLiteral( ".gpkg" ) ) );
}

TEST( CoverageMapLegacy, AnAnnexWhoseEncodingIsUncertainIsRefusedNamingTheLineOrCell )
{
  AcvScratch scratch;
  const QString boundaries = acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) );
  // Typed by two officials: the head in TCVN3, the districts in VNI. No one reading is certain.
  QStringList lines = annexText().split( QLatin1Char( '\n' ), Qt::SkipEmptyParts );
  QByteArray csv;
  QVector<AcvTestRow> rows;
  for ( int i = 0; i < lines.size(); ++i )
  {
    const QByteArray bytes = i < 8 ? acvtest::tcvn3( lines.at( i ) ) : acvtest::vni( lines.at( i ) );
    csv += bytes + '\n';
    AcvTestRow row;
    for ( const QByteArray &cell : bytes.split( ';' ) )
      row.append( cell.isEmpty() ? AcvTestCell() : acvText( windows1252Reading( cell ) ) );
    rows.append( row );
  }
  const QString csvPath = scratch.write( QStringLiteral( "mixed.csv" ), csv );
  const QString joinedPath = scratch.path( QStringLiteral( "mixed.gpkg" ) );
  const AcvCommandResult run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), boundaries, QStringLiteral( "--stats" ), csvPath, QStringLiteral( "--joined" ), joinedPath } );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "%1: line " ).arg( csvPath ) ) && run.err.contains( QStringLiteral( "is not valid UTF-8, and not certainly " ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "is no Vietnamese word" ) ) && run.err.contains( QStringLiteral( "CSV UTF-8" ) ) ) << run.err.toStdString();
  EXPECT_FALSE( QFile::exists( joinedPath ) );

  const QString xlsx = scratch.path( QStringLiteral( "mixed.xlsx" ) );
  ASSERT_TRUE( acvWriteXlsx( xlsx, QStringLiteral( "Huyen" ), rows ) );
  const AcvCommandResult sheet = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), boundaries, QStringLiteral( "--stats" ), xlsx, QStringLiteral( "--joined" ), joinedPath } );
  EXPECT_EQ( sheet.exitCode, 2 );
  EXPECT_TRUE( sheet.err.contains( QStringLiteral( "%1, sheet 'Huyen', row " ).arg( xlsx ) ) && sheet.err.contains( QStringLiteral( "reads as no Vietnamese, and not certainly as " ) ) ) << sheet.err.toStdString();
  EXPECT_FALSE( QFile::exists( joinedPath ) );
}
