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

Each version keeps the :class:`Layout` of its files: where each graph's part and each outside
subject's block lies, and how many graphs hold each N-Triples line held by more than one. The next
version, when few graphs changed, copies the unchanged byte ranges from the files before it (in the
kernel, :mod:`kg.graph.splice`) and writes only what changed (:func:`_update`): the changed graphs'
fragments, the N-Triples lines gained or lost, the outside blocks of the subjects a changed graph holds
(from their lines in the new ``graph.nt``). The bytes are the same as writing all; where that cannot
be shown cheaply (a block of a blank node, or of triples the sort key does not order), all is written.
"""

from __future__ import annotations

import filecmp
import hashlib
import io
import os
import pickle
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.graph.fragments import (fragment_path, merged_block, prefix_lines, sort_lines, triple_key,
                                turtle_block)
from kg.graph import splice
from kg.graph.jsonld import write_document
from kg.graph.splice import Span, Splicer, line_range, lower_bound, mapped, splicing

OUTPUT_FILES = ("graph.ttl", "graph.nt", "graph.jsonld", "graph.trig")
LAYOUT = "layout.pickle"
INCREMENTAL_SHARE = 0.05  # above this share of graph.nt's bytes in changed graphs, all is written again


def union_graph(dataset: Dataset) -> Graph:
    """All triples of all named graphs of an (in-memory, rdflib) dataset in one graph."""
    union = Graph()
    for triple in {(s, p, o) for s, p, o, _ in dataset.quads()}:
        union.add(triple)
    return union


@dataclass
class Placed:
    """A named graph of a version: its shard (relative to the version folder) and the span of its part
    in ``graph.trig``, ``graph.jsonld`` and ``graph.ttl`` (its inside blocks) by file name."""

    shard: str
    spans: dict[str, Span] = field(default_factory=dict)


@dataclass
class Layout:
    """What a version's files hold where: the graphs' parts, the Turtle blocks of the subjects outside
    the documents (in the file's order), the N-Triples lines two graphs or more hold (→ how many), the
    number of lines of ``graph.nt``; ``stamp``: the code and data versions the files were written by;
    ``files``: the size and modification time of each file when it was written."""

    stamp: str
    graphs: dict[str, Placed] = field(default_factory=dict)
    subjects: dict[str, Span] = field(default_factory=dict)
    shared: dict[bytes, int] = field(default_factory=dict)
    triples: int = 0
    files: dict[str, tuple[int, int]] = field(default_factory=dict)

    def save(self, folder: Path) -> None:
        """Write the layout into ``folder``, beside the files, whose signatures it takes now."""
        self.files = _signatures(folder)
        with open(folder / LAYOUT, "wb") as stream:
            pickle.dump(self, stream, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(cls, folder: Path, stamp: str) -> Layout | None:
        """The layout of a version's files, or None when it has none, one written by other code, or
        the files are not as it left them (changed through the links in ``out/``)."""
        try:
            with open(folder / LAYOUT, "rb") as stream:
                layout = pickle.load(stream)
            if isinstance(layout, cls) and layout.stamp == stamp and layout.files == _signatures(folder):
                return layout
        except Exception:  # noqa: BLE001 — missing or unreadable: the files are written in full
            pass
        return None


def _signatures(folder: Path) -> dict[str, tuple[int, int]]:
    """The size and modification time (ns) of each of the four files in ``folder``."""
    signatures = {}
    for name in OUTPUT_FILES:
        stat = (folder / name).stat()
        signatures[name] = (stat.st_size, stat.st_mtime_ns)
    return signatures


class Fragment(NamedTuple):
    """A fragment file, copied from byte ``skip`` on."""

    path: Path
    skip: int = 0


Part = Span | Fragment | bytes  # a part of a file: a span of the previous version's file, a fragment, bytes


class _Unsound(Exception):
    """The files cannot be shown to come out the same written in part: write them all."""


def write_files(folder: Path, graphs: dict[str, Path], *, previous: Path | None = None, stamp: str = "") -> int:
    """Write ``graph.ttl``, ``graph.nt``, ``graph.jsonld`` and ``graph.trig`` and their :class:`Layout`
    into ``folder`` from the fragments of ``graphs`` (named graph IRI → its shard in ``folder``); returns
    the number of triples. ``previous``: the version before (its files and layout), when few graphs
    changed, the files are written from it and the changed graphs only, byte for byte the same.
    ``stamp`` names what made the fragments (extractor and ontology versions): a layout of another
    stamp is not used. The N-Triples merge runs in a ``sort`` child process: count its CPU with
    ``RUSAGE_CHILDREN``."""
    stamp = f"{stamp} {_writer_version()}"
    old = Layout.load(previous, stamp) if previous else None
    layout = None
    if old is not None:
        changed = _changed(graphs, previous, old)
        if _share(changed, graphs, previous, old) <= INCREMENTAL_SHARE:
            try:
                layout = _update(folder, graphs, previous, old, changed)
            except _Unsound:
                pass
    if layout is None:
        layout = _write_all(folder, graphs)
    layout.stamp = stamp
    layout.save(folder)
    return layout.triples


@cache
def _writer_version() -> str:
    """A hash of the code that writes the files from the fragments."""
    digest = hashlib.sha256()
    for module in (__file__, splice.__file__):
        digest.update(Path(module).read_bytes())
    return digest.hexdigest()[:16]


@cache
def _jsonld_frame() -> tuple[bytes, bytes]:
    """The bytes of ``graph.jsonld`` before its first graph node and after its last."""
    stream = io.BytesIO()
    write_document([], stream)
    text, tail = stream.getvalue(), b"]}\n"
    assert text.endswith(b"[" + tail)
    return text[:-len(tail)], tail


def _frames() -> dict[str, tuple[str, int, bytes, bytes, bytes]]:
    """For TriG and JSON-LD: fragment suffix, bytes of a fragment to skip, head, separator, tail."""
    head, tail = _jsonld_frame()
    return {"graph.trig": (".trig", len(prefix_lines()), prefix_lines(), b"", b""),
            "graph.jsonld": (".jsonld", 0, head, b",", tail)}


def _write_all(folder: Path, graphs: dict[str, Path]) -> Layout:
    """Write the four files from all fragments; their layout."""
    names = sorted(graphs)
    layout = Layout("", {iri: Placed(str(graphs[iri].relative_to(folder))) for iri in names})
    for name, (suffix, skip, head, separator, tail) in _frames().items():
        parts = ((iri, Fragment(fragment_path(graphs[iri], suffix), skip)) for iri in names)
        _write_joined(folder / name, head, separator, tail, parts, layout, name)
    sort_lines([fragment_path(graphs[iri], ".nt") for iri in names], folder / "graph.nt", merge=True)
    layout.triples = _lines(folder / "graph.nt")
    with splicing(folder / "graph.ttl") as out:
        out.write(prefix_lines())
        _place(layout, "graph.ttl", _write_parts(out, ((iri, Fragment(fragment_path(graphs[iri], ".ttl")))
                                                        for iri in names)))
        layout.subjects = _write_parts(out, _merged_outside(graphs, layout.shared))
    return layout


def _update(folder: Path, graphs: dict[str, Path], previous: Path, old: Layout, changed: set[str]) -> Layout:
    """Write the four files from the previous version's and the changed graphs' fragments; their layout."""
    names = sorted(graphs)
    layout = Layout("", {iri: Placed(str(graphs[iri].relative_to(folder))) for iri in names},
                    shared=dict(old.shared))

    def parts(name: str, suffix: str, skip: int = 0) -> Iterable[tuple[str, Part]]:
        for iri in names:
            yield iri, Fragment(fragment_path(graphs[iri], suffix), skip) if iri in changed \
                else old.graphs[iri].spans[name]

    for name, (suffix, skip, head, separator, tail) in _frames().items():
        _write_joined(folder / name, head, separator, tail, parts(name, suffix, skip), layout, name,
                      previous / name)
    before = {iri: previous / old.graphs[iri].shard for iri in changed & old.graphs.keys()}
    after = {iri: graphs[iri] for iri in changed & graphs.keys()}
    delta = _line_delta(before.values(), after.values())
    layout.triples = old.triples + _update_lines(previous / "graph.nt", folder / "graph.nt", delta, layout.shared)
    blocks = _union_blocks(folder / "graph.nt", _touched_subjects(before, after))
    outside = ((subject, blocks.get(subject) or old.subjects[subject])
               for subject in sorted(old.subjects.keys() | blocks.keys()) if blocks.get(subject) != b"")
    with open(previous / "graph.ttl", "rb") as source, splicing(folder / "graph.ttl") as out:
        out.write(prefix_lines())
        _place(layout, "graph.ttl", _write_parts(out, parts("graph.ttl", ".ttl"), source=source.fileno()))
        layout.subjects = _write_parts(out, outside, source=source.fileno())
    return layout


def _changed(graphs: dict[str, Path], previous: Path, old: Layout) -> set[str]:
    """The graphs added, removed or whose shard differs from the previous version's (a kept document's
    shard is the same file, linked; the reference shard is written again and compared)."""
    def same(iri: str) -> bool:
        before, after = previous / old.graphs[iri].shard, graphs[iri]
        return os.path.samestat(before.stat(), after.stat()) or filecmp.cmp(before, after, shallow=False)

    return set(graphs.keys() ^ old.graphs.keys()) | {
        iri for iri in graphs.keys() & old.graphs.keys() if not same(iri)}


def _share(changed: set[str], graphs: dict[str, Path], previous: Path, old: Layout) -> float:
    """The bytes of the changed graphs' N-Triples (before and after) against those of ``graph.nt``."""
    shards = [previous / old.graphs[iri].shard for iri in changed if iri in old.graphs]
    shards += [graphs[iri] for iri in changed if iri in graphs]
    size = sum(fragment_path(shard, ".nt").stat().st_size for shard in shards)
    return size / max(1, (previous / "graph.nt").stat().st_size)


