"""Where a numbering marker may begin, whatever the line breaks: one linear pass over punctuation.

A marker (``一、``, ``（一）``, ``1.`` …) can open a provision only at a *boundary*: the start of the
text or of a line, after a sentence end or colon (``。；：！？``, possibly closed by quotes), after a
bracketed note that itself follows a boundary (``…氛围。（市场监管总局负责）（三）``), or at one of the
extra positions the caller knows (the end of a header field or of a date). It never opens one inside
brackets or quotation marks (``《…》``, ``“…”``, ``（见附件1）``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

SENTENCE_END = "。；;：:！!？?"
_OPENERS = "（(《“‘「『〔【["
_CLOSERS = "）)》”’」』〕】]"
_QUOTE_CLOSERS = "”’」』"
_SPACES = " \u3000\t"
_EVENTS = re.compile(f"[{re.escape(SENTENCE_END + _OPENERS + _CLOSERS)}\n]")
MAX_ENCLOSED = 300
"""A bracket or quote left open longer than this (or across a line break) is taken as unbalanced."""


class TextScan:
    """Sentence ends, bracketed stretches and boundaries of one text, each found in one pass."""

    def __init__(self, text: str, extra: Iterable[int] = ()) -> None:
        self.text = text
        self.extra = set(extra)
        self.ends: list[int] = []  # positions right after a sentence end or a line break
        self._note_ends: set[int] = set()  # positions right after a note that follows a boundary
        starts: list[int] = []
        stops: list[int] = []
        depth, opened, opened_at_boundary = 0, 0, False
        for found in _EVENTS.finditer(text):
            pos, ch = found.start(), found.group()
            if ch == "\n" or ch in SENTENCE_END:
                self.ends.append(pos + 1)
                if ch == "\n" or depth and pos - opened > MAX_ENCLOSED:
                    depth = 0  # an unbalanced bracket does not run past a line or a page
            elif ch in _OPENERS:
                if depth == 0:
                    opened, opened_at_boundary = pos, self.is_boundary(pos)
                depth += 1
            elif depth:
                depth -= 1
                if depth == 0 and pos - opened <= MAX_ENCLOSED:
                    starts.append(opened)
                    stops.append(pos + 1)
                    if opened_at_boundary:
                        self._note_ends.add(pos + 1)
        self._starts, self._stops = starts, stops

    def enclosed(self, pos: int) -> bool:
        """True when ``pos`` lies inside a bracketed or quoted stretch (its opener excluded)."""
        index = bisect_right(self._starts, pos) - 1
        return index >= 0 and self._starts[index] < pos < self._stops[index]

    def is_boundary(self, pos: int) -> bool:
        """True when a marker starting at ``pos`` stands where a provision may begin."""
        text = self.text
        back = pos - 1
        while back >= 0 and text[back] in _SPACES:
            back -= 1
        if back < 0 or text[back] == "\n" or text[back] in SENTENCE_END:
            return True
        if back + 1 in self.extra or back + 1 in self._note_ends:
            return True
        return text[back] in _QUOTE_CLOSERS and back > 0 and text[back - 1] in SENTENCE_END

    def sentence_end_between(self, start: int, end: int) -> bool:
        """True when a sentence end or line break lies in ``text[start:end]``."""
        index = bisect_left(self.ends, start + 1)
        return index < len(self.ends) and self.ends[index] <= end
