"""End-to-end test of the Adoption Coverage plugin inside the real QGIS desktop.

Run by tests/desktop/run-desktop-test.sh as `qgis --code` in a throwaway profile that enables the
plugin. Checks, in order: the plugin is loaded and its action is in the Vector menu; the processing
algorithm run on the Gia Lai sample adds a layer with the 17 districts and a rule-based renderer;
the dialog previews, reviews and adds the layer, and the ranking dock lists it (screenshots of the
dialog, the review and the desktop are saved); the plugin is unloaded and loaded again 10 times
through QGIS's Plugin Manager. Writes a JSON result file, then quits QGIS.
"""
import json
import os
import subprocess
import time
import traceback

from qgis.PyQt.QtCore import QCoreApplication, QMetaObject, QSortFilterProxyModel, Qt, QTimer
from qgis.PyQt.QtWidgets import QAction, QApplication, QDialog, QLineEdit, QDockWidget, QPushButton, QTabWidget, QTableView, QTableWidget
from qgis.core import QgsApplication, QgsProject
from qgis.utils import iface

RESULT = os.environ["ACV_RESULT"]
ARTIFACTS = os.environ["ACV_ARTIFACTS"]
LOCALE = os.environ.get("ACV_LOCALE", "en")
BOUNDARIES = os.environ["ACV_BOUNDARIES"]
STATISTICS = os.environ["ACV_STATISTICS"]
RELOADS = int(os.environ.get("ACV_RELOADS", "10"))
FULL = os.environ.get("ACV_FULL", "1") == "1"

checks = []


def check(name, ok, detail=""):
    checks.append({"name": name, "ok": bool(ok), "detail": str(detail)})


def wait_for(condition, seconds=30.0):
    deadline = time.time() + seconds
    while time.time() < deadline:
        QCoreApplication.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def screenshot(name):
    path = os.path.join(ARTIFACTS, "%s_%s.png" % (name, LOCALE))
    wait_for(lambda: False, 0.5)  # let the windows paint
    subprocess.run(["import", "-window", "root", path], check=False, timeout=30)
    return path


def grab(widget, name):
    wait_for(lambda: False, 0.3)
    path = os.path.join(ARTIFACTS, "%s_%s.png" % (name, LOCALE))
    widget.grab().save(path)
    return path


def main_window_action(name):
    return iface.mainWindow().findChild(QAction, name)


def vector_menu_has_plugin():
    for action in iface.vectorMenu().actions():
        menu = action.menu()
        if menu is not None and action.text().replace("&", "") == "Adoption Coverage":
            return any(a.objectName() == "mActionAdoptionCoverage" for a in menu.actions())
    return False


def provider_loaded():
    return QgsApplication.processingRegistry().providerById("adoptioncoverage") is not None


def check_loaded():
    check("plugin action exists", main_window_action("mActionAdoptionCoverage") is not None)
    check("Vector menu has Adoption Coverage", vector_menu_has_plugin())
    provider = QgsApplication.processingRegistry().providerById("adoptioncoverage")
    algorithms = sorted(a.id() for a in provider.algorithms()) if provider else []
    check("processing provider and its 3 algorithms", algorithms == ["adoptioncoverage:coveragemap", "adoptioncoverage:exportreport", "adoptioncoverage:joinstatistics"], algorithms)


