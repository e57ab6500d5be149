/***************************************************************************
  acvmappingmemory.h - the mapping file saved for an annex and its boundaries
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVMAPPINGMEMORY_H
#define ACVMAPPINGMEMORY_H

#include <QString>

/**
 * A mapping file pairs one annex's spellings with one boundary layer's keys: it is offered
 * again for that pair of files (or, failing that, for the same annex), never for another annex,
 * whose names it would pair wrongly. Kept in QgsSettings.
 */
class AcvMappingMemory
{
public:
  //! The settings key of the pair: independent of how each path is spelt.
  static QString pairKey( const QString &statisticsPath, const QString &boundariesPath );
  static void remember( const QString &statisticsPath, const QString &boundariesPath, const QString &mappingPath );
  //! The mapping file remembered for the pair, else for the annex; empty when none still exists.
  static QString recall( const QString &statisticsPath, const QString &boundariesPath );
};

#endif // ACVMAPPINGMEMORY_H
