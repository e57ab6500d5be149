#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Synthetic communes for benchmarks: a hexagon tessellation over Vietnam with Vietnamese-style
names and codes, and an annex whose names are written the many ways districts send them.

    bench/make_synthetic.py N OUT_DIR

writes OUT_DIR/communes_N.gpkg (layer "communes": ma_xa, ten_xa, ten_huyen) and
OUT_DIR/communes_N_bluezone.csv (";"-separated, Vietnamese numbers, a title row, shuffled rows),
plus OUT_DIR/communes_N_plain.csv (code and figures only, English numbers) for tools that can only
join on exact keys. Everything is ILLUSTRATIVE: invented names, invented figures, fixed seed.
Run with Debian's python3 (python3-gdal).
"""
import math
import os
import random
import sys
import unicodedata

from osgeo import ogr, osr

ogr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
PROVINCES = os.path.join(HERE, "..", "geodata", "vn_provinces.gpkg")

# Syllables whose forms without diacritics are all different, so names stay unique however
# they are written.
SYLLABLES = """An Bình Cường Dũng Đông Giang Hải Hưng Khánh Lâm Long Lộc Minh Mỹ Nam Nghĩa
Ngọc Nhơn Phong Phú Phước Quang Quới Sơn Tân Thạnh Thành Thịnh Thuận Thủy Tiến Toàn Trung
Tuấn Văn Vĩnh Xuân Yên Bảo Cát Châu Diên Đạt Điền Đức Hà Hậu Hiệp Hòa Hồng Kim Lạc Lợi Lương
Mai Ninh Phụng Quý Sang Tài Thái Thắng Thiện Tịnh Trà Trí Trường Tường Uyên Vạn Viên Vinh
Vọng Xương""".split()

TYPES = [("Xã", "X."), ("Phường", "P."), ("Thị trấn", "TT.")]


def fold(text):
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def unique_names(count, rng):
    seen = set()
    names = []
    # Two syllables first, then three: 80² gives 6 400, 80³ gives 512 000 different bodies.
    while len(names) < count:
        parts = 2 if len(seen) < 0.6 * len(SYLLABLES) ** 2 else 3
        body = " ".join(rng.choice(SYLLABLES) for _ in range(parts))
        key = fold(body).lower()
        if key in seen or len(set(body.split())) < parts:
            continue
        seen.add(key)
        names.append(body)
    return names


def vietnam_outline():
    dataset = ogr.Open(PROVINCES)
    layer = dataset.GetLayer(0)
    union = None
    for feature in layer:
        geometry = feature.GetGeometryRef().Clone()
        union = geometry if union is None else union.Union(geometry)
    # A coarse outline is enough to decide which cells are Vietnam; it keeps the test fast.
    return union.SimplifyPreserveTopology(0.02)


def hexagon(cx, cy, size):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for i in range(7):
        angle = math.radians(60 * (i % 6) + 30)
        ring.AddPoint_2D(cx + size * math.cos(angle), cy + size * math.sin(angle))
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


def hex_centres(outline, size):
    minx, maxx, miny, maxy = outline.GetEnvelope()
    dx = math.sqrt(3) * size
    dy = 1.5 * size
    centres = []
    row = 0
    y = miny
    while y <= maxy + size:
        x = minx + (dx / 2 if row % 2 else 0)
        while x <= maxx + size:
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(x, y)
            if outline.Contains(point):
                centres.append((x, y))
            x += dx
        y += dy
        row += 1
    return centres


def main():
    count = int(sys.argv[1])
    out_dir = sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(20200820 + count)
    outline = vietnam_outline()
    # Hexagon area 3√3/2·s²: pick s so the outline holds a few more cells than asked, then keep count.
    size = math.sqrt(outline.GetArea() / count / (3 * math.sqrt(3) / 2)) * 0.97
    centres = hex_centres(outline, size)
    while len(centres) < count:
        size *= 0.97
        centres = hex_centres(outline, size)
    centres = centres[:count]

    names = unique_names(count, rng)
    districts = unique_names(max(1, count // 15) + 1, random.Random(7))
    gpkg = os.path.join(out_dir, f"communes_{count}.gpkg")
    if os.path.exists(gpkg):
        os.remove(gpkg)
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(gpkg)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = dataset.CreateLayer("communes", srs, ogr.wkbPolygon)
    for field in ("ma_xa", "ten_xa", "ten_huyen"):
        layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
    rows = []
    dataset.StartTransaction()
    for index, ((x, y), body) in enumerate(zip(centres, names)):
        full_type, short_type = TYPES[0] if rng.random() < 0.8 else rng.choice(TYPES[1:])
        name = f"{full_type} {body}"
        code = f"{index + 1:06d}"
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("ma_xa", code)
        feature.SetField("ten_xa", name)
        feature.SetField("ten_huyen", "Huyện " + districts[index // 15])
        feature.SetGeometry(hexagon(x, y, size))
        layer.CreateFeature(feature)
        population = rng.randint(3000, 40000)
        smartphones = int(population * rng.uniform(0.3, 0.55))
        installs = int(smartphones * rng.betavariate(2, 4))
        style = rng.random()
        if style < 0.40:
            written = name
        elif style < 0.55:
            written = f"{short_type} {body}"
        elif style < 0.70:
            written = body
        elif style < 0.80:
            written = fold(name)
        elif style < 0.90:
            written = unicodedata.normalize("NFD", name)
        else:
            written = name.upper()
        rows.append((written, code, population, smartphones, installs))
    dataset.CommitTransaction()
    dataset = None

    rng.shuffle(rows)
    vi = lambda n: f"{n:,}".replace(",", ".")
    with open(os.path.join(out_dir, f"communes_{count}_bluezone.csv"), "w", encoding="utf-8") as annex:
        annex.write(f"SỐ LIỆU CÀI ĐẶT THEO XÃ ({count} xã) — DỮ LIỆU TỔNG HỢP MINH HỌA / SYNTHETIC, ILLUSTRATIVE\n")
        annex.write("STT;Đơn vị;Dân số;Số người dùng ĐTTM;Số lượt cài đặt\n")
        for number, (written, code, population, smartphones, installs) in enumerate(rows, 1):
            annex.write(f"{number};{written};{vi(population)};{vi(smartphones)};{vi(installs)}\n")
    with open(os.path.join(out_dir, f"communes_{count}_plain.csv"), "w", encoding="utf-8") as plain:
        plain.write("ma_xa,population,smartphones,installs\n")
        for written, code, population, smartphones, installs in rows:
            plain.write(f"{code},{population},{smartphones},{installs}\n")
    print(gpkg)


if __name__ == "__main__":
    main()
