#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds the two files that let a pre-July-2025 annex (63 old provinces) be drawn on the 34 provinces
# in force since 1 July 2025:
#  - geodata/vn_provinces_2025.gpkg, layer vn_provinces_2025: the 34 new provinces, geometry and
#    fields code, name, full_name, area_km2 exactly as in the source, plus name_en (plain ASCII of name);
#  - geodata/vn_provinces_2025_crosswalk.csv: old province -> new province, 63 rows, copied byte for
#    byte from the source once it has passed the checks below.
# Both come from ../shared/geodata (see its SOURCE.md, "After the 2025 reform", and README.md here).
#
# Usage: geodata/make_vn_provinces_2025.sh [source dir]   (default: <repo>/../shared/geodata)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
srcdir=${1:-$root/../shared/geodata}
src="$srcdir/vn_provinces_2025.gpkg"
src_cw="$srcdir/vn_provinces_2025_crosswalk.csv"
codes="$here/vn_province_codes.csv"
old_gpkg="$here/vn_provinces.gpkg"
annex="$here/vn_bluezone_2020-08-20.csv"
out="$here/vn_provinces_2025.gpkg"
out_cw="$here/vn_provinces_2025_crosswalk.csv"

die() { echo "make_vn_provinces_2025.sh: $*" >&2; exit 1; }
for f in "$src" "$src_cw" "$codes" "$old_gpkg" "$annex"; do
  [ -r "$f" ] || die "cannot read $f"
  case "$f" in *'"'*) die "path must not contain a double quote: $f" ;; esac
done

tmpdir=$(mktemp -d "$here/.vn_provinces_2025.XXXXXX")
trap 'rm -rf "$tmpdir"' EXIT
tmp="$tmpdir/vn_provinces_2025.gpkg"
tmp_cw="$tmpdir/vn_provinces_2025_crosswalk.csv"
names="$tmpdir/names_en.csv"
annex_codes="$tmpdir/annex_codes.csv"

# Fixed timestamps in the GeoPackage so that reruns give the same file.
export OGR_CURRENT_DATE=2025-07-01T00:00:00.000Z

# --- name_en: plain ASCII of name ("Đắk Lắk" -> "Dak Lak"), as vn_provinces.gpkg has. ---------------
# sed runs byte-wise (LC_ALL=C) on the literal UTF-8 letters, so the result does not depend on the
# locale. The names are NFC (checked by the ASCII test below: a combining mark would survive).
translit='
s/à|á|ả|ã|ạ|ă|ằ|ắ|ẳ|ẵ|ặ|â|ầ|ấ|ẩ|ẫ|ậ/a/g
s/À|Á|Ả|Ã|Ạ|Ă|Ằ|Ắ|Ẳ|Ẵ|Ặ|Â|Ầ|Ấ|Ẩ|Ẫ|Ậ/A/g
s/è|é|ẻ|ẽ|ẹ|ê|ề|ế|ể|ễ|ệ/e/g
s/È|É|Ẻ|Ẽ|Ẹ|Ê|Ề|Ế|Ể|Ễ|Ệ/E/g
s/ì|í|ỉ|ĩ|ị/i/g
s/Ì|Í|Ỉ|Ĩ|Ị/I/g
s/ò|ó|ỏ|õ|ọ|ô|ồ|ố|ổ|ỗ|ộ|ơ|ờ|ớ|ở|ỡ|ợ/o/g
s/Ò|Ó|Ỏ|Õ|Ọ|Ô|Ồ|Ố|Ổ|Ỗ|Ộ|Ơ|Ờ|Ớ|Ở|Ỡ|Ợ/O/g
s/ù|ú|ủ|ũ|ụ|ư|ừ|ứ|ử|ữ|ự/u/g
s/Ù|Ú|Ủ|Ũ|Ụ|Ư|Ừ|Ứ|Ử|Ữ|Ự/U/g
s/ỳ|ý|ỷ|ỹ|ỵ/y/g
s/Ỳ|Ý|Ỷ|Ỹ|Ỵ/Y/g
s/đ/d/g
s/Đ/D/g'
ogr2ogr -f CSV "$tmpdir/names.csv" "$src" -lco STRING_QUOTING=ALWAYS \
  -sql 'SELECT code, name AS name_en FROM vn_provinces_2025 ORDER BY code'
LC_ALL=C sed -E "$translit" "$tmpdir/names.csv" > "$names"

# --- The province layer. --------------------------------------------------------------------------
# The CSV is the main datasource: the SQLite dialect on a GeoPackage runs natively in the GPKG
# driver, which cannot see other datasources, whereas on a CSV it can open the source GeoPackage.
# Layer metadata is not copied (-nomd): the source's only metadata is a bbox of Hà Nội left over from
# the first GeoJSON it was appended from.
sql="SELECT p.code AS code, p.name AS name, p.full_name AS full_name, p.area_km2 AS area_km2,
       e.name_en AS name_en, p.geom AS geom
