/***************************************************************************
  acvcolumndetector.h - recognises statistics columns by their header words
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVCOLUMNDETECTOR_H
#define ACVCOLUMNDETECTOR_H

#include <QString>
#include <QStringList>
#include <QVector>

//! What a statistics column holds.
enum class AcvColumnRole
{
  None,
  Key,         //!< the locality name ("Đơn vị", "Tỉnh, thành phố", "District")
  Code,        //!< an administrative code ("Mã tỉnh", "Code")
  Installs,    //!< app installs ("Số lượt cài đặt", "Installs")
  Smartphones, //!< smartphone users ("Số người dùng ĐTTM", "Smartphone users")
  Population,  //!< population ("Dân số", "DS", "Population")
};

/**
 * Recognises columns from Vietnamese or English header words, with the usual abbreviations
 * (ĐTTM = điện thoại thông minh, DS = dân số). Headers of derived figures ("Tỷ lệ", "%",
 * "Xếp hạng", "STT") are never taken as a source column.
 */
class AcvColumnDetector
{
public:
  //! The role a header names, None when it names none or a derived figure.
  static AcvColumnRole roleOf( const QString &header );

  //! How many cells of a row read as headers of any role; used to find the header row.
  static int headerScore( const QStringList &cells );

  /**
   * Finds the column a user named on the command line: a header (compared without case,
   * diacritics or spacing), a spreadsheet letter ("E") or a 1-based number ("5").
   * Returns -1 when none fits; -2 when the name fits several headers.
   */
  static int findColumn( const QStringList &headers, const QString &requested );

  //! All columns whose header has \a role, left to right.
  static QVector<int> columnsWithRole( const QStringList &headers, AcvColumnRole role );

  /**
   * The unit a count column's header states, as a factor to persons: 1000 for "Dân số (nghìn
   * người)", "(ngàn)", "(1.000 người)", "('000)" or "(thousands)"; 1 000 000 for "(triệu)" or
   * "(million)"; 1 for "(người)", "(lượt)" or no unit. \a unit receives the unit as written
   * ("nghìn người"), empty when the header names none.
   */
  static double unitScale( const QString &header, QString *unit = nullptr );

  //! True for the header of a rate the annex states itself ("Tỷ lệ cài đặt/ĐTTM (%)").
  static bool isRateHeader( const QString &header );

  //! Lower-case, diacritic-free, punctuation-free text for comparing header words.
  static QString foldHeader( const QString &header );

  static QString roleName( AcvColumnRole role );
};

#endif // ACVCOLUMNDETECTOR_H
