#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Peer (d): what an analyst's geopandas script does: read the boundaries and an annex with exact
code keys, merge, compute coverage, draw a choropleth at 1600x1200 and save it.

    bench/geopandas_map.py BOUNDARIES.gpkg PLAIN.csv OUT.png
"""
import sys

import geopandas
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas  # noqa: E402

boundaries = geopandas.read_file(sys.argv[1])
annex = pandas.read_csv(sys.argv[2], dtype={"ma_xa": str})
joined = boundaries.merge(annex, on="ma_xa", how="left")
joined["coverage_pct"] = joined["installs"] / joined["smartphones"] * 100
figure, axes = plt.subplots(figsize=(16, 12), dpi=100)
joined.plot(column="coverage_pct", cmap="YlGnBu", edgecolor="#606060", linewidth=0.2, legend=True, ax=axes,
            missing_kwds={"color": "lightgrey", "hatch": "///"})
axes.set_axis_off()
figure.savefig(sys.argv[3], dpi=100)
