/***************************************************************************
  testcoveragemapcommunes.cpp - commune annexes on Gia Lai's 222 real communes
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
// The commune layer's names really repeat: Phường Tây Sơn, Xã Ia Băng, Xã Ia Sao and Xã Ia O each
// exist in two districts. The annexes are laid out as officials send them (the district merged
// down its communes, or written once, or as a heading row with its subtotal) and spelled as they
// type (abbreviations, decomposed Unicode, no diacritics, capitals). Figures are illustrative,
// derived from each commune's code, so every pair can be checked against the code it must land on.

#include "acve2eutils.h"
#include "acvtestworkbooks.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QMap>
#include <QSet>

namespace
{

struct AcvCommune
{
  qlonglong code = 0;
  QString district; //!< district_vn, as the layer writes it
  QString name;     //!< commune_vn
  qlonglong population() const { return 1000 + code % 5000; }
  qlonglong smartphones() const { return population() / 2; }
  qlonglong installs() const { return smartphones() / ( 2 + code % 5 ); }
};

//! The real communes, grouped by district in the layer's order of districts.
QVector<AcvCommune> realCommunes()
{
  QVector<AcvCommune> communes;
  for ( const AcvReadFeature &f : acvReadFeatures( acvSharedGeodata( QStringLiteral( "gia_lai_communes.geojson" ) ) ) )
    communes.append( { f.attributes.value( QStringLiteral( "commune_id" ) ).toLongLong(), f.attributes.value( QStringLiteral( "district_vn" ) ).toString(),
                       f.attributes.value( QStringLiteral( "commune_vn" ) ).toString() } );
  QStringList districts;
  for ( const AcvCommune &c : std::as_const( communes ) )
  {
    if ( !districts.contains( c.district ) )
      districts.append( c.district );
  }
  std::stable_sort( communes.begin(), communes.end(), [&districts]( const AcvCommune &a, const AcvCommune &b )
                    { return districts.indexOf( a.district ) < districts.indexOf( b.district ); } );
  return communes;
}

/**
 * As acvSpelled(), but never without diacritics where that makes two communes of one district
 * alike: Chư Prông has both Xã Ia Băng and Xã Ia Bang, which no typist without diacritics
 * can tell apart (the tool rightly refuses to guess; see RepeatedNamesWithinADistrict…).
 */
QString spelledApart( const AcvCommune &commune, int variant, const QVector<AcvCommune> &communes )
{
  if ( variant % 5 == 3 )
  {
    for ( const AcvCommune &other : communes )
    {
      if ( other.code != commune.code && other.district == commune.district && acvWithoutDiacritics( other.name ).toLower() == acvWithoutDiacritics( commune.name ).toLower() )
        return commune.name;
    }
  }
  return acvSpelled( commune.name, variant );
}

QString figures( const AcvCommune &c )
{
  return QStringLiteral( "%1;%2;%3" ).arg( c.population() ).arg( c.smartphones() ).arg( c.installs() );
}

//! Every commune of the joined layer carries its own figures: the pair is right.
void expectEveryCommuneHasItsFigures( const QString &joined, int expected = 222 )
{
  QMap<qlonglong, AcvCommune> byCode;
  for ( const AcvCommune &c : realCommunes() )
    byCode.insert( c.code, c );
  int checked = 0;
  for ( const AcvReadFeature &f : acvReadFeatures( joined ) )
  {
    const AcvCommune c = byCode.value( f.attributes.value( QStringLiteral( "commune_id" ) ).toLongLong() );
    const QString where = f.attributes.value( QStringLiteral( "commune_vn" ) ).toString() + QStringLiteral( " (" ) + f.attributes.value( QStringLiteral( "district_vn" ) ).toString() + QLatin1Char( ')' );
    EXPECT_EQ( f.attributes.value( QStringLiteral( "population" ) ).toLongLong(), c.population() ) << where.toStdString();
    EXPECT_EQ( f.attributes.value( QStringLiteral( "smartphones" ) ).toLongLong(), c.smartphones() ) << where.toStdString();
    EXPECT_EQ( f.attributes.value( QStringLiteral( "installs" ) ).toLongLong(), c.installs() ) << where.toStdString();
    ++checked;
  }
  EXPECT_EQ( checked, expected );
}

QStringList joinArguments( const QString &annex, const QString &joined )
{
  return { QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_communes.geojson" ) ), QStringLiteral( "--stats" ), annex, QStringLiteral( "--joined" ), joined };
}

} // namespace

