"""Write the build's four files from the shards' fragments (:mod:`kg.graph.fragments`), streaming, in
an order fixed by the content.

TriG and JSON-LD hold one named graph per document plus the reference graph: the graphs' fragments
one after the other, in graph IRI order. N-Triples holds the union of all graphs, each triple once:
the graphs' sorted lines merged in byte order, duplicates dropped (``sort -m -u`` in the C locale).
Turtle is the merged N-Triples with prefixed names. The bytes depend on the quads only, never on the
order documents were built in or the number of workers; no store is read.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.graph.fragments import PREFIXES, fragment_path, sort_lines, without_prefix_lines
from kg.graph.jsonld import write_document

OUTPUT_FILES = ("graph.ttl", "graph.nt", "graph.jsonld", "graph.trig")


def union_graph(dataset: Dataset) -> Graph:
    """All triples of all named graphs of an (in-memory, rdflib) dataset in one graph."""
    union = Graph()
    for triple in {(s, p, o) for s, p, o, _ in dataset.quads()}:
        union.add(triple)
    return union


def write_files(folder: Path, graphs: dict[str, Path]) -> list[Path]:
    """Write ``graph.ttl``, ``graph.nt``, ``graph.jsonld`` and ``graph.trig`` into ``folder`` from the
    fragments of ``graphs`` (named graph IRI → its shard). The N-Triples merge runs in a ``sort``
    child process: count its CPU with ``RUSAGE_CHILDREN``."""
    shards = [graphs[iri] for iri in sorted(graphs)]
    with open(folder / "graph.trig", "wb") as stream:
        _concatenate_trig([fragment_path(shard, ".trig") for shard in shards], stream)
    with open(folder / "graph.jsonld", "wb") as stream:
        write_document([fragment_path(shard, ".jsonld") for shard in shards], stream)
    sort_lines([fragment_path(shard, ".nt") for shard in shards], folder / "graph.nt", merge=True)
    with open(folder / "graph.ttl", "wb") as stream:
        ox.serialize(ox.parse(path=str(folder / "graph.nt"), format=ox.RdfFormat.N_TRIPLES), stream,
                     format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return [folder / name for name in OUTPUT_FILES]


def _concatenate_trig(paths: list[Path], stream: BinaryIO) -> None:
    """TriG files one after the other, the ``@prefix`` lines of the first only (all have the same)."""
    for index, path in enumerate(paths):
        with open(path, "rb") as part:
            head = part.read(1 << 16)  # far longer than the @prefix lines
            stream.write(head if index == 0 else without_prefix_lines(head))
            shutil.copyfileobj(part, stream, 1 << 20)
