"""Annexes: the ``附件：…`` list of the main text and the annex bodies after the signature.

A ``附件`` marker standing at a boundary (not ``见附件1`` in running text, not inside brackets) opens
an annex body when it follows the document's signature date (``国务院办公厅 二〇〇四年十一月四日 附件1``);
before it, or in a text without a date, ``附件：`` opens the list of annex titles, which runs to the
signature. Each annex takes its title from that list when the body starts with it, else from the
stretch after the marker up to the last kind-of-document word (…的报告, …实施方案) before any
punctuation; so titles come out the same with or without line breaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.structure.header import title_length
from kg.structure.model import Span
from kg.structure.numerals import chinese_to_int
from kg.structure.scan import TextScan

ANNEX = re.compile(r"(?:附件|附)[ \u3000]*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})?[ \u3000]*(?P<mark>[.．、：:])?")
_LIST_ITEM = re.compile(r"(?<!\d)\d{1,2}[.．、](?!\d)")
_WHITE = " \u3000\t\n"


@dataclass(frozen=True)
class Annex:
    """One annex body: ``number`` as printed (``附件1``, ``附件``), its span and title."""

    number: str
    ordinal: int
    span: Span
    body_start: int
    title: str | None
    title_span: Span | None


@dataclass(frozen=True)
class Annexes:
    """The annex list (a stretch no provision starts in) and the annex bodies, in reading order."""

    list_span: Span | None
    bodies: list[Annex]


def _skip_white(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in _WHITE:
        pos += 1
    return pos


def _listed_titles(text: str, span: Span) -> list[str]:
    """``附件：1.国土资源部关于…的报告 2.…意见`` → the titles, white space removed."""
    body = text[span.start:span.end]
    body = body[ANNEX.match(body).end():]
    parts = [re.sub(rf"[{_WHITE}]", "", part) for part in _LIST_ITEM.split(body)]
    return [part for part in parts if part]


def _match_title(text: str, pos: int, end: int, title: str) -> int | None:
    """Where ``title`` ends if the text at ``pos`` spells it out, line breaks and spaces ignored."""
    index = 0
    while pos < end and index < len(title):
        if text[pos] in _WHITE:
            pos += 1
            continue
        if text[pos] != title[index]:
            return None
        pos += 1
        index += 1
    return pos if index == len(title) else None


def _title(text: str, start: int, end: int, listed: list[str]) -> tuple[str | None, Span | None]:
    start = _skip_white(text, start, end)
    for title in listed:
        stop = _match_title(text, start, end, title)
        if stop is not None:
            return title, Span(start, stop)
    length = title_length(text, start, end)
    if not length:
        return None, None
    return re.sub(rf"[{_WHITE}]", "", text[start:start + length]), Span(start, start + length)


def find_annexes(text: str, scan: TextScan, signature: Span | None) -> Annexes:
    """The annex list and bodies of ``text``; ``signature`` is the span of the main date line."""
    list_span: Span | None = None
    markers = []
    for found in ANNEX.finditer(text):
        pos = found.start()
        if found.end() >= len(text) or not scan.is_boundary(pos) or scan.enclosed(pos):
            continue
        if text.startswith("附", pos) and not text.startswith("附件", pos) and found["mark"] not in ("：", ":"):
            continue  # 附 alone opens only a list (附：…)
        after_signature = signature is not None and pos >= signature.end
        if not after_signature and found["mark"] in ("：", ":", ".", "．", "、") or (
                signature is not None and not after_signature):
            if list_span is None:
                list_end = signature.start if signature is not None and signature.start > pos else None
                if list_end is None:
                    stop = re.compile(r"[\n。]").search(text, found.end())
                    list_end = stop.start() if stop else len(text)
                list_span = Span(pos, list_end)
            continue
        markers.append(found)
    listed = _listed_titles(text, list_span) if list_span else []
    bodies: list[Annex] = []
    for index, found in enumerate(markers):
        end = markers[index + 1].start() if index + 1 < len(markers) else len(text)
        numeral = found["n"]
        ordinal = (int(numeral) if numeral.isdigit() else chinese_to_int(numeral)) if numeral else index + 1
        title, title_span = _title(text, found.end(), end, listed)
        bodies.append(Annex(f"附件{numeral or ''}", ordinal, Span(found.start(), end), found.end(), title, title_span))
    return Annexes(list_span, bodies)