def check_processing():
    import processing
    from qgis.core import QgsVectorLayer

    boundaries = QgsVectorLayer(BOUNDARIES, "Gia Lai districts", "ogr")
    QgsProject.instance().addMapLayer(boundaries)
    before = set(QgsProject.instance().mapLayers().keys())
    started = time.time()
    results = processing.runAndLoadResults("adoptioncoverage:coveragemap", {
        "BOUNDARIES": boundaries,
        "STATISTICS": STATISTICS,
        "TARGET": 60,
        "LANGUAGE": 0 if LOCALE == "vi" else 1,
        "OUTPUT": "TEMPORARY_OUTPUT",
    })
    added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers().keys()) - before]
    check("coveragemap adds one layer", len(added) == 1, [l.name() for l in added])
    if added:
        layer = added[0]
        check("coverage layer has the 17 Gia Lai districts", layer.featureCount() == 17, layer.featureCount())
        check("coverage layer is styled with a rule-based renderer", layer.renderer() and layer.renderer().type() == "RuleRenderer",
              layer.renderer().type() if layer.renderer() else None)
        check("coverage layer has coverage_pct", layer.fields().lookupField("coverage_pct") >= 0)
        QgsProject.instance().removeMapLayer(layer.id())
    report = os.path.join(ARTIFACTS, "processing_report_%s.pdf" % LOCALE)
    if os.path.exists(report):
        os.remove(report)
    processing.run("adoptioncoverage:exportreport", {
        "BOUNDARIES": boundaries, "STATISTICS": STATISTICS, "LANGUAGE": 0 if LOCALE == "vi" else 1,
        "DPI": 96, "REPORT": report})
    with open(report, "rb") as f:
        check("exportreport writes a PDF", f.read(5) == b"%PDF-")
    check("processing took seconds", True, "%.1f" % (time.time() - started))
    return boundaries


def check_dialog():
    main_window_action("mActionAdoptionCoverage").trigger()
    dialog = iface.mainWindow().findChild(QDialog, "AcvCoverageDialog")
    check("dialog opens", dialog is not None and dialog.isVisible())
    if dialog is None:
        return
    dialog.move(40, 40)
    preview = dialog.findChild(QTableWidget, "AcvStatisticsPreview")
    check("statistics preview filled", wait_for(lambda: preview.rowCount() > 0, 30), preview.rowCount())
    grab(dialog, "dialog_inputs")
    tabs = dialog.findChild(QTabWidget)
    tabs.setCurrentIndex(1)
    grab(dialog, "dialog_map")
    review_button = dialog.findChild(QPushButton, "AcvReviewButton")
    check("review button found", review_button is not None)
    if review_button is None:
        return
    review_button.click()
    check("review tab shown", wait_for(lambda: tabs.currentIndex() == 2, 30), tabs.currentIndex())
    unmatched = dialog.findChild(QTableWidget, "AcvUnmatchedRows")
    matched = dialog.findChild(QTableWidget, "AcvMatchedTable")
    check("review shows 15 matched and 2 unmatched rows", matched.rowCount() == 15 and unmatched.rowCount() == 2,
          (matched.rowCount(), unmatched.rowCount()))
    grab(dialog, "dialog_review")
    # Accept the suggestion for "Phu Thienn"; pick the district for "Xã Khác" by hand.
    dialog.findChild(QPushButton, "AcvAcceptButton").click()
    wait_for(lambda: False, 0.2)
    for row in range(unmatched.rowCount()):
        if unmatched.item(row, 1).text() == "Xã Khác":
            combo = unmatched.cellWidget(row, 2)
            combo.setCurrentIndex(combo.findText("Huyện Kông Chro"))
    wait_for(lambda: False, 0.2)
    grab(dialog, "dialog_review_choices")
    dialog.findChild(QPushButton, "AcvApplyButton").click()
    check("after the choices all 17 districts match", wait_for(lambda: matched.rowCount() == 17 and unmatched.rowCount() == 0, 10),
          (matched.rowCount(), unmatched.rowCount()))
    before = set(QgsProject.instance().mapLayers().keys())
    dialog.findChild(QPushButton, "AcvAddButton").click()
    check("dialog adds the coverage layer", wait_for(lambda: len(set(QgsProject.instance().mapLayers().keys()) - before) == 1, 30))
    dock = iface.mainWindow().findChild(QDockWidget, "AcvRankingDock")
    check("ranking dock shown", dock is not None and wait_for(lambda: dock.isVisible(), 5))
    if dock is not None:
        view = dock.findChild(QTableView, "AcvRankingView")
        check("ranking dock lists 17 districts", view.model().rowCount() == 17, view.model().rowCount())
        view.clicked.emit(view.model().index(0, 1))
        layer = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers().keys()) - before][0]
        check("clicking a ranking row selects it", layer.selectedFeatureCount() == 1, layer.selectedFeatureCount())
        dock.resize(520, dock.height())
        grab(dock, "ranking_dock")
    dialog.hide()
    screenshot("desktop")
    check_export_action()


