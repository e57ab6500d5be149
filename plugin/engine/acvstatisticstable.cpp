/***************************************************************************
  acvstatisticstable.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvstatisticstable.h"

#include "acvnamematcher.h"
#include "acvnamenormalizer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace
{
constexpr int kHeaderSearchRows = 25;
constexpr int kMaxSubHeaderRows = 2;
//! Longer than any locality name (a DBF text field holds 254 bytes): a misplaced note or paste.
constexpr int kMaxKeyLength = 200;
//! Above 2^53 - 1 a double no longer holds every whole number, and 2^63 overflows llround.
constexpr double kMaxCount = 9007199254740991.0;

int nonEmptyCount( const QStringList &row )
{
  return static_cast<int>( std::count_if( row.cbegin(), row.cend(), []( const QString &c )
                                          { return !c.trimmed().isEmpty(); } ) );
}

bool looksNumeric( const QString &cell )
{
  const QString trimmed = cell.trimmed();
  if ( trimmed.isEmpty() || AcvNumberParser::isMissingToken( trimmed ) )
    return false;
  return AcvNumberParser::parse( trimmed, AcvNumberConvention::Vietnamese ).status == AcvParsedNumber::Status::Ok || AcvNumberParser::parse( trimmed, AcvNumberConvention::English ).status == AcvParsedNumber::Status::Ok;
}

/**
 * The label of a column-number cell, or an empty string when the cell is none: "(1)", "2", "(C)",
 * or a formula of such labels under the header, "(6)=(5)/(4)", "(7) = (5) : (3) x 100", "C=A/B".
 * The label is the first term, which numbers the column.
 */
QString columnNumberLabel( const QString &cell )
{
  // Every column-number cell is short and has no letters beyond single ones: that rules out
  // nearly every cell (names, figures) before the regular expression runs.
  if ( cell.size() > 40 )
    return QString();
  static const QRegularExpression pattern( QStringLiteral( "^\\(?\\s*([0-9]{1,2}|[A-Za-z])\\s*\\)?"
                                                           "(?:\\s*[=+\\-*/:x\\x{00D7}\\x{00F7}]\\s*\\(?\\s*(?:[0-9]{1,3}|[A-Za-z])\\s*\\)?)*\\s*%?$" ) );
  const QRegularExpressionMatch match = pattern.match( cell.trimmed() );
  return match.hasMatch() ? match.captured( 1 ) : QString();
}

//! A row that numbers the columns: every filled cell a column-number label, in ascending order.
bool isColumnNumberRow( const QStringList &row )
{
  int previousNumber = 0;
  QChar previousLetter;
  int filled = 0;
  for ( const QString &cell : row )
  {
    if ( cell.trimmed().isEmpty() )
      continue;
    ++filled;
    const QString label = columnNumberLabel( cell );
    if ( label.isEmpty() )
      return false;
    bool isNumber = false;
    const int number = label.toInt( &isNumber );
    if ( isNumber )
    {
      if ( number <= previousNumber )
        return false;
      previousNumber = number;
    }
    else
    {
      const QChar letter = label.at( 0 ).toUpper();
      if ( !previousLetter.isNull() && letter <= previousLetter )
        return false;
      previousLetter = letter;
    }
  }
  return filled >= 3;
}

//! Digits after the decimal mark as a cell shows them: the precision it was rounded to.
int decimalsShown( const QString &text, AcvCellKind kind, AcvNumberConvention convention )
{
  QString body = text.trimmed();
  if ( kind != AcvCellKind::Text )
  {
    // A numeric cell's value in machine format; Excel's binary noise (0.1 + 0.2) is no precision.
    bool ok = false;
    const double value = body.toDouble( &ok );
    if ( !ok )
      return 0;
    body = QString::number( value, 'g', 12 );
    if ( body.contains( QLatin1Char( 'e' ) ) )
      return 0;
    const int point = body.indexOf( QLatin1Char( '.' ) );
    return point < 0 ? 0 : std::min( 6, static_cast<int>( body.size() ) - point - 1 );
  }
  body.remove( QLatin1Char( '%' ) );
  body = body.trimmed();
  const QChar mark = convention == AcvNumberConvention::English ? QLatin1Char( '.' ) : QLatin1Char( ',' );
  const int point = body.lastIndexOf( mark );
  return point < 0 ? 0 : static_cast<int>( body.size() ) - point - 1;
}

//! A total's label in the two forms it is compared in: with tones, and without diacritics.
struct AcvTotalLabel
{
  QString toneKey;
  QString foldKey;
  bool leading; //!< also a total when followed by more words ("Toàn tỉnh Gia Lai")
};

const QVector<AcvTotalLabel> &totalLabels()
{
  static const QVector<AcvTotalLabel> labels = []
  {
    // Whole labels only for short words: "Cộng Hòa" is a commune, "Cộng" alone is a total.
    const QVector<std::pair<const char *, bool>> texts = {
        { "cộng", false }, { "tổng", false }, { "cả nước", false }, { "toàn thành phố", false }, { "sum", false }, { "grand total", false }, { "tổng cộng", true }, { "tổng số", true }, { "toàn tỉnh", true }, { "toàn quốc", true }, { "total", true } };
    QVector<AcvTotalLabel> result;
    for ( const auto &text : texts )
    {
      const AcvNormalizedName name = AcvNameNormalizer::normalize( QString::fromUtf8( text.first ) );
      result.append( { name.toneKey, name.foldKey, text.second } );
    }
    return result;
  }();
  return labels;
}

bool isTotalLabel( const QString &cell )
{
  // Most cells are names far longer or shorter than any total: a cheap look at the first letter
  // spares normalizing every row of a 100 000-row annex.
  const QString trimmed = cell.trimmed();
  if ( trimmed.isEmpty() || trimmed.size() > 60 )
    return false;
  QChar first = trimmed.at( 0 ).unicode() < 0x80 ? trimmed.at( 0 ).toLower() : QChar();
  if ( first.isNull() )
  {
    const QString initial = AcvColumnDetector::foldHeader( trimmed.left( 1 ) );
    first = initial.isEmpty() ? QChar() : initial.at( 0 );
  }
  if ( first != QLatin1Char( 'c' ) && first != QLatin1Char( 't' ) && first != QLatin1Char( 's' ) && first != QLatin1Char( 'g' ) )
    return false;
  // With diacritics the tones must agree too: "Toàn Tịnh" is a commune, "Toàn tỉnh" the province's
  // total. Only a label typed without any diacritic is compared without them.
  const AcvNormalizedName name = AcvNameNormalizer::normalize( trimmed );
  const bool accented = name.toneKey != name.foldKey;
  const QString &key = accented ? name.toneKey : name.foldKey;
  for ( const AcvTotalLabel &label : totalLabels() )
  {
    const QString &labelKey = accented ? label.toneKey : label.foldKey;
    if ( key == labelKey || ( label.leading && key.startsWith( labelKey + QLatin1Char( ' ' ) ) ) )
      return true;
  }
  return false;
}

bool isFootnoteStart( const QString &cell )
{
  const QString trimmed = cell.trimmed();
  if ( trimmed.startsWith( QLatin1Char( '*' ) ) || trimmed.startsWith( QLatin1String( "(*" ) ) )
    return true;
  // The folded text starts with the first letter or digit: a row number cannot start a note.
  if ( trimmed.isEmpty() || ( trimmed.at( 0 ).unicode() >= '0' && trimmed.at( 0 ).unicode() <= '9' ) )
    return false;
  static const QStringList starts = { QStringLiteral( "ghi chu" ), QStringLiteral( "nguon" ), QStringLiteral( "luu y" ),
                                      QStringLiteral( "note" ), QStringLiteral( "notes" ), QStringLiteral( "source" ) };
  const QString folded = AcvColumnDetector::foldHeader( trimmed );
  for ( const QString &start : starts )
  {
    if ( folded.startsWith( start ) && ( folded.size() == start.size() || folded.at( start.size() ) == QLatin1Char( ' ' ) ) )
      return true;
  }
  return false;
}

