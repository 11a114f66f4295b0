"""Places a law defines by their extent: ``本条例所称X，是指北起A镇，经B区，南至C镇的…`` (a route, an area).

A defined term is a region of its own when its definition, right after 是指, runs from one named place
to another: a word opening the extent (北起, 东起, 上起, 起于, 自, 从), a known place after it, and a word
closing it (南至, 下至, 止于, 至). A term a known place overlaps is not new: a part of a known place
(X干流, X河段) is that place's. Every occurrence of the term that no known place covers is a mention of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.annotate import SpanIndex
from kg.link.forms import form_record
from kg.link.parks import occurrences
from kg.link.records import PlaceMention
from kg.link.short_forms import DEFINED_TERM

_TERM = re.compile(r"[\u4e00-\u9fff]{2,12}")
EXTENT = re.compile(r"(?:[东西南北上]起|起于|自|从)([^。；;]{2,60}?)(?:[东西南北下]至|止于|至)")


def extent_defined_regions(text: str, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """Regions defined by their extent (see the module docstring), each mention of them."""
    known = SpanIndex(mentions)
    found: list[PlaceMention] = []
    for term in DEFINED_TERM.finditer(text):
        name = term.group(1)
        if not _TERM.fullmatch(name) or known.overlaps(term.start(1), term.end(1)):
            continue
        sentence_end = text.find("。", term.end())
        extent = EXTENT.search(text, term.end(), len(text) if sentence_end < 0 else sentence_end)
        if extent is None or extent.start() != term.end() or not known.within(extent.start(1), extent.end(1)):
            continue
        found += occurrences(text, name, form_record(name, "region"), known)
    return sorted(set(found), key=lambda m: m.start)
