"""Time across documents: measures, places and instruments per year, place timelines, and diffusion.

A measure's year is the issue year (``dcterms:issued``) of its document (``pkg:inDocument``). Diffusion
follows, for each instrument type and each place designation, the first year each place is targeted,
and the level of the body that issued that first document (central → provincial → city → county).
The method is a graph-side analogue of text-driven diffusion measures such as the policy diffusion
index of Chen et al. (2025, 9,091 documents), which it is meant to be compared with, not to replace.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rdflib import URIRef

from kg.analyse.read import label_of
from kg.store.view import StoreGraph
from kg.vocab import sparql_prefixes

LEVELS = ("central", "provincial", "city", "county", "unknown")
_LOCAL_ACTOR = re.compile(r"/actor/(\d{6})-")
_PREFIX = sparql_prefixes("pkg", "dcterms")
_MEASURES = _PREFIX + """SELECT DISTINCT ?measure ?document ?issued WHERE {
  ?measure a pkg:Measure ; pkg:inDocument ?document . ?document dcterms:issued ?issued }"""
_TARGETS = _PREFIX + "SELECT DISTINCT ?measure ?place WHERE { ?measure a pkg:Measure ; pkg:targets ?place }"
_INSTRUMENTS = _PREFIX + "SELECT DISTINCT ?measure ?concept WHERE { ?measure pkg:instrumentType ?concept }"
_DESIGNATIONS = _PREFIX + "SELECT DISTINCT ?place ?concept WHERE { ?place pkg:designation ?concept }"
_ISSUERS = _PREFIX + "SELECT DISTINCT ?document ?actor WHERE { ?document a pkg:PolicyDocument ; pkg:issuedBy ?actor }"


@dataclass(frozen=True)
class YearRow:
    """What one year's documents hold."""

    year: int
    documents: int
    measures: int
    places: int
    instruments: int


@dataclass(frozen=True)
class FirstReach:
    """The first year ``place`` is targeted by a measure of ``concept`` (an instrument or designation)."""

    kind: str        # instrument | designation
    concept: str
    place: str
    year: int
    document: str
    level: str       # level of the first document's issuer


@dataclass
class TimeAnalysis:
    """Per-year counts, place timelines (place → year → measures) and diffusion rows, with labels."""

    years: list[YearRow]
    timelines: dict[str, dict[int, int]]
    diffusion: list[FirstReach]
    labels: dict[str, str]

    def curve(self) -> dict[str, list[tuple[int, int]]]:
        """concept → (year, cumulative number of places reached by then), for each year with news."""
        first: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        for row in self.diffusion:
            first[row.concept][row.year] += 1
        curves = {}
        for concept, per_year in sorted(first.items()):
            total, points = 0, []
            for year in sorted(per_year):
                total += per_year[year]
                points.append((year, total))
            curves[concept] = points
        return curves


def issuer_level(actor: str) -> str:
    """``actor/210000-government`` → provincial; ``actor/210100-…`` → city; lexicon bodies → central."""
    match = _LOCAL_ACTOR.search(actor)
    if match is None:
        return "central"
    code = match.group(1)
    return "provincial" if code.endswith("0000") else "city" if code.endswith("00") else "county"


def _rows(graph: StoreGraph, query: str) -> list[tuple[str, ...]]:
    return sorted(tuple(str(v) for v in row) for row in graph.rows(query))


def analyse_time(graph: StoreGraph) -> TimeAnalysis:
    """Years, timelines and diffusion of a built graph (documents without an issue date are left out)."""
    year_of = {m: int(issued[:4]) for m, _, issued in _rows(graph, _MEASURES)}
    document_of = {m: d for m, d, _ in _rows(graph, _MEASURES)}
    targets: dict[str, set[str]] = defaultdict(set)
    for measure, place in _rows(graph, _TARGETS):
        targets[measure].add(place)
    instruments: dict[str, set[str]] = defaultdict(set)
    for measure, concept in _rows(graph, _INSTRUMENTS):
        instruments[measure].add(concept)
    designations: dict[str, set[str]] = defaultdict(set)
    for place, concept in _rows(graph, _DESIGNATIONS):
        designations[place].add(concept)
    levels: dict[str, str] = {}
    for document, actor in _rows(graph, _ISSUERS):
        level = issuer_level(actor)
        if LEVELS.index(level) < LEVELS.index(levels.get(document, "unknown")):
            levels[document] = level
    per_year: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    timelines: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    first: dict[tuple[str, str, str], tuple[int, str]] = {}
    for measure, year in sorted(year_of.items()):
        bucket = per_year[year]
        bucket["documents"].add(document_of[measure])
        bucket["measures"].add(measure)
        bucket["places"] |= targets[measure]
        bucket["instruments"] |= instruments[measure]
        for place in targets[measure]:
            timelines[place][year] += 1
            reached = [("instrument", c) for c in instruments[measure]]
            reached += [("designation", c) for c in designations.get(place, ())]
            for kind, concept in reached:
                key = (kind, concept, place)
                if key not in first or (year, document_of[measure]) < first[key]:
                    first[key] = (year, document_of[measure])
    years = [YearRow(year, len(b["documents"]), len(b["measures"]), len(b["places"]), len(b["instruments"]))
             for year, b in sorted(per_year.items())]
    diffusion = sorted((FirstReach(kind, concept, place, year, document, levels.get(document, "unknown"))
                        for (kind, concept, place), (year, document) in first.items()),
                       key=lambda r: (r.kind, r.concept, r.year, LEVELS.index(r.level), r.place))
    nodes = {*timelines, *(r.concept for r in diffusion), *(r.document for r in diffusion)}
    labels = {node: label_of(graph, URIRef(node)) for node in sorted(nodes)}
    return TimeAnalysis(years, {p: dict(sorted(t.items())) for p, t in sorted(timelines.items())}, diffusion, labels)
