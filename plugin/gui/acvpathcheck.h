/***************************************************************************
  acvpathcheck.h - what is wrong with a path typed or chosen in the dialog
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVPATHCHECK_H
#define ACVPATHCHECK_H

#include <QString>

/**
 * The dialog checks a path once its field is left (or a file is chosen), never per keystroke,
 * and shows the answer beside the field: a half-typed path is not an error worth a message.
 */
class AcvPathCheck
{
public:
  //! Empty when \a path is a readable file (or empty: nothing chosen yet); otherwise why not.
  static QString problem( const QString &path );
};

#endif // ACVPATHCHECK_H
