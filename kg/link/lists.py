"""Lists of places that share one head written once after the last: ``三门峡、小浪底水库``, ``长江、淮河流域``.

A text names several reservoirs, lakes, islands or basins by listing their proper names and writing the
head once (``龙羊峡、刘家峡、万家寨水库``). When the last item is a place found with such a head (listed,
or found by form or by head), each item before it — joined by ``、``, ``和``, ``及`` or ``与``, a word of its
own of two to five characters that is a place mention or a proper-name word of jieba's dictionary, or,
right after a joiner, a word the dictionary does not know or holds as a rare noun — names
the place of that item and the head: the listed place of that name, else one found by form. The item
keeps its own mention (三门峡 the city and 三门峡水库). A list closed by 等 before the head
(``X、Y、Z等水库``: reservoirs X, Y, Z and others) names the place of each item and the head in the same
way, when it has two items or more and one of them is a place mention, a proper-name word or a name
ending in a head of another kind (``大型、中型等水库`` names no reservoir; ``南宫山、上坝河等国家森林公园``: 上坝河 is
the park's name); a head after 等 with one item before it (``X等水库``) is left alone. In such a list the
grade of a protected area may stand before its designation (``等国家级湿地公园``), the first item may open
the list after punctuation or a row's number (``（三）南宫山、…``) as well as after a joiner, and an item read
whole (曙河源) wins over a place inside it (河源, a city: it gives way) but not over a verb and a place (实施汉江).

Rivers and lakes listed beside a known one each with a head of their own (``太湖、太浦河、新孟河``) are
rivers and lakes too (``sibling_waters``): an item of three to six characters ending in a water head,
standing between joiners or punctuation, whose part before the head is no common word of the dictionary
(内河, 江河, 其他河流 name classes), or of two characters that the dictionary lacks or holds as a rare
place name (潇水, 沩水; not 江河, 河水). A division's short form that ends in a water head and stands as such an
item (怒江 for 怒江傈僳族自治州 in ``金沙江、澜沧江、怒江流域``) is the river: the list reads it so.
Mountains listed beside a known one are read the same way with the heads 山 and 岭 (``长白山、大青山``),
and the last item may run into the noun the list qualifies when it is one word of the segmentation
(``秦岭、巴山生态环境``).

A list closed by 等 and a class of waters (``X河、Y河、Z渠等河流``, ``…等水系``, ``…等灌渠``) declares its
items waters whatever their length (``declared_waters``): each item ending in a water head (河, 江, 渠, 港
…), from the last back to the first, standing between joiners (the first after a joiner, a punctuation
mark, 的 or a place, or itself a place), is a river, lake or canal; the class names what they are, so a
two-character name (X河) is read too, and a place found inside an item after its first character gives way
(a shorter reading of the name, or a collision: a district's short form inside X平坝水库). A list closed by
等 and a class of scenic areas (``X山、Y河、Z山等A级旅游景区``, ``…等名山``) declares so its items ending in a
mountain's or a water's head; the first item may also open after a verb (推进X山、…).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kg.link.forms import AREA_ENDINGS, GEOGRAPHIC_ENDINGS, RIVER_ENDINGS, form_record
from kg.link.heads import head_kind
from kg.link.records import DIVISION_KINDS, PlaceMention, PlaceRecord
from kg.text.segment import dictionary_entry, is_verb_at, is_verb_before

LIST_JOINERS = ("、", "和", "及", "与")
NAME_TAGS = frozenset({"ns", "nr", "nrt", "nz"})
RARE = 300   # jieba frequency below which a noun standing as a list item may be a proper name
ITEM_CHARS = (2, 5)
DECLARED_ITEM_CHARS = 6   # the longest item of a list its 等 and head declare (汉江莲花古渡 of …等湿地公园)
CLOSER = "等"
_GRADE = re.compile(r"(?:国家级|省级|市级|县级)?")   # the grade of a protected area written before its designation
# Where a list opens: a line's start, punctuation or a list's number (（三）南宫山、凤凰山等国家森林公园).
_LIST_OPENING = re.compile(r"(?:^|[，。；：,;:\n]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9一二三四五六七八九十]+[、.．])\s*$")
RIVER_HEADS = ("河", "江", "湖", "水")   # a river or lake names its basin or reach with a river ending


def _is_name_word(word: str) -> bool:
    return dictionary_entry(word)[0] in NAME_TAGS


_NAME_GOES_ON = ("公园", "景区", "遗址")   # a place's name running on into a facility's or a site's


def shared_head_places(text: str, mentions: Sequence[PlaceMention], heads: Sequence[str],
                       boundaries: frozenset[int] | None,
                       listed: Callable[[str], PlaceRecord | None]) -> list[PlaceMention]:
    """The places named by the items of each list ending in a place with one of ``heads`` (longest
    first) or closed by 等 before one of them; ``listed`` gives the listed place of a name, if any.
    None without ``boundaries``."""
    if boundaries is None:
        return []
    by_end: dict[int, list[PlaceMention]] = {}
    for mention in mentions:
        by_end.setdefault(mention.end, []).append(mention)
    found: list[PlaceMention] = []
    for last in mentions:
        head = next((h for h in heads if last.surface.endswith(h) and len(last.surface) - len(h) >= 2), None)
        if head is not None and not text.startswith((CLOSER, *_NAME_GOES_ON, *heads), last.end):
            # 东平湖等水库: the class is 水库; X、大沙河公园: the last item is a park, its head no river's
            found += _items(text, last.start, (head, last.place.kind), heads, boundaries, by_end, listed,
                            joined=True, declared=False)[0]
    for closer in re.finditer(CLOSER, text):
        at, after = closer.start(), closer.end()
        grade = _GRADE.match(text, after)  # 等国家级湿地公园: the grade is written with the head
        head = next((h for h in heads if text.startswith(h, grade.end())
                     and (len(h) > 1 or grade.end() + len(h) in boundaries)), None)  # 等流域机构: a head opens a word
        if head is not None and at in boundaries and after in boundaries and (not grade.group() or len(head) > 2):
            written = text[after:grade.end()] + head
            items, anchored = _items(text, at, (written, head_kind(head)), heads, boundaries, by_end, listed,
                                     joined=False, declared=True)
            found += items if len(items) >= 2 and anchored else []
    return [m for m in found if not any(n.start == m.start and n.place.id == m.place.id
                                        for n in by_end.get(m.end, ()))]


def inside_items(items: Sequence[PlaceMention], mentions: Sequence[PlaceMention]) -> set[tuple[int, int]]:
    """The spans of ``mentions`` that start inside one of the list ``items`` after its first character (河源,
    a city, in the item 曙河源): a shorter reading of the item's name, which gives way to it."""
    return {(m.start, m.end) for m in mentions for item in items if item.start < m.start and m.end <= item.end}


