/***************************************************************************
  testcoveragemapcrosswalk.cpp - annexes of old units re-mapped onto the new ones (issue 17)
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
// The real coverage-map on the real reform files: the 2020 national annex (63 provinces) onto
// the 34 provinces of 1 July 2025; the 373 old communes of old Gia Lai and old Bình Định onto
// the 135 new communes of Gia Lai, split communes divided by shares the test gives them; and old
// Gia Lai's 222 communes summed into its 17 districts (--aggregate-by). Every expected figure is
// computed here from the input files (the annexes and the crosswalks, read by plain string
// handling), never copied from the program's output. The commune figures are illustrative,
// invented from each old commune's code; the national annex is the project's own.

#include "acve2eutils.h"
#include "acvtestannexes.h"
#include "acvtestworkbooks.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

using acvtest::digitsOnly;
using acvtest::vietnamese;

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

//! A text file's lines, without its byte order mark and carriage returns.
QStringList fileLines( const QString &path )
{
  QFile file( path );
  EXPECT_TRUE( file.open( QIODevice::ReadOnly ) ) << path.toStdString();
  QString text = QString::fromUtf8( file.readAll() );
  if ( text.startsWith( QChar( 0xFEFF ) ) )
    text.remove( 0, 1 );
  QStringList lines = text.split( QLatin1Char( '\n' ) );
  for ( QString &line : lines )
  {
    if ( line.endsWith( QLatin1Char( '\r' ) ) )
      line.chop( 1 );
  }
  return lines;
}

//! One row of a CSV of plain cells (no quotes in these files), by header, with its line number.
struct CsvRow
{
  int line = 0;
  QHash<QString, QString> cells;
  QString operator[]( const char *header ) const { return cells.value( u8( header ) ).trimmed(); }
};

QVector<CsvRow> readCsv( const QString &path, QChar separator, const QString &headerStart = QString() )
{
  const QStringList lines = fileLines( path );
  int header = 0;
  while ( !headerStart.isEmpty() && header < lines.size() && !lines.at( header ).startsWith( headerStart ) )
    ++header;
  const QStringList headers = lines.value( header ).split( separator );
  QVector<CsvRow> rows;
  for ( int i = header + 1; i < lines.size(); ++i )
  {
    if ( lines.at( i ).trimmed().isEmpty() )
      continue;
    const QStringList cells = lines.at( i ).split( separator );
    CsvRow row;
    row.line = i + 1;
    for ( int c = 0; c < headers.size(); ++c )
      row.cells.insert( headers.at( c ).trimmed(), cells.value( c ) );
    rows.append( row );
  }
  return rows;
}

//! A name compared without its diacritics, case and spacing: "Huyện Đăk Đoa" is "Huyện Đắk Đoa".
QString folded( const QString &name )
{
  return acvWithoutDiacritics( name ).toLower().simplified();
}

struct Figures
{
  qint64 installs = 0;
  qint64 smartphones = 0;
  qint64 population = 0;
  Figures &operator+=( const Figures &other )
  {
    installs += other.installs;
    smartphones += other.smartphones;
    population += other.population;
    return *this;
  }
  bool operator==( const Figures &other ) const { return installs == other.installs && smartphones == other.smartphones && population == other.population; }
};

std::ostream &operator<<( std::ostream &out, const Figures &f )
{
  return out << "installs " << f.installs << ", smartphones " << f.smartphones << ", population " << f.population;
}

//! The figures of a feature read back, or of a join report's "figures" object; nullopt when any is NULL.
std::optional<Figures> featureFigures( const AcvReadFeature &feature )
{
  const QVariant installs = feature.attributes.value( QStringLiteral( "installs" ) );
  const QVariant smartphones = feature.attributes.value( QStringLiteral( "smartphones" ) );
  const QVariant population = feature.attributes.value( QStringLiteral( "population" ) );
  if ( !installs.isValid() || !smartphones.isValid() || !population.isValid() )
    return std::nullopt;
  return Figures{ installs.toLongLong(), smartphones.toLongLong(), population.toLongLong() };
}

Figures jsonFigures( const QJsonObject &object )
{
  return Figures{ static_cast<qint64>( object.value( QStringLiteral( "installs" ) ).toDouble( -1 ) ), static_cast<qint64>( object.value( QStringLiteral( "smartphones" ) ).toDouble( -1 ) ),
                  static_cast<qint64>( object.value( QStringLiteral( "population" ) ).toDouble( -1 ) ) };
}

//! No output of a refused run: neither the layer, nor the join report, nor the PDF.
void expectNoOutputs( const AcvScratch &scratch )
{
  for ( const QString &name : { QStringLiteral( "joined.gpkg" ), QStringLiteral( "report.json" ), QStringLiteral( "report.pdf" ) } )
    EXPECT_FALSE( QFile::exists( scratch.path( name ) ) ) << name.toStdString();
  for ( const QString &file : acvFolderFiles( scratch.dir() ) )
    EXPECT_FALSE( file.startsWith( QLatin1Char( '.' ) ) ) << "left behind: " << file.toStdString();
}

QStringList outputArguments( const AcvScratch &scratch )
{
  return { QStringLiteral( "--joined" ), scratch.path( QStringLiteral( "joined.gpkg" ) ), QStringLiteral( "--join-report" ), scratch.path( QStringLiteral( "report.json" ) ) };
}

// ---------------------------------------------------------------------------------------------
// The old communes of old Gia Lai and old Bình Định and the crosswalk onto the new Gia Lai.

//! One link of gia_lai_2025_crosswalk.csv, with the share the test gives it (in percent).
struct Link
{
  int row = 0; //!< its line in the crosswalk
  QString oldProvince, oldDistrict, oldCode, oldName, newCode, newName;
  bool partial = false;
  int percent = 100;
  QString shareText; //!< as the test writes it into the share column: "0,4", "50 %"
  QString oldLabel() const { return QStringLiteral( "%1 (%2)" ).arg( oldName, oldDistrict ); }
};

/**
 * The shipped crosswalk's links, each split commune's links given shares: two links 40/60,
 * 25/75 or 70/30 written Vietnamese style ("0,4"), three links 50/30/20 written as percentages.
 */
QVector<Link> crosswalkLinks()
{
  QVector<Link> links;
  for ( const CsvRow &row : readCsv( acvSharedGeodata( QStringLiteral( "gia_lai_2025_crosswalk.csv" ) ), QLatin1Char( ',' ) ) )
    links.append( { row.line, row["old_province"], row["old_district"], row["old_commune_code"], row["old_commune"], row["new_commune_code"], row["new_commune"], row["link"] == QLatin1String( "partial" ), 100, QString() } );
  QStringList splitOrder;
  QHash<QString, QVector<int>> linksOfOld;
  for ( int l = 0; l < links.size(); ++l )
  {
    if ( !links.at( l ).partial )
      continue;
    if ( !linksOfOld.contains( links.at( l ).oldCode ) )
      splitOrder.append( links.at( l ).oldCode );
    linksOfOld[links.at( l ).oldCode].append( l );
  }
  const QVector<QVector<int>> twoWays = { { 40, 60 }, { 25, 75 }, { 70, 30 } };
  int two = 0;
  for ( const QString &old : std::as_const( splitOrder ) )
  {
    const QVector<int> &ofOld = linksOfOld.value( old );
    EXPECT_TRUE( ofOld.size() == 2 || ofOld.size() == 3 ) << old.toStdString();
    const QVector<int> percents = ofOld.size() == 3 ? QVector<int>{ 50, 30, 20 } : twoWays.at( two++ % twoWays.size() );
    for ( int k = 0; k < ofOld.size() && k < percents.size(); ++k )
    {
      Link &link = links[ofOld.at( k )];
      link.percent = percents.at( k );
      link.shareText = ofOld.size() == 3 ? QStringLiteral( "%1 %" ).arg( link.percent ) : QString::number( link.percent / 100.0 ).replace( QLatin1Char( '.' ), QLatin1Char( ',' ) );
    }
  }
  EXPECT_EQ( links.size(), 378 );
  return links;
}

//! The shipped crosswalk, copied line by line with a share column added (quoted: "0,4" has a comma).
QString writeCrosswalk( AcvScratch &scratch, const QVector<Link> &links, const QString &name = QStringLiteral( "crosswalk.csv" ) )
{
  const QStringList lines = fileLines( acvSharedGeodata( QStringLiteral( "gia_lai_2025_crosswalk.csv" ) ) );
  QHash<int, QString> shareOfLine;
  for ( const Link &link : links )
    shareOfLine.insert( link.row, link.shareText );
  QString text = lines.constFirst() + QStringLiteral( ",share\n" );
  for ( int i = 1; i < lines.size(); ++i )
  {
    if ( lines.at( i ).isEmpty() )
      continue;
    const QString share = shareOfLine.value( i + 1 );
    text += lines.at( i ) + QLatin1Char( ',' ) + ( share.isEmpty() ? QString() : QLatin1Char( '"' ) + share + QLatin1Char( '"' ) ) + QLatin1Char( '\n' );
  }
  return scratch.write( name, text.toUtf8() );
}

/**
 * \a value divided in whole persons by \a percents (adding up to 100): each part its floor, and
 * the persons left over one each to the largest remainders. \a tied is set when the last person
 * given and the first not given had equal remainders: then the parts depend on how a tie is
 * broken, which the test's figures avoid.
 */
QVector<qint64> apportioned( qint64 value, const QVector<int> &percents, bool &tied )
{
  QVector<qint64> parts;
  QVector<qint64> rests;
  qint64 given = 0;
  for ( const int p : percents )
  {
    parts.append( value * p / 100 );
    rests.append( value * p % 100 );
    given += parts.constLast();
  }
  QVector<int> order( percents.size() );
  std::iota( order.begin(), order.end(), 0 );
  std::stable_sort( order.begin(), order.end(), [&rests]( int a, int b )
                    { return rests.at( a ) > rests.at( b ); } );
  const qint64 extra = value - given;
  for ( int k = 0; k < extra; ++k )
    parts[order.at( k )] += 1;
  tied = extra > 0 && extra < order.size() && rests.at( order.at( extra - 1 ) ) == rests.at( order.at( extra ) );
  return parts;
}

//! An old commune of the list of 01/03/2025, with illustrative figures invented from its code.
struct OldCommune
{
  QString province;
  QString district;
  QString code;
  QString name;
  Figures figures;
  int annexRow = 0; //!< its row in the annex the test writes
};

/**
 * The old communes with their figures; a split commune's figures are raised by a person or two
 * where dividing them by the test's shares would tie on a remainder, so the expected parts hold
 * however the program breaks a tie.
 */
