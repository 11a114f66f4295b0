"""Short forms a text defines for a place: ``长江三角洲区域（以下简称长三角）``, ``…示范区（以下简称示范区）``.

Laws and plans name a place in full once and define the short form they use from then on. Each later
occurrence of the short form that is a word of its own (on the segmentation's boundaries, or before a
locative joined to its last character: ``自贸试验区内``) and not part
of another place mention is that place (it may hold a shorter one: 珠海 in a park's short form 珠海园区).
A definition after a list of places (``青浦区、吴江区、嘉善县（以下简称两区一县）``, ``河南、安徽、江苏、
山东四省（以下简称四省）``) names every place of the list: each later
occurrence is a mention of each of them. A short form that counts its members (四省, 两区一县, 十一省区市)
must count as many places as the list holds (a list broken off by a clause gives none). A group word
that counts the list right after it (``晋陕蒙三省（区）``) is such a short form without a definition.
A short form closing the definition of a place (``本条例所称洞庭湖，是指…的区域（以下简称湖区）。``) is that
place; one the sentence goes on after (``…由22处史迹（以下简称遗产点）组成``) is the phrase before it. A short form that is only the kind every place of the list is named with (``A片区、B片区和C片区（以下简称
片区）``, ``（以下简称各片区）``) is a common noun for any one of them (``片区管理机构``), no mention of each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.annotate import SpanIndex
from kg.link.heads import LOCALISERS
from kg.link.lists import LIST_JOINERS
from kg.link.records import PlaceMention
from kg.text.segment import is_verb_at

# （以下简称Y）, or in a copy that lost its brackets 以下简称Y before a punctuation mark.
DEFINITION = re.compile(r"(?:[（(]以下(?:简称|统称|称)|(?<![（(])以下简称)[“\"]?([\u4e00-\u9fff]{2,12})[”\"]?"
                        r"(?:[）)]|(?=[，。；,;]))")
# 以下简称 without brackets and without a punctuation mark after its short form (以下简称Y作为…).
_BARE_DEFINITION = re.compile(r"(?<![（(])以下简称[“\"]?")
# The definition of a term that a law gives: 本条例所称X，是指…
DEFINED_TERM = re.compile(r"所称([\u4e00-\u9fff（）()]{2,20}?)[，,]?(?:是指|系指|指)")
# The area a place extends to, between its name and the short form defined for both: …自由贸易试验区及其扩展区域
# （以下简称自贸试验区）.
EXTENSION = re.compile(r"及其(?:扩展|周边|托管|辐射|拓展)?(?:区域|范围)")
# A group word between a list and its definition: 四省, 两区一县, 十一个省（区、市）.
GROUP_WORD = re.compile(r"(?:等)?(?:[一二三四五六七八九十两]+个?(?:省|市|县|区|州|旗|自治区)+"
                        r"(?:[（(](?:省|市|县|区|州|旗|自治区|、)+[）)])?)+")
_NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def short_form_at(text: str, pos: int, boundaries: frozenset[int] | None = None) -> tuple[str, int] | None:
    """The short form defined at ``pos`` and where its definition ends: ``（以下简称Y）``, or in a copy
    that lost its brackets ``以下简称Y`` before a punctuation mark, or, given the segmentation's
    ``boundaries``, before a word jieba's dictionary tags as a verb (``以下简称Y作为…``) when Y is written
    again later; None if none is defined there."""
    definition = DEFINITION.match(text, pos)
    if definition is not None:
        return definition.group(1), definition.end()
    bare = _BARE_DEFINITION.match(text, pos)
    if bare is None or boundaries is None:
        return None
    start = bare.end()
    for end in range(start + 2, min(len(text), start + 12) + 1):
        if not "\u4e00" <= text[end - 1] <= "\u9fff":
            return None
        if is_verb_at(text, end, boundaries) and text.find(text[start:end], end) >= 0:
            return text[start:end], end
    return None


def defines_short_form(text: str, pos: int) -> bool:
    """Whether a short-form definition (``（以下简称…）``) opens at ``pos``."""
    return DEFINITION.match(text, pos) is not None


def members_counted(short: str) -> int | None:
    """How many places a short form counts (四省 4, 两区一县 3, 十一省区市 11), None if it counts none: a
    numeral counts places only before a division word (三江并流遗产地 counts none)."""
    total, found = 0, False
    for number in re.findall(r"([一二三四五六七八九十两]+)个?(?=[省市县区州旗盟地国镇乡村]|街道)", short):
        found = True
        if "十" in number:
            tens, _, units = number.partition("十")
            total += _NUMERALS.get(tens, 1) * 10 + _NUMERALS.get(units, 0)
        else:
            total += _NUMERALS.get(number, 0)
    return total if found else None


def _list_before(text: str, last: PlaceMention, by_end: dict[int, PlaceMention]) -> list[PlaceMention]:
    """The places of the list ending with ``last`` (joined by 、和及与, or run together as places of
    one kind: 晋陕蒙), first to last; each item the last place of a run written together that
    narrows down (浙江省嘉兴市嘉善县)."""
    items = [last]
    start = last.start
    while True:
        before = by_end.get(start)
        if before is not None and before.place.kind == items[-1].place.kind:
            items.append(before)  # 晋陕蒙: provinces run together
        elif before is not None:
            start = before.start  # 浙江省嘉兴市嘉善县: a run that narrows down is one item
            continue
        elif start > 0 and text[start - 1] in LIST_JOINERS and (start - 1) in by_end:
            items.append(by_end[start - 1])
        else:
            return items[::-1]
        start = items[-1].start


def defined_short_forms(text: str, mentions: Sequence[PlaceMention],
                        boundaries: frozenset[int] | None) -> list[PlaceMention]:
    """Later mentions of the short forms ``text`` defines right after a place or a list of places of
    ``mentions``, or at the end of the definition of a place (``本条例所称X，是指…的区域（以下简称Y）``:
    Y is X); none without the segmentation's ``boundaries``."""
    if boundaries is None:
        return []
    by_end = {m.end: m for m in sorted(mentions, key=lambda m: m.end - m.start)}  # the longest ending there
    held = SpanIndex(mentions)
    found: list[PlaceMention] = []
    defined: set[str] = set()
    for short, after, members in [*_definitions_after_places(text, mentions, by_end, boundaries),
                                  *_definitions_of_places(text, by_end)]:
        if short in defined:
            continue
        defined.add(short)
        for occurrence in re.finditer(re.escape(short), text[after:]):
            begin = after + occurrence.start()
            end = begin + len(short)
            if _stands_alone(text, begin, end, boundaries) and not _crosses(held, begin, end):
                found += [PlaceMention(begin, end, short, member.place) for member in members]
    return found


