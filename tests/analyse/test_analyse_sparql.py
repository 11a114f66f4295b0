"""The SPARQL query queries/analysis_place_pairs.rq gives the same pairs as networkx."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.analyse import analyse
from kg.analyse.read import read_network
from kg.graph.load import load_dataset
from kg.resources import queries_dir

GRAPHS = Path(__file__).resolve().parents[1] / "fixtures" / "graphs"


@pytest.mark.parametrize("name", ["small.trig", "hostile.ttl", "no_shared.ttl"])
def test_sparql_pairs_equal_networkx_pairs(name):
    dataset = load_dataset(GRAPHS / name)
    query = (queries_dir() / "analysis_place_pairs.rq").read_text(encoding="utf-8")
    sparql = sorted((str(r.placeA), str(r.placeB), int(r.shared)) for r in dataset.query(query))
    networkx = sorted((p.a, p.b, p.weight) for p in analyse(read_network(dataset)).place_pairs)
    assert sparql == networkx
    if name == "small.trig":
        assert len(sparql) == 4
