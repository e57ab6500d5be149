# SPDX-License-Identifier: GPL-2.0-or-later
# Opens a project in QGIS (every provider loaded, as the desktop does) and prints, as JSON, what
# its coverage_history layer is and which statistics dates each Temporal Controller frame draws.
import json
import os
import sys

# The test process restricts its own providers (see acvInitQgis); the desktop loads them all.
os.environ.pop("QGIS_PROVIDER_FILE", None)
os.environ.pop("QGIS_AUTHMETHOD_FILE", None)

from qgis.core import (QgsApplication, QgsDateTimeRange, QgsFeatureRequest, QgsProject,
                       QgsVectorLayerTemporalContext)

app = QgsApplication([], False)
app.initQgis()
project = QgsProject()
if not project.read(sys.argv[1]):
    print(json.dumps({"error": project.error()}))
    sys.exit(1)
layer = project.mapLayersByName("coverage_history")[0]
settings = project.timeSettings()
temporal = layer.temporalProperties()
out = {"valid": layer.isValid(), "provider": layer.providerType(), "features": layer.featureCount(),
       "active": temporal.isActive(), "frames": []}
context = QgsVectorLayerTemporalContext()
context.setLayer(layer)
full = settings.temporalRange()
frame_start = full.begin()
step = int(settings.timeStep())
while frame_start < full.end():
    frame = QgsDateTimeRange(frame_start, frame_start.addDays(step), True, False)
    expression = temporal.createFilterString(context, frame)
    dates = {}
    for feature in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)):
        day = feature["statistics_date"].toString("yyyy-MM-dd")
        dates[day] = dates.get(day, 0) + 1
    out["frames"].append({"start": frame_start.date().toString("yyyy-MM-dd"), "dates": dates})
    frame_start = frame_start.addDays(step)
print(json.dumps(out), flush=True)
# QGIS 3.22's Python bindings can crash while tearing down; the answer is out.
os._exit(0)
