/***************************************************************************
  testcoveragemappartialarea.cpp - split old communes apportioned by area (--partial-by area)
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
// The real crosswalk of the 2025 reform (373 old communes of Gia Lai and Bình Định -> 135 new
// Gia Lai communes) splits 4 old communes of Bình Định between several new ones and gives no
// shares. No boundaries of the old Bình Định communes are at hand, so each test draws them: an
// old commune is made of real pieces of its new communes (each new commune cut by a box around
// their common border), which gives the area each new commune takes of it independently of the
// code under test. The annex is the real list of the 373 old communes (01/03/2025) with
// illustrative figures derived from each commune's code: they are invented, not statistics.

#include "acve2eutils.h"
#include "acvqgiscompat.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransformcontext.h>
#include <qgsdistancearea.h>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsfields.h>
#include <qgsgeometry.h>
#include <qgsrectangle.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

namespace
{
const QString kNewLayer = QStringLiteral( "gia_lai_2025_communes" );

QString newCommunes()
{
  return acvSharedGeodata( QStringLiteral( "gia_lai_2025_communes.gpkg" ) );
}

QString crosswalk()
{
  return acvSharedGeodata( QStringLiteral( "gia_lai_2025_crosswalk.csv" ) );
}

//! The rows of one of the shared CSVs (no field there is quoted or holds a comma), header first.
QVector<QStringList> csvRows( const QString &path )
{
  QVector<QStringList> rows;
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly | QIODevice::Text ) )
    return rows;
  for ( const QString &line : QString::fromUtf8( file.readAll() ).split( QLatin1Char( '\n' ), Qt::SkipEmptyParts ) )
    rows.append( line.trimmed().split( QLatin1Char( ',' ) ) );
  return rows;
}

//! An old commune of 01/03/2025, with illustrative figures derived from its code.
struct OldCommune
{
  QString district;
  QString code;
  QString name;
  qlonglong population() const { return 2000 + ( code.toLongLong() * 7919 ) % 15000; }
  qlonglong smartphones() const { return population() * ( 40 + code.toLongLong() % 30 ) / 100; }
  qlonglong installs() const { return smartphones() * ( 20 + code.toLongLong() % 50 ) / 100; }
};

QVector<OldCommune> oldCommunes()
{
  QVector<OldCommune> communes;
  const QVector<QStringList> rows = csvRows( acvSharedGeodata( QStringLiteral( "gia_lai_old_communes_2025-03.csv" ) ) );
  for ( int r = 1; r < rows.size(); ++r )
    communes.append( { rows.at( r ).at( 3 ), rows.at( r ).at( 4 ), rows.at( r ).at( 5 ) } );
  return communes;
}

//! The annex: the old communes by district, code and name, with their (invented) figures.
QString writeAnnex( AcvScratch &scratch )
{
  QString text = u8( "Huyện;Mã xã;Tên xã;Dân số;Số người dùng ĐTTM;Số lượt cài đặt\n" );
  for ( const OldCommune &c : oldCommunes() )
    text += QStringLiteral( "%1;%2;%3;%4;%5;%6\n" ).arg( c.district, c.code, c.name ).arg( c.population() ).arg( c.smartphones() ).arg( c.installs() );
  return scratch.write( QStringLiteral( "old_communes.csv" ), text.toUtf8() );
}

//! One row of the crosswalk.
struct Link
{
  QString oldCode;
  QString oldName;
  QString oldDistrict;
  QString newCode;
  QString newName;
  bool partial = false;
};

QVector<Link> links()
{
  QVector<Link> all;
  const QVector<QStringList> rows = csvRows( crosswalk() );
  for ( int r = 1; r < rows.size(); ++r )
  {
    const QStringList &row = rows.at( r );
    all.append( { row.at( 4 ), row.at( 5 ), row.at( 3 ), row.at( 6 ), row.at( 7 ), row.at( 8 ) == QLatin1String( "partial" ) } );
  }
  return all;
}

//! A new commune's polygon, by its GSO code.
QgsGeometry newCommune( const QString &code )
{
  QgsVectorLayer layer( newCommunes() + QStringLiteral( "|layername=" ) + kNewLayer, QStringLiteral( "new" ), QStringLiteral( "ogr" ) );
  QgsFeature feature;
  layer.getFeatures( QgsFeatureRequest().setFilterExpression( QStringLiteral( "code = '%1'" ).arg( code ) ) ).nextFeature( feature );
  EXPECT_FALSE( feature.geometry().isNull() ) << code.toStdString();
  return feature.geometry();
}

double ellipsoidalKm2( const QgsGeometry &geometry )
{
  QgsDistanceArea measure;
  measure.setSourceCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ), QgsCoordinateTransformContext() );
  measure.setEllipsoid( QStringLiteral( "WGS84" ) );
  return measure.measureArea( geometry ) / 1e6;
}

/**
 * A split old commune as the test draws it: its new communes in the crosswalk's order, each cut
 * by the box, and the old polygon the union of those pieces. The new communes tile the province
 * (no overlap), so each takes exactly its piece of the old one.
 */
