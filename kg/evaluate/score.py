"""Match the graph's claims to the gold annotations and count true/false positives per category."""

from __future__ import annotations

from collections.abc import Callable

from rdflib import Dataset, Graph, URIRef

from kg.evaluate import measures as v2
from kg.evaluate.counts import CATEGORIES, TARGETS, CategoryScore, Scores, compare, macro, merge
from kg.evaluate.facts import Entity, Facts, read_facts
from kg.evaluate.fold import fold, fold_industry, fold_number, fold_path, fold_place
from kg.evaluate.gold import Gold, GoldEntity, GoldHeader

__all__ = ["CATEGORIES", "TARGETS", "CategoryScore", "Scores", "compare", "macro", "merge", "score"]


def _same_place(gold: GoldEntity, entity: Entity) -> int:
    """How well a graph place matches a gold one: every code matching wins, a code differing loses,
    else the length of the longest label they share (0: none)."""
    if gold.code and entity.code:
        return _BY_CODE if gold.code == entity.code else 0
    gold_names = {fold_place(n) for n in (gold.name, *gold.surfaces)}
    return max((len(n) for n in entity.names if fold_place(n) in gold_names), default=0)


def _same_actor(gold: GoldEntity, entity: Entity) -> int:
    """The length of the longest label a graph actor shares with a gold one (0: none)."""
    gold_names = {fold(n) for n in (gold.name, *gold.surfaces)}
    return max((len(n) for n in entity.names if fold(n) in gold_names), default=0)


_BY_CODE = 10**6  # a matching code outranks any shared label


def resolve(gold: tuple[GoldEntity, ...], entities: dict[URIRef, Entity],
            same: Callable[[GoldEntity, Entity], int]) -> dict[URIRef, str]:
    """Give each graph entity a key: the gold entity sharing its longest label (the first of equals; a
    park labelled with its full name and the short name of its host city, 合肥出口加工区 written 合肥 in
    合肥、芜湖出口加工区, is the park), else ``?`` + its own display name."""
    keys = {}
    for iri, entity in sorted(entities.items()):
        best = max(gold, key=lambda g: same(g, entity), default=None)
        keys[iri] = best.name if best is not None and same(best, entity) else "?" + entity.display
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


def _header(header: GoldHeader, facts: Facts, actors: dict[URIRef, str]) -> CategoryScore:
    """Number, title, date and each issuer of the document as one item each."""
    wanted = {("issuer", name) for name in header.issuers}
    for key, value, folder in (("number", header.number, fold_number), ("title", header.title, fold),
                               ("date", header.date, str)):
        if value is not None:
            wanted.add((key, folder(value)))
    claimed = {("number", fold_number(v)) for v in facts.header.get("number", ())}
    claimed |= {("title", fold(v)) for v in facts.header.get("title", ())}
    claimed |= {("date", v[:10]) for v in facts.header.get("date", ())}
    claimed |= {("issuer", actors[iri]) for iri in facts.issuers}
    return compare(wanted, claimed, show=lambda k: f"{k[0]}: {k[1]}")


def score(gold: Gold, graph: Graph | Dataset) -> Scores:
    """Score a built graph against one gold file; returns a :class:`CategoryScore` per category it annotates.

    Version 1 files score places, place–measure (per provision), shared (pairs over the document),
    place–industry and actors; version 2 files score place–measure and shared per measure and add
    roles, providedBy and (when the file has a header) the header. Every file scores place–provision:
    the (place, provision) pairs of all its measures, whatever the measures' extent (a version 1
    file's place–measure).
    """
    facts = read_facts(graph)
    places = resolve(gold.places, facts.places, _same_place)
    actors = resolve(gold.actors, facts.actors, _same_actor)
    scores = {
        "places": compare((g.name for g in gold.places), places.values()),
        "place_industry": _place_industry(gold, places, facts.place_industry),
        "actors": compare((g.name for g in gold.actors), actors.values()),
    }
    gold_pairs = {(p, fold_path(prov)) for p, prov in gold.place_measure}
    system_pairs = {(places[p], fold_path(prov)) for p, prov in facts.place_measure}
    scores["place_provision"] = compare(gold_pairs, system_pairs, show=lambda k: f"{k[0]} @ {k[1]}")
    if gold.version == 1:
        shared = {frozenset(places[e] for e in pair) for pair in facts.shared}
        scores["place_measure"] = scores["place_provision"]
        scores["shared"] = compare(gold.shared, (s for s in shared if len(s) == 2), show=_pair)
    else:
        matches = v2.match_measures(gold, facts.measures)
        role_actors = {**resolve(gold.actors, facts.role_actors, _same_actor), **actors}
        scores["place_measure"] = v2.place_measure(gold, facts.measures, matches, places)
        scores["shared"] = v2.shared(gold, facts.measures, matches, places)
        scores["roles"] = v2.roles(gold, facts.measures, role_actors)
        scores["provided_by"] = v2.provided_by(gold, facts.measures, role_actors)
        if gold.header is not None:
            issuers = {iri: facts.actors.get(iri) or facts.role_actors.get(iri) or Entity(iri) for iri in facts.issuers}
            scores["header"] = _header(gold.header, facts, resolve(gold.actors, issuers, _same_actor))
    return {c: scores[c] for c in CATEGORIES if c in scores}
