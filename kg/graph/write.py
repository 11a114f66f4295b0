"""Write the build's four files from an Oxigraph store, streaming, in an order fixed by the content.

Turtle and N-Triples hold the union of all graphs (each triple once); TriG and JSON-LD one named
graph per document plus the reference graph. Oxigraph orders its indexes by content-derived keys, so
the bytes depend on the quads only, never on the order they were loaded in or the number of workers.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.vocab import ONTOLOGY_IRI, WGS

OUTPUT_FILES = ("graph.ttl", "graph.nt", "graph.jsonld", "graph.trig")
# Data IRIs stay whole: their local parts hold slashes, which prefixed names would have to escape.
PREFIXES = {
    "pkg": ONTOLOGY_IRI + "#",
    "wgs": str(WGS),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
}
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
        else:
            fmt = ox.RdfFormat.TRIG if name.endswith(".trig") else ox.RdfFormat.JSON_LD
            store.dump(path, fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TRIG else None)
        written.append(path)
    return written
