/***************************************************************************
  acvstatisticstable.cpp
 ***************************************************************************/
#include "acvstatisticstable.h"
#include "acvnamenormalizer.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

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

bool isColumnNumber( const QString &cell )
{
  // A column number has at most two letters or digits amid parentheses and spaces: that rules
  // out nearly every cell (names, figures) before the regular expression runs.
  int alphanumerics = 0;
  for ( const QChar c : cell )
  {
    const ushort u = c.unicode();
    if ( ( u >= '0' && u <= '9' ) || ( u >= 'a' && u <= 'z' ) || ( u >= 'A' && u <= 'Z' ) )
      ++alphanumerics;
    else if ( u != '(' && u != ')' && !c.isSpace() )
      return false;
  }
  if ( alphanumerics > 2 )
    return false;
  static const QRegularExpression pattern( QStringLiteral( "^\\(?\\s*(?:[0-9]{1,2}|[A-Za-z])\\s*\\)?$" ) );
  return pattern.match( cell.trimmed() ).hasMatch();
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
  for ( AcvStatisticsRecord &record : mRecords )
    record.key = QString( record.key.constData(), record.key.size() );
  // A new, short list: erasing would keep the long one's array.
  mRaw.rows = mRaw.rows.mid( 0, std::min( mFirstDataIndex, static_cast<int>( mRaw.rows.size() ) ) );
}

QString AcvStatisticsTable::columnLabel( int column ) const
{
  const QString name = mRaw.kind == AcvTableSourceKind::Spreadsheet ? AcvTableReader::columnLetter( column ) : QString::number( column + 1 );
  const QString header = column >= 0 && column < mHeaders.size() ? mHeaders.at( column ) : QString();
  return header.isEmpty() ? QStringLiteral( "column %1" ).arg( name ) : QStringLiteral( "column %1 ('%2')" ).arg( name, header );
}

QString AcvStatisticsTable::cellReference( int row, int column ) const
{
  const QString where = mRaw.sheet.isEmpty() ? mRaw.path : QStringLiteral( "%1, sheet '%2'" ).arg( mRaw.path, mRaw.sheet );
  if ( column < 0 )
    return QStringLiteral( "%1, row %2" ).arg( where ).arg( row );
  return QStringLiteral( "%1, row %2, %3" ).arg( where ).arg( row ).arg( columnLabel( column ) );
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
  return mKey.isSet() && AcvColumnDetector::roleOf( mKey.header ) == AcvColumnRole::Code;
}