def _items(text: str, pos: int, shared: tuple[str, str], heads: Sequence[str], boundaries: frozenset[int],
           by_end: dict[int, list[PlaceMention]], listed: Callable[[str], PlaceRecord | None],
           joined: bool, declared: bool) -> tuple[list[PlaceMention], bool]:
    """The items of the list ending at ``pos``, last first, each the place of its name and the
    ``shared`` head (with the kind it names), and whether one item is a name (see ``_item``); the last
    item is joined to ``pos`` by a joiner when ``joined``, else ends there (before 等). An item ending
    in a head of its own (汉江 in 汉江、嘉陵江, a lake in a list of reservoirs) is a place by itself and
    takes no other, except a river or lake before a basin or reach ending (淮河、海河等流域)."""
    head, kind = shared
    found: list[PlaceMention] = []
    anchored = False
    while True:
        joiner = next((j for j in LIST_JOINERS if text.endswith(j, 0, pos)), None) if joined else ""
        if joiner is None:
            return found, anchored
        end = pos - len(joiner)
        longest = DECLARED_ITEM_CHARS if declared else ITEM_CHARS[1]
        readings = {s: reading for s in range(end - ITEM_CHARS[0], end - longest - 1, -1)
                    if s >= 0 and s in boundaries and (reading := _item(text, s, end, by_end, declared))}
        # the shortest item, unless a longer one is a whole item of the list (曙河源, not the 河源 inside it; not
        # 实施汉江, a verb and the item)
        start = next((s for s in readings if _opens_item(text, s, declared) and not is_verb_at(text, s, boundaries)),
                     next(iter(readings), None))
        if start is None or end not in boundaries:
            return found, anchored
        item = text[start:end]
        basin = head in RIVER_ENDINGS and item.endswith(RIVER_HEADS)  # 淮河、海河等流域: each river's basin
        own = next((h for h in heads if item.endswith(h)), None)  # 上坝河 in a list of forest parks: the park's name
        named_otherwise = own is not None and head_kind(own) != kind
        anchored = anchored or readings[start] == "name" or named_otherwise
        if basin or item[-1] != head[-1] and (own is None or named_otherwise):
            found.append(PlaceMention(start, end, item, listed(item + head) or form_record(item + head, kind)))
        pos, joined = start, True


