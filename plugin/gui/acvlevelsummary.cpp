/***************************************************************************
  acvlevelsummary.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvlevelsummary.h"

#include "acvcoveragejob.h"
#include "acvstatisticstable.h"
#include "acvtablereader.h"

#include <QCoreApplication>

QString AcvLevelSummary::levels( const AcvStatisticsTable &table, const AcvCoverageJob *job )
{
  QString text = QCoreApplication::translate( "AcvLevelSummary", "Level: %1" ).arg( table.level().describe() );
  if ( job )
    text += QCoreApplication::translate( "AcvLevelSummary", " · boundaries: %1" ).arg( job->boundaryLevel().describe() );
  return text;
}

QString AcvLevelSummary::parents( const AcvStatisticsTable &table, const AcvCoverageJob *job )
{
  const AcvParentReading &reading = table.parentReading();
  QString text;
  switch ( reading.source )
  {
    case AcvParentReading::Source::None:
      text = QCoreApplication::translate( "AcvLevelSummary", "Parent: none" );
      break;
    case AcvParentReading::Source::Headings:
      text = QCoreApplication::translate( "AcvLevelSummary", "Parent: %n rows heading the rows below them", nullptr, reading.headingRows );
      break;
    case AcvParentReading::Source::Column:
    {
      const AcvColumnBinding &column = table.parentColumn();
      text = QCoreApplication::translate( "AcvLevelSummary", "Parent: column %1 ('%2')" ).arg( AcvTableReader::columnLetter( column.index ), column.header.simplified() );
      if ( column.detected )
        text += QCoreApplication::translate( "AcvLevelSummary", " [detected]" );
      // Merged or left empty below their first row: the reading the analyst should check.
      if ( reading.mergedRows > 0 )
        text += QCoreApplication::translate( "AcvLevelSummary", ", %n rows from merged cells", nullptr, reading.mergedRows );
      if ( reading.filledDownRows > 0 )
        text += QCoreApplication::translate( "AcvLevelSummary", ", %n empty cells take the parent above", nullptr, reading.filledDownRows );
      break;
    }
  }
  if ( reading.source != AcvParentReading::Source::None )
    text += QCoreApplication::translate( "AcvLevelSummary", ", %n parents", nullptr, reading.parents );
  if ( !job )
    return text;
  if ( !job->parentField().isEmpty() )
    text += QCoreApplication::translate( "AcvLevelSummary", " · boundary field '%1'" ).arg( job->parentField() );
  else if ( reading.source != AcvParentReading::Source::None )
    text += QCoreApplication::translate( "AcvLevelSummary", " · no boundary field pairs with them: rows are matched by name alone" );
  return text;
}

QString AcvLevelSummary::text( const AcvStatisticsTable &table, const AcvCoverageJob *job )
{
  return levels( table, job ) + QLatin1Char( '\n' ) + parents( table, job );
}
