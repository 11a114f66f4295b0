"""Push a built graph to a remote store with the SPARQL 1.1 Graph Store HTTP Protocol.

Each document graph is replaced with one PUT; the reference graph (places, actors, schemes) is sent
last and merged with POST, so a build of part of a corpus never leaves the remote with a reference
graph that lacks what its other documents need (``replace_reference`` PUTs it instead). What was sent
is recorded per endpoint in a state file, so a push that stops part-way says exactly which graphs it
replaced, and ``changed_only`` resends only graphs whose content differs from the last push (resume).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import httpx
from pyoxigraph import DefaultGraph, NamedNode, RdfFormat, Store, serialize

from kg.errors import InputError, PolicyKGError
from kg.graph.iris import REFERENCE_GRAPH
from kg.store import STORE_SCHEME, open_source

N_TRIPLES = "application/n-triples"


class PushFailed(PolicyKGError):
    """The remote store refused a request or could not be reached."""


def _send(client: httpx.Client, method: str, endpoint: str, params: dict[str, str], body: bytes) -> None:
    try:
        response = client.request(method, endpoint, params=params, content=body, headers={"Content-Type": N_TRIPLES})
    except httpx.HTTPError as exc:
        raise PushFailed(f"cannot reach {endpoint}: {exc}") from exc
    if response.status_code >= 300:
        first_line = (response.text.strip().splitlines() or [""])[0][:200]
        target = params.get("graph", "default graph")
        raise PushFailed(f"{method} {target} to {endpoint} failed: HTTP {response.status_code} {first_line}".rstrip())


def graph_payloads(store: Store, graph_iri: str | None) -> list[tuple[dict[str, str], bytes]]:
    """(query parameters, N-Triples body) for each request: one per named graph (the reference graph
    last), or everything into ``graph_iri``."""
    if graph_iri is not None:
        try:
            NamedNode(graph_iri)
        except ValueError as exc:
            raise InputError(f"--graph-iri is not an IRI: {exc}") from exc
        triples = sorted({quad.triple for quad in store}, key=str)
        return [({"graph": graph_iri}, serialize(triples, format=RdfFormat.N_TRIPLES))]
    payloads = []
    graphs: list[NamedNode | DefaultGraph] = sorted(store.named_graphs(), key=lambda g: (g.value == str(REFERENCE_GRAPH), str(g)))
    if next(iter(store.quads_for_pattern(None, None, None, DefaultGraph())), None) is not None:
        graphs.insert(0, DefaultGraph())
    for graph in graphs:
        body = store.dump(format=RdfFormat.N_TRIPLES, from_graph=graph)
        params = {"default": ""} if isinstance(graph, DefaultGraph) else {"graph": graph.value}
        payloads.append((params, body))
    return payloads


def state_path(graph: Path | str) -> Path:
    """Where pushes of ``graph`` are recorded: beside the graph file or store folder."""
    text = str(graph)
    path = Path(text[len(STORE_SCHEME):]) if text.startswith(STORE_SCHEME) else Path(text)
    return path.with_name(f".{path.name}.push.json")


def _read_state(path: Path) -> dict[str, dict[str, str]]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _write_state(path: Path, state: dict[str, dict[str, str]]) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(state, indent=1, sort_keys=True), encoding="utf-8")
    temporary.replace(path)


def run_push(graph: Path | str, endpoint: str, *, graph_iri: str | None, changed_only: bool = False,
             replace_reference: bool = False) -> list[str]:
    """Send each named graph of ``graph`` to the Graph Store endpoint; returns the graphs sent.

    On failure the error names every graph already replaced (they stay replaced: each request is atomic
    on the remote) and the state file lets ``changed_only`` resume from there."""
    store = open_source(graph)
    payloads = graph_payloads(store, graph_iri)
    state_file = state_path(graph)
    state = _read_state(state_file)
    sent_before = state.setdefault(endpoint, {})
    sent: list[str] = []
    skipped = 0
    with httpx.Client(timeout=httpx.Timeout(60.0)) as client:
        for params, body in payloads:
            name = params.get("graph", "default graph")
            digest = hashlib.sha256(body).hexdigest()
            if changed_only and sent_before.get(name) == digest:
                skipped += 1
                continue
            merge = name == str(REFERENCE_GRAPH) and graph_iri is None and not replace_reference
            try:
                _send(client, "POST" if merge else "PUT", endpoint, params, body)
            except PushFailed as exc:
                _write_state(state_file, state)
                done = f"{len(sent)} graph(s) sent before it: {' '.join(sent)}" if sent else "no graph was sent"
                raise PushFailed(f"{exc}; {done}; run again with --changed-only to resume") from None
            sent_before[name] = digest
            sent.append(name)
    _write_state(state_file, state)
    print(f"policykg: pushed {len(sent)} graph(s) to {endpoint}"
          + (f"; {skipped} unchanged since the last push skipped" if skipped else ""), file=sys.stderr)
    return sent
