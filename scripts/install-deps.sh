#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs the Debian 12 packages the build, the tests and the demo need, skipping what is there.
# Runs as root, or through sudo for another user.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libqgis-dev qgis-providers            # QGIS 3.22 core API (Qt5) and its data providers
  qtbase5-dev libqt5svg5-dev qttools5-dev
  qttools5-dev-tools                    # lupdate/lrelease: the plugin's translations
  qgis python3-qgis                     # the desktop the plugin runs in, and its Python for the desktop test
  xvfb xauth imagemagick                # the desktop test: a virtual display and `import` screenshots
  libqt5webkit5-dev                     # QGIS 3.22's layout label header needs QtWebKit's
  poppler-utils                         # pdfinfo/pdftotext: tests read the report PDFs
  tesseract-ocr tesseract-ocr-vie       # OCR: tests read the diacritics back from report PNGs
  libgdal-dev gdal-bin libproj-dev       # OGR readers for CSV/XLSX/ODS, ogr2ogr for tests
  libfreexl-dev                         # cell types of .xls annexes (numeric or text)
  libxlsxwriter-dev                     # tests write workbooks with typed, formatted and merged cells
  libsqlite3-dev sqlite3                # the GeoPackage spatial index is packed through SQLite
  googletest libgtest-dev
  qt6-base-dev                          # the engine is also built and tested against Qt6
  qt6-tools-dev qt6-l10n-tools          # Qt6's LinguistTools CMake package and its lrelease: the engine's report texts
  fonts-noto-core                       # a font with every Vietnamese diacritic for map text
  clang libclang-rt-14-dev              # libFuzzer and sanitizer runtimes (scripts/test-robustness.sh)
  util-linux                            # setpriv: a bad-input test runs as an unprivileged user
  postgresql-15 postgresql-15-postgis-3 # the campaign history tests start their own PostGIS server
)

missing=()
for package in "${packages[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" != "install ok installed" ]; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
