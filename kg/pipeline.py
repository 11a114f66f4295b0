"""The build: per document (read → normalise → structure → extract → graph → validate → shard, and the
shard's fragments of the four files), in a pool of workers; then, once, the reference graph, the store
(when there is one) and the four files put together from the fragments (after a small change, only
the changed part written, the rest copied from the previous build's files: :mod:`kg.graph.write`),
switched in atomically.

``policykg build`` builds a set of inputs; ``policykg add`` and ``policykg remove`` change an existing
build document by document. Unchanged documents (same source, same content hash, same extractor and
ontology versions, see :mod:`kg.corpus.manifest`) are never extracted again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset
from rich.markup import escape
from rdflib.namespace import RDF

from kg.annotate.kinds import ACTOR_KINDS, PLACE_KINDS
from kg.corpus.document import (CITATION_FACTS, COMPANIONS, copy_warning, cpu_with_children, graph_document,
                                read_reference_needs, scheme_graph)
from kg.corpus.executor import default_jobs, run_tasks
from kg.corpus.manifest import DocumentEntry, Manifest
from kg.corpus.outputs import out_versions
from kg.corpus.size import SizePolicy
from kg.corpus.versions import Versions, fault_point
from kg.errors import InputError, PolicyKGError, UsageError, ValidationFailed, one_line
from kg.extract import Extractor
from kg.graph.build import DocumentGraph, add_reference
from kg.graph.citations import resolve_cited_titles, resolve_cited_titles_in_facts
from kg.graph.fragments import fragment_path, write_fragments
from kg.graph.iris import REFERENCE_GRAPH, graph_iri
from kg.graph.nquads import sorted_nquads
from kg.graph.write import OUTPUT_FILES, write_files
from kg.link.gazetteer import Gazetteer
from kg.normalise.sidecar import document_hash, source_record
from kg.store.versions import REFERENCE_SHARD, backup_store, load_version, store_versions

INPUT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".pdf", ".docx")
SHARDS = "shards"
COUNT_NAMES = ("documents", "provisions", "measures", "places", "actors", "industries", "clusters",
               "dated goals", "triples")


@dataclass
class BuildReport:
    """An in-memory build (for evaluation and small tools): the dataset and its documents."""

    dataset: Dataset
    documents: list[DocumentGraph] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class BuildSummary:
    """What ``build``/``add``/``remove`` produced: counts for the summary line, files, manifest."""

    counts: dict[str, int]
    written: list[Path]
    manifest: Manifest
    rebuilt: list[str] = field(default_factory=list)  # slugs extracted in this run
    warnings: list[str] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds per stage, workers summed

    def line(self) -> str:
        return ", ".join(f"{self.counts[name]} {name}" for name in COUNT_NAMES)


def collect_inputs(paths: Iterable[Path]) -> list[Path]:
    """Files to build from: given files as they are, folders searched for text and HTML files."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                raise InputError(f"no policy texts ({', '.join(INPUT_SUFFIXES)}) in this folder", path=path)
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise InputError("no such file or folder", path=path)
    return sorted(dict.fromkeys(files))


def build_dataset(paths: list[Path], *, on_document: Callable[[Path], None] | None = None,
                  extractor: Extractor | None = None) -> BuildReport:
    """Build the RDF dataset of the given files (or folders) in memory; no validation, nothing written.

    A file holding a document already built (same document number, or same content when it has no
    number) is skipped with a warning: the document's IRI is its identity, so it is built once.
    """
    extractor = extractor or Extractor()
    report = BuildReport(Dataset())
    places, actors = set(), set()
    built: dict[str, Path] = {}  # document slug → the file it was built from
    for path in collect_inputs(paths):
        if on_document:
            on_document(path)
        document, warnings = graph_document(path, report.dataset, extractor, unless=built)
        report.warnings.extend(warnings)
        if document is None:
            continue
        built[document.slug] = path
        report.documents.append(document)
        places |= document.places
        actors |= document.actors
    add_reference(report.dataset, places, actors, extractor.gazetteer)
    resolve_cited_titles(report.dataset)
    return report


