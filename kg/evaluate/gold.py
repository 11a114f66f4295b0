"""Read and check a gold annotation file (format: docs/gold-format.md)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError

PLACE_KINDS = frozenset({"province", "city", "district", "county", "region", "park", "basin", "other"})
_CODE = re.compile(r"^[1-9]\d{5}$")
_TOP_KEYS = {"document", "annotator", "date", "notes", "places", "place_measure", "shared",
             "place_industry", "actors"}


@dataclass(frozen=True)
class GoldEntity:
    """A place or actor: canonical ``name``, optional admin ``code`` and ``kind``, written ``surfaces``."""

    name: str
    surfaces: tuple[str, ...] = ()
    code: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class Gold:
    """One annotated document: entity lists and the relation sets, all keyed by canonical place name."""

    path: Path
    document: Path
    places: tuple[GoldEntity, ...]
    place_measure: frozenset[tuple[str, str]]
    shared: frozenset[frozenset[str]]
    place_industry: frozenset[tuple[str, str]]
    actors: tuple[GoldEntity, ...]


class _Checker:
    """Collects the gold file's path so every complaint names it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, message: str) -> InputError:
        return InputError(f"invalid gold file: {message}", path=self.path)

    def string(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{where} must be a non-empty string, got {value!r}")
        return value

    def items(self, data: dict, key: str) -> list:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(f'"{key}" must be a list')
        return value

    def record(self, value: Any, where: str, required: set[str], allowed: set[str]) -> dict:
        if not isinstance(value, dict):
            raise self.fail(f"{where} must be an object, got {value!r}")
        missing = required - value.keys()
        if missing:
            raise self.fail(f"{where} lacks {', '.join(sorted(missing))}")
        unknown = value.keys() - allowed
        if unknown:
            raise self.fail(f"{where} has unknown key(s) {', '.join(sorted(unknown))}")
        return value

    def entity(self, value: Any, where: str, *, place: bool) -> GoldEntity:
        allowed = {"name", "surfaces", "code", "kind"} if place else {"name", "surfaces"}
        rec = self.record(value, where, {"name"}, allowed)
        name = self.string(rec["name"], f"{where}.name")
        surfaces = rec.get("surfaces", [])
        if not isinstance(surfaces, list):
            raise self.fail(f"{where}.surfaces must be a list")
        code = rec.get("code")
        if code is not None and (not isinstance(code, str) or not _CODE.match(code)):
            raise self.fail(f"{where} ({name}): code must be six digits as a string, got {code!r}")
        kind = rec.get("kind")
        if kind is not None and kind not in PLACE_KINDS:
            raise self.fail(f"{where} ({name}): kind {kind!r} is not one of {', '.join(sorted(PLACE_KINDS))}")
        return GoldEntity(name, tuple(self.string(s, f"{where}.surfaces") for s in surfaces), code, kind)

    def place_ref(self, value: Any, where: str, names: set[str]) -> str:
        name = self.string(value, where)
        if name not in names:
            raise self.fail(f"{where} names {name!r}, which is not in \"places\"")
        return name


def _entities(check: _Checker, data: dict, key: str, *, place: bool) -> tuple[GoldEntity, ...]:
    entities = tuple(check.entity(v, f"{key}[{i}]", place=place) for i, v in enumerate(check.items(data, key)))
    seen: set[str] = set()
    for entity in entities:
        if entity.name in seen:
            raise check.fail(f'"{key}" lists {entity.name!r} twice')
        seen.add(entity.name)
    return entities


def parse_gold(data: Any, path: Path) -> Gold:
    """Check the decoded JSON of a gold file and turn it into a :class:`Gold`; raise InputError if malformed."""
    check = _Checker(path)
    rec = check.record(data, "the top level", {"document", "places"}, _TOP_KEYS)
    document = (path.parent / check.string(rec["document"], '"document"')).resolve()
    places = _entities(check, rec, "places", place=True)
    names = {p.name for p in places}
    place_measure = set()
    for i, v in enumerate(check.items(rec, "place_measure")):
        item = check.record(v, f"place_measure[{i}]", {"place", "provision"}, {"place", "provision"})
        place_measure.add((check.place_ref(item["place"], f"place_measure[{i}].place", names),
                           check.string(item["provision"], f"place_measure[{i}].provision")))
    shared = set()
    for i, v in enumerate(check.items(rec, "shared")):
        if not isinstance(v, list) or len(v) != 2 or v[0] == v[1]:
            raise check.fail(f"shared[{i}] must be a pair of two different place names, got {v!r}")
        shared.add(frozenset(check.place_ref(n, f"shared[{i}]", names) for n in v))
    place_industry = set()
    for i, v in enumerate(check.items(rec, "place_industry")):
        item = check.record(v, f"place_industry[{i}]", {"place", "industry"}, {"place", "industry"})
        place_industry.add((check.place_ref(item["place"], f"place_industry[{i}].place", names),
                            check.string(item["industry"], f"place_industry[{i}].industry")))
    actors = _entities(check, rec, "actors", place=False)
    return Gold(path, document, places, frozenset(place_measure), frozenset(shared),
                frozenset(place_industry), actors)


def load_gold(path: Path) -> Gold:
    """Read a gold JSON file; any problem (missing, not JSON, wrong structure) raises InputError."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read gold file: {exc.strerror}", path=path) from exc
    except UnicodeDecodeError as exc:
        raise InputError("gold file is not UTF-8", path=path, offset=exc.start) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"gold file is not valid JSON: {exc.msg} (column {exc.colno})",
                         path=path, line=exc.lineno) from exc
    return parse_gold(data, path)
