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
 * boundaries to pair it with (the matcher's suggestions first, with their similarity).
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