struct DrawnSplit
{
  QString code;
  QString label; //!< "Xã Canh Liên (Huyện Vân Canh)", as the crosswalk writes it
  QString name;
  QString district;
  QStringList newCodes;
  QStringList newNames;
  QgsRectangle box;
  QgsGeometry geometry;
  QVector<double> pieceKm2;
  QVector<double> shares() const
  {
    const double total = std::accumulate( pieceKm2.cbegin(), pieceKm2.cend(), 0.0 );
    QVector<double> result;
    for ( const double km2 : pieceKm2 )
      result.append( km2 / total );
    return result;
  }
};

/**
 * The 4 split old communes, drawn around their new communes' common borders. Boxes were chosen
 * so that every new commune takes a piece of a few percent at least and no two old communes
 * overlap. Xã Kim Sơn touches neither Xã An Toàn nor Xã An Hoà, so Xã Ân Nghĩa is two polygons.
 */
QVector<DrawnSplit> drawSplits()
{
  const QMap<QString, QgsRectangle> boxes{
      { QStringLiteral( "21634" ), QgsRectangle( 108.70, 14.515, 108.84, 14.58 ) },  // Xã An Nghĩa (An Lão)
      { QStringLiteral( "21727" ), QgsRectangle( 108.74, 14.33, 108.90, 14.515 ) },  // Xã Ân Nghĩa (Hoài Ân)
      { QStringLiteral( "22000" ), QgsRectangle( 109.00, 13.58, 109.08, 13.66 ) },   // Xã Canh Hiệp (Vân Canh)
      { QStringLiteral( "21997" ), QgsRectangle( 108.91, 13.70, 108.98, 13.80 ) } }; // Xã Canh Liên (Vân Canh)
  QVector<DrawnSplit> splits;
  for ( const Link &link : links() )
  {
    if ( !link.partial )
      continue;
    auto it = std::find_if( splits.begin(), splits.end(), [&link]( const DrawnSplit &s )
                            { return s.code == link.oldCode; } );
    if ( it == splits.end() )
    {
      splits.append( DrawnSplit() );
      it = splits.end() - 1;
      it->code = link.oldCode;
      it->name = link.oldName;
      it->district = link.oldDistrict;
      it->label = QStringLiteral( "%1 (%2)" ).arg( link.oldName, link.oldDistrict );
      it->box = boxes.value( link.oldCode );
    }
    it->newCodes.append( link.newCode );
    it->newNames.append( link.newName );
  }
  for ( DrawnSplit &split : splits )
  {
    EXPECT_FALSE( split.box.isEmpty() ) << split.label.toStdString();
    QVector<QgsGeometry> pieces;
    for ( const QString &code : std::as_const( split.newCodes ) )
    {
      QgsGeometry piece = newCommune( code ).intersection( QgsGeometry::fromRect( split.box ) );
      piece.convertGeometryCollectionToSubclass( QgsWkbTypes::PolygonGeometry );
      split.pieceKm2.append( ellipsoidalKm2( piece ) );
      // The premise: the old commune really overlaps each of its new communes.
      EXPECT_GT( split.pieceKm2.constLast(), 1.0 ) << split.label.toStdString() << " / " << code.toStdString();
      pieces.append( piece );
    }
    split.geometry = QgsGeometry::unaryUnion( pieces );
    split.geometry.convertToMultiType();
  }
  return splits;
}

