"""Elliptical lists: places that share one body head written once after the last of them.

Address lines and enumerations distribute a head over a list of places: ``北京、天津…陕西省（自治区、
直辖市）人民政府`` names each province's government, ``沈阳、北京…广州军区`` each military region. The
construction is a run of place mentions joined by ``、``/``和``/``及``/``与``, an optional collective
marker (``省（自治区、直辖市）``, or 等 and a level: ``浦东新区、奉贤区等区人民政府``) and a head that turns the last place into a body; each place of the run
then names one body: the place with the same head, and one more with each head coordinated with the
first (``…党委和政府``, ``江苏省财政厅、发展改革委``). Which heads exist, and what body a place with a
head is, the caller decides (``resolve``), so that the gazetteer names the place and the actor lexicon
or the local-body suffixes name the body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kg.extract.matcher import TermMatch
from kg.extract.model import Entity
from kg.link import PlaceMention
from kg.link.words import DIVISION_SUFFIXES

# 省（自治区、直辖市）, （区、市）, 市（地）, 等区, 等市（县）: the kinds of the listed places, written once for all of
# them (after 等, which closes the list).
COLLECTIVE_MARKER = re.compile(r"(?:省|市|自治区|地区)?[（(](?:[省市区县地州盟旗]|自治区|自治州|直辖市|、){1,9}[)）]"
                               r"|等(?:自治区|自治州|地区|[省市区县州盟旗])(?:[（(](?:[省市区县地州盟旗]|自治区|自治州|、){1,9}[)）])?")
LIST_GAPS = frozenset({"、", "和", "及", "与", "以及"})
HEAD_JOINERS = ("、", "和", "及", "与")
LISTABLE_KINDS = frozenset({"province", "city", "district", "county"})
MAX_HEAD = 20  # 人民政府人力资源社会保障行政主管部门

# (place, head) → the body this place with this head names, or None when the head names none for it.
Resolver = Callable[[PlaceMention, str], Entity | None]


def shared_head_bodies(text: str, places: Sequence[PlaceMention], resolve: Resolver) -> list[TermMatch[Entity]]:
    """One body per place of each list that shares a head (two or more places, or one before a
    collective marker). Every place but the last is matched on its own span; the last covers the
    marker and the head as well. A place the head names no body for ends the list on the left."""
    found: list[TermMatch[Entity]] = []
    ordered = sorted((p for p in places if p.place.kind in LISTABLE_KINDS), key=lambda p: (p.start, -p.end))
    for index, last in enumerate(ordered):
        marker = COLLECTIVE_MARKER.match(text, last.end)
        head_start = marker.end() if marker else last.end
        head = _head(text, last, head_start, resolve)
        if head is None:
            continue
        listed = [last]
        while index > 0 and _joined(text[ordered[index - 1].end:listed[0].start]) \
                and resolve(ordered[index - 1], head) is not None:
            index -= 1
            listed.insert(0, ordered[index])
        more = _further_heads(text, last, head_start + len(head), resolve)
        if len(listed) < 2 and marker is None and not more:
            continue  # one place and its head: an ordinary body name, not a list
        end = head_start + len(head)
        for place in listed[:-1]:
            found.append(TermMatch(place.start, place.end, place.surface, resolve(place, head)))
        found.append(TermMatch(last.start, end, text[last.start:end], resolve(last, head)))
        for start, other in more:
            for place in listed:
                entity = resolve(place, other)
                if entity is not None:
                    span = (place.start, place.end) if place is not last else (start, start + len(other))
                    found.append(TermMatch(span[0], span[1], text[span[0]:span[1]], entity))
    return found


def _joined(gap: str) -> bool:
    """Whether ``gap`` joins two places of a list: a joiner, after a division's suffix the mention left
    out (泸水县、福贡县 where the county is known by its short form)."""
    return gap in LIST_GAPS or (gap[:1] in DIVISION_SUFFIXES and gap[1:] in LIST_GAPS)


def _further_heads(text: str, last: PlaceMention, end: int, resolve: Resolver) -> list[tuple[int, str]]:
    """Heads coordinated with the first one (党委和政府, 财政厅、发展改革委), each with its start: every place
    of the list names a body with each of them."""
    found = []
    while (joiner := next((j for j in HEAD_JOINERS if text.startswith(j, end)), None)) is not None:
        head = _head(text, last, end + len(joiner), resolve)
        if head is None:
            break
        found.append((end + len(joiner), head))
        end += len(joiner) + len(head)
    return found


def _head(text: str, last: PlaceMention, start: int, resolve: Resolver) -> str | None:
    """The longest head after ``start`` that names a body for the last place of the list."""
    for end in range(min(len(text), start + MAX_HEAD), start, -1):
        if resolve(last, text[start:end]) is not None:
            return text[start:end]
    return None