TEST( CoverageMapCommunes, TheRealLayerRepeatsCommuneNamesAcrossDistricts )
{
  // The premise of the tests below: if the layer stopped repeating names they would prove nothing.
  QMap<QString, QSet<QString>> districtsOf;
  for ( const AcvCommune &c : realCommunes() )
    districtsOf[c.name].insert( c.district );
  QStringList repeated;
  for ( auto it = districtsOf.cbegin(); it != districtsOf.cend(); ++it )
  {
    if ( it.value().size() > 1 )
      repeated.append( it.key() );
  }
  EXPECT_EQ( repeated, QStringList( { u8( "Phường Tây Sơn" ), u8( "Xã Ia Băng" ), u8( "Xã Ia O" ), u8( "Xã Ia Sao" ) } ) );
}

TEST( CoverageMapCommunes, AnXlsxWithTheDistrictMergedDownItsCommunesJoinsEveryCommuneToItsOwnDistrict )
{
  AcvScratch scratch;
  QVector<AcvTestRow> rows = { { acvText( u8( "SỐ LIỆU CÀI ĐẶT BLUEZONE CẤP XÃ (minh họa)" ) ) },
                               { acvText( QStringLiteral( "STT" ) ), acvText( u8( "Huyện, thị xã, thành phố" ) ), acvText( u8( "Xã, phường, thị trấn" ) ), acvText( u8( "Dân số" ) ),
                                 acvText( u8( "Số người dùng ĐTTM" ) ), acvText( u8( "Số lượt cài đặt" ) ) } };
  QVector<AcvTestMerge> merges;
  const QVector<AcvCommune> communes = realCommunes();
  int i = 0;
  int districtIndex = 0;
  while ( i < communes.size() )
  {
    int end = i;
    while ( end < communes.size() && communes.at( end ).district == communes.at( i ).district )
      ++end;
    // The district as the district's clerk writes it; merged over its communes' rows.
    const QString district = acvSpelled( communes.at( i ).district, districtIndex++ );
    const int firstRow = static_cast<int>( rows.size() );
    for ( int c = i; c < end; ++c )
    {
      const AcvCommune &commune = communes.at( c );
      rows.append( { acvNumber( c + 1 ), acvText( c == i ? district : QString() ), acvText( spelledApart( commune, c, communes ) ), acvNumber( commune.population() ),
                     acvNumber( commune.smartphones() ), acvNumber( commune.installs() ) } );
    }
    if ( end - i > 1 )
      merges.append( { firstRow, 1, firstRow + ( end - i ) - 1, 1, district } );
    i = end;
  }
  const QString annex = scratch.path( QStringLiteral( "communes.xlsx" ) );
  ASSERT_TRUE( acvWriteXlsx( annex, QStringLiteral( "Xã" ), rows, merges ) );
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  const AcvCommandResult run = acvRunCoverageMap( joinArguments( annex, joined ) );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString() << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "Join: 222 of 222 boundaries matched 222 of 222 statistics rows" ) ) ) << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "parent:      column B ('Huyện, thị xã, thành phố') [detected]: 205 rows read from merged cells, 17 parents" ) ) ) << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "level:       communes" ) ) ) << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "parent:      field 'district_vn' [detected], pairs with 17 of the annex's 17 parents" ) ) ) << run.out.toStdString();
  expectEveryCommuneHasItsFigures( joined );
}

TEST( CoverageMapCommunes, ACsvWithTheDistrictOnlyOnItsFirstRowJoinsEveryCommune )
{
  // A merged sheet saved as CSV keeps the district in the first row of its block only.
  AcvScratch scratch;
  QString text = u8( "STT;Huyện;Tên xã;Dân số;Số người dùng ĐTTM;Số lượt cài đặt\n" );
  QString previous;
  int row = 0;
  const QVector<AcvCommune> communes = realCommunes();
  for ( const AcvCommune &c : communes )
  {
    ++row;
    text += QStringLiteral( "%1;%2;%3;%4\n" ).arg( row ).arg( c.district == previous ? QString() : acvSpelled( c.district, row ), spelledApart( c, row + 2, communes ), figures( c ) );
    previous = c.district;
  }
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  const AcvCommandResult run = acvRunCoverageMap( joinArguments( scratch.write( QStringLiteral( "communes.csv" ), text.toUtf8() ), joined ) );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "205 empty cells take the parent above them, 17 parents" ) ) ) << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "Join: 222 of 222" ) ) ) << run.out.toStdString();
  expectEveryCommuneHasItsFigures( joined );
}

