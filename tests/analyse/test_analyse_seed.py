"""Analytics and pages on the real seed graph (the session's in-process build)."""

from __future__ import annotations

from kg.analyse import analyse, network_of, write_analysis
from kg.resources import queries_dir
from kg.store import select
from kg.store.view import open_graph
from kg.viz import Source, write_pages


def test_seed_graph_analysis_agrees_with_sparql_and_pages_render(seed_build, tmp_path):
    _report, out = seed_build
    graph = out / "graph.trig"
    source = open_graph(graph)
    network = network_of(source, graph)
    analysis = analyse(network)
    query = (queries_dir() / "analysis_place_pairs.rq").read_text(encoding="utf-8")
    names, rows = select(source.store, query)
    sparql = sorted((r["placeA"], r["placeB"], int(r["shared"])) for r in (dict(zip(names, row)) for row in rows))
    assert sparql == sorted((p.a, p.b, p.weight) for p in analysis.place_pairs)
    assert analysis.place_pairs, "the seed names many places together in one measure"
    assert analysis.communities.modularity is not None and analysis.communities.modularity > 0
    written = write_analysis(analysis, tmp_path / "analysis") + write_pages(Source(source, network),
                                                                             tmp_path / "viz", [])
    assert all(path.stat().st_size > 0 for path in written) and len(written) == 12
