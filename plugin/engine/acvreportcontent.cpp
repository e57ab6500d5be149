/***************************************************************************
  acvreportcontent.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvreportcontent.h"

#include <QLocale>

#include <cmath>

#include <algorithm>

void AcvReportContent::setJoin( const AcvCoverageJoinResult &join, const QStringList &boundaryKeys )
{
  totals = join.totals;
  belowTarget.clear();
  for ( int b = 0; b < join.boundaryMetrics.size() && b < boundaryKeys.size(); ++b )
  {
    const AcvLocalityMetrics &metrics = join.boundaryMetrics.at( b );
    if ( !metrics.belowTarget.value_or( false ) )
      continue;
    const AcvFigures &figures = join.boundaryFigures.at( b );
    AcvBelowTargetRow row;
    row.name = boundaryKeys.at( b );
    row.installs = figures.installs.value_or( 0 );
    row.smartphones = figures.smartphones.value_or( 0 );
    row.coveragePct = metrics.coveragePct.value_or( 0 );
    row.gapInstalls = metrics.gapInstalls.value_or( 0 );
    belowTarget.append( row );
  }
  // Largest gap first: where the campaign has most installs to win.
  std::stable_sort( belowTarget.begin(), belowTarget.end(), []( const AcvBelowTargetRow &a, const AcvBelowTargetRow &b )
                    { return a.gapInstalls > b.gapInstalls; } );
  // Equal gaps by name, for a stable page. Only the rows the table names need it (each run of
  // equal gaps that starts among them, in full): comparing names by locale, for all of a
  // national map's 50 000 rows below target, took most of this function's 60 ms.
  const int named = maxTableRows > 0 ? std::min( maxTableRows, static_cast<int>( belowTarget.size() ) ) : static_cast<int>( belowTarget.size() );
  for ( int start = 0; start < named; )
  {
    int end = start + 1;
    while ( end < belowTarget.size() && belowTarget.at( end ).gapInstalls == belowTarget.at( start ).gapInstalls )
      ++end;
    if ( end - start > 1 )
      std::stable_sort( belowTarget.begin() + start, belowTarget.begin() + end, []( const AcvBelowTargetRow &a, const AcvBelowTargetRow &b )
                        { return a.name.localeAwareCompare( b.name ) < 0; } );
    start = end;
  }
}

QString AcvReportContent::effectiveTitle() const
{
  return title.isEmpty() ? defaultTitle() : title;
}

QString AcvReportContent::effectiveSubtitle() const
{
  return subtitle.isEmpty() ? defaultSubtitle() : subtitle;
}

QString AcvReportContent::defaultTitle() const
{
  return isVietnamese() ? QStringLiteral( "Tỷ lệ cài đặt ứng dụng trên số người dùng điện thoại thông minh" )
                        : QStringLiteral( "App installs per smartphone user" );
}

QString AcvReportContent::defaultSubtitle() const
{
  const QString target = AcvLanguageText::percent( targetPct, targetPct == std::floor( targetPct ) ? 0 : 1, language );
  if ( isVietnamese() )
  {
    const QString date = statisticsDate.isValid() ? QStringLiteral( "Số liệu đến ngày %1" ).arg( formatDate( statisticsDate ) )
                                                  : QStringLiteral( "Ngày của số liệu: không rõ (tệp số liệu không ghi)" );
    return QStringLiteral( "%1 · Mục tiêu %2 người dùng ĐTTM" ).arg( date, target );
  }
  const QString date = statisticsDate.isValid() ? QStringLiteral( "Statistics as of %1" ).arg( formatDate( statisticsDate ) )
                                                : QStringLiteral( "Statistics date unknown (not stated in the statistics file)" );
  return QStringLiteral( "%1 · Target %2 of smartphone users" ).arg( date, target );
}

QVector<QPair<QString, QString>> AcvReportContent::summaryLines() const
{
  const bool vi = isVietnamese();
  const QString na = vi ? QStringLiteral( "không có" ) : QStringLiteral( "n/a" );
  auto pct = [&]( const std::optional<double> &value )
  { return value ? AcvLanguageText::percent( *value, 1, language ) : na; };
  QVector<QPair<QString, QString>> lines;
  lines.append( { vi ? QStringLiteral( "Tổng số lượt cài đặt" ) : QStringLiteral( "Total installs" ), AcvLanguageText::count( totals.installs, language ) } );
  lines.append( { vi ? QStringLiteral( "Tỷ lệ trên dân số" ) : QStringLiteral( "Share of population" ), pct( totals.populationPct ) } );
  lines.append( { vi ? QStringLiteral( "Tỷ lệ trên người dùng ĐTTM" ) : QStringLiteral( "Share of smartphone users" ), pct( totals.coveragePct ) } );
  lines.append( { vi ? QStringLiteral( "Mục tiêu" ) : QStringLiteral( "Target" ), AcvLanguageText::percent( targetPct, targetPct == std::floor( targetPct ) ? 0 : 1, language ) } );
  lines.append( { vi ? QStringLiteral( "Số đơn vị dưới mục tiêu" ) : QStringLiteral( "Localities below target" ),
                  vi ? QStringLiteral( "%1 / %2" ).arg( totals.belowTarget ).arg( totals.localitiesWithCoverage )
                     : QStringLiteral( "%1 of %2" ).arg( totals.belowTarget ).arg( totals.localitiesWithCoverage ) } );
  if ( totals.gapInstalls )
    lines.append( { vi ? QStringLiteral( "Số lượt cài còn thiếu" ) : QStringLiteral( "Installs still needed" ), AcvLanguageText::count( static_cast<double>( *totals.gapInstalls ), language ) } );
  return lines;
}

QString AcvReportContent::tableCaption() const
{
  return isVietnamese() ? QStringLiteral( "Đơn vị dưới mục tiêu, xếp theo số lượt cài còn thiếu" )
                        : QStringLiteral( "Localities below the target, by installs still needed" );
}

QString AcvReportContent::atlasTitleSuffix() const
{
  // The full title does not fit after a long name ("Thành phố Hồ Chí Minh — ...") on one line.
  if ( !title.isEmpty() )
    return title;
  return isVietnamese() ? QStringLiteral( "tỷ lệ cài đặt trên người dùng ĐTTM" ) : QStringLiteral( "coverage of smartphone users" );
}

QString AcvReportContent::continuedTableCaption() const
{
  return tableCaption() + ( isVietnamese() ? QStringLiteral( " (tiếp theo)" ) : QStringLiteral( " (continued)" ) );
}

QString AcvReportContent::pageNumberTemplate() const
{
  return ( isVietnamese() ? QStringLiteral( "Trang" ) : QStringLiteral( "Page" ) ) + QStringLiteral( " [% @layout_page %]/[% @layout_numpages %]" );
}

QStringList AcvReportContent::tableHeaders() const
{
  if ( isVietnamese() )
    return { QStringLiteral( "STT" ), QStringLiteral( "Đơn vị" ), QStringLiteral( "Tỷ lệ/ĐTTM" ), QStringLiteral( "Còn thiếu" ) };
  return { QStringLiteral( "#" ), QStringLiteral( "Locality" ), QStringLiteral( "Coverage" ), QStringLiteral( "Installs needed" ) };
}

QVector<QStringList> AcvReportContent::tableRows() const
{
  QVector<QStringList> rows;
  const bool cut = maxTableRows > 0 && belowTarget.size() > maxTableRows;
  // A cut table ends with one line that says what was left out, in place of a last locality.
  const int shown = cut ? maxTableRows - 1 : static_cast<int>( belowTarget.size() );
  for ( int i = 0; i < shown; ++i )
  {
    const AcvBelowTargetRow &row = belowTarget.at( i );
    rows.append( { QString::number( i + 1 ), row.name, AcvLanguageText::percent( row.coveragePct, 1, language ), AcvLanguageText::count( static_cast<double>( row.gapInstalls ), language ) } );
  }
  if ( cut )
  {
    const int rest = static_cast<int>( belowTarget.size() ) - shown;
    qlonglong restGap = 0;
    for ( int i = shown; i < belowTarget.size(); ++i )
      restGap += belowTarget.at( i ).gapInstalls;
    rows.append( { QString(),
                   isVietnamese() ? QStringLiteral( "… và %1 đơn vị khác (danh sách đầy đủ trong lớp kết quả)" ).arg( AcvLanguageText::count( rest, language ) )
                                  : QStringLiteral( "… and %1 more (the joined layer lists them all)" ).arg( AcvLanguageText::count( rest, language ) ),
                   QString(), AcvLanguageText::count( static_cast<double>( restGap ), language ) } );
  }
  return rows;
}

QString AcvReportContent::emptyTableMessage() const
{
  return isVietnamese() ? QStringLiteral( "Tất cả các đơn vị đã đạt mục tiêu." ) : QStringLiteral( "Every locality has reached the target." );
}

QString AcvReportContent::sourceNote() const
{
  const QString totals = totalsNote();
  const QString separator = totals.isEmpty() ? QString() : QStringLiteral( " " );
  if ( isVietnamese() )
    return QStringLiteral( "Nguồn số liệu: %1. Ranh giới hành chính: %2. Tỷ lệ = số lượt cài đặt / số người dùng điện thoại thông minh (ĐTTM)." )
               .arg( statisticsSource, boundarySource )
           + separator + totals;
  return QStringLiteral( "Statistics: %1. Administrative boundaries: %2. Coverage = installs / smartphone users." ).arg( statisticsSource, boundarySource ) + separator + totals;
}

QString AcvReportContent::totalsNote() const
{
  QStringList sentences;
  const AcvNumberConvention numbers = isVietnamese() ? AcvNumberConvention::Vietnamese : AcvNumberConvention::English;
  // The footer has room for two such sentences; the join report lists every one.
  constexpr int kShown = 2;
  for ( const AcvTotalMismatch &mismatch : totalMismatches.mid( 0, kShown ) )
  {
    const int decimals = std::fabs( mismatch.stated - std::round( mismatch.stated ) ) > 1e-9 ? 1 : 0;
    QString what;
    switch ( mismatch.figure )
    {
      case AcvTotalMismatch::Figure::Installs:
        what = isVietnamese() ? QStringLiteral( "lượt cài đặt" ) : QStringLiteral( "installs" );
        break;
      case AcvTotalMismatch::Figure::Smartphones:
        what = isVietnamese() ? QStringLiteral( "người dùng ĐTTM" ) : QStringLiteral( "smartphone users" );
        break;
      case AcvTotalMismatch::Figure::Population:
        what = isVietnamese() ? QStringLiteral( "người (dân số)" ) : QStringLiteral( "people (population)" );
        break;
    }
    const QString stated = AcvNumberParser::format( mismatch.stated, decimals, numbers );
    const QString sum = AcvNumberParser::format( mismatch.sum, decimals, numbers );
    const QString difference = AcvNumberParser::format( mismatch.stated - mismatch.sum, decimals, numbers );
    sentences.append( isVietnamese()
                          ? QStringLiteral( "Lưu ý: dòng “%1” (dòng %2) của phụ lục ghi %3 %4, nhưng cộng %5 đơn vị được %6 (chênh %7); bản đồ dùng số liệu của từng đơn vị." )
                                .arg( mismatch.label )
                                .arg( mismatch.row )
                                .arg( stated, what )
                                .arg( mismatch.rows )
                                .arg( sum, difference )
                          : QStringLiteral( "Note: the annex's total row “%1” (row %2) says %3 %4, but its %5 localities sum to %6 (difference %7); the map uses each locality's figures." )
                                .arg( mismatch.label )
                                .arg( mismatch.row )
                                .arg( stated, what )
                                .arg( mismatch.rows )
                                .arg( sum, difference ) );
  }
  if ( totalMismatches.size() > kShown )
    sentences.append( isVietnamese() ? QStringLiteral( "Còn %1 chênh lệch khác giữa dòng tổng và các đơn vị (xem báo cáo ghép nối)." ).arg( totalMismatches.size() - kShown )
                                     : QStringLiteral( "%1 more total rows disagree with their localities (see the join report)." ).arg( totalMismatches.size() - kShown ) );
  return sentences.join( QLatin1Char( ' ' ) );
}

QString AcvReportContent::productionNote() const
{
  return isVietnamese() ? QStringLiteral( "Ngày lập: %1" ).arg( formatDate( productionDate ) )
                        : QStringLiteral( "Produced %1" ).arg( formatDate( productionDate ) );
}

QString AcvReportContent::formatDate( const QDate &date ) const
{
  if ( !date.isValid() )
    return isVietnamese() ? QStringLiteral( "không rõ" ) : QStringLiteral( "unknown" );
  // The system locale must not decide: the report's language does.
  if ( isVietnamese() )
    return date.toString( QStringLiteral( "dd/MM/yyyy" ) );
  return QLocale( QLocale::English, QLocale::UnitedKingdom ).toString( date, QStringLiteral( "d MMMM yyyy" ) );
}
