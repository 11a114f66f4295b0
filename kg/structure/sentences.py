"""Split a stretch of normalised text into sentences, keeping offsets."""

from __future__ import annotations

import re

from kg.structure.model import Sentence, Span

# A sentence runs to 。！？!? (with any closing quotes/brackets after it) or to the end of the line.
_SENTENCE = re.compile(r"[^\n。！？!?]*(?:[。！？!?]+[”’」』）)]*|\n|$)")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``text[start:end]`` with spans into ``text``; blank stretches are skipped."""
    end = len(text) if end is None else end
    sentences: list[Sentence] = []
    for found in _SENTENCE.finditer(text, start, end):
        s, e = found.start(), found.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            sentences.append(Sentence(Span(s, e), text[s:e]))
    return sentences
