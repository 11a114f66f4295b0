"""Tables of contents: a ``目录`` followed by the headings it lists, which are not provisions.

A plan often lists its headings (``目录 1总则 1.1编制目的 … 7附则``) before its body repeats them. The
table starts at a ``目录`` followed by a numbering marker, one or the other standing at a boundary; it runs to where
its first entry (the marker and the first words of its title) comes again, line breaks and spaces
ignored, so it is found the same way in a text without line breaks.
"""

from __future__ import annotations

import re

from kg.structure.headings import MAX_TITLE_CHARS, heading_at
from kg.structure.model import Span
from kg.structure.numerals import CHINESE_NUMERAL_CHARS
from kg.structure.scan import TextScan

_CONTENTS = re.compile(r"目[ \u3000]*录[ \u3000]*[:：]?\s*")
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
        entry = re.sub(r"\s", "", text[found.end():words.end()])
        again = re.compile(r"\s*".join(map(re.escape, entry))).search(text, words.end())
        if again is not None:
            spans.append(Span(pos, again.start()))
    return spans