QString joinedCells( const QStringList &row )
{
  QStringList cells;
  for ( const QString &cell : row )
  {
    if ( !cell.trimmed().isEmpty() )
      cells.append( cell.trimmed() );
  }
  return cells.join( QLatin1String( " | " ) );
}
} // namespace

QString AcvStatisticsTable::cell( int rowIndex, int column ) const
{
  if ( rowIndex < 0 || rowIndex >= mRaw.rows.size() || column < 0 )
    return QString();
  const QStringList &row = mRaw.rows.at( rowIndex );
  return column < row.size() ? row.at( column ) : QString();
}

void AcvStatisticsTable::releaseDataCells()
{
  // Each key is copied out of its cell first: the cells of a row lie side by side on the heap,
  // and one key left among them would keep the memory of the whole row from being returned.
  for ( int i = 0; i < mRecords.size(); ++i )
  {
    AcvStatisticsRecord &record = mRecords[i];
    record.key = QString( record.key.constData(), record.key.size() );
    record.parent = QString( record.parent.constData(), record.parent.size() );
    record.code = QString( record.code.constData(), record.code.size() );
    // The normalized name's raw text is the cell itself: it must let go of it too.
    if ( i < mNormalizedKeys.size() )
      mNormalizedKeys[i].raw = record.key;
  }
  // A new, short list: erasing would keep the long one's array.
  mRaw.rows = mRaw.rows.mid( 0, std::min( mFirstDataIndex, static_cast<int>( mRaw.rows.size() ) ) );
  mRaw.kinds = mRaw.kinds.mid( 0, std::min( mFirstDataIndex, static_cast<int>( mRaw.kinds.size() ) ) );
}

QString AcvStatisticsTable::columnLabel( int column ) const
{
  return columnLabel( mRaw, mHeaders, column );
}

QString AcvStatisticsTable::columnLabel( const AcvRawTable &raw, const QStringList &headers, int column )
{
  const QString name = raw.kind == AcvTableSourceKind::Spreadsheet ? AcvTableReader::columnLetter( column ) : QString::number( column + 1 );
  const QString header = column >= 0 && column < headers.size() ? headers.at( column ) : QString();
  return header.isEmpty() ? QCoreApplication::translate( "AcvStatisticsTable", "column %1" ).arg( name ) : QCoreApplication::translate( "AcvStatisticsTable", "column %1 ('%2')" ).arg( name, header );
}

//! At most this many warnings of one kind name their rows; the rest are counted.
constexpr int kMaxRowWarnings = 10;

QString AcvStatisticsTable::cellReference( int row, int column ) const
{
  return messageAt( AcvMessage::Level::Info, row, column, QString() ).place();
}

AcvMessage AcvStatisticsTable::messageAt( AcvMessage::Level level, int row, int column, const QString &text ) const
{
  // A re-mapped unit is no row of the file: its messages name the file alone, not a column of it.
  if ( isRemapped() && row == 0 )
    column = -1;
  AcvMessage message{ level, text, mRaw.path, mRaw.sheet, row, column >= 0 ? column + 1 : 0, column >= 0 ? columnLabel( column ) : QString() };
  return message;
}

QString AcvStatisticsTable::placed( int row, int column, const QString &text ) const
{
  mErrorMessage = messageAt( AcvMessage::Level::Error, row, column, text );
  return mErrorMessage.toString();
}

void AcvStatisticsTable::addWarning( const AcvMessage &message )
{
  mWarnings.append( message.toString() );
  mWarningMessages.append( message );
}

void AcvStatisticsTable::appendCapped( const AcvMessages &rows, const QString &more )
{
  for ( int i = 0; i < std::min( kMaxRowWarnings, static_cast<int>( rows.size() ) ); ++i )
    addWarning( rows.at( i ) );
  if ( rows.size() > kMaxRowWarnings )
    addWarning( AcvMessage::warning( more.arg( rows.size() - kMaxRowWarnings ) ) );
}

QStringList AcvStatisticsTable::keys() const
{
  QStringList keys;
  keys.reserve( mRecords.size() );
  for ( const AcvStatisticsRecord &record : mRecords )
    keys.append( record.key );
  return keys;
}

bool AcvStatisticsTable::keyIsCode() const
{
  if ( mKeysAreCodes )
    return *mKeysAreCodes;
  return mKey.isSet() && AcvColumnDetector::roleOf( mKey.header ) == AcvColumnRole::Code;
}

bool AcvStatisticsTable::load( const AcvStatisticsOptions &options, QString &error )
{
  *this = AcvStatisticsTable();
  if ( !AcvTableReader::read( options.path, options.sheet, mRaw, error, options.progress ) )
    return false;
  QStringList requested;
  for ( const QString &name : { options.keyColumn, options.installsColumn, options.smartphonesColumn, options.populationColumn } )
  {
    if ( !name.isEmpty() )
      requested.append( AcvColumnDetector::foldHeader( name ) );
  }
  if ( !findHeader( requested, error ) || !bindColumns( options, error ) )
    return false;
  return readRecords( options.convention, options.strict, error );
}

bool AcvStatisticsTable::findHeader( const QStringList &requestedHeaders, QString &error )
{
  const int searchRows = std::min( kHeaderSearchRows, static_cast<int>( mRaw.rows.size() ) );
  int best = -1;
  int bestScore = 0;
  for ( int i = 0; i < searchRows; ++i )
  {
    const QStringList &row = mRaw.rows.at( i );
    if ( nonEmptyCount( row ) < 2 )
      continue;
    int score = AcvColumnDetector::headerScore( row );
    // Columns the user named count as header words too.
    for ( const QString &cell : row )
      score += requestedHeaders.contains( AcvColumnDetector::foldHeader( cell ) ) ? 1 : 0;
    if ( score > bestScore )
    {
      best = i;
      bestScore = score;
    }
  }
  if ( best < 0 && mRaw.kind == AcvTableSourceKind::Csv && mRaw.columnCount() <= 1 )
  {
    error = QCoreApplication::translate( "AcvStatisticsTable", "%1: every line is a single cell: the columns are not separated by ',', ';', tab or '|' (another delimiter?); save the annex as \"CSV UTF-8\"" ).arg( mRaw.path );
    return false;
  }
  if ( best < 0 || bestScore < 2 )
  {
    error = QCoreApplication::translate( "AcvStatisticsTable", "%1: no header row found in the first %2 rows; expected column names such as 'Đơn vị', 'Số lượt cài đặt', 'Số người dùng ĐTTM', 'Dân số' (or Name, Installs, Smartphone users, Population)" )
                .arg( mRaw.path )
                .arg( searchRows );
    return false;
  }

  // A header spread over two rows: merged parent cells above the sub-headers, or below them.
  int first = best;
  if ( best > 0 )
  {
    const QStringList &above = mRaw.rows.at( best - 1 );
    const bool allText = std::none_of( above.cbegin(), above.cend(), looksNumeric );
    if ( nonEmptyCount( above ) >= 2 && allText && AcvColumnDetector::headerScore( above ) >= 1 )
      first = best - 1;
  }
  int last = best;
  for ( int i = best + 1; i < mRaw.rows.size() && i <= best + kMaxSubHeaderRows; ++i )
  {
    const QStringList &below = mRaw.rows.at( i );
    const bool allText = std::none_of( below.cbegin(), below.cend(), looksNumeric );
    if ( !allText || AcvColumnDetector::headerScore( below ) < 1 )
      break;
    last = i;
  }

  const int columns = mRaw.columnCount();
  for ( int c = 0; c < columns; ++c )
  {
    QStringList parts;
    for ( int r = first; r <= last; ++r )
    {
      QString text = cell( r, c ).simplified();
      if ( text.isEmpty() && r < last && !cell( r + 1, c ).trimmed().isEmpty() )
      {
        // Inside a horizontally merged parent cell: the text sits in its first column, which
        // also has a sub-header below it.
        for ( int k = c - 1; k >= 0; --k )
        {
          const QString left = cell( r, k ).simplified();
          if ( left.isEmpty() )
            continue;
          if ( !cell( r + 1, k ).trimmed().isEmpty() )
            text = left;
          break;
        }
      }
      if ( !text.isEmpty() && !parts.contains( text ) )
        parts.append( text );
    }
    mHeaders.append( parts.join( QLatin1String( " / " ) ) );
  }
  for ( int r = first; r <= last; ++r )
    mHeaderRows.append( mRaw.rowNumbers.at( r ) );
  mFirstDataIndex = last + 1;
  return true;
}

