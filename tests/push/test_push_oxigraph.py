"""kg.push against a real `oxigraph serve`: PUT per named graph, idempotent re-push, clear failures."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kg.errors import PolicyKGError
from kg.push import run_push
from kg.store import open_source, select

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "linked" / "mini.trig"
SHARING = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?a ?b (COUNT(DISTINCT ?m) AS ?n) WHERE {
  ?a pkg:supportedBy ?m . ?b pkg:supportedBy ?m . FILTER(STR(?a) < STR(?b))
} GROUP BY ?a ?b ORDER BY ?a ?b"""
QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _oxigraph_binary() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return shutil.which("oxigraph") or (str(beside) if beside.is_file() else None)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a real Oxigraph server on a free loopback port (union default graph)."""
    binary = _oxigraph_binary()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("the oxigraph binary (PyPI package `oxigraph`) is required in CI")
        pytest.skip("oxigraph binary not installed")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{url}/query", params={"query": "ASK {}"}, timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"oxigraph did not start: {process.stderr.read().decode() if process.stderr else ''}")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture()
def mini(tmp_path: Path) -> Path:
    """A copy of the small graph (a push records its state beside the graph)."""
    copy = tmp_path / MINI.name
    shutil.copy(MINI, copy)
    return copy


def _remote_select(url: str, sparql: str) -> list[tuple[str, ...]]:
    response = httpx.post(f"{url}/query", data={"query": sparql},
                          headers={"Accept": "application/sparql-results+json"})
    response.raise_for_status()
    document = response.json()
    names = document["head"]["vars"]
    return [tuple(row[name]["value"] for name in names) for row in document["results"]["bindings"]]


def test_push_twice_neither_loses_nor_duplicates(oxigraph: str, mini: Path) -> None:
    local = open_source(MINI)
    run_push(mini, f"{oxigraph}/store", graph_iri=None)
    run_push(mini, f"{oxigraph}/store", graph_iri=None)
    assert _remote_select(oxigraph, QUADS) == [(str(len(local)),)]
    assert _remote_select(oxigraph, SHARING) == [tuple(row) for row in select(local, SHARING)[1]]
    graphs = _remote_select(oxigraph, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [g for (g,) in graphs] == sorted(graph.value for graph in local.named_graphs())


def test_graph_iri_puts_everything_in_one_graph(oxigraph: str, mini: Path) -> None:
    target = "https://example.org/graph/all"
    run_push(mini, f"{oxigraph}/store", graph_iri=target)
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{target}> {{ ?s ?p ?o }} }}"
    distinct = len({quad.triple for quad in open_source(MINI)})
    assert _remote_select(oxigraph, count) == [(str(distinct),)]


def test_http_failure_is_one_clear_error(oxigraph: str, mini: Path) -> None:
    with pytest.raises(PolicyKGError, match=r"failed: HTTP 404"):
        run_push(mini, f"{oxigraph}/no-such-endpoint", graph_iri=None)


def test_unreachable_endpoint_is_a_clear_error(mini: Path) -> None:
    with pytest.raises(PolicyKGError, match="cannot reach"):
        run_push(mini, f"http://127.0.0.1:{_free_port()}/store", graph_iri=None)


def test_seed_graph_pushed_answers_the_sharing_query_like_the_local_graph(oxigraph: str, seed_build, tmp_path) -> None:
    _, out = seed_build
    graph = tmp_path / "graph.trig"
    shutil.copy(out / "graph.trig", graph)
    httpx.post(f"{oxigraph}/update", data={"update": "CLEAR ALL"}).raise_for_status()  # other tests' graphs
    run_push(graph, f"{oxigraph}/store", graph_iri=None)
    sharing = (Path(__file__).resolve().parents[2] / "queries" / "01_cities_sharing_measures.rq").read_text("utf-8")
    remote = _remote_select(oxigraph, sharing)
    _, local = select(open_source(graph), sharing)
    concat_sorted = lambda rows: [(*row[:-1], sorted(row[-1].split(" | "))) for row in rows]  # noqa: E731
    assert concat_sorted(remote) == concat_sorted([tuple(value or "" for value in row) for row in local])
    assert any("沈阳市" in row and "洛阳市" in row for row in remote)
