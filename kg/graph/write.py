"""Write the build's four files from an Oxigraph store, streaming, in an order fixed by the content.

Turtle and N-Triples hold the union of all graphs (each triple once); TriG and JSON-LD one named
graph per document plus the reference graph. Oxigraph orders its indexes by content-derived keys, so
the bytes depend on the quads only, never on the order they were loaded in or the number of workers.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.graph.jsonld import write_compact_jsonld
from kg.vocab import PREFIXES as VOCAB_PREFIXES

OUTPUT_FILES = ("graph.ttl", "graph.nt", "graph.jsonld", "graph.trig")
# Data IRIs stay whole: their local parts hold slashes, which prefixed names would have to escape.
PREFIXES = {name: iri for name, iri in VOCAB_PREFIXES.items()
            if name in ("pkg", "wgs", "rdf", "rdfs", "xsd", "skos", "dcterms")}
_DISTINCT_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"


def union_graph(dataset: Dataset) -> Graph:
    """All triples of all named graphs of an (in-memory, rdflib) dataset in one graph."""
    union = Graph()
    for triple in {(s, p, o) for s, p, o, _ in dataset.quads()}:
        union.add(triple)
    return union


def write_from_store(store: ox.Store, folder: Path) -> list[Path]:
    """Write ``graph.ttl``, ``graph.nt``, ``graph.jsonld`` and ``graph.trig`` of ``store`` into ``folder``."""
    written = []
    for name in OUTPUT_FILES:
        path = folder / name
        if name in ("graph.ttl", "graph.nt"):
            fmt = ox.RdfFormat.TURTLE if name.endswith(".ttl") else ox.RdfFormat.N_TRIPLES
            with open(path, "wb") as stream:
                ox.serialize(store.query(_DISTINCT_TRIPLES), stream, format=fmt,
                             prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None)
        elif name.endswith(".trig"):
            store.dump(path, ox.RdfFormat.TRIG, prefixes=PREFIXES)
        else:  # JSON-LD, compacted with the shipped context
            with open(path, "wb") as stream:
                write_compact_jsonld(store, stream)
        written.append(path)
    return written
