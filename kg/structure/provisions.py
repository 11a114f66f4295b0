"""Build the provision tree from numbering markers, wherever they stand (line starts or inline)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from kg.structure.headings import MARKER_START, MAX_TITLE_CHARS, Heading, heading_at
from kg.structure.model import Provision, Span
from kg.structure.scan import TextScan
from kg.structure.sentences import split_sentences

_HEADING_END = re.compile(r"[。：:]")
_NOTE = re.compile(r"[（(][^（()）]*[)）]")


_DECISION = re.compile(r"\s*(?:原则)?同意")


def _heading_length(body: str, line_end: int) -> int:
    """Length of the provision's title at the start of ``body`` (its text up to the next marker; the
    first ``line_end`` characters are its line): all the line for ``总体要求``, the first sentence for
    ``指导思想。以…`` when more text follows it, line break or not; 0 for running text, and for a reply's
    decision (``同意将X列为…。``, ``原则同意…``), which is never a title."""
    if _DECISION.match(body):
        return 0
    line = body[:line_end]
    stop = _HEADING_END.search(line)
    if stop is None:  # the whole line is the title: 一、坚持创新引领，增强产业核心竞争力
        return len(line) if len(line) <= MAX_TITLE_CHARS and not re.search(r"[；;！？]", line) else 0
    title = body[:stop.start()]
    rest = _NOTE.sub("", body[stop.end():]).strip()
    if not rest:  # a one-sentence article (perhaps with a note in brackets) is running text, not a title
        return 0
    return len(title) if len(title) <= MAX_TITLE_CHARS and not re.search(r"[，,；;]", title) else 0


LEGAL_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇两0-9]+条")
"""The number of an article of a law or regulation (第五条)."""


class _Level:
    __slots__ = ("style", "provision")

    def __init__(self, style: str, provision: Provision) -> None:
        self.style = style
        self.provision = provision

    @property
    def last_ordinal(self) -> int:
        return self.provision.ordinal


# The divisions of a law from the largest: a heading of one of them never stands inside a smaller one.
LEGAL_RANKS = {"第编": 0, "第章": 1, "第节": 2, "第条": 3}


def _continues(last: int, ordinal: int) -> bool:
    return last < ordinal <= last + 2


def _accepts(stack: list[_Level], heading: Heading, last_seen: dict[str, int]) -> int | None:
    """The stack depth at which ``heading`` continues a numbering sequence, or None if it cannot.

    A heading of a style already open must continue that style's numbering (next number, allowing one
    gap); a style opening a new level starts at 1 or 2, or continues its numbering from an earlier
    parent (articles numbered through the whole document). Lines that merely begin with a number fail.
    Decimal numbers go under the open heading their prefix names (see :func:`_accepts_decimal`).
    """
    if "." in heading.number:
        return _accepts_decimal(stack, heading)
    rank = LEGAL_RANKS.get(heading.style)
    outranked = next((depth for depth, level in enumerate(stack)
                      if rank is not None and LEGAL_RANKS.get(level.style, rank) > rank), None)
    if outranked is not None and heading.style not in {level.style for level in stack}:
        return outranked  # 第二章 after 第十条 (a first chapter heading lost): a chapter is never inside an article
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].style == heading.style:
            return depth if _continues(stack[depth].last_ordinal, heading.ordinal) else None
    if heading.ordinal <= 2 or _continues(last_seen.get(heading.style, -9), heading.ordinal):
        return len(stack)
    return None


def _prefix(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split(".")[:-1])


def _accepts_decimal(stack: list[_Level], heading: Heading) -> int | None:
    """Where a decimal number (``2.1.3``) stands: below the open heading numbered as its prefix
    (``2.1``), continuing the numbers of that heading's children; beside an open number of the same
    prefix, continuing it; else on a new level when it starts at 1 or 2 (``一、总则`` then ``1.1``)."""
    prefix = _prefix(heading.number)
    for depth in range(len(stack) - 1, -1, -1):
        provision = stack[depth].provision
        if _arabic(provision.number) == prefix:
            last = max((child.ordinal for child in provision.children), default=0)
            return depth + 1 if _continues(last, heading.ordinal) else None
        if stack[depth].style == heading.style:
            same_parent = _prefix(provision.number) == prefix
            return depth if same_parent and _continues(provision.ordinal, heading.ordinal) else None
    return len(stack) if heading.ordinal <= 2 else None


def _arabic(number: str) -> tuple[int, ...] | None:
    """``"2.1"`` → ``(2, 1)``, ``"2"`` → ``(2,)``; None for other numbers (``一``, ``（1）``)."""
    parts = number.split(".")
    return tuple(int(part) for part in parts) if all(part.isdecimal() for part in parts) else None


def _kind(heading: Heading, parent: Provision | None) -> str:
    """Kinds follow the level: ``一、`` under a ``第X条`` is an item, ``（一）`` at top level an article."""
    if parent is None or parent.kind == "annex":
        return heading.kind
    if parent.kind in ("article", "item"):
        return "item"
    if heading.kind == "chapter" and parent.kind in ("chapter", "section"):
        return "section" if heading.style == "第节" else "article"
    return heading.kind


def numbered_tree(text: str, scan: TextScan, start: int, end: int, *, skip: Sequence[Span] = (),
                  opened_at: int | None = None, last_seen: dict[str, int] | None = None) -> list[Provision]:
    """Provisions numbered in ``text[start:end]``, with numbering of their own (restarting at one).

    A marker counts where it stands at a boundary (see :class:`TextScan`), right after a ``skip``
    stretch, or within the title of the previous heading (``一、总体要求（一）指导思想`` in a text without
    line breaks; ``opened_at`` is where a title before the first marker begins), outside brackets and
    quotations and outside ``skip`` (the annex list, a table of contents), and when it continues a
    numbering sequence. Siblings share their kind; a ``1.`` heading with decimal children (``1`` over
    ``1.1``) takes the kind of a chapter at its level. Spans are closed at ``end``. ``last_seen`` (the
    last number of each style, updated in place) carries the numbering on from a text before this one.
    """
    roots: list[Provision] = []
    stack: list[_Level] = []
    last_seen = {} if last_seen is None else last_seen
    accepted: list[Provision] = []
    taken_until = start
    skipped_ends = {span.end for span in skip}
    skipped = _covered(skip)
    for found in MARKER_START.finditer(text, start, end):
        pos = found.start()
        if pos < taken_until or skipped(pos):
            continue
        in_title = (opened_at is not None and pos - opened_at <= MAX_TITLE_CHARS
                    and not scan.sentence_end_between(opened_at, pos))
        headless = not (in_title or scan.is_boundary(pos) or _after_skip(text, pos, skipped_ends))
        if headless and not _after_unnumbered_heading(text, pos) or scan.enclosed(pos):
            continue
        heading = heading_at(text, pos)
        if heading is None or heading.body_start > end:
            continue
        if headless and not (heading.style == "第条" and heading.ordinal == last_seen.get("第条", -9) + 1):
            continue  # after an unnumbered heading, only the next article (…情形。法律责任第三十二条)
        depth = _accepts(stack, heading, last_seen)
        if depth is None:
            continue
        sibling = stack[depth].provision if depth < len(stack) and stack[depth].style == heading.style else None
        del stack[depth:]
        parent = stack[-1].provision if stack else None
        if stack and stack[-1].style == "1." and _arabic(stack[-1].provision.number) == _prefix(heading.number):
            _promote(stack)
        kind = sibling.kind if sibling is not None else _kind(heading, parent)
        provision = Provision(kind=kind, number=heading.number, ordinal=heading.ordinal,
                              span=Span(pos, pos), body_start=heading.body_start)
        (parent.children if parent else roots).append(provision)
        accepted.append(provision)
        stack.append(_Level(heading.style, provision))
        last_seen[heading.style] = heading.ordinal
        taken_until = opened_at = heading.body_start
    _set_headings(text, accepted, end)
    close_spans(roots, end, text)
    return roots


# A heading without a number between a sentence's end and an article (…情形。水污染防治第十八条 …), once the line
# breaks are gone: a few words naming a topic, none of them a reference to a provision or a law.
_UNNUMBERED_HEADING = re.compile(rf"[。；;！!？?](?:(?!本|条例|办法|规定|依照|按照|根据|违反|第)[\u4e00-\u9fff]){{2,{MAX_TITLE_CHARS}}}$")


def _after_unnumbered_heading(text: str, pos: int) -> bool:
    """Whether a sentence's end and an unnumbered heading stand right before ``pos``."""
    return _UNNUMBERED_HEADING.search(text, max(0, pos - MAX_TITLE_CHARS - 1), pos) is not None


