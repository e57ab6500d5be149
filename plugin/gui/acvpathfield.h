/***************************************************************************
  acvpathfield.h - a file field of the dialog that is checked when editing finishes
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVPATHFIELD_H
#define ACVPATHFIELD_H

#include <QObject>

class QLabel;
class QWidget;
class QgsFileWidget;

/**
 * Watches a QgsFileWidget: a path typed key by key is committed once when the field is left or
 * Return is pressed; a path chosen with the browse button, dropped or set by code is committed
 * at once. Problems show in a label under the field, in the dialog, never in QGIS's message
 * bar: a half-typed path is not a failure.
 */
class AcvPathField : public QObject
{
  Q_OBJECT

public:
  AcvPathField( QgsFileWidget *widget, const QString &objectName, QWidget *labelParent );

  //! The inline label, to place under the field.
  QLabel *label() const { return mLabel; }
  void showProblem( const QString &text );
  //! A hint rather than a problem (e.g. the mapping file offered for this annex).
  void showNote( const QString &text );
  void clearMessage();
  //! Clears the label only when it shows a note: a problem stays until the path changes.
  void clearNote();
  //! Checks the path now (AcvPathCheck) and emits committed(); true when it has no problem.
  bool commit();

Q_SIGNALS:
  //! A path to act on: \a ok false when it has a problem (already shown in the label).
  void committed( const QString &path, bool ok );
  //! A key was typed: what was read from the previous path is stale.
  void edited();

private:
  QgsFileWidget *mWidget = nullptr;
  QLabel *mLabel = nullptr; //!< owned by the dialog's page
  bool mTyping = false;
  bool mShowsNote = false;
  QString mCommitted; //!< the path last acted on: setting it again by code is no change
};

#endif // ACVPATHFIELD_H