//! The old boundaries as a GeoPackage: the drawn communes, keyed and named as the crosswalk writes them.
QString writeOldBoundaries( AcvScratch &scratch, const QString &name, const QVector<DrawnSplit> &splits, bool withCodes = true )
{
  QgsFields fields;
  if ( withCodes )
    fields.append( QgsField( QStringLiteral( "old_commune_code" ), AcvFieldTypes::String ) );
  fields.append( QgsField( QStringLiteral( "old_commune" ), AcvFieldTypes::String ) );
  fields.append( QgsField( QStringLiteral( "old_district" ), AcvFieldTypes::String ) );
  const QString path = scratch.path( name );
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  options.layerName = QStringLiteral( "old_communes" );
  std::unique_ptr<QgsVectorFileWriter> writer( QgsVectorFileWriter::create( path, fields, QgsWkbTypes::MultiPolygon, QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ),
                                                                            QgsCoordinateTransformContext(), options ) );
  EXPECT_EQ( writer->hasError(), QgsVectorFileWriter::NoError ) << writer->errorMessage().toStdString();
  for ( const DrawnSplit &split : splits )
  {
    QgsFeature feature( fields );
    if ( withCodes )
      feature.setAttribute( QStringLiteral( "old_commune_code" ), split.code );
    feature.setAttribute( QStringLiteral( "old_commune" ), split.name );
    feature.setAttribute( QStringLiteral( "old_district" ), split.district );
    feature.setGeometry( split.geometry );
    EXPECT_TRUE( writer->addFeature( feature ) ) << split.label.toStdString();
  }
  writer.reset(); // closes the file
  return path;
}

/**
 * \a value in whole parts by \a shares, by the largest remainder: written out here rather than
 * taken from AcvUnitRemap, so the test checks the rounding as well as the shares.
 */
QVector<qlonglong> wholeParts( qlonglong value, const QVector<double> &shares )
{
  QVector<qlonglong> parts;
  QVector<std::pair<double, int>> rests;
  qlonglong given = 0;
  for ( int k = 0; k < shares.size(); ++k )
  {
    const double exact = static_cast<double>( value ) * shares.at( k );
    parts.append( static_cast<qlonglong>( std::floor( exact ) ) );
    rests.append( { exact - std::floor( exact ), k } );
    given += parts.constLast();
  }
  std::stable_sort( rests.begin(), rests.end(), []( const auto &a, const auto &b )
                    { return a.first > b.first; } );
  for ( int i = 0; given < value; ++i, ++given )
    parts[rests.at( i ).second] += 1;
  return parts;
}

struct Figures
{
  qlonglong installs = 0;
  qlonglong smartphones = 0;
  qlonglong population = 0;
};

//! Per new commune code, the sums of its old communes, the split ones divided by \a splits' shares.
QMap<QString, Figures> expectedFigures( const QVector<DrawnSplit> &splits )
{
  QMap<QString, OldCommune> oldByCode;
  for ( const OldCommune &c : oldCommunes() )
    oldByCode.insert( c.code, c );
  QMap<QString, Figures> expected;
  for ( const Link &link : links() )
  {
    const OldCommune &old = oldByCode[link.oldCode];
    Figures &sum = expected[link.newCode];
    if ( !link.partial )
    {
      sum.installs += old.installs();
      sum.smartphones += old.smartphones();
      sum.population += old.population();
      continue;
    }
    const auto split = std::find_if( splits.cbegin(), splits.cend(), [&link]( const DrawnSplit &s )
                                     { return s.code == link.oldCode; } );
    const int k = static_cast<int>( split->newCodes.indexOf( link.newCode ) );
    sum.installs += wholeParts( old.installs(), split->shares() ).at( k );
    sum.smartphones += wholeParts( old.smartphones(), split->shares() ).at( k );
    sum.population += wholeParts( old.population(), split->shares() ).at( k );
  }
  return expected;
}