bool AcvStatisticsTable::load( const AcvStatisticsOptions &options, QString &error )
{
  *this = AcvStatisticsTable();
  if ( !AcvTableReader::read( options.path, options.sheet, mRaw, error ) )
    return false;
  QStringList requested;
  for ( const QString &name : { options.keyColumn, options.installsColumn, options.smartphonesColumn, options.populationColumn } )
  {
    if ( !name.isEmpty() )
      requested.append( AcvColumnDetector::foldHeader( name ) );
  }
  if ( !findHeader( requested, error ) || !bindColumns( options, error ) )
    return false;
  return readRecords( options.convention, error );
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
    error = QStringLiteral( "%1: every line is a single cell: the columns are not separated by ',', ';', tab or '|' (another delimiter?); save the annex as \"CSV UTF-8\"" ).arg( mRaw.path );
    return false;
  }
  if ( best < 0 || bestScore < 2 )
  {
    error = QStringLiteral( "%1: no header row found in the first %2 rows; expected column names such as 'Đơn vị', 'Số lượt cài đặt', 'Số người dùng ĐTTM', 'Dân số' (or Name, Installs, Smartphone users, Population)" )
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
  const QString where = mRaw.sheet.isEmpty() ? mRaw.path : QStringLiteral( "%1, sheet '%2'" ).arg( mRaw.path, mRaw.sheet );
  const QString option = QStringLiteral( "--%1" ).arg( role == AcvColumnRole::Key ? QStringLiteral( "stats-key" ) : AcvColumnDetector::roleName( role ) );
  if ( !requested.isEmpty() )
  {
    const int index = AcvColumnDetector::findColumn( mHeaders, requested );
    if ( index == -2 )
    {
      error = QStringLiteral( "%1: %2 '%3' fits several columns of the header in row %4; name it by letter or number" )
                  .arg( where, option, requested )
                  .arg( mHeaderRows.constFirst() );
      return false;
    }
    if ( index < 0 )
    {
      error = QStringLiteral( "%1: no column '%2' (%3) in the header in row %4; columns: %5" )
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
  if ( candidates.size() > 1 )
  {
    QStringList names;
    for ( const int c : std::as_const( candidates ) )
      names.append( columnLabel( c ) );
    error = QStringLiteral( "%1: several columns could hold the %2 (%3); choose one with %4" )
                .arg( where, AcvColumnDetector::roleName( role ), names.join( QLatin1String( ", " ) ), option );
    return false;
  }
  if ( candidates.isEmpty() )
  {
    if ( !required )
      return true;
    error = QStringLiteral( "%1: no %2 column found in the header in row %3 (columns: %4); name it with %5" )
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
  if ( !mSmartphones.isSet() && !mPopulation.isSet() )
  {
    error = QStringLiteral( "%1: neither a smartphone-users column (ĐTTM) nor a population column (Dân số) was found; coverage needs one (--smartphones or --population)" ).arg( mRaw.path );
    return false;
  }
  const QVector<const AcvColumnBinding *> bound = { &mKey, &mInstalls, &mSmartphones, &mPopulation };
  for ( int i = 0; i < bound.size(); ++i )
  {
    for ( int j = i + 1; j < bound.size(); ++j )
    {
      if ( bound[i]->isSet() && bound[i]->index == bound[j]->index )
      {
        error = QStringLiteral( "%1: %2 was chosen for two roles" ).arg( mRaw.path, columnLabel( bound[i]->index ) );
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
  if ( filled >= 3 && std::all_of( row.cbegin(), row.cend(), []( const QString &c )
                                   { return c.trimmed().isEmpty() || isColumnNumber( c ); } ) )
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

AcvNumberConvention AcvStatisticsTable::decideConvention( const AcvColumnBinding &column, AcvNumberConvention requested,
                                                          const QVector<int> &dataRows, QString &error ) const
{
  if ( requested != AcvNumberConvention::Auto || !column.isSet() )
    return requested;
  QStringList cells;
  for ( const int r : dataRows )
    cells.append( cell( r, column.index ) );
  // Spreadsheet numbers reach us in GDAL's plain format ("1234.5"); typed CSV text is Vietnamese.
  const AcvNumberConvention fallback = mRaw.kind == AcvTableSourceKind::Spreadsheet ? AcvNumberConvention::English : AcvNumberConvention::Vietnamese;
  QString conflict;
  int conflicting = -1;
  const AcvNumberConvention convention = AcvNumberParser::detectConvention( cells, fallback, &conflict, &conflicting );
  if ( convention == AcvNumberConvention::Auto )
  {
    const int row = conflicting >= 0 && conflicting < dataRows.size() ? mRaw.rowNumbers.at( dataRows.at( conflicting ) ) : mHeaderRows.constLast();
    error = QStringLiteral( "%1: numbers are written both the Vietnamese way (1.234,5) and the English way (1,234.5) in this column (%2); use one style or pass --number-format vi|en" )
                .arg( cellReference( row, column.index ), conflict );
  }
  return convention;
}

bool AcvStatisticsTable::readFigure( int rowIndex, const AcvColumnBinding &column, AcvNumberConvention convention,
                                     std::optional<double> &value, QString &error ) const
{
  value.reset();
  if ( !column.isSet() )
    return true;
  const QString text = cell( rowIndex, column.index );
  const AcvParsedNumber parsed = AcvNumberParser::parse( text, convention );
  switch ( parsed.status )
  {
    case AcvParsedNumber::Status::Missing:
      return true;
    case AcvParsedNumber::Status::Invalid:
      error = QStringLiteral( "%1: '%2' is not a number (%3)" ).arg( cellReference( mRaw.rowNumbers.at( rowIndex ), column.index ), text.trimmed(), parsed.error );
      return false;
    case AcvParsedNumber::Status::Ok:
      break;
  }
  if ( parsed.value < 0 )
  {
    error = QStringLiteral( "%1: '%2' is negative; a count cannot be" ).arg( cellReference( mRaw.rowNumbers.at( rowIndex ), column.index ), text.trimmed() );
    return false;
  }
  if ( parsed.value > kMaxCount )
  {
    error = QStringLiteral( "%1: '%2' is too large for a count (at most %3)" )
                .arg( cellReference( mRaw.rowNumbers.at( rowIndex ), column.index ), text.trimmed(), AcvNumberParser::format( kMaxCount, 0, AcvNumberConvention::Vietnamese ) );
    return false;
  }
  if ( parsed.hasPercentSign )
  {
    error = QStringLiteral( "%1: '%2' is a percentage, but this column must hold a count" ).arg( cellReference( mRaw.rowNumbers.at( rowIndex ), column.index ), text.trimmed() );
    return false;
  }
  value = parsed.value;
  return true;
}

bool AcvStatisticsTable::checkKey( int rowIndex, QString &error ) const
{
  // Names are matched, shown on the map and written to the joined layer: text that no person
  // typed (control characters, pages of text, punctuation only) is a damaged or shifted cell.
  const QString key = cell( rowIndex, mKey.index ).trimmed();
  // Only the rare refused name needs the reference; building it for every row cost more than the check.
  const auto where = [&]
  { return cellReference( mRaw.rowNumbers.at( rowIndex ), mKey.index ); };
  bool hasAsciiLetterOrDigit = false;
  for ( const QChar c : key )
  {
    const ushort u = c.unicode();
    hasAsciiLetterOrDigit = hasAsciiLetterOrDigit || ( u >= '0' && u <= '9' ) || ( u >= 'a' && u <= 'z' ) || ( u >= 'A' && u <= 'Z' );
    if ( c.category() == QChar::Other_Control )
    {
      error = QStringLiteral( "%1: the locality name contains the control character U+%2, which no one types; was the file damaged?" )
                  .arg( where(), QStringLiteral( "%1" ).arg( c.unicode(), 4, 16, QLatin1Char( '0' ) ).toUpper() );
      return false;
    }
  }
  if ( key.size() > kMaxKeyLength )
  {
    error = QStringLiteral( "%1: the locality name is %2 characters long (at most %3): '%4…'; is a note or a paste in the wrong cell?" )
                .arg( where() )
                .arg( key.size() )
                .arg( kMaxKeyLength )
                .arg( key.left( 40 ) );
    return false;
  }
  // An ASCII letter or digit always makes a word of the name; only other names need normalizing.
  if ( !hasAsciiLetterOrDigit && AcvNameNormalizer::normalize( key ).isEmpty() )
  {
    error = QStringLiteral( "%1: the locality name '%2' has no letters or digits" ).arg( where(), key );
    return false;
  }
  return true;
}

bool AcvStatisticsTable::readRecords( AcvNumberConvention convention, QString &error )
{
  QVector<int> dataRows;
  for ( int i = mFirstDataIndex; i < mRaw.rows.size(); ++i )
  {
    const QStringList &row = mRaw.rows.at( i );
    const QString reason = classifySkippedRow( row );
    if ( !reason.isEmpty() )
    {
      mSkipped.append( { mRaw.rowNumbers.at( i ), reason, joinedCells( row ) } );
      continue;
    }
    if ( cell( i, mKey.index ).trimmed().isEmpty() )
    {
      error = QStringLiteral( "%1: the locality is empty, but the row has figures (%2)" ).arg( cellReference( mRaw.rowNumbers.at( i ), mKey.index ), joinedCells( row ) );
      return false;
    }
    if ( !checkKey( i, error ) )
      return false;
    dataRows.append( i );
  }
  if ( dataRows.isEmpty() )
  {
    error = QStringLiteral( "%1: no locality rows below the header in row %2" ).arg( mRaw.path ).arg( mHeaderRows.constLast() );
    return false;
  }

  error.clear();
  mInstallsConvention = decideConvention( mInstalls, convention, dataRows, error );
  const AcvNumberConvention smartphonesConvention = error.isEmpty() ? decideConvention( mSmartphones, convention, dataRows, error ) : convention;
  const AcvNumberConvention populationConvention = error.isEmpty() ? decideConvention( mPopulation, convention, dataRows, error ) : convention;
  if ( !error.isEmpty() )
    return false;

  for ( const int i : std::as_const( dataRows ) )
  {
    AcvStatisticsRecord record;
    record.row = mRaw.rowNumbers.at( i );
    record.key = cell( i, mKey.index ).trimmed();
    if ( !readFigure( i, mInstalls, mInstallsConvention, record.installs, error ) || !readFigure( i, mSmartphones, smartphonesConvention, record.smartphones, error ) || !readFigure( i, mPopulation, populationConvention, record.population, error ) )
      return false;
    mRecords.append( record );
  }
  return true;
}
