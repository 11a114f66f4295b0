"""The unit of work: one input file → its named graph as a sorted N-Quads shard, validated.

Runs in a worker process (or a Dask worker); everything it returns is plain data that pickles.
The triples themselves come from :class:`kg.graph.build.DocumentGraph`, unchanged: this module only
gives it a small per-document dataset and turns that into a shard.
"""

from __future__ import annotations

import gc
import pickle
import resource
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.corpus.parts import merge_shards, part_by_part
from kg.corpus.reading import Piece, ReadDocument, read_document
from kg.corpus.size import DocumentProgress, SizePolicy
from kg.corpus.volumes import open_document
from kg.errors import PolicyKGError
from kg.graph.build import DocumentGraph, _schemes, reference_triples
from kg.graph.fragments import FRAGMENT_SUFFIXES, fragment_path, write_fragments
from kg.graph.nquads import ntriples, quad_key, sorted_nquads
from kg.normalise.sidecar import document_hash
from kg.vocab import PKG

STAT_CLASSES = {"provisions": PKG.Provision, "measures": PKG.Measure, "dated goals": PKG.Target}
CITATION_FACTS = ".cite"
REFERENCE_NEEDS = ".ref"
COMPANIONS = (REFERENCE_NEEDS, CITATION_FACTS, *FRAGMENT_SUFFIXES)
"""The files written beside a document's shard ``<slug>.nq`` (``<slug>.nq.ref`` …), kept and linked with it."""


@dataclass
class DocumentResult:
    """What one document task produced (or why it failed)."""

    path: str
    content_hash: str = ""
    slug: str = ""
    number: str | None = None
    triples: int = 0
    stats: dict[str, int] = field(default_factory=dict)
    industries: list[str] = field(default_factory=list)
    clusters: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    error: str | None = None
    exit_code: int = 0
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds per stage (for bench/)


@cache
def _extractor():
    """One extractor per process (lexicons, gazetteer and segmenter are built once). What exists once it
    is built lives as long as the process, so it is frozen out of the cycle collector's view: the full
    collections that a document's garbage triggers no longer scan the lexicons each time (a large
    document's :func:`kg.corpus.parts.part_by_part` unfreezes it again)."""
    from kg.extract import Extractor

    extractor = Extractor()
    gc.freeze()
    return extractor


def copy_warning(path: Path, number: str, first: Path | str) -> str:
    """The warning for a second file holding a document already built."""
    return f"{path}: another copy of document {number} (already built from {Path(first).name}); skipped"


def graph_document(path: Path, dataset: Dataset, extractor, *, unless: dict | None = None,
                   size: SizePolicy = SizePolicy(), progress: DocumentProgress | None = None,
                   ) -> tuple[DocumentGraph | None, list[str]]:
    """Read, structure and extract ``path`` and add its triples to ``dataset`` (its own named graph).

    Returns the document (None when its slug is already in ``unless``, slug → first file) and warnings.
    A text above ``size``'s limit is refused (:class:`InputError`) before it is structured;
    ``progress`` (default: ``size``'s own) reports the stages of a large document."""
    progress = progress or size.progress(path)
    read, warnings = read_document(path, replace(size, parts_from_mb=None), progress)  # extracted whole
    if unless and read.slug in unless:
        return None, [*warnings, copy_warning(path, read.number or read.slug, unless[read.slug])]
    return graph_read(read, dataset, extractor, progress), warnings


def graph_read(read: ReadDocument, dataset: Dataset, extractor, progress: DocumentProgress) -> DocumentGraph:
    """Extract a document read whole and add its triples to ``dataset``."""
    extraction = extractor.extract(read.structure, progress.extracted)
    progress.stage("extracted")
    document = DocumentGraph(dataset, read.source, read.structure, extraction)
    document.add()
    progress.stage("graph made")
    return document