def _definitions_after_places(text: str, mentions: Sequence[PlaceMention], by_end: dict[int, PlaceMention],
                              boundaries: frozenset[int]) -> list[tuple[str, int, list[PlaceMention]]]:
    """(short form, where the text goes on, the places it names) of each short form defined right after
    a place or a list of places, or counting the list right after it."""
    definitions = []
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if by_end.get(mention.end) is not mention:
            continue
        group = GROUP_WORD.match(text, mention.end)
        before = group or EXTENSION.match(text, mention.end)  # 三省（区）, 及其扩展区域
        definition = short_form_at(text, before.end() if before else mention.end, boundaries)
        members = _list_before(text, mention, by_end)
        if definition is None and group is not None and len(members) >= 2:
            short, after = group.group(), group.end()  # 晋陕蒙三省（区）…三省（区）人民政府: the group word
        elif definition is not None:
            short, after = definition
        else:
            continue
        counted = members_counted(short) or (members_counted(group.group()) if group else None)
        if (counted is not None and counted != len(members)) or (group and counted is None):
            continue
        if counted is None and len(members) >= 2 and _names_the_kind(text, short, members):
            continue
        definitions.append((short, after, members))
    return definitions


def _definitions_of_places(text: str, by_end: dict[int, PlaceMention]) -> list[tuple[str, int, list[PlaceMention]]]:
    """(short form, where the text goes on, [the place]) of each short form closing the definition of a
    place in one sentence (``本条例所称X，是指…（以下简称Y）``) and not right after another place."""
    definitions = []
    for term in DEFINED_TERM.finditer(text):
        place = by_end.get(term.end(1))
        if place is None or place.start != term.start(1):
            continue
        sentence_end = text.find("。", term.end())
        definition = DEFINITION.search(text, term.end(), len(text) if sentence_end < 0 else sentence_end)
        if definition is not None and definition.start() not in by_end and _closes(text, definition.end()):
            definitions.append((definition.group(1), definition.end(), [place]))
    return definitions


def _closes(text: str, end: int) -> bool:
    """Whether a definition ending at ``end`` closes a clause (``…的区域（以下简称湖区）。``): one the sentence
    goes on after (``由22处史迹（以下简称遗产点）组成``) names the phrase before it, not the place defined."""
    return end == len(text) or text[end] in "。；;，,：:\n"


def _stands_alone(text: str, begin: int, end: int, boundaries: frozenset[int]) -> bool:
    """Whether ``text[begin:end]`` is a word of its own: on the segmentation's boundaries, or ending
    where it ends but for a locative the segmentation joined to it (``自贸试验区内``: 试验/区内)."""
    return begin in boundaries and (end in boundaries or (text.startswith(LOCALISERS, end) and end + 1 in boundaries))


def _names_the_kind(text: str, short: str, members: list[PlaceMention]) -> bool:
    """Whether ``short`` (without a distributive 各) is the ending every member's name shares: 片区 of
    合肥片区、芜湖片区和蚌埠片区, a common noun for the kind, not a group name."""
    kind = short.removeprefix("各")
    return all(text.endswith(kind, m.start, m.end) and m.end - m.start > len(kind) for m in members)


def _crosses(held: SpanIndex[PlaceMention], begin: int, end: int) -> bool:
    """Whether a place mention shares characters with ``[begin, end)`` without lying inside it, that is
    runs across its first or its last edge (a short form may hold a shorter name: 珠海 in the short form
    珠海园区 of a park)."""
    return (begin > 0 and held.covers(begin - 1, begin + 1)) or held.covers(end - 1, end + 1)