QVector<OldCommune> oldCommunes()
{
  QHash<QString, QVector<int>> percentsOfOld;
  for ( const Link &link : crosswalkLinks() )
  {
    if ( link.partial )
      percentsOfOld[link.oldCode].append( link.percent );
  }
  const auto untied = [&percentsOfOld]( const QString &code, qint64 value )
  {
    bool tied = percentsOfOld.contains( code );
    while ( tied )
    {
      apportioned( value, percentsOfOld.value( code ), tied );
      value += tied ? 1 : 0;
    }
    return value;
  };
  QVector<OldCommune> communes;
  for ( const CsvRow &row : readCsv( acvSharedGeodata( QStringLiteral( "gia_lai_old_communes_2025-03.csv" ) ), QLatin1Char( ',' ) ) )
  {
    const qint64 c = row["commune_code"].toLongLong();
    Figures f;
    f.population = 2000 + ( c * 7919 ) % 23000;
    f.smartphones = f.population * ( 35 + c % 20 ) / 100;
    f.installs = f.smartphones * ( 10 + c % 45 ) / 100;
    f.population = untied( row["commune_code"], f.population );
    f.smartphones = untied( row["commune_code"], f.smartphones );
    f.installs = untied( row["commune_code"], f.installs );
    communes.append( { row["province"], row["district"], row["commune_code"], row["commune"], f } );
  }
  EXPECT_EQ( communes.size(), 373 );
  return communes;
}

//! What each new commune should receive from an annex of \a annex's old communes.
struct NewCommune
{
  QString code;
  QString name;
  Figures figures;
  QStringList oldCodes;       //!< all its old communes, from the crosswalk
  QStringList missing;        //!< those not in the annex
  QSet<QString> oldProvinces; //!< the old provinces they were in
  bool complete() const { return missing.isEmpty(); }
  bool inAnnex = false; //!< some old commune of it is in the annex
};

QMap<QString, NewCommune> expectedNewCommunes( const QVector<OldCommune> &annex, const QVector<Link> &links )
{
  QHash<QString, const OldCommune *> byCode;
  for ( const OldCommune &c : annex )
    byCode.insert( c.code, &c );
  QHash<QString, QVector<int>> linksOfOld;
  for ( int l = 0; l < links.size(); ++l )
    linksOfOld[links.at( l ).oldCode].append( l );
  QMap<QString, NewCommune> units;
  for ( const Link &link : links )
  {
    NewCommune &unit = units[link.newCode];
    unit.code = link.newCode;
    unit.name = link.newName;
    unit.oldCodes.append( link.oldCode );
    unit.oldProvinces.insert( link.oldProvince );
    if ( !byCode.contains( link.oldCode ) )
      unit.missing.append( link.oldCode );
    else
      unit.inAnnex = true;
  }
  for ( const OldCommune &c : annex )
  {
    const QVector<int> &ofOld = linksOfOld.value( c.code );
    QVector<int> percents;
    for ( const int l : ofOld )
      percents.append( links.at( l ).percent );
    bool tied[3] = { false, false, false };
    const QVector<qint64> installs = apportioned( c.figures.installs, percents, tied[0] );
    const QVector<qint64> smartphones = apportioned( c.figures.smartphones, percents, tied[1] );
    const QVector<qint64> population = apportioned( c.figures.population, percents, tied[2] );
    EXPECT_FALSE( tied[0] || tied[1] || tied[2] ) << "the test's figures for " << c.name.toStdString() << " tie on a remainder";
    for ( int k = 0; k < ofOld.size(); ++k )
      units[links.at( ofOld.at( k ) ).newCode].figures += Figures{ installs.at( k ), smartphones.at( k ), population.at( k ) };
  }
  return units;
}

Figures sumOf( const QVector<OldCommune> &annex )
{
  Figures total;
  for ( const OldCommune &c : annex )
    total += c.figures;
  return total;
}

/**
 * As acvSpelled(), but never without diacritics where that makes two communes of one district
 * alike (old Chư Prông has Xã Ia Băng and Xã Ia Bang): no typist can tell those apart.
 */
QString spelledApart( const OldCommune &commune, int variant, const QVector<OldCommune> &communes )
{
  if ( variant % 5 == 3 )
  {
    for ( const OldCommune &other : communes )
    {
      if ( other.code != commune.code && other.district == commune.district && folded( other.name ) == folded( commune.name ) )
        return commune.name;
    }
  }
  return acvSpelled( commune.name, variant );
}

enum class Layout
{
  Csv,  //!< the district on every row, numbers typed "12.345"
  Xlsx, //!< the district merged down its communes, numbers as numbers
};

/**
 * An annex of \a communes as officials write one: a title, the district (spelled per district:
 * "H. An Lão", "Huyen Hoai An"), with or without the commune's code ("Mã xã"), the commune's
 * name (spelled per row: "X. Ia O", no diacritics, NFD), and its three figures. Sets each
 * commune's annexRow. A figure below zero is left blank. \a extraRows, for the refusals, are
 * appended as written.
 */
QString writeCommuneAnnex( AcvScratch &scratch, QVector<OldCommune> &communes, bool withCodes, Layout layout, const QString &name, const QVector<QStringList> &extraRows = {} )
{
  QStringList header = { QStringLiteral( "STT" ), u8( "Huyện" ) };
  if ( withCodes )
    header << u8( "Mã xã" );
  header << u8( "Tên xã" ) << u8( "Dân số" ) << u8( "Số người dùng ĐTTM" ) << u8( "Số lượt cài đặt" );
  const QString title = u8( "SỐ LIỆU CÀI ĐẶT BLUEZONE CẤP XÃ - GIA LAI VÀ BÌNH ĐỊNH CŨ (minh họa)" );

  QVector<AcvTestRow> rows = { { acvText( title ) }, {} };
  for ( const QString &h : std::as_const( header ) )
    rows.last().append( acvText( h ) );
  QVector<AcvTestMerge> merges;
  QString text = title + QLatin1Char( '\n' ) + header.join( QLatin1Char( ';' ) ) + QLatin1Char( '\n' );
  QStringList districts;
  int blockStart = -1;
  for ( int i = 0; i < communes.size(); ++i )
  {
    OldCommune &c = communes[i];
    if ( !districts.contains( c.district ) )
      districts.append( c.district );
    const QString district = acvSpelled( c.district, static_cast<int>( districts.indexOf( c.district ) ) );
    const bool first = i == 0 || communes.at( i - 1 ).district != c.district;
    const QString commune = spelledApart( c, i, communes );
    c.annexRow = static_cast<int>( rows.size() ) + 1; // the same in the CSV (title, header) and the sheet
    QStringList cells = { QString::number( i + 1 ), district };
    AcvTestRow row = { acvNumber( i + 1 ), acvText( first ? district : QString() ) };
    if ( withCodes )
    {
      cells << c.code;
      row << acvText( c.code );
    }
    // A figure below zero is a cell left blank.
    const auto typed = []( qint64 value )
    { return value < 0 ? QString() : vietnamese( value ); };
    const auto cell = []( qint64 value )
    { return value < 0 ? AcvTestCell() : acvNumber( value, QStringLiteral( "#,##0" ) ); };
    cells << commune << typed( c.figures.population ) << typed( c.figures.smartphones ) << typed( c.figures.installs );
    row << acvText( commune ) << cell( c.figures.population ) << cell( c.figures.smartphones ) << cell( c.figures.installs );
    if ( first && blockStart >= 0 && static_cast<int>( rows.size() ) - 1 > blockStart )
      merges.append( { blockStart, 1, static_cast<int>( rows.size() ) - 1, 1, rows.at( blockStart ).at( 1 ).text } );
    if ( first )
      blockStart = static_cast<int>( rows.size() );
    rows.append( row );
    text += cells.join( QLatin1Char( ';' ) ) + QLatin1Char( '\n' );
  }
  if ( static_cast<int>( rows.size() ) - 1 > blockStart )
    merges.append( { blockStart, 1, static_cast<int>( rows.size() ) - 1, 1, rows.at( blockStart ).at( 1 ).text } );
  for ( const QStringList &extra : extraRows )
  {
    AcvTestRow row;
    for ( const QString &cell : extra )
      row.append( acvText( cell ) );
    rows.append( row );
    text += extra.join( QLatin1Char( ';' ) ) + QLatin1Char( '\n' );
  }
  if ( layout == Layout::Csv )
    return scratch.write( name, text.toUtf8() );
  const QString path = scratch.path( name );
  EXPECT_TRUE( acvWriteXlsx( path, u8( "Xã" ), rows, merges ) );
  return path;
}

QStringList communeArguments( const QString &annex, const QString &crosswalk, const AcvScratch &scratch )
{
  return QStringList{ QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_2025_communes.gpkg" ) ), QStringLiteral( "--stats" ), annex, QStringLiteral( "--crosswalk" ), crosswalk } + outputArguments( scratch );
}

/**
 * The new units keyed by their names (--crosswalk-column new-code=none) rather than their codes:
 * the shipped crosswalk's code for the new Xã Ia Mơ (23737) is not the boundary layer's (23938).
 */
QStringList byNewNames()
{
  return { QStringLiteral( "--crosswalk-column" ), QStringLiteral( "new-code=none" ) };
}

//! The new communes of the boundary layer, each paired with the crosswalk's new code by its name.
QMap<QString, AcvReadFeature> newCommuneFeatures( const QString &joined, const QVector<Link> &links )
{
  QHash<QString, QString> codeOfName;
  for ( const Link &link : links )
  {
    const QString key = folded( link.newName );
    EXPECT_TRUE( !codeOfName.contains( key ) || codeOfName.value( key ) == link.newCode ) << "two new communes fold to " << key.toStdString();
    codeOfName.insert( key, link.newCode );
  }
  QMap<QString, AcvReadFeature> features;
  for ( const AcvReadFeature &f : acvReadFeatures( joined, QStringLiteral( "coverage" ) ) )
  {
    const QString name = f.attributes.value( QStringLiteral( "full_name" ) ).toString();
    const QString code = codeOfName.value( folded( name ) );
    EXPECT_FALSE( code.isEmpty() ) << "no new commune of the crosswalk is named " << name.toStdString();
    EXPECT_FALSE( features.contains( code ) ) << name.toStdString();
    features.insert( code, f );
  }
  return features;
}

//! The join report's split rows: every part a whole number of persons, the parts adding up to the row.
void expectSplitRowsAddUp( const QJsonObject &remap, const QVector<OldCommune> &annex, const QVector<Link> &links )
{
  QHash<int, const OldCommune *> byRow;
  for ( const OldCommune &c : annex )
    byRow.insert( c.annexRow, &c );
  QHash<QString, QVector<int>> percentsOfOld;
  for ( const Link &link : links )
  {
    if ( link.partial )
      percentsOfOld[link.oldCode].append( link.percent );
  }
  QMap<int, Figures> partsOfRow;
  QMap<int, int> countOfRow;
  for ( const QJsonValue &unit : remap.value( QStringLiteral( "units" ) ).toArray() )
  {
    for ( const QJsonValue &value : unit.toObject().value( QStringLiteral( "sources" ) ).toArray() )
    {
      const QJsonObject source = value.toObject();
      if ( source.value( QStringLiteral( "share" ) ).toDouble() >= 1.0 )
        continue;
      const int row = source.value( QStringLiteral( "row" ) ).toInt();
      const QJsonObject figures = source.value( QStringLiteral( "figures" ) ).toObject();
      for ( const QString &key : { QStringLiteral( "installs" ), QStringLiteral( "smartphones" ), QStringLiteral( "population" ) } )
        EXPECT_EQ( figures.value( key ).toDouble(), std::round( figures.value( key ).toDouble() ) ) << "row " << row << " " << key.toStdString() << " is no whole number of persons";
      partsOfRow[row] += jsonFigures( figures );
      countOfRow[row] += 1;
    }
  }
  // The split communes the annex has, and nothing else, were divided.
  QSet<int> splitRows;
  for ( const OldCommune &c : annex )
  {
    if ( percentsOfOld.contains( c.code ) )
      splitRows.insert( c.annexRow );
  }
  EXPECT_EQ( QSet<int>( partsOfRow.keyBegin(), partsOfRow.keyEnd() ), splitRows );
  for ( auto it = partsOfRow.cbegin(); it != partsOfRow.cend(); ++it )
  {
    const OldCommune *c = byRow.value( it.key() );
    ASSERT_NE( c, nullptr ) << "row " << it.key();
    SCOPED_TRACE( c->name.toStdString() );
    EXPECT_EQ( countOfRow.value( it.key() ), percentsOfOld.value( c->code ).size() );
    EXPECT_EQ( it.value(), c->figures ) << "the parts of row " << it.key() << " do not add up to it";
  }
}

// ---------------------------------------------------------------------------------------------
// Old Gia Lai's 222 communes (the boundary layer before 2025), for --aggregate-by.

struct LayerCommune
{
  qint64 id = 0;
  QString district;
  QString name;
  Figures figures;
};

//! The communes of gia_lai_communes.geojson grouped by district, with illustrative figures from their ids.
QVector<LayerCommune> layerCommunes()
{
  QVector<LayerCommune> communes;
  QStringList districts;
  for ( const AcvReadFeature &f : acvReadFeatures( acvSharedGeodata( QStringLiteral( "gia_lai_communes.geojson" ) ) ) )
  {
    const qint64 id = f.attributes.value( QStringLiteral( "commune_id" ) ).toLongLong();
    Figures figures;
    figures.population = 1500 + ( id * 613 ) % 9000;
    figures.smartphones = figures.population * ( 40 + id % 15 ) / 100;
    figures.installs = figures.smartphones * ( 15 + id % 30 ) / 100;
    communes.append( { id, f.attributes.value( QStringLiteral( "district_vn" ) ).toString(), f.attributes.value( QStringLiteral( "commune_vn" ) ).toString(), figures } );
    if ( !districts.contains( communes.constLast().district ) )
      districts.append( communes.constLast().district );
  }
  std::stable_sort( communes.begin(), communes.end(), [&districts]( const LayerCommune &a, const LayerCommune &b )
                    { return districts.indexOf( a.district ) < districts.indexOf( b.district ); } );
  EXPECT_EQ( communes.size(), 222 );
  EXPECT_EQ( districts.size(), 17 );
  return communes;
}

} // namespace