# ---------------------------------------------------------------------------------------------
# Corpus builds


@dataclass
class _Change:
    """What a run does to the previous build: files to extract, entries to keep, documents to drop."""

    files: list[Path]
    keep: dict[str, DocumentEntry]


def content_hash(path: Path) -> str:
    """The content hash a build's manifest keeps for a document (SHA-256 of the file's bytes, combined
    with its metadata sidecar row when it has one, so a changed row rebuilds the document)."""
    return document_hash("sha256:" + hashlib.sha256(path.read_bytes()).hexdigest(), source_record(path))


def run_build(inputs: list[Path], out: Path, *, store: str | None = None, validate: bool = True,
              jobs: int | None = None, executor: str | None = None, replace: bool = False,
              size: SizePolicy = SizePolicy()) -> BuildSummary:
    """``policykg build``: the corpus of ``inputs`` into ``out/`` (and the store), reusing unchanged documents;
    ``size``: the limit on one document's text and when to report progress (:mod:`kg.corpus.size`)."""
    files = collect_inputs(inputs)

    def change(previous: Manifest | None) -> _Change:
        reusable = {(e.source, e.content_hash): e for e in previous.documents.values()} if previous else {}
        keep, todo = {}, []
        for path in files:
            entry = reusable.get((str(path.resolve()), content_hash(path)))
            if entry is not None and entry.slug not in keep:
                keep[entry.slug] = entry
            else:
                todo.append(path)
        return _Change(todo, keep)

    return _run(out, store, change, validate=validate, jobs=jobs, executor=executor, replace=replace, size=size)


def run_add(files: list[Path], out: Path, *, store: str | None = None, validate: bool = True,
            jobs: int | None = None, executor: str | None = None, size: SizePolicy = SizePolicy()) -> BuildSummary:
    """``policykg add``: add or replace these documents in the build in ``out/``, keep every other."""
    files = collect_inputs(files)

    def change(previous: Manifest | None) -> _Change:
        if previous is None:
            raise InputError("no build here to add to (run `policykg build` first)", path=out)
        sources = {str(path.resolve()) for path in files}
        return _Change(files, {s: e for s, e in previous.documents.items() if e.source not in sources})

    return _run(out, store, change, validate=validate, jobs=jobs, executor=executor, replace=True, size=size)


def run_remove(documents: list[str], out: Path, *, store: str | None = None) -> BuildSummary:
    """``policykg remove``: drop documents (by slug, document number, source path or file name)."""

    def change(previous: Manifest | None) -> _Change:
        if previous is None:
            raise InputError("no build here to remove from", path=out)
        keep = dict(previous.documents)
        for wanted in documents:
            found = [s for s, e in keep.items() if wanted in (s, e.number, e.source, Path(e.source).name)
                     or (Path(wanted).exists() and e.source == str(Path(wanted).resolve()))]
            if not found:
                raise InputError(f"no document {wanted!r} in this build", path=out)
            for slug in found:
                del keep[slug]
        return _Change([], keep)

    return _run(out, store, change, validate=False, jobs=1, executor=None, replace=True, keep_validated=True)


