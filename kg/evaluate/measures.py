"""Version-2 scoring at the measure level: anchors, targets, weighted shared pairs, roles (docs/gold-format.md)."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from math import fsum

from rdflib import URIRef

from kg.evaluate.facts import Measure
from kg.evaluate.fold import fold, fold_path
from kg.evaluate.gold import PROVIDING_ROLES, Gold
from kg.evaluate.counts import CategoryScore, compare

_SNIPPET = 12


def match_measures(gold: Gold, measures: dict[URIRef, Measure]) -> dict[URIRef, list[int]]:
    """For each system measure, the indexes of the gold measures it matches.

    A system measure matches a gold measure when both lie in the same provision (folded paths
    equal) and the system's source text, white space removed, contains the gold anchor.
    """
    by_path: dict[str, list[int]] = defaultdict(list)
    for i, measure in enumerate(gold.measures):
        by_path[fold_path(measure.provision)].append(i)
    return {iri: [i for i in by_path.get(fold_path(m.path), []) if fold(gold.measures[i].anchor) in fold(m.text)]
            for iri, m in measures.items()}


def _where(gold: Gold, measure: Measure, matched: list[int]) -> str:
    """How an error item names a system measure: provision and the anchor it matched, else its text."""
    label = gold.measures[matched[0]].anchor if matched else "≠ " + measure.text[:_SNIPPET]
    return f"{measure.path} [{label}]"


def _gold_where(gold: Gold, i: int) -> str:
    return f"{gold.measures[i].provision} [{gold.measures[i].anchor}]"


def place_measure(gold: Gold, measures: dict[URIRef, Measure], matches: dict[URIRef, list[int]],
                  places: dict[URIRef, str]) -> CategoryScore:
    """Pairs (gold measure, place) found through a matching system measure; other system pairs are false."""
    wanted = {(i, p) for i, m in enumerate(gold.measures) for p in m.targets}
    found: set[tuple[int, str]] = set()
    spurious: set[str] = set()
    for iri, measure in sorted(measures.items()):
        for place in {places[t] for t in measure.targets}:
            hits = {(i, place) for i in matches[iri]} & wanted
            found |= hits
            if not hits:
                spurious.add(f"{place} @ {_where(gold, measure, matches[iri])}")
    return CategoryScore(len(found), sorted(spurious),
                         sorted(f"{p} @ {_gold_where(gold, i)}" for i, p in wanted - found))


def _pairs(targets: set[str]) -> list[frozenset[str]]:
    return [frozenset(pair) for pair in combinations(sorted(targets), 2)]


def _pair(pair: frozenset[str]) -> str:
    return " + ".join(sorted(pair))


def shared(gold: Gold, measures: dict[URIRef, Measure], matches: dict[URIRef, list[int]],
           places: dict[URIRef, str]) -> CategoryScore:
    """Pairs of places targeted by one measure, each pair of a measure with k targets weighing 2/k.

    A gold pair is found when a system measure matched to its gold measure targets both places
    (weight from the gold measure); a system pair found nowhere is false with its own measure's weight.
    """
    wanted = {(i, pair): 2 / len(m.targets) for i, m in enumerate(gold.measures) for pair in _pairs(set(m.targets))}
    found: set[tuple[int, frozenset[str]]] = set()
    spurious: dict[str, float] = {}
    for iri, measure in sorted(measures.items()):
        targets = {places[t] for t in measure.targets}
        for pair in _pairs(targets):
            hits = {(i, pair) for i in matches[iri]} & wanted.keys()
            found |= hits
            if not hits:
                item = f"{_pair(pair)} @ {_where(gold, measure, matches[iri])} (×{2 / len(targets):.2f})"
                spurious[item] = 2 / len(targets)
    missing = {key: weight for key, weight in wanted.items() if key not in found}
    # fsum: exact, so the weights of a set add up to the same number in any order (hash seed)
    return CategoryScore(fsum(wanted[key] for key in found), sorted(spurious),
                         sorted(f"{_pair(pair)} @ {_gold_where(gold, i)} (×{w:.2f})" for (i, pair), w in missing.items()),
                         fp=fsum(spurious.values()), fn=fsum(missing.values()))


def roles(gold: Gold, measures: dict[URIRef, Measure], actors: dict[URIRef, str]) -> CategoryScore:
    """Triples (provision, actor, role) of the gold measures against those of the system's measures."""
    wanted = {(fold_path(m.provision), actor, role) for m in gold.measures for actor, role in m.roles}
    claimed = {(fold_path(m.path), actors[a], role) for m in measures.values() for a, role in m.roles}
    return compare(wanted, claimed, show=lambda k: f"{k[1]} {k[2]} @ {k[0]}")


def provided_by(gold: Gold, measures: dict[URIRef, Measure], actors: dict[URIRef, str]) -> CategoryScore:
    """Pairs (provision, actor) for the roles ``funds`` and ``responsible`` against ``pkg:providedBy``."""
    wanted = {(fold_path(m.provision), actor) for m in gold.measures
              for actor, role in m.roles if role in PROVIDING_ROLES}
    claimed = {(fold_path(m.path), actors[a]) for m in measures.values() for a in m.providers}
    return compare(wanted, claimed, show=lambda k: f"{k[1]} @ {k[0]}")
