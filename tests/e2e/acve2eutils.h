/***************************************************************************
  acve2eutils.h - running the real coverage-map binary from a test
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVE2EUTILS_H
#define ACVE2EUTILS_H

#include "acvcommandrunner.h"
#include "acvqgistestutils.h"
#include "acvtestutils.h"

#include <QString>
#include <QStringList>

#include <utility>

//! Runs the coverage-map binary under test.
inline AcvCommandResult acvRunCoverageMap( const QStringList &arguments )
{
  return acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), arguments );
}

//! \a text without its diacritics ("Xa Ia O" for "Xã Ia O"), as typed on a keyboard without Vietnamese.
inline QString acvWithoutDiacritics( const QString &text )
{
  QString folded;
  for ( const QChar c : text.normalized( QString::NormalizationForm_D ) )
  {
    if ( c.category() == QChar::Mark_NonSpacing )
      continue;
    folded.append( c == QChar( 0x0110 ) ? QChar( 'D' ) : c == QChar( 0x0111 ) ? QChar( 'd' )
                                                                              : c );
  }
  return folded;
}

/**
 * \a name as one of five typists writes it: as it is, abbreviated ("X. Ia O", "TP. Pleiku"),
 * in decomposed Unicode (NFD), without diacritics, or in capitals.
 */
inline QString acvSpelled( const QString &name, int variant )
{
  switch ( variant % 5 )
  {
    case 1:
    {
      for ( const auto &type : { std::make_pair( u8( "Thị trấn " ), QStringLiteral( "TT. " ) ), std::make_pair( u8( "Phường " ), QStringLiteral( "P. " ) ), std::make_pair( u8( "Xã " ), QStringLiteral( "X. " ) ),
                                 std::make_pair( u8( "Huyện " ), QStringLiteral( "H. " ) ), std::make_pair( u8( "Thành phố " ), QStringLiteral( "TP. " ) ), std::make_pair( u8( "Thị xã " ), QStringLiteral( "TX. " ) ) } )
      {
        if ( name.startsWith( type.first ) )
          return type.second + name.mid( type.first.size() );
      }
      return name;
    }
    case 2:
      return name.normalized( QString::NormalizationForm_D );
    case 3:
      return acvWithoutDiacritics( name );
    case 4:
      return name.toUpper();
    default:
      return name;
  }
}

/**
 * An illustrative commune annex for Gia Lai's 222 real communes, keyed by the boundary layer's
 * commune code (commune names repeat across districts, codes do not); figures are invented.
 */
inline QString acvWriteGiaLaiCommuneAnnex( AcvScratch &scratch )
{
  QByteArray annex = "Mã xã;Tên xã;Số người dùng ĐTTM;Số lượt cài đặt\n";
  int row = 0;
  for ( const AcvReadFeature &f : acvReadFeatures( acvSharedGeodata( QStringLiteral( "gia_lai_communes.geojson" ) ) ) )
  {
    ++row;
    annex += QStringLiteral( "%1;%2;%3;%4\n" )
                 .arg( f.attributes.value( QStringLiteral( "commune_id" ) ).toString(), f.attributes.value( QStringLiteral( "commune_vn" ) ).toString() )
                 .arg( 2000 + row * 7 )
                 .arg( 300 + row * 3 )
                 .toUtf8();
  }
  return scratch.write( QStringLiteral( "communes.csv" ), annex );
}

#endif // ACVE2EUTILS_H
