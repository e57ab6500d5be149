#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The main job on the bundled sample data: Vietnam's 63 provinces and the illustrative Bluezone
# annex of 20/8/2020 (Gia Lai's row is real). Writes into out/ and prints where: the joined
# GeoPackage, the join report, the bare map, the report page (PDF and PNG) and a QGIS project.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
mkdir -p "$root/out"
"$root/build/plugin/app/coverage-map" \
  --boundaries "$root/geodata/vn_provinces.gpkg" \
  --stats "$root/geodata/vn_bluezone_2020-08-20.csv" \
  --target 60 \
  --joined "$root/out/vn_coverage.gpkg" \
  --join-report "$root/out/vn_join_report.json" \
  --out "$root/out/vn_coverage.png" \
  --report "$root/out/vn_coverage_report.pdf" \
  --report "$root/out/vn_coverage_report.png" \
  --project "$root/out/vn_coverage.qgz"
