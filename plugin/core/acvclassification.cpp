/***************************************************************************
  acvclassification.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvclassification.h"

#include <QCoreApplication>

#include <qgsapplication.h>
#include <qgsclassificationmethod.h>
#include <qgsclassificationmethodregistry.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace
{
struct SchemeInfo
{
  AcvClassificationScheme scheme;
  const char *name;       //!< on the command line
  const char *qgisMethod; //!< id in QgsClassificationMethodRegistry, or nullptr
  const char *title;      //!< in the dialog's and Processing's lists (translated); nullptr: not listed
};

const SchemeInfo kSchemes[] = {
    { AcvClassificationScheme::Target, "target", nullptr, QT_TRANSLATE_NOOP( "AcvClassification", "Target is a break" ) },
    { AcvClassificationScheme::EqualInterval, "equal", "EqualInterval", QT_TRANSLATE_NOOP( "AcvClassification", "Equal interval" ) },
    { AcvClassificationScheme::Quantile, "quantile", "Quantile", QT_TRANSLATE_NOOP( "AcvClassification", "Quantile (equal count)" ) },
    { AcvClassificationScheme::Jenks, "jenks", "Jenks", QT_TRANSLATE_NOOP( "AcvClassification", "Natural breaks (Jenks)" ) },
    { AcvClassificationScheme::StdDev, "stddev", "StdDev", QT_TRANSLATE_NOOP( "AcvClassification", "Standard deviation" ) },
    { AcvClassificationScheme::Pretty, "pretty", "Pretty", QT_TRANSLATE_NOOP( "AcvClassification", "Pretty breaks" ) },
    { AcvClassificationScheme::Manual, "manual", nullptr, nullptr }, // breaks typed, not picked
};

const SchemeInfo &infoFor( AcvClassificationScheme scheme )
{
  for ( const SchemeInfo &info : kSchemes )
  {
    if ( info.scheme == scheme )
      return info;
  }
  return kSchemes[0];
}

QString describe( const QVector<double> &breaks )
{
  QStringList texts;
  for ( const double value : breaks )
    texts.append( QString::number( value, 'g', 6 ) );
  return texts.join( QLatin1String( ", " ) );
}
} // namespace

bool AcvClassification::parseScheme( const QString &name, AcvClassificationScheme &scheme )
{
  for ( const SchemeInfo &info : kSchemes )
  {
    if ( name.trimmed().compare( QLatin1String( info.name ), Qt::CaseInsensitive ) == 0 )
    {
      scheme = info.scheme;
      return true;
    }
  }
  return false;
}

QString AcvClassification::schemeName( AcvClassificationScheme scheme )
{
  return QString::fromLatin1( infoFor( scheme ).name );
}

QVector<AcvClassificationScheme> AcvClassification::choosableSchemes()
{
  QVector<AcvClassificationScheme> schemes;
  for ( const SchemeInfo &info : kSchemes )
  {
    if ( info.title )
      schemes.append( info.scheme );
  }
  return schemes;
}

QString AcvClassification::schemeTitle( AcvClassificationScheme scheme )
{
  const char *title = infoFor( scheme ).title;
  return title ? QCoreApplication::translate( "AcvClassification", title ) : schemeName( scheme );
}

QStringList AcvClassification::schemeNames()
{
  QStringList names;
  for ( const SchemeInfo &info : kSchemes )
    names.append( QString::fromLatin1( info.name ) );
  return names;
}

bool AcvClassification::parseBreaks( const QString &text, QVector<double> &breaks, QString &error )
{
  // A semicolon list may use Vietnamese decimal commas; a comma list can only use points.
  const bool semicolons = text.contains( QLatin1Char( ';' ) );
  const QStringList parts = text.split( semicolons ? QLatin1Char( ';' ) : QLatin1Char( ',' ) );
  breaks.clear();
  for ( QString part : parts )
  {
    part = part.trimmed();
    part.remove( QLatin1Char( '%' ) );
    if ( semicolons )
      part.replace( QLatin1Char( ',' ), QLatin1Char( '.' ) );
    bool ok = false;
    const double value = part.trimmed().toDouble( &ok );
    if ( !ok || !std::isfinite( value ) )
    {
      error = QStringLiteral( "--breaks: '%1' is not a number (write \"0,20,40,60,100\", or \"0;7,5;15\" with decimal commas)" ).arg( part );
      return false;
    }
    if ( !breaks.isEmpty() && value <= breaks.constLast() )
    {
      error = QStringLiteral( "--breaks must increase: %1 follows %2" ).arg( part, QString::number( breaks.constLast(), 'g', 6 ) );
      return false;
    }
    breaks.append( value );
  }
  if ( breaks.size() < 2 )
  {
    error = QStringLiteral( "--breaks needs at least two values (one class), not '%1'" ).arg( text );
    return false;
  }
  if ( breaks.size() - 1 > kMaxClasses )
  {
    error = QStringLiteral( "--breaks makes %1 classes; a map reader tells at most %2 apart" ).arg( breaks.size() - 1 ).arg( kMaxClasses );
    return false;
  }
  return true;
}

bool AcvClassification::upperBoundInclusive( AcvClassificationScheme scheme )
{
  return scheme != AcvClassificationScheme::Target && scheme != AcvClassificationScheme::Manual;
}

int AcvClassification::classOf( const QVector<double> &breaks, double value, bool upperInclusive )
{
  const int classes = breaks.size() - 1;
  for ( int i = 0; i < classes; ++i )
  {
    const double lower = breaks.at( i );
    const double upper = breaks.at( i + 1 );
    const bool inside = upperInclusive ? ( value > lower || ( i == 0 && value == lower ) ) && value <= upper
                                       : value >= lower && ( value < upper || ( i == classes - 1 && value == upper ) );
    if ( inside )
      return i;
  }
  return -1;
}

QVector<double> AcvClassification::targetBreaks( double targetPct, int classCount, double maxValue )
{
  const int classes = std::clamp( classCount, kMinClasses, kMaxClasses );
  const double top = std::max( 100.0, maxValue );
  QVector<double> breaks;
  if ( targetPct <= 0.0 || targetPct >= top )
  {
    // Nothing lies below a target of 0 (or everything does below one at the top): equal classes.
    const double upper = targetPct >= top ? targetPct : top;
    for ( int i = 0; i <= classes; ++i )
      breaks.append( upper * i / classes );
    return breaks;
  }
  const int below = classes - 1;
  for ( int i = 0; i <= below; ++i )
    breaks.append( targetPct * i / below );
  breaks.append( top );
  return breaks;
}

bool AcvClassification::breaks( const QVector<double> &values, const AcvClassificationOptions &options,
                                QVector<double> &breaks, QStringList &warnings, QString &error )
{
  QVector<double> finite;
  finite.reserve( values.size() );
  for ( const double value : values )
  {
    if ( std::isfinite( value ) )
      finite.append( value );
  }
  if ( finite.isEmpty() )
  {
    error = QStringLiteral( "no locality has a value to classify" );
    return false;
  }
  const auto [minIt, maxIt] = std::minmax_element( finite.cbegin(), finite.cend() );
  const double minimum = *minIt;
  const double maximum = *maxIt;

  switch ( options.scheme )
  {
    case AcvClassificationScheme::Target:
      breaks = targetBreaks( options.targetPct, options.classCount, maximum );
      if ( minimum < breaks.constFirst() )
        breaks.first() = minimum;
      return true;

    case AcvClassificationScheme::Manual:
    {
      breaks = options.manualBreaks;
      if ( breaks.size() < 2 )
      {
        error = QStringLiteral( "manual classes need --breaks" );
        return false;
      }
      if ( minimum < breaks.constFirst() || maximum > breaks.constLast() )
      {
        const QString given = describe( breaks );
        breaks.first() = std::min( breaks.constFirst(), minimum );
        breaks.last() = std::max( breaks.constLast(), maximum );
        warnings.append( QStringLiteral( "values from %1 to %2 fall outside the breaks %3; the outer classes were widened to %4" )
                             .arg( minimum, 0, 'g', 6 )
                             .arg( maximum, 0, 'g', 6 )
                             .arg( given, describe( breaks ) ) );
      }
      return true;
    }

    default:
      break;
  }

  if ( options.classCount < kMinClasses || options.classCount > kMaxClasses )
  {
    error = QStringLiteral( "the number of classes must be from %1 to %2, not %3" ).arg( kMinClasses ).arg( kMaxClasses ).arg( options.classCount );
    return false;
  }
  if ( minimum == maximum )
  {
    // One value cannot be split; one honest class beats QGIS's degenerate ranges.
    breaks = { minimum, maximum };
    warnings.append( QStringLiteral( "every locality has the same value (%1); the map has a single class" ).arg( minimum, 0, 'g', 6 ) );
    return true;
  }
  const QString methodId = QString::fromLatin1( infoFor( options.scheme ).qgisMethod );
  std::unique_ptr<QgsClassificationMethod> method( QgsApplication::classificationMethodRegistry()->method( methodId ) );
  if ( !method || method->id() != methodId )
  {
    error = QStringLiteral( "QGIS has no classification method '%1'" ).arg( methodId );
    return false;
  }
  const QList<QgsClassificationRange> ranges = method->classes( QList<double>( finite.cbegin(), finite.cend() ), options.classCount );
  breaks.clear();
  for ( const QgsClassificationRange &range : ranges )
  {
    if ( breaks.isEmpty() )
      breaks.append( range.lowerBound() );
    if ( range.upperBound() > breaks.constLast() )
      breaks.append( range.upperBound() );
  }
  if ( breaks.size() < 2 )
  {
    error = QStringLiteral( "QGIS's %1 method made no classes" ).arg( method->name() );
    return false;
  }
  // Methods like standard deviation start and end beyond the data; keep every value inside.
  breaks.first() = std::min( breaks.constFirst(), minimum );
  breaks.last() = std::max( breaks.constLast(), maximum );
  if ( breaks.size() - 1 < options.classCount )
    warnings.append( QStringLiteral( "%1 classes asked, %2 made: the values do not split further" ).arg( options.classCount ).arg( breaks.size() - 1 ) );
  return true;
}