def _promote(stack: list[_Level]) -> None:
    """The ``1.`` heading on top of ``stack`` has decimal children (``1总则`` over ``1.1``): it is the
    first level of a decimal numbering, a chapter where a ``一、`` would be one, not an item."""
    grandparent = stack[-2].provision if len(stack) > 1 else None
    top = stack[-1].provision
    top.kind = _kind(Heading("1.", "chapter", top.number, top.ordinal, 0), grandparent)


def _covered(spans: Sequence[Span]) -> Callable[[int], bool]:
    """Whether a position lies in one of ``spans``, answered by bisection over their union (a long
    document has many tables of contents; a scan of them all per marker would be quadratic)."""
    starts: list[int] = []
    ends: list[int] = []
    for span in sorted(spans, key=lambda span: span.start):
        if span.start >= span.end:
            continue
        if ends and span.start <= ends[-1]:
            ends[-1] = max(ends[-1], span.end)
        else:
            starts.append(span.start)
            ends.append(span.end)

    def covers(pos: int) -> bool:
        index = bisect_right(starts, pos) - 1
        return index >= 0 and pos < ends[index]
    return covers


def _after_skip(text: str, pos: int, skipped_ends: set[int]) -> bool:
    """True when only white space separates ``pos`` from the end of a skipped stretch."""
    back = pos
    while back > 0 and text[back - 1].isspace():
        back -= 1
    return back in skipped_ends


