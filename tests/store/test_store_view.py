"""The store read as Python values: a fact held by several graphs is read once, and the reading
commands load a graph file into Oxigraph without rdflib parsing it."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import Literal, URIRef

from kg.store.view import StoreGraph, open_graph

REPO = Path(__file__).resolve().parents[2]
GRAPHS = REPO / "tests" / "fixtures" / "graphs"
PKG = "https://w3id.org/policykg/ontology#"
NQUADS = f"""
<urn:m1> <{PKG}targets> <urn:p1> <urn:g1> .
<urn:m1> <{PKG}targets> <urn:p1> <urn:g2> .
<urn:p1> <http://www.w3.org/2000/01/rdf-schema#label> "沈阳市"@zh <urn:g1> .
<urn:p1> <http://www.w3.org/2000/01/rdf-schema#label> "沈阳市"@zh <urn:g2> .
<urn:p1> <{PKG}adminCode> "210100" .
"""


@pytest.fixture
def view() -> StoreGraph:
    store = ox.Store()
    store.load(NQUADS.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return StoreGraph(store)


def test_a_fact_in_two_graphs_is_read_once(view):
    place = URIRef("urn:p1")
    assert view.subject_objects(URIRef(PKG + "targets")) == [(URIRef("urn:m1"), place)]
    assert view.objects(place, rdflib.RDFS.label) == [Literal("沈阳市", lang="zh")]
    assert view.subjects(URIRef(PKG + "adminCode")) == [place]  # the default graph is read too
    assert (URIRef("urn:m1"), URIRef(PKG + "targets"), place) in view
    assert view.rows(f"SELECT ?m WHERE {{ ?m <{PKG}targets> ?p }}") == [(URIRef("urn:m1"),)]


@pytest.fixture
def no_rdflib_parsing(monkeypatch):
    """rdflib's parsers raise: any graph file a command reads must go through Oxigraph."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("rdflib parsed a graph")
    for cls in (rdflib.Graph, rdflib.ConjunctiveGraph, rdflib.Dataset):
        monkeypatch.setattr(cls, "parse", refuse)


def _query(graph: Path, out: Path) -> None:
    from kg.query import run_query

    run_query(REPO / "queries" / "analysis_place_pairs.rq", graph, "csv")


def _analyze(graph: Path, out: Path) -> None:
    from kg.analyse import run_analyze

    run_analyze(graph, out, by="year")


def _viz(graph: Path, out: Path) -> None:
    from kg.viz import run_viz

    run_viz(graph, out, [])


@pytest.mark.parametrize("command", [_query, _analyze, _viz], ids=["query", "analyze", "viz"])
@pytest.mark.parametrize("name", ["small.trig", "no_shared.ttl"])
def test_commands_read_a_graph_file_without_rdflib(no_rdflib_parsing, command, name, tmp_path, capsys):
    command(GRAPHS / name, tmp_path)
    assert capsys.readouterr().out or any(tmp_path.iterdir())


def test_an_on_disk_store_opens_read_only(tmp_path):
    from kg.store import save_store

    save_store(GRAPHS / "small.trig", tmp_path / "store")
    view = open_graph(f"oxigraph:{tmp_path / 'store'}")
    assert view.subject_objects(URIRef(PKG + "targets"))
