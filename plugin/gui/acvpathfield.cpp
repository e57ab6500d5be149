/***************************************************************************
  acvpathfield.cpp
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#include "acvpathfield.h"

#include "acvpathcheck.h"

#include <qgsfilewidget.h>
#include <qgsfilterlineedit.h>

#include <QLabel>
#include <QTimer>

AcvPathField::AcvPathField( QgsFileWidget *widget, const QString &objectName, QWidget *labelParent )
  : QObject( widget )
  , mWidget( widget )
{
  mLabel = new QLabel( labelParent );
  mLabel->setObjectName( objectName );
  mLabel->setWordWrap( true );
  mLabel->setTextInteractionFlags( Qt::TextSelectableByMouse );
  mLabel->hide();

  // textEdited is the keyboard only; fileChanged also follows the browse button, drops and code.
  connect( mWidget->lineEdit(), &QLineEdit::textEdited, this, [this]
           {
    mTyping = true;
    clearMessage();
    emit edited(); } );
  connect( mWidget, &QgsFileWidget::fileChanged, this, [this]
           {
    // Both signals of one keystroke have arrived by the time the event loop runs again.
    QTimer::singleShot( 0, this, [this]
                        {
      if ( !mTyping && mWidget->filePath() != mCommitted )
        commit(); } ); } );
  connect( mWidget->lineEdit(), &QLineEdit::editingFinished, this, [this]
           {
    if ( mTyping )
      commit(); } );
}

bool AcvPathField::commit()
{
  mTyping = false;
  const QString path = mWidget->filePath();
  mCommitted = path;
  const QString problem = AcvPathCheck::problem( path );
  if ( problem.isEmpty() )
    clearMessage();
  else
    showProblem( problem );
  emit committed( path, problem.isEmpty() );
  return problem.isEmpty();
}

void AcvPathField::showProblem( const QString &text )
{
  mShowsNote = false;
  mLabel->setStyleSheet( QStringLiteral( "QLabel { color: #b00020; }" ) );
  mLabel->setText( text );
  mLabel->setVisible( !text.isEmpty() );
}

void AcvPathField::showNote( const QString &text )
{
  mShowsNote = true;
  mLabel->setStyleSheet( QString() );
  mLabel->setText( text );
  mLabel->setVisible( !text.isEmpty() );
}

void AcvPathField::clearNote()
{
  if ( mShowsNote )
    clearMessage();
}

void AcvPathField::clearMessage()
{
  mShowsNote = false;
  mLabel->clear();
  mLabel->hide();
}
