/***************************************************************************
  acvmappingfile.h - the analyst's own pairs: statistics name -> boundary key
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVMAPPINGFILE_H
#define ACVMAPPINGFILE_H

#include <QHash>
#include <QString>

/**
 * A two-column table (CSV, XLSX or ODS) that fixes what the matcher cannot: the first column
 * holds names as the statistics write them, the second the boundary key they mean. An optional
 * header row ("statistics,boundary" or "thống kê,ranh giới") is recognised and skipped.
 */
class AcvMappingFile
{
public:
  static bool read( const QString &path, QHash<QString, QString> &mapping, QString &error );

  //! Writes \a mapping as UTF-8 CSV with a header, atomically (an earlier file stays whole on failure).
  static bool write( const QString &path, const QHash<QString, QString> &mapping, QString &error );
};

#endif // ACVMAPPINGFILE_H