def _item(text: str, start: int, end: int, by_end: dict[int, list[PlaceMention]], declared: bool) -> str | None:
    """What ``text[start:end]`` is as one item: ``"name"`` (a place mention or a proper-name word of
    the dictionary), ``"rare"`` (a word the dictionary does not know or holds as a rare noun, standing
    right after a joiner: 西霞院、故县), or None (no item)."""
    word = text[start:end]
    if not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return None
    if any(m.start == start for m in by_end.get(end, ())) or _is_name_word(word):
        return "name"
    tag, frequency = dictionary_entry(word)
    if _opens_item(text, start, declared) and (tag is None or tag == "n" and frequency < RARE):
        return "rare"
    return None


def _opens_item(text: str, start: int, declared: bool) -> bool:
    """Whether an item of a list may start at ``start``: after a joiner, or, in a list its 等 and head
    declare (``declared``), where a list opens."""
    return text.endswith(LIST_JOINERS, 0, start) or (
        declared and _LIST_OPENING.search(text, max(0, start - 6), start) is not None)


# Heads of areas around a place or a port (湾区, 港区, 都市圈, 沿线) are no features a list shares.
NOT_SHARED = frozenset({"湾区", "港区", "口岸区", "都市圈", "城市圈", "经济圈", "沿线", "沿岸"})


def feature_heads(name_heads: Sequence[str]) -> tuple[str, ...]:
    """The heads a list may share: the natural features' heads of ``heads.tsv`` (``name_heads``) and the
    feature endings of the forms (水库, 流域, 盆地 …), longest first."""
    return tuple(sorted({*name_heads, *AREA_ENDINGS, *GEOGRAPHIC_ENDINGS, *RIVER_ENDINGS} - NOT_SHARED,
                        key=lambda h: (-len(h), h)))


WATER_HEADS = ("运河", "河", "江", "湖", "溪")
ITEM_END = re.compile(r"[、和及与，。；：,;:）)\s]|等|$")
WATER_ITEM = (2, 6)
_VERBAL = ("v", "vn")   # the tags of a verb before the first item of a list (包括X河, 协调统一X河)
WATER_ITEM_HEADS = (*WATER_HEADS, "水")   # an item may be a river named X水 (舂陵水, 潇水)
MOUNTAIN_HEADS = ("山", "岭")   # mountains listed beside a known one (秦岭、巴山)
# A river's last item may run into the part of it the list shares: X河、Y新河入海河口, X江、Y江干流.
WATER_ITEM_END = re.compile(ITEM_END.pattern + "|入海河口|干流|" + "|".join(RIVER_ENDINGS))


def _water_item(text: str, start: int, end: int, heads: tuple[str, ...] = WATER_ITEM_HEADS) -> bool:
    """Whether ``text[start:end]`` is a river or lake name (or with ``heads`` of mountains, a mountain's) as a
    list item (see the module docstring)."""
    word = text[start:end]
    head = next((h for h in heads if word.endswith(h)), None)
    if head is None or not WATER_ITEM[0] <= len(word) <= WATER_ITEM[1] \
            or not all("\u4e00" <= ch <= "\u9fff" and ch not in LIST_JOINERS for ch in word):
        return False
    if len(word) == len(head) + 1:  # X水, X河: the word itself is unknown or a rare place name (not 江河, 河水)
        tag, frequency = dictionary_entry(word)
        return frequency == 0 or (tag == "ns" and frequency < RARE)
    tag, frequency = dictionary_entry(word[:-len(head)])
    return frequency == 0 or tag in NAME_TAGS


