/***************************************************************************
  acvcoveragerun.h - the whole coverage job in one call, with feedback and a result
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOVERAGERUN_H
#define ACVCOVERAGERUN_H

#include "acvcoveragejoboptions.h"
#include "acvcoverageresult.h"

#include <functional>
#include <memory>

class QgsFeedback;

//! What a run holds in memory (the job, the joined features, the project with its layer).
struct AcvCoverageRunData;
struct AcvCoverageRunDataDeleter
{
  void operator()( AcvCoverageRunData *data ) const;
};
using AcvCoverageRunDataHolder = std::unique_ptr<AcvCoverageRunData, AcvCoverageRunDataDeleter>;

//! What a caller may add to a run: messages as they arise, and the memory to keep.
struct AcvCoverageRunHooks
{
  //! Called with every message as it arises, on the calling thread (the command prints them).
  std::function<void( const AcvMessage & )> onMessage;
  /**
   * Given, the run's data is handed over instead of freed: a process about to exit can leave it
   * to the system (freeing 100 000 features one by one took a fifth of a second).
   */
  AcvCoverageRunDataHolder *keep = nullptr;
  /**
   * Whether the maps may draw the joined features through AcvFeatureListProvider (no copy). A
   * run inside QGIS, whose plugins unload, sets it false (see AcvJoinedLayer::Backing).
   */
  bool featureListProvider = true;
};

/**
 * The coverage job, the QGIS way (as QgsOfflineEditing is to its plugin): read the statistics
 * and the boundaries, join, write the joined GeoPackage, the join report and every map output
 * (through AcvCoveragePresentation), all or nothing (AcvOutputTransaction). Needs an initialised
 * QgsApplication. \a feedback (may be null) moves from 0 to 100, and a cancel stops the run
 * inside its loops with nothing written. The command, Processing and the tests call this.
 */
class AcvCoverageRun
{
public:
  static AcvCoverageResult run( const AcvCoverageJobOptions &options, QgsFeedback *feedback = nullptr, const AcvCoverageRunHooks &hooks = AcvCoverageRunHooks() );
};

#endif // ACVCOVERAGERUN_H