def _write_joined(target: Path, head: bytes, separator: bytes, tail: bytes, parts: Iterable[tuple[str, Part]],
                  layout: Layout, name: str, previous: Path | None = None) -> None:
    """Write ``target`` as ``head``, the graphs' parts with ``separator`` between them, ``tail``; the
    spans go into ``layout`` under ``name``. Spans are of the file ``previous``."""
    with open(previous or os.devnull, "rb") as source, splicing(target) as out:
        out.write(head)
        _place(layout, name, _write_parts(out, parts, separator, source.fileno()))
        out.write(tail)


def _write_parts(out: Splicer, parts: Iterable[tuple[str, Part]], separator: bytes = b"",
                 source: int | None = None) -> dict[str, Span]:
    """Append the parts with ``separator`` between them (spans are of the open file ``source``; the
    separator between two parts adjacent there is copied with them); the span of each part written."""
    spans: dict[str, Span] = {}
    copied_to = None  # where the part before ends in ``source``, when it was copied from there
    for index, (key, part) in enumerate(parts):
        adjacent = not isinstance(part, (bytes, Fragment)) and copied_to == part[0] - len(separator)
        if index and adjacent:
            out.copy(source, copied_to, part[0])
        elif index:
            out.write(separator)
        start = out.position
        copied_to = None
        if isinstance(part, bytes):
            out.write(part)
        elif isinstance(part, Fragment):
            out.append_file(part.path, part.skip)
        else:
            out.copy(source, *part)
            copied_to = part[1]
        spans[key] = (start, out.position)
    return spans