QJsonObject readJson( const QString &path )
{
  QFile file( path );
  file.open( QIODevice::ReadOnly );
  return QJsonDocument::fromJson( file.readAll() ).object();
}

/**
 * The one disagreement between the real crosswalk and the real layer: the crosswalk codes the new
 * Xã Ia Mơ 23737, the layer 23938 (the old Ia Mơ's code). The analyst's mapping file pairs them,
 * as it would in practice.
 */
const QString kIaMoCrosswalk = QStringLiteral( "23737" );
const QString kIaMoLayer = QStringLiteral( "23938" );

QStringList runArguments( AcvScratch &scratch, const QString &joined )
{
  const QString mapping = scratch.write( QStringLiteral( "mapping.csv" ), QStringLiteral( "statistics,boundary\n%1,%2\n" ).arg( kIaMoCrosswalk, kIaMoLayer ).toUtf8() );
  return { QStringLiteral( "--boundaries" ), newCommunes(), QStringLiteral( "--stats" ), writeAnnex( scratch ), QStringLiteral( "--crosswalk" ), crosswalk(),
           QStringLiteral( "--mapping" ), mapping, QStringLiteral( "--joined" ), joined };
}

//! Every new commune of \a joined carries the sums of its old communes, and the totals are the annex's.
void expectApportionedFigures( const QString &joined, const QVector<DrawnSplit> &splits )
{
  const QMap<QString, Figures> expected = expectedFigures( splits );
  ASSERT_EQ( expected.size(), 135 );
  Figures joinedTotal;
  int checked = 0;
  for ( const AcvReadFeature &f : acvReadFeatures( joined ) )
  {
    const QString layerCode = f.attributes.value( QStringLiteral( "code" ) ).toString();
    const QString code = layerCode == kIaMoLayer ? kIaMoCrosswalk : layerCode;
    const std::string where = ( f.attributes.value( QStringLiteral( "full_name" ) ).toString() + QStringLiteral( " " ) + code ).toStdString();
    ASSERT_TRUE( expected.contains( code ) ) << where;
    const Figures &e = expected[code];
    EXPECT_EQ( f.attributes.value( QStringLiteral( "installs" ) ).toLongLong(), e.installs ) << where;
    EXPECT_EQ( f.attributes.value( QStringLiteral( "smartphones" ) ).toLongLong(), e.smartphones ) << where;
    EXPECT_EQ( f.attributes.value( QStringLiteral( "population" ) ).toLongLong(), e.population ) << where;
    joinedTotal.installs += f.attributes.value( QStringLiteral( "installs" ) ).toLongLong();
    joinedTotal.smartphones += f.attributes.value( QStringLiteral( "smartphones" ) ).toLongLong();
    joinedTotal.population += f.attributes.value( QStringLiteral( "population" ) ).toLongLong();
    ++checked;
  }
  EXPECT_EQ( checked, 135 );
  // Nothing lost or made up in the split rows: the joined layer adds up to the annex, to the person.
  Figures annexTotal;
  for ( const OldCommune &c : oldCommunes() )
  {
    annexTotal.installs += c.installs();
    annexTotal.smartphones += c.smartphones();
    annexTotal.population += c.population();
  }
  EXPECT_EQ( joinedTotal.installs, annexTotal.installs );
  EXPECT_EQ( joinedTotal.smartphones, annexTotal.smartphones );
  EXPECT_EQ( joinedTotal.population, annexTotal.population );
}

