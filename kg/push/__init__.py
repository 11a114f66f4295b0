"""Push a built graph to a remote store with the SPARQL 1.1 Graph Store HTTP Protocol (one PUT per graph)."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
from pyoxigraph import DefaultGraph, NamedNode, RdfFormat, Store, serialize

from kg.errors import InputError, PolicyKGError
from kg.store import open_source

N_TRIPLES = "application/n-triples"


class PushFailed(PolicyKGError):
    """The remote store refused a request or could not be reached."""


def _put(client: httpx.Client, endpoint: str, params: dict[str, str], body: bytes) -> None:
    try:
        response = client.put(endpoint, params=params, content=body, headers={"Content-Type": N_TRIPLES})
    except httpx.HTTPError as exc:
        raise PushFailed(f"cannot reach {endpoint}: {exc}") from exc
    if response.status_code >= 300:
        first_line = (response.text.strip().splitlines() or [""])[0][:200]
        target = params.get("graph", "default graph")
        raise PushFailed(f"PUT {target} to {endpoint} failed: HTTP {response.status_code} {first_line}".rstrip())


def graph_payloads(store: Store, graph_iri: str | None) -> list[tuple[dict[str, str], bytes]]:
    """(query parameters, N-Triples body) for each PUT: one per named graph, or everything into ``graph_iri``."""
    if graph_iri is not None:
        try:
            NamedNode(graph_iri)
        except ValueError as exc:
            raise InputError(f"--graph-iri is not an IRI: {exc}") from exc
        triples = sorted({quad.triple for quad in store}, key=str)
        return [({"graph": graph_iri}, serialize(triples, format=RdfFormat.N_TRIPLES))]
    payloads = []
    graphs: list[NamedNode | DefaultGraph] = sorted(store.named_graphs(), key=str)
    if next(iter(store.quads_for_pattern(None, None, None, DefaultGraph())), None) is not None:
        graphs.insert(0, DefaultGraph())
    for graph in graphs:
        body = store.dump(format=RdfFormat.N_TRIPLES, from_graph=graph)
        params = {"default": ""} if isinstance(graph, DefaultGraph) else {"graph": graph.value}
        payloads.append((params, body))
    return payloads


def run_push(graph: Path, endpoint: str, *, graph_iri: str | None) -> None:
    """PUT each named graph of ``graph`` to the Graph Store endpoint; PUT replaces, so pushing twice is safe."""
    store = open_source(graph)
    payloads = graph_payloads(store, graph_iri)
    with httpx.Client(timeout=httpx.Timeout(60.0)) as client:
        for params, body in payloads:
            _put(client, endpoint, params, body)
    print(f"policykg: pushed {len(store)} quads in {len(payloads)} graph(s) to {endpoint}", file=sys.stderr)
