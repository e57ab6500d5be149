/***************************************************************************
  acvspreadsheetcellkinds.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvspreadsheetcellkinds.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QXmlStreamReader>

#include <cpl_vsi.h>
#include <freexl.h>

#include <algorithm>
#include <limits>

namespace
{
//! Excel's own limit; a repeated ODS row beyond it is the endless empty tail LibreOffice writes.
constexpr int kMaxSheetRows = 1048576;
//! Larger sheet parts are refused before GDAL's own readers (AcvTableReader) get that far.
constexpr vsi_l_offset kMaxPartBytes = static_cast<vsi_l_offset>( 1 ) << 30;

QString zipMember( const QString &path, const QString &member )
{
  return QStringLiteral( "/vsizip/%1/%2" ).arg( path, member );
}

bool readZipMember( const QString &path, const QString &member, QByteArray &bytes )
{
  GByte *data = nullptr;
  vsi_l_offset size = 0;
  if ( !VSIIngestFile( nullptr, QFile::encodeName( zipMember( path, member ) ).constData(), &data, &size, static_cast<GIntBig>( kMaxPartBytes ) ) )
    return false;
  bytes = QByteArray( reinterpret_cast<const char *>( data ), static_cast<int>( size ) );
  VSIFree( data );
  return true;
}

//! An attribute by its local name, whatever prefix or namespace the writer gave it.
QString attribute( const QXmlStreamAttributes &attributes, QLatin1String name )
{
  for ( const QXmlStreamAttribute &a : attributes )
  {
    if ( a.name() == name )
      return a.value().toString();
  }
  return QString();
}

//! "AB12" -> column 27 (0-based) and row 12; false when it is no cell reference.
bool parseCellReference( const QString &reference, int &column, int &row )
{
  column = 0;
  int i = 0;
  for ( ; i < reference.size() && reference.at( i ).isLetter(); ++i )
  {
    // XFD (16 384) is Excel's last column: more letters are a damaged reference, not a column.
    if ( i >= 3 || reference.at( i ).toUpper().unicode() < 'A' || reference.at( i ).toUpper().unicode() > 'Z' )
      return false;
    column = column * 26 + ( reference.at( i ).toUpper().unicode() - 'A' + 1 );
  }
  bool ok = false;
  row = reference.mid( i ).toInt( &ok );
  --column;
  return i > 0 && ok && column >= 0;
}

//! A repeat count, at most a sheet's size: LibreOffice pads to 1 048 576 rows and 16 384 columns.
int repeatCount( const QXmlStreamAttributes &attributes, QLatin1String name )
{
  const QString text = attribute( attributes, name );
  bool ok = false;
  const int count = text.toInt( &ok );
  return ok && count > 0 ? std::min( count, kMaxSheetRows ) : 1;
}

//! Excel's built-in percentage formats (ECMA-376 §18.8.30) and any custom code with a '%'.
bool isPercentFormat( int numFmtId, const QHash<int, QString> &customFormats )
{
  if ( numFmtId == 9 || numFmtId == 10 )
    return true;
  const QString code = customFormats.value( numFmtId );
  bool quoted = false;
  for ( int i = 0; i < code.size(); ++i )
  {
    if ( code.at( i ) == QLatin1Char( '"' ) )
      quoted = !quoted;
    else if ( code.at( i ) == QLatin1Char( '\\' ) )
      ++i;
    else if ( !quoted && code.at( i ) == QLatin1Char( '%' ) )
      return true;
  }
  return false;
}

//! Which cell styles (indices into cellXfs) show their number as a percentage.
QSet<int> percentStyles( const QByteArray &styles )
{
  QHash<int, QString> customFormats;
  QSet<int> percent;
  QXmlStreamReader xml( styles );
  int depthInCellXfs = 0;
  int xfIndex = 0;
  while ( !xml.atEnd() )
  {
    xml.readNext();
    if ( xml.isStartElement() )
    {
      if ( xml.name() == QLatin1String( "numFmt" ) )
        customFormats.insert( attribute( xml.attributes(), QLatin1String( "numFmtId" ) ).toInt(), attribute( xml.attributes(), QLatin1String( "formatCode" ) ) );
      else if ( xml.name() == QLatin1String( "cellXfs" ) )
        depthInCellXfs = 1;
      else if ( depthInCellXfs > 0 && xml.name() == QLatin1String( "xf" ) )
      {
        if ( isPercentFormat( attribute( xml.attributes(), QLatin1String( "numFmtId" ) ).toInt(), customFormats ) )
          percent.insert( xfIndex );
        ++xfIndex;
      }
    }
    else if ( xml.isEndElement() && xml.name() == QLatin1String( "cellXfs" ) )
      depthInCellXfs = 0;
  }
  return percent;
}
} // namespace

void AcvSpreadsheetCellKinds::set( int sheetRow, int column, AcvCellKind kind )
{
  if ( kind == AcvCellKind::Text || column < 0 || column >= mColumns || sheetRow < 1 || sheetRow > kMaxSheetRows )
    return;
  QByteArray &row = mRows[sheetRow];
  if ( row.size() <= column )
    row.append( QByteArray( column + 1 - row.size(), static_cast<char>( AcvCellKind::Text ) ) );
  row[column] = static_cast<char>( kind );
}

bool AcvSpreadsheetCellKinds::read( const QString &path, const QString &sheet, int columns, QString &error )
{
  mRows.clear();
  mMerges.clear();
  mColumns = std::clamp( columns, 0, 16384 );
  const QString suffix = QFileInfo( path ).suffix().toLower();
  if ( suffix == QLatin1String( "ods" ) )
    return readOds( path, sheet, error );
  if ( suffix == QLatin1String( "xls" ) )
    return readXls( path, sheet, error );
  return readXlsx( path, sheet, error );
}

bool AcvSpreadsheetCellKinds::readXlsx( const QString &path, const QString &sheet, QString &error )
{
  // The workbook names its sheets and points at each one's part through its relationships.
  QByteArray workbook;
  QByteArray relationships;
  if ( !readZipMember( path, QStringLiteral( "xl/workbook.xml" ), workbook ) || !readZipMember( path, QStringLiteral( "xl/_rels/workbook.xml.rels" ), relationships ) )
  {
    error = QStringLiteral( "%1: the workbook's sheet list cannot be read" ).arg( path );
    return false;
  }
  QString relationshipId;
  for ( QXmlStreamReader xml( workbook ); !xml.atEnd() && relationshipId.isEmpty(); )
  {
    if ( xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String( "sheet" ) && attribute( xml.attributes(), QLatin1String( "name" ) ) == sheet )
      relationshipId = attribute( xml.attributes(), QLatin1String( "id" ) );
  }
  QString target;
  for ( QXmlStreamReader xml( relationships ); !xml.atEnd() && target.isEmpty() && !relationshipId.isEmpty(); )
  {
    if ( xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String( "Relationship" ) && attribute( xml.attributes(), QLatin1String( "Id" ) ) == relationshipId )
      target = attribute( xml.attributes(), QLatin1String( "Target" ) );
  }
  if ( target.isEmpty() )
  {
    error = QStringLiteral( "%1: sheet '%2' is not in the workbook's sheet list" ).arg( path, sheet );
    return false;
  }
  const QString part = target.startsWith( QLatin1Char( '/' ) ) ? target.mid( 1 ) : QStringLiteral( "xl/" ) + target;

  QByteArray styles;
  const QSet<int> percent = readZipMember( path, QStringLiteral( "xl/styles.xml" ), styles ) ? percentStyles( styles ) : QSet<int>();
  styles.clear();

  QByteArray content;
  if ( !readZipMember( path, part, content ) )
  {
    error = QStringLiteral( "%1: the part of sheet '%2' (%3) cannot be read" ).arg( path, sheet, part );
    return false;
  }
  QXmlStreamReader xml( content );
  int row = 0;
  int column = -1;
  while ( !xml.atEnd() )
  {
    if ( xml.readNext() != QXmlStreamReader::StartElement )
      continue;
    if ( xml.name() == QLatin1String( "row" ) )
    {
      // Rows and cells may omit their reference; they then follow the previous one.
      const int stated = attribute( xml.attributes(), QLatin1String( "r" ) ).toInt();
      row = std::min( stated > 0 ? stated : row + 1, kMaxSheetRows + 1 );
      column = -1;
    }
    else if ( xml.name() == QLatin1String( "mergeCell" ) )
    {
      // "B5:B12": a district's name merged down its communes.
      const QStringList corners = attribute( xml.attributes(), QLatin1String( "ref" ) ).split( QLatin1Char( ':' ) );
      AcvMergedCells merged;
      if ( corners.size() == 2 && parseCellReference( corners.at( 0 ), merged.firstColumn, merged.firstRow ) && parseCellReference( corners.at( 1 ), merged.lastColumn, merged.lastRow ) && merged.firstRow <= merged.lastRow && merged.firstColumn <= merged.lastColumn )
        mMerges.append( merged );
    }
    else if ( xml.name() == QLatin1String( "c" ) )
    {
      const QXmlStreamAttributes attributes = xml.attributes();
      int referencedRow = row;
      int referencedColumn = column + 1;
      const QString reference = attribute( attributes, QLatin1String( "r" ) );
      if ( !reference.isEmpty() && !parseCellReference( reference, referencedColumn, referencedRow ) )
        continue;
      column = referencedColumn;
      const QString type = attribute( attributes, QLatin1String( "t" ) );
      // No type, or "n", is a number; "s", "inlineStr" and "str" (a formula's text) are text;
      // booleans, errors and ISO dates are not counts either.
      if ( !type.isEmpty() && type != QLatin1String( "n" ) )
        continue;
      // A styled empty cell has no value; only a <v> makes the cell a number.
      bool hasValue = false;
      while ( xml.readNextStartElement() )
      {
        hasValue = hasValue || ( xml.name() == QLatin1String( "v" ) && !xml.readElementText().trimmed().isEmpty() );
        if ( xml.tokenType() != QXmlStreamReader::EndElement )
          xml.skipCurrentElement();
      }
      if ( hasValue )
        set( referencedRow, column, percent.contains( attribute( attributes, QLatin1String( "s" ) ).toInt() ) ? AcvCellKind::Percent : AcvCellKind::Number );
    }
  }
  if ( xml.hasError() )
  {
    error = QStringLiteral( "%1: sheet '%2' is damaged (%3)" ).arg( path, sheet, xml.errorString() );
    return false;
  }
  return true;
}

bool AcvSpreadsheetCellKinds::readOds( const QString &path, const QString &sheet, QString &error )
{
  QByteArray content;
  if ( !readZipMember( path, QStringLiteral( "content.xml" ), content ) )
  {
    error = QStringLiteral( "%1: the workbook's content cannot be read" ).arg( path );
    return false;
  }
  QXmlStreamReader xml( content );
  bool inSheet = false;
  bool found = false;
  int tableDepth = 0;
  int row = 0; // the last sheet row numbered
  int column = 0;
  int rowRepeat = 1;
  while ( !xml.atEnd() && row < kMaxSheetRows )
  {
    const QXmlStreamReader::TokenType token = xml.readNext();
    if ( token == QXmlStreamReader::StartElement )
    {
      if ( xml.name() == QLatin1String( "table" ) )
      {
        ++tableDepth;
        if ( tableDepth == 1 && attribute( xml.attributes(), QLatin1String( "name" ) ) == sheet )
          inSheet = found = true;
      }
      else if ( inSheet && tableDepth == 1 && xml.name() == QLatin1String( "table-row" ) )
      {
        rowRepeat = repeatCount( xml.attributes(), QLatin1String( "number-rows-repeated" ) );
        ++row;
        column = 0;
      }
      else if ( inSheet && tableDepth == 1 && ( xml.name() == QLatin1String( "table-cell" ) || xml.name() == QLatin1String( "covered-table-cell" ) ) )
      {
        const QXmlStreamAttributes attributes = xml.attributes();
        const int columnRepeat = repeatCount( attributes, QLatin1String( "number-columns-repeated" ) );
        const int rowsSpanned = repeatCount( attributes, QLatin1String( "number-rows-spanned" ) );
        const int columnsSpanned = repeatCount( attributes, QLatin1String( "number-columns-spanned" ) );
        if ( rowsSpanned > 1 || columnsSpanned > 1 )
          mMerges.append( { row, std::min( row + rowsSpanned - 1, kMaxSheetRows ), column, column + columnsSpanned - 1 } );
        const QString type = attribute( attributes, QLatin1String( "value-type" ) );
        const AcvCellKind kind = type == QLatin1String( "float" ) || type == QLatin1String( "currency" ) ? AcvCellKind::Number
                                 : type == QLatin1String( "percentage" )                                 ? AcvCellKind::Percent
                                                                                                         : AcvCellKind::Text;
        // A numeric cell repeated along a row or down a sheet is rare (a filled range); empty
        // repeats, LibreOffice's padding to the sheet's edge, are Text and cost nothing.
        for ( int r = 0; kind != AcvCellKind::Text && r < rowRepeat && row + r < kMaxSheetRows; ++r )
        {
          for ( int c = 0; c < columnRepeat && column + c < mColumns; ++c )
            set( row + r, column + c, kind );
        }
        column = std::min( column + columnRepeat, kMaxSheetRows );
      }
    }
    else if ( token == QXmlStreamReader::EndElement )
    {
      if ( xml.name() == QLatin1String( "table" ) )
      {
        if ( tableDepth == 1 && inSheet )
          break;
        --tableDepth;
      }
      else if ( inSheet && tableDepth == 1 && xml.name() == QLatin1String( "table-row" ) )
        row = std::min( row + rowRepeat - 1, kMaxSheetRows );
    }
  }
  if ( xml.hasError() )
  {
    error = QStringLiteral( "%1: the workbook's content is damaged (%2)" ).arg( path, xml.errorString() );
    return false;
  }
  if ( !found )
  {
    error = QStringLiteral( "%1: sheet '%2' is not in the workbook" ).arg( path, sheet );
    return false;
  }
  return true;
}

bool AcvSpreadsheetCellKinds::readXls( const QString &path, const QString &sheet, QString &error )
{
  const void *handle = nullptr;
  if ( freexl_open( QFile::encodeName( path ).constData(), &handle ) != FREEXL_OK )
  {
    if ( handle )
      freexl_close( handle );
    error = QStringLiteral( "%1: the workbook cannot be read" ).arg( path );
    return false;
  }
  unsigned int sheets = 0;
  freexl_get_info( handle, FREEXL_BIFF_SHEET_COUNT, &sheets );
  bool found = false;
  for ( unsigned short index = 0; index < sheets && !found; ++index )
  {
    const char *name = nullptr;
    if ( freexl_get_worksheet_name( handle, index, &name ) != FREEXL_OK || !name || QString::fromUtf8( name ) != sheet )
      continue;
    found = true;
    unsigned int rows = 0;
    unsigned short columns = 0;
    if ( freexl_select_active_worksheet( handle, index ) != FREEXL_OK || freexl_worksheet_dimensions( handle, &rows, &columns ) != FREEXL_OK )
      break;
    for ( unsigned int r = 0; r < rows; ++r )
    {
      for ( unsigned short c = 0; c < columns && c < mColumns; ++c )
      {
        FreeXL_CellValue value;
        if ( freexl_get_cell_value( handle, r, c, &value ) == FREEXL_OK && ( value.type == FREEXL_CELL_INT || value.type == FREEXL_CELL_DOUBLE ) )
          set( static_cast<int>( r ) + 1, c, AcvCellKind::Number );
      }
    }
  }
  freexl_close( handle );
  if ( !found )
  {
    error = QStringLiteral( "%1: sheet '%2' is not in the workbook" ).arg( path, sheet );
    return false;
  }
  return true;
}
