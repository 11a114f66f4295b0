"""The two values the normalisation stage hands on: a read source file and its normalised text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


EXTRACTED = "extracted"
"""The ``encoding`` of a container format (PDF, .docx) whose text was extracted rather than decoded."""


@dataclass(frozen=True)
class SourceDocument:
    """A decoded input file.

    ``text`` is the decoded file (plain text) or its visible text (HTML, block elements as line
    breaks); ``origin[i]`` is the offset of ``text[i]`` in the decoded file string, with
    ``len(text) + 1`` entries.
    """

    path: Path
    raw: bytes
    encoding: str
    media_type: str
    text: str
    origin: Sequence[int]

    @cached_property
    def decoded(self) -> str:
        """The whole decoded file string that ``origin`` points into (for a PDF or .docx, its extracted text)."""
        if self.encoding == EXTRACTED:
            return self.text
        return self.raw.decode(self.encoding)


@dataclass(frozen=True)
class NormalisedText:
    """Clean Simplified Chinese text, lines separated by ``\\n``, with a map back to the input.

    ``origin[i]`` is the offset in the input string of ``text[i]``: for :func:`normalise`, the
    string it was given; for :func:`load`, the decoded file string. It has ``len(text) + 1``
    entries and never decreases.
    """

    text: str
    origin: Sequence[int]
    source: SourceDocument | None = None

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Span ``[start, end)`` of ``text`` → span in the original string.

        The source span runs from the first character's origin to just after the last
        character's origin (a character entity such as ``&ldquo;`` is taken whole), so it
        includes what normalisation removed inside the span (pinyin, spaces, a page marker
        at a rejoined line break) but nothing after it.
        """
        if not 0 <= start <= end <= len(self.text):
            raise IndexError(f"span [{start}, {end}) is outside the text of length {len(self.text)}")
        first = self.origin[start]
        if start == end:
            return first, first
        last = self.origin[end - 1]
        stop = last + 1
        if self.source is not None and self.source.media_type == "text/html":
            reference = _REFERENCE.match(self.source.decoded, last)
            if reference:
                stop = reference.end()
        return first, stop