//! "Xã An Nghĩa (Huyện An Lão) → Xã An Toàn 55.5 %, Xã An Hòa 44.5 %; …", from the test's own areas.
QString expectedSummary( const QVector<DrawnSplit> &splits )
{
  QStringList parts;
  for ( const DrawnSplit &split : splits )
  {
    QStringList shares;
    for ( int k = 0; k < split.newNames.size(); ++k )
      shares.append( QStringLiteral( "%1 %2 %" ).arg( split.newNames.at( k ) ).arg( 100 * split.shares().at( k ), 0, 'f', 1 ) );
    parts.append( QStringLiteral( "%1 → %2" ).arg( split.label, shares.join( QLatin1String( ", " ) ) ) );
  }
  return QStringLiteral( "Split units apportioned by area of overlap: " ) + parts.join( QLatin1String( "; " ) );
}
} // namespace

TEST( CoverageMapPartialArea, TheRealCrosswalkSplitsFourOldCommunesIntoNineParts )
{
  // The premise of the tests below.
  const QVector<DrawnSplit> splits = drawSplits();
  QStringList labels;
  int parts = 0;
  for ( const DrawnSplit &split : splits )
  {
    labels.append( split.label );
    parts += static_cast<int>( split.newCodes.size() );
  }
  EXPECT_EQ( labels, QStringList( { u8( "Xã An Nghĩa (Huyện An Lão)" ), u8( "Xã Ân Nghĩa (Huyện Hoài Ân)" ), u8( "Xã Canh Hiệp (Huyện Vân Canh)" ), u8( "Xã Canh Liên (Huyện Vân Canh)" ) } ) );
  EXPECT_EQ( parts, 9 );
  EXPECT_EQ( oldCommunes().size(), 373 );
}

TEST( CoverageMapPartialArea, SplitOldCommunesAreSharedOutByTheAreaEachNewCommuneTakes )
{
  AcvScratch scratch;
  const QVector<DrawnSplit> splits = drawSplits();
  const QString old = writeOldBoundaries( scratch, QStringLiteral( "old_communes.gpkg" ), splits );
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  const QString report = scratch.path( QStringLiteral( "join.json" ) );
  const AcvCommandResult run = acvRunCoverageMap( runArguments( scratch, joined )
                                                  << QStringLiteral( "--partial-by" ) << QStringLiteral( "area" ) << QStringLiteral( "--old-boundaries" ) << old
                                                  << QStringLiteral( "--join-report" ) << report );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString() << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "Old boundaries: %1, layer 'old_communes', key field 'old_commune_code' [detected] (by code), 4 features" ).arg( old ) ) ) << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( expectedSummary( splits ) ) ) << expectedSummary( splits ).toStdString() << "\n"
                                                               << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "Join: 135 of 135 boundaries matched 135 of 135 statistics rows (by code)" ) ) ) << run.out.toStdString();
  expectApportionedFigures( joined, splits );

  // The join report's remap section gives every part of a split commune its share, as measured here.
  const QJsonObject remap = readJson( report ).value( QStringLiteral( "remap" ) ).toObject();
  QMap<QString, OldCommune> oldByCode;
  for ( const OldCommune &c : oldCommunes() )
    oldByCode.insert( c.code, c );
  int partial = 0;
  for ( const QJsonValue &unit : remap.value( QStringLiteral( "units" ) ).toArray() )
  {
    const QString newCode = unit.toObject().value( QStringLiteral( "code" ) ).toString();
    for ( const QJsonValue &source : unit.toObject().value( QStringLiteral( "sources" ) ).toArray() )
    {
      const double share = source.toObject().value( QStringLiteral( "share" ) ).toDouble();
      if ( share >= 1.0 )
        continue;
      ++partial;
      const QString oldName = source.toObject().value( QStringLiteral( "name" ) ).toString();
      // The annex keys its rows by code, so the report names the old commune by its code.
      const auto split = std::find_if( splits.cbegin(), splits.cend(), [&]( const DrawnSplit &s )
                                       { return s.code == oldName || s.name == oldName; } );
      ASSERT_NE( split, splits.cend() ) << oldName.toStdString();
      const int k = static_cast<int>( split->newCodes.indexOf( newCode ) );
      ASSERT_GE( k, 0 ) << oldName.toStdString() << " -> " << newCode.toStdString();
      EXPECT_NEAR( share, split->shares().at( k ), 1e-6 ) << split->label.toStdString() << " -> " << newCode.toStdString();
      EXPECT_GT( share, 0.0 );
    }
  }
  EXPECT_EQ( partial, 9 );
}

