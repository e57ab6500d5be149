/***************************************************************************
  acvmessage.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvmessage.h"

#include <QCoreApplication>

QString AcvMessage::place() const
{
  if ( file.isEmpty() )
    return QString();
  QString where = sheet.isEmpty() ? file : QCoreApplication::translate( "AcvMessage", "%1, sheet '%2'" ).arg( file, sheet );
  if ( row > 0 )
    where += QCoreApplication::translate( "AcvMessage", ", row %1" ).arg( row );
  if ( !columnLabel.isEmpty() )
    where += QStringLiteral( ", " ) + columnLabel;
  return where;
}

QString AcvMessage::toString() const
{
  const QString where = place();
  return where.isEmpty() ? text : where + QStringLiteral( ": " ) + text;
}

QString acvNamedAtMost( const QStringList &items, int most )
{
  if ( items.size() <= most )
    return items.join( QLatin1String( "; " ) );
  return QCoreApplication::translate( "AcvMessage", "%1; and %2 more" ).arg( items.mid( 0, most ).join( QLatin1String( "; " ) ) ).arg( items.size() - most );
}