bool AcvStatisticsTable::bindColumn( const QString &requested, AcvColumnRole role, bool required, AcvColumnBinding &binding, QString &error )
{
  const QString where = mRaw.sheet.isEmpty() ? mRaw.path : QCoreApplication::translate( "AcvStatisticsTable", "%1, sheet '%2'" ).arg( mRaw.path, mRaw.sheet );
  const QString option = QStringLiteral( "--%1" ).arg( role == AcvColumnRole::Key ? QStringLiteral( "stats-key" ) : AcvColumnDetector::roleName( role ) );
  if ( !requested.isEmpty() )
  {
    const int index = AcvColumnDetector::findColumn( mHeaders, requested );
    if ( index == -2 )
    {
      error = QCoreApplication::translate( "AcvStatisticsTable", "%1: %2 '%3' fits several columns of the header in row %4; name it by letter or number" )
                  .arg( where, option, requested )
                  .arg( mHeaderRows.constFirst() );
      return false;
    }
    if ( index < 0 )
    {
      error = QCoreApplication::translate( "AcvStatisticsTable", "%1: no column '%2' (%3) in the header in row %4; columns: %5" )
                  .arg( where, requested, option )
                  .arg( mHeaderRows.constFirst() )
                  .arg( mHeaders.join( QLatin1String( " | " ) ) );
      return false;
    }
    binding.index = index;
    binding.header = mHeaders.at( index );
    binding.detected = false;
    return true;
  }

  QVector<int> candidates;
  if ( role == AcvColumnRole::Key && mPreferCodeKey )
    candidates = AcvColumnDetector::columnsWithRole( mHeaders, AcvColumnRole::Code );
  if ( candidates.isEmpty() )
    candidates = AcvColumnDetector::columnsWithRole( mHeaders, role );
  if ( role == AcvColumnRole::Key && candidates.isEmpty() )
    candidates = AcvColumnDetector::columnsWithRole( mHeaders, AcvColumnRole::Code );
  int key = -1;
  int parent = -1;
  if ( role == AcvColumnRole::Key && splitKeyAndParent( candidates, key, parent ) )
  {
    // "Huyện | Xã": the lower tier is the locality, the higher one its parent (bindColumns()).
    candidates = { key };
  }
  if ( candidates.size() > 1 )
  {
    QStringList names;
    for ( const int c : std::as_const( candidates ) )
      names.append( columnLabel( c ) );
    error = QCoreApplication::translate( "AcvStatisticsTable", "%1: several columns could hold the %2 (%3); choose one with %4%5" )
                .arg( where, AcvColumnDetector::roleName( role ), names.join( QLatin1String( ", " ) ), option,
                      role == AcvColumnRole::Key ? QCoreApplication::translate( "AcvStatisticsTable", " (and the district or province column with --stats-parent)" ) : QString() );
    return false;
  }
  if ( candidates.isEmpty() )
  {
    if ( !required )
      return true;
    error = QCoreApplication::translate( "AcvStatisticsTable", "%1: no %2 column found in the header in row %3 (columns: %4); name it with %5" )
                .arg( where, AcvColumnDetector::roleName( role ) )
                .arg( mHeaderRows.constFirst() )
                .arg( mHeaders.join( QLatin1String( " | " ) ), option );
    return false;
  }
  binding.index = candidates.first();
  binding.header = mHeaders.at( binding.index );
  binding.detected = true;
  return true;
}

bool AcvStatisticsTable::bindColumns( const AcvStatisticsOptions &options, QString &error )
{
  mPreferCodeKey = options.preferCodeKey;
  if ( !bindColumn( options.keyColumn, AcvColumnRole::Key, true, mKey, error ) || !bindColumn( options.installsColumn, AcvColumnRole::Installs, true, mInstalls, error ) || !bindColumn( options.smartphonesColumn, AcvColumnRole::Smartphones, false, mSmartphones, error ) || !bindColumn( options.populationColumn, AcvColumnRole::Population, false, mPopulation, error ) )
    return false;
  mNoParents = options.parentColumn.compare( QLatin1String( "none" ), Qt::CaseInsensitive ) == 0;
  if ( mNoParents )
  {
    // The analyst says the rows have no parent: no column is taken for one, no heading gives one.
  }
  else if ( !options.parentColumn.isEmpty() )
  {
    if ( !bindColumn( options.parentColumn, AcvColumnRole::Key, false, mParent, error ) )
    {
      error.replace( QLatin1String( "--stats-key" ), QLatin1String( "--stats-parent" ) );
      return false;
    }
  }
  else
  {
    // Any other locality column above the key's tier names the key's parent.
    for ( const int c : AcvColumnDetector::columnsWithRole( mHeaders, AcvColumnRole::Key ) )
    {
      int key = -1;
      int parent = -1;
      if ( c != mKey.index && splitKeyAndParent( { mKey.index, c }, key, parent ) && key == mKey.index )
      {
        mParent.index = parent;
        mParent.header = mHeaders.at( parent );
        mParent.detected = true;
        break;
      }
    }
  }
  // A code beside a name key: a crosswalk pairs by code, which survives a unit's renaming.
  if ( !keyIsCode() )
  {
    const QVector<int> codes = AcvColumnDetector::columnsWithRole( mHeaders, AcvColumnRole::Code );
    const AcvAdminLevel keyLevel = AcvAdminLevels::ofHeader( mKey.header );
    for ( const int c : codes )
    {
      if ( c == mKey.index || c == mParent.index )
        continue;
      const AcvAdminLevel level = AcvAdminLevels::ofHeader( mHeaders.at( c ) );
      if ( codes.size() == 1 || level == keyLevel || level == AcvAdminLevel::Unknown )
      {
        mCode.index = c;
        mCode.header = mHeaders.at( c );
        mCode.detected = true;
        break;
      }
    }
  }
  if ( !mSmartphones.isSet() && !mPopulation.isSet() )
  {
    error = QCoreApplication::translate( "AcvStatisticsTable", "%1: neither a smartphone-users column (ĐTTM) nor a population column (Dân số) was found; coverage needs one (--smartphones or --population)" ).arg( mRaw.path );
    return false;
  }
  const QVector<const AcvColumnBinding *> bound = { &mKey, &mInstalls, &mSmartphones, &mPopulation, &mParent };
  for ( int i = 0; i < bound.size(); ++i )
  {
    for ( int j = i + 1; j < bound.size(); ++j )
    {
      if ( bound[i]->isSet() && bound[i]->index == bound[j]->index )
      {
        error = QCoreApplication::translate( "AcvStatisticsTable", "%1: %2 was chosen for two roles" ).arg( mRaw.path, columnLabel( bound[i]->index ) );
        return false;
      }
    }
  }
  return true;
}

