"""Build the provision tree from numbered headings at the starts of lines."""

from __future__ import annotations

import re

from kg.structure.headings import Heading, match_heading
from kg.structure.model import Provision, Span
from kg.structure.sentences import split_sentences

_HEADING_END = re.compile(r"[。：:]")
MAX_HEADING_CHARS = 40
_NOTE = re.compile(r"[（(][^（()）]*[)）]")


def _heading_length(line: str, heading: Heading) -> int:
    """Length of the provision's title after its marker: the whole line for ``一、总体要求``, the first
    sentence for ``（一）指导思想。以…``; 0 when the line goes straight into running text."""
    body = line[heading.body_start:]
    stop = _HEADING_END.search(body)
    if stop is None:  # the whole line is the title: 一、坚持创新引领，增强产业核心竞争力
        return len(body) if len(body) <= MAX_HEADING_CHARS and not re.search(r"[；;！？]", body) else 0
    title = body[:stop.start()]
    rest = _NOTE.sub("", body[stop.end():]).strip()
    if not rest:  # a one-sentence article (perhaps with a note in brackets) is running text, not a title
        return 0
    return len(title) if len(title) <= MAX_HEADING_CHARS and not re.search(r"[，,；;]", title) else 0


class _Level:
    __slots__ = ("style", "provision")

    def __init__(self, style: str, provision: Provision) -> None:
        self.style = style
        self.provision = provision

    @property
    def last_ordinal(self) -> int:
        return self.provision.ordinal


def _continues(last: int, ordinal: int) -> bool:
    return last < ordinal <= last + 2


def _accepts(stack: list[_Level], heading: Heading, last_seen: dict[str, int]) -> int | None:
    """The stack depth at which ``heading`` continues a numbering sequence, or None if it cannot.

    A heading of a style already open must continue that style's numbering (next number, allowing one
    gap); a style opening a new level starts at 1 or 2, or continues its numbering from an earlier
    parent (articles numbered through the whole document). Lines that merely begin with a number fail.
    """
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].style == heading.style:
            return depth if _continues(stack[depth].last_ordinal, heading.ordinal) else None
    if heading.ordinal <= 2 or _continues(last_seen.get(heading.style, -9), heading.ordinal):
        return len(stack)
    return None


def _kind(heading: Heading, parent: Provision | None) -> str:
    """Kinds follow the level: ``一、`` under a ``第X条`` is an item, ``（一）`` at top level an article."""
    if parent is None:
        return heading.kind
    if parent.kind in ("article", "item"):
        return "item"
    if heading.kind == "chapter" and parent.kind in ("chapter", "section"):
        return "section" if heading.style == "第节" else "article"
    return heading.kind


def build_provisions(text: str) -> list[Provision]:
    """Top-level provisions of ``text``; text before the first heading is a preamble."""
    roots: list[Provision] = []
    stack: list[_Level] = []
    last_seen: dict[str, int] = {}
    pos = 0
    preamble_end = None
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        heading = match_heading(line)
        depth = _accepts(stack, heading, last_seen) if heading else None
        if heading is None or depth is None:
            continue
        if preamble_end is None:
            preamble_end = line_start
        del stack[depth:]
        parent = stack[-1].provision if stack else None
        body = line_start + heading.body_start
        title_length = _heading_length(line, heading)
        provision = Provision(kind=_kind(heading, parent), number=heading.number, ordinal=heading.ordinal,
                              span=Span(line_start, line_start), body_start=body,
                              heading=line[heading.body_start:heading.body_start + title_length] or None,
                              heading_span=Span(body, body + title_length) if title_length else None)
        (parent.children if parent else roots).append(provision)
        stack.append(_Level(heading.style, provision))
        last_seen[heading.style] = heading.ordinal
    _close_spans(roots, len(text), text)
    preamble_end = len(text) if preamble_end is None else preamble_end
    if text[:preamble_end].strip():
        roots.insert(0, Provision(kind="preamble", number="preamble", ordinal=0,
                                  span=_trimmed(text, 0, preamble_end)))
    _assign_sentences(roots, text)
    return roots


def _trimmed(text: str, start: int, end: int) -> Span:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Span(start, end)


def _close_spans(siblings: list[Provision], end: int, text: str) -> None:
    """Each provision runs to the start of its next sibling (or to its parent's end)."""
    for index, provision in enumerate(siblings):
        stop = siblings[index + 1].span.start if index + 1 < len(siblings) else end
        provision.span = _trimmed(text, provision.span.start, stop)
        _close_spans(provision.children, provision.span.end, text)


def _assign_sentences(provisions: list[Provision], text: str) -> None:
    """Sentences belong to the innermost provision that holds them (text before the first child)."""
    for provision in provisions:
        own_end = provision.children[0].span.start if provision.children else provision.span.end
        start = provision.span.start if provision.body_start is None else provision.body_start
        provision.sentences = split_sentences(text, start, own_end)
        _assign_sentences(provision.children, text)
