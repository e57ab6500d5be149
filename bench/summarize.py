#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Turns one benchmark run into the tables of BENCHMARKS.md: whole processes, the ratios the
targets are stated in (pass/miss), and the stages.

    bench/summarize.py processes.txt stages.json [desktop_result.json [plugin_cold.txt]]
"""
import json
import sys
from collections import defaultdict

runs = defaultdict(dict)
for line in open(sys.argv[1], encoding="utf-8"):
    name, n, wall, rss = line.split()
    runs[int(n)][name] = (float(wall), int(rss) / 1024.0)
sizes = sorted(runs)

print("### Whole processes (best of the repeats: wall seconds / peak RSS MiB)\n")
names = ["coverage-map", "a_ogr_read", "b_qgis_render", "c_qgis_process_join", "c_then_b_render", "d_geopandas"]
print("| communes | " + " | ".join(names) + " |")
print("|---|" + "---|" * len(names))
for n in sizes:
    cells = [f"{runs[n][x][0]:.2f} s / {runs[n][x][1]:.0f}" if x in runs[n] else "–" for x in names]
    print(f"| {n:,} | " + " | ".join(cells) + " |")


def verdict(ok):
    return "meets" if ok else "**misses**"


print("\n### Targets\n")
print("| communes | coverage-map ÷ (b) ≤ 1.5 | ((c)+(b)) ÷ coverage-map ≥ 2 | (d) ÷ coverage-map ≥ 2 | peak RSS ÷ (b) ≤ 1.5 |")
print("|---|---|---|---|---|")
for n in sizes:
    r = runs[n]
    ours, ours_rss = r["coverage-map"]
    b, b_rss = r["b_qgis_render"]
    cb = r["c_qgis_process_join"][0] + r["c_then_b_render"][0]
    d = r["d_geopandas"][0]
    print(f"| {n:,} | {ours / b:.2f} ({verdict(ours / b <= 1.5)}) | {cb / ours:.2f} ({verdict(cb / ours >= 2)}) | "
          f"{d / ours:.2f} ({verdict(d / ours >= 2)}) | {ours_rss / b_rss:.2f} ({verdict(ours_rss / b_rss <= 1.5)}) |")
if 10000 in runs and 100000 in runs:
    growth = runs[100000]["coverage-map"][0] / runs[10000]["coverage-map"][0]
    print(f"\nGrowth of a whole coverage-map run from 10 000 to 100 000 communes: {growth:.1f}× "
          f"({verdict(growth <= 12)} the ≤ 12× target).")

stages = defaultdict(dict)
for bench in json.load(open(sys.argv[2], encoding="utf-8"))["benchmarks"]:
    name, n = bench["name"].split("/")[:2]
    stages[name][int(n)] = bench["real_time"]
print("\n### Stages in one process (Google Benchmark, wall ms)\n")
print("| stage | " + " | ".join(f"{n:,}" for n in sizes) + " |")
print("|---|" + "---|" * len(sizes))
for name, times in stages.items():
    print(f"| {name.removeprefix('BM_')} | " + " | ".join(f"{times[n]:.1f}" if n in times else "–" for n in sizes) + " |")

if len(sys.argv) > 3:
    try:
        checks = json.load(open(sys.argv[3], encoding="utf-8"))["checks"]
        detail = next(c["detail"] for c in checks if c["name"] == "seconds per part")
        loads = [part for part in detail.split(", ") if part.startswith("plugin load")]
        print("\n### Plugin load (desktop test, 10 reloads through QGIS's Plugin Manager)\n")
        for part in loads:
            name, value = part.rsplit(" ", 1)
            print(f"- {name}: {value}")
        if len(sys.argv) > 4:
            colds = [line.strip() for line in open(sys.argv[4], encoding="utf-8") if line.strip()]
            print(f"- library's first load from a cold disk (bench/plugin_cold_load.py): {'; '.join(colds)}")
        print("- target: loading the plugin adds at most 50 ms to QGIS's start-up")
    except (OSError, KeyError, StopIteration, ValueError) as error:
        print(f"\nPlugin load: not measured ({error})")
