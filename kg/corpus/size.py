"""A document's size: how much normalised text one document may have, and progress inside a large one.

A document below ``LARGE_DOCUMENT_MB`` is built whole: its text, annotation layer and named graph are in
memory together. A larger one is built in parts of whole top-level provisions (:mod:`kg.corpus.parts`),
so its spans, sentences and triples are held one part at a time; what stays for the whole document is
its bytes, its text, the map back to the file (held as runs) and its provision tree without sentences,
about 3 MB of memory per MB of text. A plain-text file of ``STREAM_FROM_MB`` or more is read in a stream
instead (:mod:`kg.corpus.volumes`): volumes of a few MB are spilled to disk and built one at a time, so
nothing is held for the whole document. A build
accepts a document up to a limit of normalised text (UTF-8, ``DEFAULT_MAX_DOCUMENT_MB`` unless
``--max-document-size`` says otherwise) and refuses a larger one before structure and extraction
start, with one line: the file, its size, the limit and the option that raises it.
``python bench/bench_large.py`` prints CPU and peak memory against size.

Progress lines go to stderr, never into the graph: the size read, each stage with the CPU seconds
spent so far, and every ``STEP`` % of the characters whose provisions were extracted.
"""

from __future__ import annotations

import math
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from kg.errors import InputError, one_line
from kg.normalise.stream import VOLUME_CHARS

DEFAULT_MAX_DOCUMENT_MB = 10.0
"""The default limit of normalised text for one document (MB of UTF-8, 10⁶ bytes)."""

LARGE_DOCUMENT_MB = 1.0
"""From this size on a document is built in parts, and reports progress on its own when stderr is a
terminal."""

STREAM_FROM_MB = 4.0
"""From this size of file (MB of bytes) on, a plain-text document is read in a stream of volumes."""

STEP = 10
"""Progress is reported every ``STEP`` % of the characters extracted."""


def text_megabytes(text: str) -> float:
    """The size of a normalised text in MB of UTF-8 (10⁶ bytes), the unit of the limit."""
    return len(text.encode("utf-8")) / 1e6


def progress_from(flag: bool | None, stderr: TextIO | None = None) -> float | None:
    """The smallest document (MB) that reports progress: every one with ``--progress``, none with
    ``--no-progress``, large ones (``LARGE_DOCUMENT_MB``) by default when stderr is a terminal."""
    if flag is None:
        return LARGE_DOCUMENT_MB if (stderr or sys.stderr).isatty() else None
    return 0.0 if flag else None


@dataclass(frozen=True)
class SizePolicy:
    """What a build does with a document's size: refuse it above ``max_mb``; report progress from
    ``progress_from_mb`` on (None: never); build it in parts from ``parts_from_mb`` on (None: never;
    see :mod:`kg.corpus.parts`); read a plain-text file of ``stream_from_mb`` MB of bytes or more in a
    stream of volumes of at most ``volume_chars`` characters (None: never; see :mod:`kg.corpus.volumes`).
    Plain data, so that it pickles to a worker."""

    max_mb: float = DEFAULT_MAX_DOCUMENT_MB
    progress_from_mb: float | None = None
    parts_from_mb: float | None = LARGE_DOCUMENT_MB
    stream_from_mb: float | None = STREAM_FROM_MB
    volume_chars: int = VOLUME_CHARS

    def in_parts(self, megabytes: float) -> bool:
        """Whether a document of ``megabytes`` MB is built in parts."""
        return self.parts_from_mb is not None and megabytes >= self.parts_from_mb

    def streams(self, path: Path) -> bool:
        """Whether the file at ``path`` is large enough to be read in a stream (if it is plain text)."""
        return self.stream_from_mb is not None and path.stat().st_size >= self.stream_from_mb * 1e6

    def check(self, path: Path | str, text: str) -> float:
        """The text's size in MB; an :class:`InputError` (one line) when it is above the limit."""
        return self.check_size(path, text_megabytes(text))

    def check_size(self, path: Path | str, size: float) -> float:
        """``size`` (MB of normalised text); an :class:`InputError` (one line) when it is above the limit."""
        if size > self.max_mb:
            raise InputError(f"{size:.3g} MB of normalised text, more than the limit of {self.max_mb:g} MB for "
                             f"one document (it bounds the time of the build, and the memory of a file read whole); "
                             f"split the text or raise the limit with --max-document-size {math.ceil(size)}", path=path)
        return size

    def progress(self, path: Path | str) -> DocumentProgress:
        """The progress reporter of one document (it speaks once the document is known to be large enough)."""
        return DocumentProgress(path, self.progress_from_mb)


class DocumentProgress:
    """Progress lines of one document on stderr: its stages and the share of its characters extracted.

    Silent until :meth:`read` finds the text at least ``from_mb`` large (always silent when None)."""

    def __init__(self, path: Path | str, from_mb: float | None, stream: TextIO | None = None) -> None:
        self.path, self.from_mb, self._stream = one_line(str(path)), from_mb, stream
        self.on = False
        self.size = 0.0
        self.characters = 0
        self._next = STEP
        self._started = time.process_time()

    def _say(self, what: str) -> None:
        if self.on:
            spent = time.process_time() - self._started
            print(f"policykg: progress: {self.path}: {what} ({self.size:.3g} MB, {spent:.0f} CPU-s)",
                  file=self._stream or sys.stderr, flush=True)

    def read(self, characters: int, size: float) -> None:
        """The document's normalised text (``characters`` long, ``size`` MB) is read: from now on, report
        if it is large."""
        self.on = self.from_mb is not None and size >= self.from_mb
        self.size, self.characters = size, characters
        self._say("read")

    def stage(self, what: str) -> None:
        """A stage of the document's build is done."""
        self._say(what)

    def extracted(self, offset: int) -> None:
        """Extraction has reached character ``offset``; a line each time another ``STEP`` % is passed."""
        if not self.on or not self.characters:
            return
        percent = 100 * offset // self.characters
        if percent >= self._next:
            self._next = (percent // STEP + 1) * STEP
            self._say(f"extracted {percent // STEP * STEP} % of the characters")
