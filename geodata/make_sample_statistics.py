#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Writes the illustrative Bluezone statistics tables of geodata/ (python3 standard library only).

  vn_bluezone_2020-08-20.csv               63 provinces + "Toàn quốc"
  gia_lai_districts_bluezone_2020-08-20.csv 17 districts of Gia Lai + "Tổng cộng"

Both are written the way a Vietnamese government annex is: UTF-8 with BOM, ';' separated, title
lines above the header, thousands with '.', decimals with ','.

Only Gia Lai's province row is real (letter 1153/STTTT-CNTT of 20/8/2020: 139.267 installs, 9,19 %
of the population, about 23 % of smartphone users, rank 52/63). The district populations are the
real 2019 census figures, read from ../shared/geodata (not in the repository). Every other number is
illustrative, drawn from a random generator with a fixed seed, so that reruns give the same files.

Usage: make_sample_statistics.py [--shared DIR]   (DIR defaults to <repo>/../shared/geodata)
"""
import argparse
import csv
import io
import os
import random
import tempfile
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODES_CSV = HERE / "vn_province_codes.csv"
PROVINCES_CSV = HERE / "vn_bluezone_2020-08-20.csv"
DISTRICTS_CSV = HERE / "gia_lai_districts_bluezone_2020-08-20.csv"
DEFAULT_SHARED = HERE.parent.parent / "shared" / "geodata"
POPULATION_CSV_NAME = "gia_lai_districts_population_2019.csv"

SEED = 20200820

# Gia Lai's real figures. Population and smartphone users are derived from the letter's ratios:
# 139267 / 0.0919 and 139267 / 0.23, rounded.
GIA_LAI_CODE = "64"
GIA_LAI_INSTALLS = 139267
GIA_LAI_POPULATION = 1515419
GIA_LAI_SMARTPHONES = 605509
GIA_LAI_RANK = 52

# Illustrative populations, close to the 2019 census (1/4/2019) totals per province.
POPULATION = {
    "01": 8053663, "02": 854679, "04": 530341, "06": 313905, "08": 784811, "10": 730420,
    "11": 598856, "12": 460196, "14": 1248415, "15": 821030, "17": 854131, "19": 1286751,
    "20": 781655, "22": 1320324, "24": 1803950, "25": 1463726, "26": 1151154, "27": 1368840,
    "30": 1892254, "31": 2028514, "33": 1252731, "34": 1860447, "35": 852800, "36": 1780393,
    "37": 982487, "38": 3640128, "40": 3327791, "42": 1288866, "44": 895430, "45": 632375,
    "46": 1128620, "48": 1134310, "49": 1495812, "51": 1231697, "52": 1486918, "54": 872964,
    "56": 1231107, "58": 590467, "60": 1230808, "62": 540438, "64": GIA_LAI_POPULATION,
    "66": 1869322, "67": 622168, "68": 1296906, "70": 994679, "72": 1169165, "74": 2426561,
    "75": 3097107, "77": 1148313, "79": 8993082, "80": 1688547, "82": 1764185, "83": 1288463,
    "84": 1009168, "86": 1022791, "87": 1599504, "89": 1908352, "91": 1723067, "92": 1235171,
    "93": 733017, "94": 1199653, "95": 907236, "96": 1194476,
}

# Province names as the annex writes them, where that differs from `ten` in vn_province_codes.csv.
# Only prefixes, diacritics (removed, or old-style tone placement), hyphens and spacing vary; the
# letters never do, so every name still folds to exactly one province (checked below).
WRITTEN_PROVINCE = {
    "01": "TP. Hà Nội",
    "04": "Tỉnh Cao Bằng",
    "11": "Tỉnh Điện Biên",
    "17": "Hoà Bình",
    "22": "Quảng Ninh ",  # trailing space, as typed
    "31": "Thành phố Hải Phòng",
    "38": "Thanh Hoá",
    "46": "Thừa Thiên - Huế",
    "48": "TP. Đà Nẵng",
    "56": "Khánh Hoà",
    "68": "Lam Dong",
    "70": "Binh Phuoc",
    "74": "Binh Duong",
    "79": "TP. Hồ Chí Minh",
    "86": "Vinh Long",
    "92": "TP Cần Thơ",
    "93": "Tỉnh Hậu Giang",
    "96": "Tỉnh Cà Mau",
}

# District names as the district offices would type them, keyed by the official name (the `name`
# of gia_lai_districts.geojson and `district_name` of the population table).
WRITTEN_DISTRICT = {
    "Thành phố Pleiku": "TP. Pleiku",
    "Thị xã An Khê": "TX An Khê",
    "Thị xã Ayun Pa": "Thị xã Ayun Pa",
    "Huyện KBang": "Huyện Kbang",
    "Huyện Đăk Đoa": "H. Đăk Đoa",
    "Huyện Chư Păh": "Chư Păh",
    "Huyện Ia Grai": "Ia Grai",
    "Huyện Mang Yang": "Mang Yang",
    "Huyện Kông Chro": "Kông Chro",
    "Huyện Đức Cơ": "Đức Cơ",
    "Huyện Chư Prông": "Chư Prông",
    "Huyện Chư Sê": "Chu Se",
    "Huyện Đăk Pơ": "Đăk Pơ",
    "Huyện Ia Pa": "Ia Pa",
    "Huyện Krông Pa": "Krông Pa",
    "Huyện Phú Thiện": "Phú Thiện",
    "Huyện Chư Pưh": "huyện Chư Pưh",
}
# Districts that reach more than 60 % of smartphone users.
DISTRICT_ABOVE_60 = {"Thị xã An Khê", "Thị xã Ayun Pa", "Huyện Đăk Pơ"}

PROVINCE_TITLES = [
    "SỐ LIỆU CÀI ĐẶT ỨNG DỤNG BLUEZONE THEO TỈNH, THÀNH PHỐ",
    "(Số liệu đến ngày 20/8/2020 — minh họa / illustrative)",
]
PROVINCE_HEADER = ["STT", "Mã tỉnh", "Tỉnh, thành phố", "Số lượt cài đặt", "Dân số",
                   "Số người dùng ĐTTM", "Tỷ lệ/dân số (%)", "Tỷ lệ/ĐTTM (%)", "Xếp hạng"]
PROVINCE_FOOTNOTE = ("Ghi chú: số liệu minh họa, trừ dòng Gia Lai (số liệu ngày 20/8/2020, "
                     "Công văn 1153/STTTT-CNTT). Xếp hạng theo tỷ lệ cài đặt/dân số.")

DISTRICT_TITLES = [
    "SỐ LIỆU CÀI ĐẶT ỨNG DỤNG BLUEZONE THEO HUYỆN, THỊ XÃ, THÀNH PHỐ - TỈNH GIA LAI",
    "(Số liệu đến ngày 20/8/2020 — minh họa / illustrative, dân số: Tổng điều tra 01/4/2019)",
]
DISTRICT_HEADER = ["STT", "Đơn vị", "Dân số (2019)", "Số người dùng ĐTTM", "Số lượt cài Bluezone",
                   "Tỷ lệ cài đặt/ĐTTM (%)"]
DISTRICT_TOTAL = "Tổng cộng"


def fold(name):
    """Name key for the ambiguity check: no admin prefix, no diacritics, no case, '-' as space."""
    s = " ".join(name.replace("-", " ").split())
    for prefix in ("tỉnh ", "thành phố ", "tp. ", "tp ", "thị xã ", "tx ", "huyện ", "h. "):
        if s.lower().startswith(prefix):
            s = s[len(prefix):]
            break
    s = s.replace("Đ", "D").replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return s.lower()


def check_written(written_by_key, official_by_key):
    """Each written name is NFC, folds to its official name and to no other one."""
    folded = {fold(n): k for k, n in official_by_key.items()}
    assert len(folded) == len(official_by_key), "official names collide when folded"
    for key, written in written_by_key.items():
        assert unicodedata.normalize("NFC", written) == written, written
        assert folded.get(fold(written)) == key, (written, official_by_key[key])


def percent(part, whole):
    """part / whole in %, 2 decimals, rounded half up."""
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def fmt_int(n):
    return f"{n:,}".replace(",", ".")


def fmt_pct(d):
    return f"{d:.2f}".replace(".", ",")


def round_to_total(raw, total):
    """Integers close to the floats in raw that sum exactly to total (largest remainder)."""
    scale = total / sum(raw)
    scaled = [x * scale for x in raw]
    out = [int(x) for x in scaled]
    by_remainder = sorted(range(len(raw)), key=lambda i: (out[i] - scaled[i], i))
    for i in by_remainder[: total - sum(out)]:
        out[i] += 1
    return out


def read_provinces():
    with open(CODES_CSV, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 63 and len({r["ma_tinh"] for r in rows}) == 63
    assert set(POPULATION) == {r["ma_tinh"] for r in rows}
    return sorted(rows, key=lambda r: r["ma_tinh"])


def province_table(rng):
    """Rows (dicts) of the national table in GSO code order, and the total row."""
    provinces = read_provinces()
    check_written(WRITTEN_PROVINCE, {r["ma_tinh"]: r["ten"] for r in provinces})
    gl_pop_rate = percent(GIA_LAI_INSTALLS, GIA_LAI_POPULATION)
    gl_smart_rate = percent(GIA_LAI_INSTALLS, GIA_LAI_SMARTPHONES)
    assert (gl_pop_rate, gl_smart_rate) == (Decimal("9.19"), Decimal("23.00"))

    urban = {"01", "31", "48", "79", "92", "74", "75", "77"}
    others = [r["ma_tinh"] for r in provinces if r["ma_tinh"] != GIA_LAI_CODE]
    # ranked after Gia Lai on both ratios; never one of the big cities
    below = set(rng.sample([c for c in others if c not in urban], 63 - GIA_LAI_RANK))
    above = [c for c in others if c not in below]
    top = set(rng.sample(above, 4))  # above 60 % of smartphone users

    rows, used_pop_rates = [], {gl_pop_rate}
    for r in provinces:
        code = r["ma_tinh"]
        name = WRITTEN_PROVINCE.get(code, r["ten"])
        if code == GIA_LAI_CODE:
            pop, smart, inst = GIA_LAI_POPULATION, GIA_LAI_SMARTPHONES, GIA_LAI_INSTALLS
        else:
            pop = POPULATION[code]
            while True:  # draw until the row sits on its side of Gia Lai, with no tie
                share = rng.uniform(0.47, 0.56) if code in urban else rng.uniform(0.33, 0.46)
                if code in below:
                    rate = rng.uniform(0.13, 0.225)
                elif code in top:
                    rate = rng.uniform(0.61, 0.78)
                else:
                    rate = rng.uniform(0.24, 0.58)
                smart = round(pop * share)
                inst = round(smart * rate)
                pr, sr = percent(inst, pop), percent(inst, smart)
                ok = (pr < gl_pop_rate and sr < gl_smart_rate) if code in below else \
                     (pr > gl_pop_rate and sr > gl_smart_rate)
                if ok and pr not in used_pop_rates:
                    used_pop_rates.add(pr)
                    break
        rows.append({"code": code, "name": name, "installs": inst, "population": pop,
                     "smartphones": smart, "pop_rate": percent(inst, pop),
                     "smart_rate": percent(inst, smart)})

    for denominator, rank_key in (("population", "rank"), ("smartphones", "smart_rank")):
        ordered = sorted(rows, key=lambda x: Fraction(x["installs"], x[denominator]), reverse=True)
        for i, x in enumerate(ordered, 1):
            x[rank_key] = i
    gl = next(x for x in rows if x["code"] == GIA_LAI_CODE)
    assert gl["rank"] == GIA_LAI_RANK and gl["smart_rank"] == GIA_LAI_RANK, gl
    assert sum(x["smart_rate"] > 60 for x in rows) == 4

    total = {key: sum(x[key] for x in rows) for key in ("installs", "population", "smartphones")}
    total["pop_rate"] = percent(total["installs"], total["population"])
    total["smart_rate"] = percent(total["installs"], total["smartphones"])
    return rows, total


def read_district_population(shared_dir):
    path = Path(shared_dir) / POPULATION_CSV_NAME
    with open(path, encoding="utf-8", newline="") as f:
        rows = [(r["district_name"], int(r["population_2019"])) for r in csv.DictReader(f)]
    assert len(rows) == 17 and {n for n, _ in rows} == set(WRITTEN_DISTRICT), f"unexpected {path}"
    return rows


def district_table(shared_dir, rng=None):
    """Rows (dicts) of the Gia Lai district table in the population file's order, and the total."""
    rng = rng or random.Random(SEED + 64)
    population = read_district_population(shared_dir)
    check_written(WRITTEN_DISTRICT, {n: n for n, _ in population})
    names = [n for n, _ in population]
    pops = [p for _, p in population]

    share = [0.50 if n == "Thành phố Pleiku" else
             0.45 if n.startswith("Thị xã") else rng.uniform(0.33, 0.42) for n in names]
    smart = round_to_total([p * s for p, s in zip(pops, share)], GIA_LAI_SMARTPHONES)

    high = [i for i, n in enumerate(names) if n in DISTRICT_ABOVE_60]
    low = [i for i, n in enumerate(names) if n not in DISTRICT_ABOVE_60]
    inst = [0] * len(names)
    for i in high:
        inst[i] = round(smart[i] * rng.uniform(0.61, 0.69))
    weight = [1.4 if names[i] == "Thành phố Pleiku" else rng.uniform(0.6, 1.3) for i in low]
    for i, v in zip(low, round_to_total([smart[i] * w for i, w in zip(low, weight)],
                                        GIA_LAI_INSTALLS - sum(inst))):
        inst[i] = v

    rows = [{"name": WRITTEN_DISTRICT[n], "official": n, "population": p, "smartphones": s,
             "installs": k, "smart_rate": percent(k, s)}
            for n, p, s, k in zip(names, pops, smart, inst)]
    assert sum(inst) == GIA_LAI_INSTALLS and sum(smart) == GIA_LAI_SMARTPHONES
    assert all((r["smart_rate"] > 60) == (r["official"] in DISTRICT_ABOVE_60) for r in rows), rows
    total = {"population": sum(pops), "smartphones": sum(smart), "installs": sum(inst),
             "smart_rate": percent(sum(inst), sum(smart))}
    return rows, total