TEST( CoverageMapPartialArea, OldBoundariesWithoutCodesAreFoundByNameWithinTheirDistricts )
{
  // Xã An Nghĩa (An Lão) and Xã Ân Nghĩa (Hoài Ân) differ only by a diacritic; the district
  // field keeps them apart, as the annex's parents do.
  AcvScratch scratch;
  const QVector<DrawnSplit> splits = drawSplits();
  const QString old = writeOldBoundaries( scratch, QStringLiteral( "old_names.gpkg" ), splits, false );
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  const AcvCommandResult run = acvRunCoverageMap( runArguments( scratch, joined )
                                                  << QStringLiteral( "--partial-by" ) << QStringLiteral( "area" ) << QStringLiteral( "--old-boundaries" ) << old );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString() << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "key field 'old_commune' [detected] (by name), parent field 'old_district' [detected]" ) ) ) << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( expectedSummary( splits ) ) ) << run.out.toStdString();
  expectApportionedFigures( joined, splits );
}

TEST( CoverageMapPartialArea, TheOldBoundaryKeyNamedIsUsedAndAWrongOneRefused )
{
  AcvScratch scratch;
  const QVector<DrawnSplit> splits = drawSplits();
  const QString old = writeOldBoundaries( scratch, QStringLiteral( "old_communes.gpkg" ), splits );
  // The name field, though the file has codes: matched by name within the districts.
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  const AcvCommandResult byName = acvRunCoverageMap( runArguments( scratch, joined ) << QStringLiteral( "--partial-by" ) << QStringLiteral( "area" ) << QStringLiteral( "--old-boundaries" ) << old
                                                                                     << QStringLiteral( "--old-boundary-key" ) << QStringLiteral( "old_commune" ) );
  ASSERT_EQ( byName.exitCode, 0 ) << byName.err.toStdString();
  EXPECT_TRUE( byName.out.contains( QStringLiteral( "key field 'old_commune' (by name), parent field 'old_district' [detected]" ) ) ) << byName.out.toStdString();
  expectApportionedFigures( joined, splits );

  const AcvCommandResult wrong = acvRunCoverageMap( runArguments( scratch, scratch.path( QStringLiteral( "wrong.gpkg" ) ) )
                                                    << QStringLiteral( "--partial-by" ) << QStringLiteral( "area" ) << QStringLiteral( "--old-boundaries" ) << old
                                                    << QStringLiteral( "--old-boundary-key" ) << QStringLiteral( "ma_xa" ) );
  EXPECT_NE( wrong.exitCode, 0 );
  EXPECT_TRUE( wrong.err.contains( QStringLiteral( "%1: layer 'old_communes' has no field 'ma_xa' (fields: " ).arg( old ) ) ) << wrong.err.toStdString();
}

