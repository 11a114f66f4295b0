"""A large document built part by part, so that a worker's memory follows its largest part, not its size.

A document of ``SizePolicy.parts_from_mb`` or more of text is cut into parts of whole top-level
provisions (:func:`kg.structure.partition.partition`, about ``PART_CHARS`` characters each). Each part
is extracted, graphed, written as a sorted N-Quads file and validated on its own, and its spans and
triples are released before the next; the part files are then merged into the document's one sorted
shard (equal quads, such as the document's own triples every part repeats, written once). The whole
text and its provision tree (without sentences: each part splits its own) stay in memory throughout;
they are small beside the spans and triples. A plain-text file read in a stream holds one volume's
instead (:mod:`kg.corpus.volumes`).

What ties provisions across parts is not followed: a short form defined in another part, a list of
places in an annex for a measure of the main text, a cited title resolved by a number elsewhere.
A smaller document is one part (the whole structure), built exactly as before.
"""

from __future__ import annotations

import gc
import heapq
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.structure import DocumentStructure
from kg.structure.partition import Part, partition

PART_CHARS = 100_000
"""The wanted size of a part of a large document, in characters of normalised text."""


def document_parts(structure: DocumentStructure, in_parts: bool) -> list[Part]:
    """The parts a document is built in: one (itself) unless ``in_parts`` (:meth:`SizePolicy.in_parts`),
    else runs of top-level provisions of about ``PART_CHARS`` characters."""
    if not in_parts:
        return [Part(0, len(structure.text), structure, tuple(structure.provisions))]
    return partition(structure, PART_CHARS)


@contextmanager
def part_by_part(several: bool) -> Iterator[Callable[[], None]]:
    """Around the build of a document's parts (``several`` or one): yields the call that frees a part once
    it is written.

    A part's graph holds reference cycles (rdflib's graphs and store point at each other), which only
    the cycle collector frees; left to itself it runs too seldom, and the garbage of several parts would
    pile up. So each part is collected, over the objects made since the parts began only: what existed
    before (the text, its structure, the extractor) is frozen out of the collector's view meanwhile,
    so a collection costs what one part made, not what the whole document holds."""
    if not several:
        yield lambda: None
        return
    gc.collect()
    gc.freeze()
    try:
        yield gc.collect
    finally:
        gc.unfreeze()


def merge_shards(paths: Iterable[Path], shard: Path, key) -> int:
    """Merge sorted N-Quads files (sorted by ``key``) into one sorted ``shard``, each quad once; the
    number of quads written. Reads every file as a stream: memory does not grow with their size."""
    streams = [open(path, "rb") for path in paths]
    try:
        merged = heapq.merge(*(ox.parse(stream, format=ox.RdfFormat.N_QUADS) for stream in streams), key=key)
        counted = _Counted(_once(merged, key))
        with open(shard, "wb") as out:
            ox.serialize(counted, out, format=ox.RdfFormat.N_QUADS)
        return counted.count
    finally:
        for stream in streams:
            stream.close()


def _once(quads: Iterable[ox.Quad], key) -> Iterator[ox.Quad]:
    """Each quad once: equal quads have equal keys, so only a run of equal keys needs remembering."""
    run_key, run = None, set()
    for quad in quads:
        found = key(quad)
        if found != run_key:
            run_key, run = found, set()
        if quad not in run:
            run.add(quad)
            yield quad


class _Counted:
    """An iterable that counts what passed through it."""

    def __init__(self, items: Iterable) -> None:
        self._items, self.count = items, 0

    def __iter__(self) -> Iterator:
        for item in self._items:
            self.count += 1
            yield item
