"""A shard's fragments of the build's four files, written beside it once, so that the files are put
together from the fragments (:mod:`kg.graph.write`), never from the whole store.

For a shard ``<name>.nq`` holding one named graph (its quads sorted as in the shard):

- ``<name>.nq.trig``: the graph in TriG, prefixed names of :data:`PREFIXES` (a TriG file of its own:
  ``graph.trig`` keeps the ``@prefix`` lines of the first fragment only);
- ``<name>.nq.jsonld``: the graph node compacted with the shipped context (one JSON object);
- ``<name>.nq.nt``: the graph's triples as N-Triples lines, each once, in byte order.

The shard is read as a stream (for JSON-LD, whole subjects a few thousand triples at a time) and the
lines are sorted by ``sort``, so a worker's memory does not grow with its document. The fragments depend on the shard's quads only:
a document kept from the previous build keeps its fragments (hard-linked, like its shard).
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path

import pyoxigraph as ox

from kg.graph.jsonld import write_graph_node
from kg.vocab import PREFIXES as VOCAB_PREFIXES

# Data IRIs stay whole: their local parts hold slashes, which prefixed names would have to escape.
PREFIXES = {name: iri for name, iri in VOCAB_PREFIXES.items()
            if name in ("pkg", "wgs", "rdf", "rdfs", "xsd", "skos", "dcterms")}
FRAGMENT_SUFFIXES = (".trig", ".jsonld", ".nt")
_BATCH = 5000  # triples serialised to JSON-LD at once


def fragment_path(shard: Path, suffix: str) -> Path:
    """The file beside ``shard`` with this suffix (``<name>.nq`` → ``<name>.nq.trig``)."""
    return shard.with_name(shard.name + suffix)


def write_fragments(shard: Path) -> None:
    """Write the three fragments of ``shard`` (one named graph)."""
    with open(fragment_path(shard, ".trig"), "wb") as stream:
        ox.serialize(_quads(shard), stream, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    graph = next(_quads(shard)).graph_name
    with open(fragment_path(shard, ".jsonld"), "wb") as stream:
        write_graph_node(graph.value, _expanded_nodes(shard), stream)
    lines = fragment_path(shard, ".nt")
    with open(shard, "rb") as quads, open(lines, "wb") as triples:
        suffix = f" {graph} .\n".encode("utf-8")  # an N-Quads line is the N-Triples line and its graph
        for block in iter(lambda: quads.readlines(1 << 20), []):
            triples.write(b"".join(block).replace(suffix, b" .\n"))
    sort_lines([lines], lines)


def sort_lines(paths: list[Path], target: Path, *, merge: bool = False) -> None:
    """Write the lines of ``paths`` into ``target`` (which may be one of them) in byte order, each once;
    ``merge``: the files are each in that order already. Runs ``sort`` in the C locale (its CPU shows
    in ``RUSAGE_CHILDREN``); its memory is bounded, it spills to temporary files."""
    names = b"".join(os.fsencode(path) + b"\0" for path in paths)
    subprocess.run(["sort", *(["--merge", "--batch-size=128"] if merge else []), "--unique", "--files0-from=-",
                    f"--output={target}"],
                   input=names, check=True, env={**os.environ, "LC_ALL": "C"}, stdout=subprocess.DEVNULL)


def without_prefix_lines(trig: bytes) -> bytes:
    """TriG text without the ``@prefix`` lines it starts with."""
    start = 0
    while trig.startswith(b"@prefix ", start):
        start = trig.index(b"\n", start) + 1
    return trig[start:]


def _quads(shard: Path) -> Iterator[ox.Quad]:
    return ox.parse(path=str(shard), format=ox.RdfFormat.N_QUADS)


def _expanded_nodes(shard: Path) -> Iterator[dict]:
    """The shard's subjects as expanded JSON-LD node objects, serialised some thousand triples (whole
    subjects) at a time."""
    batch: list[ox.Triple] = []
    for _, triples in groupby((quad.triple for quad in _quads(shard)), key=lambda triple: triple.subject):
        batch.extend(triples)
        if len(batch) >= _BATCH:
            yield from json.loads(ox.serialize(batch, format=ox.RdfFormat.JSON_LD))
            batch = []
    if batch:
        yield from json.loads(ox.serialize(batch, format=ox.RdfFormat.JSON_LD))