TEST( CoverageMapPartialArea, AnOldCommuneDrawnTwiceIsRefusedNamingIt )
{
  AcvScratch scratch;
  QVector<DrawnSplit> splits = drawSplits();
  splits.append( splits.at( 1 ) ); // Xã Ân Nghĩa twice: which polygon is it?
  const QString old = writeOldBoundaries( scratch, QStringLiteral( "twice.gpkg" ), splits );
  const AcvCommandResult run = acvRunCoverageMap( runArguments( scratch, scratch.path( QStringLiteral( "joined.gpkg" ) ) )
                                                  << QStringLiteral( "--partial-by" ) << QStringLiteral( "area" ) << QStringLiteral( "--old-boundaries" ) << old );
  EXPECT_NE( run.exitCode, 0 ) << run.out.toStdString();
  EXPECT_TRUE( run.err.contains( old ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( u8( "Xã Ân Nghĩa (Huyện Hoài Ân) (crosswalk row 27) fits 2 features ('21727' and '21727')" ) ) ) << run.err.toStdString();
}

TEST( CoverageMapPartialArea, WithoutPartialByEverySplitCommuneIsNamed )
{
  AcvScratch scratch;
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  const AcvCommandResult run = acvRunCoverageMap( runArguments( scratch, joined ) );
  EXPECT_FALSE( run.crashed );
  EXPECT_NE( run.exitCode, 0 ) << run.out.toStdString();
  for ( const DrawnSplit &split : drawSplits() )
    EXPECT_TRUE( run.err.contains( split.label ) ) << split.label.toStdString() << "\n"
                                                   << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "--partial-by area" ) ) ) << run.err.toStdString();
  EXPECT_FALSE( QFile::exists( joined ) );
}

