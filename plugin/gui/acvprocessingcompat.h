/***************************************************************************
  acvprocessingcompat.h - processing and widget enums that QGIS 3.3x moved into Qgis::
  SPDX-License-Identifier: GPL-2.0-or-later
 ***************************************************************************/
#ifndef ACVPROCESSINGCOMPAT_H
#define ACVPROCESSINGCOMPAT_H

#include <qgsconfig.h>

#include <qgis.h>
#include <qgsfeaturerequest.h>
#include <qgsmaplayerproxymodel.h>
#include <qgsprocessing.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingparameters.h>

/*
 * QGIS 3.36 replaced the processing classes' own enums with Qgis:: enum classes (3.34 for the
 * layer filters), and QGIS 4 drops the old names. Only the Debian 3.22 branch is compiled here;
 * the other follows the QGIS API documentation and is what a QGIS 4 build would take.
 */
#if _QGIS_VERSION_INT >= 33600
namespace AcvProcessingEnums
{
constexpr Qgis::ProcessingSourceType VectorPolygon = Qgis::ProcessingSourceType::VectorPolygon;
constexpr Qgis::ProcessingNumberParameterType Double = Qgis::ProcessingNumberParameterType::Double;
constexpr Qgis::ProcessingNumberParameterType Integer = Qgis::ProcessingNumberParameterType::Integer;
constexpr Qgis::ProcessingFileParameterBehavior File = Qgis::ProcessingFileParameterBehavior::File;
constexpr Qgis::ProcessingFieldParameterDataType AnyField = Qgis::ProcessingFieldParameterDataType::Any;
constexpr Qgis::ProcessingParameterFlag Advanced = Qgis::ProcessingParameterFlag::Advanced;
constexpr Qgis::ProcessingAlgorithmFlag NoThreading = Qgis::ProcessingAlgorithmFlag::NoThreading;
using AlgorithmFlags = Qgis::ProcessingAlgorithmFlags;
constexpr Qgis::FeatureRequestFlag NoGeometry = Qgis::FeatureRequestFlag::NoGeometry;
} // namespace AcvProcessingEnums
#else
namespace AcvProcessingEnums
{
constexpr QgsProcessing::SourceType VectorPolygon = QgsProcessing::TypeVectorPolygon;
constexpr QgsProcessingParameterNumber::Type Double = QgsProcessingParameterNumber::Double;
constexpr QgsProcessingParameterNumber::Type Integer = QgsProcessingParameterNumber::Integer;
constexpr QgsProcessingParameterFile::Behavior File = QgsProcessingParameterFile::File;
constexpr QgsProcessingParameterField::DataType AnyField = QgsProcessingParameterField::Any;
constexpr QgsProcessingParameterDefinition::Flag Advanced = QgsProcessingParameterDefinition::FlagAdvanced;
constexpr QgsProcessingAlgorithm::Flag NoThreading = QgsProcessingAlgorithm::FlagNoThreading;
using AlgorithmFlags = QgsProcessingAlgorithm::Flags;
constexpr QgsFeatureRequest::Flag NoGeometry = QgsFeatureRequest::NoGeometry;
} // namespace AcvProcessingEnums
#endif

#if _QGIS_VERSION_INT >= 33400
constexpr Qgis::LayerFilter kAcvPolygonLayers = Qgis::LayerFilter::PolygonLayer;
#else
constexpr QgsMapLayerProxyModel::Filter kAcvPolygonLayers = QgsMapLayerProxyModel::PolygonLayer;
#endif

#endif // ACVPROCESSINGCOMPAT_H
