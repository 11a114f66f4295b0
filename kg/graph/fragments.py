"""A shard's fragments of the build's four files, written beside it once, so that the files are put
together from the fragments (:mod:`kg.graph.write`), never from the whole store.

For a shard ``<name>.nq`` holding one named graph (its quads sorted as in the shard):

- ``<name>.nq.trig``: the graph in TriG, prefixed names of :data:`PREFIXES` (a TriG file of its own:
  ``graph.trig`` keeps the ``@prefix`` lines of the first fragment only);
- ``<name>.nq.jsonld``: the graph node compacted with the shipped context (one JSON object);
- ``<name>.nq.nt``: the graph's triples as N-Triples lines, each once, in byte order;
- ``<name>.nq.ttl``: the Turtle blocks (:func:`turtle_block`, no ``@prefix`` lines) of the subjects
  inside the document, under its IRI (``…/doc/<slug>/…``: provisions, measures, goals); no other graph
  holds a triple about them, so ``graph.ttl`` copies these blocks as they are;
- ``<name>.nq.ttl-outside``: the Turtle blocks of the other subjects (the document itself, places,
  actors, industries, cited documents …), which other graphs may hold triples about too, pickled as a
  list of (subject as N-Triples, block): ``graph.ttl`` merges them (:func:`merged_block`).

The shard's lines without their graph are written as the ``.nt`` fragment, parsed once from there as
N-Triples, as a stream, subject by subject (each subject's triples go to every other fragment as they
pass; JSON-LD is compacted from them directly, :func:`kg.graph.jsonld.write_graph_node`), and then
sorted (by ``sort`` when the fragment is large), so a worker's memory does not grow with its document
but for the outside blocks (a tenth of its Turtle), held until they are pickled. The fragments depend
on the shard's quads only: a document kept from the previous build keeps its fragments (hard-linked,
like its shard).
"""

from __future__ import annotations

import os
import pickle
import subprocess
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import groupby
from operator import attrgetter
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.graph.citations import citation_facts
from kg.graph.iris import document_iri
from kg.graph.jsonld import write_graph_node
from kg.vocab import PKGD
from kg.vocab import PREFIXES as VOCAB_PREFIXES

# Data IRIs stay whole: their local parts hold slashes, which prefixed names would have to escape.
PREFIXES = {name: iri for name, iri in VOCAB_PREFIXES.items()
            if name in ("pkg", "wgs", "rdf", "rdfs", "xsd", "skos", "dcterms")}
FRAGMENT_SUFFIXES = (".trig", ".jsonld", ".nt", ".ttl", ".ttl-outside")
_DOCUMENTS = str(PKGD["doc/"])
IN_MEMORY = 1 << 20  # bytes of a .nt fragment sorted in the worker (a few MB of memory at most); larger: ``sort``


def fragment_path(shard: Path, suffix: str) -> Path:
    """The file beside ``shard`` with this suffix (``<name>.nq`` → ``<name>.nq.trig``)."""
    return shard.with_name(shard.name + suffix)


def term_key(term) -> tuple[str, str]:
    """The sort key of one pyoxigraph term in a shard (its kind, then its value)."""
    return type(term).__name__, term.value


@cache
def prefix_lines() -> bytes:
    """The ``@prefix`` lines Oxigraph starts a Turtle or TriG text with, in its order (the header of
    ``graph.ttl`` and of each TriG fragment)."""
    term = ox.NamedNode(PREFIXES["pkg"] + "x")
    text = ox.serialize([ox.Triple(term, term, term)], format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return text[:len(text) - len(without_prefix_lines(text))]


def turtle_block(triples: Iterable[ox.Triple | ox.Quad]) -> bytes:
    """The Turtle statement of one subject's triples (``<s> p o , o ;`` … `` .``, a line per predicate),
    prefixed names of :data:`PREFIXES`, no ``@prefix`` lines (quads: of the default graph). The triples
    come in the shards' order (:func:`triple_key`), so the bytes depend on the set of triples only."""
    return without_prefix_lines(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))


def triple_key(triple: ox.Triple | ox.Quad) -> tuple[str, str, str, str]:
    """The order of one subject's triples in a shard: predicate, then object (:func:`term_key` of each)."""
    predicate, value = triple.predicate, triple.object
    return type(predicate).__name__, predicate.value, type(value).__name__, value.value


def merged_block(blocks: Iterable[bytes]) -> bytes:
    """One subject's Turtle blocks (:func:`turtle_block`) from several graphs as one block of the union
    of their triples; triples the key does not order (literals of one value in two languages) stay in
    the order of ``blocks``, never of a hash."""
    text = prefix_lines() + b"".join(blocks)
    return turtle_block(sorted(dict.fromkeys(ox.parse(text, format=ox.RdfFormat.TURTLE)), key=triple_key))


