"""Every bundled query returns rows on a built graph of two documents, one row per answer however many
document graphs repeat a fact, and every SPARQL text the project ships (query files and queries
embedded in modules) uses only terms the ontology defines."""

from __future__ import annotations

import ast
import csv
import io
import re
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef

from kg.resources import ontology_file

REPO = Path(__file__).resolve().parents[2]
SEED = next((REPO / "seeds").glob("*.txt"))
QUERIES = sorted((REPO / "queries").glob("*.rq"))
SPARQL_FORM = re.compile(r"\b(?:SELECT|CONSTRUCT|ASK|DESCRIBE|INSERT|DELETE)\b")
PKG_TERM = re.compile(r"\bpkg:([A-Za-z][A-Za-z0-9_]*)")
PKG = "https://w3id.org/policykg/ontology#"
CONCATENATED = re.compile(r" \| |、")  # the GROUP_CONCAT separators of the bundled queries


@pytest.fixture(scope="module")
def two_documents(tmp_path_factory):
    """The seed and a second issue of it under another number: two documents targeting the same places."""
    from kg.pipeline import run_build

    inputs = tmp_path_factory.mktemp("inputs")
    text = SEED.read_text(encoding="utf-8")
    (inputs / "a.txt").write_text(text, encoding="utf-8")
    (inputs / "b.txt").write_text(text.replace("1618", "1619", 1), encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    run_build([inputs], out)
    return out / "graph.trig"


@pytest.fixture(scope="module")
def store(two_documents):
    from kg.store import open_source

    return open_source(two_documents)


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.name)
def test_each_bundled_query_returns_rows(store, query, capsys) -> None:
    started = time.process_time()
    rows = list(store.query(query.read_text(encoding="utf-8"), use_default_graph_as_union=True))
    with capsys.disabled():  # a measurement, printed, never a pass/fail timing
        print(f"\n{query.name}: {len(rows)} rows, {time.process_time() - started:.3f} CPU s")
    assert rows, f"{query.name} returned no rows"


@pytest.fixture(scope="module")
def repeated(two_documents):
    """The same graph with every fact held a second time, by a third document graph."""
    from kg.graph.iris import graph_iri

    store = ox.Store()
    store.bulk_load(path=str(two_documents), format=ox.RdfFormat.TRIG)
    again = ox.NamedNode(str(graph_iri("again")))
    store.extend([ox.Quad(quad.subject, quad.predicate, quad.object, again) for quad in store])
    return store


def _answer(store: ox.Store, text: str) -> list[tuple[tuple[str, ...], ...]]:
    """The rows, each cell as its sorted GROUP_CONCAT parts (SPARQL leaves their order open)."""
    result = store.query(text, use_default_graph_as_union=True)
    rows = csv.reader(io.StringIO(result.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8")))
    return sorted(tuple(tuple(sorted(CONCATENATED.split(cell))) for cell in row) for row in rows)


@pytest.mark.parametrize("query", QUERIES, ids=lambda p: p.name)
def test_a_fact_repeated_in_two_document_graphs_gives_one_row(store, repeated, query) -> None:
    text = query.read_text(encoding="utf-8")
    assert _answer(repeated, text) == _answer(store, text)


def _defined() -> set[str]:
    graph = Graph().parse(ontology_file("policykg.ttl"), format="turtle")
    return {str(s)[len(PKG):] for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(PKG)}


def _embedded_queries() -> list[tuple[str, str]]:
    """Every string constant in kg/ that is (part of) a SPARQL text naming pkg: terms."""
    found = []
    for path in sorted((REPO / "kg").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and "pkg:" in node.value
                    and SPARQL_FORM.search(node.value)):
                found.append((f"{path.relative_to(REPO)}:{node.lineno}", node.value))
    return found


@pytest.mark.parametrize("name, text", [(p.name, p.read_text(encoding="utf-8")) for p in QUERIES]
                         + _embedded_queries(), ids=lambda v: v if len(v) < 80 and "\n" not in v else "")
def test_sparql_uses_only_defined_terms(name: str, text: str) -> None:
    undefined = set(PKG_TERM.findall(text)) - _defined()
    assert not undefined, f"{name} uses undefined pkg: terms {sorted(undefined)}"
