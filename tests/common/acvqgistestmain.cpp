/***************************************************************************
  acvqgistestmain.cpp - GoogleTest main for tests that need QGIS (offscreen)
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvcoveragemap.h"

#include <qgsapplication.h>

#include <gtest/gtest.h>

#include <memory>

int main( int argc, char **argv )
{
  ::testing::InitGoogleTest( &argc, argv );
  std::unique_ptr<QgsApplication> app( acvInitQgis( argc, argv ) );
  const int result = RUN_ALL_TESTS();
  QgsApplication::exitQgis();
  return result;
}
