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
  return text( QT_TRANSLATE_NOOP( "AcvReportContent", "App installs per smartphone user" ) );
}

QString AcvReportContent::defaultSubtitle() const
{
  const QString target = AcvLanguageText::percent( targetPct, targetPct == std::floor( targetPct ) ? 0 : 1, language );
  const QString date = statisticsDate.isValid() ? text( QT_TRANSLATE_NOOP( "AcvReportContent", "Statistics as of %1" ) ).arg( formatDate( statisticsDate ) )
                                                : text( QT_TRANSLATE_NOOP( "AcvReportContent", "Statistics date unknown (not stated in the statistics file)" ) );
  return text( QT_TRANSLATE_NOOP( "AcvReportContent", "%1 · Target %2 of smartphone users" ) ).arg( date, target );
}

QVector<QPair<QString, QString>> AcvReportContent::summaryLines() const
{
  const QString na = text( QT_TRANSLATE_NOOP( "AcvReportContent", "n/a" ) );
  auto pct = [&]( const std::optional<double> &value )
  { return value ? AcvLanguageText::percent( *value, 1, language ) : na; };
  QVector<QPair<QString, QString>> lines;
  lines.append( { text( QT_TRANSLATE_NOOP( "AcvReportContent", "Total installs" ) ), AcvLanguageText::count( totals.installs, language ) } );
  lines.append( { text( QT_TRANSLATE_NOOP( "AcvReportContent", "Share of population" ) ), pct( totals.populationPct ) } );
  lines.append( { text( QT_TRANSLATE_NOOP( "AcvReportContent", "Share of smartphone users" ) ), pct( totals.coveragePct ) } );
  lines.append( { text( QT_TRANSLATE_NOOP( "AcvReportContent", "Target" ) ), AcvLanguageText::percent( targetPct, targetPct == std::floor( targetPct ) ? 0 : 1, language ) } );
  lines.append( { text( QT_TRANSLATE_NOOP( "AcvReportContent", "Localities below target" ) ),
                  text( QT_TRANSLATE_NOOP( "AcvReportContent", "%1 of %2" ) ).arg( totals.belowTarget ).arg( totals.localitiesWithCoverage ) } );
  if ( totals.gapInstalls )
    lines.append( { text( QT_TRANSLATE_NOOP( "AcvReportContent", "Installs still needed" ) ), AcvLanguageText::count( static_cast<double>( *totals.gapInstalls ), language ) } );
  return lines;
}

QString AcvReportContent::tableCaption() const
{
  return text( QT_TRANSLATE_NOOP( "AcvReportContent", "Localities below the target, by installs still needed" ) );
}

QString AcvReportContent::atlasTitleSuffix() const
{
  // The full title does not fit after a long name ("Thành phố Hồ Chí Minh — ...") on one line.
  if ( !title.isEmpty() )
    return title;
  return text( QT_TRANSLATE_NOOP( "AcvReportContent", "coverage of smartphone users" ) );
}

QString AcvReportContent::continuedTableCaption() const
{
  return tableCaption() + text( QT_TRANSLATE_NOOP( "AcvReportContent", " (continued)" ) );
}

QString AcvReportContent::pageNumberTemplate() const
{
  return text( QT_TRANSLATE_NOOP( "AcvReportContent", "Page" ) ) + QStringLiteral( " [% @layout_page %]/[% @layout_numpages %]" );
}

QStringList AcvReportContent::tableHeaders() const
{
  return { text( QT_TRANSLATE_NOOP( "AcvReportContent", "#" ) ),
           text( QT_TRANSLATE_NOOP( "AcvReportContent", "Locality" ) ),
           text( QT_TRANSLATE_NOOP( "AcvReportContent", "Coverage" ) ),
           text( QT_TRANSLATE_NOOP( "AcvReportContent", "Installs needed" ) ) };
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
                   text( QT_TRANSLATE_NOOP( "AcvReportContent", "… and %1 more (the joined layer lists them all)" ) ).arg( AcvLanguageText::count( rest, language ) ),
                   QString(), AcvLanguageText::count( static_cast<double>( restGap ), language ) } );
  }
  return rows;
}

QString AcvReportContent::emptyTableMessage() const
{
  return text( QT_TRANSLATE_NOOP( "AcvReportContent", "Every locality has reached the target." ) );
}

