"""Export a built graph as linked data: every RDF format, with links out and dataset metadata."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.export.writer import FORMATS, enrich, write
from kg.store import open_source


def run_export(graph: Path, fmt: str, out: Path | None) -> None:
    """Write ``graph`` plus Wikidata links, GeoSPARQL points, VoID/DCAT and PROV-O as ``fmt`` to ``out`` (or stdout)."""
    from kg.errors import UsageError

    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    store = open_source(graph)
    enrich(store)
    data = write(store, fmt)
    if out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
