/***************************************************************************
  acvprogressfields.h - the campaign's progress as fields of the joined layer
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVPROGRESSFIELDS_H
#define ACVPROGRESSFIELDS_H

#include "acvcampaignprogress.h"

#include <QStringList>
#include <QVector>

struct AcvJoinedFeatures;

/**
 * Appends coverage_change_pp, installs_per_day, projected_target_date, target_reached_on and
 * trend to the joined layer, from each boundary's progress (AcvCoverageCampaign): NULL where the
 * history cannot give a figure.
 */
class AcvProgressFields
{
public:
  static QStringList fieldNames();
  /**
   * \a progress holds one entry per feature, in the features' order. A boundary field of one
   * of these names (a layer joined before) is overwritten, and said in \a warnings.
   */
  static void append( AcvJoinedFeatures &joined, const QVector<AcvLocalityProgress> &progress, QStringList &warnings );
};

#endif // ACVPROGRESSFIELDS_H
