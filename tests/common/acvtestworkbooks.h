/***************************************************************************
  acvtestworkbooks.h - XLSX and ODS annexes written by the tests, cell by cell
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVTESTWORKBOOKS_H
#define ACVTESTWORKBOOKS_H

#include <QByteArray>
#include <QString>
#include <QVector>

#include <cpl_conv.h>
#include <xlsxwriter.h>

/**
 * One cell as an official types it: text (also digits typed as text, "139.267"), a number with
 * an optional number format ("#,##0"), a percentage (a fraction shown with "%"), or a formula
 * with the value Excel cached for it.
 */
struct AcvTestCell
{
  enum class Kind
  {
    Empty,
    Text,
    Number,
    Percent,
    Formula,
  };
  Kind kind = Kind::Empty;
  QString text;
  double number = 0;
  QString format;
};

inline AcvTestCell acvText( const QString &text ) { return { AcvTestCell::Kind::Text, text, 0, QString() }; }
inline AcvTestCell acvNumber( double value, const QString &format = QString() ) { return { AcvTestCell::Kind::Number, QString(), value, format }; }
inline AcvTestCell acvPercent( double fraction ) { return { AcvTestCell::Kind::Percent, QString(), fraction, QStringLiteral( "0.00%" ) }; }
inline AcvTestCell acvFormula( const QString &formula, double cached, const QString &format = QString() ) { return { AcvTestCell::Kind::Formula, formula, cached, format }; }

using AcvTestRow = QVector<AcvTestCell>;

//! A merged range, 0-based and inclusive; its text is the first cell's.
struct AcvTestMerge
{
  int firstRow, firstColumn, lastRow, lastColumn;
  QString text;
};

//! Writes \a rows to sheet \a sheet of a new XLSX at \a path with libxlsxwriter (shared strings, as Excel writes them).
inline bool acvWriteXlsx( const QString &path, const QString &sheet, const QVector<AcvTestRow> &rows, const QVector<AcvTestMerge> &merges = {} )
{
  lxw_workbook *workbook = workbook_new( path.toUtf8().constData() );
  if ( !workbook )
    return false;
  lxw_worksheet *worksheet = workbook_add_worksheet( workbook, sheet.toUtf8().constData() );
  for ( int r = 0; r < rows.size(); ++r )
  {
    for ( int c = 0; c < rows.at( r ).size(); ++c )
    {
      const AcvTestCell &cell = rows.at( r ).at( c );
      lxw_format *format = nullptr;
      if ( !cell.format.isEmpty() )
      {
        format = workbook_add_format( workbook );
        format_set_num_format( format, cell.format.toUtf8().constData() );
      }
      switch ( cell.kind )
      {
        case AcvTestCell::Kind::Empty:
          break;
        case AcvTestCell::Kind::Text:
          worksheet_write_string( worksheet, r, static_cast<lxw_col_t>( c ), cell.text.toUtf8().constData(), format );
          break;
        case AcvTestCell::Kind::Number:
        case AcvTestCell::Kind::Percent:
          worksheet_write_number( worksheet, r, static_cast<lxw_col_t>( c ), cell.number, format );
          break;
        case AcvTestCell::Kind::Formula:
          worksheet_write_formula_num( worksheet, r, static_cast<lxw_col_t>( c ), cell.text.toUtf8().constData(), format, cell.number );
          break;
      }
    }
  }
  for ( const AcvTestMerge &merge : merges )
    worksheet_merge_range( worksheet, merge.firstRow, static_cast<lxw_col_t>( merge.firstColumn ), merge.lastRow, static_cast<lxw_col_t>( merge.lastColumn ), merge.text.toUtf8().constData(), nullptr );
  return workbook_close( workbook ) == LXW_NO_ERROR;
}

//! XML text with its five special characters escaped.
inline QString acvXmlEscaped( const QString &text )
{
  return text.toHtmlEscaped();
}

/**
 * Writes \a rows to a new ODS at \a path as LibreOffice lays one out: the mimetype first and
 * uncompressed, then content.xml with typed cells (office:value-type) and the text Calc shows.
 */
