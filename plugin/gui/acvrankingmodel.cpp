/***************************************************************************
  acvrankingmodel.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvrankingmodel.h"

#include "acvprocessingcompat.h"

#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsvectorlayer.h>

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace
{
template <typename T>
std::optional<T> optionalValue( const QVariant &value )
{
  if ( value.isNull() || !value.isValid() )
    return std::nullopt;
  return value.value<T>();
}
} // namespace

AcvRankingModel::AcvRankingModel( QObject *parent )
  : QAbstractTableModel( parent )
{
}

bool AcvRankingModel::readRows( const QgsVectorLayer *layer, QVector<AcvRankingRow> &rows, QString &error )
{
  rows.clear();
  if ( !layer )
  {
    error = tr( "No coverage layer." );
    return false;
  }
  const QStringList required{ QStringLiteral( "locality" ), QStringLiteral( "installs" ), QStringLiteral( "coverage_pct" ), QStringLiteral( "gap_installs" ), QStringLiteral( "below_target" ), QStringLiteral( "rank" ) };
  for ( const QString &field : required )
  {
    if ( layer->fields().lookupField( field ) < 0 )
    {
      error = tr( "Layer '%1' has no field '%2': it is not a coverage layer." ).arg( layer->name(), field );
      return false;
    }
  }
  QgsFeatureRequest request;
  request.setFlags( AcvProcessingEnums::NoGeometry );
  request.setSubsetOfAttributes( required, layer->fields() );
  QgsFeatureIterator it = layer->getFeatures( request );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    AcvRankingRow row;
    row.fid = feature.id();
    row.name = feature.attribute( QStringLiteral( "locality" ) ).toString();
    row.rank = optionalValue<int>( feature.attribute( QStringLiteral( "rank" ) ) );
    row.installs = optionalValue<qint64>( feature.attribute( QStringLiteral( "installs" ) ) );
    row.coveragePct = optionalValue<double>( feature.attribute( QStringLiteral( "coverage_pct" ) ) );
    row.gapInstalls = optionalValue<qint64>( feature.attribute( QStringLiteral( "gap_installs" ) ) );
    row.belowTarget = feature.attribute( QStringLiteral( "below_target" ) ).toBool();
    rows.append( row );
  }
  sortRows( rows );
  return true;
}

void AcvRankingModel::sortRows( QVector<AcvRankingRow> &rows )
{
  std::stable_sort( rows.begin(), rows.end(), []( const AcvRankingRow &a, const AcvRankingRow &b )
                    {
    if ( a.coveragePct.has_value() != b.coveragePct.has_value() )
      return a.coveragePct.has_value();
    if ( a.coveragePct && *a.coveragePct != *b.coveragePct )
      return *a.coveragePct > *b.coveragePct;
    return a.name.localeAwareCompare( b.name ) < 0; } );
}

void AcvRankingModel::setRows( const QVector<AcvRankingRow> &rows, double targetPct, AcvLanguage language )
{
  beginResetModel();
  mRows = rows;
  mTargetPct = targetPct;
  mLanguage = language;
  endResetModel();
}

int AcvRankingModel::rowCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : mRows.size();
}

int AcvRankingModel::columnCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant AcvRankingModel::data( const QModelIndex &index, int role ) const
{
  if ( !index.isValid() || index.row() >= mRows.size() )
    return QVariant();
  const AcvRankingRow &row = mRows.at( index.row() );
  const QString dash = QStringLiteral( "–" );
  switch ( role )
  {
    case Qt::DisplayRole:
      switch ( index.column() )
      {
        case Rank:
          return row.rank ? QString::number( *row.rank ) : dash;
        case Name:
          return row.name;
        case Installs:
          return row.installs ? AcvLanguageText::count( static_cast<double>( *row.installs ), mLanguage ) : dash;
        case Coverage:
          return row.coveragePct ? AcvLanguageText::percent( *row.coveragePct, 1, mLanguage ) : tr( "no data" );
        case Gap:
          return row.gapInstalls ? AcvLanguageText::count( static_cast<double>( *row.gapInstalls ), mLanguage ) : dash;
      }
      break;
    case SortRole:
      switch ( index.column() )
      {
        case Rank:
          return row.rank ? QVariant( *row.rank ) : QVariant( std::numeric_limits<int>::max() );
        case Name:
          return row.name;
        case Installs:
          return row.installs ? QVariant( *row.installs ) : QVariant( -1 );
        case Coverage:
          return row.coveragePct ? QVariant( *row.coveragePct ) : QVariant( -1.0 );
        case Gap:
          return row.gapInstalls ? QVariant( *row.gapInstalls ) : QVariant( -1 );
      }
      break;
    case Qt::TextAlignmentRole:
      return index.column() == Name ? QVariant( Qt::AlignLeft | Qt::AlignVCenter ) : QVariant( Qt::AlignRight | Qt::AlignVCenter );
    case Qt::ForegroundRole:
      if ( row.belowTarget )
        return QBrush( QColor( 178, 24, 43 ) );
      break;
    case Qt::FontRole:
      if ( row.belowTarget && index.column() == Coverage )
      {
        QFont font;
        font.setBold( true );
        return font;
      }
      break;
    case Qt::ToolTipRole:
      if ( row.belowTarget )
        return tr( "Below the %1 target" ).arg( AcvLanguageText::percent( mTargetPct, 1, mLanguage ) );
      if ( !row.coveragePct )
        return tr( "No statistics for this locality" );
      break;
    case FeatureIdRole:
      return row.fid;
    case BelowTargetRole:
      return row.belowTarget;
  }
  return QVariant();
}

QVariant AcvRankingModel::headerData( int section, Qt::Orientation orientation, int role ) const
{
  if ( orientation != Qt::Horizontal || role != Qt::DisplayRole )
    return QAbstractTableModel::headerData( section, orientation, role );
  switch ( section )
  {
    case Rank:
      return tr( "Rank" );
    case Name:
      return tr( "Locality" );
    case Installs:
      return tr( "Installs" );
    case Coverage:
      return tr( "Coverage" );
    case Gap:
      return tr( "Gap to target" );
  }
  return QVariant();
}