def _run(out: Path, store: str | None, change: Callable[[Manifest | None], _Change], *, validate: bool,
         jobs: int | None, executor: str | None, replace: bool, keep_validated: bool = False,
         size: SizePolicy = SizePolicy()) -> BuildSummary:
    from rich.console import Console

    console = Console(stderr=True, soft_wrap=True)
    outputs = out_versions(out)
    stores = _store_versions(store) if store else None
    with outputs.locked(), (stores.locked() if stores else nullcontext()):
        outputs.clean()
        if stores:
            stores.adopt_folder(backup_store)
            stores.clean()
        current = outputs.current()
        previous = Manifest.read(current) if current else None
        manifest = Manifest.current(validate if not keep_validated else bool(previous and previous.validated))
        if previous is not None and not manifest.compatible(previous):
            previous = _stale(previous)
        plan = change(previous)
        version = outputs.new_version()
        store_version = None
        try:
            summary = _assemble(version, current, plan, manifest, console=console, validate=validate,
                                jobs=jobs or default_jobs(), executor=executor, size=size)
            fault_point("assembled")
            if stores:
                started = time.process_time()
                with console.status("loading the store"):
                    store_version = load_version(stores, version, manifest, previous=previous,
                                                rebuilt=set(summary.rebuilt), replace=replace)
                fault_point("loaded")
                summary.cpu["store load"] = time.process_time() - started
            started = cpu_with_children()
            with console.status("writing the graph files"):
                summary.counts["triples"] = write_files(
                    version, _graphs(version, manifest), previous=current,
                    stamp=f"{manifest.extractor_version} {manifest.ontology_version}")
            summary.written = [version / name for name in OUTPUT_FILES]
            summary.cpu["files"] = cpu_with_children() - started
            manifest.write(version)
            fault_point("written")
        except BaseException:
            shutil.rmtree(version, ignore_errors=True)
            if store_version is not None:
                shutil.rmtree(store_version, ignore_errors=True)
            raise
        if stores and store_version:
            stores.publish(store_version)
        outputs.publish(version)
    for warning in summary.warnings:
        console.print(f"[yellow]warning[/]: {escape(one_line(warning))}", markup=True, highlight=False)
    print(summary.line())
    print("wrote " + ", ".join(str(out / name) for name in OUTPUT_FILES))
    return summary


def _stale(previous: Manifest) -> Manifest:
    """A previous manifest built by another extractor or ontology: its documents must be extracted
    again, from their sources (kept as entries with no shard)."""
    for entry in previous.documents.values():
        entry.status = "stale"
    return previous


def _assemble(version: Path, current: Path | None, plan: _Change, manifest: Manifest, *,
              console, validate: bool, jobs: int, executor: str | None, size: SizePolicy) -> BuildSummary:
    """Extract what must be, link what may be reused, dedupe, check, write the reference shard."""
    from rich.progress import Progress

    shards = version / SHARDS
    shards.mkdir()
    files = list(plan.files)
    keep = {}
    for slug, entry in plan.keep.items():  # stale entries are built again from their source
        if entry.status == "stale" or current is None:
            source = Path(entry.source)
            if not source.is_file():
                raise InputError("source of a built document is gone; it cannot be rebuilt with the new "
                                 "extractor (remove it or build again)", path=source)
            files.append(source)
        else:
            keep[slug] = entry
    tasks = [(path.resolve(), shards / f".task-{index}.nq") for index, path in enumerate(files)]
    with Progress(console=console, transient=True, disable=len(tasks) < 2) as progress:
        bar = progress.add_task("building", total=len(tasks))
        results = run_tasks(tasks, validate=validate, jobs=jobs, executor=executor, size=size,
                            on_done=lambda r: progress.update(bar, advance=1, description=Path(r.path).name))
    fault_point("extracted")
    for given, result in zip(files, results):
        if result.error:
            error = PolicyKGError(result.error.replace(str(given.resolve()), str(given), 1))
            error.exit_code = result.exit_code
            raise error
    warnings: list[str] = []
    violations = [v for r in results for v in r.violations]
    if validate and results:
        from kg.validate import check

        violations.extend(str(v) for v in check(scheme_graph(), inplace=True))
    if violations:
        for violation in violations[:50]:
            print(f"policykg: shacl: {violation}", file=sys.stderr)
        raise ValidationFailed(f"the graph does not conform to the SHACL shapes ({len(violations)} "
                               f"violations); the previous build is left untouched")
    entries: dict[str, DocumentEntry] = {}
    built_from: dict[str, str] = {}
    for given, result, (_, shard) in zip(files, results, tasks):
        warnings.extend(w.replace(str(given.resolve()), str(given)) for w in result.warnings)
        if result.slug in entries:
            warnings.append(copy_warning(given, result.number or result.slug, built_from[result.slug]))
            continue
        built_from[result.slug] = result.path
        for suffix in ("", *COMPANIONS):
            os.replace(fragment_path(shard, suffix), shards / f"{result.slug}.nq{suffix}")
        entries[result.slug] = DocumentEntry(result.slug, result.path, result.content_hash, result.number,
                                             f"{SHARDS}/{result.slug}.nq", result.triples, result.stats,
                                             result.industries, result.clusters)
    for slug, entry in keep.items():
        if slug in entries:
            continue
        for suffix in ("", *COMPANIONS):
            _link(current / (entry.shard + suffix), version / (entry.shard + suffix))
        entries[slug] = entry
    for leftover in shards.glob(".task-*"):
        leftover.unlink()
    manifest.documents = entries
    started = cpu_with_children()
    with console.status("assembling the reference graph"):  # shown on a terminal only, like the bar
        places, actors = _reference(version, entries)
    cpu = {stage: sum(r.cpu.get(stage, 0.0) for r in results) for stage in ("start-up", "extract", "shard", "validate")}
    cpu["reference"] = cpu_with_children() - started
    return BuildSummary(_counts(entries, places, actors), [], manifest, rebuilt=sorted(r.slug for r in results),
                        warnings=warnings, cpu=cpu)


