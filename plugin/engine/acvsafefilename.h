/***************************************************************************
  acvsafefilename.h - file names made from locality names
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVSAFEFILENAME_H
#define ACVSAFEFILENAME_H

#include <QString>

/**
 * Atlas pages are named after localities ("Thị xã Ayun Pa", "Phường 1/Quận 3", "Xã Ia:Pa?"),
 * and a name must never become a path or a name Windows refuses. Diacritics are kept (NFC), as
 * every current file system stores them; what separates paths or is reserved on Windows
 * (/ \ : * ? " < > | and control characters) becomes '-', spaces become '_', leading and
 * trailing dots, dashes and underscores go, and reserved device names (CON, NUL, COM1…) get a
 * '_' suffix. An empty result becomes "unnamed".
 */
class AcvSafeFileName
{
public:
  static QString fromName( const QString &name, int maxLength = 80 );

  //! "prefix_007_Thị_xã_Ayun_Pa.png": the page number keeps files in atlas order.
  static QString numbered( const QString &prefix, int number, int count, const QString &name, const QString &suffix );
};

#endif // ACVSAFEFILENAME_H
