"""Known answers of the analytics on the hand-made fixture graph (see its header comment)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.analyse import analyse
from kg.analyse.read import read_network
from kg.store.view import open_graph
from kg.vocab import PKG, PKGD

GRAPHS = Path(__file__).resolve().parents[1] / "fixtures" / "graphs"
SHENYANG, ANSHAN, BAOTOU, DATONG, TIEXI = (str(PKGD[f"place/{c}"]) for c in
                                           ("210100", "210300", "150200", "140200", "210106"))
M = {n: str(PKGD[f"doc/fgzx-2021-1618/{p}/m{n}"]) for n, p in ((1, "p4"), (2, "p4"), (3, "p3"),
                                                                 (4, "p3"), (5, "p3"))}


@pytest.fixture(scope="module")
def analysis():
    return analyse(read_network(open_graph(GRAPHS / "small.trig")))


def test_place_pairs_have_known_measures_weights_and_jaccard(analysis):
    got = {(p.a, p.b): (p.shared, round(p.jaccard, 6)) for p in analysis.place_pairs}
    assert got == {
        (SHENYANG, ANSHAN): ((M[1], M[2]), round(2 / 3, 6)),
        (BAOTOU, SHENYANG): ((M[2],), 0.25),
        (BAOTOU, ANSHAN): ((M[2],), round(1 / 3, 6)),
        (DATONG, BAOTOU): ((M[3],), round(1 / 3, 6)),
    }
    assert analysis.place_pairs[0].weight == 2  # strongest pair first


def test_places_without_measures_stay_out_of_the_projection(analysis):
    assert TIEXI in analysis.network.places
    assert set(analysis.projection) == {SHENYANG, ANSHAN, BAOTOU, DATONG}
    assert analysis.projection[SHENYANG][ANSHAN]["weight"] == 2


def test_industry_pairs_use_clusters_and_measures(analysis):
    got = {(p.a, p.b): p.weight for p in analysis.industry_pairs}
    assert got[(DATONG, BAOTOU)] == 2  # 新材料 by measure, 钢铁 by Datong's cluster
    assert got[(DATONG, SHENYANG)] == 1  # only through the cluster
    assert len(got) == 6
    steel = str(PKGD["industry/steel"])
    assert analysis.place_industries[DATONG][steel] == frozenset({"cluster"})
    assert analysis.place_industries[BAOTOU][steel] == frozenset({"measure"})


def test_actor_reach_follows_provided_measures(analysis):
    reach = {(r.actor.rsplit("/", 1)[-1], r.place): r.measures for r in analysis.actor_reach}
    assert reach[("cdb", SHENYANG)] == (M[1],)
    assert {place for actor, place in reach if actor == "ndrc"} == {SHENYANG, ANSHAN, BAOTOU}
    assert len(reach) == 7


def test_centrality_known_values(analysis):
    rows = {c.place: c for c in analysis.centrality}
    assert rows[BAOTOU].degree == 3 and rows[SHENYANG].weighted_degree == 3.0
    assert rows[BAOTOU].betweenness == pytest.approx(2 / 3)
    assert rows[DATONG].betweenness == 0
    assert analysis.centrality[0].place == BAOTOU  # highest PageRank
    assert sum(c.pagerank for c in analysis.centrality) == pytest.approx(1.0)


def test_louvain_communities_and_modularity(analysis):
    assert set(analysis.communities.groups) == {(SHENYANG, ANSHAN), (DATONG, BAOTOU)}
    assert analysis.communities.modularity == pytest.approx(0.08)
    assert analysis.binding_measures((SHENYANG, ANSHAN)) == [(M[1], 2), (M[2], 2)]


def test_only_supported_by_direction_gives_the_same_pairs(analysis):
    reduced = open_graph(GRAPHS / "small.trig")
    for quad in list(reduced.store.quads_for_pattern(None, ox.NamedNode(PKG.targets), None)):
        reduced.store.remove(quad)
    other = analyse(read_network(reduced))
    assert [(p.a, p.b, p.shared) for p in other.place_pairs] == \
        [(p.a, p.b, p.shared) for p in analysis.place_pairs]


def test_no_shared_measure_gives_an_empty_projection():
    empty = analyse(read_network(open_graph(GRAPHS / "no_shared.ttl")))
    assert empty.place_pairs == []
    assert empty.projection.number_of_edges() == 0
    assert empty.communities.modularity is None
    assert all(len(group) == 1 for group in empty.communities.groups)
