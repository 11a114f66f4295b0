"""Load the shipped place data (``kg/data/places``) into look-up tables."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.errors import InputError
from kg.link.records import DIVISION_KINDS, PlaceRecord, park_id
from kg.resources import data_dir

FORMS = ("full", "alias", "old", "short")  # how a surface form names its place
_AUTONOMOUS_LEVEL = re.compile(r"自治([州县旗])$")


@dataclass(frozen=True)
class Entry:
    """One reading of a surface form: the place and how the form names it."""

    place: PlaceRecord
    form: str


def read_tsv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a ``#``-commented TSV file with a header, with their 1-based line numbers."""
    try:
        with path.open(encoding="utf-8") as fh:
            lines = [(n, line) for n, line in enumerate(fh, 1) if not line.startswith("#")]
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read place data: {exc}", path=path) from exc
    if not lines:
        raise InputError("place data file is empty", path=path)
    header = lines[0][1].rstrip("\n").split("\t")
    for n, line in lines[1:]:
        cells = line.rstrip("\n").split("\t")
        if len(cells) != len(header):
            raise InputError(f"expected {len(header)} tab-separated columns, found {len(cells)}", path=path, line=n)
        yield n, dict(zip(header, cells, strict=True))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part for part in cell.split("|") if part)


def _float(cell: str) -> float | None:
    return float(cell) if cell else None


