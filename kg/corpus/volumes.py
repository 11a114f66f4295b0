"""A large plain-text document read in a stream and built volume by volume: a worker's memory follows
the size of a volume, not of the document.

Reading (:func:`spilled`): the file's volumes (:mod:`kg.normalise.stream`, a few MB of text each) are
normalised one at a time and written beside the shard, in the build's temporary folder, each as its
normalised text with its map back to the file; their sizes are added up as they come, and the
document is refused above the size limit, with the line a whole read gives, once all are counted. The
spill files are removed on every way out, an error included.

Building (:func:`volume_pieces`): one volume is loaded and structured at a time. The first gives the
header (title, number, issuers, dates), carried into the others as a part carries it
(:func:`kg.structure.partition.carried`); what a volume takes from those before it (the numbering of
each heading style, whether a signature and an annex were met) is a
:class:`kg.structure.Continuation`; only the volume where the main text ends has its closing. Each
volume is cut into parts as a whole document is and each part is built as any part, its offsets
counted from the document's start.

The files are those of a build in parts when every cut falls right before a top-level heading (a
part, else a chapter, else an annex) and the parts fall alike. Where a cut falls elsewhere (no such
heading within half a volume), what follows it until the next heading is taken for the volume's
preamble, headings below the top level after it become top-level ones (other provision IRIs), and an
unnumbered annex's ordinal counts from the volume's first. The header is the first volume's: issuers
or a date read from a signature in another volume are not.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from kg.corpus.parts import document_parts
from kg.corpus.reading import Piece, ReadDocument, described, documented, read_document, whole_pieces
from kg.corpus.size import DocumentProgress, SizePolicy
from kg.normalise.model import NormalisedText
from kg.normalise.stream import PREFIX_BYTES, NotStreamable, TextStream, text_encoding
from kg.structure import Continuation, DocumentStructure, parse_document
from kg.structure.partition import carried

VOLUME_SUFFIX = ".volume-"
"""A spill file is the shard's name, this and the volume's index."""


@dataclass(frozen=True)
class Spilled:
    """The volumes of a file read in a stream: their spill files, their lengths (characters of normalised
    text) and the SHA-256 of the file's bytes."""

    path: Path
    files: list[Path]
    lengths: list[int]
    content_hash: str


def open_document(path: Path, shard: Path, size: SizePolicy, progress: DocumentProgress,
                  held: ExitStack) -> tuple[ReadDocument, Iterator[Piece], bool, list[str]]:
    """Read ``path``: in a stream when ``size`` says so and the file is plain text, else whole. Returns the
    document read (for a stream, its first volume), its pieces, whether they are several, and warnings;
    the spill files live until ``held`` closes."""
    encoding = stream_encoding(path, size)
    if encoding is not None:
        try:
            volumes = held.enter_context(spilled(path, shard, encoding, size, progress))
        except NotStreamable:
            pass
        else:
            read, pieces, warnings = volume_pieces(volumes, progress)
            return read, pieces, True, warnings
    read, warnings = read_document(path, size, progress)
    pieces = whole_pieces(read, size.in_parts(progress.size))
    return read, iter(pieces), len(pieces) > 1, warnings


def stream_encoding(path: Path, size: SizePolicy) -> str | None:
    """The encoding to read ``path`` in as a stream, or None when it is read whole (too small, or no
    plain text in an encoding that streams: :func:`kg.normalise.stream.text_encoding`)."""
    if not size.streams(path):
        return None
    with open(path, "rb") as stream:
        prefix = stream.read(PREFIX_BYTES)
    return text_encoding(path, prefix)


@contextmanager
def spilled(path: Path, shard: Path, encoding: str, size: SizePolicy, progress: DocumentProgress) -> Iterator[Spilled]:
    """Read ``path`` in volumes into spill files beside ``shard``; refused above ``size``'s limit (all the
    volumes counted, none written past it); the files are removed when the block ends."""
    files: list[Path] = []
    lengths: list[int] = []
    encoded = 0
    try:
        stream = TextStream(path, encoding, size.volume_chars)
        for volume in stream.volumes():
            encoded += len(volume.text.encode("utf-8"))
            lengths.append(len(volume.text))
            if encoded <= size.max_mb * 1e6:
                files.append(shard.with_name(f"{shard.name}{VOLUME_SUFFIX}{len(files)}"))
                with open(files[-1], "wb") as out:
                    pickle.dump(volume, out, protocol=pickle.HIGHEST_PROTOCOL)
        megabytes = size.check_size(path, encoded / 1e6)
        progress.read(sum(lengths), megabytes)
        yield Spilled(path, files, lengths, stream.content_hash)
    finally:
        for file in files:
            file.unlink(missing_ok=True)


def volume_pieces(volumes: Spilled, progress: DocumentProgress) -> tuple[ReadDocument, Iterator[Piece], list[str]]:
    """The first volume read and structured (its header is the document's), the pieces of every volume
    (each volume loaded and structured when its pieces are reached), and warnings."""
    continued = Continuation()
    first = _load(volumes.files[0])
    structure = parse_document(first.text, sentences=False, ending=len(volumes.files) == 1, continued=continued)
    progress.stage(f"volume 1 of {len(volumes.files)}: structure found")
    source, warnings = described(volumes.path, volumes.content_hash, structure, first)
    read = documented(source, structure)
    return read, _pieces(volumes, read, continued, progress), warnings


def _pieces(volumes: Spilled, first: ReadDocument, continued: Continuation,
            progress: DocumentProgress) -> Iterator[Piece]:
    """The parts of each volume in turn, the volumes after the first read and structured on the way."""
    header, count, at = carried(first.structure, "", [], 0), len(volumes.files), 0
    for index, (file, length) in enumerate(zip(volumes.files, volumes.lengths)):
        read = first if index == 0 else _volume(first, header, _load(file), at, index == count - 1, continued)
        if index:
            progress.stage(f"volume {index + 1} of {count}: structure found")
        parts = document_parts(read.structure, True)
        for number, part in enumerate(parts, start=1):
            yield Piece(read, part, at, f"volume {index + 1} of {count}, part {number} of {len(parts)}: ")
        at += length


def _volume(first: ReadDocument, header: DocumentStructure, volume: NormalisedText, at: int, ending: bool,
            continued: Continuation) -> ReadDocument:
    """A volume after the first (starting at character ``at``) structured, with the document's header."""
    provisions = parse_document(volume.text, sentences=False, opening=False, ending=ending,
                                continued=continued).provisions
    structure = carried(header, volume.text, provisions, at)
    return ReadDocument(replace(first.source, normalised=volume, offset=at), structure, first.number, first.slug)


def _load(file: Path) -> NormalisedText:
    with open(file, "rb") as stream:
        return pickle.load(stream)
