"""Every bundled query returns rows on a built graph of two documents, and every SPARQL text the
project ships (query files and queries embedded in modules) uses only terms the ontology defines."""

from __future__ import annotations

import ast
import re
import time
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.resources import ontology_file

REPO = Path(__file__).resolve().parents[2]
SEED = next((REPO / "seeds").glob("*.txt"))
QUERIES = sorted((REPO / "queries").glob("*.rq"))
SPARQL_FORM = re.compile(r"\b(?:SELECT|CONSTRUCT|ASK|DESCRIBE|INSERT|DELETE)\b")
PKG_TERM = re.compile(r"\bpkg:([A-Za-z][A-Za-z0-9_]*)")
PKG = "https://w3id.org/policykg/ontology#"


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