QString AcvStatisticsTable::classifySkippedRow( const QStringList &row ) const
{
  const int filled = nonEmptyCount( row );
  if ( filled == 0 )
    return QStringLiteral( "blank" );
  const QString key = mKey.index < row.size() ? row.at( mKey.index ).trimmed() : QString();
  // Totals are labelled at the left: in the key column, in STT when the two are merged, or in
  // the name column when the key is a code column.
  for ( int c = 0; c < std::min( static_cast<int>( row.size() ), std::max( mKey.index + 1, 4 ) ); ++c )
  {
    if ( isTotalLabel( row.at( c ) ) )
      return QStringLiteral( "total" );
  }
  if ( filled >= 3 && isColumnNumberRow( row ) )
    return QStringLiteral( "column numbers" );
  QString firstText;
  for ( const QString &c : row )
  {
    if ( !c.trimmed().isEmpty() )
    {
      firstText = c;
      break;
    }
  }
  const std::array<int, 3> figures = { mInstalls.index, mSmartphones.index, mPopulation.index };
  const bool anyFigure = std::any_of( figures.cbegin(), figures.cend(), [&row]( int c )
                                      { return c >= 0 && c < row.size() && !row.at( c ).trimmed().isEmpty() && !AcvNumberParser::isMissingToken( row.at( c ) ); } );
  static const QRegularExpression section( QStringLiteral( "^(?:[IVXLC]+|[A-Z])[\\.\\)]\\s" ) );
  if ( !anyFigure && section.match( firstText.trimmed() ).hasMatch() )
    return QStringLiteral( "section heading" );
  if ( isFootnoteStart( firstText ) || ( filled == 1 && key.isEmpty() ) )
    return QStringLiteral( "footnote" );
  if ( filled == 1 && key.size() > 60 )
    return QStringLiteral( "footnote" );
  return QString();
}

namespace
{
QString conventionName( AcvNumberConvention convention )
{
  return convention == AcvNumberConvention::English ? QStringLiteral( "the English way (1,234.5)" ) : QStringLiteral( "the Vietnamese way (1.234,5)" );
}

} // namespace

AcvParsedNumber AcvStatisticsTable::readCell( int rowIndex, int column, const AcvColumnReading &reading ) const
{
  const QString text = cell( rowIndex, column );
  AcvParsedNumber parsed;
  switch ( mRaw.cellKind( rowIndex, column ) )
  {
    case AcvCellKind::Text:
      parsed = AcvNumberParser::parse( text, reading.convention );
      break;
    case AcvCellKind::Number:
      // GDAL hands numeric cells over in machine format ("139267", "0.2348", "1.5E-3").
      parsed = AcvNumberParser::parse( text, AcvNumberConvention::English );
      break;
    case AcvCellKind::Percent:
      parsed = AcvNumberParser::parse( text, AcvNumberConvention::English );
      parsed.value *= 100.0;
      parsed.hasPercentSign = true;
      break;
  }
  if ( parsed.status == AcvParsedNumber::Status::Ok )
    parsed.value *= reading.scale;
  return parsed;
}

AcvNumberConvention AcvStatisticsTable::sheetConvention( const QVector<int> &rows, QString &evidence )
{
  if ( mSheetConventionKnown )
  {
    evidence = mSheetEvidence;
    return mSheetConvention;
  }
  // Every column but the names and codes: figures, rates ("23,48%"), whatever else the annex
  // has. Columns that contradict each other prove nothing about a third.
  QString vietnamese;
  QString english;
  const int columns = mRaw.columnCount();
  for ( int c = 0; c < columns; ++c )
  {
    const AcvColumnRole role = c < mHeaders.size() ? AcvColumnDetector::roleOf( mHeaders.at( c ) ) : AcvColumnRole::None;
    if ( c == mKey.index || role == AcvColumnRole::Code || role == AcvColumnRole::Key )
      continue;
    QStringList cells;
    QVector<int> cellRows;
    for ( const int r : rows )
    {
      if ( mRaw.cellKind( r, c ) == AcvCellKind::Text )
      {
        cells.append( cell( r, c ) );
        cellRows.append( r );
      }
    }
    int decidingCell = -1;
    const AcvNumberConvention convention = AcvNumberParser::detectConvention( cells, AcvNumberConvention::Auto, nullptr, nullptr, &decidingCell );
    if ( convention == AcvNumberConvention::Auto || decidingCell < 0 )
      continue;
    const QString deciding = QStringLiteral( "'%1' in %2, row %3" ).arg( cells.at( decidingCell ).trimmed(), columnLabel( c ) ).arg( mRaw.rowNumbers.at( cellRows.at( decidingCell ) ) );
    QString &slot = convention == AcvNumberConvention::Vietnamese ? vietnamese : english;
    if ( slot.isEmpty() )
      slot = deciding;
  }
  mSheetConventionKnown = true;
  if ( !vietnamese.isEmpty() && english.isEmpty() )
  {
    mSheetConvention = AcvNumberConvention::Vietnamese;
    mSheetEvidence = vietnamese;
  }
  else if ( vietnamese.isEmpty() && !english.isEmpty() )
  {
    mSheetConvention = AcvNumberConvention::English;
    mSheetEvidence = english;
  }
  evidence = mSheetEvidence;
  return mSheetConvention;
}

bool AcvStatisticsTable::decideReading( const AcvColumnBinding &column, AcvNumberConvention requested, const QVector<int> &rows,
                                        AcvColumnReading &reading, QString &error )
{
  reading = AcvColumnReading();
  if ( !column.isSet() )
    return true;
  reading.scale = AcvColumnDetector::unitScale( column.header, &reading.unit );
  QStringList cells;
  QVector<int> cellRows;
  for ( const int r : rows )
  {
    if ( cell( r, column.index ).trimmed().isEmpty() )
      continue;
    // Total rows are evidence of the typing, but the counts shown are the localities' cells.
    const bool locality = !std::binary_search( mTotalRowIndices.cbegin(), mTotalRowIndices.cend(), r );
    if ( mRaw.cellKind( r, column.index ) == AcvCellKind::Text )
    {
      reading.textCells += locality ? 1 : 0;
      cells.append( cell( r, column.index ) );
      cellRows.append( r );
    }
    else
      reading.numericCells += locality ? 1 : 0;
  }
  if ( requested != AcvNumberConvention::Auto )
  {
    reading.convention = requested;
    reading.conventionReason = QStringLiteral( "requested" );
    return true;
  }
  // Numeric cells are exact and say nothing of how people type; only the text cells decide.
  QString conflict;
  int conflicting = -1;
  const AcvNumberConvention own = AcvNumberParser::detectConvention( cells, AcvNumberConvention::Auto, &conflict, &conflicting );
  if ( conflicting >= 0 )
  {
    const int row = conflicting < cellRows.size() ? mRaw.rowNumbers.at( cellRows.at( conflicting ) ) : mHeaderRows.constLast();
    error = placed( row, column.index, QCoreApplication::translate( "AcvStatisticsTable", "numbers are written both the Vietnamese way (1.234,5) and the English way (1,234.5) in this column (%1); use one style or pass --number-format vi|en" ).arg( conflict ) );
    return false;
  }
  if ( own != AcvNumberConvention::Auto )
  {
    reading.convention = own;
    reading.conventionReason = QStringLiteral( "this column" );
    return true;
  }
  if ( cells.isEmpty() )
  {
    reading.convention = AcvNumberConvention::Vietnamese;
    reading.conventionReason = QStringLiteral( "numeric cells only" );
    return true;
  }
  // "139.267" alone reads either way: the other columns' typing ("23,48%") decides, else the
  // Vietnamese way, as people type annexes here (README, "Numbers").
  QString evidence;
  const AcvNumberConvention sheet = sheetConvention( rows, evidence );
  if ( sheet != AcvNumberConvention::Auto )
  {
    reading.convention = sheet;
    reading.conventionReason = QStringLiteral( "the sheet: %1" ).arg( evidence );
    return true;
  }
  reading.convention = AcvNumberConvention::Vietnamese;
  reading.conventionReason = QStringLiteral( "default" );
  return true;
}

