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
# The same 2020 annex of the 63 old provinces, drawn on the 34 provinces of 1 July 2025: its rows
# are summed into the new provinces by the crosswalk, and the totals are checked before the join.
"$root/build/plugin/app/coverage-map" \
  --boundaries "$root/geodata/vn_provinces_2025.gpkg" \
  --stats "$root/geodata/vn_bluezone_2020-08-20.csv" \
  --crosswalk "$root/geodata/vn_provinces_2025_crosswalk.csv" \
  --target 60 \
  --joined "$root/out/vn2025_coverage.gpkg" \
  --join-report "$root/out/vn2025_join_report.json" \
  --out "$root/out/vn2025_coverage.png" \
  --report "$root/out/vn2025_coverage_report.pdf" \
  --report "$root/out/vn2025_coverage_report.png" \
  --project "$root/out/vn2025_coverage.qgz"