TEST( CoverageMapPartialArea, AnOldCommuneMissingFromTheOldBoundariesIsNamed )
{
  AcvScratch scratch;
  QVector<DrawnSplit> splits = drawSplits();
  const DrawnSplit missing = splits.takeAt( 2 ); // Xã Canh Hiệp
  const QString old = writeOldBoundaries( scratch, QStringLiteral( "three.gpkg" ), splits );
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  const AcvCommandResult run = acvRunCoverageMap( runArguments( scratch, joined )
                                                  << QStringLiteral( "--partial-by" ) << QStringLiteral( "area" ) << QStringLiteral( "--old-boundaries" ) << old );
  EXPECT_FALSE( run.crashed );
  EXPECT_NE( run.exitCode, 0 ) << run.out.toStdString();
  EXPECT_TRUE( run.err.contains( old ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( missing.label + QStringLiteral( " (crosswalk row 154) has no feature '22000'" ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "1 of the 4 split units" ) ) ) << run.err.toStdString();
  for ( const DrawnSplit &found : std::as_const( splits ) )
    EXPECT_FALSE( run.err.contains( found.label ) ) << found.label.toStdString() << "\n"
                                                    << run.err.toStdString();
  EXPECT_FALSE( QFile::exists( joined ) );
}

TEST( CoverageMapPartialArea, OldBoundariesElsewhereAreRefusedNamingTheCommune )
{
  // Xã Canh Liên drawn 90 km north of its new communes (over Xã An Nghĩa): a wrong file or CRS.
  AcvScratch scratch;
  QVector<DrawnSplit> splits = drawSplits();
  splits[3].geometry = splits.at( 0 ).geometry;
  const QString old = writeOldBoundaries( scratch, QStringLiteral( "misplaced.gpkg" ), splits );
  const AcvCommandResult run = acvRunCoverageMap( runArguments( scratch, scratch.path( QStringLiteral( "joined.gpkg" ) ) )
                                                  << QStringLiteral( "--partial-by" ) << QStringLiteral( "area" ) << QStringLiteral( "--old-boundaries" ) << old );
  EXPECT_NE( run.exitCode, 0 ) << run.out.toStdString();
  EXPECT_TRUE( run.err.contains( old ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( u8( "Xã Canh Liên (Huyện Vân Canh) lies in none of Xã Canh Liên, Xã Canh Vinh: are the old boundaries of the same place and CRS as the new ones? Nothing was joined." ) ) ) << run.err.toStdString();
}

TEST( CoverageMapPartialArea, AnOldCommunePartlyOutsideItsNewCommunesIsSharedOutWithANote )
{
  // Xã Canh Liên drawn with Xã Canh Hiệp's piece of Xã Vân Canh besides its own pieces: a third
  // of it lies in no new commune of its own. The shares stand (the extra piece touches neither
  // Xã Canh Liên nor Xã Canh Vinh), and the run says how much was left out.
  AcvScratch scratch;
  QVector<DrawnSplit> splits = drawSplits();
  DrawnSplit &canhLien = splits[3];
  ASSERT_EQ( canhLien.code, QStringLiteral( "21997" ) );
  const QgsGeometry vanCanhPiece = newCommune( QStringLiteral( "21994" ) ).intersection( QgsGeometry::fromRect( splits.at( 2 ).box ) );
  const double outside = ellipsoidalKm2( vanCanhPiece );
  const double inside = std::accumulate( canhLien.pieceKm2.cbegin(), canhLien.pieceKm2.cend(), 0.0 );
  canhLien.geometry = QgsGeometry::unaryUnion( { canhLien.geometry, vanCanhPiece } );
  canhLien.geometry.convertToMultiType();
  const QString old = writeOldBoundaries( scratch, QStringLiteral( "partly_outside.gpkg" ), splits );
  const QString joined = scratch.path( QStringLiteral( "joined.gpkg" ) );
  const AcvCommandResult run = acvRunCoverageMap( runArguments( scratch, joined )
                                                  << QStringLiteral( "--partial-by" ) << QStringLiteral( "area" ) << QStringLiteral( "--old-boundaries" ) << old );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString() << run.out.toStdString();
  const QString covered = QString::number( 100 * inside / ( inside + outside ), 'f', 0 );
  ASSERT_EQ( covered, QStringLiteral( "65" ) ); // between the 50 % refusal and the 90 % note
  EXPECT_TRUE( run.out.contains( u8( "  only %1 % of Xã Canh Liên (Huyện Vân Canh) lies in Xã Canh Liên, Xã Canh Vinh: its counts are shared out by the part that does" ).arg( covered ) ) ) << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( expectedSummary( splits ) ) ) << run.out.toStdString();
  expectApportionedFigures( joined, splits );
}

TEST( CoverageMapPartialArea, ANewCommuneMissingFromTheBoundariesIsNamedWithItsOldCommune )
{
  // The new boundaries without Xã Kim Sơn: the part of Xã Ân Nghĩa that went there has no polygon.
  AcvScratch scratch;
  QgsVectorLayer layer( newCommunes() + QStringLiteral( "|layername=" ) + kNewLayer, QStringLiteral( "new" ), QStringLiteral( "ogr" ) );
  layer.selectByExpression( QStringLiteral( "code <> '21727'" ) );
  const QString boundaries = scratch.path( QStringLiteral( "without_kim_son.gpkg" ) );
  QgsVectorFileWriter::SaveVectorOptions options;
  options.driverName = QStringLiteral( "GPKG" );
  options.layerName = kNewLayer;
  options.onlySelectedFeatures = true;
  QString writeError;
  ASSERT_EQ( QgsVectorFileWriter::writeAsVectorFormatV3( &layer, boundaries, QgsCoordinateTransformContext(), options, &writeError ), QgsVectorFileWriter::NoError ) << writeError.toStdString();

  const QString old = writeOldBoundaries( scratch, QStringLiteral( "old_communes.gpkg" ), drawSplits() );
  QStringList arguments = runArguments( scratch, scratch.path( QStringLiteral( "joined.gpkg" ) ) );
  arguments[1] = boundaries;
  const AcvCommandResult run = acvRunCoverageMap( arguments << QStringLiteral( "--partial-by" ) << QStringLiteral( "area" ) << QStringLiteral( "--old-boundaries" ) << old );
  EXPECT_NE( run.exitCode, 0 ) << run.out.toStdString();
  EXPECT_TRUE( run.err.contains( boundaries ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( u8( "Xã Kim Sơn (a part of Xã Ân Nghĩa (Huyện Hoài Ân)) has no feature '21727'" ) ) ) << run.err.toStdString();
}