def write_fragments(shard: Path, citations: Path | None = None) -> None:
    """Write the fragments of ``shard`` (one named graph), and its citation facts
    (:func:`kg.graph.citations.citation_facts`, as N-Triples) into ``citations`` when given. The other
    fragments are made from the ``.nt`` fragment's lines before they are sorted (the shard's lines
    without their graph), parsed once as N-Triples."""
    graph = next(ox.parse(path=str(shard), format=ox.RdfFormat.N_QUADS)).graph_name
    lines = fragment_path(shard, ".nt")
    _write_lines(shard, graph, lines)
    outside: list[tuple[str, bytes]] = []
    with (open(fragment_path(shard, ".trig"), "wb") as trig, open(fragment_path(shard, ".ttl"), "wb") as inside,
          open(fragment_path(shard, ".jsonld"), "wb") as jsonld, open(citations or os.devnull, "wb") as facts):
        trig.write(prefix_lines() + f"{graph} {{\n".encode("utf-8"))
        sink = _Sink(graph, trig, inside, outside, facts)
        write_graph_node(graph.value, sink.passing(_subjects(lines)), jsonld)
        trig.write(b"}\n")
    with open(fragment_path(shard, ".ttl-outside"), "wb") as stream:
        pickle.dump(outside, stream)
    _sort_fragment(lines)


class _Sink:
    """Where each subject's triples go besides JSON-LD: its block into the TriG fragment (indented in
    the graph) and into the inside or outside Turtle fragment, its citation facts into ``facts``."""

    def __init__(self, graph: ox.NamedNode, trig: BinaryIO, inside: BinaryIO, outside: list[tuple[str, bytes]],
                 facts: BinaryIO) -> None:
        self.trig, self.inside, self.outside, self.facts = trig, inside, outside, facts
        self.within = f"{document_iri(graph.value.removeprefix(str(PKGD['graph/'])))}/"

    def add(self, subject: ox.NamedNode | ox.BlankNode, triples: list[ox.Triple | ox.Quad]) -> None:
        """Write one subject's triples."""
        block = turtle_block(triples)
        self.trig.write(b"\t" + block[:-1].replace(b"\n", b"\n\t") + b"\n")
        if subject.value.startswith(self.within):
            self.inside.write(block)
        elif subject.value.startswith(_DOCUMENTS) and "/" in subject.value[len(_DOCUMENTS):]:
            raise ValueError(f"{subject} is inside another document than the graph's own ({self.within})")
        else:
            self.outside.append((str(subject), block))
        if found := citation_facts(triples):
            ox.serialize(found, self.facts, format=ox.RdfFormat.N_TRIPLES)

    def passing(self, subjects: Iterable[tuple[ox.NamedNode | ox.BlankNode, list[ox.Triple | ox.Quad]]]
                ) -> Iterator[tuple[ox.NamedNode | ox.BlankNode, list[ox.Triple | ox.Quad]]]:
        """The subjects as they come, each written (:meth:`add`) as it passes on to JSON-LD."""
        for subject, triples in subjects:
            self.add(subject, triples)
            yield subject, triples


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


def _write_lines(shard: Path, graph: ox.NamedNode, lines: Path) -> None:
    """Write the shard's lines without their graph into ``lines``, in the shard's order (text only)."""
    with open(shard, "rb") as quads, open(lines, "wb") as triples:
        suffix = f" {graph} .\n".encode("utf-8")  # an N-Quads line is the N-Triples line and its graph
        for block in iter(lambda: quads.readlines(1 << 20), []):
            triples.write(b"".join(block).replace(suffix, b" .\n"))


def _sort_fragment(lines: Path) -> None:
    """Sort the ``.nt`` fragment's lines in byte order, each once, as :func:`sort_lines` does: in this
    process when the fragment is at most :data:`IN_MEMORY` bytes (starting ``sort`` costs more than
    sorting a document's few thousand lines), else with ``sort``, so memory stays bounded."""
    if lines.stat().st_size > IN_MEMORY:
        sort_lines([lines], lines)
        return
    text = lines.read_bytes().split(b"\n")
    text.pop()  # after the last line's newline
    lines.write_bytes(b"".join(line + b"\n" for line in sorted(set(text))))


def _subjects(lines: Path) -> Iterator[tuple[ox.NamedNode | ox.BlankNode, list[ox.Quad]]]:
    """The N-Triples ``lines`` of a shard (sorted: a subject's triples are together) as (subject, its
    triples as quads of the default graph), parsed as a stream."""
    for subject, group in groupby(ox.parse(path=str(lines), format=ox.RdfFormat.N_TRIPLES),
                                  key=attrgetter("subject")):
        yield subject, list(group)