def _place(layout: Layout, name: str, spans: dict[str, Span]) -> None:
    for iri, span in spans.items():
        layout.graphs[iri].spans[name] = span


def _merged_outside(graphs: dict[str, Path], shared: dict[bytes, int]) -> Iterable[tuple[str, bytes]]:
    """The blocks of the subjects outside the documents, in subject order, each merged from the blocks
    the graphs hold (a block several graphs hold alike is written once, differing blocks of one subject
    as the block of the union of their triples); the lines of a subject two graphs hold go into
    ``shared`` with the number of graphs holding them."""
    outside = []
    for iri in sorted(graphs):
        with open(fragment_path(graphs[iri], ".ttl-outside"), "rb") as part:
            outside.extend(pickle.load(part))
    for subject, held in groupby(sorted(outside), key=itemgetter(0)):
        held = [block for _, block in held]
        blocks = list(dict.fromkeys(held))
        if len(held) > 1:
            shared.update(_holder_counts(held))
        yield subject, blocks[0] if len(blocks) == 1 else merged_block(blocks)


def _holder_counts(held: list[bytes]) -> dict[bytes, int]:
    """The N-Triples lines in two or more of one subject's blocks (a block per graph) → how many."""
    counts: Counter[bytes] = Counter()
    for block, times in Counter(held).items():
        triples = ox.parse(prefix_lines() + block, format=ox.RdfFormat.TURTLE)
        for line in ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).splitlines():
            counts[line] += times
    return {line: count for line, count in counts.items() if count > 1}