def sibling_waters(text: str, mentions: Sequence[PlaceMention],
                   boundaries: frozenset[int]) -> tuple[list[PlaceMention], set[tuple[int, int]]]:
    """Rivers and lakes listed beside a listed or found river or lake (see the module docstring), and the
    spans of the mentions they are read instead of (a division's short form that is the river; a shorter
    place opening the river's name: 永定 in X河、永定新河); a place already found is otherwise an item of its
    own, and a new item starts on a word boundary or after a division named in full (沁县 in 沁县X河)."""
    by_start = {m.start: m.end for m in mentions}
    by_end = {m.end: m.start for m in mentions}
    short_forms = {m.start: m for m in mentions if m.place.kind in DIVISION_KINDS and m.surface != m.place.name
                   and m.surface.endswith((*WATER_HEADS, *MOUNTAIN_HEADS))}
    # a division named in full right before a river's name qualifies it (X县Y河: the county's river Y河)
    qualifiers = {m.start: m.end for m in mentions if m.division_in_full}
    qualified = {end: start for start, end in qualifiers.items()}
    found: list[PlaceMention] = []
    replaced: set[tuple[int, int]] = set()

    def add(start: int, end: int) -> None:
        found.append(_water(text, start, end))
        by_start[start], by_end[end] = end, start

    for known in [m for m in mentions if m.place.kind == "natural-feature"
                  and m.place.name.endswith((*WATER_HEADS, *MOUNTAIN_HEADS))]:
        heads, item_end = ((WATER_ITEM_HEADS, WATER_ITEM_END) if known.place.name.endswith(WATER_HEADS)
                           else (MOUNTAIN_HEADS, ITEM_END))
        pos = known.end  # forward: 太湖、太浦河、新孟河
        while pos < len(text) and text[pos] in LIST_JOINERS:
            item = qualifiers.get(pos + 1, pos + 1)
            water = next((e for e in range(min(len(text), item + WATER_ITEM[1]), item + WATER_ITEM[0] - 1, -1)
                          if (item_end.match(text, e) or heads is MOUNTAIN_HEADS and _one_word(item, e, boundaries))
                          and _water_item(text, item, e, heads)), None)
            place = by_start.get(pos + 1)
            end = water if water is not None and (place is None or water > place) else place
            if end is None or pos + 1 not in boundaries:
                break
            if item > pos + 1 and water is not None:
                add(item, end)
            elif place is not None and place < end:
                replaced.add((pos + 1, place))  # 永定 opening 永定新河: the river, not the place
                add(pos + 1, end)
            elif place is None or (pos + 1 in short_forms and short_forms.pop(pos + 1).end == end):
                add(pos + 1, end)
            pos = end
        pos = known.start  # backward: 太浦河、太湖
        while pos > 0 and text[pos - 1] in LIST_JOINERS:
            start = by_end.get(pos - 1)
            if start is None:
                start = next((b for b in range(pos - 1 - WATER_ITEM[1], pos - WATER_ITEM[0])
                              if b > 0 and b in boundaries and not is_verb_at(text, b, boundaries, tags=_VERBAL)
                              and (ITEM_END.match(text, b - 1) or b in qualified
                                   or is_verb_before(text, b, boundaries, tags=_VERBAL))
                              and _water_item(text, b, pos - 1, heads)), None)  # not 包括X河: the list after its verb
                if start is None:
                    break
                inner = qualifiers.get(start, start)
                start = inner if _water_item(text, inner, pos - 1, heads) else start
                add(start, pos - 1)
                start = qualified.get(start, start)
            pos = start
    return found, replaced | {(w.start, w.end) for w in found}


def _one_word(start: int, end: int, boundaries: frozenset[int]) -> bool:
    """Whether ``start``–``end`` is one word of the segmentation: a mountain's name may run into the noun it
    qualifies (秦岭、巴山生态环境)."""
    return end in boundaries and not any(b in boundaries for b in range(start + 1, end))