TEST( CoverageMapCommunes, DistrictHeadingRowsWithSubtotalsGiveTheirCommunesTheirDistrict )
{
  // "Huyện Chư Prông | 45.000 | …" above its communes, in the name column itself.
  AcvScratch scratch;
  QString text = u8( "STT;Đơn vị;Dân số;Số người dùng ĐTTM;Số lượt cài đặt\n" );
  const QVector<AcvCommune> communes = realCommunes();
  int wrongSubtotal = -1;
  QString wrongDistrict;
  for ( int i = 0, n = 0; i < communes.size(); )
  {
    int end = i;
    qlonglong population = 0, smartphones = 0, installs = 0;
    while ( end < communes.size() && communes.at( end ).district == communes.at( i ).district )
    {
      population += communes.at( end ).population();
      smartphones += communes.at( end ).smartphones();
      installs += communes.at( end ).installs();
      ++end;
    }
    // One district's clerk added wrong: the check must say so, not trust it.
    if ( n == 3 )
    {
      installs += 10;
      wrongSubtotal = n;
      wrongDistrict = communes.at( i ).district;
    }
    text += QStringLiteral( "%1;%2;%3;%4;%5\n" ).arg( QString( QChar( 'A' + n++ ) ), communes.at( i ).district ).arg( population ).arg( smartphones ).arg( installs );
    for ( int c = i; c < end; ++c )
      text += QStringLiteral( "%1;%2;%3\n" ).arg( c + 1 ).arg( spelledApart( communes.at( c ), c, communes ), figures( communes.at( c ) ) );
    i = end;
  }
  ASSERT_EQ( wrongSubtotal, 3 );
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  const AcvCommandResult run = acvRunCoverageMap( joinArguments( scratch.write( QStringLiteral( "headings.csv" ), text.toUtf8() ), joined ) );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "the 17 rows of a higher level heading the rows below them (17 parents)" ) ) ) << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "222 localities" ) ) ) << run.out.toStdString();
  // Exactly the one wrong subtotal is reported.
  EXPECT_EQ( run.err.count( QStringLiteral( "says" ) ), 1 ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "the total row '%1' says" ).arg( wrongDistrict ) ) && run.err.contains( QStringLiteral( "locality rows below it sum to" ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "(difference 10)" ) ) ) << run.err.toStdString();
  expectEveryCommuneHasItsFigures( joined );
}

TEST( CoverageMapCommunes, RepeatedNamesWithoutAParentAreAllReportedAtOnceWithTheirRows )
{
  AcvScratch scratch;
  QString text = u8( "STT;Xã, phường, thị trấn;Dân số;Số người dùng ĐTTM;Số lượt cài đặt\n" );
  int row = 0;
  for ( const AcvCommune &c : realCommunes() )
    text += QStringLiteral( "%1;%2;%3\n" ).arg( ++row ).arg( c.name, figures( c ) );
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  const AcvCommandResult run = acvRunCoverageMap( joinArguments( scratch.write( QStringLiteral( "nodistrict.csv" ), text.toUtf8() ), joined ) );
  EXPECT_EQ( run.exitCode, 2 );
  // The four repeats as written, and Xã Ayun (Chư Sê) beside Xã AYun (Mang Yang), alike but for a capital.
  EXPECT_TRUE( run.err.contains( QStringLiteral( "(5 names repeat)" ) ) ) << run.err.toStdString();
  for ( const QString &name : { u8( "Phường Tây Sơn" ), u8( "Xã Ia Băng" ), u8( "Xã Ia O" ), u8( "Xã Ia Sao" ) } )
    EXPECT_EQ( run.err.count( QStringLiteral( "'%1'" ).arg( name ) ), 2 ) << name.toStdString() << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( u8( "'Xã Ayun', row " ) ) && run.err.contains( u8( "'Xã AYun'" ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "--stats-parent" ) ) ) << run.err.toStdString();
  EXPECT_FALSE( run.err.contains( QStringLiteral( "keep one row per locality" ) ) ) << run.err.toStdString();
  EXPECT_FALSE( QFile::exists( joined ) );
}

TEST( CoverageMapCommunes, RepeatedNamesWithinADistrictTypedWithoutDiacriticsAreRefusedNotGuessed )
{
  // Chư Prông has Xã Ia Băng and Xã Ia Bang; typed without diacritics both read "Xa Ia Bang".
  AcvScratch scratch;
  QString text = u8( "Huyện;Xã;Dân số;Số người dùng ĐTTM;Số lượt cài đặt\n" );
  for ( const AcvCommune &c : realCommunes() )
    text += QStringLiteral( "%1;%2;%3\n" ).arg( acvWithoutDiacritics( c.district ), acvWithoutDiacritics( c.name ), figures( c ) );
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  const AcvCommandResult run = acvRunCoverageMap( joinArguments( scratch.write( QStringLiteral( "plain.csv" ), text.toUtf8() ), joined ) );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "(1 names repeat)" ) ) ) << run.err.toStdString();
  EXPECT_EQ( run.err.count( QStringLiteral( "'Xa Ia Bang' (Huyen Chu Prong)" ) ), 2 ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "--mapping" ) ) ) << run.err.toStdString();
  EXPECT_FALSE( QFile::exists( joined ) );
}

