"""The build: read → normalise → structure → extract → graph → validate → write."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, URIRef
from rdflib.namespace import RDF

from kg.errors import InputError, PolicyKGError, ValidationFailed
from kg.extract import Extractor
from kg.graph.build import DocumentGraph, SourceInfo, add_reference
from kg.graph.citations import resolve_cited_titles
from kg.graph.iris import document_slug
from kg.graph.write import serialise, union_graph, write_atomically
from kg.normalise import load
from kg.structure import parse_document
from kg.vocab import PKG

INPUT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".pdf", ".docx")


@dataclass
class BuildReport:
    """What a build produced, for the summary line and for tests."""

    dataset: Dataset
    documents: list[DocumentGraph] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Documents, provisions, measures, places, actors, industries (distinct) and triples."""
        union = union_graph(self.dataset)

        def instances(*classes: URIRef) -> int:
            return len({s for c in classes for s in union.subjects(RDF.type, c)})

        industries = {o for o in union.objects(None, PKG.concernsIndustry)} | {
            o for o in union.objects(None, PKG.clusterIndustry)}
        return {
            "documents": instances(PKG.PolicyDocument),
            "provisions": instances(PKG.Provision),
            "measures": instances(PKG.Measure),
            "places": instances(PKG.Province, PKG.City, PKG.District, PKG.County, PKG.Region, PKG.IndustrialPark),
            "actors": instances(PKG.GovernmentAgency, PKG.FinancialInstitution),
            "industries": len(industries),
            "clusters": instances(PKG.IndustryCluster),
            "dated goals": instances(PKG.Target),
            "triples": len(union),
        }


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
    files = collect_inputs(paths)
    extractor = extractor or Extractor()
    report = BuildReport(Dataset())
    places, actors = set(), set()
    built: dict[str, Path] = {}  # document slug → the file it was built from
    for path in files:
        if on_document:
            on_document(path)
        normalised = load(path)
        structure = parse_document(normalised.text)
        report.warnings.extend(f"{path}: {w}" for w in structure.warnings)
        raw = normalised.source.raw if normalised.source is not None else normalised.text.encode("utf-8")
        source = SourceInfo.of(path, raw)
        slug = document_slug(structure.number.value if structure.number else None, source.content_hash)
        if slug in built:
            report.warnings.append(f"{path}: another copy of document {structure.number.value if structure.number else slug}"
                                   f" (already built from {built[slug].name}); skipped")
            continue
        built[slug] = path
        document = DocumentGraph(report.dataset, source, structure, extractor.extract(structure))
        document.add()
        report.documents.append(document)
        places |= document.places
        actors |= document.actors
    add_reference(report.dataset, places, actors, extractor.gazetteer)
    resolve_cited_titles(report.dataset)
    return report


def run_build(inputs: list[Path], out: Path, *, store: str | None = None, validate: bool = True) -> BuildReport:
    """``policykg build``: build, validate, write ``out/graph.{ttl,nt,jsonld,trig}``, print a summary."""
    from rich.console import Console
    from rich.progress import Progress

    console = Console(stderr=True, soft_wrap=True)
    files = collect_inputs(inputs)
    with Progress(console=console, transient=True, disable=len(files) < 2) as progress:
        task = progress.add_task("building", total=len(files))
        report = build_dataset(files, on_document=lambda p: progress.update(task, advance=1, description=p.name))
    for warning in report.warnings:
        console.print(f"[yellow]warning[/]: {warning}")
    if validate:
        from kg.validate import check

        violations = check(union_graph(report.dataset))
        if violations:
            for violation in violations[:50]:
                print(f"policykg: shacl: {violation}", file=sys.stderr)
            raise ValidationFailed(f"the graph does not conform to the SHACL shapes ({len(violations)} "
                                   f"violations); {out} left untouched")
    written = write_atomically(out, serialise(report.dataset))
    if store:
        _write_store(report.dataset, store)
    counts = report.counts()
    print(", ".join(f"{value} {name}" for name, value in counts.items()))
    print("wrote " + ", ".join(str(p) for p in written))
    return report


def _write_store(dataset: Dataset, spec: str) -> None:
    kind, _, location = spec.partition(":")
    if kind != "oxigraph" or not location:
        raise PolicyKGError(f"unknown store {spec!r}; use oxigraph:DIR")
    from kg.store import save_store

    save_store(dataset, Path(location))
