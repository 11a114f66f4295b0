"""Lists of places that share one head written once after the last: ``三门峡、小浪底水库``, ``长江、淮河流域``.

A text names several reservoirs, lakes, islands or basins by listing their proper names and writing the
head once (``龙羊峡、刘家峡、万家寨水库``). When the last item is a place found with such a head (listed,
or found by form or by head), each item before it — joined by ``、``, ``和``, ``及`` or ``与``, a word of its
own of two to five characters that is a place mention or a proper-name word of jieba's dictionary — names
the place of that item and the head: the listed place of that name, else one found by form. The item
keeps its own mention (三门峡 the city and 三门峡水库). ``X、Y等水库`` names a class, not places: 等 before
the head ends nothing here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.link.forms import AREA_ENDINGS, GEOGRAPHIC_ENDINGS, RIVER_ENDINGS, form_record
from kg.link.records import PlaceMention, PlaceRecord
from kg.text.segment import dictionary_entry

LIST_JOINERS = ("、", "和", "及", "与")
NAME_TAGS = frozenset({"ns", "nr", "nrt", "nz"})
ITEM_CHARS = (2, 5)


def _is_name_word(word: str) -> bool:
    return dictionary_entry(word)[0] in NAME_TAGS


def shared_head_places(text: str, mentions: Sequence[PlaceMention], heads: Sequence[str],
                       boundaries: frozenset[int] | None,
                       listed: Callable[[str], PlaceRecord | None]) -> list[PlaceMention]:
    """The places named by the items of each list ending in a place with one of ``heads`` (longest
    first); ``listed`` gives the listed place of a name, if any. None without ``boundaries``."""
    if boundaries is None:
        return []
    by_end: dict[int, list[PlaceMention]] = {}
    for mention in mentions:
        by_end.setdefault(mention.end, []).append(mention)
    found: list[PlaceMention] = []
    for last in mentions:
        head = next((h for h in heads if last.surface.endswith(h) and len(last.surface) - len(h) >= 2), None)
        if head is None:
            continue
        pos = last.start
        while (joiner := next((j for j in LIST_JOINERS if text.endswith(j, 0, pos)), None)) is not None:
            end = pos - len(joiner)
            start = next((s for s in range(end - ITEM_CHARS[0], end - ITEM_CHARS[1] - 1, -1)
                          if s >= 0 and s in boundaries and _item(text, s, end, by_end)), None)
            if start is None or end not in boundaries or text[end - 1] == head[-1]:
                break  # no item, or one that carries the head itself (汉江、嘉陵江)
            name = text[start:end] + head
            record = listed(name) or form_record(name, last.place.kind)
            if not any(m.start == start and m.place.id == record.id for m in by_end.get(end, ())):
                found.append(PlaceMention(start, end, text[start:end], record))
            pos = start
    return found


def _item(text: str, start: int, end: int, by_end: dict[int, list[PlaceMention]]) -> bool:
    """Whether ``text[start:end]`` is one item: a place mention or a proper-name word of the dictionary."""
    word = text[start:end]
    if not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return False
    return any(m.start == start for m in by_end.get(end, ())) or _is_name_word(word)


# Heads of areas around a place or a port (湾区, 港区, 都市圈, 沿线) are no features a list shares.
NOT_SHARED = frozenset({"湾区", "港区", "口岸区", "都市圈", "城市圈", "经济圈", "沿线", "沿岸"})


def feature_heads(name_heads: Sequence[str]) -> tuple[str, ...]:
    """The heads a list may share: the natural features' heads of ``heads.tsv`` (``name_heads``) and the
    feature endings of the forms (水库, 流域, 盆地 …), longest first."""
    return tuple(sorted({*name_heads, *AREA_ENDINGS, *GEOGRAPHIC_ENDINGS, *RIVER_ENDINGS} - NOT_SHARED,
                        key=lambda h: (-len(h), h)))
