/***************************************************************************
  acvrunsummary.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvrunsummary.h"

#include <QCoreApplication>

namespace
{
// The disambiguation stays in the signature so that lupdate reads the count as one (numerus).
QString tr( const char *text, const char *disambiguation = nullptr, int n = -1 )
{
  return QCoreApplication::translate( "AcvRunSummary", text, disambiguation, n );
}
} // namespace

QString AcvRunSummary::coverage( int withData, int belowTarget, int withoutData )
{
  const QString measured = tr( "%1 of %n with data below target", nullptr, withData ).arg( belowTarget );
  if ( withoutData <= 0 )
    return measured;
  return tr( "%1; %2 without data" ).arg( measured ).arg( withoutData );
}

QString AcvRunSummary::unmatched( int statisticsRows, int boundaries )
{
  return tr( "%1 and %2 are unmatched" ).arg( tr( "%n annex rows", nullptr, statisticsRows ), tr( "%n boundaries", nullptr, boundaries ) );
}