def build_document(path: Path | str, shard: Path | str, *, validate: bool = True,
                   size: SizePolicy = SizePolicy()) -> DocumentResult:
    """Graph one file; write its shard to ``shard`` and the places and actors it used (for the
    reference graph) beside it; validate it with the reference data it needs. Errors come back in
    the result, never raised, so one bad file cannot stop a pool. ``size`` is the size limit,
    progress and parts policy (:mod:`kg.corpus.size`); a large document is built part by part
    (:mod:`kg.corpus.parts`)."""
    path, shard = Path(path), Path(shard)
    result = DocumentResult(str(path))
    started = time.process_time()
    extractor = _extractor()
    result.cpu["start-up"] = time.process_time() - started
    progress = size.progress(path)
    with ExitStack() as held:
        try:
            read, pieces, several, result.warnings = open_document(path, shard, size, progress, held)
        except PolicyKGError as exc:
            result.error, result.exit_code = str(exc), exc.exit_code
            return result
        result.cpu["extract"] = time.process_time() - started - result.cpu["start-up"]
        result.content_hash = document_hash(read.source.content_hash, read.source.record)
        result.slug, result.number = read.slug, read.number
        files = _build_pieces(pieces, several, shard, extractor, progress, result, validate=validate)
    started = cpu_with_children()
    if several:
        result.triples = merge_shards(files, shard, quad_key)
        for file in files:
            file.unlink()
        progress.stage("shard written")
    write_companions(shard)
    result.cpu["shard"] += cpu_with_children() - started
    if validate:
        progress.stage("validated")
    return result


def _build_pieces(pieces: Iterator[Piece], several: bool, shard: Path, extractor, progress: DocumentProgress,
                  result: DocumentResult, *, validate: bool) -> list[Path]:
    """Build each piece into ``shard`` (or, when ``several``, into a part file beside it, to be merged);
    the counts, entities, violations and CPU go into ``result``, the places and actors beside the shard.
    Returns the files written."""
    result.stats = dict.fromkeys(STAT_CLASSES, 0)
    industries, clusters, places, actors, repeats, files = set(), set(), set(), set(), {}, []
    with part_by_part(several) as release:
        for piece in pieces:
            files.append(shard.with_name(f"{shard.name}.part-{len(files)}") if several else shard)
            facts = _build_part(piece, files[-1], extractor, repeats, validate=validate,
                                stage=lambda what, label=piece.label: progress.stage(label + what),
                                extracted=lambda at, offset=piece.at + piece.part.offset: progress.extracted(at + offset))
            result.triples += facts.triples
            result.stats = {name: count + facts.stats[name] for name, count in result.stats.items()}
            industries, clusters = industries | facts.industries, clusters | facts.clusters
            places, actors = places | facts.places, actors | facts.actors
            result.violations += facts.violations
            for stage, spent in facts.cpu.items():
                result.cpu[stage] = result.cpu.get(stage, 0.0) + spent
            release()
    result.industries, result.clusters = sorted(industries), sorted(clusters)
    with open(reference_needs_path(shard), "wb") as stream:
        pickle.dump((sorted(places, key=_identity), sorted(actors, key=_identity)), stream)
    return files


@dataclass
class _PartFacts:
    """What one part of a document gave: its counts, the entities it used, violations, CPU per stage."""

    triples: int
    stats: dict[str, int]
    industries: set[str]
    clusters: set[str]
    places: set
    actors: set
    violations: list[str] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)


def _build_part(piece: Piece, file: Path, extractor, repeats: dict[str, int], *,
                validate: bool, stage: Callable[[str], None], extracted: Callable[[int], None]) -> _PartFacts:
    """Extract, graph, write (sorted, to ``file``) and validate one part; its spans and triples are
    released when it returns. ``repeats`` carries the top-level numbers from part to part."""
    started = time.process_time()
    structure = piece.part.structure()
    extraction = extractor.extract(structure, extracted)
    stage("extracted")
    document = DocumentGraph(None, piece.read.source, structure, extraction, offset=piece.at + piece.part.offset,
                             repeats=repeats)
    document.add()
    stage("graph made")
    typed, industry = _typed_subjects(document.triples), (PKG.concernsIndustry, PKG.clusterIndustry)
    facts = _PartFacts(len(document.triples), {name: len(typed.get(cls, ())) for name, cls in STAT_CLASSES.items()},
                       {str(o) for _, p, o in document.triples if p in industry},
                       {str(s) for s in typed.get(PKG.IndustryCluster, ())},
                       set(document.places), set(document.actors))
    facts.cpu["extract"] = time.process_time() - started
    started = time.process_time()
    text = sorted_nquads(document.quads())
    file.write_bytes(text)
    facts.cpu["shard"] = time.process_time() - started
    stage("shard written")
    if validate:
        from kg.validate import check

        started = time.process_time()
        reference = reference_triples(document.places, document.actors, extractor.gazetteer, schemes=False)
        lines = text.replace(f" <{document.name}> .\n".encode("utf-8"), b" .\n").decode("utf-8")
        facts.violations = [str(v) for v in check(validation_ntriples(document.triples, reference, lines))]
        facts.cpu["validate"] = time.process_time() - started
    return facts