// =============================================================================================
// 1. The national annex of 2020 onto the 34 provinces of 2025.

namespace
{
//! The project's national annex read by plain string handling, and what the 34 new provinces should get.
struct NationalAnnex
{
  QVector<CsvRow> provinces;     //!< the 63 numbered rows
  Figures nationalRow;           //!< what its "Toàn quốc" row says
  Figures total;                 //!< what its rows add up to
  QMap<QString, Figures> byCode; //!< per new province code, the sum of its old provinces
  int hueLine = 0;               //!< the line of old code 46
  int renamed = 0;               //!< rows named otherwise than the crosswalk, but for type words and marks
};

NationalAnnex nationalAnnex()
{
  // Two title rows, the header, 63 rows, "Toàn quốc", a note.
  NationalAnnex annex;
  for ( const CsvRow &row : readCsv( acvSourceGeodata( QStringLiteral( "vn_bluezone_2020-08-20.csv" ) ), QLatin1Char( ';' ), QStringLiteral( "STT;" ) ) )
  {
    bool numbered = false;
    row["STT"].toInt( &numbered );
    if ( numbered )
      annex.provinces.append( row );
    else if ( row["Tỉnh, thành phố"] == u8( "Toàn quốc" ) )
      annex.nationalRow = { digitsOnly( row["Số lượt cài đặt"] ), digitsOnly( row["Số người dùng ĐTTM"] ), digitsOnly( row["Dân số"] ) };
  }
  EXPECT_EQ( annex.provinces.size(), 63 );
  QHash<QString, QString> newOfOld;
  QHash<QString, QString> oldName;
  for ( const CsvRow &link : readCsv( acvSourceGeodata( QStringLiteral( "vn_provinces_2025_crosswalk.csv" ) ), QLatin1Char( ',' ) ) )
  {
    newOfOld.insert( link["old_province_code"], link["new_province_code"] );
    oldName.insert( link["old_province_code"], link["old_province"] );
  }
  EXPECT_EQ( newOfOld.size(), 63 );
  // A name that is the crosswalk's but for its type word or its marks ("TP. Hà Nội", "Hoà Bình") is no renaming.
  const auto bare = []( const QString &name )
  {
    QString n = folded( name );
    for ( const QString &type : { QStringLiteral( "thanh pho " ), QStringLiteral( "tinh " ), QStringLiteral( "tp. " ), QStringLiteral( "tp " ) } )
    {
      if ( n.startsWith( type ) )
        n = n.mid( type.size() );
    }
    return n.remove( QLatin1Char( ' ' ) ).remove( QLatin1Char( '-' ) );
  };
  for ( const CsvRow &row : std::as_const( annex.provinces ) )
  {
    EXPECT_TRUE( newOfOld.contains( row["Mã tỉnh"] ) ) << row["Mã tỉnh"].toStdString();
    const Figures f{ digitsOnly( row["Số lượt cài đặt"] ), digitsOnly( row["Số người dùng ĐTTM"] ), digitsOnly( row["Dân số"] ) };
    annex.byCode[newOfOld.value( row["Mã tỉnh"] )] += f;
    annex.total += f;
    if ( bare( row["Tỉnh, thành phố"] ) != bare( oldName.value( row["Mã tỉnh"] ) ) )
      ++annex.renamed;
    if ( row["Mã tỉnh"] == QLatin1String( "46" ) )
    {
      annex.hueLine = row.line;
      // The premise of the renaming checks: Huế is renamed, and the one province the annex names otherwise.
      EXPECT_EQ( row["Tỉnh, thành phố"], u8( "Thừa Thiên - Huế" ) );
      EXPECT_EQ( oldName.value( row["Mã tỉnh"] ), u8( "Thành phố Huế" ) );
    }
  }
  EXPECT_EQ( annex.byCode.size(), 34 );
  EXPECT_EQ( annex.renamed, 1 );
  EXPECT_EQ( annex.total, annex.nationalRow ) << "the annex's own total row";
  return annex;
}

//! The joined provinces: each the sum of its old provinces; returns how many were checked.
int expectProvinceSums( const QString &joined, const NationalAnnex &annex )
{
  int checked = 0;
  Figures joinedTotal;
  for ( const AcvReadFeature &f : acvReadFeatures( joined, QStringLiteral( "coverage" ) ) )
  {
    const QString code = f.attributes.value( QStringLiteral( "code" ) ).toString();
    SCOPED_TRACE( f.attributes.value( QStringLiteral( "full_name" ) ).toString().toStdString() );
    EXPECT_TRUE( annex.byCode.contains( code ) ) << code.toStdString();
    const std::optional<Figures> figures = featureFigures( f );
    EXPECT_TRUE( figures.has_value() );
    if ( !figures )
      continue;
    EXPECT_EQ( *figures, annex.byCode.value( code ) );
    joinedTotal += *figures;
    ++checked;
  }
  EXPECT_EQ( joinedTotal, annex.total );
  return checked;
}

QStringList provinceArguments( const QString &annex )
{
  return { QStringLiteral( "--boundaries" ), acvSourceGeodata( QStringLiteral( "vn_provinces_2025.gpkg" ) ), QStringLiteral( "--stats" ), annex, QStringLiteral( "--crosswalk" ),
           acvSourceGeodata( QStringLiteral( "vn_provinces_2025_crosswalk.csv" ) ) };
}
} // namespace

TEST( CoverageMapCrosswalk, TheNationalAnnexOf63ProvincesIsSummedIntoThe34NewOnesToThePerson )
{
  const NationalAnnex national = nationalAnnex();
  ASSERT_EQ( national.byCode.size(), 34 );
  const Figures total = national.total;
  const QString annex = acvSourceGeodata( QStringLiteral( "vn_bluezone_2020-08-20.csv" ) );

  AcvScratch scratch;
  const QStringList arguments = provinceArguments( annex );
  const AcvCommandResult run = acvRunCoverageMap( arguments + outputArguments( scratch ) << QStringLiteral( "--report" ) << scratch.path( QStringLiteral( "report.pdf" ) ) );
  ASSERT_FALSE( run.crashed );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString() << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "Re-mapped by crosswalk vn_provinces_2025_crosswalk.csv: 63 rows → 34 units;" ) ) ) << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "Join: 34 of 34 boundaries matched 34 of 34 statistics rows" ) ) ) << run.out.toStdString();
  // Paired by code although the names differ, and said so.
  EXPECT_TRUE( run.out.contains( QStringLiteral( "paired by code, 1 rows are named otherwise in the crosswalk" ) ) ) << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( u8( "row %1 'Thừa Thiên - Huế' = 46 'Thành phố Huế'" ).arg( national.hueLine ) ) ) << run.out.toStdString();

  // The joined layer: every new province the sum of its old ones.
  EXPECT_EQ( expectProvinceSums( scratch.path( QStringLiteral( "joined.gpkg" ) ), national ), 34 );

  // The join report: the remap's totals agree with the annex, nothing withheld, Huế by code.
  const QJsonObject report = readJson( scratch.path( QStringLiteral( "report.json" ) ) );
  EXPECT_EQ( jsonFigures( report.value( QStringLiteral( "totals" ) ).toObject() ), total );
  const QJsonObject remap = report.value( QStringLiteral( "remap" ) ).toObject();
  EXPECT_EQ( remap.value( QStringLiteral( "kind" ) ).toString(), QStringLiteral( "crosswalk" ) );
  const QJsonObject totals = remap.value( QStringLiteral( "totals" ) ).toObject();
  EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "annex" ) ).toObject() ), total );
  EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "units" ) ).toObject() ), total );
  EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "withheld" ) ).toObject() ), Figures() );
  EXPECT_EQ( remap.value( QStringLiteral( "rows" ) ).toArray().size(), 63 );
  EXPECT_EQ( remap.value( QStringLiteral( "units" ) ).toArray().size(), 34 );
  bool hueFound = false;
  for ( const QJsonValue &value : remap.value( QStringLiteral( "rows" ) ).toArray() )
  {
    const QJsonObject row = value.toObject();
    EXPECT_EQ( row.value( QStringLiteral( "status" ) ).toString(), QStringLiteral( "used" ) ) << row.value( QStringLiteral( "name" ) ).toString().toStdString();
    if ( row.value( QStringLiteral( "row" ) ).toInt() != national.hueLine )
      continue;
    hueFound = true;
    EXPECT_EQ( row.value( QStringLiteral( "name" ) ).toString(), u8( "Thừa Thiên - Huế" ) );
    EXPECT_EQ( row.value( QStringLiteral( "how" ) ).toString(), QStringLiteral( "code" ) );
    EXPECT_EQ( row.value( QStringLiteral( "old_unit" ) ).toObject().value( QStringLiteral( "name" ) ).toString(), u8( "Thành phố Huế" ) );
    EXPECT_EQ( row.value( QStringLiteral( "units" ) ).toArray().first().toString(), u8( "Thành phố Huế" ) );
  }
  EXPECT_TRUE( hueFound );
  bool noted = false;
  for ( const QJsonValue &warning : remap.value( QStringLiteral( "warnings" ) ).toArray() )
    noted = noted || warning.toString().contains( u8( "'Thừa Thiên - Huế' = 46 'Thành phố Huế'" ) );
  EXPECT_TRUE( noted );

  // The report page says by what the figures were re-mapped, in Vietnamese and in English.
  const QString vietnameseText = pdfText( scratch.path( QStringLiteral( "report.pdf" ) ) );
  EXPECT_TRUE( vietnameseText.contains( u8( "quy đổi sang đơn vị mới theo vn_provinces_2025_crosswalk.csv" ) ) ) << vietnameseText.toStdString();
  const QString english = scratch.path( QStringLiteral( "english.pdf" ) );
  const AcvCommandResult en = acvRunCoverageMap( arguments + QStringList{ QStringLiteral( "--lang" ), QStringLiteral( "en" ), QStringLiteral( "--report" ), english } );
  ASSERT_EQ( en.exitCode, 0 ) << en.err.toStdString();
  const QString englishText = pdfText( english );
  EXPECT_TRUE( englishText.contains( QStringLiteral( "Figures by the old administrative units, re-mapped to the new units by vn_provinces_2025_crosswalk.csv." ) ) ) << englishText.toStdString();
}

