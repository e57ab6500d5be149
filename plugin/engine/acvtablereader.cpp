/***************************************************************************
  acvtablereader.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvtablereader.h"
#include "acvinputlimits.h"
#include "acvlegacydetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cpl_conv.h>
#include <cpl_csv.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

namespace
{
constexpr int kDelimiterSampleLines = 40;

const QStringList &spreadsheetSuffixes()
{
  static const QStringList suffixes{ QStringLiteral( "xlsx" ), QStringLiteral( "xlsm" ), QStringLiteral( "xls" ), QStringLiteral( "ods" ) };
  return suffixes;
}

bool isSpreadsheetSuffix( const QString &suffix )
{
  return spreadsheetSuffixes().contains( suffix );
}

//! GDAL's spreadsheet drivers read their options from configuration keys; set them for this thread only.
class ScopedSpreadsheetConfig
{
public:
  ScopedSpreadsheetConfig()
  {
    for ( const char *driver : { "XLSX", "ODS", "XLS" } )
    {
      set( QByteArray( "OGR_" ) + driver + "_HEADERS", "DISABLE" );
      set( QByteArray( "OGR_" ) + driver + "_FIELD_TYPES", "STRING" );
    }
  }
  ~ScopedSpreadsheetConfig()
  {
    for ( const auto &saved : mSaved )
      CPLSetThreadLocalConfigOption( saved.first.constData(), saved.second.isNull() ? nullptr : saved.second.constData() );
  }
  ScopedSpreadsheetConfig( const ScopedSpreadsheetConfig & ) = delete;
  ScopedSpreadsheetConfig &operator=( const ScopedSpreadsheetConfig & ) = delete;

private:
  void set( const QByteArray &key, const char *value )
  {
    const char *previous = CPLGetThreadLocalConfigOption( key.constData(), nullptr );
    mSaved.append( { key, previous ? QByteArray( previous ) : QByteArray() } );
    CPLSetThreadLocalConfigOption( key.constData(), value );
  }
  QVector<QPair<QByteArray, QByteArray>> mSaved;
};

struct DatasetCloser
{
  void operator()( void *dataset ) const { GDALClose( dataset ); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

QString lastGdalError()
{
  const QString message = QString::fromUtf8( CPLGetLastErrorMsg() ).trimmed();
  return message.isEmpty() ? QCoreApplication::translate( "AcvTableReader", "unknown GDAL error" ) : message;
}

//! What a file that is not the text or workbook it claims to be really is, from its first bytes.
QString describeForeignContent( const QByteArray &head )
{
  if ( head.startsWith( "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" ) )
    return QCoreApplication::translate( "AcvTableReader", "an encrypted (password-protected) Office file or an old binary .xls workbook; remove the password, or save it as .xlsx" );
  if ( head.startsWith( "PK\x03\x04" ) || head.startsWith( "PK\x05\x06" ) )
    return QCoreApplication::translate( "AcvTableReader", "a zip archive (an .xlsx or .ods workbook?), not a CSV text; give it its .xlsx or .ods name" );
  if ( head.startsWith( "\xFF\xFE" ) || head.startsWith( "\xFE\xFF" ) )
    return QCoreApplication::translate( "AcvTableReader", "UTF-16 text (Excel's \"Unicode Text\"); save the annex as \"CSV UTF-8\"" );
  if ( head.startsWith( "%PDF" ) )
    return QCoreApplication::translate( "AcvTableReader", "a PDF document, not a table" );
  if ( head.startsWith( "\x89PNG" ) || head.startsWith( "\xFF\xD8\xFF" ) )
    return QCoreApplication::translate( "AcvTableReader", "an image, not a table" );
  return QString();
}

//! Why GDAL could not open a workbook, as far as its bytes tell.
QString describeUnreadableSpreadsheet( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QCoreApplication::translate( "AcvTableReader", "it cannot be read (%1)" ).arg( file.errorString() );
  const QByteArray head = file.read( 8 );
  file.close();
  if ( head.startsWith( "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" ) )
    return QCoreApplication::translate( "AcvTableReader", "it is an encrypted (password-protected) Office file or an old binary .xls workbook; remove the password, or save it as .xlsx" );
  if ( !head.startsWith( "PK" ) )
  {
    const QString foreign = describeForeignContent( head );
    return foreign.isEmpty() ? QCoreApplication::translate( "AcvTableReader", "it is not a workbook at all (no zip archive inside; a CSV given an .xlsx name?)" ) : QCoreApplication::translate( "AcvTableReader", "it is %1" ).arg( foreign );
  }
  // A zip: list it through GDAL's own zip reader to tell a damaged archive from another kind.
  char **entries = VSIReadDirRecursive( ( QByteArray( "/vsizip/" ) + QFile::encodeName( path ) ).constData() );
  if ( !entries )
    return QCoreApplication::translate( "AcvTableReader", "it is a damaged zip archive (incomplete or truncated copy?)" );
  const bool xlsx = CSLFindString( entries, "xl/workbook.xml" ) >= 0;
  const bool ods = CSLFindString( entries, "content.xml" ) >= 0;
  CSLDestroy( entries );
  if ( !xlsx && !ods )
    return QCoreApplication::translate( "AcvTableReader", "it is a zip archive, but not an .xlsx or .ods workbook" );
  return QCoreApplication::translate( "AcvTableReader", "the workbook is damaged (%1)" ).arg( lastGdalError() );
}

//! How many U+FFFD the UTF-8 \a bytes spell out (EF BF BD); 0xEF is rare in Vietnamese text.
int replacementCharacters( const QByteArray &bytes )
{
  int count = 0;
  const char *end = bytes.constData() + bytes.size();
  for ( const char *at = static_cast<const char *>( std::memchr( bytes.constData(), '\xEF', bytes.size() ) ); at;
        at = static_cast<const char *>( std::memchr( at + 1, '\xEF', end - at - 1 ) ) )
  {
    if ( end - at >= 3 && at[1] == '\xBF' && at[2] == '\xBD' )
      ++count;
  }
  return count;
}

//! The offset of each line's first byte. memchr() rather than a loop over every byte: an annex
//! of 100 000 communes has 5 MB.
QVector<qint64> lineStartsOf( const QByteArray &bytes )
{
  const char *data = bytes.constData();
  const char *dataEnd = data + bytes.size();
  QVector<qint64> lineStarts{ 0 };
  for ( const char *newline = static_cast<const char *>( std::memchr( data, '\n', bytes.size() ) ); newline && newline + 1 < dataEnd;
        newline = static_cast<const char *>( std::memchr( newline + 1, '\n', dataEnd - newline - 1 ) ) )
    lineStarts.append( newline + 1 - data );
  return lineStarts;
}

bool hasNonAscii( const QString &text )
{
  return std::any_of( text.cbegin(), text.cend(), []( QChar c )
                      { return c.unicode() > 0x7F; } );
}

//! The 1-based line on which byte \a offset lies.
int lineAtOffset( const QVector<qint64> &lineStarts, qint64 offset )
{
  const auto it = std::upper_bound( lineStarts.cbegin(), lineStarts.cend(), offset );
  return static_cast<int>( it - lineStarts.cbegin() );
}
} // namespace

int AcvRawTable::columnCount() const
{
  int count = 0;
  for ( const QStringList &row : rows )
    count = std::max( count, static_cast<int>( row.size() ) );
  return count;
}

QString AcvTableReader::columnLetter( int index )
{
  QString letters;
  for ( int n = index + 1; n > 0; n = ( n - 1 ) / 26 )
    letters.prepend( QChar( 'A' + ( n - 1 ) % 26 ) );
  return letters;
}

QChar AcvTableReader::detectDelimiter( const QStringList &lines )
{
  // A delimiter that splits the header and the data rows into the same number of fields wins;
  // title lines and footnotes have none, so count only lines that have the character at all.
  const QList<QChar> candidates = { QChar( ';' ), QChar( ',' ), QChar( '\t' ), QChar( '|' ) };
  QChar best = QChar( ',' );
  double bestScore = 0.0;
  for ( const QChar candidate : candidates )
  {
    QHash<int, int> linesPerCount;
    int linesWithIt = 0;
    for ( const QString &line : lines.mid( 0, kDelimiterSampleLines ) )
    {
      int count = 0;
      bool inQuotes = false;
      for ( const QChar c : line )
      {
        if ( c == QLatin1Char( '"' ) )
          inQuotes = !inQuotes;
        else if ( c == candidate && !inQuotes )
          ++count;
      }
      if ( count > 0 )
      {
        ++linesWithIt;
        ++linesPerCount[count];
      }
    }
    if ( linesWithIt == 0 )
      continue;
    // The real delimiter cuts many lines into the same, larger number of fields; a decimal
    // comma cuts each figure in two, and a title line's commas are one-offs.
    double score = 0.0;
    for ( auto it = linesPerCount.cbegin(); it != linesPerCount.cend(); ++it )
      score = std::max( score, static_cast<double>( it.value() ) * it.key() );
    if ( score > bestScore )
    {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

bool AcvTableReader::sheetNames( const QString &path, QStringList &names, QString &error )
{
  names.clear();
  AcvRawTable table;
  if ( !read( path, QString(), table, error ) )
    return false;
  names = table.sheetNames;
  return true;
}

namespace
{
//! Rows between two looks at cancel and progress: often enough for a second's response.
constexpr int kProgressRows = 256;
} // namespace

QStringList AcvTableReader::tableSuffixes()
{
  // Anything else is read as delimited text; these are the names annexes come with.
  return QStringList{ QStringLiteral( "csv" ), QStringLiteral( "tsv" ), QStringLiteral( "txt" ) } + spreadsheetSuffixes();
}

bool AcvTableReader::read( const QString &path, const QString &sheet, AcvRawTable &table, QString &error, AcvProgress *progress )
{
  static std::once_flag registered;
  std::call_once( registered, []
                  { GDALAllRegister(); } );
  table = AcvRawTable();
  table.path = path;
  const QFileInfo info( path );
  if ( !info.exists() )
  {
    error = QCoreApplication::translate( "AcvTableReader", "%1: no such file" ).arg( path );
    return false;
  }
  if ( !info.isFile() || !info.isReadable() )
  {
    error = QCoreApplication::translate( "AcvTableReader", "%1: not a readable file" ).arg( path );
    return false;
  }
  if ( info.size() == 0 )
  {
    error = QCoreApplication::translate( "AcvTableReader", "%1: the file is empty" ).arg( path );
    return false;
  }
  // Before any parser sees it: a zip bomb or a 50 MB line must not take unbounded time or memory.
  if ( !AcvInputLimits::checkTable( path, error ) )
    return false;
  const QString suffix = info.suffix().toLower();
  if ( isSpreadsheetSuffix( suffix ) )
    return readSpreadsheet( path, sheet, table, error, progress );
  if ( !sheet.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvTableReader", "%1: a sheet (%2) was asked for, but a CSV file has no sheets" ).arg( path, sheet );
    return false;
  }
  return readCsv( path, table, error, progress );
}

bool AcvTableReader::readCsv( const QString &path, AcvRawTable &table, QString &error, AcvProgress *progress )
{
  table.kind = AcvTableSourceKind::Csv;
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
  {
    error = QCoreApplication::translate( "AcvTableReader", "%1: cannot be read (%2)" ).arg( path, file.errorString() );
    return false;
  }
  QByteArray bytes = file.readAll();
  file.close();
  const QString foreign = describeForeignContent( bytes.left( 8 ) );
  if ( !foreign.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvTableReader", "%1: is %2" ).arg( path, foreign );
    return false;
  }

  QVector<qint64> lineStarts = lineStartsOf( bytes );
  if ( const char *nul = static_cast<const char *>( std::memchr( bytes.constData(), '\0', bytes.size() ) ) )
  {
    error = QCoreApplication::translate( "AcvTableReader", "%1: line %2 contains a NUL byte: this is not a text (CSV) file" ).arg( path ).arg( lineAtOffset( lineStarts, nul - bytes.constData() ) );
    return false;
  }

  // Invalid bytes decode to U+FFFD: when the whole text has no more of those than the file
  // spells out, it is UTF-8. Else it came from an old tool in Windows-1258, TCVN3 or VNI.
  QString text = QString::fromUtf8( bytes );
  if ( text.count( QChar( 0xFFFD ) ) != replacementCharacters( bytes ) )
  {
    if ( !decodeLegacyCsv( path, bytes, lineStarts, table, error ) )
      return false;
    text = QString::fromUtf8( bytes );
    lineStarts = lineStartsOf( bytes );
  }

  if ( text.startsWith( QChar( 0xFEFF ) ) )
    text.remove( 0, 1 );
  // Only the head decides the delimiter: splitting a 100 000-line file would copy all of it.
  int headEnd = -1;
  for ( int line = 0; line < kDelimiterSampleLines; ++line )
  {
    headEnd = text.indexOf( QLatin1Char( '\n' ), headEnd + 1 );
    if ( headEnd < 0 )
      break;
  }
  table.delimiter = detectDelimiter( ( headEnd < 0 ? text : text.left( headEnd ) ).split( QLatin1Char( '\n' ) ) );

  // Tokenize the bytes already in memory rather than reading the file a second time.
  VSILFILE *handle = VSIFileFromMemBuffer( nullptr, reinterpret_cast<GByte *>( const_cast<char *>( bytes.constData() ) ), static_cast<vsi_l_offset>( bytes.size() ), FALSE );
  if ( !handle )
  {
    error = QCoreApplication::translate( "AcvTableReader", "%1: cannot be read by GDAL" ).arg( path );
    return false;
  }
  const char delimiter[2] = { static_cast<char>( table.delimiter.toLatin1() ), '\0' };
  bool first = true;
  while ( true )
  {
    const qint64 recordStart = static_cast<qint64>( VSIFTellL( handle ) );
    if ( recordStart >= bytes.size() )
      break;
    char **fields = CSVReadParseLine3L( handle, 0, delimiter, true, false, false, first );
    first = false;
    if ( !fields )
      break;
    const qint64 recordEnd = static_cast<qint64>( VSIFTellL( handle ) );
    const int line = lineAtOffset( lineStarts, recordStart );
    if ( table.rows.size() % kProgressRows == 0 )
    {
      AcvProgress::report( progress, static_cast<double>( recordEnd ), static_cast<double>( bytes.size() ) );
      if ( AcvProgress::canceled( progress ) )
      {
        CSLDestroy( fields );
        VSIFCloseL( handle );
        error = QString::fromLatin1( AcvProgress::kCanceled );
        return false;
      }
    }
    if ( std::count( bytes.constData() + recordStart, bytes.constData() + recordEnd, '"' ) % 2 != 0 )
    {
      CSLDestroy( fields );
      VSIFCloseL( handle );
      error = QCoreApplication::translate( "AcvTableReader", "%1: line %2 opens a quoted cell (\") that is never closed" ).arg( path ).arg( line );
      return false;
    }
    QStringList row;
    row.reserve( CSLCount( fields ) );
    for ( char **field = fields; *field; ++field )
      row.append( QString::fromUtf8( *field ) );
    CSLDestroy( fields );
    // a line with only delimiters is as blank as an empty one
    table.rows.append( row );
    table.rowNumbers.append( line );
  }
  VSIFCloseL( handle );
  if ( table.rows.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvTableReader", "%1: the file has no rows" ).arg( path );
    return false;
  }
  // A UTF-8 export of a workbook typed with a legacy font holds the Windows-1252 reading of its
  // bytes ("HuyÖn"), as the workbook's own cells do.
  return table.decodedFrom != AcvTextEncoding::Utf8 || decodeLegacyCells( table, error );
}

bool AcvTableReader::readSpreadsheet( const QString &path, const QString &sheet, AcvRawTable &table, QString &error, AcvProgress *progress )
{
  table.kind = AcvTableSourceKind::Spreadsheet;
  const ScopedSpreadsheetConfig config;
  const char *const drivers[] = { "XLSX", "ODS", "XLS", nullptr };
  CPLErrorReset();
  DatasetPtr dataset( GDALOpenEx( QFile::encodeName( path ).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr ) );
  if ( !dataset )
  {
    error = QCoreApplication::translate( "AcvTableReader", "%1: cannot be read as a spreadsheet: %2" ).arg( path, describeUnreadableSpreadsheet( path ) );
    return false;
  }
  const int layerCount = GDALDatasetGetLayerCount( dataset.get() );
  OGRLayerH layer = nullptr;
  for ( int i = 0; i < layerCount; ++i )
  {
    OGRLayerH candidate = GDALDatasetGetLayer( dataset.get(), i );
    const QString name = QString::fromUtf8( OGR_L_GetName( candidate ) );
    table.sheetNames.append( name );
    if ( !layer && ( sheet.isEmpty() ? OGR_L_GetFeatureCount( candidate, TRUE ) > 0 : name == sheet ) )
      layer = candidate;
  }
  if ( !layer && !sheet.isEmpty() )
  {
    // sheet names typed by hand differ in case or composition
    for ( int i = 0; i < layerCount && !layer; ++i )
    {
      if ( table.sheetNames.at( i ).normalized( QString::NormalizationForm_C ).compare( sheet.normalized( QString::NormalizationForm_C ), Qt::CaseInsensitive ) == 0 )
        layer = GDALDatasetGetLayer( dataset.get(), i );
    }
  }
  if ( !layer )
  {
    error = sheet.isEmpty()
                ? QCoreApplication::translate( "AcvTableReader", "%1: every sheet is empty" ).arg( path )
                : QCoreApplication::translate( "AcvTableReader", "%1: no sheet named '%2' (sheets: %3)" ).arg( path, sheet, table.sheetNames.join( QLatin1String( ", " ) ) );
    return false;
  }
  table.sheet = QString::fromUtf8( OGR_L_GetName( layer ) );

  OGRFeatureDefnH definition = OGR_L_GetLayerDefn( layer );
  const int fieldCount = OGR_FD_GetFieldCount( definition );
  OGR_L_ResetReading( layer );
  int fallbackRow = 0;
  const GIntBig featureCount = OGR_L_GetFeatureCount( layer, FALSE );
  while ( OGRFeatureH feature = OGR_L_GetNextFeature( layer ) )
  {
    ++fallbackRow;
    if ( ( fallbackRow - 1 ) % kProgressRows == 0 )
    {
      AcvProgress::report( progress, fallbackRow, static_cast<double>( featureCount ) );
      if ( AcvProgress::canceled( progress ) )
      {
        OGR_F_Destroy( feature );
        error = QString::fromLatin1( AcvProgress::kCanceled );
        return false;
      }
    }
    QStringList row;
    for ( int i = 0; i < fieldCount; ++i )
      row.append( OGR_F_IsFieldSetAndNotNull( feature, i ) ? QString::fromUtf8( OGR_F_GetFieldAsString( feature, i ) ) : QString() );
    while ( !row.isEmpty() && row.constLast().isEmpty() )
      row.removeLast();
    // The drivers number features by sheet row (1-based), blank rows included.
    const GIntBig fid = OGR_F_GetFID( feature );
    table.rowNumbers.append( fid > 0 ? static_cast<int>( fid ) : fallbackRow );
    table.rows.append( row );
    OGR_F_Destroy( feature );
  }
  if ( table.rows.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvTableReader", "%1: sheet '%2' is empty" ).arg( path, table.sheet );
    return false;
  }
  AcvSpreadsheetCellKinds kinds;
  if ( !kinds.read( path, table.sheet, fieldCount, error ) )
    return false;
  table.merges = kinds.merges();
  table.kinds.reserve( table.rows.size() );
  for ( const int rowNumber : std::as_const( table.rowNumbers ) )
    table.kinds.append( kinds.rowKinds( rowNumber ) );
  return decodeLegacyCells( table, error );
}

bool AcvTableReader::decodeLegacyCsv( const QString &path, QByteArray &bytes, const QVector<qint64> &lineStarts, AcvRawTable &table, QString &error )
{
  QVector<QByteArray> samples;
  QVector<int> sampleLines;
  int utf8Lines = 0;
  int firstInvalidLine = 0;
  for ( int line = 0; line < lineStarts.size(); ++line )
  {
    const qint64 start = lineStarts.at( line );
    const qint64 end = line + 1 < lineStarts.size() ? lineStarts.at( line + 1 ) : bytes.size();
    const QByteArray raw = bytes.mid( start, end - start );
    if ( std::none_of( raw.cbegin(), raw.cend(), []( char c )
                       { return static_cast<uchar>( c ) >= 0x80; } ) )
      continue;
    samples.append( raw );
    sampleLines.append( line + 1 );
    if ( QString::fromUtf8( raw ).count( QChar( 0xFFFD ) ) == replacementCharacters( raw ) )
      ++utf8Lines;
    else if ( firstInvalidLine == 0 )
      firstInvalidLine = line + 1;
  }
  // A legacy line is UTF-8 only by rare chance: where as many lines are UTF-8 as not, the file
  // is UTF-8 with lines broken (pasted from elsewhere), and no decoding can mend both kinds.
  if ( utf8Lines >= samples.size() - utf8Lines )
  {
    error = QCoreApplication::translate( "AcvTableReader", "%1: line %2 is not valid UTF-8, though %n other line(s) with letters beyond ASCII are (a line pasted from a file in a legacy encoding such as Windows-1258 or TCVN3?); save the annex as \"CSV UTF-8\"", nullptr, utf8Lines )
              .arg( path )
              .arg( firstInvalidLine );
    return false;
  }
  const AcvLegacyDecision decision = AcvLegacyDetector::decideBytes( samples );
  if ( decision.verdict != AcvLegacyDecision::Verdict::Decode )
  {
    // Guessing wrong would put garbled names on the map: name the line and the best guess.
    const int line = sampleLines.value( decision.sample, sampleLines.value( 0, 1 ) );
    const QString suspected = AcvLegacyEncoding::description( decision.encoding );
    error = decision.word.isEmpty()
              ? QCoreApplication::translate( "AcvTableReader", "%1: line %2 is not valid UTF-8; it may be %3, but too few of its words tell (%4); save the annex as \"CSV UTF-8\"" )
                  .arg( path )
                  .arg( line )
                  .arg( suspected, decision.evidence() )
              : QCoreApplication::translate( "AcvTableReader", "%1: line %2 is not valid UTF-8, and not certainly %3 either: read that way, '%4' is no Vietnamese word (%5); save the annex as \"CSV UTF-8\"" )
                  .arg( path )
                  .arg( line )
                  .arg( suspected, decision.word, decision.evidence() );
    return false;
  }
  bytes = AcvLegacyEncoding::decode( bytes, decision.encoding ).toUtf8();
  table.decodedFrom = decision.encoding;
  table.decodingEvidence = decision.evidence();
  return true;
}

bool AcvTableReader::decodeLegacyCells( AcvRawTable &table, QString &error )
{
  QStringList samples;
  QVector<QPair<int, int>> places; // row index, column
  for ( int r = 0; r < table.rows.size(); ++r )
  {
    const QStringList &row = table.rows.at( r );
    for ( int c = 0; c < row.size(); ++c )
    {
      if ( table.cellKind( r, c ) == AcvCellKind::Text && hasNonAscii( row.at( c ) ) )
      {
        samples.append( row.at( c ) );
        places.append( { r, c } );
      }
    }
  }
  if ( samples.isEmpty() )
    return true;
  // One decision for the whole sheet: a cell alone is too short to tell, and a sheet is typed
  // with one font.
  const AcvLegacyDecision decision = AcvLegacyDetector::decideReadings( samples );
  if ( decision.verdict == AcvLegacyDecision::Verdict::Keep )
    return true;
  if ( decision.verdict == AcvLegacyDecision::Verdict::Unsure )
  {
    const QPair<int, int> place = places.value( decision.sample );
    const QString where = table.kind == AcvTableSourceKind::Csv
                            ? QCoreApplication::translate( "AcvTableReader", "%1, row %2, column %3" ).arg( table.path ).arg( table.rowNumbers.at( place.first ) ).arg( columnLetter( place.second ) )
                            : QCoreApplication::translate( "AcvTableReader", "%1, sheet '%2', row %3, column %4" ).arg( table.path, table.sheet ).arg( table.rowNumbers.at( place.first ) ).arg( columnLetter( place.second ) );
    error = QCoreApplication::translate( "AcvTableReader", "%1: '%2' reads as no Vietnamese, and not certainly as %3 typed with its fonts either (%4); convert the annex to Unicode (Unikey's converter does) and send it again" )
              .arg( where, samples.value( decision.sample ).left( 80 ), AcvLegacyEncoding::description( decision.encoding ), decision.evidence() );
    return false;
  }
  for ( int i = 0; i < samples.size(); ++i )
  {
    QByteArray bytes;
    if ( AcvLegacyEncoding::windows1252Bytes( samples.at( i ), bytes ) )
      table.rows[places.at( i ).first][places.at( i ).second] = AcvLegacyEncoding::decode( bytes, decision.encoding );
  }
  table.decodedFrom = decision.encoding;
  table.decodingEvidence = decision.evidence();
  return true;
}

QString AcvTableReader::describeDecoding( const AcvRawTable &table )
{
  if ( table.decodedFrom == AcvTextEncoding::Utf8 )
    return QString();
  return QCoreApplication::translate( "AcvTableReader", "read as %1 and converted to Unicode: %2" ).arg( AcvLegacyEncoding::description( table.decodedFrom ), table.decodingEvidence );
}
