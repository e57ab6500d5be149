#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Writes a throwaway QGIS profile folder that loads the Adoption Coverage plugin from PLUGIN_DIR.
# Usage: make-qgis-profile.sh PROFILES_DIR PLUGIN_DIR [LOCALE]   (then: qgis --profiles-path PROFILES_DIR)
set -euo pipefail
profiles="$1"
plugin_dir="$(cd "$2" && pwd)"
locale="${3:-}"
mkdir -p "$profiles/profiles/default/QGIS"
cat > "$profiles/profiles/profiles.ini" <<INI
[core]
defaultProfile=default
INI
{
  echo "[plugins]"
  echo "searchPathsForPlugins=$plugin_dir"
  echo
  echo "[Plugins]"
  echo "libadoptioncoverageplugin=true"
  echo
  echo "[PythonPlugins]"
  echo "processing=true"
  echo
  echo "[qgis]"
  echo "checkVersion=false"
  echo "showTips322=false"
  echo "allowVersionCheck=false"
  echo
  echo "[core]"
  echo "NewsFeed\\\\httpsfeedqgisorg\\\\disabled=true"
  if [ -n "$locale" ]; then
    echo
    echo "[locale]"
    echo "overrideFlag=true"
    echo "userLocale=$locale"
    echo "globalLocale=$locale"
  fi
} > "$profiles/profiles/default/QGIS/QGIS3.ini"