TEST( CoverageMapCrosswalk, TheNationalAnnexAsAWorkbookWithItsCodesTypedAsNumbersPairsByCodeToo )
{
  // A workbook stores "01" as the number 1: the code still pairs with the crosswalk's "01".
  const NationalAnnex national = nationalAnnex();
  QVector<AcvTestRow> rows = { { acvText( u8( "SỐ LIỆU CÀI ĐẶT ỨNG DỤNG BLUEZONE THEO TỈNH, THÀNH PHỐ" ) ) },
                               { acvText( u8( "(Số liệu đến ngày 20/8/2020 — minh họa / illustrative)" ) ) },
                               { acvText( QStringLiteral( "STT" ) ), acvText( u8( "Mã tỉnh" ) ), acvText( u8( "Tỉnh, thành phố" ) ), acvText( u8( "Số lượt cài đặt" ) ), acvText( u8( "Dân số" ) ),
                                 acvText( u8( "Số người dùng ĐTTM" ) ) } };
  for ( const CsvRow &row : national.provinces )
    rows.append( { acvNumber( row["STT"].toInt() ), acvNumber( row["Mã tỉnh"].toInt() ), acvText( row["Tỉnh, thành phố"] ), acvNumber( digitsOnly( row["Số lượt cài đặt"] ), QStringLiteral( "#,##0" ) ),
                   acvNumber( digitsOnly( row["Dân số"] ), QStringLiteral( "#,##0" ) ), acvNumber( digitsOnly( row["Số người dùng ĐTTM"] ), QStringLiteral( "#,##0" ) ) } );
  rows.append( { AcvTestCell(), AcvTestCell(), acvText( u8( "Toàn quốc" ) ), acvNumber( national.nationalRow.installs ), acvNumber( national.nationalRow.population ), acvNumber( national.nationalRow.smartphones ) } );
  AcvScratch scratch;
  const QString annex = scratch.path( QStringLiteral( "vn_bluezone_2020-08-20.xlsx" ) );
  ASSERT_TRUE( acvWriteXlsx( annex, QStringLiteral( "Tinh" ), rows ) );
  const AcvCommandResult run = acvRunCoverageMap( provinceArguments( annex ) + outputArguments( scratch ) );
  ASSERT_FALSE( run.crashed );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString() << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( u8( "row %1 'Thừa Thiên - Huế' = 46 'Thành phố Huế'" ).arg( national.hueLine ) ) ) << run.out.toStdString();
  EXPECT_EQ( expectProvinceSums( scratch.path( QStringLiteral( "joined.gpkg" ) ), national ), 34 );
  const QJsonObject remap = readJson( scratch.path( QStringLiteral( "report.json" ) ) ).value( QStringLiteral( "remap" ) ).toObject();
  for ( const QJsonValue &value : remap.value( QStringLiteral( "rows" ) ).toArray() )
    EXPECT_EQ( value.toObject().value( QStringLiteral( "how" ) ).toString(), QStringLiteral( "code" ) ) << value.toObject().value( QStringLiteral( "name" ) ).toString().toStdString();
}

TEST( CoverageMapCrosswalk, WithoutItsCodesTheNationalAnnexsThuaThienHueIsRefusedNotGuessed )
{
  // By name alone, "Thừa Thiên - Huế" is no old province of the crosswalk ("Thành phố Huế").
  const NationalAnnex national = nationalAnnex();
  QString text;
  for ( const QString &line : fileLines( acvSourceGeodata( QStringLiteral( "vn_bluezone_2020-08-20.csv" ) ) ) )
  {
    QStringList cells = line.split( QLatin1Char( ';' ) );
    if ( cells.size() > 2 )
      cells.removeAt( 1 ); // Mã tỉnh
    text += cells.join( QLatin1Char( ';' ) ) + QLatin1Char( '\n' );
  }
  AcvScratch scratch;
  const AcvCommandResult run = acvRunCoverageMap( provinceArguments( scratch.write( QStringLiteral( "names.csv" ), text.toUtf8() ) ) + outputArguments( scratch ) );
  EXPECT_FALSE( run.crashed );
  EXPECT_NE( run.exitCode, 0 );
  EXPECT_TRUE( run.err.contains( u8( "1 rows are no old unit of the crosswalk, so their figures would be lost: row %1 'Thừa Thiên - Huế'" ).arg( national.hueLine ) ) ) << run.err.toStdString();
  expectNoOutputs( scratch );
}

// =============================================================================================
// 2. The old communes onto the 135 new communes, split communes divided by shares.

TEST( CoverageMapCrosswalk, OldCommunesWithSharesAddUpToEveryNewCommuneInWholePersons )
{
  const QVector<Link> links = crosswalkLinks();
  int partialLinks = 0;
  QSet<QString> newCodes;
  for ( const Link &link : links )
  {
    partialLinks += link.partial ? 1 : 0;
    newCodes.insert( link.newCode );
  }
  ASSERT_EQ( partialLinks, 9 );
  ASSERT_EQ( newCodes.size(), 135 );

  for ( const bool withCodes : { true, false } )
  {
    for ( const Layout layout : { Layout::Csv, Layout::Xlsx } )
    {
      const QString name = QStringLiteral( "communes_%1.%2" ).arg( withCodes ? QStringLiteral( "codes" ) : QStringLiteral( "names" ), layout == Layout::Csv ? QStringLiteral( "csv" ) : QStringLiteral( "xlsx" ) );
      SCOPED_TRACE( name.toStdString() );
      AcvScratch scratch;
      QVector<OldCommune> annex = oldCommunes();
      const QString annexPath = writeCommuneAnnex( scratch, annex, withCodes, layout, name );
      const QString crosswalk = writeCrosswalk( scratch, links );
      const QMap<QString, NewCommune> expected = expectedNewCommunes( annex, links );
      const Figures total = sumOf( annex );

      // The new units keyed by code as detected, or by name as asked (--crosswalk-column new-code=none).
      const AcvCommandResult run = acvRunCoverageMap( communeArguments( annexPath, crosswalk, scratch ) + ( layout == Layout::Xlsx ? byNewNames() : QStringList() ) );
      ASSERT_FALSE( run.crashed );
      ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString() << run.out.toStdString();
      EXPECT_TRUE( run.out.contains( QStringLiteral( "4 split units (9 links), with shares" ) ) ) << run.out.toStdString();
      EXPECT_TRUE( run.out.contains( layout == Layout::Xlsx ? QStringLiteral( "(by name)" ) : QStringLiteral( "(by code)" ) ) ) << run.out.toStdString();
      EXPECT_TRUE( run.out.contains( QStringLiteral( "Re-mapped by crosswalk crosswalk.csv: 373 rows → 135 units, 9 parts of split units;" ) ) ) << run.out.toStdString();
      EXPECT_TRUE( run.out.contains( QStringLiteral( "Join: 135 of 135 boundaries matched 135 of 135 statistics rows" ) ) ) << run.out.toStdString();
      // Spellings of the same names are no renaming.
      EXPECT_FALSE( run.out.contains( QStringLiteral( "named otherwise" ) ) ) << run.out.toStdString();

      // Every new commune: the sum of its old communes, the split ones by their shares in whole persons.
      const QMap<QString, AcvReadFeature> features = newCommuneFeatures( scratch.path( QStringLiteral( "joined.gpkg" ) ), links );
      EXPECT_EQ( features.size(), 135 );
      Figures joinedTotal;
      for ( auto it = expected.cbegin(); it != expected.cend(); ++it )
      {
        SCOPED_TRACE( it.value().name.toStdString() );
        ASSERT_TRUE( features.contains( it.key() ) );
        const std::optional<Figures> figures = featureFigures( features.value( it.key() ) );
        ASSERT_TRUE( figures.has_value() );
        EXPECT_EQ( *figures, it.value().figures );
        joinedTotal += *figures;
      }
      EXPECT_EQ( joinedTotal, total ) << "not conserved to the person";

      const QJsonObject report = readJson( scratch.path( QStringLiteral( "report.json" ) ) );
      EXPECT_EQ( jsonFigures( report.value( QStringLiteral( "totals" ) ).toObject() ), total );
      const QJsonObject remap = report.value( QStringLiteral( "remap" ) ).toObject();
      const QJsonObject totals = remap.value( QStringLiteral( "totals" ) ).toObject();
      EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "annex" ) ).toObject() ), total );
      EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "units" ) ).toObject() ), total );
      EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "withheld" ) ).toObject() ), Figures() );
      const QJsonArray rows = remap.value( QStringLiteral( "rows" ) ).toArray();
      EXPECT_EQ( rows.size(), 373 );
      for ( const QJsonValue &value : rows )
      {
        const QJsonObject row = value.toObject();
        EXPECT_EQ( row.value( QStringLiteral( "status" ) ).toString(), QStringLiteral( "used" ) ) << row.value( QStringLiteral( "row" ) ).toInt();
        // With a code column the old communes are paired by code; without one, by name within their districts.
        EXPECT_EQ( row.value( QStringLiteral( "how" ) ).toString() == QLatin1String( "code" ), withCodes ) << row.value( QStringLiteral( "row" ) ).toInt();
      }
      EXPECT_EQ( remap.value( QStringLiteral( "units" ) ).toArray().size(), 135 );
      expectSplitRowsAddUp( remap, annex, links );
    }
  }
}

