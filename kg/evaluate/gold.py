"""Read and check a gold annotation file, version 1 or 2 (format: docs/gold-format.md)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.evaluate.fold import fold_path

PLACE_KINDS = frozenset({"province", "city", "district", "county", "region", "park", "basin", "other",
                         "country", "foreign_region", "natural", "area"})
ACTOR_KINDS = frozenset({"government", "group", "party", "military", "financial", "enterprise",
                         "association", "other"})
ROLES = ("funds", "responsible", "cooperates", "guides", "approves")
PROVIDING_ROLES = frozenset({"funds", "responsible"})
HEADER_FIELDS = ("number", "title", "date", "issuers")
ANCHOR_LENGTH = (4, 20)
_CODE = re.compile(r"^[1-9]\d{5}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SPACES = re.compile(r"\s+")
_V1_KEYS = {"document", "annotator", "date", "notes", "places", "place_measure", "shared",
            "place_industry", "actors"}
_V2_KEYS = (_V1_KEYS - {"place_measure", "shared"}) | {"version", "header", "measures"}
_MEASURE_KEYS = {"provision", "anchor", "targets", "roles", "industries"}


@dataclass(frozen=True)
class GoldEntity:
    """A place or actor: canonical ``name``, optional admin ``code`` and ``kind``, written ``surfaces``."""

    name: str
    surfaces: tuple[str, ...] = ()
    code: str | None = None
    kind: str | None = None
    historical: bool = False


@dataclass(frozen=True)
class GoldMeasure:
    """A version-2 measure: its provision path, anchor, targeted places and ``(actor, role)`` pairs."""

    provision: str
    anchor: str
    targets: tuple[str, ...]
    roles: tuple[tuple[str, str], ...]
    industries: tuple[str, ...]


@dataclass(frozen=True)
class GoldHeader:
    """What the document says of itself; a field the text does not give is ``None`` (issuers: empty)."""

    number: str | None
    title: str | None
    date: str | None
    issuers: tuple[str, ...]


@dataclass(frozen=True)
class Gold:
    """One annotated document: entity lists and the relation sets, all keyed by canonical place name.

    A version-2 file carries ``measures`` (and maybe a ``header``); its ``place_measure`` is derived
    from them and its ``shared`` is the union of every measure's pairs.
    """

    path: Path
    document: Path
    places: tuple[GoldEntity, ...]
    place_measure: frozenset[tuple[str, str]]
    shared: frozenset[frozenset[str]]
    place_industry: frozenset[tuple[str, str]]
    actors: tuple[GoldEntity, ...]
    version: int = 1
    measures: tuple[GoldMeasure, ...] = ()
    header: GoldHeader | None = None


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

    def items(self, data: dict, key: str, where: str | None = None) -> list:
        value = data.get(key, [])
        if not isinstance(value, list):
            label = where or f'"{key}"'
            raise self.fail(f"{label} must be a list")
        return value

    def strings(self, data: dict, key: str, where: str) -> tuple[str, ...]:
        return tuple(self.string(v, f"{where}.{key}[{i}]")
                     for i, v in enumerate(self.items(data, key, f"{where}.{key}")))

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

    def entity(self, value: Any, where: str, *, place: bool, version: int) -> GoldEntity:
        if place:
            allowed = {"name", "surfaces", "code", "kind"} | ({"historical"} if version == 2 else set())
            kinds = PLACE_KINDS
        else:
            allowed = {"name", "surfaces"} | ({"kind"} if version == 2 else set())
            kinds = ACTOR_KINDS
        rec = self.record(value, where, {"name"}, allowed)
        name = self.string(rec["name"], f"{where}.name")
        surfaces = self.strings(rec, "surfaces", where)
        code = rec.get("code")
        if code is not None and (not isinstance(code, str) or not _CODE.match(code)):
            raise self.fail(f"{where} ({name}): code must be six digits as a string, got {code!r}")
        kind = rec.get("kind")
        if kind is not None and kind not in kinds:
            raise self.fail(f"{where} ({name}): kind {kind!r} is not one of {', '.join(sorted(kinds))}")
        historical = rec.get("historical", False)
        if not isinstance(historical, bool):
            raise self.fail(f"{where} ({name}): historical must be true or false, got {historical!r}")
        if historical and code is not None:
            raise self.fail(f"{where} ({name}): a historical place without a single successor has no code")
        return GoldEntity(name, surfaces, code, kind, historical)

    def ref(self, value: Any, where: str, names: set[str], key: str = "places") -> str:
        name = self.string(value, where)
        if name not in names:
            raise self.fail(f"{where} names {name!r}, which is not in \"{key}\"")
        return name


def _entities(check: _Checker, data: dict, key: str, *, place: bool, version: int) -> tuple[GoldEntity, ...]:
    entities = tuple(check.entity(v, f"{key}[{i}]", place=place, version=version)
                     for i, v in enumerate(check.items(data, key)))
    seen: set[str] = set()
    for entity in entities:
        if entity.name in seen:
            raise check.fail(f'"{key}" lists {entity.name!r} twice')
        seen.add(entity.name)
    return entities


def _version(check: _Checker, rec: Any) -> int:
    version = rec.get("version", 1) if isinstance(rec, dict) else 1
    if version not in (1, 2) or isinstance(version, bool):
        raise check.fail(f'"version" must be 1 or 2, got {version!r}')
    if version == 1 and isinstance(rec, dict) and "measures" in rec:
        raise check.fail('"measures" needs "version": 2')
    return version


def _header(check: _Checker, value: Any, actors: set[str]) -> GoldHeader:
    rec = check.record(value, '"header"', set(), set(HEADER_FIELDS))
    fields = {k: check.string(rec[k], f"header.{k}") if k in rec else None for k in ("number", "title", "date")}
    if fields["date"] is not None and not _DATE.match(fields["date"]):
        raise check.fail(f"header.date must be YYYY-MM-DD, got {fields['date']!r}")
    issuers = tuple(check.ref(v, f"header.issuers[{i}]", actors, "actors")
                    for i, v in enumerate(check.items(rec, "issuers", "header.issuers")))
    return GoldHeader(fields["number"], fields["title"], fields["date"], issuers)


def _measure(check: _Checker, value: Any, where: str, places: set[str], actors: set[str]) -> GoldMeasure:
    rec = check.record(value, where, {"provision", "anchor"}, _MEASURE_KEYS)
    provision = check.string(rec["provision"], f"{where}.provision")
    anchor = _SPACES.sub("", check.string(rec["anchor"], f"{where}.anchor"))
    low, high = ANCHOR_LENGTH
    if not low <= len(anchor) <= high:
        raise check.fail(f"{where}.anchor {anchor!r} has {len(anchor)} characters, not {low} to {high}")
    targets = tuple(check.ref(v, f"{where}.targets[{i}]", places)
                    for i, v in enumerate(check.items(rec, "targets", f"{where}.targets")))
    if len(set(targets)) != len(targets):
        raise check.fail(f"{where}.targets lists a place twice")
    roles = []
    for i, v in enumerate(check.items(rec, "roles", f"{where}.roles")):
        role = check.record(v, f"{where}.roles[{i}]", {"actor", "role"}, {"actor", "role"})
        if role["role"] not in ROLES:
            raise check.fail(f"{where}.roles[{i}]: role {role['role']!r} is not one of {', '.join(ROLES)}")
        roles.append((check.ref(role["actor"], f"{where}.roles[{i}].actor", actors, "actors"), role["role"]))
    return GoldMeasure(provision, anchor, targets, tuple(roles), check.strings(rec, "industries", where))


def _measures(check: _Checker, rec: dict, places: set[str], actors: set[str]) -> tuple[GoldMeasure, ...]:
    measures = tuple(_measure(check, v, f"measures[{i}]", places, actors)
                     for i, v in enumerate(check.items(rec, "measures")))
    seen: set[tuple[str, str]] = set()
    for i, measure in enumerate(measures):
        key = (fold_path(measure.provision), measure.anchor)
        if key in seen:
            raise check.fail(f"measures[{i}]: anchor {measure.anchor!r} is not unique in provision {measure.provision!r}")
        seen.add(key)
    return measures


def _pairs_v1(check: _Checker, rec: dict, names: set[str]) -> tuple[set, set]:
    place_measure = set()
    for i, v in enumerate(check.items(rec, "place_measure")):
        item = check.record(v, f"place_measure[{i}]", {"place", "provision"}, {"place", "provision"})
        place_measure.add((check.ref(item["place"], f"place_measure[{i}].place", names),
                           check.string(item["provision"], f"place_measure[{i}].provision")))
    shared = set()
    for i, v in enumerate(check.items(rec, "shared")):
        if not isinstance(v, list) or len(v) != 2 or v[0] == v[1]:
            raise check.fail(f"shared[{i}] must be a pair of two different place names, got {v!r}")
        shared.add(frozenset(check.ref(n, f"shared[{i}]", names) for n in v))
    return place_measure, shared


def parse_gold(data: Any, path: Path) -> Gold:
    """Check the decoded JSON of a gold file and turn it into a :class:`Gold`; raise InputError if malformed."""
    check = _Checker(path)
    version = _version(check, data)
    allowed = _V2_KEYS if version == 2 else _V1_KEYS
    if version == 2 and isinstance(data, dict) and {"place_measure", "shared"} & data.keys():
        raise check.fail('a version-2 file derives "place_measure" and "shared" from "measures"; remove them')
    rec = check.record(data, "the top level", {"document", "places"}, allowed)
    document = (path.parent / check.string(rec["document"], '"document"')).resolve()
    places = _entities(check, rec, "places", place=True, version=version)
    actors = _entities(check, rec, "actors", place=False, version=version)
    names, actor_names = {p.name for p in places}, {a.name for a in actors}
    measures: tuple[GoldMeasure, ...] = ()
    header = None
    if version == 2:
        measures = _measures(check, rec, names, actor_names)
        place_measure = {(p, m.provision) for m in measures for p in m.targets}
        shared = {frozenset(pair) for m in measures for pair in combinations(m.targets, 2)}
        header = _header(check, rec["header"], actor_names) if "header" in rec else None
    else:
        place_measure, shared = _pairs_v1(check, rec, names)
    place_industry = set()
    for i, v in enumerate(check.items(rec, "place_industry")):
        item = check.record(v, f"place_industry[{i}]", {"place", "industry"}, {"place", "industry"})
        place_industry.add((check.ref(item["place"], f"place_industry[{i}].place", names),
                            check.string(item["industry"], f"place_industry[{i}].industry")))
    return Gold(path, document, places, frozenset(place_measure), frozenset(shared),
                frozenset(place_industry), actors, version, measures, header)


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