QString AcvStatisticsTable::describeReading( const AcvColumnReading &reading ) const
{
  QStringList parts;
  if ( reading.textCells > 0 )
  {
    QString text = QStringLiteral( "typed numbers read %1" ).arg( conventionName( reading.convention ) );
    if ( reading.conventionReason == QLatin1String( "requested" ) )
      text += QStringLiteral( " (--number-format)" );
    else if ( reading.conventionReason == QLatin1String( "this column" ) )
      text += QStringLiteral( " (decided by this column)" );
    else if ( reading.conventionReason == QLatin1String( "default" ) )
      text += QStringLiteral( " (nothing decides: the default)" );
    else if ( !reading.conventionReason.isEmpty() )
      text += QStringLiteral( " (decided by %1)" ).arg( reading.conventionReason );
    parts.append( text );
  }
  if ( reading.numericCells > 0 )
    parts.append( QStringLiteral( "%1 numeric cells read exactly" ).arg( reading.numericCells ) );
  if ( reading.scale != 1.0 )
    parts.append( QStringLiteral( "× %1 (%2)" ).arg( AcvNumberParser::format( reading.scale, 0, AcvNumberConvention::Vietnamese ), reading.unit ) );
  else if ( !reading.unit.isEmpty() )
    parts.append( QStringLiteral( "unit '%1'" ).arg( reading.unit ) );
  return parts.join( QLatin1String( "; " ) );
}

bool AcvStatisticsTable::readFigure( int rowIndex, const AcvColumnBinding &column, const AcvColumnReading &reading,
                                     std::optional<double> &value, QString &error ) const
{
  value.reset();
  if ( !column.isSet() )
    return true;
  const QString text = cell( rowIndex, column.index );
  const AcvParsedNumber parsed = readCell( rowIndex, column.index, reading );
  switch ( parsed.status )
  {
    case AcvParsedNumber::Status::Missing:
      return true;
    case AcvParsedNumber::Status::Invalid:
      error = placed( mRaw.rowNumbers.at( rowIndex ), column.index, QCoreApplication::translate( "AcvStatisticsTable", "'%1' is not a number (%2)" ).arg( text.trimmed(), parsed.error ) );
      return false;
    case AcvParsedNumber::Status::Ok:
      break;
  }
  if ( parsed.hasPercentSign )
  {
    error = placed( mRaw.rowNumbers.at( rowIndex ), column.index, QCoreApplication::translate( "AcvStatisticsTable", "'%1' is a percentage, but this column must hold a count" ).arg( text.trimmed() ) );
    return false;
  }
  if ( parsed.value < 0 )
  {
    error = placed( mRaw.rowNumbers.at( rowIndex ), column.index, QCoreApplication::translate( "AcvStatisticsTable", "'%1' is negative; a count cannot be" ).arg( text.trimmed() ) );
    return false;
  }
  if ( parsed.value > kMaxCount )
  {
    error = placed( mRaw.rowNumbers.at( rowIndex ), column.index, QCoreApplication::translate( "AcvStatisticsTable", "'%1' is too large for a count (at most %2)" ).arg( text.trimmed(), AcvNumberParser::format( kMaxCount, 0, AcvNumberConvention::Vietnamese ) ) );
    return false;
  }
  value = parsed.value;
  return true;
}

bool AcvStatisticsTable::checkFigures( bool strict, QString &error )
{
  struct Figure
  {
    const AcvColumnBinding *column;
    const AcvColumnReading *reading;
    std::optional<double> AcvStatisticsRecord::*value;
    const char *what;
    AcvTotalMismatch::Figure figure;
  };
  const QVector<Figure> figures = {
      { &mInstalls, &mInstallsReading, &AcvStatisticsRecord::installs, "installs", AcvTotalMismatch::Figure::Installs },
      { &mSmartphones, &mSmartphonesReading, &AcvStatisticsRecord::smartphones, "smartphone users", AcvTotalMismatch::Figure::Smartphones },
      { &mPopulation, &mPopulationReading, &AcvStatisticsRecord::population, "population", AcvTotalMismatch::Figure::Population } };

  for ( const Figure &figure : figures )
  {
    if ( !figure.column->isSet() )
      continue;
    const int column = figure.column->index;
    const AcvNumberConvention shown = figure.reading->convention;
    // A count is whole: "49.661" read as 49,661 means the decimal mark stood for thousands.
    AcvMessages fractional;
    int maxDecimals = 0;
    for ( int i = 0; i < mRecords.size(); ++i )
    {
      const int rowIndex = mRecordRowIndices.at( i );
      maxDecimals = std::max( maxDecimals, decimalsShown( cell( rowIndex, column ), mRaw.cellKind( rowIndex, column ), shown ) );
      const std::optional<double> &value = mRecords.at( i ).*figure.value;
      if ( value && std::fabs( *value - std::round( *value ) ) > 1e-6 * std::max( 1.0, *value ) )
        fractional.append( messageAt( AcvMessage::Level::Warning, mRaw.rowNumbers.at( rowIndex ), column, QCoreApplication::translate( "AcvStatisticsTable", "'%1' is read as %2 %3, not a whole number (a decimal mark typed for a thousands separator, or the wrong number format?)" ).arg( cell( rowIndex, column ).trimmed(), AcvNumberParser::format( *value, 3, AcvNumberConvention::English ), QLatin1String( figure.what ) ) ) );
    }
    appendCapped( fractional, QCoreApplication::translate( "AcvStatisticsTable", "%1 more fractional %2 in %3" ).arg( QStringLiteral( "%1" ), QLatin1String( figure.what ), columnLabel( column ) ) );

    // Each total row is compared with the rows it sums: all of them (a grand total), or those
    // since the previous total row (a subtotal), or those up to the next one (a total heading
    // its section). Only when it fits none is it reported, against the grand total.
    for ( int t = 0; t < mTotalRowIndices.size(); ++t )
    {
      const int totalIndex = mTotalRowIndices.at( t );
      const AcvParsedNumber stated = readCell( totalIndex, column, *figure.reading );
      if ( stated.status != AcvParsedNumber::Status::Ok || stated.hasPercentSign )
        continue;
      const int previous = t > 0 ? mTotalRowIndices.at( t - 1 ) : -1;
      const int next = t + 1 < mTotalRowIndices.size() ? mTotalRowIndices.at( t + 1 ) : std::numeric_limits<int>::max();
      double all = 0;
      double since = 0;
      double until = 0;
      int sinceCount = 0;
      int untilCount = 0;
      for ( int i = 0; i < mRecords.size(); ++i )
      {
        const std::optional<double> &value = mRecords.at( i ).*figure.value;
        const double v = value.value_or( 0.0 );
        const int rowIndex = mRecordRowIndices.at( i );
        all += v;
        if ( rowIndex > previous && rowIndex < totalIndex )
        {
          since += v;
          ++sinceCount;
        }
        if ( rowIndex > totalIndex && rowIndex < next )
        {
          until += v;
          ++untilCount;
        }
      }
      const int decimals = std::max( maxDecimals, decimalsShown( cell( totalIndex, column ), mRaw.cellKind( totalIndex, column ), shown ) );
      // Figures shown rounded (thousands to one decimal) may sum to a total that differs by the
      // rounding of each; whole persons must add up exactly.
      const double step = std::pow( 10.0, -decimals ) * figure.reading->scale;
      const auto fits = [&]( double sum, int count )
      { return count > 0 && std::fabs( sum - stated.value ) <= ( decimals == 0 && figure.reading->scale == 1.0 ? 0.5 : 0.5 * step * ( count + 1 ) ); };
      if ( fits( all, static_cast<int>( mRecords.size() ) ) || fits( since, sinceCount ) || fits( until, untilCount ) )
        continue;
      // A district's heading row sums the rows below it; any other total, those above it.
      const bool heading = mHeadingRowIndices.contains( totalIndex );
      const bool subtotal = heading || ( mTotalRowIndices.size() > 1 && sinceCount > 0 && sinceCount < mRecords.size() );
      const double sum = heading ? until : subtotal ? since
                                                    : all;
      const int count = heading ? untilCount : subtotal ? sinceCount
                                                        : static_cast<int>( mRecords.size() );
      const int outDecimals = decimals == 0 || figure.reading->scale != 1.0 ? 0 : decimals;
      const QString keyCell = cell( totalIndex, mKey.index ).trimmed();
      const QString parentCell = mParent.isSet() ? cell( totalIndex, mParent.index ).trimmed() : QString();
      const QString label = heading && !keyCell.isEmpty() ? keyCell : heading && !parentCell.isEmpty() ? parentCell
                                                                                                       : joinedCells( mRaw.rows.at( totalIndex ) ).section( QLatin1String( " | " ), 0, 0 );
      const AcvMessage message = messageAt( AcvMessage::Level::Warning, mRaw.rowNumbers.at( totalIndex ), column, QCoreApplication::translate( "AcvStatisticsTable", "the total row '%1' says %2 %3, but the %4 locality rows %5 sum to %6 (difference %7); the rows are used as written" ).arg( label, AcvNumberParser::format( stated.value, outDecimals, shown ), QLatin1String( figure.what ) ).arg( count ).arg( heading ? QCoreApplication::translate( "AcvStatisticsTable", "below it" ) : subtotal ? QCoreApplication::translate( "AcvStatisticsTable", "above it" )
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                           : QCoreApplication::translate( "AcvStatisticsTable", "of the annex" ),
                                                                                                                                                                                                                                                                                                                                                                                                                      AcvNumberParser::format( sum, outDecimals, shown ), AcvNumberParser::format( stated.value - sum, outDecimals, shown ) ) );
      mTotalMismatches.append( message.toString() );
      addWarning( message );
      mTotalMismatchDetails.append( { mRaw.rowNumbers.at( totalIndex ), label, figure.figure, stated.value, sum, count } );
    }
  }
  if ( strict && !mTotalMismatches.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvStatisticsTable", "--strict: %1" ).arg( mTotalMismatches.constFirst() );
    return false;
  }
  return true;
}

