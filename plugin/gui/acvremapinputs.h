/***************************************************************************
  acvremapinputs.h - the dialog's choice of summing the annex's old units into new ones
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVREMAPINPUTS_H
#define ACVREMAPINPUTS_H

#include "acvremapchoice.h"

#include <qgscollapsiblegroupbox.h>

class QCheckBox;
class QComboBox;
class QgsFileWidget;
class AcvPathField;

/**
 * The Inputs page's "Old units → new units" box: a crosswalk table (and its sheet), split
 * units apportioned by area with the old boundaries, or a column of the annex to sum the rows
 * by. A crosswalk and a column exclude each other, so choosing one disables the other. The box
 * starts collapsed unless a crosswalk is remembered: most annexes need none.
 */
class AcvRemapInputs : public QgsCollapsibleGroupBox
{
  Q_OBJECT

public:
  explicit AcvRemapInputs( QWidget *parent = nullptr );

  //! What the widgets say, for AcvRemapChoice::apply().
  AcvRemapChoice choice() const;
  //! True when a column to sum the rows by is chosen (the parent column then does not apply).
  bool aggregates() const;
  //! Offers the annex's columns to sum by ("(none)" first), as the column combos list them.
  void setColumns( const QStringList &labels );
  //! The annex changed: its columns are no longer offered.
  void clearColumns();

  //! The crosswalk, apportioning and old boundaries last used; the column belongs to one annex.
  void restoreSettings( const QString &prefix );
  void saveSettings( const QString &prefix ) const;

Q_SIGNALS:
  //! A choice changed: a review of the previous choices is stale.
  void changed();

private:
  void crosswalkCommitted( const QString &path, bool ok );
  //! Enables what applies, and says in the title what is chosen while the box is collapsed.
  void updateState();

  QgsFileWidget *mCrosswalkFile = nullptr;
  AcvPathField *mCrosswalkPath = nullptr;
  QComboBox *mCrosswalkSheet = nullptr;
  QCheckBox *mByArea = nullptr;
  QgsFileWidget *mOldBoundariesFile = nullptr;
  AcvPathField *mOldBoundariesPath = nullptr;
  QComboBox *mAggregateColumn = nullptr;
};

#endif // ACVREMAPINPUTS_H