QString AcvReportContent::sourceNote() const
{
  QStringList notes{ text( QT_TRANSLATE_NOOP( "AcvReportContent", "Statistics: %1. Administrative boundaries: %2. Coverage = installs / smartphone users." ) ).arg( statisticsSource, boundarySource ) };
  for ( const QString &note : { remapNote(), totalsNote() } )
  {
    if ( !note.isEmpty() )
      notes.append( note );
  }
  return notes.join( QLatin1Char( ' ' ) );
}

QString AcvReportContent::remapNote() const
{
  QString note;
  switch ( remap.kind )
  {
    case AcvReportRemap::Kind::None:
      return QString();
    case AcvReportRemap::Kind::Crosswalk:
      note = text( QT_TRANSLATE_NOOP( "AcvReportContent", "Figures by the old administrative units, re-mapped to the new units by %1." ) ).arg( remap.source );
      break;
    case AcvReportRemap::Kind::Aggregation:
      note = text( QT_TRANSLATE_NOOP( "AcvReportContent", "Figures summed from the annex's rows by its column '%1'." ) ).arg( remap.source );
      break;
  }
  switch ( remap.split )
  {
    case AcvReportRemap::Split::None:
      break;
    case AcvReportRemap::Split::Shares:
      note += QLatin1Char( ' ' ) + text( QT_TRANSLATE_NOOP( "AcvReportContent", "Units that were split are divided by the crosswalk's shares." ) );
      break;
    case AcvReportRemap::Split::Area:
      note += QLatin1Char( ' ' ) + text( QT_TRANSLATE_NOOP( "AcvReportContent", "Units that were split are divided by the area of overlap." ) );
      break;
  }
  return note;
}

QString AcvReportContent::totalsNote() const
{
  QStringList sentences;
  const AcvNumberConvention numbers = AcvLanguageText::convention( language );
  // The footer has room for two such sentences; the join report lists every one.
  constexpr int kShown = 2;
  for ( const AcvTotalMismatch &mismatch : totalMismatches.mid( 0, kShown ) )
  {
    const int decimals = std::fabs( mismatch.stated - std::round( mismatch.stated ) ) > 1e-9 ? 1 : 0;
    QString what;
    switch ( mismatch.figure )
    {
      case AcvTotalMismatch::Figure::Installs:
        what = text( QT_TRANSLATE_NOOP( "AcvReportContent", "installs" ) );
        break;
      case AcvTotalMismatch::Figure::Smartphones:
        what = text( QT_TRANSLATE_NOOP( "AcvReportContent", "smartphone users" ) );
        break;
      case AcvTotalMismatch::Figure::Population:
        what = text( QT_TRANSLATE_NOOP( "AcvReportContent", "people (population)" ) );
        break;
    }
    const QString stated = AcvNumberParser::format( mismatch.stated, decimals, numbers );
    const QString sum = AcvNumberParser::format( mismatch.sum, decimals, numbers );
    const QString difference = AcvNumberParser::format( mismatch.stated - mismatch.sum, decimals, numbers );
    sentences.append( text( QT_TRANSLATE_NOOP( "AcvReportContent", "Note: the annex's total row “%1” (row %2) says %3 %4, but its %5 localities sum to %6 (difference %7); the map uses each locality's figures." ) )
                          .arg( mismatch.label )
                          .arg( mismatch.row )
                          .arg( stated, what )
                          .arg( mismatch.rows )
                          .arg( sum, difference ) );
  }
  if ( totalMismatches.size() > kShown )
    sentences.append( text( QT_TRANSLATE_NOOP( "AcvReportContent", "%1 more total rows disagree with their localities (see the join report)." ) ).arg( totalMismatches.size() - kShown ) );
  return sentences.join( QLatin1Char( ' ' ) );
}

QString AcvReportContent::productionNote() const
{
  return text( QT_TRANSLATE_NOOP( "AcvReportContent", "Produced %1" ) ).arg( formatDate( productionDate ) );
}

QString AcvReportContent::formatDate( const QDate &date ) const
{
  if ( !date.isValid() )
    return text( QT_TRANSLATE_NOOP( "AcvReportContent", "unknown" ) );
  // The system locale must not decide: the report's language does. A rule of each language's
  // date style, not a translation.
  if ( language == AcvLanguage::Vietnamese )
    return date.toString( QStringLiteral( "dd/MM/yyyy" ) );
  return QLocale( QLocale::English, QLocale::UnitedKingdom ).toString( date, QStringLiteral( "d MMMM yyyy" ) );
}

QString AcvReportContent::text( const char *sourceText ) const
{
  return AcvLanguageText::translated( language, "AcvReportContent", sourceText );
}