def write_atomic(path, data):
    """Writes bytes to a temporary file beside path, then renames it to path."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix="." + path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def write_annex(path, titles, header, rows, footnote=None):
    """UTF-8 with BOM, ';', CRLF."""
    assert not any(";" in t for t in titles + [footnote or ""]), "a title would be quoted"
    text = io.StringIO()
    w = csv.writer(text, delimiter=";", lineterminator="\r\n")
    w.writerows([t] for t in titles)
    w.writerow(header)
    w.writerows(rows)
    if footnote:
        w.writerow([footnote])
    write_atomic(path, text.getvalue().encode("utf-8-sig"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(DEFAULT_SHARED),
                    help=f"folder holding {POPULATION_CSV_NAME} (default: %(default)s)")
    args = ap.parse_args()

    rows, total = province_table(random.Random(SEED))
    write_annex(PROVINCES_CSV, PROVINCE_TITLES, PROVINCE_HEADER,
                [[i, r["code"], r["name"], fmt_int(r["installs"]), fmt_int(r["population"]),
                  fmt_int(r["smartphones"]), fmt_pct(r["pop_rate"]), fmt_pct(r["smart_rate"]),
                  r["rank"]] for i, r in enumerate(rows, 1)]
                + [["", "", "Toàn quốc", fmt_int(total["installs"]), fmt_int(total["population"]),
                    fmt_int(total["smartphones"]), fmt_pct(total["pop_rate"]),
                    fmt_pct(total["smart_rate"]), ""]],
                PROVINCE_FOOTNOTE)

    rows, total = district_table(args.shared)
    write_annex(DISTRICTS_CSV, DISTRICT_TITLES, DISTRICT_HEADER,
                [[i, r["name"], fmt_int(r["population"]), fmt_int(r["smartphones"]),
                  fmt_int(r["installs"]), fmt_pct(r["smart_rate"])] for i, r in enumerate(rows, 1)]
                + [["", DISTRICT_TOTAL, fmt_int(total["population"]), fmt_int(total["smartphones"]),
                    fmt_int(total["installs"]), fmt_pct(total["smart_rate"])]])
    print(f"wrote {PROVINCES_CSV}\nwrote {DISTRICTS_CSV}")


if __name__ == "__main__":
    main()
