/***************************************************************************
  acvtsfile.h - the messages a Qt Linguist .ts file lists, for tests of the translations
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVTSFILE_H
#define ACVTSFILE_H

#include <QFile>
#include <QString>
#include <QVector>
#include <QXmlStreamReader>

//! One <message> of a .ts file.
struct AcvTsMessage
{
  QString context;
  QString source;
  QString comment; //!< the disambiguation, as lupdate writes it
  bool numerus = false;
  bool unfinished = false;
};

/**
 * Every message of the .ts at \a path, read as Qt Linguist writes them (context > message >
 * source, comment, translation type="unfinished"). \a error is set when the file is unreadable.
 */
inline QVector<AcvTsMessage> acvReadTsFile( const QString &path, QString &error )
{
  QVector<AcvTsMessage> messages;
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
  {
    error = file.errorString();
    return messages;
  }
  QXmlStreamReader xml( &file );
  QString context;
  AcvTsMessage message;
  while ( !xml.atEnd() )
  {
    xml.readNext();
    if ( !xml.isStartElement() )
    {
      if ( xml.isEndElement() && xml.name() == QLatin1String( "message" ) )
        messages.append( message );
      continue;
    }
    const auto name = xml.name();
    if ( name == QLatin1String( "context" ) )
      context.clear();
    else if ( name == QLatin1String( "name" ) )
      context = xml.readElementText();
    else if ( name == QLatin1String( "message" ) )
    {
      message = AcvTsMessage();
      message.context = context;
      message.numerus = xml.attributes().value( QLatin1String( "numerus" ) ) == QLatin1String( "yes" );
    }
    else if ( name == QLatin1String( "source" ) )
      message.source = xml.readElementText();
    else if ( name == QLatin1String( "comment" ) )
      message.comment = xml.readElementText();
    else if ( name == QLatin1String( "translation" ) )
      message.unfinished = xml.attributes().value( QLatin1String( "type" ) ) == QLatin1String( "unfinished" );
  }
  if ( xml.hasError() )
    error = xml.errorString();
  return messages;
}

#endif // ACVTSFILE_H