TEST( CoverageMapCrosswalk, XaIaMosCodeDiffersBetweenTheCrosswalkAndTheBoundariesSoItIsPairedByNameAndSaid )
{
  // The data, as found: the crosswalk's new Xã Ia Mơ is 23737 (old Xã Ia Mơ Nông's code), the
  // boundary layer's is 23938. Keyed by the new codes, it pairs by its name, unique, with a warning.
  const QVector<Link> links = crosswalkLinks();
  QSet<QString> crosswalkCodes;
  for ( const Link &link : links )
    crosswalkCodes.insert( link.newCode );
  QSet<QString> layerCodes;
  for ( const AcvReadFeature &f : acvReadFeatures( acvSharedGeodata( QStringLiteral( "gia_lai_2025_communes.gpkg" ) ) ) )
    layerCodes.insert( f.attributes.value( QStringLiteral( "code" ) ).toString() );
  ASSERT_EQ( crosswalkCodes - layerCodes, QSet<QString>{ QStringLiteral( "23737" ) } );
  ASSERT_EQ( layerCodes - crosswalkCodes, QSet<QString>{ QStringLiteral( "23938" ) } );

  AcvScratch scratch;
  QVector<OldCommune> annex = oldCommunes();
  const QString annexPath = writeCommuneAnnex( scratch, annex, true, Layout::Csv, QStringLiteral( "communes.csv" ) );
  const QMap<QString, NewCommune> expected = expectedNewCommunes( annex, links );
  const AcvCommandResult run = acvRunCoverageMap( communeArguments( annexPath, writeCrosswalk( scratch, links ), scratch ) );
  ASSERT_FALSE( run.crashed );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "Join: 135 of 135 boundaries matched 135 of 135 statistics rows (by code)" ) ) ) << run.out.toStdString();
  int checked = 0;
  for ( const AcvReadFeature &f : acvReadFeatures( scratch.path( QStringLiteral( "joined.gpkg" ) ), QStringLiteral( "coverage" ) ) )
  {
    const QString code = f.attributes.value( QStringLiteral( "code" ) ).toString();
    SCOPED_TRACE( f.attributes.value( QStringLiteral( "full_name" ) ).toString().toStdString() );
    const QString crosswalkCode = code == QLatin1String( "23938" ) ? QStringLiteral( "23737" ) : code;
    ASSERT_TRUE( expected.contains( crosswalkCode ) );
    const std::optional<Figures> figures = featureFigures( f );
    ASSERT_TRUE( figures.has_value() );
    EXPECT_EQ( *figures, expected.value( crosswalkCode ).figures );
    ++checked;
  }
  EXPECT_EQ( checked, 135 );
  // The analyst is told, by name and both codes.
  const QStringList lines = run.err.split( QLatin1Char( '\n' ) );
  EXPECT_TRUE( std::any_of( lines.cbegin(), lines.cend(), []( const QString &line )
                            { return line.contains( u8( "Xã Ia Mơ" ) ) && line.contains( QStringLiteral( "23737" ) ) && line.contains( QStringLiteral( "23938" ) ); } ) )
      << run.err.toStdString();
}

// =============================================================================================
// 3. The crosswalk as shipped, without shares.

TEST( CoverageMapCrosswalk, WithoutSharesTheSplitCommunesAreAllNamedAndNothingIsWritten )
{
  const QVector<Link> links = crosswalkLinks();
  QStringList split;
  for ( const Link &link : links )
  {
    if ( link.partial && !split.contains( link.oldLabel() ) )
      split.append( link.oldLabel() );
  }
  ASSERT_EQ( split, QStringList( { u8( "Xã An Nghĩa (Huyện An Lão)" ), u8( "Xã Ân Nghĩa (Huyện Hoài Ân)" ), u8( "Xã Canh Hiệp (Huyện Vân Canh)" ), u8( "Xã Canh Liên (Huyện Vân Canh)" ) } ) );

  for ( const bool withCodes : { true, false } )
  {
    SCOPED_TRACE( withCodes ? "with codes" : "names only" );
    AcvScratch scratch;
    QVector<OldCommune> annex = oldCommunes();
    const QString annexPath = writeCommuneAnnex( scratch, annex, withCodes, Layout::Csv, QStringLiteral( "communes.csv" ) );
    const AcvCommandResult run = acvRunCoverageMap( communeArguments( annexPath, acvSharedGeodata( QStringLiteral( "gia_lai_2025_crosswalk.csv" ) ), scratch ) << QStringLiteral( "--report" ) << scratch.path( QStringLiteral( "report.pdf" ) ) );
    EXPECT_FALSE( run.crashed );
    EXPECT_NE( run.exitCode, 0 );
    EXPECT_TRUE( run.err.contains( QStringLiteral( "4 old units were split between several new units, and the crosswalk gives no share" ) ) ) << run.err.toStdString();
    for ( const QString &label : std::as_const( split ) )
      EXPECT_TRUE( run.err.contains( label ) ) << label.toStdString() << ": " << run.err.toStdString();
    EXPECT_TRUE( run.err.contains( QStringLiteral( "Nothing was joined" ) ) ) << run.err.toStdString();
    expectNoOutputs( scratch );
  }
}

// =============================================================================================
// 4. Refusals, and an annex of old Gia Lai alone.

TEST( CoverageMapCrosswalk, SharesAddingUpTo0Point9AreRefusedNamingTheCommuneAndItsRows )
{
  QVector<Link> links = crosswalkLinks();
  // Xã Canh Hiệp: 0,25 and 0,65.
  QVector<int> rows;
  for ( Link &link : links )
  {
    if ( link.oldName != u8( "Xã Canh Hiệp" ) )
      continue;
    rows.append( link.row );
    if ( link.percent > 50 )
    {
      link.percent -= 10;
      link.shareText = QString::number( link.percent / 100.0 ).replace( QLatin1Char( '.' ), QLatin1Char( ',' ) );
    }
  }
  ASSERT_EQ( rows.size(), 2 );
  AcvScratch scratch;
  QVector<OldCommune> annex = oldCommunes();
  const QString annexPath = writeCommuneAnnex( scratch, annex, false, Layout::Csv, QStringLiteral( "communes.csv" ) );
  const AcvCommandResult run = acvRunCoverageMap( communeArguments( annexPath, writeCrosswalk( scratch, links ), scratch ) );
  EXPECT_FALSE( run.crashed );
  EXPECT_NE( run.exitCode, 0 );
  EXPECT_TRUE( run.err.contains( u8( "the shares of Xã Canh Hiệp (Huyện Vân Canh) add up to 0.9, not 1" ) ) ) << run.err.toStdString();
  for ( const int row : std::as_const( rows ) )
    EXPECT_TRUE( run.err.contains( QStringLiteral( "row %1," ).arg( row ) ) ) << row << ": " << run.err.toStdString();
  expectNoOutputs( scratch );
}

TEST( CoverageMapCrosswalk, AnnexRowsThatAreNoOldCommuneAreRefusedAllNamedAtOnce )
{
  const QVector<Link> links = crosswalkLinks();
  {
    // By name: a commune no list has, and Xã Ia O (of Ia Grai and of Chư Prông) under Đức Cơ.
    AcvScratch scratch;
    QVector<OldCommune> annex = oldCommunes();
    const QString annexPath = writeCommuneAnnex( scratch, annex, false, Layout::Csv, QStringLiteral( "communes.csv" ),
                                                 { { QStringLiteral( "374" ), u8( "Huyện An Lão" ), u8( "Xã Không Có Thật" ), QStringLiteral( "1.000" ), QStringLiteral( "500" ), QStringLiteral( "100" ) },
                                                   { QStringLiteral( "375" ), u8( "Huyện Đức Cơ" ), u8( "Xã Ia O" ), QStringLiteral( "2.000" ), QStringLiteral( "900" ), QStringLiteral( "200" ) } } );
    const int firstExtra = annex.constLast().annexRow + 1;
    const AcvCommandResult run = acvRunCoverageMap( communeArguments( annexPath, writeCrosswalk( scratch, links ), scratch ) );
    EXPECT_FALSE( run.crashed );
    EXPECT_NE( run.exitCode, 0 );
    EXPECT_TRUE( run.err.contains( u8( "row %1 'Xã Không Có Thật' (Huyện An Lão)" ).arg( firstExtra ) ) ) << run.err.toStdString();
    EXPECT_TRUE( run.err.contains( u8( "row %1 'Xã Ia O' (Huyện Đức Cơ)" ).arg( firstExtra + 1 ) ) ) << run.err.toStdString();
    EXPECT_TRUE( run.err.contains( QStringLiteral( "Nothing was joined" ) ) ) << run.err.toStdString();
    expectNoOutputs( scratch );
  }
  {
    // A commune given twice, beside a row that is no commune: both told in one run.
    AcvScratch scratch;
    QVector<OldCommune> annex = oldCommunes();
    const OldCommune &twice = annex.at( annex.size() / 2 );
    const QString annexPath = writeCommuneAnnex( scratch, annex, false, Layout::Csv, QStringLiteral( "communes.csv" ),
                                                 { { QStringLiteral( "374" ), twice.district, twice.name, QStringLiteral( "1.000" ), QStringLiteral( "500" ), QStringLiteral( "100" ) },
                                                   { QStringLiteral( "375" ), u8( "Huyện An Lão" ), u8( "Xã Không Có Thật" ), QStringLiteral( "1.000" ), QStringLiteral( "500" ), QStringLiteral( "100" ) } } );
    const int firstExtra = annex.constLast().annexRow + 1;
    const AcvCommandResult run = acvRunCoverageMap( communeArguments( annexPath, writeCrosswalk( scratch, links ), scratch ) );
    EXPECT_FALSE( run.crashed );
    EXPECT_NE( run.exitCode, 0 );
    EXPECT_TRUE( run.err.contains( QStringLiteral( "1 old units are given by several rows: row %1 '" ).arg( twice.annexRow ) ) ) << run.err.toStdString();
    EXPECT_TRUE( run.err.contains( QStringLiteral( "row %1 '%2' (%3)" ).arg( firstExtra ).arg( twice.name, twice.district ) ) ) << run.err.toStdString();
    EXPECT_TRUE( run.err.contains( u8( "1 rows are no old unit of the crosswalk, so their figures would be lost: row %1 'Xã Không Có Thật' (Huyện An Lão)" ).arg( firstExtra + 1 ) ) ) << run.err.toStdString();
    expectNoOutputs( scratch );
  }
  {
    // By code: a code that is no old commune's.
    AcvScratch scratch;
    QVector<OldCommune> annex = oldCommunes();
    const QString annexPath = writeCommuneAnnex( scratch, annex, true, Layout::Csv, QStringLiteral( "communes.csv" ),
                                                 { { QStringLiteral( "374" ), u8( "Huyện An Lão" ), QStringLiteral( "99999" ), u8( "Xã Không Có Thật" ), QStringLiteral( "1.000" ), QStringLiteral( "500" ), QStringLiteral( "100" ) } } );
    const AcvCommandResult run = acvRunCoverageMap( communeArguments( annexPath, writeCrosswalk( scratch, links ), scratch ) );
    EXPECT_FALSE( run.crashed );
    EXPECT_NE( run.exitCode, 0 );
    EXPECT_TRUE( run.err.contains( QStringLiteral( "1 rows are no old unit of the crosswalk" ) ) ) << run.err.toStdString();
    EXPECT_TRUE( run.err.contains( QStringLiteral( "row %1 '" ).arg( annex.constLast().annexRow + 1 ) ) ) << run.err.toStdString();
    expectNoOutputs( scratch );
  }
}

