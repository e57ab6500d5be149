/***************************************************************************
  acvoutputfile.h - outputs written beside their destination, then renamed
 ***************************************************************************/
#ifndef ACVOUTPUTFILE_H
#define ACVOUTPUTFILE_H

#include <QString>
#include <QStringList>

/**
 * An output written atomically: the writer fills tempPath(), commit() renames it over the
 * destination in one step, so a failure or a kill leaves the previous file or none, never a
 * partial one. An uncommitted temporary file is removed on destruction; the temporaries of killed
 * runs (".name.<12 hex digits>.tmp.ext") are removed by the next successful commit to the same
 * destination.
 */
class AcvOutputFile
{
public:
  explicit AcvOutputFile( const QString &destination );
  ~AcvOutputFile();
  AcvOutputFile( const AcvOutputFile & ) = delete;
  AcvOutputFile &operator=( const AcvOutputFile & ) = delete;

  QString destination() const { return mDestination; }
  //! A hidden file in the destination's folder with the same suffix, so drivers pick the right format.
  QString tempPath() const { return mTempPath; }
  bool commit( QString &error );

  /**
   * Refuses outputs that cannot work before any work is done: a missing or read-only folder, a
   * folder in place of the file, or the path of an input (the user's files are never overwritten).
   */
  static bool checkDestination( const QString &destination, const QStringList &inputs, QString &error );

private:
  //! Removes temporaries of this destination left by killed runs (".name.<12 hex>.tmp.ext").
  void removeStaleTemporaries() const;

  QString mDestination;
  QString mTempPath;
  bool mCommitted = false;
};

#endif // ACVOUTPUTFILE_H
