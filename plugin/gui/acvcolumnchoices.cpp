/***************************************************************************
  acvcolumnchoices.cpp
 ***************************************************************************/
#include "acvcolumnchoices.h"

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
