"""Lexicons of actors, industries and policy instruments, loaded once from the shipped data files."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from kg.extract.model import Entity
from kg.resources import data_dir, ontology_file
from kg.vocab import PKGD


@dataclass(frozen=True)
class LocalBodySuffix:
    """A suffix that turns a place into a local body: 辽宁省 + 人民政府, 沈阳市 + 发展改革委. A suffix that
    names a field's department (统计部门, 人民政府水行政主管部门) names it differently in a province or
    autonomous region (``provincial``, ``provincial_slug``: 水利厅) than elsewhere (水利局)."""

    suffix: str
    kind: str
    canonical: str
    slug: str
    provincial: str = ""
    provincial_slug: str = ""
    since: int | None = None    # a field word that named this department only from ``since`` …
    until: int | None = None    # … until ``until`` (旅游 named the 旅游局 until 2018)

    def holds(self, year: int | None) -> bool:
        """Whether the suffix names its body in ``year``; in an undated text, whether it still does."""
        if year is None:
            return self.until is None
        return (self.since is None or self.since <= year) and (self.until is None or year < self.until)


def read_data_tsv(path: Path, *, comments: bool = False) -> list[dict[str, str]]:
    """Rows of a shipped tab-separated data file; with ``comments``, lines starting with ``#`` are skipped."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not (comments and line.startswith("#"))]
    return list(csv.DictReader(lines, delimiter="\t"))


def _year(cell: str) -> int | None:
    return int(cell) if cell else None


@cache
def actors() -> tuple[Entity, ...]:
    """Central agencies and banks of ``kg/data/actors/agencies.tsv``, then the bodies of earlier years
    of ``history.tsv``; the years and successor of ``history.tsv`` apply to both."""
    folder = data_dir() / "actors"
    history = {row["id"]: row for row in read_data_tsv(folder / "history.tsv", comments=True)}
    rows = read_data_tsv(folder / "agencies.tsv")
    listed = {row["id"] for row in rows}
    rows += [row for row in history.values() if row["id"] not in listed]
    found = []
    for row in rows:
        past = history.get(row["id"])
        found.append(Entity(
            id=f"actor/{row['id']}", name=row["name"], kind=row["kind"],
            aliases=tuple(a for a in row["aliases"].split("|") if a),
            existed=(_year(past["from"]), _year(past["until"])) if past else (None, None),
            replaced_by=f"actor/{past['successor']}" if past and past["successor"] else None))
    return tuple(found)


@cache
def english_names() -> dict[str, str]:
    """Official English names of central bodies (``kg/data/actors/english.tsv``), by actor id."""
    rows = read_data_tsv(data_dir() / "actors" / "english.tsv")
    return {f"actor/{row['id']}": row["name_en"] for row in rows}


# A field's department written after its field (统计 + 部门), with the government before it or not.
FIELD_HEADS = ("行政主管部门", "行政管理部门", "主管部门", "管理部门", "行政部门", "部门")
GOVERNMENT = "人民政府"


@cache
def all_local_body_suffixes() -> tuple[LocalBodySuffix, ...]:
    """The suffixes of :func:`local_body_suffixes` of every period (words that may end a body), longest first."""
    rows = read_data_tsv(data_dir() / "actors" / "local_bodies.tsv")
    named = {r["suffix"]: LocalBodySuffix(r["suffix"], r["kind"], r["canonical"], r["slug"]) for r in rows}
    found = list(named.values())
    for row in read_data_tsv(data_dir() / "actors" / "local_fields.tsv", comments=True):
        municipal, provincial = named[row["municipal"]], named[row["provincial"]]
        since, until = (int(row[key]) if row[key] else None for key in ("from", "until"))
        for field in row["field"].split("|"):
            for head in FIELD_HEADS:
                for government in ("", GOVERNMENT):
                    found.append(LocalBodySuffix(government + field + head, municipal.kind, municipal.canonical,
                                                 municipal.slug, provincial.canonical, provincial.slug, since, until))
    return tuple(sorted(found, key=lambda s: -len(s.suffix)))


@cache
def local_body_suffixes(year: int | None = None) -> tuple[LocalBodySuffix, ...]:
    """Suffixes of local government bodies (``local_bodies.tsv``) and of the departments named by their
    field (``local_fields.tsv``: 统计部门, 人民政府水行政主管部门) in ``year`` (undated: today), longest first."""
    return tuple(s for s in all_local_body_suffixes() if s.holds(year))


