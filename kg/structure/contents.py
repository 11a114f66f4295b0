"""Tables of contents: a ``目录`` followed by the headings it lists, which are not provisions.

A plan often lists its headings (``目录 1总则 1.1编制目的 … 7附则``) before its body repeats them. The
table starts at a ``目录`` followed by a numbering marker, one or the other standing at a boundary; it runs to where
its first entry (the marker and the first words of its title) comes again, line breaks and spaces
ignored, so it is found the same way in a text without line breaks.

A law often lists its chapters without the word ``目录`` (``第一章 总则 第二章 … 第六章 附则`` before
``第一章 总 则``): a run of three or more chapter or part headings numbered from one, each holding
nothing but its title before the next, is such a table when its first entry comes again after it. When
only the later entries come again (the body's first chapter heading was lost, its articles following the
last entry directly: ``第六章 附则第一条…``), the table is the run and the body begins after it.
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
        entries = _chapter_run(text, pos)
        if not entries:
            continue
        run_end = entries[-1][1]
        again = _again(text, pos, entries[0][1])
        if again is not None and again >= run_end:
            spans.append(Span(pos, again))
        elif again is None and (second := _again(text, *entries[1])) is not None and second >= run_end:
            spans.append(Span(pos, run_end))  # the body's first chapter heading lost: the body follows the run
    return sorted(spans, key=lambda span: span.start)


def _again(text: str, start: int, end: int) -> int | None:
    """Where the entry ``text[start:end]`` comes again after it (spaces and line breaks ignored)."""
    entry = re.sub(r"\s", "", text[start:end])
    again = re.compile(r"\s*".join(map(re.escape, entry))).search(text, end)
    return again.start() if again is not None else None


def _chapter_run(text: str, pos: int) -> list[tuple[int, int]]:
    """The entries (heading start, title end) of a run of at least ``MIN_UNLABELLED`` chapter headings
    numbered on from one at ``pos``, each followed by nothing but its title; empty when there is no such
    run."""
    entries: list[tuple[int, int]] = []
    while (heading := heading_at(text, pos)) is not None and heading.style in _CHAPTER_STYLES \
            and heading.ordinal == len(entries) + 1:
        words = _TITLE_WORDS.match(text, heading.body_start)
        if words is None:
            break
        entries.append((pos, words.end()))
        pos = _SPACE.match(text, words.end()).end()
    return entries if len(entries) >= MIN_UNLABELLED else []
