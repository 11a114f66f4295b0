"""A document read and structured, and the pieces it is built in: its parts (:mod:`kg.corpus.parts`),
or a volume's parts when it is read in a stream (:mod:`kg.corpus.volumes`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.corpus.parts import document_parts
from kg.corpus.size import DocumentProgress, SizePolicy
from kg.graph.build import SourceInfo
from kg.graph.iris import document_slug
from kg.normalise import NormalisedText, load
from kg.normalise.sidecar import source_record
from kg.structure import DocumentStructure, parse_document
from kg.structure.partition import Part


@dataclass(frozen=True)
class ReadDocument:
    """A document read and structured, before extraction: its source, structure, number and slug (for a
    volume of a document read in a stream: the volume's source and structure, the document's number and
    slug)."""

    source: SourceInfo
    structure: DocumentStructure
    number: str | None
    slug: str


@dataclass(frozen=True)
class Piece:
    """One part to build: what it is read from, the part, where that starts in the document's text, and
    the words that name it in progress lines."""

    read: ReadDocument
    part: Part
    at: int = 0
    label: str = ""


def read_document(path: Path, size: SizePolicy, progress: DocumentProgress) -> tuple[ReadDocument, list[str]]:
    """Read and structure ``path`` (refused above ``size``'s limit before it is structured); warnings.
    A document to be built in parts is structured without sentences: each part splits its own."""
    normalised = load(path)
    megabytes = size.check(path, normalised.text)
    progress.read(len(normalised.text), megabytes)
    structure = parse_document(normalised.text, sentences=not size.in_parts(megabytes))
    progress.stage("structure found")
    raw = normalised.source.raw if normalised.source is not None else normalised.text.encode("utf-8")
    source, warnings = described(path, SourceInfo.of(path, raw).content_hash, structure, normalised)
    return documented(source, structure), warnings


def described(path: Path, content_hash: str, structure: DocumentStructure,
              normalised: NormalisedText) -> tuple[SourceInfo, list[str]]:
    """The source of ``path`` (with its sidecar row, if any) and the warnings of its structure and row."""
    warnings = [f"{path}: {w}" for w in structure.warnings]
    record = source_record(path)
    warnings += [f"{path}: {w}" for w in record.warnings()] if record else []
    source = SourceInfo(path, content_hash, record, normalised)
    if record and record.number and source.number is None:
        warnings.append(f"{path}: {record.sidecar}: number {record.number!r} is not a document number; ignored")
    return source, warnings


def documented(source: SourceInfo, structure: DocumentStructure) -> ReadDocument:
    """The read document of ``source`` and ``structure``: its number (printed, else the sidecar's) and slug."""
    number = structure.number.value if structure.number else source.number
    return ReadDocument(source, structure, number, document_slug(number, source.content_hash))


def whole_pieces(read: ReadDocument, in_parts: bool) -> list[Piece]:
    """The pieces of a document read whole: itself, or its parts when ``in_parts``."""
    parts = document_parts(read.structure, in_parts)
    if len(parts) == 1:
        return [Piece(read, parts[0])]
    return [Piece(read, part, 0, f"part {index} of {len(parts)}: ") for index, part in enumerate(parts, start=1)]