TEST( CoverageMapCrosswalk, WithoutADistrictColumnRepeatedNamesAreSaidToFitSeveralOldCommunesNotToBeGivenTwice )
{
  // Phường Đống Đa of Quy Nhơn and of Pleiku, each once in the annex: two old communes of one
  // name that the annex cannot tell apart, not one old commune given by two rows.
  const QVector<Link> links = crosswalkLinks();
  QVector<OldCommune> communes = oldCommunes();
  QString text = u8( "STT;Tên xã;Dân số;Số người dùng ĐTTM;Số lượt cài đặt\n" );
  QMap<QString, QStringList> rowsOfName; // by the name in lower case, as the matcher compares
  for ( int i = 0; i < communes.size(); ++i )
  {
    const OldCommune &c = communes.at( i );
    text += QStringLiteral( "%1;%2;%3;%4;%5\n" ).arg( i + 1 ).arg( c.name, vietnamese( c.figures.population ), vietnamese( c.figures.smartphones ), vietnamese( c.figures.installs ) );
    rowsOfName[c.name.toLower()].append( QStringLiteral( "row %1 '%2'" ).arg( i + 2 ).arg( c.name ) );
  }
  QStringList repeated;
  for ( auto it = rowsOfName.cbegin(); it != rowsOfName.cend(); ++it )
  {
    if ( it.value().size() > 1 )
      repeated.append( it.value().join( QLatin1String( ", " ) ) );
  }
  ASSERT_EQ( repeated.size(), 8 ) << repeated.join( QLatin1String( "; " ) ).toStdString();
  AcvScratch scratch;
  const AcvCommandResult run = acvRunCoverageMap( communeArguments( scratch.write( QStringLiteral( "nodistrict.csv" ), text.toUtf8() ), writeCrosswalk( scratch, links ), scratch ) );
  EXPECT_FALSE( run.crashed );
  EXPECT_NE( run.exitCode, 0 );
  EXPECT_TRUE( run.err.contains( QStringLiteral( "8 rows fit several old units of the crosswalk (the annex's parent column tells them apart: --stats-parent)" ) ) ) << run.err.toStdString();
  for ( const QString &rows : std::as_const( repeated ) )
    EXPECT_EQ( run.err.count( rows + QStringLiteral( " fits " ) ), 1 ) << rows.toStdString() << ": " << run.err.toStdString();
  EXPECT_FALSE( run.err.contains( QStringLiteral( "given by several rows" ) ) ) << run.err.toStdString();
  expectNoOutputs( scratch );
}

TEST( CoverageMapCrosswalk, AnAnnexOfOldGiaLaiAloneLeavesTheNewCommunesOfOldBinhDinhWithoutFigures )
{
  const QVector<Link> links = crosswalkLinks();
  AcvScratch scratch;
  QVector<OldCommune> annex;
  for ( const OldCommune &c : oldCommunes() )
  {
    if ( c.province == u8( "Tỉnh Gia Lai" ) )
      annex.append( c );
  }
  ASSERT_EQ( annex.size(), 218 );
  const QString annexPath = writeCommuneAnnex( scratch, annex, false, Layout::Csv, QStringLiteral( "gia_lai.csv" ) );
  const QMap<QString, NewCommune> expected = expectedNewCommunes( annex, links );
  int fromGiaLai = 0, fromBinhDinh = 0, mixed = 0;
  for ( const NewCommune &unit : expected )
  {
    if ( unit.oldProvinces.size() > 1 )
      ++mixed;
    else if ( unit.oldProvinces.contains( u8( "Tỉnh Gia Lai" ) ) )
      ++fromGiaLai;
    else
      ++fromBinhDinh;
  }
  EXPECT_EQ( fromGiaLai + fromBinhDinh + mixed, 135 );
  // No new commune of the 2025 crosswalk takes old communes of both provinces: none can be withheld.
  EXPECT_EQ( mixed, 0 );

  const AcvCommandResult run = acvRunCoverageMap( communeArguments( annexPath, writeCrosswalk( scratch, links ), scratch ) + byNewNames() );
  ASSERT_FALSE( run.crashed );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "218 rows → %1 units;" ).arg( fromGiaLai + mixed ) ) ) << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "Join: %1 of 135 boundaries matched %1 of %1 statistics rows" ).arg( fromGiaLai + mixed ) ) ) << run.out.toStdString();
  EXPECT_FALSE( run.err.contains( QStringLiteral( "left without figures" ) ) ) << run.err.toStdString();

  const QMap<QString, AcvReadFeature> features = newCommuneFeatures( scratch.path( QStringLiteral( "joined.gpkg" ) ), links );
  EXPECT_EQ( features.size(), 135 );
  int empty = 0;
  for ( auto it = expected.cbegin(); it != expected.cend(); ++it )
  {
    SCOPED_TRACE( it.value().name.toStdString() );
    const std::optional<Figures> figures = featureFigures( features.value( it.key() ) );
    if ( !it.value().oldProvinces.contains( u8( "Tỉnh Gia Lai" ) ) || !it.value().complete() )
    {
      EXPECT_FALSE( figures.has_value() );
      empty += figures ? 0 : 1;
      continue;
    }
    ASSERT_TRUE( figures.has_value() );
    EXPECT_EQ( *figures, it.value().figures );
  }
  EXPECT_EQ( empty, fromBinhDinh + mixed );

  const QJsonObject remap = readJson( scratch.path( QStringLiteral( "report.json" ) ) ).value( QStringLiteral( "remap" ) ).toObject();
  const QJsonObject totals = remap.value( QStringLiteral( "totals" ) ).toObject();
  EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "annex" ) ).toObject() ), sumOf( annex ) );
  EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "units" ) ).toObject() ), sumOf( annex ) );
  EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "withheld" ) ).toObject() ), Figures() );
  for ( const QJsonValue &value : remap.value( QStringLiteral( "rows" ) ).toArray() )
    EXPECT_EQ( value.toObject().value( QStringLiteral( "status" ) ).toString(), QStringLiteral( "used" ) );
  for ( const QJsonValue &warning : remap.value( QStringLiteral( "warnings" ) ).toArray() )
    EXPECT_FALSE( warning.toString().contains( QStringLiteral( "left without figures" ) ) ) << warning.toString().toStdString();
}

TEST( CoverageMapCrosswalk, ANewCommuneWithAnOldCommuneMissingFromTheAnnexIsWithheldAndWarnedAbout )
{
  // Old Gia Lai without one commune that went whole into a new commune of three or more.
  const QVector<Link> links = crosswalkLinks();
  QHash<QString, int> oldCount;
  for ( const Link &link : links )
    oldCount[link.newCode] += 1;
  const Link *dropped = nullptr;
  for ( const Link &link : links )
  {
    if ( link.oldProvince == u8( "Tỉnh Gia Lai" ) && !link.partial && oldCount.value( link.newCode ) >= 3 )
    {
      dropped = &link;
      break;
    }
  }
  ASSERT_NE( dropped, nullptr );
  AcvScratch scratch;
  QVector<OldCommune> annex;
  for ( const OldCommune &c : oldCommunes() )
  {
    if ( c.province == u8( "Tỉnh Gia Lai" ) && c.code != dropped->oldCode )
      annex.append( c );
  }
  ASSERT_EQ( annex.size(), 217 );
  const QString annexPath = writeCommuneAnnex( scratch, annex, false, Layout::Csv, QStringLiteral( "gia_lai.csv" ) );
  const QMap<QString, NewCommune> expected = expectedNewCommunes( annex, links );
  const NewCommune short_ = expected.value( dropped->newCode );
  ASSERT_EQ( short_.missing, QStringList{ dropped->oldCode } );
  // What its other old communes gave (rows in the crosswalk's order): withheld, not lost and not summed.
  Figures withheld;
  QStringList withheldRows;
  for ( const QString &code : short_.oldCodes )
  {
    for ( const OldCommune &c : std::as_const( annex ) )
    {
      if ( c.code == code )
      {
        withheld += c.figures;
        withheldRows.append( QString::number( c.annexRow ) );
      }
    }
  }
  Figures used = sumOf( annex );
  used.installs -= withheld.installs;
  used.smartphones -= withheld.smartphones;
  used.population -= withheld.population;

  const AcvCommandResult run = acvRunCoverageMap( communeArguments( annexPath, writeCrosswalk( scratch, links ), scratch ) + byNewNames() );
  ASSERT_FALSE( run.crashed );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  const QString warning = QStringLiteral( "%1 is left without figures: 1 of its %2 old units are not in the annex (%3), so a sum of rows %4 would be short" )
                              .arg( short_.name )
                              .arg( short_.oldCodes.size() )
                              .arg( dropped->oldLabel(), withheldRows.join( QLatin1String( ", " ) ) );
  EXPECT_TRUE( run.err.contains( warning ) ) << warning.toStdString() << "\n"
                                             << run.err.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "%1 rows withheld from incomplete units" ).arg( withheldRows.size() ) ) ) << run.out.toStdString();

  const QMap<QString, AcvReadFeature> features = newCommuneFeatures( scratch.path( QStringLiteral( "joined.gpkg" ) ), links );
  EXPECT_FALSE( featureFigures( features.value( dropped->newCode ) ).has_value() ) << short_.name.toStdString() << " has figures short of " << dropped->oldName.toStdString();
  for ( auto it = expected.cbegin(); it != expected.cend(); ++it )
  {
    if ( it.key() == dropped->newCode || !it.value().oldProvinces.contains( u8( "Tỉnh Gia Lai" ) ) )
      continue;
    SCOPED_TRACE( it.value().name.toStdString() );
    const std::optional<Figures> figures = featureFigures( features.value( it.key() ) );
    ASSERT_TRUE( figures.has_value() );
    EXPECT_EQ( *figures, it.value().figures );
  }

  const QJsonObject report = readJson( scratch.path( QStringLiteral( "report.json" ) ) );
  EXPECT_EQ( jsonFigures( report.value( QStringLiteral( "totals" ) ).toObject() ), used );
  const QJsonObject remap = report.value( QStringLiteral( "remap" ) ).toObject();
  const QJsonObject totals = remap.value( QStringLiteral( "totals" ) ).toObject();
  EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "annex" ) ).toObject() ), sumOf( annex ) );
  EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "units" ) ).toObject() ), used );
  EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "withheld" ) ).toObject() ), withheld );
  QStringList reportedWithheld;
  for ( const QJsonValue &value : remap.value( QStringLiteral( "rows" ) ).toArray() )
  {
    if ( value.toObject().value( QStringLiteral( "status" ) ).toString() == QLatin1String( "withheld" ) )
      reportedWithheld.append( QString::number( value.toObject().value( QStringLiteral( "row" ) ).toInt() ) );
  }
  QStringList sortedRows = withheldRows;
  std::sort( sortedRows.begin(), sortedRows.end(), []( const QString &a, const QString &b )
             { return a.toInt() < b.toInt(); } );
  EXPECT_EQ( reportedWithheld, sortedRows );
  bool listed = false;
  for ( const QJsonValue &unit : remap.value( QStringLiteral( "units" ) ).toArray() )
  {
    if ( unit.toObject().value( QStringLiteral( "name" ) ).toString() != short_.name )
      continue;
    listed = true;
    EXPECT_FALSE( unit.toObject().value( QStringLiteral( "complete" ) ).toBool( true ) );
    EXPECT_EQ( unit.toObject().value( QStringLiteral( "missing_old_units" ) ).toArray(), QJsonArray{ dropped->oldLabel() } );
  }
  EXPECT_TRUE( listed );
}

