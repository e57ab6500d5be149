/***************************************************************************
  acvoutputfile.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvoutputfile.h"
#include "acvoutputtransaction.h"

#include <QFileInfo>

AcvOutputFile::AcvOutputFile( const QString &destination, AcvOutputTransaction *transaction )
  : mDestination( destination )
  , mOwn( transaction ? nullptr : std::make_unique<AcvOutputTransaction>() )
  , mTransaction( transaction ? transaction : mOwn.get() )
  , mTempPath( mTransaction->reserve( destination ) )
{
}

// An uncommitted temporary goes with the transaction that reserved it.
AcvOutputFile::~AcvOutputFile() = default;

bool AcvOutputFile::commit( QString &error )
{
  if ( mTempPath.isEmpty() )
  {
    // reserve() could not lock the folder: the transaction says why.
    error = QStringLiteral( "%1: cannot be written (%2)" ).arg( mDestination, mTransaction->reserveError() );
    return false;
  }
  if ( !mTransaction->stage( mTempPath, mDestination, error ) )
  {
    error = mTransaction->explainFailure( error );
    return false;
  }
  if ( mOwn && !mOwn->commit( error ) )
  {
    error = mOwn->explainFailure( error );
    return false;
  }
  return true;
}

bool AcvOutputFile::checkDestination( const QString &destination, const QStringList &inputs, QString &error )
{
  const QFileInfo info( destination );
  const QFileInfo folder( info.absolutePath() );
  if ( !folder.exists() || !folder.isDir() )
  {
    error = QStringLiteral( "%1: the folder %2 does not exist" ).arg( destination, info.absolutePath() );
    return false;
  }
  if ( !folder.isWritable() )
  {
    error = QStringLiteral( "%1: the folder %2 is not writable" ).arg( destination, info.absolutePath() );
    return false;
  }
  if ( info.isDir() )
  {
    error = QStringLiteral( "%1: is a folder, not a file name" ).arg( destination );
    return false;
  }
  if ( !AcvOutputTransaction::checkName( destination, error ) )
    return false;
  const QString target = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
  for ( const QString &input : inputs )
  {
    if ( input.isEmpty() )
      continue;
    const QFileInfo in( input );
    const QString source = in.exists() ? in.canonicalFilePath() : in.absoluteFilePath();
    if ( source == target )
    {
      error = QStringLiteral( "%1: is also an input; choose another output path (inputs are never overwritten)" ).arg( destination );
      return false;
    }
  }
  return true;
}
