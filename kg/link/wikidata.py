"""Wikidata items of administrative divisions: GB/T 2260 code → QID, Chinese label and WGS84 point.

Read from ``kg/data/wikidata/divisions.csv`` (a verbatim CC0 snapshot with points) and
``provinces.tsv`` (provincial units, items only, which adds 台湾省, 香港 and 澳门); sources in that
folder's README. A code without a row has no unambiguous Wikidata match; nothing is guessed.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Namespace

from kg.errors import InputError
from kg.resources import data_dir

WIKIDATA = Namespace("http://www.wikidata.org/entity/")
_CODE = re.compile(r"^[0-9]{6}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
COLUMNS = ("code6", "level", "name_zh", "wikidata_qid", "lat", "lon", "source_key")


@dataclass(frozen=True)
class WikidataDivision:
    """One row: the division's code, level, Chinese label in Wikidata, item and representative point."""

    code: str
    level: str
    name: str
    qid: str
    lat: float | None
    lon: float | None


def read_divisions(path: Path) -> dict[str, WikidataDivision]:
    """code → row from one CSV file with ``COLUMNS``; a bad or conflicting row is an ``InputError``."""
    table: dict[str, WikidataDivision] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise InputError(f"columns must be {','.join(COLUMNS)}", path=path, line=1)
        for line, row in enumerate(reader, start=2):
            code, qid = row["code6"].strip(), row["wikidata_qid"].strip()
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except ValueError:
                raise InputError(f"bad point {row['lat']!r}, {row['lon']!r}", path=path, line=line) from None
            if not _CODE.match(code) or not _QID.match(qid) or not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise InputError(f"bad row: code {code!r}, wikidata {qid!r}", path=path, line=line)
            if code in table:
                raise InputError(f"admin code {code} given twice", path=path, line=line)
            table[code] = WikidataDivision(code, row["level"], row["name_zh"], qid, lat, lon)
    return table


def read_provinces(path: Path) -> dict[str, WikidataDivision]:
    """code → item from a TSV with ``admin_code``, ``wikidata``, ``name_zh`` (no points)."""
    table: dict[str, WikidataDivision] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            code, qid = (row.get("admin_code") or "").strip(), (row.get("wikidata") or "").strip()
            if not _CODE.match(code) or not _QID.match(qid):
                raise InputError(f"bad row: admin_code {code!r}, wikidata {qid!r}", path=path, line=line)
            table[code] = WikidataDivision(code, "province", row.get("name_zh") or "", qid, None, None)
    return table


@cache
def divisions() -> dict[str, WikidataDivision]:
    """The shipped tables, read once; a code the two tables map to different items is an error."""
    folder = data_dir() / "wikidata"
    table = read_divisions(folder / "divisions.csv")
    for code, row in read_provinces(folder / "provinces.tsv").items():
        if code in table and table[code].qid != row.qid:
            raise InputError(f"admin code {code} mapped to {table[code].qid} and {row.qid}",
                             path=folder / "provinces.tsv")
        table.setdefault(code, row)
    return table
