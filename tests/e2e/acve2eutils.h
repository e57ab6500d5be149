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

//! Runs the coverage-map binary under test.
inline AcvCommandResult acvRunCoverageMap( const QStringList &arguments )
{
  return acvRunCommand( QStringLiteral( COVERAGE_MAP_BIN ), arguments );
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