class Gazetteer:
    """All known places (divisions, regions, zones, named parks) and their surface forms."""

    def __init__(self, places: Iterable[PlaceRecord], old_names: Iterable[tuple[str, str]] = ()) -> None:
        self._places: dict[str, PlaceRecord] = {}
        self._forms: dict[str, list[Entry]] = {}
        for place in places:
            self._places[place.id] = place
            self._add(place.name, Entry(place, "full"))
            form = "short" if place.kind in DIVISION_KINDS else "alias"
            for alias in place.aliases:
                self._add(alias, Entry(place, form))
            for name in autonomous_short_names(place):
                self._add(name, Entry(place, "alias"))
        for surface, place_id in old_names:
            self._add(surface, Entry(self.get(place_id), "old"))

    def _add(self, surface: str, entry: Entry) -> None:
        entries = self._forms.setdefault(surface, [])
        if all(e.place.id != entry.place.id for e in entries):
            entries.append(entry)

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer of the data shipped in ``kg/data/places`` (loaded once)."""
        return _default()

    @classmethod
    def from_folder(cls, folder: Path) -> Gazetteer:
        """Load ``divisions.tsv``, ``regions.tsv``, ``zones.tsv``, ``parks.tsv``, ``foreign.tsv``,
        ``new_areas.tsv``, ``features.tsv``, the named rows of ``informal_regions.tsv``, and the former names
        of ``old_names.tsv`` (by hand) and ``renames.tsv`` (generated)."""
        places: list[PlaceRecord] = []
        for _, r in read_tsv(folder / "divisions.tsv"):
            places.append(PlaceRecord(
                id=f"place/{r['code']}", name=r["name"], kind=r["kind"], code=r["code"],
                parent=f"place/{r['parent']}" if r["parent"] else None, aliases=_split(r["aliases"]),
                members=(), lon=_float(r["lon"]), lat=_float(r["lat"])))
        for _, r in read_tsv(folder / "parks.tsv"):
            places.append(PlaceRecord(
                id=park_id(r["name"]), name=r["name"], kind="park", code=None,
                parent=f"place/{r['parent']}" if r["parent"] else None, aliases=_split(r["aliases"]),
                members=(), lon=None, lat=None))
        for name in ("regions.tsv", "zones.tsv"):
            for _, r in read_tsv(folder / name):
                places.append(PlaceRecord(
                    id=f"place/{r['id']}", name=r["name"], kind="region", code=None,
                    parent=f"place/{r['parent']}" if r["parent"] else None, aliases=_split(r["aliases"]),
                    members=_split(r["members"]), lon=None, lat=None))
        places += _beyond_divisions(folder)
        old = [(r["old_name"], f"place/{r['code']}") for name in ("old_names.tsv", "renames.tsv")
               for _, r in read_tsv(folder / name)]
        return cls(places, old)

    def get(self, place_id: str) -> PlaceRecord:
        """The place with this id (``place/210100``); KeyError if unknown."""
        return self._places[place_id]

    def ancestors(self, place_id: str) -> list[PlaceRecord]:
        """Parent, grandparent, … of a place, nearest first (none for a place found by form, which the
        gazetteer does not hold)."""
        out: list[PlaceRecord] = []
        if place_id not in self._places:
            return out
        parent = self._places[place_id].parent
        while parent is not None and parent in self._places:
            out.append(self._places[parent])
            parent = out[-1].parent
        return out

    def lookup(self, surface: str) -> list[PlaceRecord]:
        """Every place this exact surface form can name."""
        return [e.place for e in self._forms.get(surface, ())]

    def entries(self, surface: str) -> list[Entry]:
        """Every reading of this surface form (place and kind of form)."""
        return list(self._forms.get(surface, ()))

    def surfaces(self) -> list[str]:
        """Every surface form, sorted."""
        return sorted(self._forms)

    def places(self) -> list[PlaceRecord]:
        """Every place, sorted by id."""
        return [self._places[k] for k in sorted(self._places)]


def autonomous_short_names(place: PlaceRecord) -> tuple[str, ...]:
    """An autonomous prefecture, county or banner written as its short form and its level (红河哈尼族彝族自治州 →
    红河州, 乳源瑶族自治县 → 乳源县, 鄂伦春自治旗 → 鄂伦春旗); a short form ending in 族 (鄂温克族) makes none."""
    level = _AUTONOMOUS_LEVEL.search(place.name) if place.kind in DIVISION_KINDS else None
    if level is None:
        return ()
    return tuple(alias + level.group(1) for alias in place.aliases if not alias.endswith("族"))


def hashed_id(prefix: str, name: str) -> str:
    """``place/<prefix>-`` and 12 hex digits of sha1 of the name (places without an official code)."""
    return f"place/{prefix}-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def _record(place_id: str, name: str, kind: str, aliases: str = "", parent: str = "", members: str = "") -> PlaceRecord:
    return PlaceRecord(id=place_id, name=name, kind=kind, code=None, parent=f"place/{parent}" if parent else None,
                       aliases=_split(aliases), members=_split(members), lon=None, lat=None)


def range_stem(name: str) -> str:
    """A range written without its 山 (喜马拉雅山 → 喜马拉雅): only for stems of three or more characters,
    which are transliterations; shorter ones (燕山, 祁连山) are common words or division short forms."""
    return name[:-1] if name.endswith("山") and len(name) >= 4 else ""


def _beyond_divisions(folder: Path) -> list[PlaceRecord]:
    """Countries and world regions, state-level new areas, natural features and named informal regions."""
    places = [_record(f"place/{r['id']}", r["name"], r["kind"], r["aliases"])
              for _, r in read_tsv(folder / "foreign.tsv")]
    places += [_record(f"place/{r['id']}", r["name"], "new-area", r["aliases"], r["parent"], r["members"])
               for _, r in read_tsv(folder / "new_areas.tsv")]
    places += [_record(hashed_id("feature", r["name"]), r["name"], "natural-feature",
                       "|".join((r["aliases"], range_stem(r["name"]))))
               for _, r in read_tsv(folder / "features.tsv")]
    places += [_record(hashed_id("region", r["text"]), r["text"], "region", parent=r["code"], members=r["members"])
               for _, r in read_tsv(folder / "informal_regions.tsv") if r["kind"] == "named"]
    return places


@cache
def _default() -> Gazetteer:
    return Gazetteer.from_folder(data_dir() / "places")
