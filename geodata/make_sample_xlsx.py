#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Writes geodata/gia_lai_districts_bluezone_2020-08-20.xlsx: the illustrative Gia Lai district table
of make_sample_statistics.py as a spreadsheet, laid out like a department's annex:

  sheet "Huyen": rows 1-2 title (merged across A:F); rows 3-4 a two-row header where "Bluezone" is a
  merged parent cell (E3:F3) over "Số lượt cài Bluezone" and "Tỷ lệ cài đặt/ĐTTM (%)" and the other
  headers are merged vertically (A3:A4 ... D3:D4); 17 district rows; the "Tổng cộng" row. Numbers are
  stored as numbers.
  sheet "Ghi chu": a note on what is real and what is illustrative.

Needs openpyxl (Debian: python3-openpyxl). The file is byte-for-byte reproducible: fixed document
dates and fixed zip entry times.

Usage: make_sample_xlsx.py [--shared DIR]   (DIR defaults to <repo>/../shared/geodata)
"""
import argparse
import datetime
import io
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

sys.dont_write_bytecode = True  # no __pycache__ in geodata/
sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_sample_statistics as stats  # noqa: E402

OUT = stats.HERE / "gia_lai_districts_bluezone_2020-08-20.xlsx"
FIXED_TIME = datetime.datetime(2020, 8, 20, 0, 0, 0)
NOTE = [
    "Bảng minh họa (illustrative) cho dự án Adoption Coverage.",
    "Dân số (2019): số liệu thật của Tổng điều tra dân số và nhà ở 01/4/2019 (GSO), theo huyện.",
    "Số người dùng ĐTTM và số lượt cài Bluezone theo huyện: số liệu minh họa, không phải số liệu thật.",
    "Tổng số lượt cài (139.267) và tỷ lệ khoảng 23% người dùng ĐTTM là số liệu thật của toàn tỉnh "
    "ngày 20/8/2020 (Công văn 1153/STTTT-CNTT của Sở Thông tin và Truyền thông Gia Lai).",
    "Tạo bởi geodata/make_sample_xlsx.py.",
]


def build_workbook(rows, total):
    wb = Workbook()
    ws = wb.active
    ws.title = "Huyen"
    bold = Font(bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ncols = len(stats.DISTRICT_HEADER)
    last = chr(ord("A") + ncols - 1)

    for r, title in enumerate(stats.DISTRICT_TITLES, 1):
        ws.cell(r, 1, title).font = Font(bold=(r == 1))
        ws.cell(r, 1).alignment = center
        ws.merge_cells(f"A{r}:{last}{r}")

    # Header rows 3-4: the last two columns sit under the parent "Bluezone".
    head = len(stats.DISTRICT_TITLES) + 1
    for c, label in enumerate(stats.DISTRICT_HEADER, 1):
        if c <= ncols - 2:
            ws.cell(head, c, label)
            ws.merge_cells(start_row=head, start_column=c, end_row=head + 1, end_column=c)
        else:
            ws.cell(head + 1, c, label)
    ws.cell(head, ncols - 1, "Bluezone")
    ws.merge_cells(start_row=head, start_column=ncols - 1, end_row=head, end_column=ncols)
    for r in (head, head + 1):
        for c in range(1, ncols + 1):
            ws.cell(r, c).font = bold
            ws.cell(r, c).alignment = center
            ws.cell(r, c).border = box

    body = [[i, x["name"], x["population"], x["smartphones"], x["installs"], float(x["smart_rate"])]
            for i, x in enumerate(rows, 1)]
    body.append([None, stats.DISTRICT_TOTAL, total["population"], total["smartphones"],
                 total["installs"], float(total["smart_rate"])])
    for r, values in enumerate(body, head + 2):
        for c, v in enumerate(values, 1):
            cell = ws.cell(r, c, v)
            cell.border = box
            if c in (3, 4, 5):
                cell.number_format = "#,##0"
            elif c == 6:
                cell.number_format = "0.00"
            if values[1] == stats.DISTRICT_TOTAL:
                cell.font = bold

    for col, width in zip("ABCDEF", (6, 22, 14, 16, 14, 14)):
        ws.column_dimensions[col].width = width
    ws.row_dimensions[head + 1].height = 32

    note = wb.create_sheet("Ghi chu")
    for r, line in enumerate(NOTE, 1):
        note.cell(r, 1, line)
    note.column_dimensions["A"].width = 110

    wb.properties.creator = "Adoption Coverage (geodata/make_sample_xlsx.py)"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def reproducible_zip(data):
    """The same zip with every entry's time set to FIXED_TIME."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(stats.DEFAULT_SHARED),
                    help=f"folder holding {stats.POPULATION_CSV_NAME} (default: %(default)s)")
    args = ap.parse_args()

    buf = io.BytesIO()
    build_workbook(*stats.district_table(args.shared)).save(buf)
    stats.write_atomic(OUT, reproducible_zip(buf.getvalue()))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