void AcvStatisticsTable::checkStatedRates()
{
  if ( !mInstalls.isSet() )
    return;
  for ( int c = 0; c < mHeaders.size(); ++c )
  {
    if ( !AcvColumnDetector::isRateHeader( mHeaders.at( c ) ) )
      continue;
    const QString folded = AcvColumnDetector::foldHeader( mHeaders.at( c ) );
    const bool perSmartphone = folded.contains( QLatin1String( "dttm" ) ) || folded.contains( QLatin1String( "smartphone" ) ) || folded.contains( QLatin1String( "dien thoai" ) );
    const bool perPerson = folded.contains( QLatin1String( "dan so" ) ) || folded.contains( QLatin1String( "population" ) ) || folded.contains( QLatin1String( "nguoi dan" ) );
    // A rate of no stated base is compared with both; it disagrees only when it fits neither.
    const bool againstSmartphones = mSmartphones.isSet() && ( perSmartphone || !perPerson );
    const bool againstPopulation = mPopulation.isSet() && ( perPerson || !perSmartphone );
    if ( !againstSmartphones && !againstPopulation )
      continue;

    AcvColumnReading reading;
    reading.convention = mInstallsReading.convention;
    QString ignored;
    AcvColumnBinding binding;
    binding.index = c;
    binding.header = mHeaders.at( c );
    decideReading( binding, AcvNumberConvention::Auto, mRecordRowIndices, reading, ignored );
    reading.scale = 1.0;

    // Numeric cells without a percentage format may hold fractions (0.2262) under a "%" header:
    // whichever reading fits more rows is the column's.
    struct Row
    {
      int record;
      double stated;
      int decimals;
      bool plainNumber;
    };
    QVector<Row> rows;
    for ( int i = 0; i < mRecords.size(); ++i )
    {
      const int rowIndex = mRecordRowIndices.at( i );
      const AcvParsedNumber parsed = readCell( rowIndex, c, reading );
      if ( parsed.status != AcvParsedNumber::Status::Ok )
        continue;
      const AcvCellKind kind = mRaw.cellKind( rowIndex, c );
      rows.append( { i, parsed.value, decimalsShown( cell( rowIndex, c ), kind, reading.convention ) - ( kind == AcvCellKind::Percent ? 2 : 0 ), kind == AcvCellKind::Number } );
    }
    const auto computed = [this, againstSmartphones, againstPopulation]( const AcvStatisticsRecord &record, QVector<double> &rates )
    {
      rates.clear();
      if ( againstSmartphones && record.smartphones && *record.smartphones > 0 && record.installs )
        rates.append( *record.installs / *record.smartphones * 100.0 );
      if ( againstPopulation && record.population && *record.population > 0 && record.installs )
        rates.append( *record.installs / *record.population * 100.0 );
    };
    const auto agrees = [&computed, this]( const Row &row, double factor )
    {
      QVector<double> rates;
      computed( mRecords.at( row.record ), rates );
      if ( rates.isEmpty() )
        return true;
      // The stated rate is rounded to the digits it shows: 22,62 stands for 22,615 to 22,625.
      const double tolerance = 0.5 * std::pow( 10.0, -std::max( 0, row.decimals ) ) * factor + 1e-9;
      return std::any_of( rates.cbegin(), rates.cend(), [&]( double rate )
                          { return std::fabs( row.stated * factor - rate ) <= tolerance; } );
    };
    int plainAsIs = 0;
    int plainAsFraction = 0;
    for ( const Row &row : std::as_const( rows ) )
    {
      if ( row.plainNumber )
      {
        plainAsIs += agrees( row, 1.0 ) ? 1 : 0;
        plainAsFraction += agrees( row, 100.0 ) ? 1 : 0;
      }
    }
    const double plainFactor = plainAsFraction > plainAsIs ? 100.0 : 1.0;
    AcvMessages disagreeing;
    for ( const Row &row : std::as_const( rows ) )
    {
      const double factor = row.plainNumber ? plainFactor : 1.0;
      if ( agrees( row, factor ) )
        continue;
      const AcvStatisticsRecord &record = mRecords.at( row.record );
      const QString base = againstSmartphones ? QCoreApplication::translate( "AcvStatisticsTable", "smartphone users" ) : QCoreApplication::translate( "AcvStatisticsTable", "population" );
      const double denominator = againstSmartphones ? record.smartphones.value_or( 0 ) : record.population.value_or( 0 );
      disagreeing.append( messageAt( AcvMessage::Level::Warning, record.row, c, QCoreApplication::translate( "AcvStatisticsTable", "'%1' states a rate of %2 %, but installs ÷ %3 = %4 ÷ %5 = %6 % (swapped or mistyped columns?)" ).arg( record.key, AcvNumberParser::format( row.stated * factor, 2, AcvNumberConvention::Vietnamese ), base, AcvNumberParser::format( record.installs.value_or( 0 ), 0, AcvNumberConvention::Vietnamese ), AcvNumberParser::format( denominator, 0, AcvNumberConvention::Vietnamese ), AcvNumberParser::format( denominator > 0 ? record.installs.value_or( 0 ) / denominator * 100.0 : 0.0, 2, AcvNumberConvention::Vietnamese ) ) ) );
    }
    appendCapped( disagreeing, QCoreApplication::translate( "AcvStatisticsTable", "%1 more rows whose stated rate in %2 disagrees with their figures" ).arg( QStringLiteral( "%1" ), columnLabel( c ) ) );
  }
}

