"""Tables of contents: a ``目录`` followed by the headings it lists, which are not provisions.

A plan often lists its headings (``目录 1总则 1.1编制目的 … 7附则``) before its body repeats them. The
table starts at a ``目录`` followed by a numbering marker, one or the other standing at a boundary; it runs to where
its first entry (the marker and the first words of its title) comes again, line breaks and spaces
ignored, so it is found the same way in a text without line breaks.

A law often lists its chapters without the word ``目录`` (``第一章 总则 第二章 … 第六章 附则`` before
``第一章 总 则``): a run of three or more chapter or part headings numbered from one, each holding
nothing but its title before the next, is such a table when its first entry comes again after it.
"""

from __future__ import annotations

import re

from kg.structure.headings import MAX_TITLE_CHARS, heading_at
from kg.structure.model import Span
from kg.structure.numerals import CHINESE_NUMERAL_CHARS
from kg.structure.scan import TextScan

_CONTENTS = re.compile(r"目[ \u3000]*录[ \u3000]*[:：]?\s*")
_CHAPTER_STYLES = ("第编", "第章")
_UNLABELLED_CHAPTERS = re.compile(r"第[一1]\s*[编章]")
MIN_UNLABELLED = 3
_SPACE = re.compile(r"\s*")
_TITLE_WORDS = re.compile(rf"[^\s\d０-９{CHINESE_NUMERAL_CHARS}（(第①-⑳，。；：,;:]{{2,{MAX_TITLE_CHARS}}}")
"""The first words of an entry's title, up to the next number (the next entry, on one line)."""


def find_contents(text: str, scan: TextScan) -> list[Span]:
    """Spans of the tables of contents of ``text``, each from ``目录`` to where the body begins."""
    spans: list[Span] = []
    for found in _CONTENTS.finditer(text):
        pos = found.start()
        at_boundary = scan.is_boundary(pos) or scan.is_boundary(found.end())  # …预案目录 read as one title
        if spans and pos < spans[-1].end or not at_boundary or scan.enclosed(pos):
            continue
        heading = heading_at(text, found.end())
        words = _TITLE_WORDS.match(text, heading.body_start) if heading else None
        if words is None:
            continue
        again = _again(text, found.end(), words.end())
        if again is not None:
            spans.append(Span(pos, again))
    for found in _UNLABELLED_CHAPTERS.finditer(text):
        pos = found.start()
        if any(span.start <= pos < span.end for span in spans) or not scan.is_boundary(pos) or scan.enclosed(pos):
            continue
        run = _chapter_run(text, pos)
        again = _again(text, pos, run[0]) if run else None
        if again is not None and again >= run[1]:
            spans.append(Span(pos, again))
    return sorted(spans, key=lambda span: span.start)


def _again(text: str, start: int, end: int) -> int | None:
    """Where the entry ``text[start:end]`` comes again after it (spaces and line breaks ignored)."""
    entry = re.sub(r"\s", "", text[start:end])
    again = re.compile(r"\s*".join(map(re.escape, entry))).search(text, end)
    return again.start() if again is not None else None


def _chapter_run(text: str, pos: int) -> tuple[int, int] | None:
    """Where the first entry's title and the whole run end, for a run of at least ``MIN_UNLABELLED``
    chapter headings numbered on from one at ``pos``, each followed by nothing but its title; None when
    there is no such run."""
    ends: list[int] = []
    while (heading := heading_at(text, pos)) is not None and heading.style in _CHAPTER_STYLES \
            and heading.ordinal == len(ends) + 1:
        words = _TITLE_WORDS.match(text, heading.body_start)
        if words is None:
            break
        ends.append(words.end())
        pos = _SPACE.match(text, words.end()).end()
    return (ends[0], ends[-1]) if len(ends) >= MIN_UNLABELLED else None
