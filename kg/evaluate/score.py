"""Match the graph's claims to the gold annotations and count true/false positives per category."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rdflib import Dataset, Graph, URIRef

from kg.evaluate.facts import Entity, read_facts
from kg.evaluate.fold import fold, fold_industry, fold_path, fold_place
from kg.evaluate.gold import Gold, GoldEntity

CATEGORIES = ("places", "place_measure", "shared", "place_industry", "actors")
TARGETS = {"places": 0.95, "place_measure": 0.85, "shared": 0.85, "place_industry": 0.80, "actors": 0.95}


@dataclass
class CategoryScore:
    """Counts for one category plus the items behind the errors, for an engineer to read."""

    tp: int = 0
    false_positives: list[str] = field(default_factory=list)
    false_negatives: list[str] = field(default_factory=list)

    @property
    def fp(self) -> int:
        return len(self.false_positives)

    @property
    def fn(self) -> int:
        return len(self.false_negatives)

    @property
    def empty(self) -> bool:
        """Nothing to find and nothing found: the scores are undefined, not zero."""
        return self.tp + self.fp + self.fn == 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        """Plain numbers and lists, for JSON output."""
        rates = {k: None if self.empty else round(v, 4)
                 for k, v in (("precision", self.precision), ("recall", self.recall), ("f1", self.f1))}
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, **rates,
                "false_positives": self.false_positives, "false_negatives": self.false_negatives}


Scores = dict[str, CategoryScore]


def merge(parts: list[tuple[str, Scores]]) -> Scores:
    """Micro-average several documents: add their counts; error items are prefixed with the document name."""
    total: Scores = {}
    for name, scores in parts:
        for category, part in scores.items():
            into = total.setdefault(category, CategoryScore())
            into.tp += part.tp
            into.false_positives += [f"{name}: {item}" for item in part.false_positives]
            into.false_negatives += [f"{name}: {item}" for item in part.false_negatives]
    return total


def compare(gold: Iterable[Hashable], system: Iterable[Hashable],
            show: Callable[[Any], str] = str) -> CategoryScore:
    """Score two sets of already-matched keys: tp = in both, fp = system only, fn = gold only."""
    gold_set, system_set = set(gold), set(system)
    return CategoryScore(len(gold_set & system_set),
                         sorted(show(k) for k in system_set - gold_set),
                         sorted(show(k) for k in gold_set - system_set))


def _same_place(gold: GoldEntity, entity: Entity) -> bool:
    if gold.code and entity.code:
        return gold.code == entity.code
    gold_names = {fold_place(n) for n in (gold.name, *gold.surfaces)}
    return any(fold_place(n) in gold_names for n in entity.names)


def _same_actor(gold: GoldEntity, entity: Entity) -> bool:
    gold_names = {fold(n) for n in (gold.name, *gold.surfaces)}
    return any(fold(n) in gold_names for n in entity.names)


def resolve(gold: tuple[GoldEntity, ...], entities: dict[URIRef, Entity],
            same: Callable[[GoldEntity, Entity], bool]) -> dict[URIRef, str]:
    """Give each graph entity a key: the first matching gold name, else ``?`` + its own display name."""
    keys = {}
    for iri, entity in sorted(entities.items()):
        match = next((g.name for g in gold if same(g, entity)), None)
        keys[iri] = match if match is not None else "?" + entity.display
    return keys


def _pair(names: frozenset[str]) -> str:
    return " + ".join(sorted(names))


def _place_industry(gold: Gold, keys: dict[URIRef, str],
                    claims: dict[tuple[URIRef, URIRef], set[str]]) -> CategoryScore:
    """A gold (place, industry) is found when some cluster of that place has the industry among its labels."""
    found, spurious = set(), []
    for (place, industry), names in sorted(claims.items()):
        folded = {fold_industry(n) for n in names}
        hits = {g for g in gold.place_industry if g[0] == keys[place] and fold_industry(g[1]) in folded}
        found |= hits
        if not hits:
            spurious.append(f"{keys[place]} – {min(names, key=lambda n: (len(n), n))}")
    missing = sorted(f"{p} – {i}" for p, i in gold.place_industry - found)
    return CategoryScore(len(found), sorted(spurious), missing)


def score(gold: Gold, graph: Graph | Dataset) -> Scores:
    """Score a built graph against one gold file; returns a :class:`CategoryScore` per category."""
    facts = read_facts(graph)
    places = resolve(gold.places, facts.places, _same_place)
    actors = resolve(gold.actors, facts.actors, _same_actor)
    gold_measure = {(p, fold_path(prov)) for p, prov in gold.place_measure}
    system_measure = {(places[p], fold_path(prov)) for p, prov in facts.place_measure}
    shared = {frozenset(places[e] for e in pair) for pair in facts.shared}
    return {
        "places": compare((g.name for g in gold.places), places.values()),
        "place_measure": compare(gold_measure, system_measure, show=lambda k: f"{k[0]} @ {k[1]}"),
        "shared": compare(gold.shared, (s for s in shared if len(s) == 2), show=_pair),
        "place_industry": _place_industry(gold, places, facts.place_industry),
        "actors": compare((g.name for g in gold.actors), actors.values()),
    }
