/***************************************************************************
  acvpathcheck.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvpathcheck.h"

#include <QCoreApplication>
#include <QFileInfo>

QString AcvPathCheck::problem( const QString &path )
{
  if ( path.trimmed().isEmpty() )
    return QString();
  const QFileInfo info( path );
  if ( !info.exists() )
    return QCoreApplication::translate( "AcvPathCheck", "No file %1" ).arg( path );
  if ( info.isDir() )
    return QCoreApplication::translate( "AcvPathCheck", "%1 is a folder, not a file" ).arg( path );
  if ( !info.isReadable() )
    return QCoreApplication::translate( "AcvPathCheck", "%1 cannot be read (permissions)" ).arg( path );
  return QString();
}
