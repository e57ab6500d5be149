/***************************************************************************
  acvadmintypes.h - Vietnam's administrative type words, in one place
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVADMINTYPES_H
#define ACVADMINTYPES_H

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

/**
 * The administrative type written before (or, in English, after) a locality name.
 * "town" in English is ambiguous (thị xã or thị trấn), hence EnglishTown; so is "district"
 * (huyện or quận), hence EnglishDistrict.
 */
enum class AcvAdminType
{
  None,            //!< no type written
  Province,        //!< Tỉnh, province
  City,            //!< Thành phố, TP., TP, city
  Town,            //!< Thị xã, TX., TX
  Township,        //!< Thị trấn, TT., TT
  EnglishTown,     //!< town: either Thị xã or Thị trấn
  District,        //!< Huyện, H.
  UrbanDistrict,   //!< Quận, Q.
  Commune,         //!< Xã, commune
  Ward,            //!< Phường, P., ward
  EnglishDistrict, //!< district: either Huyện or Quận
  SpecialZone,     //!< Đặc khu: an island unit at commune level since the 2025 reform
};

/**
 * The tier of an administrative unit. Before July 2025: province, district, commune; since then
 * province and commune only. Used as bit flags where a type word fits several tiers ("Thành
 * phố" is a province-level or a district-level city).
 */
enum class AcvAdminLevel
{
  Unknown = 0,
  Province = 1,
  District = 2,
  Commune = 4,
};
/**
 * The words that say what kind of unit a name is: "Huyện Chư Sê", "TX. An Khê", "Ia Grai
 * District". Name matching strips them, a header made of them names the locality column, and
 * map labels leave them out; all three read this one list, so a word added here is known to
 * every step (and to the level checks that compare an annex with its boundaries).
 */
class AcvAdminTypes
{
public:
  //! The Vietnamese type words as written in names, lower case with diacritics ("thành phố").
  static const QVector<QPair<QString, AcvAdminType>> &vietnameseWords();
  //! Abbreviations whose every letter takes a dot ("T.P.", "H."), as letters.
  static const QVector<QPair<QStringList, AcvAdminType>> &dottedAbbreviations();
  //! Abbreviations that are no syllable of any name, safe with or without a dot ("TP", "TX", "TT").
  static const QVector<QPair<QString, AcvAdminType>> &dotlessAbbreviations();
  //! The English type words written after a name ("district", "ward").
  static const QVector<QPair<QString, AcvAdminType>> &englishWords();
  //! Every type word, Vietnamese folded to ASCII lower case ("thi xa") and English.
  static QStringList foldedWords();
  /**
   * A regular expression, escaped for a single-quoted QGIS expression string, matching a type
   * word (or a dotless abbreviation) and its spaces at the start of a name, in any case.
   */
  static QString leadingTypeExpressionPattern();
  //! "district", "town or township": for messages and tests.
  static QString typeName( AcvAdminType type );
  //! The tiers a unit of \a type can be at, as AcvAdminLevel flags (0 for None).
  static int levelsOf( AcvAdminType type );
  //! "province", "district", "commune" (translated), or "unknown".
  static QString levelName( AcvAdminLevel level );
  //! The type words that show \a level, as a user would type them: "Huyện, Quận, Thị xã".
  static QString levelWords( AcvAdminLevel level );
};

#endif // ACVADMINTYPES_H
