/***************************************************************************
  acvsheetsuggestion.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvsheetsuggestion.h"

#include "acvstatisticstable.h"

QString AcvSheetSuggestion::sheetWithData( const QString &path, const QStringList &sheets, const QString &rejected )
{
  for ( const QString &sheet : sheets )
  {
    if ( sheet == rejected )
      continue;
    AcvStatisticsOptions options;
    options.path = path;
    options.sheet = sheet;
    AcvStatisticsTable table;
    QString error;
    if ( table.load( options, error ) && !table.records().isEmpty() )
      return sheet;
  }
  return QString();
}
