#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Writes the bad and hostile inputs of tests/data/bad/ (run it again after changing it; the files
are committed so the tests need neither Python nor GDAL's Python bindings).

Each file is small and holds one problem. tests/e2e/testbadinputs.cpp runs coverage-map on each
and says what must happen (exit code, the message, nothing written). Text files that show their
problem plainly are written here too, so that one script explains every byte of tests/data/bad/.

Needs Debian's python3-openpyxl and python3-gdal (/usr/bin/python3). Output is reproducible:
fixed zip times, fixed random seed.

The small boundary layers are three squares standing in for three Gia Lai localities, paired with
ok_stats.csv; the statistics cases are joined with the real Gia Lai districts.
"""
import io
import random
import struct
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from osgeo import ogr, osr

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
FIXED_TIME = (2020, 8, 20, 0, 0, 0)
gdal_quiet = ogr.UseExceptions()

HEADER = "Đơn vị;Số lượt cài đặt;Số người dùng ĐTTM"
ROWS = [("TP. Pleiku", "29.178", "129.015"), ("TX An Khê", "19.297", "30.039"), ("Thị xã Ayun Pa", "11.326", "18.199")]
NAMES = ["Thành phố Pleiku", "Thị xã An Khê", "Thị xã Ayun Pa"]


def write(name, data):
    path = HERE / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def csv(rows, header=HEADER):
    return "\n".join([header] + [";".join(r) for r in rows]) + "\n"


def windows1258(text):
    """Windows-1258 bytes: the letter (with its circumflex, breve or horn, which have bytes of
    their own) then its tone as a combining byte. Python's cp1258 codec has no composition."""
    import unicodedata
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for c in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", c)
        tone = "".join(p for p in parts if p in tones)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in tones))
        out += (base + tone).encode("cp1258")
    return out


def square(x, y, size=0.1):
    return [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]


def geojson(features):
    """A GeoJSON FeatureCollection from (name, geometry-json-or-None) pairs, written by hand so
    that broken geometries stay exactly as broken as intended."""
    import json
    out = {"type": "FeatureCollection", "features": []}
    for name, geometry in features:
        out["features"].append({"type": "Feature", "properties": {"name": name}, "geometry": geometry})
    return json.dumps(out, ensure_ascii=False, indent=1) + "\n"


def polygon(ring):
    return {"type": "Polygon", "coordinates": [ring]}


def good_features():
    return [(n, polygon(square(108.0 + 0.2 * i, 14.0))) for i, n in enumerate(NAMES)]


def zip_bytes(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in entries:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content)
    return buffer.getvalue()


def xlsx_bytes(rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Huyen"
    for r in rows:
        ws.append(list(r))
    raw = io.BytesIO()
    wb.save(raw)
    # Rewrite with fixed times so the file is reproducible.
    out = []
    with zipfile.ZipFile(raw) as z:
        for info in z.infolist():
            content = z.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                content = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2020-08-20T00:00:00Z", content)
            out.append((info.filename, content))
    return zip_bytes(out)


def cfb_encrypted_package():
    """An Office file encrypted with a password ("Agile encryption"): an OLE compound file holding
    EncryptionInfo and EncryptedPackage streams instead of a zip. This is what Excel writes to
    .xlsx when a password is set. Streams are stored in regular 512-byte sectors (each is at least
    4096 bytes, the mini-stream cutoff), which keeps this writer short and the file valid."""
    rng = random.Random(1258)
    info = struct.pack("<HHI", 4, 4, 0x40) + b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>'
    info = info.ljust(4096, b"\0")
    package = struct.pack("<Q", 8192) + bytes(rng.getrandbits(8) for _ in range(8192))
    package = package.ljust(((len(package) + 511) // 512) * 512, b"\0")
    streams = [("EncryptionInfo", info), ("EncryptedPackage", package)]
    # Sector layout: 0 = FAT, 1 = directory, then the streams.
    sectors = [b"", b""]
    starts = []
    fat = [0xFFFFFFFD, 0xFFFFFFFE]  # FAT sector, directory chain end
    for _, data in streams:
        n = len(data) // 512
        starts.append(len(sectors))
        for k in range(n):
            sectors.append(data[k * 512:(k + 1) * 512])
            fat.append(len(sectors) if k + 1 < n else 0xFFFFFFFE)
    fat += [0xFFFFFFFF] * (128 - len(fat))
    sectors[0] = struct.pack("<128I", *fat)

    def entry(name, kind, start, size, child=0xFFFFFFFF, left=0xFFFFFFFF, right=0xFFFFFFFF):
        encoded = (name + "\0").encode("utf-16-le")
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", left, right, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
                + struct.pack("<IQ", start, size))
    directory = entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1)
    directory += entry("EncryptionInfo", 2, starts[0], len(streams[0][1]), right=2)
    directory += entry("EncryptedPackage", 2, starts[1], len(streams[1][1]))
    directory += b"\0" * 128
    sectors[1] = directory
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0))
    header += struct.pack("<I", 0) + struct.pack("<108I", *([0xFFFFFFFF] * 108))
    assert len(header) == 512
    return header + b"".join(sectors)


