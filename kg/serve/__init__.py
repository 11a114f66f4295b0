"""Serve a built graph: SPARQL 1.1 protocol, dereferenceable IRIs, ontology docs and VoID."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from kg.errors import UsageError
from kg.graph.load import DEFAULT_GRAPH
from kg.store import STORE_SCHEME


@dataclass(frozen=True)
class ServeLimits:
    """What the server promises its host: see "Serving safely" in the README."""

    workers: int = 4
    timeout: float = 10.0
    memory_limit_mb: int = 1024
    per_client: int = 2
    allow_services: tuple[str, ...] = ()
    cors_origins: tuple[str, ...] = ("*",)


MAX_CONNECTIONS = 256
"""Open connections uvicorn accepts before it answers 503 at once."""


def run_serve(*, graph: Path | None, store: Path | None, host: str, port: int,
              limits: ServeLimits = ServeLimits()) -> None:
    """Start the service on ``host:port`` over a graph file or an Oxigraph store folder (not both)."""
    import uvicorn

    from kg.resources import ontology_file, queries_dir
    from kg.serve.app import create_app

    if graph is not None and store is not None:
        raise UsageError("give --graph or --store, not both")
    source = f"{STORE_SCHEME}{store}" if store is not None else str(graph or DEFAULT_GRAPH)
    try:
        queries: Path | None = queries_dir()
        ontology: Path | None = ontology_file()
    except FileNotFoundError:  # a partial installation: serve what there is
        queries = ontology = None
    if ontology is not None and not ontology.is_file():
        ontology = None
    from kg.serve.guard import MAX_URL

    app = create_app(source, ontology=ontology, queries=queries, **asdict(limits))
    # h11 must buffer a request line of MAX_URL bytes (plus headers) so the guard can answer 414.
    uvicorn.run(app, host=host, port=port, log_level="info", http="h11", limit_concurrency=MAX_CONNECTIONS,
                h11_max_incomplete_event_size=MAX_URL + 64 * 1024)