def _water(text: str, start: int, end: int) -> PlaceMention:
    return PlaceMention(start, end, text[start:end], form_record(text[start:end], "natural-feature"))


# 等 and a class of waters, after at most three characters of qualifier (等大中型水库, 等入湖河流, 等灌渠工程,
# 等主要水体).
DECLARING_WATERS = re.compile(r"等[\u4e00-\u9fff]{0,3}?(?:河流|水系|支流|河道|河湖|湖泊|湖库|水库|灌渠|渠道|干渠|水体)")
# The class vouches for more heads: 荡 (a shallow lake of the lower Yangtze plain), 温泉 (a hot spring) …
DECLARED_HEADS = ("水库", *WATER_HEADS, "渠", "港", "淀", "泊", "涌", "荡", "温泉")
# 等 and a class of scenic areas, after at most six characters of qualifier (等A级旅游景区, 等名山): its items
# ending in a mountain's or a water's head are those features (X山、Y河、Z山等景区).
DECLARING_SCENERY = re.compile(r"等[\u4e00-\u9fffA-Z0-9]{0,6}?(?:风景名胜区|风景区|景区|名山)")
SCENIC_HEADS = (*DECLARED_HEADS, *MOUNTAIN_HEADS, "峰")
DECLARED_ITEM = (2, 7)
_ITEM_OPENERS = "，,；;：:（(“‘的 \n"


def declared_waters(text: str, mentions: Sequence[PlaceMention],
                    boundaries: frozenset[int] | None = None) -> tuple[list[PlaceMention], set[tuple[int, int]]]:
    """The waters (and the mountains and waters of scenic areas) a list closed by 等 and a class declares
    (see the module docstring), and the spans of the shorter mentions they replace."""
    spans = {(m.start, m.end) for m in mentions}
    ends = {m.end for m in mentions}
    found: list[PlaceMention] = []
    replaced: set[tuple[int, int]] = set()
    for closing, heads in ((DECLARING_WATERS, DECLARED_HEADS), (DECLARING_SCENERY, SCENIC_HEADS)):
        for closer in closing.finditer(text):
            items: list[tuple[int, int]] = []
            end = closer.start()
            while (start := _item_start(text, end, spans, ends, heads, boundaries)) is not None:
                items.append((start, end))
                if start == 0 or not _joined(text, start, heads):
                    break
                end = start - 1
            if len(items) < 2:
                continue
            for start, end in items:
                replaced |= {(m.start, m.end) for m in mentions if start < m.start and m.end <= end}
                if (start, end) not in spans:
                    found.append(_water(text, start, end))
    return found, replaced


def _item_start(text: str, end: int, spans: set[tuple[int, int]], ends: set[int], heads: tuple[str, ...],
                boundaries: frozenset[int] | None) -> int | None:
    """Where the item ending at ``end`` opens, the nearest start giving a name with one of ``heads``: after
    a joiner; else opening a place that ends at ``end`` or right after a place (the first item: 围绕X河、…,
    X流域Y渠、…); else after a punctuation mark, 的 or a verb (推进X山、…)."""
    starts = [s for s in range(end - DECLARED_ITEM[0], max(-1, end - DECLARED_ITEM[1] - 1), -1)
              if _declared_item(text[s:end], heads)]
    return next((s for s in starts if s > 0 and _joined(text, s, heads)),
                next((s for s in starts if s in ends or (s, end) in spans),
                     next((s for s in starts if s > 0 and (text[s - 1] in _ITEM_OPENERS or (
                         boundaries is not None and is_verb_before(text, s, boundaries)))), None)))


def _declared_item(word: str, heads: tuple[str, ...]) -> bool:
    head = next((h for h in heads if word.endswith(h)), None)
    return head is not None and len(word) > len(head) and all("\u4e00" <= ch <= "\u9fff" for ch in word)


def _joined(text: str, start: int, heads: tuple[str, ...]) -> bool:
    """Whether a joiner ends right before ``start``: 、, or 和/及/与 after a word ending in one of ``heads``
    (和龙水库 is one name)."""
    joiner = text[start - 1]
    return joiner == "、" or joiner in LIST_JOINERS and text.endswith(heads, 0, start - 1)
