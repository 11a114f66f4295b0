"""Short forms a text defines for a place: ``长江三角洲区域（以下简称长三角）``, ``…示范区（以下简称示范区）``.

Laws and plans name a place in full once and define the short form they use from then on. Each later
occurrence of the short form that is a word of its own (on the segmentation's boundaries) and not part
of another place mention is that place. A definition after a list of places (``青浦区、吴江区、嘉善县（以下
简称两区一县）``) names the whole list, not the last place, and gives none here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.annotate import SpanIndex
from kg.link.lists import LIST_JOINERS
from kg.link.records import PlaceMention

DEFINITION = re.compile(r"[（(]以下(?:简称|称)[“\"]?([\u4e00-\u9fff]{2,12})[”\"]?[）)]")


def defines_short_form(text: str, pos: int) -> bool:
    """Whether a short-form definition (``（以下简称…）``) opens at ``pos``."""
    return DEFINITION.match(text, pos) is not None


def _chain_start(mention: PlaceMention, by_end: dict[int, PlaceMention]) -> int:
    """Where the run of places written together ending with ``mention`` starts (浙江省嘉兴市嘉善县)."""
    start = mention.start
    while start in by_end and by_end[start].start < start:
        start = by_end[start].start
    return start


def defined_short_forms(text: str, mentions: Sequence[PlaceMention],
                        boundaries: frozenset[int] | None) -> list[PlaceMention]:
    """Later mentions of the short forms ``text`` defines right after a place of ``mentions``; none
    without the segmentation's ``boundaries``."""
    if boundaries is None:
        return []
    by_end = {m.end: m for m in sorted(mentions, key=lambda m: m.end - m.start)}  # the longest ending there
    held = SpanIndex(mentions)
    found: list[PlaceMention] = []
    defined: set[str] = set()
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        definition = DEFINITION.match(text, mention.end)
        if definition is None or definition.group(1) in defined or by_end.get(mention.end) is not mention:
            continue
        start = _chain_start(mention, by_end)
        if start > 0 and text[start - 1] in LIST_JOINERS:
            continue
        short = definition.group(1)
        defined.add(short)
        for occurrence in re.finditer(re.escape(short), text[definition.end():]):
            begin = definition.end() + occurrence.start()
            end = begin + len(short)
            if begin in boundaries and end in boundaries and not held.overlaps(begin, end):
                found.append(PlaceMention(begin, end, short, mention.place))
    return found
