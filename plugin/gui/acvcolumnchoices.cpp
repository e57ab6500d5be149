/***************************************************************************
  acvcolumnchoices.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcolumnchoices.h"

#include <cmath>

#include "acvstatisticstable.h"
#include "acvtablereader.h"

#include <QCoreApplication>

AcvColumnChoices AcvColumnChoices::fromTable( const AcvStatisticsTable &table )
{
  AcvColumnChoices choices;
  for ( int i = 0; i < table.headers().size(); ++i )
  {
    const QString header = table.headers().at( i ).simplified();
    choices.labels.append( header.isEmpty() ? AcvTableReader::columnLetter( i ) : QStringLiteral( "%1 – %2" ).arg( AcvTableReader::columnLetter( i ), header ) );
  }
  choices.key = table.keyColumn().index;
  choices.installs = table.installsColumn().index;
  choices.smartphones = table.smartphonesColumn().index;
  choices.population = table.populationColumn().index;
  return choices;
}

QString AcvColumnChoices::optionValue( int index )
{
  return index < 0 ? QString() : AcvTableReader::columnLetter( index );
}

QString AcvColumnChoices::summary( const AcvStatisticsTable &table )
{
  QString text = QCoreApplication::translate( "AcvColumnChoices", "Header in row %1; %n localities", nullptr, table.records().size() ).arg( table.headerRows().isEmpty() ? 0 : table.headerRows().constLast() );
  int skipped = 0;
  for ( const AcvSkippedRow &row : table.skippedRows() )
    skipped += row.reason != QLatin1String( "blank" ) ? 1 : 0;
  if ( skipped > 0 )
    text += QCoreApplication::translate( "AcvColumnChoices", "; %n rows skipped (totals, notes)", nullptr, skipped );
  return text;
}

QString AcvColumnChoices::unambiguousNumber( double value )
{
  const bool whole = std::fabs( value - std::round( value ) ) < 1e-9;
  QString text = AcvNumberParser::format( value, whole ? 0 : 3, AcvNumberConvention::English );
  if ( !whole )
  {
    while ( text.endsWith( QLatin1Char( '0' ) ) )
      text.chop( 1 );
  }
  // The thousands mark becomes a narrow no-break space; the decimal mark stays a point.
  return text.replace( QLatin1Char( ',' ), QChar( 0x202F ) );
}

QString AcvColumnChoices::previewCell( const AcvStatisticsTable &table, int record, int column )
{
  const AcvRawTable &raw = table.raw();
  const AcvStatisticsRecord &r = table.records().at( record );
  const int rawIndex = raw.rowNumbers.indexOf( r.row );
  const QString written = rawIndex >= 0 ? raw.rows.at( rawIndex ).value( column ).trimmed() : QString();
  std::optional<double> value;
  if ( column == table.installsColumn().index )
    value = r.installs;
  else if ( column == table.smartphonesColumn().index )
    value = r.smartphones;
  else if ( column == table.populationColumn().index )
    value = r.population;
  else
    return written;
  if ( !value )
    return written.isEmpty() ? QString() : QCoreApplication::translate( "AcvColumnChoices", "%1 → no figure" ).arg( written );
  return QStringLiteral( "%1 → %2" ).arg( written, unambiguousNumber( *value ) );
}

QString AcvColumnChoices::readingSummary( const AcvStatisticsTable &table )
{
  QStringList lines;
  const auto describe = [&table, &lines]( const QString &role, const AcvColumnBinding &binding, const AcvColumnReading &reading )
  {
    if ( !binding.isSet() )
      return;
    QStringList parts;
    if ( reading.textCells > 0 )
    {
      const QString convention = reading.convention == AcvNumberConvention::English ? QCoreApplication::translate( "AcvColumnChoices", "the English way (1,234.5)" )
                                                                                    : QCoreApplication::translate( "AcvColumnChoices", "the Vietnamese way (1.234,5)" );
      QString why;
      if ( reading.conventionReason == QLatin1String( "requested" ) )
        why = QCoreApplication::translate( "AcvColumnChoices", "as chosen" );
      else if ( reading.conventionReason == QLatin1String( "this column" ) )
        why = QCoreApplication::translate( "AcvColumnChoices", "decided by this column" );
      else if ( reading.conventionReason == QLatin1String( "default" ) )
        why = QCoreApplication::translate( "AcvColumnChoices", "nothing in the sheet decides: the default" );
      else
        why = QCoreApplication::translate( "AcvColumnChoices", "decided by %1" ).arg( reading.conventionReason.section( QLatin1String( ": " ), 1 ) );
      parts << QCoreApplication::translate( "AcvColumnChoices", "%n typed as text, read %1 (%2)", nullptr, reading.textCells ).arg( convention, why );
    }
    if ( reading.numericCells > 0 )
      parts << QCoreApplication::translate( "AcvColumnChoices", "%n numeric cells, exact", nullptr, reading.numericCells );
    if ( reading.scale != 1.0 )
      parts << QCoreApplication::translate( "AcvColumnChoices", "× %1 (%2)" ).arg( unambiguousNumber( reading.scale ), reading.unit );
    lines << QStringLiteral( "%1: %2" ).arg( role, parts.join( QLatin1String( "; " ) ) );
  };
  describe( QCoreApplication::translate( "AcvColumnChoices", "Installs" ), table.installsColumn(), table.installsReading() );
  describe( QCoreApplication::translate( "AcvColumnChoices", "Smartphone users" ), table.smartphonesColumn(), table.smartphonesReading() );
  describe( QCoreApplication::translate( "AcvColumnChoices", "Population" ), table.populationColumn(), table.populationReading() );
  return lines.join( QLatin1Char( '\n' ) );
}
