/***************************************************************************
  acvjoinreviewwidget.h - shows a join and takes the analyst's decisions
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVJOINREVIEWWIDGET_H
#define ACVJOINREVIEWWIDGET_H

#include "acvjoinreview.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

/**
 * Matched rows, unmatched rows on both sides, and for each unmatched statistics row a list of
 * boundaries to pair it with (the matcher's suggestions first, with their similarity). When the
 * annex was re-mapped, each statistics row is a new unit shown with the annex rows it sums
 * ("A 1/3 + B → C"), its installs added up, an incomplete unit flagged, and the totals before
 * and after above the tables.
 */
class AcvJoinReviewWidget : public QWidget
{
  Q_OBJECT

public:
  explicit AcvJoinReviewWidget( QWidget *parent = nullptr );

  void setReview( const AcvJoinReview &review );
  const AcvJoinReview &review() const { return mReview; }
  void clear();
  //! Clears the review and says why there is none (the job's error, word for word).
  void showProblem( const QString &message );

Q_SIGNALS:
  //! The analyst wants the join made again with review().mapping().
  void applyRequested();
  //! The pairs were saved as the mapping file \a path: worth offering again for these inputs.
  void mappingSaved( const QString &path );

private:
  //! The statistics columns' headers, and the matched table's installs column, for a (not) re-mapped run.
  void setRemapped( bool remapped );
  void refreshUnmatched();
  void choiceChanged( int statisticsIndex, int boundaryIndex );
  void saveMapping();

  AcvJoinReview mReview;
  QLabel *mSummary = nullptr;
  QTableWidget *mMatched = nullptr;
  QTableWidget *mUnmatchedRows = nullptr;
  QListWidget *mUnmatchedBoundaries = nullptr;
  QPushButton *mAcceptButton = nullptr;
  QPushButton *mApplyButton = nullptr;
  QPushButton *mSaveButton = nullptr;
};

#endif // ACVJOINREVIEWWIDGET_H