FROM \"$src\".\"vn_provinces_2025\" p JOIN names_en e ON e.code = p.code
ORDER BY p.code"
ogr2ogr -f GPKG "$tmp" "$names" -dialect SQLITE -sql "$sql" -nomd \
  -nln vn_provinces_2025 -nlt MULTIPOLYGON -a_srs EPSG:4326 -lco GEOMETRY_NAME=geom
ogrinfo -q "$tmp" -sql VACUUM > /dev/null

# --- The crosswalk: byte for byte, checked below. -------------------------------------------------
cat "$src_cw" > "$tmp_cw"   # not cp: the copy gets the usual mode, not the source's read-only one

# The annex's province codes: the column headed "Mã tỉnh" of the header line (line 3; two title
# lines before it), in the rows whose code has 2 digits (the "Toàn quốc" row has none). With the line
# number as a second column, as GDAL's CSV driver does not open a file of one column.
LC_ALL=C awk -F';' '
  { sub(/\r$/, "") }
  NR == 3 { for (i = 1; i <= NF; i++) if ($i == "Mã tỉnh") col = i
            if (!col) { print "no Mã tỉnh column" > "/dev/stderr"; exit 1 }
            print "line,ma_tinh"; next }
  NR > 3 && col && $col ~ /^[0-9][0-9]$/ { print NR "," $col }' "$annex" > "$annex_codes" \
  || die "cannot read the province codes of $annex"

# --- Checks. --------------------------------------------------------------------------------------
# One value from a SQL query (SQLite dialect) on the datasource given as $2 (default: names_en.csv,
# from which the new layer, the source layer and all the other files can be named).
q() {
  ogr2ogr -f CSV /vsistdout/ "${2:-$names}" -dialect SQLITE -sql "$1" | sed -n '2{s/"//g;p}'
}
expect() { # description, query, expected value[, datasource]
  local got
  got=$(q "$2" "${4:-}")
  [ "$got" = "$3" ] || die "check failed: $1: got '$got', expected '$3'"
}
new="\"$tmp\".\"vn_provinces_2025\""
old="\"$src\".\"vn_provinces_2025\""
cw="\"$tmp_cw\".\"vn_provinces_2025_crosswalk\""
codes_t="\"$codes\".\"vn_province_codes\""
old63="\"$old_gpkg\".\"vn_provinces\""
annex_t="\"$annex_codes\".\"annex_codes\""

# The layer.
expect "source features" "SELECT count(*) FROM $old" 34
expect "features" "SELECT count(*) FROM $new" 34
expect "distinct codes" "SELECT count(DISTINCT code) FROM $new" 34
expect "codes with 2 digits" "SELECT count(*) FROM $new WHERE code GLOB '[0-9][0-9]'" 34
expect "MultiPolygons" "SELECT count(*) FROM $new WHERE ST_GeometryType(geom) = 'MULTIPOLYGON'" 34
expect "EPSG:4326" "SELECT count(*) FROM $new WHERE ST_Srid(geom) = 4326" 34
expect "invalid geometries" "SELECT count(*) FROM $new WHERE NOT ST_IsValid(geom)" 0
expect "geometry and fields as in the source" \
  "SELECT count(*) FROM $new n JOIN $old o ON o.code = n.code
   WHERE ST_AsBinary(n.geom) = ST_AsBinary(o.geom) AND n.name = o.name
     AND n.full_name = o.full_name AND n.area_km2 = o.area_km2" 34
expect "full_name = type + name" \
  "SELECT count(*) FROM $new WHERE full_name IN ('Tỉnh ' || name, 'Thành phố ' || name)" 34
expect "name_en plain ASCII letters, spaces and hyphens" \
  "SELECT count(*) FROM $new WHERE name_en <> '' AND name_en NOT GLOB '*[^A-Za-z -]*'" 34
expect "name_en of Đắk Lắk, Hồ Chí Minh, Thanh Hoá" \
  "SELECT group_concat(name_en, '|') FROM (SELECT name_en FROM $new WHERE code IN ('66', '79', '38') ORDER BY code)" \
  "Thanh Hoa|Dak Lak|Ho Chi Minh"
fields=$(ogrinfo -so "$tmp" vn_provinces_2025 | sed -n 's/^\([a-z_0-9]*\): \([A-Za-z]*\) .*/\1:\2/p' | paste -sd,)
[ "$fields" = "code:String,name:String,full_name:String,area_km2:Real,name_en:String" ] \
  || die "check failed: fields are $fields"
[ "$(q "PRAGMA freelist_count" "$tmp")" = 0 ] || die "check failed: the GeoPackage is not vacuumed"
# Known places, each in the province it belongs to since 1 July 2025 (lon lat code).
while read -r name lon lat code; do
  expect "$name lies in $code" \
    "SELECT group_concat(code) FROM $new WHERE ST_Contains(geom, MakePoint($lon, $lat, 4326))" "$code"