TEST( CoverageMapCrosswalk, ASplitCommuneWithoutInstallsLeavesItsNewCommunesWithoutInstallsAndSaysSo )
{
  // Xã Canh Hiệp's installs left blank: Xã Vân Canh and Xã Canh Vinh, which share it, have no
  // sum of installs (the other figures still add up), and the installs of their other old
  // communes are withheld.
  const QVector<Link> links = crosswalkLinks();
  QVector<OldCommune> annex = oldCommunes();
  QStringList intoUnits;
  for ( const Link &link : links )
  {
    if ( link.oldName == u8( "Xã Canh Hiệp" ) )
      intoUnits.append( link.newCode );
  }
  ASSERT_EQ( intoUnits.size(), 2 );
  qint64 blankInstalls = 0;
  for ( OldCommune &c : annex )
  {
    if ( c.name == u8( "Xã Canh Hiệp" ) )
    {
      blankInstalls = c.figures.installs;
      c.figures.installs = 0; // for the expectation: it gives nothing
    }
  }
  const QMap<QString, NewCommune> expected = expectedNewCommunes( annex, links );
  Figures total = sumOf( annex );
  qint64 withheldInstalls = 0;
  for ( const QString &code : std::as_const( intoUnits ) )
    withheldInstalls += expected.value( code ).figures.installs;
  int blankRow = 0;
  for ( OldCommune &c : annex )
  {
    if ( c.name == u8( "Xã Canh Hiệp" ) )
      c.figures.installs = -1;
  }
  AcvScratch scratch;
  const QString annexPath = writeCommuneAnnex( scratch, annex, false, Layout::Csv, QStringLiteral( "communes.csv" ) );
  for ( const OldCommune &c : std::as_const( annex ) )
    blankRow = c.figures.installs < 0 ? c.annexRow : blankRow;
  ASSERT_GT( blankInstalls, 0 );
  ASSERT_GT( blankRow, 0 );

  const AcvCommandResult run = acvRunCoverageMap( communeArguments( annexPath, writeCrosswalk( scratch, links ), scratch ) + byNewNames() );
  ASSERT_FALSE( run.crashed );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  const QMap<QString, AcvReadFeature> features = newCommuneFeatures( scratch.path( QStringLiteral( "joined.gpkg" ) ), links );
  for ( auto it = expected.cbegin(); it != expected.cend(); ++it )
  {
    SCOPED_TRACE( it.value().name.toStdString() );
    const AcvReadFeature f = features.value( it.key() );
    if ( !intoUnits.contains( it.key() ) )
    {
      const std::optional<Figures> figures = featureFigures( f );
      ASSERT_TRUE( figures.has_value() );
      EXPECT_EQ( *figures, it.value().figures );
      continue;
    }
    EXPECT_FALSE( f.attributes.value( QStringLiteral( "installs" ) ).isValid() );
    EXPECT_EQ( f.attributes.value( QStringLiteral( "smartphones" ) ).toLongLong(), it.value().figures.smartphones );
    EXPECT_EQ( f.attributes.value( QStringLiteral( "population" ) ).toLongLong(), it.value().figures.population );
  }
  const QJsonObject remap = readJson( scratch.path( QStringLiteral( "report.json" ) ) ).value( QStringLiteral( "remap" ) ).toObject();
  const QJsonObject totals = remap.value( QStringLiteral( "totals" ) ).toObject();
  EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "annex" ) ).toObject() ), total );
  EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "withheld" ) ).toObject() ), ( Figures{ withheldInstalls, 0, 0 } ) );
  total.installs -= withheldInstalls;
  EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "units" ) ).toObject() ), total );

  // The analyst is told, per new commune, which figure is missing and which row lacks it.
  const QStringList lines = run.err.split( QLatin1Char( '\n' ) );
  for ( const QString &code : std::as_const( intoUnits ) )
  {
    const QString name = expected.value( code ).name;
    const auto told = [&]( const QString &line )
    { return line.contains( name ) && line.contains( QStringLiteral( "installs" ) ) && line.contains( QString::number( blankRow ) ); };
    EXPECT_TRUE( std::any_of( lines.cbegin(), lines.cend(), told ) ) << name.toStdString() << ": " << run.err.toStdString();
    bool inReport = false;
    for ( const QJsonValue &warning : remap.value( QStringLiteral( "warnings" ) ).toArray() )
      inReport = inReport || told( warning.toString() );
    EXPECT_TRUE( inReport ) << name.toStdString();
  }
}

// =============================================================================================
// 5. --aggregate-by: old Gia Lai's communes summed into its districts.

TEST( CoverageMapCrosswalk, CommunesAggregatedByTheirDistrictGiveEveryDistrictTheirSum )
{
  const QVector<LayerCommune> communes = layerCommunes();
  QMap<QString, Figures> expected; // by folded district name
  Figures total;
  for ( const LayerCommune &c : communes )
  {
    expected[folded( c.district )] += c.figures;
    total += c.figures;
  }
  ASSERT_EQ( expected.size(), 17 );

  const QStringList header = { QStringLiteral( "STT" ), u8( "Huyện" ), u8( "Xã, phường, thị trấn" ), u8( "Dân số" ), u8( "Số người dùng ĐTTM" ), u8( "Số lượt cài đặt" ) };
  for ( const QString &name : { QStringLiteral( "communes.csv" ), QStringLiteral( "communes.xlsx" ), QStringLiteral( "communes.ods" ) } )
  {
    SCOPED_TRACE( name.toStdString() );
    AcvScratch scratch;
    // The district written once, on its first commune: merged down the block in a workbook.
    QVector<AcvTestRow> rows = { {} };
    for ( const QString &h : header )
      rows.first().append( acvText( h ) );
    QVector<AcvTestMerge> merges;
    QString text = header.join( QLatin1Char( ';' ) ) + QLatin1Char( '\n' );
    int districtIndex = -1;
    for ( int i = 0; i < communes.size(); ++i )
    {
      const LayerCommune &c = communes.at( i );
      const bool first = i == 0 || communes.at( i - 1 ).district != c.district;
      if ( first )
      {
        ++districtIndex;
        int end = i;
        while ( end < communes.size() && communes.at( end ).district == c.district )
          ++end;
        if ( end - i > 1 )
          merges.append( { static_cast<int>( rows.size() ), 1, static_cast<int>( rows.size() ) + end - i - 1, 1, acvSpelled( c.district, districtIndex ) } );
      }
      const QString district = first ? acvSpelled( c.district, districtIndex ) : QString();
      rows.append( { acvNumber( i + 1 ), acvText( district ), acvText( c.name ), acvNumber( c.figures.population ), acvNumber( c.figures.smartphones ), acvNumber( c.figures.installs ) } );
      text += QStringLiteral( "%1;%2;%3;%4;%5;%6\n" ).arg( i + 1 ).arg( district, c.name, vietnamese( c.figures.population ), vietnamese( c.figures.smartphones ), vietnamese( c.figures.installs ) );
    }
    QString annex;
    if ( name.endsWith( QLatin1String( ".csv" ) ) )
      annex = scratch.write( name, text.toUtf8() );
    else
    {
      annex = scratch.path( name );
      ASSERT_TRUE( name.endsWith( QLatin1String( ".ods" ) ) ? acvWriteOds( annex, QStringLiteral( "Xa" ), rows, merges ) : acvWriteXlsx( annex, QStringLiteral( "Xa" ), rows, merges ) );
    }
    const AcvCommandResult run = acvRunCoverageMap( QStringList{ QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "--stats" ), annex,
                                                                 QStringLiteral( "--aggregate-by" ), u8( "Huyện" ) } +
                                                        outputArguments( scratch )
                                                    << QStringLiteral( "--report" ) << scratch.path( QStringLiteral( "report.pdf" ) ) );
    ASSERT_FALSE( run.crashed );
    ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString() << run.out.toStdString();
    EXPECT_TRUE( run.out.contains( u8( "Aggregated by column 'Huyện': 222 rows → 17 units;" ) ) ) << run.out.toStdString();
    EXPECT_TRUE( run.out.contains( QStringLiteral( "Join: 17 of 17 boundaries matched 17 of 17 statistics rows" ) ) ) << run.out.toStdString();

    int checked = 0;
    Figures joinedTotal;
    for ( const AcvReadFeature &f : acvReadFeatures( scratch.path( QStringLiteral( "joined.gpkg" ) ), QStringLiteral( "coverage" ) ) )
    {
      const QString district = f.attributes.value( QStringLiteral( "name" ) ).toString();
      SCOPED_TRACE( district.toStdString() );
      ASSERT_TRUE( expected.contains( folded( district ) ) );
      const std::optional<Figures> figures = featureFigures( f );
      ASSERT_TRUE( figures.has_value() );
      EXPECT_EQ( *figures, expected.value( folded( district ) ) );
      joinedTotal += *figures;
      ++checked;
    }
    EXPECT_EQ( checked, 17 );
    EXPECT_EQ( joinedTotal, total );

    const QJsonObject report = readJson( scratch.path( QStringLiteral( "report.json" ) ) );
    EXPECT_EQ( jsonFigures( report.value( QStringLiteral( "totals" ) ).toObject() ), total );
    const QJsonObject remap = report.value( QStringLiteral( "remap" ) ).toObject();
    EXPECT_EQ( remap.value( QStringLiteral( "kind" ) ).toString(), QStringLiteral( "aggregation" ) );
    const QJsonObject totals = remap.value( QStringLiteral( "totals" ) ).toObject();
    EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "annex" ) ).toObject() ), total );
    EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "units" ) ).toObject() ), total );
    EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "withheld" ) ).toObject() ), Figures() );
    EXPECT_EQ( remap.value( QStringLiteral( "rows" ) ).toArray().size(), 222 );
    EXPECT_EQ( remap.value( QStringLiteral( "units" ) ).toArray().size(), 17 );
    const QString page = pdfText( scratch.path( QStringLiteral( "report.pdf" ) ) );
    EXPECT_TRUE( page.contains( u8( "Số liệu cộng từ các dòng của phụ lục theo cột “Huyện”." ) ) ) << page.toStdString();
  }
}

TEST( CoverageMapCrosswalk, AggregatingARowWithNoDistrictAboveItIsRefusedNamingTheRow )
{
  // The very first commune's district left empty: no row above it to take it from.
  const QVector<LayerCommune> communes = layerCommunes();
  QString text = u8( "STT;Huyện;Xã, phường, thị trấn;Dân số;Số người dùng ĐTTM;Số lượt cài đặt\n" );
  for ( int i = 0; i < communes.size(); ++i )
  {
    const LayerCommune &c = communes.at( i );
    const bool first = i == 1 || ( i > 1 && communes.at( i - 1 ).district != c.district );
    text += QStringLiteral( "%1;%2;%3;%4;%5;%6\n" ).arg( i + 1 ).arg( first ? c.district : QString(), c.name, vietnamese( c.figures.population ), vietnamese( c.figures.smartphones ), vietnamese( c.figures.installs ) );
  }
  ASSERT_EQ( communes.at( 0 ).district, communes.at( 1 ).district );
  AcvScratch scratch;
  const QString annex = scratch.write( QStringLiteral( "communes.csv" ), text.toUtf8() );
  const AcvCommandResult run = acvRunCoverageMap( QStringList{ QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "--stats" ), annex,
                                                               QStringLiteral( "--aggregate-by" ), u8( "Huyện" ) } +
                                                  outputArguments( scratch ) );
  EXPECT_FALSE( run.crashed );
  EXPECT_NE( run.exitCode, 0 );
  EXPECT_TRUE( run.err.contains( u8( "1 rows have no value in column 2 ('Huyện')" ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "row 2 '%1'" ).arg( communes.at( 0 ).name ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "Nothing was joined" ) ) ) << run.err.toStdString();
  expectNoOutputs( scratch );
}

