#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Regenerates styles/*.qml and *.sld from the code, as listed in styles/styles.txt.
# Run after changing the styling code; tests fail until the styles match it again.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$root/build/plugin/app/coverage-map}"
while read -r file options; do
  case "$file" in ''|'#'*) continue ;; esac
  # shellcheck disable=SC2086  # options are words on purpose
  "$bin" --boundaries "$root/geodata/vn_provinces.gpkg" --stats "$root/geodata/vn_bluezone_2020-08-20.csv" \
    --export-style "$root/styles/$file" $options >/dev/null
  echo "styles/$file"
done < "$root/styles/styles.txt"
