"""Serialise a Dataset to the build's four files, deterministically and atomically.

rdflib holds the graph while it is built; the files are written by Oxigraph's serialisers from
quads sorted by graph, subject, predicate and object, so the bytes never depend on hash order.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.graph.jsonld import compact_jsonld
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


def union_graph(dataset: Dataset) -> Graph:
    """All triples of all named graphs in one graph."""
    union = Graph()
    for triple in {(s, p, o) for s, p, o, _ in dataset.quads()}:
        union.add(triple)
    return union


def _key(term) -> tuple[str, str]:
    return (type(term).__name__, str(term))


def sorted_quads(dataset: Dataset) -> list[ox.Quad]:
    """The dataset's quads as Oxigraph terms, in a fixed order (graph, subject, predicate, object)."""
    nquads = dataset.serialize(format="nquads").encode("utf-8")
    quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    return sorted(quads, key=lambda q: (_key(q.graph_name), _key(q.subject), _key(q.predicate), _key(q.object)))


def serialise(dataset: Dataset) -> dict[str, bytes]:
    """The four output files as bytes: Turtle and N-Triples hold the union of all graphs, TriG and
    JSON-LD one named graph per document plus the reference graph."""
    quads = sorted_quads(dataset)
    triples = sorted({q.triple for q in quads}, key=lambda t: (_key(t.subject), _key(t.predicate), _key(t.object)))
    nt_lines = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8").splitlines()
    return {
        "graph.ttl": ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES),
        "graph.nt": ("".join(line + "\n" for line in sorted(nt_lines))).encode("utf-8"),
        "graph.jsonld": compact_jsonld(ox.serialize(quads, format=ox.RdfFormat.JSON_LD)),
        "graph.trig": ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES),
    }


def write_atomically(out_dir: Path, files: dict[str, bytes]) -> list[Path]:
    """Write every file to a temporary name in ``out_dir``, then rename them all into place.

    Nothing already in ``out_dir`` is touched until every file has been written in full.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    temporary: list[tuple[Path, Path]] = []
    try:
        for name, content in files.items():
            handle, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=out_dir)
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
            temporary.append((Path(tmp), out_dir / name))
    except BaseException:
        for tmp, _ in temporary:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, final in temporary:
        os.replace(tmp, final)
    return [final for _, final in temporary]