TEST( CoverageMapCrosswalk, ACommuneWithoutPopulationLeavesItsDistrictWithoutPopulationAndSaysSo )
{
  const QVector<LayerCommune> communes = layerCommunes();
  const int blank = 1; // the second commune of the first district
  QString text = u8( "STT;Huyện;Xã, phường, thị trấn;Dân số;Số người dùng ĐTTM;Số lượt cài đặt\n" );
  Figures district;
  Figures total;
  for ( int i = 0; i < communes.size(); ++i )
  {
    const LayerCommune &c = communes.at( i );
    const bool first = i == 0 || communes.at( i - 1 ).district != c.district;
    text += QStringLiteral( "%1;%2;%3;%4;%5;%6\n" ).arg( i + 1 ).arg( first ? c.district : QString(), c.name, i == blank ? QString() : vietnamese( c.figures.population ), vietnamese( c.figures.smartphones ), vietnamese( c.figures.installs ) );
    Figures given = c.figures;
    given.population = i == blank ? 0 : given.population;
    total += given;
    if ( c.district == communes.at( blank ).district )
      district += given;
  }
  ASSERT_EQ( communes.at( 0 ).district, communes.at( blank ).district );
  AcvScratch scratch;
  const QString annex = scratch.write( QStringLiteral( "communes.csv" ), text.toUtf8() );
  const AcvCommandResult run = acvRunCoverageMap( QStringList{ QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "--stats" ), annex,
                                                               QStringLiteral( "--aggregate-by" ), u8( "Huyện" ) } +
                                                  outputArguments( scratch ) );
  ASSERT_FALSE( run.crashed );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  for ( const AcvReadFeature &f : acvReadFeatures( scratch.path( QStringLiteral( "joined.gpkg" ) ), QStringLiteral( "coverage" ) ) )
  {
    if ( folded( f.attributes.value( QStringLiteral( "name" ) ).toString() ) != folded( communes.at( blank ).district ) )
      continue;
    EXPECT_FALSE( f.attributes.value( QStringLiteral( "population" ) ).isValid() );
    EXPECT_EQ( f.attributes.value( QStringLiteral( "installs" ) ).toLongLong(), district.installs );
    EXPECT_EQ( f.attributes.value( QStringLiteral( "smartphones" ) ).toLongLong(), district.smartphones );
  }
  const QJsonObject remap = readJson( scratch.path( QStringLiteral( "report.json" ) ) ).value( QStringLiteral( "remap" ) ).toObject();
  const QJsonObject totals = remap.value( QStringLiteral( "totals" ) ).toObject();
  EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "annex" ) ).toObject() ), total );
  EXPECT_EQ( jsonFigures( totals.value( QStringLiteral( "withheld" ) ).toObject() ), ( Figures{ 0, 0, district.population } ) );
  const auto told = [&]( const QString &line )
  { return line.contains( communes.at( blank ).district ) && line.contains( QStringLiteral( "population" ) ) && line.contains( QString::number( blank + 2 ) ); };
  const QStringList lines = run.err.split( QLatin1Char( '\n' ) );
  EXPECT_TRUE( std::any_of( lines.cbegin(), lines.cend(), told ) ) << run.err.toStdString();
  bool inReport = false;
  for ( const QJsonValue &warning : remap.value( QStringLiteral( "warnings" ) ).toArray() )
    inReport = inReport || told( warning.toString() );
  EXPECT_TRUE( inReport );
}

TEST( CoverageMapCrosswalk, ATownAndADistrictOfOneNameAreAggregatedApart )
{
  // Tiền Giang had both Thị xã Cai Lậy and Huyện Cai Lậy (2013–2025): two districts, one name.
  // A few of their communes, figures illustrative, on two squares standing for the districts.
  AcvScratch scratch;
  const QString boundaries = scratch.write( QStringLiteral( "cai_lay.geojson" ), u8( R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"Thị xã Cai Lậy"},"geometry":{"type":"Polygon","coordinates":[[[106.0,10.3],[106.1,10.3],[106.1,10.4],[106.0,10.4],[106.0,10.3]]]}},
{"type":"Feature","properties":{"name":"Huyện Cai Lậy"},"geometry":{"type":"Polygon","coordinates":[[[106.1,10.3],[106.2,10.3],[106.2,10.4],[106.1,10.4],[106.1,10.3]]]}}]})" )
                                                                                     .toUtf8() );
  const QVector<std::pair<QString, QStringList>> districts = { { u8( "Thị xã Cai Lậy" ), { u8( "Phường 1" ), u8( "Phường 2" ), u8( "Xã Mỹ Phước Tây" ), u8( "Xã Long Khánh" ) } },
                                                               { u8( "Huyện Cai Lậy" ), { u8( "Xã Mỹ Thành Nam" ), u8( "Xã Phú Nhuận" ), u8( "Xã Bình Phú" ) } } };
  QString text = u8( "STT;Huyện;Xã;Dân số;Số người dùng ĐTTM;Số lượt cài đặt\n" );
  QMap<QString, Figures> expected;
  int row = 0;
  for ( const auto &district : districts )
  {
    for ( const QString &commune : district.second )
    {
      ++row;
      const Figures f{ 300 + row * 11, 2000 + row * 37, 5000 + row * 101 };
      text += QStringLiteral( "%1;%2;%3;%4;%5;%6\n" ).arg( row ).arg( commune == district.second.constFirst() ? district.first : QString(), commune ).arg( f.population ).arg( f.smartphones ).arg( f.installs );
      expected[district.first] += f;
    }
  }
  const AcvCommandResult run = acvRunCoverageMap( QStringList{ QStringLiteral( "--boundaries" ), boundaries, QStringLiteral( "--stats" ), scratch.write( QStringLiteral( "cai_lay.csv" ), text.toUtf8() ),
                                                               QStringLiteral( "--aggregate-by" ), u8( "Huyện" ) } +
                                                  outputArguments( scratch ) );
  ASSERT_FALSE( run.crashed );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_TRUE( run.out.contains( u8( "Aggregated by column 'Huyện': 7 rows → 2 units;" ) ) ) << run.out.toStdString();
  int checked = 0;
  for ( const AcvReadFeature &f : acvReadFeatures( scratch.path( QStringLiteral( "joined.gpkg" ) ), QStringLiteral( "coverage" ) ) )
  {
    const QString name = f.attributes.value( QStringLiteral( "name" ) ).toString();
    SCOPED_TRACE( name.toStdString() );
    const std::optional<Figures> figures = featureFigures( f );
    ASSERT_TRUE( figures.has_value() );
    EXPECT_EQ( *figures, expected.value( name ) );
    ++checked;
  }
  EXPECT_EQ( checked, 2 );
}

TEST( CoverageMapCrosswalk, ADistrictWrittenOnEveryRowInSeveralSpellingsIsAggregatedAsOne )
{
  // The district typed on each of its communes' rows, by five typists ("H. Chư Sê", "Huyen Chu Se",
  // "HUYỆN CHƯ SÊ", NFD): still one district ("however it is spelled", says AcvUnitRemap::aggregate).
  const QVector<LayerCommune> communes = layerCommunes();
  QMap<QString, Figures> expected;
  QString text = u8( "STT;Huyện;Xã, phường, thị trấn;Dân số;Số người dùng ĐTTM;Số lượt cài đặt\n" );
  for ( int i = 0; i < communes.size(); ++i )
  {
    const LayerCommune &c = communes.at( i );
    text += QStringLiteral( "%1;%2;%3;%4;%5;%6\n" ).arg( i + 1 ).arg( acvSpelled( c.district, i ), c.name, vietnamese( c.figures.population ), vietnamese( c.figures.smartphones ), vietnamese( c.figures.installs ) );
    expected[folded( c.district )] += c.figures;
  }
  AcvScratch scratch;
  const AcvCommandResult run = acvRunCoverageMap( QStringList{ QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "--stats" ),
                                                               scratch.write( QStringLiteral( "communes.csv" ), text.toUtf8() ), QStringLiteral( "--aggregate-by" ), u8( "Huyện" ) } +
                                                  outputArguments( scratch ) );
  ASSERT_FALSE( run.crashed );
  ASSERT_EQ( run.exitCode, 0 ) << run.err.toStdString();
  EXPECT_TRUE( run.out.contains( u8( "Aggregated by column 'Huyện': 222 rows → 17 units;" ) ) ) << run.out.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "Join: 17 of 17 boundaries matched 17 of 17 statistics rows" ) ) ) << run.out.toStdString();
  for ( const AcvReadFeature &f : acvReadFeatures( scratch.path( QStringLiteral( "joined.gpkg" ) ), QStringLiteral( "coverage" ) ) )
  {
    const QString district = f.attributes.value( QStringLiteral( "name" ) ).toString();
    SCOPED_TRACE( district.toStdString() );
    const std::optional<Figures> figures = featureFigures( f );
    ASSERT_TRUE( figures.has_value() );
    EXPECT_EQ( *figures, expected.value( folded( district ) ) );
  }
}

TEST( CoverageMapCrosswalk, ANameWithoutItsTypeBesideATownAndADistrictOfThatNameIsRefusedNamingTheRow )
{
  AcvScratch scratch;
  const QString text = u8( "STT;Huyện;Xã;Dân số;Số người dùng ĐTTM;Số lượt cài đặt\n"
                           "1;Thị xã Cai Lậy;Phường 1;5000;2000;300\n"
                           "2;Huyện Cai Lậy;Xã Mỹ Thành Nam;5100;2100;310\n"
                           "3;Cai Lậy;Xã Phú Nhuận;5200;2200;320\n" );
  const AcvCommandResult run = acvRunCoverageMap( QStringList{ QStringLiteral( "--boundaries" ), acvSharedGeodata( QStringLiteral( "gia_lai_districts.geojson" ) ), QStringLiteral( "--stats" ),
                                                               scratch.write( QStringLiteral( "cai_lay.csv" ), text.toUtf8() ), QStringLiteral( "--aggregate-by" ), u8( "Huyện" ) } +
                                                  outputArguments( scratch ) );
  EXPECT_FALSE( run.crashed );
  EXPECT_NE( run.exitCode, 0 );
  EXPECT_TRUE( run.err.contains( u8( "'Thị xã Cai Lậy' or 'Huyện Cai Lậy' (row 4 'Xã Phú Nhuận' (Cai Lậy))" ) ) ) << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "Nothing was joined" ) ) ) << run.err.toStdString();
  expectNoOutputs( scratch );
}
