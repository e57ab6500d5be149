/***************************************************************************
  acvmessage.h - one message of a run, with the place in the input it is about
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVMESSAGE_H
#define ACVMESSAGE_H

#include <QString>
#include <QStringList>
#include <QVector>

/**
 * What a run tells its caller: a fact (info), a warning or the error that stopped it, and where
 * in the analyst's files it is about. The command prints toString(); the plugin and Processing
 * show the text and can point at the cell, so no caller ever parses a printed line.
 */
struct AcvMessage
{
  enum class Level
  {
    Info,
    Notice, //!< about the run itself, not its inputs (waiting for another run's lock)
    Warning,
    Error,
  };

  Level level = Level::Info;
  QString text;        //!< the message without its place
  QString file;        //!< the input it is about, as given (empty: none)
  QString sheet;       //!< the workbook sheet (empty: none, or a CSV)
  int row = 0;         //!< the row number in the file or sheet (0: not about a row)
  int column = 0;      //!< the column, 1-based (0: not about a column)
  QString columnLabel; //!< the column as the analyst sees it ("column 3 'Số lượt cài'")

  static AcvMessage info( const QString &text ) { return { Level::Info, text, {}, {}, 0, 0, {} }; }
  static AcvMessage warning( const QString &text ) { return { Level::Warning, text, {}, {}, 0, 0, {} }; }
  static AcvMessage error( const QString &text ) { return { Level::Error, text, {}, {}, 0, 0, {} }; }

  //! The place, as the messages word it: "annex.xlsx, sheet 'TH', row 12, column 3 'Số lượt cài'".
  QString place() const;
  //! The place, a colon and the text; the text alone when there is no place.
  QString toString() const;
};

using AcvMessages = QVector<AcvMessage>;

/**
 * The first \a most of \a items joined with "; ", then "; and N more": a message naming every
 * faulty row of a national annex would be pages long, one naming none would help nobody.
 */
QString acvNamedAtMost( const QStringList &items, int most = 12 );

#endif // ACVMESSAGE_H
