/***************************************************************************
  acvadminlevel.h - the administrative tier a list of names is at
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVADMINLEVEL_H
#define ACVADMINLEVEL_H

#include "acvadmintypes.h"
#include "acvnamenormalizer.h"

#include <QString>
#include <QStringList>
#include <QVector>

//! What the type words of a list of names say about their tier.
struct AcvLevelReading
{
  AcvAdminLevel level = AcvAdminLevel::Unknown;
  int names = 0;        //!< names that are not empty
  int typed = 0;        //!< names written with a type word
  int agreeing = 0;     //!< typed names whose type fits the level
  QStringList examples; //!< up to three names written at the level, as written
  QString header;       //!< when no name tells, the header that told the level instead
  int sampledFrom = 0;  //!< when the names are an even sample, how many there are in all

  bool isKnown() const { return level != AcvAdminLevel::Unknown; }
  //! "districts (17 of 17 names written Huyện, Quận, Thị xã, Thành phố: 'Huyện Chư Păh', …)".
  QString describe() const;
  //! The part in parentheses: "17 of 17 names written …: 'Huyện Chư Păh', …".
  QString evidence() const;
};

/**
 * Reads the tier of localities from the type words they are written with ("Xã Ia Băng",
 * "Huyện Chư Sê", "TP. Pleiku") or from a header ("Xã, phường, thị trấn").
 *
 * A tier is read only when enough names are typed (at least two, or the only one) and nearly
 * all of them (kAgreement) fit it: an annex's few untyped names do not hide its tier, and a
 * list of districts with one stray commune is still districts. "Thành phố" fits a province and
 * a district; such names alone decide nothing, beside others they follow the others.
 */
class AcvAdminLevels
{
public:
  static constexpr double kAgreement = 0.8;

  static AcvLevelReading read( const QVector<AcvNormalizedName> &names );
  //! The tier a column header names: "Huyện, thị xã, thành phố" -> District; "Đơn vị" -> Unknown.
  static AcvAdminLevel ofHeader( const QString &header );
  //! Whether a unit of \a type may be at \a level (false for untyped names).
  static bool fits( AcvAdminType type, AcvAdminLevel level );
  //! True when \a a is a higher tier than \a b (province above district above commune).
  static bool isAbove( AcvAdminLevel a, AcvAdminLevel b );
  //! The plural, for messages: "districts".
  static QString pluralName( AcvAdminLevel level );
};

#endif // ACVADMINLEVEL_H
