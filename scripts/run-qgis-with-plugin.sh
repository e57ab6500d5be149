#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Starts QGIS with the Adoption Coverage plugin from the build folder, in a throwaway profile
# (your own QGIS profile is not touched). Builds first if the plugin is not built yet.
# Usage: scripts/run-qgis-with-plugin.sh [LOCALE]   e.g. vi or en (default: QGIS's own choice)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
plugin_dir="$root/build/plugin/gui"
if [ ! -f "$plugin_dir/libadoptioncoverageplugin.so" ]; then
  "$root/scripts/build.sh"
fi
profiles="$(mktemp -d -t acv-qgis-profile.XXXXXX)"
trap 'rm -rf "$profiles"' EXIT
"$root/scripts/make-qgis-profile.sh" "$profiles" "$plugin_dir" "${1:-}"
echo "QGIS profile: $profiles (removed when QGIS closes)"
qgis --profiles-path "$profiles" --noversioncheck