def _set_headings(text: str, accepted: list[Provision], end: int) -> None:
    """The titles of ``accepted``; an article of a law or regulation (第五条) has none: its first
    sentence is a rule (第五条国务院专利行政部门负责…。), however short."""
    for index, provision in enumerate(accepted):
        if LEGAL_ARTICLE.fullmatch(provision.number):
            continue
        body = provision.body_start
        limit = accepted[index + 1].span.start if index + 1 < len(accepted) else end
        line_end = text.find("\n", body, limit)
        title_length = _heading_length(text[body:limit], (limit if line_end < 0 else line_end) - body)
        if title_length:
            provision.heading = text[body:body + title_length]
            provision.heading_span = Span(body, body + title_length)


def build_provisions(text: str, scan: TextScan | None = None, end: int | None = None, *,
                     skip: Sequence[Span] = (), last_seen: dict[str, int] | None = None) -> list[Provision]:
    """Top-level provisions of ``text[:end]``; text before the first heading is a preamble (``last_seen``:
    see :func:`numbered_tree`)."""
    end = len(text) if end is None else end
    roots = numbered_tree(text, scan or TextScan(text), 0, end, skip=skip, last_seen=last_seen)
    preamble_end = roots[0].span.start if roots else end
    if text[:preamble_end].strip():
        roots.insert(0, Provision(kind="preamble", number="preamble", ordinal=0,
                                  span=trimmed(text, 0, preamble_end)))
    return roots


def trimmed(text: str, start: int, end: int) -> Span:
    """``[start, end)`` without the white space at either end."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Span(start, end)


def close_spans(siblings: list[Provision], end: int, text: str) -> None:
    """Each provision runs to the start of its next sibling (or to its parent's end)."""
    for index, provision in enumerate(siblings):
        stop = siblings[index + 1].span.start if index + 1 < len(siblings) else end
        provision.span = trimmed(text, provision.span.start, stop)
        close_spans(provision.children, provision.span.end, text)


def assign_sentences(provisions: list[Provision], text: str) -> None:
    """Sentences belong to the innermost provision that holds them (text before the first child)."""
    for provision in provisions:
        own_end = provision.children[0].span.start if provision.children else provision.span.end
        start = provision.span.start if provision.body_start is None else provision.body_start
        title_end = provision.heading_span.end if provision.heading_span else start
        if title_end < own_end and text[title_end] in "。：:":
            title_end += 1
        if start < title_end <= own_end:  # the title is a sentence of its own, line break or not
            provision.sentences = split_sentences(text, start, title_end) + split_sentences(text, title_end, own_end)
        else:
            provision.sentences = split_sentences(text, start, own_end)
        assign_sentences(provision.children, text)
