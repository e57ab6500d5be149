/***************************************************************************
  acvprogress.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvprogress.h"

#include <algorithm>

const char *const AcvProgress::kCanceled = "canceled";

void AcvProgress::report( AcvProgress *progress, double done, double total )
{
  if ( progress && total > 0 )
    progress->setProgress( std::clamp( done / total * 100.0, 0.0, 100.0 ) );
}

void AcvSubProgress::setProgress( double percent )
{
  if ( mParent )
    mParent->setProgress( mFrom + ( mTo - mFrom ) * std::clamp( percent, 0.0, 100.0 ) / 100.0 );
}

AcvParallelProgress::AcvParallelProgress( AcvProgress *parent, double from, double to )
  : mParent( parent )
  , mFrom( from )
  , mTo( to )
{
}

void AcvParallelProgress::Part::setProgress( double percent )
{
  mPercent = std::clamp( percent, 0.0, 100.0 );
  if ( mOwner->mParent )
    mOwner->mParent->setProgress( mOwner->mFrom + ( mOwner->mTo - mOwner->mFrom ) * ( mOwner->mFirst.mPercent + mOwner->mSecond.mPercent ) / 200.0 );
}
