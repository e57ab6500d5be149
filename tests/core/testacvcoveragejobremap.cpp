/***************************************************************************
  testacvcoveragejobremap.cpp - the job on an annex of old communes and the 2025 communes
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragejob.h"
#include "acvtestutils.h"

#include <QFile>

#include <gtest/gtest.h>

namespace
{
//! Illustrative figures for an old commune, from its row number: only their sums are asserted.
double installsOf( int i )
{
  return 200 + 13 * i;
}

struct OldCommuneAnnex
{
  QString path;
  QHash<QString, double> installsByCode; //!< old commune code -> installs
};

//! The 373 old communes of 01/03/2025 as a department's annex: district, commune code and name.
OldCommuneAnnex writeAnnex( AcvScratch &scratch )
{
  OldCommuneAnnex annex;
  QByteArray csv = "Huyện;Mã xã;Xã, phường, thị trấn;Số lượt cài đặt;Số người dùng ĐTTM;Dân số\n";
  const QVector<QStringList> communes = acvReadPlainCsv( acvSharedGeodata( QStringLiteral( "gia_lai_old_communes_2025-03.csv" ) ) ).mid( 1 );
  for ( int i = 0; i < communes.size(); ++i )
  {
    const QStringList &c = communes.at( i );
    annex.installsByCode.insert( c.at( 4 ), installsOf( i ) );
    csv += QStringLiteral( "%1;%2;%3;%4;%5;%6\n" ).arg( c.at( 3 ), c.at( 4 ), c.at( 5 ) ).arg( installsOf( i ) ).arg( 2000 + 7 * i ).arg( 9000 + 11 * i ).toUtf8();
  }
  annex.path = scratch.write( QStringLiteral( "old_communes.csv" ), csv );
  return annex;
}

//! The shipped crosswalk with an even share on every partial link.
QString writeCrosswalkWithShares( AcvScratch &scratch, QHash<QString, QVector<QPair<QString, double>>> &linksOfOld )
{
  const QVector<QStringList> rows = acvReadPlainCsv( acvSharedGeodata( QStringLiteral( "gia_lai_2025_crosswalk.csv" ) ) );
  QHash<QString, int> parts;
  for ( const QStringList &row : rows.mid( 1 ) )
    ++parts[row.at( 4 )];
  QByteArray csv = rows.at( 0 ).join( QLatin1Char( ',' ) ).toUtf8() + ",share\n";
  for ( const QStringList &row : rows.mid( 1 ) )
  {
    const double share = 1.0 / parts.value( row.at( 4 ) );
    linksOfOld[row.at( 4 )].append( { row.at( 6 ), share } );
    csv += row.join( QLatin1Char( ',' ) ).toUtf8() + ( parts.value( row.at( 4 ) ) > 1 ? "," + QByteArray::number( share, 'g', 17 ) : QByteArray( "," ) ) + '\n';
  }
  return scratch.write( QStringLiteral( "crosswalk.csv" ), csv );
}

bool runJob( AcvCoverageJob &job, AcvMessages &messages, QString &error )
{
  return job.openBoundaries( error ) && job.loadStatistics( messages, error ) && job.readMapping( error ) && job.chooseKeyField( messages, error ) && job.match( error );
}
} // namespace

TEST( AcvCoverageJobRemap, OldCommunesReachAllNewCommunesAndACodeTheLayerWritesOtherwiseIsPairedByName )
{
  AcvScratch scratch;
  const OldCommuneAnnex annex = writeAnnex( scratch );
  QHash<QString, QVector<QPair<QString, double>>> linksOfOld;
  AcvCoverageJobOptions options;
  options.boundaries = acvSharedGeodata( QStringLiteral( "gia_lai_2025_communes.gpkg" ) );
  options.stats = annex.path;
  options.crosswalk = writeCrosswalkWithShares( scratch, linksOfOld );
  AcvCoverageJob job( options );
  AcvMessages messages;
  QString error;
  ASSERT_TRUE( runJob( job, messages, error ) ) << error.toStdString();
  EXPECT_EQ( job.keyField(), QStringLiteral( "code" ) );
  EXPECT_EQ( job.keyMode(), AcvNameMatcher::KeyMode::Code );
  EXPECT_EQ( job.join().match.matches.size(), 135 );
  EXPECT_TRUE( job.join().match.unmatchedBoundaries.isEmpty() );
  AcvMessages described;
  job.describeJoin( described );
  // The crosswalk codes the new Xã Ia Mơ 23737, the 2025 layer 23938: paired by name, and said.
  const bool said = std::any_of( described.cbegin(), described.cend(), []( const AcvMessage &m )
                                 { return m.text.contains( u8( "'23737' Xã Ia Mơ = '23938' Xã Ia Mơ" ) ); } );
  EXPECT_TRUE( said );

  // Each new commune's installs: the sums of its old communes' shares, from the two files alone.
  QHash<QString, double> expected; // new code -> installs (before the whole-person division)
  for ( auto it = linksOfOld.cbegin(); it != linksOfOld.cend(); ++it )
  {
    for ( const auto &link : it.value() )
      expected[link.first] += annex.installsByCode.value( it.key() ) * link.second;
  }
  QStringList codes;
  QString ignored;
  ASSERT_TRUE( job.boundaries().keys( QStringLiteral( "code" ), codes, ignored ) );
  double total = 0;
  for ( int b = 0; b < codes.size(); ++b )
  {
    const AcvFigures &figures = job.join().boundaryFigures.at( b );
    ASSERT_TRUE( figures.installs.has_value() ) << codes.at( b ).toStdString();
    const QString crosswalkCode = codes.at( b ) == QLatin1String( "23938" ) ? QStringLiteral( "23737" ) : codes.at( b );
    // A split row's parts are whole persons: within one person of the exact share.
    EXPECT_NEAR( *figures.installs, expected.value( crosswalkCode ), 1.0 ) << codes.at( b ).toStdString();
    EXPECT_EQ( *figures.installs, std::round( *figures.installs ) );
    total += *figures.installs;
  }
  double annexTotal = 0;
  for ( const double installs : annex.installsByCode )
    annexTotal += installs;
  EXPECT_EQ( total, annexTotal ); // to the person
  EXPECT_EQ( job.reportRemap().split, AcvReportRemap::Split::Shares );
}

TEST( AcvCoverageJobRemap, ANamedKeyFieldOfNamesKeysTheNewUnitsByName )
{
  AcvScratch scratch;
  const OldCommuneAnnex annex = writeAnnex( scratch );
  QHash<QString, QVector<QPair<QString, double>>> linksOfOld;
  AcvCoverageJobOptions options;
  options.boundaries = acvSharedGeodata( QStringLiteral( "gia_lai_2025_communes.gpkg" ) );
  options.boundaryKey = QStringLiteral( "full_name" );
  options.stats = annex.path;
  options.crosswalk = writeCrosswalkWithShares( scratch, linksOfOld );
  AcvCoverageJob job( options );
  AcvMessages messages;
  QString error;
  ASSERT_TRUE( runJob( job, messages, error ) ) << error.toStdString();
  EXPECT_EQ( job.keyMode(), AcvNameMatcher::KeyMode::Name );
  // By name even Xã Ia Mơ pairs: its name is the same on both sides.
  EXPECT_EQ( job.join().match.matches.size(), 135 );
}

TEST( AcvCoverageJobRemap, WithoutSharesTheSplitCommunesAreNamedAndNothingIsJoined )
{
  AcvScratch scratch;
  const OldCommuneAnnex annex = writeAnnex( scratch );
  AcvCoverageJobOptions options;
  options.boundaries = acvSharedGeodata( QStringLiteral( "gia_lai_2025_communes.gpkg" ) );
  options.stats = annex.path;
  options.crosswalk = acvSharedGeodata( QStringLiteral( "gia_lai_2025_crosswalk.csv" ) );
  AcvCoverageJob job( options );
  AcvMessages messages;
  QString error;
  ASSERT_FALSE( runJob( job, messages, error ) );
  for ( const char *name : { "Xã An Nghĩa (Huyện An Lão)", "Xã Ân Nghĩa (Huyện Hoài Ân)", "Xã Canh Hiệp (Huyện Vân Canh)", "Xã Canh Liên (Huyện Vân Canh)" } )
    EXPECT_TRUE( error.contains( u8( name ) ) ) << name << " in " << error.toStdString();
  EXPECT_TRUE( error.contains( QStringLiteral( "4 old units were split" ) ) ) << error.toStdString();
  EXPECT_TRUE( job.join().match.matches.isEmpty() );
}
