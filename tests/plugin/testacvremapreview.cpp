/***************************************************************************
  testacvremapreview.cpp - the join review of an annex re-mapped into new units: old -> new
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcolumnchoices.h"
#include "acvjoinreview.h"
#include "acvplugintestutils.h"
#include "acvremapreview.h"

#include <gtest/gtest.h>

#include <numeric>

namespace
{
QString persons( double value )
{
  return AcvColumnChoices::unambiguousNumber( value );
}

double sum( const QHash<QString, double> &values )
{
  return std::accumulate( values.cbegin(), values.cend(), 0.0 );
}

int unitIndex( const AcvRemapReview &remap, const QString &code )
{
  for ( int i = 0; i < remap.units().size(); ++i )
  {
    if ( remap.units().at( i ).code == code || remap.units().at( i ).name == code )
      return i;
  }
  return -1;
}
} // namespace

TEST( AcvRemapReview, ShowsTheOldProvincesOfEachOfThe34NewOnes )
{
  // The annex's own figures, read by hand: code -> installs, name -> code.
  const QHash<QString, double> installs = acvAnnexColumn( acvNationalStatistics(), 1, 3 );
  const QHash<QString, double> codeOfName = acvAnnexColumn( acvNationalStatistics(), 2, 1 );
  ASSERT_EQ( installs.size(), 63 );
  ASSERT_EQ( codeOfName.value( QStringLiteral( "Gia Lai" ) ), 64 );
  ASSERT_EQ( codeOfName.value( u8( "Bình Định" ) ), 52 );

  AcvCoverageJobOptions options;
  options.boundaries = acvProvinces2025();
  options.stats = acvNationalStatistics();
  options.crosswalk = acvProvinces2025Crosswalk();
  QString error;
  const std::unique_ptr<AcvCoverageJob> job = acvMatchedJob( options, error );
  ASSERT_TRUE( job ) << error.toStdString();
  ASSERT_EQ( job->remap().kind(), AcvUnitRemap::Kind::Crosswalk );
  const AcvJoinReview review( job->boundaryKeys(), job->table(), job->join().match, job->mapping(), job->boundaryParents(), AcvRemapReview( job->remap() ) );
  const AcvRemapReview &remap = review.remap();
  ASSERT_TRUE( remap.isSet() );
  ASSERT_EQ( remap.units().size(), 34 );
  EXPECT_EQ( review.matches().size(), 34 );
  EXPECT_TRUE( review.unmatchedRows().isEmpty() );

  // The new Gia Lai (52) is the old Gia Lai (64) and Bình Định (52), in the crosswalk's order.
  const int gialai = unitIndex( remap, QStringLiteral( "52" ) );
  ASSERT_GE( gialai, 0 );
  const AcvReviewUnit &unit = remap.units().at( gialai );
  EXPECT_EQ( unit.name, u8( "Tỉnh Gia Lai" ) );
  ASSERT_EQ( unit.sources.size(), 2 );
  EXPECT_EQ( unit.sources.at( 0 ).name, u8( "Bình Định" ) );
  EXPECT_EQ( unit.sources.at( 1 ).name, QStringLiteral( "Gia Lai" ) );
  EXPECT_EQ( remap.fromText( gialai ), u8( "Bình Định (52) + Gia Lai (64) → Tỉnh Gia Lai (52)" ) );
  const double binhDinh = installs.value( QStringLiteral( "52" ) );
  const double oldGiaLai = installs.value( QStringLiteral( "64" ) );
  EXPECT_DOUBLE_EQ( oldGiaLai, 139267 ); // the annex's one real row (Công văn 1153/STTTT-CNTT)
  ASSERT_TRUE( unit.installs );
  EXPECT_DOUBLE_EQ( *unit.installs, binhDinh + oldGiaLai );
  EXPECT_EQ( remap.installsText( gialai ), QStringLiteral( "%1 + %2 = %3" ).arg( persons( binhDinh ), persons( oldGiaLai ), persons( binhDinh + oldGiaLai ) ) );
  EXPECT_EQ( remap.installsText( gialai ), QStringLiteral( "113\u202F924 + 139\u202F267 = 253\u202F191" ) );
  // Each annex row with its row in the file, for the tooltip and the unmatched list.
  EXPECT_EQ( remap.rowsText( gialai ), QStringLiteral( "38, 44" ) );
  EXPECT_TRUE( remap.details( gialai ).contains( QStringLiteral( "Row 44, Gia Lai (64): %1 installs" ).arg( persons( oldGiaLai ) ) ) ) << remap.details( gialai ).toStdString();

  // Paired with the boundary of that code.
  const auto match = std::find_if( review.matches().begin(), review.matches().end(), [gialai]( const AcvReviewMatch &m )
                                   { return m.statisticsIndex == gialai; } );
  ASSERT_NE( match, review.matches().end() );
  EXPECT_EQ( match->boundaryKey, QStringLiteral( "52" ) );

  // A province the reform left alone is one row; every unit is complete and the totals agree.
  const int hanoi = unitIndex( remap, QStringLiteral( "01" ) );
  ASSERT_GE( hanoi, 0 );
  EXPECT_EQ( remap.fromText( hanoi ), u8( "TP. Hà Nội (01) → Thành phố Hà Nội (01)" ) );
  EXPECT_EQ( remap.installsText( hanoi ), persons( installs.value( QStringLiteral( "01" ) ) ) );
  EXPECT_EQ( remap.incompleteCount(), 0 );
  const double total = sum( installs );
  EXPECT_TRUE( remap.totals().startsWith( u8( "Crosswalk vn_provinces_2025_crosswalk.csv: 63 annex rows → 34 units; installs %1 → %1, smartphone users " ).arg( persons( total ) ) ) )
      << remap.totals().toStdString();

  // Without a remap the review has none to show.
  const std::unique_ptr<AcvCoverageJob> plain = acvMatchedJob( acvGiaLaiBoundaries(), acvGiaLaiStatistics(), error );
  ASSERT_TRUE( plain ) << error.toStdString();
  const AcvJoinReview plainReview( plain->boundaryKeys(), plain->table(), plain->join().match, plain->mapping(), plain->boundaryParents(), AcvRemapReview( plain->remap() ) );
  EXPECT_FALSE( plainReview.remap().isSet() );
  EXPECT_EQ( plainReview.remap().fromText( 0 ), QString() );
}

TEST( AcvRemapReview, ShowsTheSharesOfSplitUnitsAndFlagsIncompleteOnes )
{
  // Gia Lai's districts merged: Chư Pưh split between Chư Sê (a quarter) and Phú Thiện, and
  // Kông Chro joined by a district no annex row is about.
  AcvScratch scratch;
  const QHash<QString, double> installs = acvAnnexColumn( acvGiaLaiStatistics(), 1, 4 );
  ASSERT_EQ( installs.size(), 17 );
  // In the order of the names: a new unit's old units are listed in the crosswalk's order.
  QStringList districts = installs.keys();
  districts.sort();
  QString crosswalk = QStringLiteral( "old_district,new_district,link,share\n" );
  for ( const QString &district : std::as_const( districts ) )
  {
    if ( district == u8( "huyện Chư Pưh" ) )
      crosswalk += u8( "%1,Huyện Chư Sê,partial,0.25\n%1,Huyện Phú Thiện,partial,0.75\n" ).arg( district );
    else if ( district == QLatin1String( "Chu Se" ) || district == u8( "Phú Thiện" ) )
      crosswalk += u8( "%1,Huyện %2,full,\n" ).arg( district, district == QLatin1String( "Chu Se" ) ? u8( "Chư Sê" ) : u8( "Phú Thiện" ) );
    else
      crosswalk += QStringLiteral( "%1,%1,full,\n" ).arg( district );
  }
  crosswalk += u8( "Huyện Không Có,Kông Chro,full,\n" );
  AcvCoverageJobOptions options;
  options.boundaries = acvGiaLaiBoundaries();
  options.stats = acvGiaLaiStatistics();
  options.crosswalk = scratch.write( QStringLiteral( "districts_merged.csv" ), crosswalk.toUtf8() );
  QString error;
  const std::unique_ptr<AcvCoverageJob> job = acvMatchedJob( options, error );
  ASSERT_TRUE( job ) << error.toStdString();
  const AcvRemapReview remap( job->remap() );
  ASSERT_EQ( remap.units().size(), 16 );

  const int chuSe = unitIndex( remap, u8( "Huyện Chư Sê" ) );
  const int phuThien = unitIndex( remap, u8( "Huyện Phú Thiện" ) );
  ASSERT_GE( chuSe, 0 );
  ASSERT_GE( phuThien, 0 );
  EXPECT_EQ( remap.fromText( chuSe ).toStdString(), u8( "Chu Se + huyện Chư Pưh 1/4 → Huyện Chư Sê" ).toStdString() );
  EXPECT_EQ( remap.fromText( phuThien ).toStdString(), u8( "Phú Thiện + huyện Chư Pưh 3/4 → Huyện Phú Thiện" ).toStdString() );
  // The split row's installs, in whole persons, go all to its two parts.
  const double chuPuh = installs.value( u8( "huyện Chư Pưh" ) );
  const AcvReviewSource &quarter = remap.units().at( chuSe ).sources.at( 1 );
  const AcvReviewSource &rest = remap.units().at( phuThien ).sources.at( 1 );
  ASSERT_TRUE( quarter.installs && rest.installs );
  EXPECT_DOUBLE_EQ( *quarter.installs + *rest.installs, chuPuh );
  EXPECT_NEAR( *quarter.installs, chuPuh / 4, 1.0 );
  EXPECT_EQ( remap.installsText( chuSe ), QStringLiteral( "%1 + %2 = %3" ).arg( persons( installs.value( QStringLiteral( "Chu Se" ) ) ), persons( *quarter.installs ), persons( installs.value( QStringLiteral( "Chu Se" ) ) + *quarter.installs ) ) );

  // Kông Chro lacks an old unit: flagged, without figures, and its row's installs withheld.
  const int kongChro = unitIndex( remap, u8( "Kông Chro" ) );
  ASSERT_GE( kongChro, 0 );
  const AcvReviewUnit &incomplete = remap.units().at( kongChro );
  EXPECT_FALSE( incomplete.complete() );
  EXPECT_EQ( incomplete.missingOldUnits, QStringList{ u8( "Huyện Không Có" ) } );
  EXPECT_FALSE( incomplete.installs );
  EXPECT_EQ( remap.incompleteCount(), 1 );
  EXPECT_EQ( remap.installsText( kongChro ), QStringLiteral( "incomplete: 1 old units not in the annex" ) );
  EXPECT_TRUE( remap.details( kongChro ).contains( u8( "Huyện Không Có not in the annex" ) ) ) << remap.details( kongChro ).toStdString();
  const double total = sum( installs );
  const double withheld = installs.value( u8( "Kông Chro" ) );
  EXPECT_TRUE( remap.totals().contains( QStringLiteral( "17 annex rows → 16 units; installs %1 → %2 + %3 withheld" ).arg( persons( total ), persons( total - withheld ), persons( withheld ) ) ) )
      << remap.totals().toStdString();
  EXPECT_TRUE( remap.totals().contains( QStringLiteral( "1 units are left without figures" ) ) ) << remap.totals().toStdString();

  // The review lists the new units as the statistics rows: Chư Pưh's boundary has none.
  const AcvJoinReview review( job->boundaryKeys(), job->table(), job->join().match, job->mapping(), job->boundaryParents(), remap );
  EXPECT_EQ( review.matches().size(), 16 );
  ASSERT_EQ( review.unmatchedBoundaries().size(), 1 );
  EXPECT_EQ( review.boundaryKey( review.unmatchedBoundaries().constFirst() ), u8( "Huyện Chư Pưh" ) );
}

TEST( AcvRemapReview, SaysASharesAsAFractionOrAPercentage )
{
  EXPECT_EQ( AcvRemapReview::shareText( 0.5 ), QStringLiteral( "1/2" ) );
  EXPECT_EQ( AcvRemapReview::shareText( 1.0 / 3.0 ), QStringLiteral( "1/3" ) );
  EXPECT_EQ( AcvRemapReview::shareText( 0.4 ), QStringLiteral( "2/5" ) );
  EXPECT_EQ( AcvRemapReview::shareText( 0.75 ), QStringLiteral( "3/4" ) );
  EXPECT_EQ( AcvRemapReview::shareText( 0.3721 ), QStringLiteral( "37.2 %" ) );
  AcvReviewSource whole{ 12, u8( "Xã An Hòa" ), u8( "Huyện An Lão" ), QString(), 1.0, 100.0 };
  EXPECT_EQ( whole.label(), u8( "Xã An Hòa (Huyện An Lão)" ) );
  AcvReviewSource part{ 13, u8( "Xã Ân Nghĩa" ), u8( "Huyện Hoài Ân" ), QStringLiteral( "21609" ), 1.0 / 3.0, 33.0 };
  EXPECT_EQ( part.label(), u8( "Xã Ân Nghĩa (Huyện Hoài Ân, 21609) 1/3" ) );
}
