"""Rejoin lines that PDF extraction broke in the middle of a sentence.

A line break goes when the text before it has not ended and the line after it does not open
a new block (a heading, a list dash, a date line, a short label such as an agency name).
The text before has not ended when it does not end in sentence-final punctuation and

* ends in a comma, an enumeration comma or an opening bracket or quote; or
* fills the wrap width of a hard-wrapped document (see :func:`wrap_width`); or
* is running prose, at least ``MIN_PROSE`` long with a sentence comma or full stop in it,
  whose last character is a letter, digit or closing quote.

Bare headings (a heading marker and no sentence end) never continue. Titles, addressees,
signature blocks, name lists, table cells and HTML paragraphs therefore stay separate lines.
A break right after 。 is always kept: in hard-wrapped text it is ambiguous, and keeping it
only splits a paragraph, never glues two.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from kg.normalise.chars import CLOSERS, HAN, SENTENCE_END
from kg.normalise.offsets import Edit, OffsetMap, apply_edits

_NUM = "一二三四五六七八九十百千零〇两"
HEADING = re.compile(
    "^(?:"
    f"第[{_NUM}0-9]+[编篇章节条款部分]"
    f"|[{_NUM}]+[、.．]"
    f"|[（(][{_NUM}]+[）)]"
    "|[0-9]+(?:[、．]|\\.(?![0-9]))"
    "|[（(][0-9]+[）)]"
    "|[①-⑳]"
    "|——"
    "|附件"
    ")"
)
"""The opening of a heading or list item: 一、 （一） 第一章 第一条 1. （1） ① ——."""

_DATE_LINE = re.compile(f"^(?:[0-9]{{4}}|[{_NUM}]{{4}})年[{_NUM}0-9]{{1,3}}月[{_NUM}0-9]{{1,3}}日$")
_PROSE_MARK = re.compile("[，,；;。]")
_ANY_MARK = re.compile("[，,、；;。：:！!？?]")
_OPEN_END = re.compile("[，,、（(“‘《〔【—]$")
_WORD_END = re.compile(f"[{HAN}0-9A-Za-z０-９”’]$")
_INNER_END = re.compile("[。！？；!?;]")
_ALNUM = re.compile("[A-Za-z0-9]")
_LETTER = re.compile("[A-Za-z]")

MIN_WIDTH = 20
"""Hard-wrapped CJK pages are at least this wide; shorter peaks are name lists or table cells."""

MIN_PROSE = 20
"""Shorter lines (table cells, list entries) are not taken for broken prose on punctuation alone."""


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped document was cut at, or None when the document is not hard-wrapped.

    Hard-wrapped means: among lines of at least ``MIN_WIDTH`` characters, the most common
    length (within one character) covers a third of them and at least five, and under 10% of
    all lines are longer than it. Short lines (names, table cells, headings) do not count.
    """
    lengths = [len(line) for line in lines if len(line) >= MIN_WIDTH]
    if not lengths:
        return None
    mode, _ = Counter(lengths).most_common(1)[0]
    near = sum(1 for n in lengths if abs(n - mode) <= 1)
    longer = sum(1 for n in lengths if n > mode + 1)
    if near < max(5, len(lengths) / 3) or longer >= 0.1 * sum(1 for line in lines if line):
        return None
    return mode - 1


def ends_sentence(line: str) -> bool:
    """True when the line ends in sentence-final punctuation, possibly followed by closing quotes."""
    core = line.rstrip(CLOSERS)
    return bool(core) and core[-1] in SENTENCE_END


def fills_width(line: str, width: int | None) -> bool:
    """True when the line is as long as a full line of a hard-wrapped document (not longer)."""
    return width is not None and width <= len(line) <= width + 3


@dataclass
class Run:
    """The text since the last kept line break, summarised so that growing it costs O(1)."""

    heading: bool  # it opens with a heading marker (一、 （一） 第一条 …)
    sentence: bool  # it holds a sentence end (。！？；) somewhere
    prose: bool  # it holds a sentence comma or full stop somewhere
    length: int

    @classmethod
    def of(cls, line: str) -> Run:
        """The run made of one line."""
        return cls(
            heading=HEADING.match(line) is not None,
            sentence=_INNER_END.search(line) is not None,
            prose=_PROSE_MARK.search(line) is not None,
            length=len(line),
        )

    def extend(self, line: str) -> None:
        """Append a joined line."""
        self.sentence = self.sentence or _INNER_END.search(line) is not None
        self.prose = self.prose or _PROSE_MARK.search(line) is not None
        self.length += len(line)


def opens_block(line: str) -> bool:
    """True when the line starts a heading or a list item, is a date line, or is a short label.

    A short line without any punctuation (an issuing agency, a name, a title) stands alone: a
    sentence cut by a line or page break goes on with more text than that.
    """
    if HEADING.match(line) or _DATE_LINE.match(line):
        return True
    return len(line) < MIN_PROSE and _ANY_MARK.search(line) is None


def continues(run: Run, last: str, following: str, width: int | None) -> bool:
    """Whether ``following`` continues the sentence that ``run`` breaks off; ``last`` is its last line."""
    if not last or not following or ends_sentence(last) or opens_block(following):
        return False
    if run.heading and not run.sentence and not fills_width(last, width):
        return False  # a bare heading
    if _OPEN_END.search(last) or fills_width(last, width):
        return True
    return run.length >= MIN_PROSE and run.prose and _WORD_END.search(last) is not None


def _words_meet(left: str, right: str) -> bool:
    """True when a break falls between two Latin words (``in\n2019``), which need a space."""
    both = _ALNUM.match(left) and _ALNUM.match(right)
    return bool(both) and bool(_LETTER.match(left) or _LETTER.match(right))


def rejoin_lines(text: str) -> tuple[str, OffsetMap]:
    """Remove the line breaks inside sentences; a break between two Latin words becomes a space."""
    lines = text.split("\n")
    width = wrap_width(lines)
    edits: list[Edit] = []
    pos = 0
    run = Run.of(lines[0])
    for line, following in pairwise(lines):
        pos += len(line)
        if continues(run, line, following, width):
            edits.append((pos, pos + 1, " " if _words_meet(line[-1], following[0]) else ""))
            run.extend(following)
        else:
            run = Run.of(following)
        pos += 1
    return apply_edits(text, edits)
