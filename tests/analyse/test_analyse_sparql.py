"""The SPARQL query queries/analysis_place_pairs.rq gives the same pairs as networkx."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.analyse import analyse
from kg.analyse.read import read_network
from kg.resources import queries_dir
from kg.store import select
from kg.store.view import open_graph

GRAPHS = Path(__file__).resolve().parents[1] / "fixtures" / "graphs"


@pytest.mark.parametrize("name", ["small.trig", "hostile.ttl", "no_shared.ttl"])
def test_sparql_pairs_equal_networkx_pairs(name):
    source = open_graph(GRAPHS / name)
    query = (queries_dir() / "analysis_place_pairs.rq").read_text(encoding="utf-8")
    names, rows = select(source.store, query)
    sparql = sorted((r["placeA"], r["placeB"], int(r["shared"])) for r in (dict(zip(names, row)) for row in rows))
    networkx = sorted((p.a, p.b, p.weight) for p in analyse(read_network(source)).place_pairs)
    assert sparql == networkx
    if name == "small.trig":
        assert len(sparql) == 4
