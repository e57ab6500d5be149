/***************************************************************************
  acvqgiscompat.h - the few spots where QGIS 3 and QGIS 4 (Qt6) differ
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVQGISCOMPAT_H
#define ACVQGISCOMPAT_H

#include <qgsconfig.h>
#include <QMetaType>
#include <QVariant>

// QGIS 3.38 moved field types from QVariant::Type (deprecated by Qt6) to QMetaType::Type.
#if _QGIS_VERSION_INT >= 33800
using AcvFieldType = QMetaType::Type;
namespace AcvFieldTypes
{
constexpr AcvFieldType String = QMetaType::QString;
constexpr AcvFieldType Double = QMetaType::Double;
constexpr AcvFieldType Int = QMetaType::Int;
constexpr AcvFieldType LongLong = QMetaType::LongLong;
constexpr AcvFieldType Bool = QMetaType::Bool;
constexpr AcvFieldType Date = QMetaType::QDate;
constexpr AcvFieldType DateTime = QMetaType::QDateTime;
constexpr AcvFieldType Time = QMetaType::QTime;
constexpr AcvFieldType ByteArray = QMetaType::QByteArray;
constexpr AcvFieldType StringList = QMetaType::QStringList;
} // namespace AcvFieldTypes
#else
using AcvFieldType = QVariant::Type;
namespace AcvFieldTypes
{
constexpr AcvFieldType String = QVariant::String;
constexpr AcvFieldType Double = QVariant::Double;
constexpr AcvFieldType Int = QVariant::Int;
constexpr AcvFieldType LongLong = QVariant::LongLong;
constexpr AcvFieldType Bool = QVariant::Bool;
constexpr AcvFieldType Date = QVariant::Date;
constexpr AcvFieldType DateTime = QVariant::DateTime;
constexpr AcvFieldType Time = QVariant::Time;
constexpr AcvFieldType ByteArray = QVariant::ByteArray;
constexpr AcvFieldType StringList = QVariant::StringList;
} // namespace AcvFieldTypes
#endif

// QGIS 3.26 replaced QgsPalLayerSettings' own placement enums with Qgis:: enum classes.
#if _QGIS_VERSION_INT >= 32600
#include <qgis.h>
namespace AcvLabelEnums
{
constexpr Qgis::LabelPlacement Horizontal = Qgis::LabelPlacement::Horizontal;
constexpr Qgis::LabelPlacement OverPoint = Qgis::LabelPlacement::OverPoint;
constexpr Qgis::LabelMultiLineAlignment MultiCenter = Qgis::LabelMultiLineAlignment::Center;
} // namespace AcvLabelEnums
#else
#include <qgspallabeling.h>
namespace AcvLabelEnums
{
constexpr QgsPalLayerSettings::Placement Horizontal = QgsPalLayerSettings::Horizontal;
constexpr QgsPalLayerSettings::Placement OverPoint = QgsPalLayerSettings::OverPoint;
constexpr QgsPalLayerSettings::MultiLineAlign MultiCenter = QgsPalLayerSettings::MultiCenter;
} // namespace AcvLabelEnums
#endif

// QGIS 3.30 moved the temporal units from QgsUnitTypes to Qgis::TemporalUnit.
#if _QGIS_VERSION_INT >= 33000
constexpr Qgis::TemporalUnit kAcvTemporalDays = Qgis::TemporalUnit::Days;
#else
#include <qgsunittypes.h>
constexpr QgsUnitTypes::TemporalUnit kAcvTemporalDays = QgsUnitTypes::TemporalDays;
#endif

#endif // ACVQGISCOMPAT_H
