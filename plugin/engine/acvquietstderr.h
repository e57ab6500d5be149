/***************************************************************************
  acvquietstderr.h - silences what C libraries print straight to stderr
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVQUIETSTDERR_H
#define ACVQUIETSTDERR_H

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

/**
 * While alive, file descriptor 2 goes to /dev/null. libpng's default error handler, which Qt's
 * PNG writer keeps, prints "libpng error: Write Error" itself when the disk is full; the run
 * then finds the file incomplete (AcvOutputCheck) and says so in words, once. Only around PNG
 * encoding: nothing else of the run's may be lost.
 */
class AcvQuietStderr
{
public:
  AcvQuietStderr()
  {
    std::fflush( stderr );
    mSaved = ::dup( 2 );
    const int null = ::open( "/dev/null", O_WRONLY | O_CLOEXEC );
    if ( mSaved >= 0 && null >= 0 )
      ::dup2( null, 2 );
    if ( null >= 0 )
      ::close( null );
  }
  ~AcvQuietStderr()
  {
    std::fflush( stderr );
    if ( mSaved >= 0 )
    {
      ::dup2( mSaved, 2 );
      ::close( mSaved );
    }
  }
  AcvQuietStderr( const AcvQuietStderr & ) = delete;
  AcvQuietStderr &operator=( const AcvQuietStderr & ) = delete;

private:
  int mSaved = -1;
};

#endif // ACVQUIETSTDERR_H
