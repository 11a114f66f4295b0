"""Centrality and communities on the weighted place projection (seeded, so runs repeat exactly)."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

SEED = 20211119
EXACT_BETWEENNESS_LIMIT = 300
BETWEENNESS_SAMPLES = 100


@dataclass(frozen=True)
class Centrality:
    """One place's scores on the projection."""

    place: str
    degree: int
    weighted_degree: float
    betweenness: float
    pagerank: float


@dataclass(frozen=True)
class Communities:
    """A Louvain partition: communities (largest first) and its modularity (None without edges)."""

    groups: tuple[tuple[str, ...], ...]
    modularity: float | None


def betweenness_method(graph: nx.Graph) -> str:
    """How betweenness is computed for this graph: exactly, or sampled from ``k`` sources."""
    n = graph.number_of_nodes()
    if n <= EXACT_BETWEENNESS_LIMIT:
        return "exact"
    return f"sampled (k={BETWEENNESS_SAMPLES}, seed={SEED})"


def centrality(graph: nx.Graph) -> list[Centrality]:
    """Degree, weighted degree, betweenness (distance = 1/weight) and weighted PageRank per place.

    Betweenness is exact up to ``EXACT_BETWEENNESS_LIMIT`` nodes and sampled above it. Sorted by
    PageRank (descending), then IRI.
    """
    n = graph.number_of_nodes()
    if n == 0:
        return []
    k = None if n <= EXACT_BETWEENNESS_LIMIT else BETWEENNESS_SAMPLES
    between = nx.betweenness_centrality(graph, k=k, weight="distance", normalized=True, seed=SEED)
    if graph.number_of_edges():
        rank = nx.pagerank(graph, weight="weight")
    else:
        rank = {node: 1 / n for node in graph}
    rows = [Centrality(place=node, degree=graph.degree(node),
                       weighted_degree=float(graph.degree(node, weight="weight")),
                       betweenness=between[node], pagerank=rank[node])
            for node in graph]
    return sorted(rows, key=lambda c: (-round(c.pagerank, 9), c.place))


def communities(graph: nx.Graph) -> Communities:
    """Louvain communities with a fixed seed; isolated places form communities of one."""
    if graph.number_of_edges() == 0:
        return Communities(groups=tuple((node,) for node in sorted(graph)), modularity=None)
    found = nx.community.louvain_communities(graph, weight="weight", seed=SEED)
    groups = sorted((tuple(sorted(group)) for group in found), key=lambda g: (-len(g), g))
    modularity = nx.community.modularity(graph, found, weight="weight")
    return Communities(groups=tuple(groups), modularity=modularity)