def check_export_action():
    """The plugin's "Export Report…" writes the report of the joined layer through the command's export."""
    from qgis.PyQt.QtWidgets import QFileDialog

    report = os.path.join(ARTIFACTS, "plugin_report_%s.pdf" % LOCALE)
    if os.path.exists(report):
        os.remove(report)

    def answer():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(100, answer)
            return
        # Typed as a person would; accept() is protected in QFileDialog, its slot is reachable
        # through the meta-object. Tried again until the dialog closes (its folder loads lazily).
        dialogs[0].findChild(QLineEdit, "fileNameEdit").setText(report)
        QMetaObject.invokeMethod(dialogs[0], "accept")
        attempts.append(1)
        if dialogs[0].isVisible() and len(attempts) < 50:
            QTimer.singleShot(100, answer)

    attempts = []
    QTimer.singleShot(100, answer)
    action = main_window_action("mActionAdoptionCoverageExport")
    check("export action enabled after a run", action is not None and action.isEnabled())
    if action is not None and action.isEnabled():
        action.trigger()
    exists = wait_for(lambda: os.path.exists(report), 30)
    header = open(report, "rb").read(5) if exists else b""
    check("Export Report writes the PDF", header == b"%PDF-", report)


def reload_through_plugin_manager():
    """Unloads and loads the plugin RELOADS times by ticking it in QGIS's own Plugin Manager."""
    state = {"cycles": 0, "error": None, "found": False}

    def drive():
        try:
            manager = iface.mainWindow().findChild(QDialog, "QgsPluginManagerBase")
            proxy = manager.findChild(QSortFilterProxyModel)
            model = proxy.sourceModel()
            item = None
            for row in range(model.rowCount()):
                candidate = model.item(row)
                if candidate is not None and candidate.text() == "Adoption Coverage":
                    item = candidate
            state["found"] = item is not None
            if item is None:
                return
            for _ in range(RELOADS):
                item.setCheckState(Qt.Unchecked)
                wait_for(lambda: False, 0.05)
                if main_window_action("mActionAdoptionCoverage") is not None or provider_loaded():
                    state["error"] = "still loaded after unchecking"
                    return
                item.setCheckState(Qt.Checked)
                wait_for(lambda: False, 0.05)
                if main_window_action("mActionAdoptionCoverage") is None or not provider_loaded() or not vector_menu_has_plugin():
                    state["error"] = "not loaded again after checking"
                    return
                state["cycles"] += 1
        except Exception:
            state["error"] = traceback.format_exc()
        finally:
            manager = iface.mainWindow().findChild(QDialog, "QgsPluginManagerBase")
            if manager is not None:
                manager.reject()

    QTimer.singleShot(200, drive)
    iface.pluginManagerInterface().showPluginManager(-1)
    check("Plugin Manager lists Adoption Coverage", state["found"])
    check("unloaded and loaded %d times" % RELOADS, state["cycles"] == RELOADS and state["error"] is None, state)


def run():
    try:
        check_loaded()
        if FULL:
            check_processing()
        check_dialog()
        if FULL:
            reload_through_plugin_manager()
            check_loaded()
    except Exception:
        check("no exception", False, traceback.format_exc())
    with open(RESULT, "w", encoding="utf-8") as f:
        json.dump({"ok": all(c["ok"] for c in checks), "checks": checks}, f, indent=2, ensure_ascii=False)
    QgsProject.instance().clear()
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(100, iface.actionExit().trigger)


def watchdog():
    """A modal dialog nobody answers must fail the test, not hold QGIS until ctest's timeout."""
    check("finished before the watchdog", False, [w.objectName() or type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()])
    with open(RESULT, "w", encoding="utf-8") as f:
        json.dump({"ok": False, "checks": checks}, f, indent=2, ensure_ascii=False)
    screenshot("watchdog")
    os._exit(1)


QTimer.singleShot(120000, watchdog)
QTimer.singleShot(500, run)
