#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Peer (b): QGIS itself loads a layer from its file and renders it with a plain graduated
renderer (5 equal-interval classes, YlGnBu) at 1600x1200, as a whole process.

    bench/qgis_render.py LAYER.gpkg FIELD_OR_EXPRESSION OUT.png
"""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (QgsApplication, QgsClassificationEqualInterval, QgsGradientColorRamp,  # noqa: E402
                       QgsGraduatedSymbolRenderer, QgsMapRendererSequentialJob, QgsMapSettings,
                       QgsStyle, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
layer = QgsVectorLayer(sys.argv[1], "layer", "ogr")
if not layer.isValid():
    sys.exit(f"{sys.argv[1]}: cannot be read")
renderer = QgsGraduatedSymbolRenderer(sys.argv[2])
renderer.setClassificationMethod(QgsClassificationEqualInterval())
renderer.updateClasses(layer, 5)
renderer.updateColorRamp(QgsStyle.defaultStyle().colorRamp("YlGnBu"))
layer.setRenderer(renderer)
settings = QgsMapSettings()
settings.setLayers([layer])
settings.setDestinationCrs(layer.crs())
settings.setOutputSize(QSize(1600, 1200))
settings.setBackgroundColor(QColor("white"))
settings.setExtent(layer.extent())
job = QgsMapRendererSequentialJob(settings)
job.start()
job.waitForFinished()
if not job.renderedImage().save(sys.argv[3], "PNG"):
    sys.exit(f"{sys.argv[3]}: cannot be written")
# PyQGIS may crash tearing down QGIS after the work is done; the measurement is complete here.
sys.stdout.flush()
os._exit(0)
