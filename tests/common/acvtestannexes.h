/***************************************************************************
  acvtestannexes.h - the project's Gia Lai district annex, laid out as officials do
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVTESTANNEXES_H
#define ACVTESTANNEXES_H

#include "acvtestutils.h"
#include "acvtestworkbooks.h"

#include <QFile>
#include <QStringList>

#include <gtest/gtest.h>

//! Test-only helpers, kept out of the global namespace.
namespace acvtest
{
//! One district of the project's Gia Lai annex, its figures taken by plain string handling.
struct District
{
  QString name;
  QString population, smartphones, installs, rate; //!< as the CSV types them: "254.802", "22,62"
  qint64 populationValue, smartphonesValue, installsValue;
};

inline qint64 digitsOnly( const QString &text )
{
  QString digits = text;
  digits.remove( QLatin1Char( '.' ) );
  return digits.toLongLong();
}

//! The 17 districts of geodata/gia_lai_districts_bluezone_2020-08-20.csv (illustrative figures, real populations).
inline QVector<District> giaLaiDistricts()
{
  QFile file( acvSourceGeodata( QStringLiteral( "gia_lai_districts_bluezone_2020-08-20.csv" ) ) );
  EXPECT_TRUE( file.open( QIODevice::ReadOnly ) );
  QVector<District> districts;
  const QStringList lines = QString::fromUtf8( file.readAll() ).split( QLatin1Char( '\n' ) );
  for ( const QString &line : lines )
  {
    const QStringList cells = line.trimmed().split( QLatin1Char( ';' ) );
    bool isRow = false;
    cells.value( 0 ).toInt( &isRow );
    if ( !isRow || cells.size() < 6 )
      continue;
    districts.append( { cells.at( 1 ), cells.at( 2 ), cells.at( 3 ), cells.at( 4 ), cells.at( 5 ), digitsOnly( cells.at( 2 ) ), digitsOnly( cells.at( 3 ) ), digitsOnly( cells.at( 4 ) ) } );
  }
  EXPECT_EQ( districts.size(), 17 );
  return districts;
}

struct Sums
{
  qint64 population = 0, smartphones = 0, installs = 0;
};

inline Sums sums( const QVector<District> &districts )
{
  Sums s;
  for ( const District &d : districts )
  {
    s.population += d.populationValue;
    s.smartphones += d.smartphonesValue;
    s.installs += d.installsValue;
  }
  return s;
}

//! "139.267" for 139267: the project's annexes group thousands with dots.
inline QString vietnamese( qint64 value )
{
  QString digits = QString::number( value );
  for ( int i = digits.size() - 3; i > 0; i -= 3 )
    digits.insert( i, QLatin1Char( '.' ) );
  return digits;
}

//! The title, a two-row header with the merged parent "Bluezone", the districts and the total.
inline QVector<AcvTestRow> annexRows( const QVector<District> &districts, bool numbersAsText, const QString &totalInstalls = QString() )
{
  QVector<AcvTestRow> rows;
  rows.append( { acvText( QStringLiteral( "SỐ LIỆU CÀI ĐẶT BLUEZONE - TỈNH GIA LAI (minh họa)" ) ) } );
  rows.append( { acvText( QStringLiteral( "Số liệu đến ngày 20/8/2020" ) ) } );
  rows.append( { acvText( QStringLiteral( "STT" ) ), acvText( QStringLiteral( "Đơn vị" ) ), acvText( QStringLiteral( "Dân số" ) ), acvText( QStringLiteral( "Số người dùng ĐTTM" ) ), acvText( QStringLiteral( "Bluezone" ) ), AcvTestCell() } );
  rows.append( { AcvTestCell(), AcvTestCell(), AcvTestCell(), AcvTestCell(), acvText( QStringLiteral( "Số lượt cài" ) ), acvText( QStringLiteral( "Tỷ lệ/ĐTTM" ) ) } );
  int number = 0;
  for ( const District &d : districts )
  {
    ++number;
    if ( numbersAsText )
      rows.append( { acvNumber( number ), acvText( d.name ), acvText( d.population ), acvText( d.smartphones ), acvText( d.installs ), acvText( d.rate + QStringLiteral( "%" ) ) } );
    else
      rows.append( { acvNumber( number ), acvText( d.name ), acvNumber( d.populationValue, QStringLiteral( "#,##0" ) ), acvNumber( d.smartphonesValue, QStringLiteral( "#,##0" ) ),
                     acvNumber( d.installsValue, QStringLiteral( "#,##0" ) ), acvPercent( static_cast<double>( d.installsValue ) / d.smartphonesValue ) } );
  }
  const Sums s = sums( districts );
  if ( numbersAsText )
    rows.append( { AcvTestCell(), acvText( QStringLiteral( "Tổng cộng" ) ), acvText( vietnamese( s.population ) ), acvText( vietnamese( s.smartphones ) ),
                   acvText( totalInstalls.isEmpty() ? vietnamese( s.installs ) : totalInstalls ), acvText( QStringLiteral( "23,00%" ) ) } );
  else
    rows.append( { AcvTestCell(), acvText( QStringLiteral( "Tổng cộng" ) ), acvNumber( s.population, QStringLiteral( "#,##0" ) ), acvNumber( s.smartphones, QStringLiteral( "#,##0" ) ),
                   totalInstalls.isEmpty() ? acvNumber( s.installs, QStringLiteral( "#,##0" ) ) : acvText( totalInstalls ), acvPercent( 0.23 ) } );
  return rows;
}

inline const QVector<AcvTestMerge> kHeaderMerges = { { 0, 0, 0, 5, QStringLiteral( "SỐ LIỆU CÀI ĐẶT BLUEZONE - TỈNH GIA LAI (minh họa)" ) },
                                               { 2, 0, 3, 0, QStringLiteral( "STT" ) },
                                               { 2, 1, 3, 1, QStringLiteral( "Đơn vị" ) },
                                               { 2, 2, 3, 2, QStringLiteral( "Dân số" ) },
                                               { 2, 3, 3, 3, QStringLiteral( "Số người dùng ĐTTM" ) },
                                               { 2, 4, 2, 5, QStringLiteral( "Bluezone" ) } };

} // namespace acvtest

#endif // ACVTESTANNEXES_H
