"""Run every analysis over a policy network and keep the results together."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kg.analyse.centrality import Centrality, Communities, betweenness_method, centrality, communities
from kg.analyse.pairs import (ActorReach, SharedPair, actor_reach, place_industries, place_measures,
                              place_projection, shared_pairs)
from kg.analyse.read import PolicyNetwork

# Industry pairs grow with the square of the places (most places share some industry); only the
# strongest are listed, the total is kept.
INDUSTRY_PAIR_LIMIT = 5000


@dataclass(frozen=True)
class Analysis:
    """All results of ``policykg analyze`` for one graph."""

    network: PolicyNetwork
    place_measures: dict[str, frozenset[str]]
    place_industries: dict[str, dict[str, frozenset[str]]]
    place_pairs: list[SharedPair]
    industry_pairs: list[SharedPair]
    industry_pairs_total: int
    actor_reach: list[ActorReach]
    projection: nx.Graph
    centrality: list[Centrality]
    communities: Communities
    betweenness_method: str

    def binding_measures(self, members: tuple[str, ...]) -> list[tuple[str, int]]:
        """Measures targeting at least two of ``members``, with how many they target (most first)."""
        counts: dict[str, int] = {}
        for place in members:
            for measure in self.place_measures.get(place, ()):
                counts[measure] = counts.get(measure, 0) + 1
        return sorted(((m, c) for m, c in counts.items() if c >= 2), key=lambda mc: (-mc[1], mc[0]))


def analyse(network: PolicyNetwork) -> Analysis:
    """Pairs, reach, centrality and communities of one network."""
    measures = place_measures(network)
    industries = place_industries(network)
    pairs = shared_pairs(measures)
    projection = place_projection(network, pairs)
    by_industry = shared_pairs({p: frozenset(links) for p, links in industries.items()})
    return Analysis(
        network=network,
        place_measures=measures,
        place_industries=industries,
        place_pairs=pairs,
        industry_pairs=by_industry[:INDUSTRY_PAIR_LIMIT],
        industry_pairs_total=len(by_industry),
        actor_reach=actor_reach(network),
        projection=projection,
        centrality=centrality(projection),
        communities=communities(projection),
        betweenness_method=betweenness_method(projection),
    )
