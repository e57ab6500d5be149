#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Every test: the full build against Debian's QGIS (Qt5) through ctest, then the QGIS-free
# engine alone against Qt6, the Qt that QGIS 4 requires.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
if [ ! -d "$root/../shared/geodata" ]; then
  echo "warning: $root/../shared/geodata is missing; tests on the real Gia Lai boundaries will fail" >&2
fi

"$root/scripts/build.sh"
(cd "$root/build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)")

cmake -S "$root" -B "$root/build-qt6" -DACV_ENGINE_ONLY=ON -DACV_QT_MAJOR=6 -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$root/build-qt6" --parallel "$(nproc)"
(cd "$root/build-qt6" && ctest --output-on-failure --parallel "$(nproc)")
