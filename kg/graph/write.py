"""Write the build's four files from the shards' fragments (:mod:`kg.graph.fragments`), streaming, in
an order fixed by the content.

TriG and JSON-LD hold one named graph per document plus the reference graph: the graphs' fragments
one after the other, in graph IRI order. N-Triples holds the union of all graphs, each triple once:
the graphs' sorted lines merged in byte order, duplicates dropped (``sort -m -u`` in the C locale).
Turtle holds the same union, each subject once with all its triples: the blocks of the subjects inside
each document (its provisions, measures, goals), graph after graph in graph IRI order, then the other
subjects (documents, places, actors, industries …) in the order of their N-Triples form, a block held
by several graphs merged into one. The bytes depend on the quads only, never on the order documents
were built in or the number of workers; no store is read, and only the subjects outside the documents
are parsed again.
"""

from __future__ import annotations

import pickle
import shutil
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO

from rdflib import Dataset, Graph

from kg.graph.fragments import fragment_path, merged_block, prefix_lines, sort_lines, without_prefix_lines
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
        _write_turtle(shards, stream)
    return [folder / name for name in OUTPUT_FILES]


def _concatenate_trig(paths: list[Path], stream: BinaryIO) -> None:
    """TriG files one after the other, the ``@prefix`` lines of the first only (all have the same)."""
    for index, path in enumerate(paths):
        with open(path, "rb") as part:
            head = part.read(1 << 16)  # far longer than the @prefix lines
            stream.write(head if index == 0 else without_prefix_lines(head))
            shutil.copyfileobj(part, stream, 1 << 20)


def _write_turtle(shards: list[Path], stream: BinaryIO) -> None:
    """The ``@prefix`` lines, the shards' inside blocks one shard after the other, then their outside
    blocks merged by subject: a block that several graphs hold alike is written once, differing
    blocks of one subject as the block of the union of their triples."""
    stream.write(prefix_lines())
    for shard in shards:
        with open(fragment_path(shard, ".ttl"), "rb") as part:
            shutil.copyfileobj(part, stream, 1 << 20)
    outside = []
    for shard in shards:
        with open(fragment_path(shard, ".ttl-outside"), "rb") as part:
            outside.extend(pickle.load(part))
    for _, held in groupby(sorted(outside), key=itemgetter(0)):
        blocks = list(dict.fromkeys(block for _, block in held))
        stream.write(blocks[0] if len(blocks) == 1 else merged_block(blocks))
