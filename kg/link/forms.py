"""Places recognised by their form rather than listed one by one.

- Informal regions: a province abbreviation of ``informal_regions.tsv`` followed by a direction
  (苏南, 陕北, 川东北, 粤东西北) is a region inside that province.
- Natural features named after a place: a place form directly followed by a geographic ending of
  two or more characters (四川盆地, 成都平原, 呼伦贝尔草原). Single-character endings (山, 湖, 河, 江)
  are too common in ordinary words (矿山, 人工湖, 母亲河): such features come from the list in
  ``features.tsv`` only.

Both yield candidates for the linker, which keeps them only as words of their own and lets a
listed place of the same extent win (晋中 is the city, 湘西 the prefecture).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.link.gazetteer import Gazetteer, hashed_id, read_tsv
from kg.link.records import PlaceRecord
from kg.resources import data_dir

DIRECTIONS = ("东西北", "东北", "西北", "东南", "西南", "东", "南", "西", "北", "中")
GEOGRAPHIC_ENDINGS = ("沙漠", "沙地", "草原", "高原", "盆地", "平原", "山脉", "山区", "三角洲", "海峡", "丘陵")
HOST_KINDS = ("province", "city", "county", "region", "natural-feature")


@dataclass(frozen=True)
class FormMatch:
    """A place found by form at ``[start, end)``."""

    start: int
    end: int
    place: PlaceRecord


@cache
def _abbreviations() -> dict[str, str]:
    return {r["text"]: r["code"] for _, r in read_tsv(data_dir() / "places" / "informal_regions.tsv")
            if r["kind"] == "abbr"}


@cache
def _informal_pattern() -> re.Pattern[str]:
    return re.compile(f"([{''.join(sorted(_abbreviations()))}])({'|'.join(DIRECTIONS)})")


def informal_regions(text: str, gazetteer: Gazetteer) -> list[FormMatch]:
    """Every abbreviation + direction in the text (苏南 → a region in 江苏省)."""
    found = []
    for match in _informal_pattern().finditer(text):
        name, code = match.group(), _abbreviations()[match.group(1)]
        parent = gazetteer.get(f"place/{code}")
        record = PlaceRecord(id=hashed_id("region", name), name=name, kind="region", code=None,
                             parent=parent.id, aliases=(), members=(), lon=None, lat=None)
        found.append(FormMatch(match.start(), match.end(), record))
    return found


def feature_after(text: str, start: int, end: int, host: PlaceRecord) -> FormMatch | None:
    """A natural feature named after the place form at ``[start, end)`` (四川 + 盆地), or None."""
    if host.kind not in HOST_KINDS:
        return None
    ending = next((e for e in GEOGRAPHIC_ENDINGS if text.startswith(e, end)), None)
    if ending is None:
        return None
    name = text[start:end] + ending
    record = PlaceRecord(id=hashed_id("feature", name), name=name, kind="natural-feature", code=None,
                         parent=None, aliases=(), members=(), lon=None, lat=None)
    return FormMatch(start, end + len(ending), record)