def shapefile(stem, features, prj=True, geometry=ogr.wkbPolygon):
    """A Shapefile written by OGR from (name, WKT) pairs; returns its sidecar paths."""
    path = HERE / f"{stem}.shp"
    driver = ogr.GetDriverByName("ESRI Shapefile")
    if path.exists():
        driver.DeleteDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds = driver.CreateDataSource(str(path))
    layer = ds.CreateLayer(stem, srs if prj else None, geometry, ["ENCODING=UTF-8"])
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for name, wkt in features:
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("name", name)
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(f)
    ds = None
    return {s: HERE / f"{stem}.{s}" for s in ("shp", "shx", "dbf", "prj", "cpg")}


def square_wkt(i):
    ring = square(108.0 + 0.2 * i, 14.0)
    return "POLYGON((" + ",".join(f"{x} {y}" for x, y in ring) + "))"


def main():
    rng = random.Random(63)

    # --- the good small pair that the boundary cases share
    write("ok_stats.csv", csv(ROWS))
    write("ok_boundaries.geojson", geojson(good_features()))

    # --- broken statistics files
    write("empty.csv", b"")
    write("header_only.csv", HEADER + "\n")
    write("no_header.csv", "\n".join(";".join(r) for r in ROWS) + "\n")
    write("wrong_delimiter.csv", "\n".join(":".join(r) for r in [tuple(HEADER.split(";"))] + ROWS) + "\n")
    write("unclosed_quote.csv", csv(ROWS[:1] + [('"TX An Khê', "19.297", "30.039")] + ROWS[2:]))
    garbage = bytes(rng.getrandbits(8) for _ in range(2048))
    write("binary_garbage.csv", garbage)
    write("binary_no_nul.csv", bytes(b if b else 0xFF for b in garbage))  # not text, yet no NUL
    write("utf16.csv", "\ufeff".encode("utf-16-le") + csv(ROWS).replace("\n", "\r\n").encode("utf-16-le"))
    good_xlsx = xlsx_bytes([HEADER.split(";")] + [(n, int(i.replace(".", "")), int(s.replace(".", ""))) for n, i, s in ROWS])
    write("xlsx_named.csv", good_xlsx)
    write("other_zip.xlsx", zip_bytes([("readme.txt", "Không phải bảng tính.\n"), ("data/rows.csv", csv(ROWS))]))
    write("truncated.xlsx", good_xlsx[: len(good_xlsx) // 2])
    write("password.xlsx", cfb_encrypted_package())
    write("csv_named.xlsx", csv(ROWS))
    write("good.xlsx", good_xlsx)

    # --- wrong structure
    write("missing_key_column.csv", csv([r[1:] for r in ROWS], header="Số lượt cài đặt;Số người dùng ĐTTM"))
    write("missing_installs_column.csv", csv([(r[0], r[2]) for r in ROWS], header="Đơn vị;Số người dùng ĐTTM"))
    write("no_denominator.csv", csv([r[:2] for r in ROWS], header="Đơn vị;Số lượt cài đặt"))
    write("duplicate_columns.csv", csv([r + (r[1],) for r in ROWS], header=HEADER + ";Số lượt cài đặt"))
    write("duplicate_locality.csv", csv(ROWS + [("TP Pleiku", "30.001", "129.015")]))
    write("duplicate_locality_spelling.csv", csv(ROWS + [("Thành phố PLEIKU", "29.178", "130.000")]))
    write("figures_without_name.csv", csv(ROWS + [("", "1.000", "2.000")]))

    # --- mapping files (the analyst's pairs)
    write("ok_mapping.csv", "statistics,boundary\nAyun Pa,Thị xã Ayun Pa\n")
    write("mapping_conflict.csv", "statistics,boundary\nTX An Khê,Thị xã An Khê\nTX An Khê,Thị xã Ayun Pa\n")
    write("mapping_three_columns.csv", "statistics,boundary\nTX An Khê,Thị xã An Khê,Gia Lai\n")
    write("mapping_empty_cell.csv", "statistics,boundary\nTX An Khê,\n")

    # --- bad values
    def one_bad(installs="19.297", smartphones="30.039"):
        return csv([ROWS[0], ("TX An Khê", installs, smartphones), ROWS[2]])
    write("negative_installs.csv", one_bad(installs="-19.297"))
    write("installs_above_smartphones.csv", one_bad(installs="31.000"))
    write("text_in_number.csv", one_bad(installs="khoảng 19 nghìn"))
    write("bad_groups.csv", one_bad(installs="1.234,5,6"))
    write("bad_groups_short.csv", one_bad(installs="1.23.456"))
    write("huge_1e308.csv", one_bad(installs="1e308"))
    write("too_large_1e309.csv", one_bad(installs="1e309"))
    write("two_pow_63.csv", one_bad(installs="9223372036854775808"))
    write("percent_in_count.csv", one_bad(installs="64,24 %"))
    write("mixed_styles.csv", csv([("TP. Pleiku", "29.178,5", "129.015"), ("TX An Khê", "19,297.5", "30.039"), ROWS[2]]))
    write("infinity.csv", one_bad(installs="inf"))
    write("nan.csv", one_bad(installs="NaN"))

    # --- bad text
    write("long_name.csv", csv([ROWS[0], ("Huyện " + "Kông Chro " * 1000, "19.297", "30.039"), ROWS[2]]))
    write("name_normalizes_to_nothing.csv", csv([ROWS[0], ("– ... –", "19.297", "30.039"), ROWS[2]]))
    write("control_characters.csv", csv([ROWS[0], ("TX An\x07 Kh\x1bê", "19.297", "30.039"), ROWS[2]]))
    write("rtl_marks.csv", csv([ROWS[0], ("\u200fTX An Khê\u202e", "19.297", "30.039"), ROWS[2]]))
    # Windows-1258 as Vietnamese Windows writes it (accepted: read as Windows-1258 and said so).
    write("windows1258.csv", windows1258(csv(ROWS)))
    # Meant as TCVN3, but typed with wrong codes: A1 is Ă in the chart, not ơ (AC), and so on.
    # Read as TCVN3 it is half gibberish ("lườt"), in the other encodings worse: refused as uncertain.
    tcvn3 = (b"\xa7\xa1n v\xde;S\xe8 l\xad\xeat c\xe3i \xae\xa6t;S\xe8 ng\xad\xeai d\xefng \xa7TTM\n"
             b"TP. Pleiku;29.178;129.015\nTX An Kh\xd5;19.297;30.039\nTh\xde x\xb8 Ayun Pa;11.326;18.199\n")
    write("tcvn3.csv", tcvn3)

    # --- bad boundaries (GeoJSON written by hand keeps the damage as intended)
    feats = good_features()
    write("null_geometry.geojson", geojson([feats[0], (NAMES[1], None), feats[2]]))
    write("empty_geometry.geojson", geojson([feats[0], (NAMES[1], {"type": "Polygon", "coordinates": []}), feats[2]]))
    bowtie = [[108.2, 14.0], [108.3, 14.1], [108.3, 14.0], [108.2, 14.1], [108.2, 14.0]]
    write("self_intersecting.geojson", geojson([feats[0], (NAMES[1], polygon(bowtie)), feats[2]]))
    collapsed = [[108.2, 14.0], [108.3, 14.0], [108.25, 14.0], [108.2, 14.0]]  # closed, no area
    write("collapsed_polygon.geojson", geojson([feats[0], (NAMES[1], polygon(collapsed)), feats[2]]))
    write("mixed_geometries.geojson", geojson([feats[0], (NAMES[1], {"type": "Point", "coordinates": [108.25, 14.05]}), feats[2]]))
    write("points.geojson", geojson([(n, {"type": "Point", "coordinates": [108.05 + 0.2 * i, 14.05]}) for i, n in enumerate(NAMES)]))
    write("no_features.geojson", geojson([]))
    write("garbage.geojson", '{"type": "FeatureCollection", "features": [ {"type": "Feature", ')

    wkts = [(n, square_wkt(i)) for i, n in enumerate(NAMES)]
    files = shapefile("no_shx", wkts)
    files["shx"].unlink()
    files = shapefile("no_dbf", wkts)
    files["dbf"].unlink()
    files["cpg"].unlink(missing_ok=True)
    files = shapefile("no_prj", wkts, prj=False)
    files = shapefile("bad_prj", wkts)
    files["prj"].write_text('PROJCS["Hệ VN-2000 tự chế",GEOGCS["không rõ",DATUM["???"]],UNIT["furlong",201.168]]\n')
    files = shapefile("ok_shapefile", wkts)


if __name__ == "__main__":
    main()