bool AcvStatisticsTable::checkKey( int rowIndex, QString &error ) const
{
  // Names are matched, shown on the map and written to the joined layer: text that no person
  // typed (control characters, pages of text, punctuation only) is a damaged or shifted cell.
  const QString key = cell( rowIndex, mKey.index ).trimmed();
  bool hasAsciiLetterOrDigit = false;
  for ( const QChar c : key )
  {
    const ushort u = c.unicode();
    hasAsciiLetterOrDigit = hasAsciiLetterOrDigit || ( u >= '0' && u <= '9' ) || ( u >= 'a' && u <= 'z' ) || ( u >= 'A' && u <= 'Z' );
    if ( c.category() == QChar::Other_Control )
    {
      error = placed( mRaw.rowNumbers.at( rowIndex ), mKey.index, QCoreApplication::translate( "AcvStatisticsTable", "the locality name contains the control character U+%1, which no one types; was the file damaged?" ).arg( QStringLiteral( "%1" ).arg( c.unicode(), 4, 16, QLatin1Char( '0' ) ).toUpper() ) );
      return false;
    }
  }
  if ( key.size() > kMaxKeyLength )
  {
    error = placed( mRaw.rowNumbers.at( rowIndex ), mKey.index, QCoreApplication::translate( "AcvStatisticsTable", "the locality name is %1 characters long (at most %2): '%3…'; is a note or a paste in the wrong cell?" ).arg( key.size() ).arg( kMaxKeyLength ).arg( key.left( 40 ) ) );
    return false;
  }
  // An ASCII letter or digit always makes a word of the name; only other names need normalizing.
  if ( !hasAsciiLetterOrDigit && AcvNameNormalizer::normalize( key ).isEmpty() )
  {
    error = placed( mRaw.rowNumbers.at( rowIndex ), mKey.index, QCoreApplication::translate( "AcvStatisticsTable", "the locality name '%1' has no letters or digits" ).arg( key ) );
    return false;
  }
  return true;
}

bool AcvStatisticsTable::readRecords( AcvNumberConvention convention, bool strict, QString &error )
{
  QVector<int> dataRows;
  for ( int i = mFirstDataIndex; i < mRaw.rows.size(); ++i )
  {
    const QStringList &row = mRaw.rows.at( i );
    const QString reason = classifySkippedRow( row );
    if ( !reason.isEmpty() )
    {
      mSkipped.append( { mRaw.rowNumbers.at( i ), reason, joinedCells( row ) } );
      if ( reason == QLatin1String( "total" ) )
        mTotalRowIndices.append( i );
      continue;
    }
    if ( cell( i, mKey.index ).trimmed().isEmpty() && mParent.isSet() && !cell( i, mParent.index ).trimmed().isEmpty() )
    {
      // "Huyện Chư Sê | | 12.345": the district's own row, a subtotal of the communes below it.
      mSkipped.append( { mRaw.rowNumbers.at( i ), QStringLiteral( "subtotal" ), joinedCells( row ) } );
      mTotalRowIndices.append( i );
      mHeadingRowIndices.insert( i );
      continue;
    }
    if ( cell( i, mKey.index ).trimmed().isEmpty() )
    {
      error = placed( mRaw.rowNumbers.at( i ), mKey.index, QCoreApplication::translate( "AcvStatisticsTable", "the locality is empty, but the row has figures (%1)" ).arg( joinedCells( row ) ) );
      return false;
    }
    if ( !checkKey( i, error ) )
      return false;
    dataRows.append( i );
  }
  if ( dataRows.isEmpty() )
  {
    error = QCoreApplication::translate( "AcvStatisticsTable", "%1: no locality rows below the header in row %2" ).arg( mRaw.path ).arg( mHeaderRows.constLast() );
    return false;
  }

  error.clear();
  // The total rows count as evidence of how the sheet types its numbers, as the localities do.
  QVector<int> evidenceRows = dataRows + mTotalRowIndices;
  std::sort( evidenceRows.begin(), evidenceRows.end() );
  if ( !decideReading( mInstalls, convention, evidenceRows, mInstallsReading, error ) || !decideReading( mSmartphones, convention, evidenceRows, mSmartphonesReading, error ) || !decideReading( mPopulation, convention, evidenceRows, mPopulationReading, error ) )
    return false;

  for ( const int i : std::as_const( dataRows ) )
  {
    AcvStatisticsRecord record;
    record.row = mRaw.rowNumbers.at( i );
    record.key = cell( i, mKey.index ).trimmed();
    if ( mCode.isSet() )
      record.code = cell( i, mCode.index ).trimmed();
    if ( !readFigure( i, mInstalls, mInstallsReading, record.installs, error ) || !readFigure( i, mSmartphones, mSmartphonesReading, record.smartphones, error ) || !readFigure( i, mPopulation, mPopulationReading, record.population, error ) )
      return false;
    mRecords.append( record );
    mRecordRowIndices.append( i );
  }
  mNormalizedKeys = AcvNameMatcher::normalizeAll( keys() );
  readParents();
  separateHeadings();
  mLevel = AcvAdminLevels::read( mNormalizedKeys );
  if ( !mLevel.isKnown() && AcvAdminLevels::ofHeader( mKey.header ) != AcvAdminLevel::Unknown )
  {
    mLevel.level = AcvAdminLevels::ofHeader( mKey.header );
    mLevel.header = mKey.header;
  }
  if ( !checkFigures( strict, error ) )
    return false;
  checkStatedRates();
  return true;
}

AcvAdminLevel AcvStatisticsTable::columnLevel( int column ) const
{
  const AcvAdminLevel fromHeader = AcvAdminLevels::ofHeader( mHeaders.value( column ) );
  if ( fromHeader != AcvAdminLevel::Unknown )
    return fromHeader;
  // A header such as "Đơn vị" says nothing; the type words of the first names may.
  constexpr int kSampledNames = 200;
  QVector<AcvNormalizedName> names;
  for ( int i = mFirstDataIndex; i < mRaw.rows.size() && names.size() < kSampledNames; ++i )
  {
    const QString text = cell( i, column ).trimmed();
    if ( !text.isEmpty() && !isTotalLabel( text ) )
      names.append( AcvNameNormalizer::normalize( text ) );
  }
  return AcvAdminLevels::read( names ).level;
}

bool AcvStatisticsTable::splitKeyAndParent( const QVector<int> &candidates, int &key, int &parent ) const
{
  if ( candidates.size() != 2 )
    return false;
  const int a = candidates.at( 0 );
  const int b = candidates.at( 1 );
  const AcvAdminLevel levelA = columnLevel( a );
  const AcvAdminLevel levelB = columnLevel( b );
  if ( AcvAdminLevels::isAbove( levelA, levelB ) || AcvAdminLevels::isAbove( levelB, levelA ) )
  {
    key = AcvAdminLevels::isAbove( levelA, levelB ) ? b : a;
    parent = key == a ? b : a;
    return true;
  }
  // Without tiers, the layout tells: a parent's cell repeats down its rows, or is left empty
  // below its first (a merged cell), while the localities differ from row to row.
  constexpr int kSampledRows = 2000;
  int rows = 0;
  int repeatsA = 0;
  int repeatsB = 0;
  QString previousA;
  QString previousB;
  for ( int i = mFirstDataIndex; i < mRaw.rows.size() && rows < kSampledRows; ++i )
  {
    const QString textA = cell( i, a ).trimmed();
    const QString textB = cell( i, b ).trimmed();
    if ( textA.isEmpty() && textB.isEmpty() )
      continue;
    if ( rows > 0 )
    {
      repeatsA += textA.isEmpty() || textA == previousA ? 1 : 0;
      repeatsB += textB.isEmpty() || textB == previousB ? 1 : 0;
    }
    ++rows;
    previousA = textA.isEmpty() ? previousA : textA;
    previousB = textB.isEmpty() ? previousB : textB;
  }
  if ( rows < 3 )
    return false;
  const double shareA = static_cast<double>( repeatsA ) / ( rows - 1 );
  const double shareB = static_cast<double>( repeatsB ) / ( rows - 1 );
  if ( shareA >= 0.5 && shareB <= 0.1 )
  {
    key = b;
    parent = a;
    return true;
  }
  if ( shareB >= 0.5 && shareA <= 0.1 )
  {
    key = a;
    parent = b;
    return true;
  }
  return false;
}