//! Writes an ODS as Calc does, merged ranges as a spanning first cell and covered cells after it.
inline bool acvWriteOds( const QString &path, const QString &sheet, const QVector<AcvTestRow> &rows, const QVector<AcvTestMerge> &merges = {} )
{
  const auto mergeAt = [&merges]( int r, int c ) -> const AcvTestMerge *
  {
    for ( const AcvTestMerge &merge : merges )
    {
      if ( r >= merge.firstRow && r <= merge.lastRow && c >= merge.firstColumn && c <= merge.lastColumn )
        return &merge;
    }
    return nullptr;
  };
  QString content = QStringLiteral( "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                    "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                                    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                                    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                                    "<office:body><office:spreadsheet><table:table table:name=\"%1\">" )
                        .arg( acvXmlEscaped( sheet ) );
  for ( int r = 0; r < rows.size(); ++r )
  {
    const AcvTestRow &row = rows.at( r );
    content += QStringLiteral( "<table:table-row>" );
    for ( int c = 0; c < row.size(); ++c )
    {
      const AcvTestCell &cell = row.at( c );
      if ( const AcvTestMerge *merge = mergeAt( r, c ) )
      {
        if ( r != merge->firstRow || c != merge->firstColumn )
        {
          content += QStringLiteral( "<table:covered-table-cell/>" );
          continue;
        }
        content += QStringLiteral( "<table:table-cell table:number-rows-spanned=\"%1\" table:number-columns-spanned=\"%2\" office:value-type=\"string\"><text:p>%3</text:p></table:table-cell>" )
                       .arg( merge->lastRow - merge->firstRow + 1 )
                       .arg( merge->lastColumn - merge->firstColumn + 1 )
                       .arg( acvXmlEscaped( merge->text ) );
        continue;
      }
      // What Calc shows of a number: for the test, its value written the Vietnamese way.
      const QString shown = acvXmlEscaped( QString::number( cell.number, 'g', 15 ).replace( QLatin1Char( '.' ), QLatin1Char( ',' ) ) );
      switch ( cell.kind )
      {
        case AcvTestCell::Kind::Empty:
          content += QStringLiteral( "<table:table-cell/>" );
          break;
        case AcvTestCell::Kind::Text:
          content += QStringLiteral( "<table:table-cell office:value-type=\"string\"><text:p>%1</text:p></table:table-cell>" ).arg( acvXmlEscaped( cell.text ) );
          break;
        case AcvTestCell::Kind::Number:
        case AcvTestCell::Kind::Formula:
          content += QStringLiteral( "<table:table-cell office:value-type=\"float\" office:value=\"%1\"><text:p>%2</text:p></table:table-cell>" ).arg( QString::number( cell.number, 'g', 17 ), shown );
          break;
        case AcvTestCell::Kind::Percent:
          content += QStringLiteral( "<table:table-cell office:value-type=\"percentage\" office:value=\"%1\"><text:p>%2</text:p></table:table-cell>" ).arg( QString::number( cell.number, 'g', 17 ), shown );
          break;
      }
    }
    content += QStringLiteral( "</table:table-row>" );
  }
  content += QStringLiteral( "</table:table></office:spreadsheet></office:body></office:document-content>" );

  const QByteArray manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                              "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                              "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                              "</manifest:manifest>";
  void *zip = CPLCreateZip( path.toUtf8().constData(), nullptr );
  if ( !zip )
    return false;
  const auto add = [zip]( const char *name, const QByteArray &bytes, bool compressed )
  {
    const char *storedOptions[] = { "COMPRESSED=NO", nullptr };
    return CPLCreateFileInZip( zip, name, compressed ? nullptr : const_cast<char **>( storedOptions ) ) == CE_None
           && CPLWriteFileInZip( zip, bytes.constData(), bytes.size() ) == CE_None && CPLCloseFileInZip( zip ) == CE_None;
  };
  const bool written = add( "mimetype", "application/vnd.oasis.opendocument.spreadsheet", false ) && add( "content.xml", content.toUtf8(), true )
                       && add( "META-INF/manifest.xml", manifest, true );
  return CPLCloseZip( zip ) == CE_None && written;
}

#endif // ACVTESTWORKBOOKS_H
