"""Townships and villages named right after their county: 巴东县官渡口镇马鬃山村, 巫山县培石乡.

The gazetteer stops at county level; a name of two to four characters ending in 镇, 乡, 街道 or 村
that directly follows a county-level place (or another such locality) is a place inside it. So is
one directly after a prefecture-level city without county-level divisions, which administers its
towns itself (东莞市虎门镇). A name ending in a generic head (集镇 "market town of", 乡镇, 村镇) is none.
A list of names counted before a head after such a place (成都市华阳、万安、正兴三个街道; the count equals
the names) names a locality of each, with the head. A list continues a locality with its siblings:
after a locality found so, a joiner (、和及与) and another name with the same head (嘉善县西塘镇、姚庄镇)
name a locality of the same county, unless the name before the head is a common word of jieba's
dictionary (重点镇, 中心镇: a class of towns, not a name).
A list of three or more localities standing alone (流经X镇、Y镇、Z街道、W乡的主河段: each item a name
of two to four characters starting on a word boundary and ending in a head, the heads may differ, no
stem a common word) names localities too, inside the smallest division holding every division its
sentence names before the list (桃源县 and 汉寿县 → 常德市, their city; none named: no locality).
A name with such a head followed by its government or congress (金庭镇人民政府, X乡人民代表大会) is a
township too, inside the county-level place the text named last before it (else the city; none named: no
locality).
Once a document has named a locality after its county, the same name written alone elsewhere in it
(做好马鬃山村…的监测工作, before or after) is that locality (`kg.link.repeats`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Sequence

from kg.link.forms import LOCALITY_HEADS
from kg.link.lists import LIST_JOINERS
from kg.link.records import DIVISION_KINDS, PlaceMention, PlaceRecord
from kg.link.short_forms import members_counted
from kg.text.segment import dictionary_entry, is_proper_name

_LOCALITY = re.compile(r"(?:(?![的和与及等各省市县区])[\u4e00-\u9fff]){2,4}?(?:街道|镇|乡|村)")
_GENERIC = frozenset({"城镇", "乡镇", "乡村", "农村", "城乡", "新农村", "村镇", "集镇", "小城镇", "特色小镇", "城中村"})
_GENERIC_HEADS = ("集镇", "乡镇", "村镇")
# Names listed and counted before their head: 华阳、万安、正兴三个街道.
_COUNTED = re.compile(r"(?P<items>[\u4e00-\u9fff]{2,4}(?:[、和及][\u4e00-\u9fff]{2,4})+?)"
                      r"(?P<count>[一二三四五六七八九十两]+个?)(?P<head>街道|镇|乡|村)")
_ITEM = re.compile(r"(?:(?![的和与及等各省市县区、，。；])[\u4e00-\u9fff]){2,4}?(?:街道|镇|乡|村)")
LISTED = 3  # items of a list of localities that stands alone
_SENTENCE_END = "。；;！？!?\n"
HOSTS = ("district", "county", "locality")
COUNTED_HOSTS = ("city", "district", "county")


def locality_id(parent_id: str, name: str) -> str:
    """``place/loc-`` and 12 hex digits of sha1 of the parent id and the name (the same name recurs)."""
    return "place/loc-" + hashlib.sha1(f"{parent_id}/{name}".encode("utf-8")).hexdigest()[:12]


def find_localities(text: str, mentions: Sequence[PlaceMention],
                    undivided: Collection[str] = ()) -> list[PlaceMention]:
    """Localities directly after a county-level mention or a city whose id is in ``undivided`` (no
    county-level divisions), each inside the one before it."""
    found: list[PlaceMention] = []
    for mention in mentions:
        if mention.place.kind in COUNTED_HOSTS:
            found += _counted(text, mention)
        host = mention
        while host.place.kind in HOSTS or host.place.id in undivided:
            match = _LOCALITY.match(text, host.end)
            if match is None or match.group() in _GENERIC or match.group().endswith(_GENERIC_HEADS):
                break
            host = _locality(host.place.id, match)
            found.append(host)
            found += _siblings(text, host)
    return found


def listed_localities(text: str, mentions: Sequence[PlaceMention], boundaries: frozenset[int] | None,
                      known: Collection[tuple[int, int]] = ()) -> list[PlaceMention]:
    """The localities of lists that stand alone (see the module docstring); ``known`` are the spans of
    localities already found (a list after a county is read by ``find_localities``)."""
    if boundaries is None:
        return []
    found: list[PlaceMention] = []
    pos = 0
    while (first := _next_item(text, pos, boundaries)) is not None:
        items = [first]
        while text[items[-1].end():items[-1].end() + 1] in LIST_JOINERS and (
                item := _ITEM.match(text, items[-1].end() + 1)) is not None and _named(item) \
                and item.end() in boundaries:
            items.append(item)
        pos = items[-1].end()
        if len(items) < LISTED or any((i.start(), i.end()) in known for i in items):
            continue
        sentence = max(text.rfind(ch, 0, first.start()) for ch in _SENTENCE_END) + 1
        host = _common_division([m for m in mentions if sentence <= m.start and m.end <= first.start()
                                 and m.place.kind in DIVISION_KINDS])
        found += [_locality(host, item) for item in items] if host is not None else []
    return found


# A township's own bodies after its name: X镇人民政府, X乡人民代表大会 (its presidium), X街道办事处.
_TOWNSHIP_BODY = re.compile(r"人民政府|人民代表大会|办事处")
_NEAREST_HOSTS = (("district", "county"), ("city",))


def governed_localities(text: str, mentions: Sequence[PlaceMention], boundaries: frozenset[int] | None,
                        known: Collection[tuple[int, int]] = ()) -> list[PlaceMention]:
    """Townships named by their bodies (see the module docstring); ``known`` are the spans of localities
    already found."""
    if boundaries is None:
        return []
    found: list[PlaceMention] = []
    ordered = sorted((m for m in mentions if m.place.kind in DIVISION_KINDS), key=lambda m: m.start)
    for body in _TOWNSHIP_BODY.finditer(text):
        item = next((i for s in range(body.start() - 3, max(-1, body.start() - 7), -1) if s in boundaries
                     and (i := _ITEM.fullmatch(text, s, body.start())) and _named(i)
                     and not _holds_common_word(text, i, boundaries)), None)  # from the nearest word start
        if item is None or (item.start(), item.end()) in known or any(
                m.start < item.end() and item.start() < m.end for m in mentions):
            continue
        before = [m for m in ordered if m.end <= item.start()]
        host = next((m for kinds in _NEAREST_HOSTS for m in reversed(before) if m.place.kind in kinds), None)
        if host is not None:
            found.append(_locality(host.place.id, item))
    return found


def _holds_common_word(text: str, item: re.Match[str], boundaries: frozenset[int]) -> bool:
    """Whether a word of two or more characters before the head of ``item`` is a common word of the
    dictionary (主席团 in 主席团在镇人民代表大会: no name)."""
    head = next(h for h in LOCALITY_HEADS if item.group().endswith(h))
    cuts = [item.start(), *(b for b in range(item.start() + 1, item.end() - len(head)) if b in boundaries),
            item.end() - len(head)]
    return any(b - a >= 2 and _is_class(text[a:b]) for a, b in zip(cuts, cuts[1:]))


def _next_item(text: str, pos: int, boundaries: frozenset[int]) -> re.Match[str] | None:
    """The first locality name at or after ``pos`` that starts and ends on word boundaries."""
    for match in _ITEM.finditer(text, pos):
        start = next((s for s in range(match.start(), match.end() - 3) if s in boundaries
                      and (item := _ITEM.fullmatch(text, s, match.end())) and _named(item)), None)
        if start is not None and match.end() in boundaries:
            return _ITEM.fullmatch(text, start, match.end())
    return None


def _named(item: re.Match[str]) -> bool:
    name = item.group()
    head = next(h for h in LOCALITY_HEADS if name.endswith(h))
    return name not in _GENERIC and not name.endswith(_GENERIC_HEADS) and not _is_class(name[:-len(head)])


def _common_division(divisions: Sequence[PlaceMention]) -> str | None:
    """The id of the smallest division holding every one of ``divisions`` (each known with its parent)."""
    if not divisions:
        return None
    lines = [(d.place.id, d.place.parent) for d in divisions]
    return next((i for i in lines[0] if i is not None and all(i in line for line in lines[1:])), None)


def _counted(text: str, host: PlaceMention) -> list[PlaceMention]:
    """The localities of a list counted before its head right after ``host`` (see the module docstring)."""
    match = _COUNTED.match(text, host.end)
    if match is None:
        return []
    items = list(re.finditer(r"[^、和及]+", match["items"]))
    if members_counted(match["count"] + match["head"]) != len(items):
        return []  # the count vouches for the names (新兴, 太平 are common words too)
    head, offset = match["head"], match.start("items")
    return [_locality(host.place.id, item, offset, head) for item in items]


def _locality(parent_id: str, match: re.Match[str], offset: int = 0, head: str = "") -> PlaceMention:
    """The locality named by ``match`` (its characters at ``offset`` in the text, its name ending in
    ``head`` when the text writes the head once for a list) inside the place ``parent_id``."""
    name = match.group() + head
    record = PlaceRecord(id=locality_id(parent_id, name), name=name, kind="locality", code=None,
                         parent=parent_id, aliases=(), members=(), lon=None, lat=None)
    return PlaceMention(offset + match.start(), offset + match.end(), match.group(), record)


def _siblings(text: str, locality: PlaceMention) -> list[PlaceMention]:
    """The localities listed after ``locality`` with its head (西塘镇、姚庄镇), inside the same place."""
    head = next(h for h in LOCALITY_HEADS if locality.place.name.endswith(h))
    found: list[PlaceMention] = []
    at = locality.end
    while at < len(text) and text[at] in LIST_JOINERS:
        match = _LOCALITY.match(text, at + 1)
        if match is None or not match.group().endswith(head) or _is_class(match.group()[:-len(head)]):
            break
        found.append(_locality(locality.place.parent, match))
        at = match.end()
    return found


def _is_class(stem: str) -> bool:
    """Whether ``stem`` is a common word of the dictionary (重点, 中心), so ``stem`` + head names a class."""
    return dictionary_entry(stem)[1] > 0 and not is_proper_name(stem)
