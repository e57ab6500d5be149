/***************************************************************************
  acvadmintypes.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvadmintypes.h"

#include "acvcolumndetector.h"

#include <QCoreApplication>

#include <algorithm>

const QVector<QPair<QString, AcvAdminType>> &AcvAdminTypes::vietnameseWords()
{
  static const QVector<QPair<QString, AcvAdminType>> words = {
      { QStringLiteral( "thành phố" ), AcvAdminType::City },
      { QStringLiteral( "thị xã" ), AcvAdminType::Town },
      { QStringLiteral( "thị trấn" ), AcvAdminType::Township },
      { QStringLiteral( "tỉnh" ), AcvAdminType::Province },
      { QStringLiteral( "huyện" ), AcvAdminType::District },
      { QStringLiteral( "quận" ), AcvAdminType::UrbanDistrict },
      { QStringLiteral( "xã" ), AcvAdminType::Commune },
      { QStringLiteral( "phường" ), AcvAdminType::Ward },
      { QStringLiteral( "đặc khu" ), AcvAdminType::SpecialZone },
  };
  return words;
}

const QVector<QPair<QStringList, AcvAdminType>> &AcvAdminTypes::dottedAbbreviations()
{
  static const QVector<QPair<QStringList, AcvAdminType>> abbreviations = {
      { { QStringLiteral( "t" ), QStringLiteral( "p" ) }, AcvAdminType::City },
      { { QStringLiteral( "t" ), QStringLiteral( "x" ) }, AcvAdminType::Town },
      { { QStringLiteral( "t" ), QStringLiteral( "t" ) }, AcvAdminType::Township },
      { { QStringLiteral( "h" ) }, AcvAdminType::District },
      { { QStringLiteral( "q" ) }, AcvAdminType::UrbanDistrict },
      { { QStringLiteral( "p" ) }, AcvAdminType::Ward },
      // Commune annexes write "X. Tân Phước" as often as "Xã Tân Phước".
      { { QStringLiteral( "x" ) }, AcvAdminType::Commune },
  };
  return abbreviations;
}

const QVector<QPair<QString, AcvAdminType>> &AcvAdminTypes::dotlessAbbreviations()
{
  static const QVector<QPair<QString, AcvAdminType>> abbreviations = {
      { QStringLiteral( "tp" ), AcvAdminType::City },
      { QStringLiteral( "tx" ), AcvAdminType::Town },
      { QStringLiteral( "tt" ), AcvAdminType::Township },
  };
  return abbreviations;
}

const QVector<QPair<QString, AcvAdminType>> &AcvAdminTypes::englishWords()
{
  static const QVector<QPair<QString, AcvAdminType>> words = {
      { QStringLiteral( "province" ), AcvAdminType::Province },
      { QStringLiteral( "city" ), AcvAdminType::City },
      { QStringLiteral( "town" ), AcvAdminType::EnglishTown },
      { QStringLiteral( "township" ), AcvAdminType::Township },
      { QStringLiteral( "district" ), AcvAdminType::EnglishDistrict },
      { QStringLiteral( "commune" ), AcvAdminType::Commune },
      { QStringLiteral( "ward" ), AcvAdminType::Ward },
  };
  return words;
}

QStringList AcvAdminTypes::foldedWords()
{
  QStringList words;
  for ( const auto &word : vietnameseWords() )
    words.append( AcvColumnDetector::foldHeader( word.first ) ); // as headers are folded, to meet them
  for ( const auto &word : englishWords() )
    words.append( word.first );
  return words;
}

QString AcvAdminTypes::leadingTypeExpressionPattern()
{
  QStringList alternatives;
  for ( const auto &word : vietnameseWords() )
    alternatives.append( word.first );
  for ( const auto &abbreviation : dotlessAbbreviations() )
    alternatives.append( abbreviation.first + QStringLiteral( "\\\\.?" ) );
  for ( const auto &word : englishWords() )
    alternatives.append( word.first );
  // Longest first: "township" before "town", "thị trấn" before anything it starts with.
  std::stable_sort( alternatives.begin(), alternatives.end(), []( const QString &a, const QString &b )
                    { return a.size() > b.size(); } );
  return QStringLiteral( "^\\\\s*(?i:%1)\\\\s+" ).arg( alternatives.join( QLatin1Char( '|' ) ) );
}

QString AcvAdminTypes::typeName( AcvAdminType type )
{
  switch ( type )
  {
    case AcvAdminType::None:
      return QStringLiteral( "none" );
    case AcvAdminType::Province:
      return QStringLiteral( "province" );
    case AcvAdminType::City:
      return QStringLiteral( "city" );
    case AcvAdminType::Town:
      return QStringLiteral( "town" );
    case AcvAdminType::Township:
      return QStringLiteral( "township" );
    case AcvAdminType::EnglishTown:
      return QStringLiteral( "town or township" );
    case AcvAdminType::District:
      return QStringLiteral( "district" );
    case AcvAdminType::UrbanDistrict:
      return QStringLiteral( "urban district" );
    case AcvAdminType::Commune:
      return QStringLiteral( "commune" );
    case AcvAdminType::Ward:
      return QStringLiteral( "ward" );
    case AcvAdminType::EnglishDistrict:
      return QStringLiteral( "district or urban district" );
    case AcvAdminType::SpecialZone:
      return QStringLiteral( "special zone" );
  }
  return QString();
}

int AcvAdminTypes::levelsOf( AcvAdminType type )
{
  constexpr int province = static_cast<int>( AcvAdminLevel::Province );
  constexpr int district = static_cast<int>( AcvAdminLevel::District );
  constexpr int commune = static_cast<int>( AcvAdminLevel::Commune );
  switch ( type )
  {
    case AcvAdminType::None:
      return 0;
    case AcvAdminType::Province:
      return province;
    case AcvAdminType::City:
      return province | district; // Thành phố Đà Nẵng and Thành phố Pleiku
    case AcvAdminType::Town:
    case AcvAdminType::District:
    case AcvAdminType::UrbanDistrict:
    case AcvAdminType::EnglishDistrict:
      return district;
    case AcvAdminType::EnglishTown:
      return district | commune;
    case AcvAdminType::Township:
    case AcvAdminType::Commune:
    case AcvAdminType::Ward:
    case AcvAdminType::SpecialZone:
      return commune;
  }
  return 0;
}

QString AcvAdminTypes::levelName( AcvAdminLevel level )
{
  switch ( level )
  {
    case AcvAdminLevel::Province:
      return QCoreApplication::translate( "AcvAdminTypes", "province" );
    case AcvAdminLevel::District:
      return QCoreApplication::translate( "AcvAdminTypes", "district" );
    case AcvAdminLevel::Commune:
      return QCoreApplication::translate( "AcvAdminTypes", "commune" );
    case AcvAdminLevel::Unknown:
      break;
  }
  return QCoreApplication::translate( "AcvAdminTypes", "unknown" );
}

QString AcvAdminTypes::levelWords( AcvAdminLevel level )
{
  switch ( level )
  {
    case AcvAdminLevel::Province:
      return QStringLiteral( "Tỉnh, Thành phố" );
    case AcvAdminLevel::District:
      return QStringLiteral( "Huyện, Quận, Thị xã, Thành phố" );
    case AcvAdminLevel::Commune:
      return QStringLiteral( "Xã, Phường, Thị trấn, Đặc khu" );
    case AcvAdminLevel::Unknown:
      break;
  }
  return QString();
}