@cache
def local_body_suffixes_by_initial(year: int | None = None) -> dict[str, tuple[LocalBodySuffix, ...]]:
    """:func:`local_body_suffixes` by their first character, each group in their order (longest first): the
    suffixes that can follow a place at a given character, without trying all of them."""
    groups: dict[str, list[LocalBodySuffix]] = {}
    for suffix in local_body_suffixes(year):
        groups.setdefault(suffix.suffix[0], []).append(suffix)
    return {initial: tuple(group) for initial, group in groups.items()}


@cache
def local_body_suffix_index(year: int | None = None) -> dict[str, LocalBodySuffix]:
    """:func:`local_body_suffixes` of ``year`` by their text."""
    return {s.suffix: s for s in local_body_suffixes(year)}


@cache
def field_suffixes(year: int | None = None) -> dict[str, LocalBodySuffix]:
    """Each field word of ``local_fields.tsv`` (统计, 水行政, 发展改革…) with the department it names in
    ``year`` (undated: today)."""
    by_suffix = local_body_suffix_index(year)
    return {field: by_suffix[field + FIELD_HEADS[-1]]
            for row in read_data_tsv(data_dir() / "actors" / "local_fields.tsv", comments=True)
            for field in row["field"].split("|") if field + FIELD_HEADS[-1] in by_suffix}


def _concepts(scheme_file: str, kind: str) -> tuple[Entity, ...]:
    """Concepts under ``pkgd:<kind>/`` in a scheme file (aligned external concepts are skipped)."""
    graph = Graph().parse(ontology_file(scheme_file), format="turtle")
    prefix = f"{PKGD}{kind}/"
    found = []
    for concept in sorted(set(graph.subjects(RDF.type, SKOS.Concept))):
        if not isinstance(concept, URIRef) or not str(concept).startswith(prefix):
            continue
        pref = [str(l) for l in graph.objects(concept, SKOS.prefLabel) if getattr(l, "language", None) == "zh"]
        alts = sorted(str(l) for l in graph.objects(concept, SKOS.altLabel) if getattr(l, "language", None) == "zh")
        if pref:
            found.append(Entity(id=str(concept)[len(str(PKGD)):], name=pref[0], kind=kind, aliases=tuple(alts)))
    return tuple(found)


@cache
def industries() -> tuple[Entity, ...]:
    """Industry concepts of the SKOS scheme ``ontology/industries.ttl``."""
    return _concepts("industries.ttl", "industry")


@cache
def role_cues() -> dict[str, tuple[str, ...]]:
    """Cue verbs of each role (``kg/data/roles/cues.tsv``: responsible, lead, cooperates, guides,
    approves, and review: an approval only after 经 or 报), longest first so that an alternation of them prefers the longer cue."""
    found: dict[str, list[str]] = {}
    for row in read_data_tsv(data_dir() / "roles" / "cues.tsv"):
        found.setdefault(row["role"], []).append(row["cue"])
    return {role: tuple(sorted(words, key=len, reverse=True)) for role, words in found.items()}


@cache
def instruments() -> tuple[Entity, ...]:
    """Policy instrument types of ``ontology/instruments.ttl``; their alternative labels are cue words."""
    return _concepts("instruments.ttl", "instrument")


def period_readings(entities: tuple[Entity, ...]) -> dict[str, tuple[Entity, ...]]:
    """Surfaces that several bodies of different periods bore (国家计委: 国家计划委员会 until 1998,
    国家发展计划委员会 from then), each with those bodies in file order; a document's year chooses."""
    bearers: dict[str, list[Entity]] = {}
    for entity in entities:
        for surface in dict.fromkeys((entity.name, *entity.aliases)):
            bearers.setdefault(surface, []).append(entity)
    return {surface: tuple(found) for surface, found in bearers.items()
            if len(found) > 1 and any(e.existed != (None, None) for e in found)}


def reading_in(candidates: tuple[Entity, ...], year: int) -> Entity | None:
    """The one candidate that existed in ``year`` (open ends count as existing), else None."""
    existing = [e for e in candidates if (e.existed[0] or year) <= year <= (e.existed[1] or year)]
    return existing[0] if len(existing) == 1 else None


def surface_index(entities: tuple[Entity, ...]) -> dict[str, Entity]:
    """Every name and alias → its entity (the first entity wins on a clash, in file order)."""
    index: dict[str, Entity] = {}
    for entity in entities:
        for surface in (entity.name, *entity.aliases):
            index.setdefault(surface, entity)
    return index
