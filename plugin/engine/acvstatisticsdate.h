/***************************************************************************
  acvstatisticsdate.h - the date a statistics annex reports, found in its title or name
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVSTATISTICSDATE_H
#define ACVSTATISTICSDATE_H

#include <QDate>
#include <QString>
#include <QStringList>

/**
 * Finds the date an annex's figures refer to, so a report can say "as of" without anyone typing
 * it. Annexes write it in a title row ("Số liệu đến ngày 20/8/2020", "ngày 20 tháng 8 năm 2020")
 * and analysts often put it in the file name ("..._2020-08-20.csv"). Nothing is invented: when
 * neither says, the date is invalid and the report says it is unknown.
 */
class AcvStatisticsDate
{
public:
  //! Where the date was found, for the progress output.
  struct Result
  {
    QDate date;
    QString evidence; //!< the text the date was read from
  };

  /**
   * Looks in \a titleRows (the rows above the header, cells joined) and then in the file name
   * of \a path. A date after "ngày"/"as of" wins over other dates in the titles (a title may also
   * cite the census date of the population figures).
   */
  static Result detect( const QStringList &titleRows, const QString &path );

  //! Reads "20/8/2020", "20-08-2020", "20.08.2020" or "2020-08-20"; invalid for anything else.
  static QDate parse( const QString &text );
};

#endif // ACVSTATISTICSDATE_H
