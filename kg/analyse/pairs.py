"""Who shares what: place pairs bound by measures or industries, and each actor's reach over places."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations

import networkx as nx

from kg.analyse.read import PolicyNetwork

MEASURE_BASIS = "measure"
CLUSTER_BASIS = "cluster"


@dataclass(frozen=True)
class SharedPair:
    """Two places (``a`` < ``b`` by IRI) and the items (measures or industries) both have."""

    a: str
    b: str
    shared: tuple[str, ...]
    jaccard: float

    @property
    def weight(self) -> int:
        """How many items the two places share."""
        return len(self.shared)


@dataclass(frozen=True)
class ActorReach:
    """An actor that provides measures targeting a place, with those measures."""

    actor: str
    place: str
    measures: tuple[str, ...]


def place_measures(network: PolicyNetwork) -> dict[str, frozenset[str]]:
    """Each place targeted by at least one measure, with the set of those measures."""
    sets: dict[str, set[str]] = defaultdict(set)
    for measure in network.measures.values():
        for place in measure.places:
            sets[place].add(measure.iri)
    return {place: frozenset(items) for place, items in sorted(sets.items())}


def place_industries(network: PolicyNetwork) -> dict[str, dict[str, frozenset[str]]]:
    """Each place's industries with the basis of each link.

    An industry belongs to a place through a cluster (``pkg:hasIndustryCluster`` →
    ``pkg:clusterIndustry``, basis ``cluster``) or through a measure that targets the place and
    concerns the industry (basis ``measure``); both bases are kept.
    """
    bases: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for measure in network.measures.values():
        for place in measure.places:
            for industry in measure.industries:
                bases[place][industry].add(MEASURE_BASIS)
    for place, industries in network.cluster_industries.items():
        for industry in industries:
            bases[place][industry].add(CLUSTER_BASIS)
    return {place: {ind: frozenset(b) for ind, b in sorted(links.items())}
            for place, links in sorted(bases.items())}


def shared_pairs(sets: Mapping[str, frozenset[str]]) -> list[SharedPair]:
    """Every pair of keys whose sets intersect, with the intersection and its Jaccard similarity.

    Sorted by shared count (descending), then Jaccard (descending), then the two IRIs.
    """
    holders: dict[str, list[str]] = defaultdict(list)
    for key in sorted(sets):
        for item in sets[key]:
            holders[item].append(key)
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item, keys in holders.items():
        for a, b in combinations(keys, 2):
            shared[(a, b)].add(item)
    pairs = [SharedPair(a, b, tuple(sorted(items)), len(items) / len(sets[a] | sets[b]))
             for (a, b), items in shared.items()]
    return sorted(pairs, key=lambda p: (-p.weight, -p.jaccard, p.a, p.b))


def actor_reach(network: PolicyNetwork) -> list[ActorReach]:
    """For each actor and place, the measures the actor provides that target the place."""
    reach: dict[tuple[str, str], set[str]] = defaultdict(set)
    for measure in network.measures.values():
        for actor in measure.actors:
            for place in measure.places:
                reach[(actor, place)].add(measure.iri)
    rows = [ActorReach(actor, place, tuple(sorted(ms))) for (actor, place), ms in reach.items()]
    return sorted(rows, key=lambda r: (r.actor, -len(r.measures), r.place))


def bipartite_graph(network: PolicyNetwork) -> nx.Graph:
    """The place–measure bipartite graph (node attribute ``bipartite``: 0 place, 1 measure)."""
    graph = nx.Graph()
    sets = place_measures(network)
    graph.add_nodes_from(sets, bipartite=0)
    graph.add_nodes_from(sorted(network.measures), bipartite=1)
    graph.add_edges_from((place, measure) for place, ms in sets.items() for measure in sorted(ms))
    return graph


def place_projection(network: PolicyNetwork, pairs: list[SharedPair]) -> nx.Graph:
    """The weighted place projection: places with measures, edges for places sharing measures.

    Edge attributes: ``weight`` (shared measures), ``jaccard`` and ``distance`` (1 / weight, for
    shortest-path measures where a stronger tie is a shorter one). Nodes and edges are added in
    IRI order so that seeded algorithms give the same answer every run.
    """
    bipartite = bipartite_graph(network)
    graph = nx.Graph()
    graph.add_nodes_from(sorted(n for n, side in bipartite.nodes(data="bipartite") if side == 0))
    for pair in sorted(pairs, key=lambda p: (p.a, p.b)):
        graph.add_edge(pair.a, pair.b, weight=pair.weight, jaccard=pair.jaccard, distance=1 / pair.weight)
    return graph