def _link(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _reference(version: Path, entries: dict[str, DocumentEntry]) -> tuple[int, int]:
    """Write the reference graph assembled from what the documents used; (places, actors) in it."""
    places, actors = {}, {}
    for slug in sorted(entries):
        used_places, used_actors = read_reference_needs(version / entries[slug].shard)
        places.update((p.id, p) for p in used_places)
        actors.update((a.id, a) for a in used_actors)
    dataset = Dataset()
    add_reference(dataset, places.values(), actors.values(), Gazetteer.default())  # not a whole extractor
    resolve_cited_titles_in_facts((fragment_path(version / entries[slug].shard, CITATION_FACTS)
                                   for slug in sorted(entries)), dataset)
    graph = dataset.graph(REFERENCE_GRAPH)
    place_classes = {cls for classes in PLACE_KINDS.values() for cls in classes}
    actor_classes = {cls for classes in ACTOR_KINDS.values() for cls in classes}
    counted = ({s for s, _, o in graph.triples((None, RDF.type, None)) if o in place_classes},
               {s for s, _, o in graph.triples((None, RDF.type, None)) if o in actor_classes})
    (version / REFERENCE_SHARD).write_bytes(sorted_nquads(dataset.quads()))
    write_fragments(version / REFERENCE_SHARD)
    return len(counted[0]), len(counted[1])


def _graphs(version: Path, manifest: Manifest) -> dict[str, Path]:
    """Every named graph of the build (the documents' and the reference graph) → its shard."""
    graphs = {str(graph_iri(slug)): version / entry.shard for slug, entry in manifest.documents.items()}
    return graphs | {str(REFERENCE_GRAPH): version / REFERENCE_SHARD}


def _counts(entries: dict[str, DocumentEntry], places: int, actors: int) -> dict[str, int]:
    """The summary counts from per-document statistics (no union graph is built to count)."""
    total = lambda name: sum(e.stats.get(name, 0) for e in entries.values())  # noqa: E731
    return {"documents": len(entries), "provisions": total("provisions"), "measures": total("measures"),
            "places": places, "actors": actors,
            "industries": len({i for e in entries.values() for i in e.industries}),
            "clusters": len({c for e in entries.values() for c in e.clusters}),
            "dated goals": total("dated goals"), "triples": 0}


# ---------------------------------------------------------------------------------------------
# The store


def _store_versions(spec: str) -> Versions:
    from kg.store.oxigraph import STORE_SCHEME

    kind, _, location = spec.partition(":")
    if f"{kind}:" != STORE_SCHEME or not location:
        raise UsageError(f"unknown store {spec!r}; use oxigraph:DIR")
    return store_versions(Path(location))
