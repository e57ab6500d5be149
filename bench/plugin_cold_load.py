#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""What loading the plugin's library costs QGIS at start-up, from a cold disk.

    bench/plugin_cold_load.py PLUGIN.so

QGIS's own libraries are loaded first (as they are when QGIS reaches its plugins); then, as
root, the page cache is dropped so the plugin's pages come from disk, and dlopen() resolves the
library and its symbols, as QGIS's plugin registry does. Prints the milliseconds, cold and then
warm. (The plugin's classFactory/initGui are timed by the desktop test's reloads.)
"""
import ctypes
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import qgis.core  # noqa: E402,F401  QGIS's libraries, as at start-up
import qgis.gui  # noqa: E402,F401

path = os.path.abspath(sys.argv[1])
cold = os.geteuid() == 0
if cold:
    os.sync()
    with open("/proc/sys/vm/drop_caches", "w") as f:
        f.write("3\n")
start = time.perf_counter()
ctypes.CDLL(path, mode=os.RTLD_NOW | os.RTLD_LOCAL)
first = (time.perf_counter() - start) * 1000
print(f"dlopen {'cold' if cold else 'first (cache not dropped: not root)'}: {first:.1f} ms")
sys.stdout.flush()
os._exit(0)
