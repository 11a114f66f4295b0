"""Official designations of places from the shipped reference lists (``kg/data/refdata``).

Member places of the 20 industrial transformation demonstration zones, the zones' 2020 evaluation
ratings, and the Yangtze transformation demonstration development zones become
``designation/<slug>`` concepts of ``ontology/designations.ttl``.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from functools import cache

from kg.link.gazetteer import Gazetteer
from kg.link.linker import PlaceLinker
from kg.link.parks import canonical_park_name
from kg.link.records import park_id
from kg.resources import data_dir

ZONE_CITY = "designation/industrial-transformation-demo-zone-city"
RATINGS = {"优秀": "designation/demo-zone-eval-2020-excellent", "良好": "designation/demo-zone-eval-2020-good"}
YANGTZE_DEVZONE = "designation/yangtze-transformation-demo-devzone"


def _rows(name: str) -> list[dict[str, str]]:
    with (data_dir() / "refdata" / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@cache
def designations_by_place(gazetteer: Gazetteer | None = None) -> dict[str, tuple[str, ...]]:
    """Place id → sorted designation ids, from the three reference lists."""
    gazetteer = gazetteer or Gazetteer.default()
    linker = PlaceLinker(gazetteer)
    found: dict[str, set[str]] = defaultdict(set)
    for row in _rows("industrial_transformation_demo_zones.csv"):
        zone = gazetteer.get(f"place/zone-{row['zone_id']}")
        for member in zone.members:
            found[member].update({ZONE_CITY, f"{ZONE_CITY}-batch-{row['batch']}"})
    zone_by_name = {row["zone_name"]: f"place/zone-{row['zone_id']}"
                    for row in _rows("industrial_transformation_demo_zones.csv")}
    for row in _rows("demo_zone_eval_2020.csv"):
        rated = _rated_place(row["city_as_named"], linker, zone_by_name)
        if rated is not None:
            found[rated].add(RATINGS[row["rating"]])
    for row in _rows("yangtze_transformation_demo_devzones_2016.csv"):
        found[park_id(canonical_park_name(row["development_zone"]))].add(YANGTZE_DEVZONE)
    return {place: tuple(sorted(ids)) for place, ids in found.items()}


def _rated_place(named: str, linker: PlaceLinker, zone_by_name: dict[str, str]) -> str | None:
    """``湖南湘潭`` → 湘潭市; ``北京京西`` (a zone, not a city) → the zone; ``宁夏宁东`` → 宁东 base."""
    mentions = linker.find(named)
    last = mentions[-1].place if mentions else None
    if last is not None and last.kind in ("city", "district", "county", "park"):
        return last.id
    return zone_by_name.get(named)