def _line_delta(before: Iterable[Path], after: Iterable[Path]) -> Counter[bytes]:
    """Per N-Triples line, the number of the changed graphs holding it after the change minus before."""
    delta: Counter[bytes] = Counter()
    for shard in after:
        delta.update(fragment_path(shard, ".nt").read_bytes().splitlines())
    for shard in before:
        delta.subtract(fragment_path(shard, ".nt").read_bytes().splitlines())
    return delta


def _update_lines(previous: Path, target: Path, delta: Counter[bytes], shared: dict[bytes, int]) -> int:
    """Write ``target``: the lines of ``previous`` (sorted, each once) with ``delta`` applied (a line
    comes in when its first graph does, goes when its last goes); ``shared`` (lines held by two graphs
    or more → how many) is brought up to date. Returns the lines gained less the lines lost."""
    gained = 0
    with mapped(previous) as text, open(previous, "rb") as source, splicing(target) as out:
        cursor = 0
        for line in sorted(line for line, change in delta.items() if change):
            at = lower_bound(text, line, cursor)
            present = text[at:at + len(line) + 1] == line + b"\n"
            holders = shared.pop(line, int(present)) + delta[line]
            if holders < 0:
                raise _Unsound(f"{line!r} is held by fewer graphs than the layout says")
            if holders > 1:
                shared[line] = holders
            if present == (holders > 0):
                continue
            out.copy(source.fileno(), cursor, at)
            if present:
                cursor, gained = at + len(line) + 1, gained - 1
            else:
                cursor, gained = at, gained + 1
                out.write(line + b"\n")
        out.copy(source.fileno(), cursor, len(text))
    return gained


def _touched_subjects(before: dict[str, Path], after: dict[str, Path]) -> set[str]:
    """The subjects outside the documents whose block a changed graph holds differently now (or no more,
    or newly): their merged blocks must be made again."""
    def blocks(shard: Path | None) -> dict[str, bytes]:
        if shard is None:
            return {}
        with open(fragment_path(shard, ".ttl-outside"), "rb") as stream:
            return dict(pickle.load(stream))

    touched = set()
    for iri in before.keys() | after.keys():
        old, new = blocks(before.get(iri)), blocks(after.get(iri))
        touched |= {subject for subject in old.keys() | new.keys() if old.get(subject) != new.get(subject)}
    return touched


def _union_blocks(nt: Path, subjects: set[str]) -> dict[str, bytes]:
    """The Turtle block of each subject, from its lines in ``nt`` (all its triples in the union), or b""
    when it has none left: what merging the blocks of the graphs holding it gives, as long as its
    triples' order is that of their sort key alone (else :class:`_Unsound`)."""
    blocks = {}
    with mapped(nt) as text:
        for subject in sorted(subjects):
            if not subject.startswith("<"):
                raise _Unsound(f"{subject} is a blank node")
            start, end = line_range(text, subject.encode("utf-8") + b" ")
            triples = sorted(ox.parse(text[start:end], format=ox.RdfFormat.N_TRIPLES), key=triple_key)
            if len({triple_key(triple) for triple in triples}) < len(triples):
                raise _Unsound(f"{subject} has triples its sort key does not order")
            blocks[subject] = turtle_block(triples) if triples else b""
    return blocks


def _lines(path: Path) -> int:
    count = 0
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            count += block.count(b"\n")
    return count