void AcvStatisticsTable::readParents()
{
  if ( !mParent.isSet() )
    return;
  mParentReading.source = AcvParentReading::Source::Column;
  // The rows a merged cell of the parent column covers, below its top (which holds the value).
  QHash<int, int> mergedTop;
  for ( const AcvMergedCells &merged : std::as_const( mRaw.merges ) )
  {
    if ( merged.firstColumn > mParent.index || merged.lastColumn < mParent.index )
      continue;
    for ( int r = merged.firstRow + 1; r <= merged.lastRow && r - merged.firstRow <= mRaw.rows.size(); ++r )
      mergedTop.insert( r, merged.firstRow );
  }
  QHash<int, int> indexOfRow;
  if ( !mergedTop.isEmpty() )
  {
    for ( int i = 0; i < mRaw.rowNumbers.size(); ++i )
      indexOfRow.insert( mRaw.rowNumbers.at( i ), i );
  }

  QString current; // the parent of the rows above, for cells left empty below it
  int record = 0;
  for ( int i = mFirstDataIndex; i < mRaw.rows.size() && record < mRecords.size(); ++i )
  {
    const QString written = cell( i, mParent.index ).trimmed();
    const bool isRecord = mRecordRowIndices.at( record ) == i;
    if ( !isRecord )
    {
      // A district's own row starts its communes; a grand total ends the last district (the
      // rows after it are not its communes), whatever column its label is in.
      if ( mHeadingRowIndices.contains( i ) )
        current = written;
      else if ( std::binary_search( mTotalRowIndices.cbegin(), mTotalRowIndices.cend(), i ) )
        current.clear();
      continue;
    }
    QString parent = written;
    if ( parent.isEmpty() && mergedTop.contains( mRaw.rowNumbers.at( i ) ) )
    {
      parent = cell( indexOfRow.value( mergedTop.value( mRaw.rowNumbers.at( i ) ), -1 ), mParent.index ).trimmed();
      mParentReading.mergedRows += parent.isEmpty() ? 0 : 1;
    }
    if ( parent.isEmpty() && !current.isEmpty() )
    {
      parent = current;
      ++mParentReading.filledDownRows;
    }
    current = parent;
    mRecords[record++].parent = parent;
  }
  QSet<QString> distinct;
  for ( const AcvStatisticsRecord &r : std::as_const( mRecords ) )
  {
    if ( !r.parent.isEmpty() )
      distinct.insert( r.parent );
  }
  mParentReading.parents = distinct.size();
}

void AcvStatisticsTable::separateHeadings()
{
  const int count = static_cast<int>( mRecords.size() );
  if ( count < 3 )
    return;
  // The lowest tier at least two rows are written at (and at no other).
  int lowest = 0;
  for ( const AcvAdminLevel level : { AcvAdminLevel::Commune, AcvAdminLevel::District } )
  {
    const int written = static_cast<int>( std::count_if( mNormalizedKeys.cbegin(), mNormalizedKeys.cend(), [level]( const AcvNormalizedName &name )
                                                         { return AcvAdminTypes::levelsOf( name.type ) == static_cast<int>( level ); } ) );
    if ( written >= 2 )
    {
      lowest = static_cast<int>( level );
      break;
    }
  }
  if ( lowest == 0 )
    return;
  // Rows that can only be of a higher tier ("Huyện Chư Sê", "TP. Pleiku" among communes).
  const int lowestAndBelow = ~( lowest - 1 ) & 7;
  QVector<int> tierOf( count, 0 );
  int headings = 0;
  for ( int i = 0; i < count; ++i )
  {
    const int levels = AcvAdminTypes::levelsOf( mNormalizedKeys.at( i ).type );
    if ( levels != 0 && ( levels & lowestAndBelow ) == 0 )
    {
      tierOf[i] = levels;
      ++headings;
    }
  }
  if ( headings == 0 || headings * 2 >= count )
    return;
  // Each heads rows: the next row is a locality, or a heading of a lower tier (a province, then its district).
  for ( int i = 0; i < count; ++i )
  {
    if ( tierOf.at( i ) == 0 )
      continue;
    if ( i + 1 == count || ( tierOf.at( i + 1 ) != 0 && tierOf.at( i + 1 ) <= tierOf.at( i ) ) )
      return;
  }

  const bool parentsFromHeadings = !mParent.isSet() && !mNoParents;
  if ( parentsFromHeadings )
    mParentReading.source = AcvParentReading::Source::Headings;
  mParentReading.headingRows = headings;
  QVector<AcvStatisticsRecord> records;
  QVector<int> rowIndices;
  QVector<AcvNormalizedName> names;
  QString current;
  QSet<QString> distinct;
  for ( int i = 0; i < count; ++i )
  {
    const int rowIndex = mRecordRowIndices.at( i );
    if ( tierOf.at( i ) != 0 )
    {
      const AcvStatisticsRecord &heading = mRecords.at( i );
      const bool hasFigures = heading.installs || heading.smartphones || heading.population;
      mSkipped.append( { heading.row, hasFigures ? QStringLiteral( "subtotal" ) : QStringLiteral( "section heading" ), joinedCells( mRaw.rows.at( rowIndex ) ) } );
      if ( hasFigures )
      {
        mTotalRowIndices.append( rowIndex );
        mHeadingRowIndices.insert( rowIndex );
      }
      current = heading.key;
      continue;
    }
    AcvStatisticsRecord record = mRecords.at( i );
    if ( parentsFromHeadings )
    {
      record.parent = current;
      if ( !current.isEmpty() )
        distinct.insert( current );
    }
    records.append( record );
    rowIndices.append( rowIndex );
    names.append( mNormalizedKeys.at( i ) );
  }
  std::sort( mTotalRowIndices.begin(), mTotalRowIndices.end() );
  std::sort( mSkipped.begin(), mSkipped.end(), []( const AcvSkippedRow &a, const AcvSkippedRow &b )
             { return a.row < b.row; } );
  mRecords = records;
  mRecordRowIndices = rowIndices;
  mNormalizedKeys = names;
  if ( parentsFromHeadings )
    mParentReading.parents = distinct.size();
}

void AcvStatisticsTable::replaceRecords( const QVector<AcvStatisticsRecord> &records, const AcvLevelReading &level, bool keysAreCodes )
{
  mRecords = records;
  mRecordRowIndices.clear();
  mParent = AcvColumnBinding();
  mCode = AcvColumnBinding();
  mParentReading = AcvParentReading();
  mLevel = level;
  mKeysAreCodes = keysAreCodes;
  mNormalizedKeys = AcvNameMatcher::normalizeAll( keys() );
}

QStringList AcvStatisticsTable::parents() const
{
  QStringList parents;
  if ( mParentReading.source == AcvParentReading::Source::None )
    return parents;
  parents.reserve( mRecords.size() );
  for ( const AcvStatisticsRecord &record : mRecords )
    parents.append( record.parent );
  return parents;
}

QString AcvStatisticsTable::describeParents() const
{
  switch ( mParentReading.source )
  {
    case AcvParentReading::Source::None:
      return QStringLiteral( "(none)" );
    case AcvParentReading::Source::Headings:
      return QStringLiteral( "the %1 rows of a higher level heading the rows below them (%2 parents)" ).arg( mParentReading.headingRows ).arg( mParentReading.parents );
    case AcvParentReading::Source::Column:
      break;
  }
  QStringList notes;
  if ( mParentReading.mergedRows > 0 )
    notes.append( QStringLiteral( "%1 rows read from merged cells" ).arg( mParentReading.mergedRows ) );
  if ( mParentReading.filledDownRows > 0 )
    notes.append( QStringLiteral( "%1 empty cells take the parent above them" ).arg( mParentReading.filledDownRows ) );
  notes.append( QStringLiteral( "%1 parents" ).arg( mParentReading.parents ) );
  return QStringLiteral( "%1%2: %3" ).arg( columnLabel( mParent.index ), mParent.detected ? QStringLiteral( " [detected]" ) : QString(), notes.join( QLatin1String( ", " ) ) );
}
