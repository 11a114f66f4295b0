"""Serve a built graph: SPARQL 1.1 protocol, dereferenceable IRIs, ontology docs and VoID."""

from __future__ import annotations

from pathlib import Path

from kg.errors import UsageError
from kg.graph.load import DEFAULT_GRAPH
from kg.store import STORE_SCHEME


def run_serve(*, graph: Path | None, store: Path | None, host: str, port: int) -> None:
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
    app = create_app(source, ontology=ontology, queries=queries)
    uvicorn.run(app, host=host, port=port, log_level="info")
