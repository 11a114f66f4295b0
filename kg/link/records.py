"""The value types of place linking: a gazetteer entry and a mention of it in a text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

# The kinds of a place that is an administrative division (not a park, region, feature or locality).
DIVISION_KINDS = ("province", "city", "district", "county")


@dataclass(frozen=True)
class PlaceRecord:
    """One place: an administrative division, a named region or a park/zone/base."""

    id: str                      # local IRI part under pkgd:, e.g. "place/210100"
    name: str                    # canonical full Simplified name, e.g. "沈阳市"
    kind: str                    # province|city|district|county|region|park|locality
    code: str | None             # six-digit GB/T 2260 code for administrative divisions
    parent: str | None           # id of the direct parent (pkg:locatedIn), if any
    aliases: tuple[str, ...]     # short forms and variants ("沈阳")
    members: tuple[str, ...]     # for regions: ids of member places
    lon: float | None
    lat: float | None


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text: ``text[start:end] == surface``."""

    start: int
    end: int
    surface: str
    place: PlaceRecord

    @property
    def division_in_full(self) -> bool:
        """Whether this names a division by its full name, level included (延安市, 沁县), not a short form."""
        return self.place.kind in DIVISION_KINDS and self.surface == self.place.name


def park_id(name: str) -> str:
    """The id of a park/zone/base: ``place/park-`` and 12 hex digits of sha1 of its canonical name."""
    return "place/park-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