done <<'EOF'
Hà_Nội 105.850 21.030 01
Pleiku 108.003 13.983 52
Quy_Nhơn 109.190 13.780 52
Kon_Tum_town 108.000 14.350 51
EOF

# The crosswalk.
iconv -f UTF-8 -t UTF-8 "$tmp_cw" > /dev/null 2>&1 || die "check failed: $src_cw is not UTF-8"
[ "$(head -n 1 "$tmp_cw" | tr -d '\r')" = "old_province_code,old_province,new_province_code,new_province,link" ] \
  || die "check failed: header of $src_cw"
! grep -q '"' "$tmp_cw" || die "check failed: $src_cw has quotes"
[ "$(($(wc -l < "$tmp_cw") - 1))" -eq 63 ] || die "check failed: $src_cw has not 63 rows"
[ "$(LC_ALL=C awk -F, '{ n[NF]++ } END { for (k in n) print k }' "$tmp_cw")" = 5 ] \
  || die "check failed: $src_cw has rows without 5 fields"
expect "crosswalk rows" "SELECT count(*) FROM $cw" 63
expect "distinct old codes" "SELECT count(DISTINCT old_province_code) FROM $cw" 63
expect "old codes with 2 digits" "SELECT count(*) FROM $cw WHERE old_province_code GLOB '[0-9][0-9]'" 63
expect "vn_province_codes.csv has 63 distinct codes" "SELECT count(DISTINCT ma_tinh) FROM $codes_t" 63
expect "vn_provinces.gpkg has 63 distinct codes" "SELECT count(DISTINCT ma_tinh) FROM $old63" 63
expect "the annex has 63 distinct codes in 63 rows" \
  "SELECT count(*) || ':' || count(DISTINCT ma_tinh) FROM $annex_t" "63:63"
expect "old codes in vn_province_codes.csv" \
  "SELECT count(*) FROM $cw WHERE old_province_code IN (SELECT ma_tinh FROM $codes_t)" 63
expect "old codes in vn_provinces.gpkg" \
  "SELECT count(*) FROM $cw WHERE old_province_code IN (SELECT ma_tinh FROM $old63)" 63
expect "old codes in the annex" \
  "SELECT count(*) FROM $cw WHERE old_province_code IN (SELECT ma_tinh FROM $annex_t)" 63
expect "new codes in the layer" \
  "SELECT count(*) FROM $cw WHERE new_province_code IN (SELECT code FROM $new)" 63
expect "every province of the layer is a new code" "SELECT count(DISTINCT new_province_code) FROM $cw" 34
expect "links all full (no old province split)" "SELECT count(*) FROM $cw WHERE link = 'full'" 63
# The names agree with the codes, so a code means the same province on both sides. Compared without
# the type ("Tỉnh", "Thành phố": the crosswalk has "Tỉnh Đồng Nai", the layer "Thành phố Đồng Nai") and
# with one tone placement (the crosswalk has "Thanh Hóa", "Khánh Hòa", "Hoà Bình", the other files
# "Thanh Hoá", "Khánh Hoà", "Hòa Bình").
bare() { echo "replace(replace(replace(replace($1, 'Thành phố ', ''), 'Tỉnh ', ''), 'óa', 'oá'), 'òa', 'oà')"; }
expect "new names agree with the layer" \
  "SELECT count(*) FROM $cw c JOIN $new n ON n.code = c.new_province_code
   WHERE $(bare c.new_province) = $(bare n.name)" 63
# Old code 46 is "Thành phố Huế" in the crosswalk (a city under the centre since 1 January 2025) and
# "Thừa Thiên Huế" in the 2020 files.
expect "old names agree with vn_province_codes.csv, except 46 (Huế)" \
  "SELECT group_concat(c.old_province_code) FROM $cw c JOIN $codes_t t ON t.ma_tinh = c.old_province_code
   WHERE $(bare c.old_province) <> $(bare t.ten)" 46
# Known links: the new Gia Lai is the old Gia Lai and the old Bình Định (old code 64 is gone, code 52
# now means the new Gia Lai); Kon Tum is now part of Quảng Ngãi.
expect "old provinces of new 52 (Gia Lai)" \
  "SELECT group_concat(old_province_code) FROM (SELECT old_province_code FROM $cw WHERE new_province_code = '52' ORDER BY 1)" "52,64"
expect "old provinces of new 51 (Quảng Ngãi)" \
  "SELECT group_concat(old_province_code) FROM (SELECT old_province_code FROM $cw WHERE new_province_code = '51' ORDER BY 1)" "51,62"
expect "old 64 (Gia Lai) is no new code" "SELECT count(*) FROM $new WHERE code IN ('62', '64')" 0

cmp -s "$src_cw" "$tmp_cw" || die "check failed: the crosswalk copy differs from $src_cw"
mv -f "$tmp" "$out"
mv -f "$tmp_cw" "$out_cw"
echo "wrote $out (34 provinces) and $out_cw (63 old provinces)"
