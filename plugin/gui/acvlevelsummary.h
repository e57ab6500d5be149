/***************************************************************************
  acvlevelsummary.h - the administrative levels and parents the dialog shows
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVLEVELSUMMARY_H
#define ACVLEVELSUMMARY_H

#include <QString>

class AcvCoverageJob;
class AcvStatisticsTable;

/**
 * What the dialog says under the column choices about the tiers and the parents: the annex's
 * level and where its rows' parents come from once it is read; the boundaries' level and
 * parent field once the join was reviewed. An annex of districts on commune boundaries, or
 * two communes written alike without a parent to tell them apart, shows here before the map.
 */
class AcvLevelSummary
{
public:
  //! "Level: communes (222 of 222 names written …)", then " · boundaries: communes (…)" when \a job matched.
  static QString levels( const AcvStatisticsTable &table, const AcvCoverageJob *job = nullptr );
  //! "Parent: column B ('Huyện, thị xã, thành phố') [detected], 17 parents", then " · boundary field 'district_vn'" when \a job matched.
  static QString parents( const AcvStatisticsTable &table, const AcvCoverageJob *job = nullptr );
  //! Both, one a line.
  static QString text( const AcvStatisticsTable &table, const AcvCoverageJob *job = nullptr );
};

#endif // ACVLEVELSUMMARY_H