def _typed_subjects(triples: Iterable[tuple]) -> dict[URIRef, set]:
    """Class → the subjects typed with it among ``triples``."""
    typed: dict[URIRef, set] = {}
    is_a = RDF.type
    for s, p, o in triples:
        if p == is_a:
            typed.setdefault(o, set()).add(s)
    return typed


def _identity(entity) -> tuple[str, str]:
    """Sorts places and actors by id, and two records of one id (one body written two ways) by all they
    hold, so the order never depends on the hashing of a set."""
    return entity.id, repr(entity)


def cpu_with_children() -> float:
    """CPU seconds of this process and of the child processes it waited for (such as ``sort``)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def write_companions(shard: Path) -> None:
    """Beside a written shard, its fragments of the four files and its citation facts, read back from it
    in one pass (so a document built in parts gets them from its one merged shard)."""
    write_fragments(shard, fragment_path(shard, CITATION_FACTS))


def reference_needs_path(shard: Path) -> Path:
    """Where a shard's places and actors (the reference data it needs) are kept."""
    return fragment_path(shard, REFERENCE_NEEDS)


def read_reference_needs(shard: Path) -> tuple[list, list]:
    """The places and actors a shard's document used."""
    with open(reference_needs_path(shard), "rb") as stream:
        return pickle.load(stream)


def validation_ntriples(document: Iterable[tuple], reference: Iterable[tuple], lines: str | None = None) -> str:
    """What one document is validated on, as N-Triples text: its triples and its ``reference`` data's
    (rdflib triples, :func:`kg.graph.build.reference_triples`), and the part of the SKOS schemes they
    reach (the concepts they name, their broader concepts and schemes; a scheme triple the document
    holds too may come twice, which a graph holds once). ``lines``: the document's triples as N-Triples
    already (its shard's lines without their graph), else they are written here. The schemes as a whole
    are validated once per build (:func:`scheme_graph`). The text is written straight from the terms
    (:mod:`kg.graph.nquads`), never through an rdflib graph or pyoxigraph objects; the schemes' part
    comes from text made once per process."""
    document, reaches = list(document), _scheme_reach()
    triples = [*document, *reference]
    named = {s for s, _, _ in triples} | {o for _, _, o in triples if type(o) is not Literal}  # hashing one is slow
    reached = set().union(*(reaches[node] for node in named & reaches.keys()))
    return "".join((ntriples(document) if lines is None else lines, ntriples(reference),
                    *(text for node, text in _scheme_text().items() if node in reached)))


@cache
def _scheme_text() -> dict:
    """Each subject of the schemes → its triples as N-Triples lines (subjects and lines in a fixed order)."""
    return {subject: ntriples(triples) for subject, triples in _scheme_subjects().items()}


@cache
def _scheme_reach() -> dict:
    """Each subject of the schemes → the subjects of the schemes a triple naming it reaches (itself,
    and what its triples' objects reach, transitively)."""
    by_subject = _scheme_subjects()
    reach: dict = {}
    for start in by_subject:
        found, pending = set(), [start]
        while pending:
            node = pending.pop()
            if node in by_subject and node not in found:
                found.add(node)
                pending.extend(o for _, _, o in by_subject[node])
        reach[start] = frozenset(found)
    return reach


@cache
def _scheme_subjects() -> dict:
    """The schemes' triples by subject (in a fixed order)."""
    by_subject: dict = {}
    for triple in sorted(_schemes()):
        by_subject.setdefault(triple[0], []).append(triple)
    return by_subject


def scheme_graph() -> Graph:
    """The shipped SKOS schemes as one graph (validated once per build)."""
    graph = Graph()
    for triple in _schemes():
        graph.add(triple)
    return graph