TEST( CoverageMapCommunes, ParentColumnAndFieldCanBeNamed )
{
  // A header no detection knows ("Trực thuộc") and the layer's undiacritic district field.
  AcvScratch scratch;
  QString text = u8( "Trực thuộc;Xã, phường, thị trấn;Dân số;Số người dùng ĐTTM;Số lượt cài đặt\n" );
  for ( const AcvCommune &c : realCommunes() )
    text += QStringLiteral( "%1;%2;%3\n" ).arg( acvWithoutDiacritics( c.district ), c.name, figures( c ) );
  const QString annex = scratch.write( QStringLiteral( "named.csv" ), text.toUtf8() );
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  const AcvCommandResult run = acvRunCoverageMap( joinArguments( annex, joined ) << QStringLiteral( "--stats-parent" ) << u8( "Trực thuộc" ) << QStringLiteral( "--boundary-parent" ) << QStringLiteral( "district_vn" ) );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "Join: 222 of 222 boundaries matched 222 of 222 statistics rows (by name within each parent of field 'district_vn')" ) ) ) << run.out.toStdString();
  expectEveryCommuneHasItsFigures( joined );

  const AcvCommandResult wrongField = acvRunCoverageMap( joinArguments( annex, scratch.path( QStringLiteral( "other.gpkg" ) ) ) << QStringLiteral( "--stats-parent" ) << u8( "Trực thuộc" ) << QStringLiteral( "--boundary-parent" ) << QStringLiteral( "huyen" ) );
  EXPECT_EQ( wrongField.exitCode, 2 );
  EXPECT_TRUE( wrongField.err.contains( QStringLiteral( "has no parent field 'huyen'" ) ) ) << wrongField.err.toStdString();
}

TEST( CoverageMapCommunes, ADistrictAnnexOnCommuneBoundariesIsRefusedSayingWhatToUse )
{
  // Before, it put district figures on the communes and towns named after their districts.
  AcvScratch scratch;
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  const QString map = scratch.path( QStringLiteral( "map.png" ) );
  const AcvCommandResult run = acvRunCoverageMap( joinArguments( acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ), joined ) << QStringLiteral( "--out" ) << map );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "are not at the same administrative level: the annex lists districts" ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "the boundaries are communes (field 'commune_vn'" ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "use district boundaries, or dissolve these by field 'district_vn'" ) ) ) << run.err.toStdString();
  EXPECT_FALSE( QFile::exists( joined ) );
  EXPECT_FALSE( QFile::exists( map ) );

  // Untyped district names tell no level; that they are the values of the district field does.
  QFile source( acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ) );
  ASSERT_TRUE( source.open( QIODevice::ReadOnly ) );
  QString text = QString::fromUtf8( source.readAll() );
  for ( const QString &type : { u8( "TP. " ), u8( "TX " ), u8( "Thị xã " ), u8( "Huyện " ), u8( "H. " ), u8( "huyện " ) } )
    text.replace( QLatin1Char( ';' ) + type, QStringLiteral( ";" ) );
  const AcvCommandResult bare = acvRunCoverageMap( joinArguments( scratch.write( QStringLiteral( "bare.csv" ), text.toUtf8() ), joined ) );
  EXPECT_EQ( bare.exitCode, 2 );
  EXPECT_TRUE( bare.err.contains( QStringLiteral( "the annex lists the units field '" ) ) && bare.err.contains( QStringLiteral( "groups the features into (17 of its 17 values pair with the annex's 17 rows)" ) ) ) << bare.err.toStdString();
  EXPECT_FALSE( QFile::exists( joined ) );
}

TEST( CoverageMapCommunes, ACommuneAnnexOnDistrictBoundariesIsRefused )
{
  AcvScratch scratch;
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  const AcvCommandResult run = acvRunCoverageMap( { QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "--stats" ), acvWriteGiaLaiCommuneAnnex( scratch ),
                                                    QStringLiteral( "--stats-key" ), u8( "Tên xã" ), QStringLiteral( "--joined" ), joined } );
  EXPECT_EQ( run.exitCode, 2 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "the annex lists communes" ) ) && run.err.contains( QStringLiteral( "the boundaries are districts (field 'name'" ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "use commune boundaries for this annex, or an annex of districts" ) ) ) << run.err.toStdString();
  EXPECT_FALSE( QFile::exists( joined ) );
}
