#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds geodata/vn_provinces.gpkg (layer vn_provinces, EPSG:4326, 63 MultiPolygons) from the
# Natural Earth admin-1 polygons that QGIS ships (world_map.gpkg, layer states_provinces).
# Names and GSO codes come from geodata/vn_province_codes.csv, joined on the NE field gn_name.
# Two islands NE puts in the wrong province are moved (see README.md, "Natural Earth problems").
#
# Usage: geodata/make_vn_provinces.sh [path/to/world_map.gpkg]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=${1:-/usr/share/qgis/resources/data/world_map.gpkg}
codes="$here/vn_province_codes.csv"
out="$here/vn_provinces.gpkg"

die() { echo "make_vn_provinces.sh: $*" >&2; exit 1; }
[ -r "$src" ] || die "cannot read $src"
[ -r "$codes" ] || die "cannot read $codes"
case "$src" in *'"'*) die "path must not contain a double quote: $src" ;; esac

tmpdir=$(mktemp -d "$here/.vn_provinces.XXXXXX")
trap 'rm -rf "$tmpdir"' EXIT
tmp="$tmpdir/vn_provinces.gpkg"

# Fixed timestamps in the GeoPackage so that reruns give the same file.
export OGR_CURRENT_DATE=2020-08-20T00:00:00.000Z

# Every NE part is kept as it is, except the parts whose centroid lies in a box of "moves":
# those go to the province named in to_gn.
#  - Côn Sơn / Côn Đảo (106.56-106.66 E, 8.65-8.77 N): NE has it in Sóc Trăng; it is a district
#    of Bà Rịa - Vũng Tàu (since 1991).
#  - Cát Bà (106.91-107.11 E, 20.70-20.88 N): NE has it in Quảng Ninh; it is in Cát Hải district
#    of Hải Phòng.
sql="
WITH RECURSIVE
  n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100),
  ne AS (SELECT gn_name, name, geom FROM \"$src\".\"states_provinces\" WHERE adm0_a3 = 'VNM'),
  moves(from_gn, to_gn, box) AS (VALUES
    ('Tinh Soc Trang',  'Tinh Ba Ria-Vung Tau', BuildMbr(106.40, 8.50, 106.80, 8.90, 4326)),
    ('Tinh Quang Ninh', 'Thanh Pho Hai Phong',  BuildMbr(106.90, 20.69, 107.12, 20.85, 4326))),
  parts AS (
    SELECT ne.gn_name AS src, n.i AS i, ST_GeometryN(ne.geom, n.i) AS g
    FROM ne JOIN n ON n.i <= ST_NumGeometries(ne.geom)),
  assigned AS (
    SELECT COALESCE((SELECT m.to_gn FROM moves m
                     WHERE m.from_gn = p.src AND ST_Within(ST_Centroid(p.g), m.box)), p.src) AS gn,
           p.src AS src, p.i AS i, p.g AS g
    FROM parts p ORDER BY gn, src, i),
  merged AS (SELECT gn, ST_Multi(ST_Collect(g)) AS geom FROM assigned GROUP BY gn)
SELECT c.ma_tinh AS ma_tinh, c.ten_tinh AS ten_tinh, c.ten AS ten, c.name_en AS name_en,
       ne.name AS ne_name, ne.gn_name AS ne_gn_name, merged.geom AS geom
FROM ne
JOIN vn_province_codes c ON c.ne_gn_name = ne.gn_name
JOIN merged ON merged.gn = ne.gn_name
ORDER BY c.ma_tinh"

# The CSV is the main datasource: the SQLite dialect on a GeoPackage runs natively in the GPKG
# driver, which cannot see other datasources, whereas on a CSV it can open world_map.gpkg.
ogr2ogr -f GPKG "$tmp" "$codes" -dialect SQLITE -sql "$sql" \
  -nln vn_provinces -nlt MULTIPOLYGON -a_srs EPSG:4326 -lco GEOMETRY_NAME=geom

# One value from a SQL query on the result (or on the datasource given as $2).
q() {
  ogr2ogr -f CSV /vsistdout/ "${2:-$tmp}" -dialect SQLITE -sql "$1" | sed -n '2{s/"//g;p}'
}
ne_vnm="\"$src\".\"states_provinces\" WHERE adm0_a3 = 'VNM'"
expect() { # description, query, expected value
  local got
  got=$(q "$2")
  [ "$got" = "$3" ] || die "check failed: $1: got '$got', expected '$3'"
}

ncodes=$(($(wc -l < "$codes") - 1))
[ "$ncodes" -eq 63 ] || die "$codes has $ncodes rows, expected 63"
[ "$(q "SELECT count(*) FROM $ne_vnm" "$codes")" = 63 ] || die "NE no longer has 63 Vietnamese features"
expect "features" "SELECT count(*) FROM vn_provinces" 63
expect "distinct ma_tinh" "SELECT count(DISTINCT ma_tinh) FROM vn_provinces" 63
expect "distinct ne_gn_name" "SELECT count(DISTINCT ne_gn_name) FROM vn_provinces" 63
expect "ma_tinh with 2 digits" \
  "SELECT count(*) FROM vn_provinces WHERE ma_tinh GLOB '[0-9][0-9]'" 63
expect "ten_tinh = type + ten" \
  "SELECT count(*) FROM vn_provinces WHERE ten_tinh IN ('Tỉnh ' || ten, 'Thành phố ' || ten)" 63
expect "MultiPolygons" \
  "SELECT count(*) FROM vn_provinces WHERE ST_GeometryType(geom) = 'MULTIPOLYGON'" 63
expect "invalid geometries" "SELECT count(*) FROM vn_provinces WHERE NOT ST_IsValid(geom)" 0
expect "polygon parts, all kept once" "SELECT sum(ST_NumGeometries(geom)) FROM vn_provinces" \
  "$(q "SELECT sum(ST_NumGeometries(geom)) FROM $ne_vnm" "$codes")"
expect "moved islands (Sóc Trăng, Bà Rịa - Vũng Tàu, Quảng Ninh, Hải Phòng parts)" \
  "SELECT group_concat(ma_tinh || ':' || ST_NumGeometries(geom)) FROM vn_provinces
   WHERE ma_tinh IN ('22', '31', '77', '94')" "22:12,31:2,77:4,94:2"
# Known places, each in the province it belongs to (lon lat code): the three NE features that carry
# region names, the two moved islands, and Gia Lai.
while read -r name lon lat code; do
  expect "$name lies in $code" \
    "SELECT group_concat(ma_tinh) FROM vn_provinces WHERE ST_Contains(geom, MakePoint($lon, $lat, 4326))" \
    "$code"
done <<'EOF'
Bắc_Kạn_town 105.834 22.147 06
Hưng_Yên_city 106.051 20.646 33
Biên_Hòa 106.843 10.957 75
Côn_Sơn_island 106.610 8.700 77
Cát_Bà_island 107.020 20.790 31
Pleiku 108.003 13.983 64
EOF

mv -f "$tmp" "$out"
echo "wrote $out (63 provinces)"
