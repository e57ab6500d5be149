#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Starts the real QGIS desktop under Xvfb in a throwaway profile that enables the plugin from
# the build folder, runs acv_desktop_test.py in it and checks the result it writes.
# Usage: run-desktop-test.sh PLUGIN_DIR ARTIFACT_DIR LOCALE(vi|en) [full|screenshots]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
plugin_dir="$1"
artifacts="$2"
locale="$3"
mode="${4:-full}"
mkdir -p "$artifacts"
profiles="$(mktemp -d)"
trap 'rm -rf "$profiles"' EXIT
"$root/scripts/make-qgis-profile.sh" "$profiles" "$plugin_dir" "$locale"
# The dialog starts from the last files used: the Gia Lai annex with two names mistyped as
# analysts meet them ("Phu Thienn" close to a district, "Xã Khác" like none), for the review.
mistyped="$profiles/gia_lai_mistyped.csv"
sed -e 's/;Phú Thiện;/;Phu Thienn;/' -e 's/;Kông Chro;/;Xã Khác;/' \
  "$root/geodata/gia_lai_districts_bluezone_2020-08-20.csv" > "$mistyped"
cat >> "$profiles/profiles/default/QGIS/QGIS3.ini" <<INI

[adoptioncoverage]
dialog\\boundaryFile=$root/../shared/geodata/gia_lai_districts.geojson
dialog\\statisticsFile=$mistyped
INI
result="$artifacts/desktop_result_$locale.json"
rm -f "$result"
export ACV_RESULT="$result" ACV_ARTIFACTS="$artifacts" ACV_LOCALE="$locale"
export ACV_BOUNDARIES="$root/../shared/geodata/gia_lai_districts.geojson"
export ACV_STATISTICS="$root/geodata/gia_lai_districts_bluezone_2020-08-20.csv"
export ACV_BAD_DATA="$root/tests/data/bad"
export ACV_FULL=$([ "$mode" = full ] && echo 1 || echo 0)
export XDG_RUNTIME_DIR="$profiles/runtime" && mkdir -m 700 -p "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb
unset QGIS_CUSTOM_CONFIG_PATH
status=0
# ACV_QGIS_PRELOAD: the sanitizer runtimes, for a plugin built with them (QGIS itself is not).
timeout --kill-after=10 ${ACV_DESKTOP_TIMEOUT:-170} xvfb-run -a -s "-screen 0 1600x1000x24" \
  env ${ACV_QGIS_PRELOAD:+LD_PRELOAD="$ACV_QGIS_PRELOAD"} qgis --profiles-path "$profiles" --nologo --noversioncheck --code "$here/acv_desktop_test.py" \
  >"$artifacts/desktop_qgis_$locale.log" 2>&1 || status=$?
if [ ! -f "$result" ]; then
  echo "QGIS ended (status $status) without writing $result; its output:" >&2
  tail -50 "$artifacts/desktop_qgis_$locale.log" >&2
  exit 1
fi
cat "$result"
/usr/bin/python3 -c 'import json,sys; sys.exit(0 if json.load(open(sys.argv[1]))["ok"] else 1)' "$result"
