#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Benchmarks against the peers, in one run on this machine (see BENCHMARKS.md):
#   bench/run_benchmarks.sh [SIZES...]        default sizes: 1000 10000 100000
# Generates the synthetic communes once (build/bench-data), builds with the benchmarks, runs the
# Google Benchmark stages, then times whole processes with /usr/bin/time (wall seconds, peak RSS):
# coverage-map, (a) OGR reading the boundaries, (b) QGIS rendering the joined layer with a plain
# graduated renderer, (c) qgis_process joinattributestable then (b), (d) a geopandas script.
# Writes build/bench-results/summary.md and the raw logs beside it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
data="$root/build/bench-data"
results="$root/build/bench-results"
repeats="${BENCH_REPEATS:-5}"
mkdir -p "$data" "$results"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

if ! /usr/bin/python3 -c 'import geopandas' 2>/dev/null || ! command -v qgis_process >/dev/null || [ ! -x /usr/bin/time ]; then
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -q && $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-geopandas qgis time libbenchmark-dev
fi
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACV_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$root/build" --parallel "$(nproc)" --target coverage-map acv_benchmarks

for n in "${sizes[@]}"; do
  [ -f "$data/communes_${n}.gpkg" ] || /usr/bin/python3 "$root/bench/make_synthetic.py" "$n" "$data" >/dev/null
done

# Debian's qgis_process wrapper passes /etc/default/qgis's QGIS_OPTS (--noversioncheck), which
# the 3.22 binary refuses; call the binary itself.
qgis_process="$(command -v qgis_process.bin || command -v qgis_process)"

filter="$(printf '/%s/|' "${sizes[@]}")"
ACV_BENCH_DATA="$data" "$root/build/bench/acv_benchmarks" --benchmark_filter="${filter%|}" --benchmark_min_time=0.2 \
  --benchmark_out="$results/stages.json" --benchmark_out_format=json | tee "$results/stages.txt"

# Whole processes, in rounds: each round runs every tool once, one after the other, so that a
# slow spell of this shared VM falls on all of them rather than on one tool's runs. A tool's
# figure is its best wall time over the rounds, with that run's peak RSS.
run_once() {
  local name="$1" n="$2"; shift 2
  /usr/bin/time -f "%e %M" -o "$results/time.txt" "$@" >"$results/${name}_${n}.log" 2>&1 || { echo "$name $n failed: see $results/${name}_${n}.log" >&2; return 1; }
  read -r wall rss <"$results/time.txt"
  echo "$name $n $wall $rss" >>"$results/runs.txt"
  if [ -z "${best[$name]:-}" ] || awk "BEGIN{exit !($wall < ${best[$name]})}"; then best[$name]="$wall"; best_rss[$name]="$rss"; fi
}

: >"$results/processes.txt"
: >"$results/runs.txt"
tools=(coverage-map a_ogr_read b_qgis_render c_qgis_process_join c_then_b_render d_geopandas)
for n in "${sizes[@]}"; do
  work="$results/work_$n"; rm -rf "$work"; mkdir -p "$work"
  declare -A best=() best_rss=()
  for _ in $(seq "$repeats"); do
    run_once coverage-map "$n" "$root/build/plugin/app/coverage-map" --boundaries "$data/communes_${n}.gpkg" \
      --stats "$data/communes_${n}_bluezone.csv" --joined "$work/joined.gpkg" --out "$work/map.png"
    run_once a_ogr_read "$n" ogrinfo -ro -al -q "$data/communes_${n}.gpkg"
    run_once b_qgis_render "$n" /usr/bin/python3 "$root/bench/qgis_render.py" "$work/joined.gpkg" coverage_pct "$work/b.png"
    run_once c_qgis_process_join "$n" "$qgis_process" run native:joinattributestable --INPUT="$data/communes_${n}.gpkg" --FIELD=ma_xa \
      --INPUT_2="$data/communes_${n}_plain.csv" --FIELD_2=ma_xa --METHOD=1 --OUTPUT="$work/c.gpkg"
    run_once c_then_b_render "$n" /usr/bin/python3 "$root/bench/qgis_render.py" "$work/c.gpkg" '"installs" / "smartphones" * 100' "$work/c.png"
    run_once d_geopandas "$n" /usr/bin/python3 "$root/bench/geopandas_map.py" "$data/communes_${n}.gpkg" "$data/communes_${n}_plain.csv" "$work/d.png"
  done
  for name in "${tools[@]}"; do
    echo "$name $n ${best[$name]} ${best_rss[$name]}" | tee -a "$results/processes.txt"
  done
  unset best best_rss
done
# What the plugin adds to QGIS's start-up: the desktop test times each of its 10 reloads through
# QGIS's Plugin Manager (library load, classFactory, initGui, provider registration), and
# bench/plugin_cold_load.py the library's first load from a cold disk.
cmake --build "$root/build" --parallel "$(nproc)" --target adoptioncoverageplugin
(cd "$root/build" && ctest -R 'desktop.PluginInQgis.en' --output-on-failure >"$results/desktop.log" 2>&1) || echo "desktop test failed: see $results/desktop.log" >&2
# The library's own load from a cold disk (page cache dropped when run as root), three times.
: >"$results/plugin_cold.txt"
for _ in 1 2 3; do
  /usr/bin/python3 "$root/bench/plugin_cold_load.py" "$root/build/plugin/gui/libadoptioncoverageplugin.so" >>"$results/plugin_cold.txt" || echo "plugin cold load failed" >&2
done
/usr/bin/python3 "$root/bench/summarize.py" "$results/processes.txt" "$results/stages.json" "$root/build/test-artifacts/desktop_result_en.json" "$results/plugin_cold.txt" | tee "$results/summary.md"
