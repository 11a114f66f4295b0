"""Bodies of the document's own division named by its level alone: 市人民政府 in a city's regulation.

A local text names the bodies of its own division without the division's name: a municipal
congress's regulation says ``市人民政府``, ``本市公安局``, ``市委、市政府``; a provincial notice says
``省人民政府``, ``省财政厅``. The text's own division is the division whose name opens its first
issuer (``上海市人民代表大会常务委员会``) or, failing that, its title (``北京市…办法``; a title opening
with a new area or a park gives the division holding it: ``河北雄安新区条例``). A level word that
matches that division's level (省, 市, 县, 区, 自治区, 旗, 州; an autonomous prefecture or county also writes
州 or 县 alone: 本州, 州人民政府) followed by a local body suffix is then
that division's body, written ``surface``; so is the level word before another level that shares the
suffix (``市和相关区人民政府``: the city's government, and the districts' in general; ``市、县级人民政府``;
``市、县（市、区）人民政府`` with the levels the other one stands for in brackets; ``市、县级、乡（镇）人民政府``
with levels below the county), or a list of fields (``市、县（市、区）交通运输、农业农村等行政主管部门``: the
city's departments of those fields). The level word of
a division containing the text's own (省 in a city's regulation, 市 in a district's notice) names that
division's body in the same way (``经省人民政府批准`` in a city of 浙江省 is 浙江省人民政府). The own
division written with 本 and its level word alone (``本市``) is a mention of that division; written as an
area (``本市行政区域内``, ``本省境内``) it may be a measure's target as a place named in full would be; so may the
level word alone opening a clause before a verb (``自治区加快构建…``: the division acts for itself), where the
clause names no other place.

The level word must start a word of the segmentation and stand alone: not after a level word and a
joiner (``省、市人民政府`` in a province's text, ``市和区人民政府`` name levels in general) unless the level
before is that of a division holding the own one (``省、市人民政府`` in a city's text: the province's and the
city's), nor after 各, 的 or 级 (``各市人民政府``, ``设区的市人民政府``, ``地级市``), nor inside a place name. A text of no division (a national text) has
none of these. A province's text that names one city of the province only (a regulation on a zone in
that city) means that city by 市 in the same way (``市人民政府``, ``市人民代表大会``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from kg.extract.field_lists import field_departments
from kg.extract.lexicon import GOVERNMENT, LocalBodySuffix
from kg.extract.shared_heads import LISTABLE_KINDS
from kg.link import PlaceMention
from kg.link.records import PlaceRecord
from kg.structure.model import HeaderField
from kg.text.segment import is_verb_at

LEVEL_WORDS = ("自治区", "自治州", "自治县", "省", "市", "县", "区", "旗", "州")
OWN = "本"
_GENERAL_BEFORE = re.compile(r"(?:[省市县区州旗][、和及与]|[各的级])$")
_LEVEL = f"(?:{'|'.join(LEVEL_WORDS)})"
# Another level after the own one, with the levels it stands for in brackets of either width (县（市、区）, 区(县)), perhaps
# those of a basin or region only (市、X流域县（区）人民政府), or a division named with its level (自治区、钦州市
# 人民代表大会, 自治区、设区的市人民政府).
_AREA_OF_LEVEL = r"(?:[\u4e00-\u9fff]{2,12}?(?:流域|沿线|沿岸|地区|区域)|[\u4e00-\u9fff]{1,6}?)?"
# Levels below the county stand among the others (市、县级、乡（镇）人民政府).
_LOWER = f"(?:{'|'.join((*LEVEL_WORDS, '乡', '镇', '街道'))})"
_ONE_OTHER = (rf"[、和及与](?:相关|有关|各)?{_AREA_OF_LEVEL}{_LOWER}(?![省市县区州旗的])级?"
              rf"(?:[（(]{_LOWER}(?:、{_LOWER})*[）)]{_LOWER}?)?")  # 区（市）县: a level in brackets between two
_OTHER_LEVEL = re.compile(rf"(?:{_ONE_OTHER})+(?![\u4e00-\u9fff]{{0,1}}[、和及与])")


def level_word(division: PlaceRecord) -> str | None:
    """The word a text of ``division`` uses for its level (上海市 → 市, 广西壮族自治区 → 自治区)."""
    return next((word for word in LEVEL_WORDS if division.name.endswith(word)), None)


# An autonomous prefecture or county writes its level short too: 本州, 州人民政府, 县人民政府.
_SHORT_LEVEL = {"自治州": "州", "自治县": "县"}
_AUTONOMOUS = "自治"


def level_words(division: PlaceRecord) -> tuple[str, ...]:
    """Every word a text of ``division`` uses for its level: its :func:`level_word` and, for an autonomous
    prefecture or county, the short one (海北藏族自治州 → 自治州, 州)."""
    word = level_word(division)
    if word is None:
        return ()
    return (word, _SHORT_LEVEL[word]) if word in _SHORT_LEVEL else (word,)


def _level_at(text: str, division: PlaceRecord) -> list[re.Match[str]]:
    """Where ``text`` writes one of the level words of ``division``, a short level not as the end of the
    long one (the 州 of 自治州)."""
    words = level_words(division)
    return sorted((m for word in words for m in re.finditer(re.escape(word), text)
                   if word == words[0] or not text.endswith(_AUTONOMOUS, 0, m.start())),
                  key=lambda m: m.start())


def own_division(opening: Sequence[HeaderField], places: Sequence[PlaceMention],
                 holder: Callable[[PlaceRecord], PlaceRecord | None]) -> PlaceRecord | None:
    """The division whose name opens the first of ``opening`` (the issuers, then the title) that
    starts with one; failing that, the division ``holder`` gives for an area named there that is no
    division (a new area, a park: ``河北雄安新区条例``); None for a text of no division."""
    starts = {p.start: p for p in places if p.place.kind in LISTABLE_KINDS and p.place.code}
    for field in opening:
        mention = starts.get(field.span.start)
        if mention is not None:
            return mention.place
    areas = {p.start: p for p in places if p.place.kind not in LISTABLE_KINDS}
    for field in opening:
        mention = areas.get(field.span.start)
        held = holder(mention.place) if mention is not None else None
        if held is not None:
            return held
    return None


def own_references(text: str, division: PlaceRecord, boundaries: frozenset[int]) -> list[PlaceMention]:
    """``本市``, ``本省``, ``本自治区``: the text's own ``division`` named by 本 and its level word, as a word
    of its own (not 本市场)."""
    return [PlaceMention(m.start(), m.end(), m.group(), division)
            for word in level_words(division) for m in re.finditer(OWN + word, text)
            if m.start() in boundaries and m.end() in boundaries]


# Where a clause opens: the text's start, a line, a full stop or semicolon, or an article's number.
_CLAUSE_OPENING = re.compile(r"(?:^|[。；;\n]|第[一二三四五六七八九十百零〇]+条)[ \t\u3000]*$")
_SUBJECT_VERB_TAGS = ("v", "d", "ad")


def own_subjects(text: str, division: PlaceRecord, boundaries: frozenset[int]) -> list[PlaceMention]:
    """The text's own ``division`` written by its level word alone as the subject opening a clause, a verb or
    adverb right after it (``自治区加快构建…``, ``省支持…``): the division itself acts, no body of it."""
    found = []
    for word in level_words(division):
        for m in re.finditer(word, text):
            opens = _CLAUSE_OPENING.search(text, max(0, m.start() - 12), m.start()) is not None
            if opens and m.start() in boundaries and m.end() in boundaries \
                    and is_verb_at(text, m.end(), boundaries, tags=_SUBJECT_VERB_TAGS):
                found.append(PlaceMention(m.start(), m.end(), m.group(), division))
    return sorted(found, key=lambda m: m.start)


# The own division as a locative scope: 本市行政区域内, 本省境内, 本区辖区.
AREA_AFTER = ("行政区域", "境内", "辖区", "范围内")


def is_area(text: str, mention: PlaceMention) -> bool:
    """Whether an own-division mention is written as the area where something happens (本市行政区域内)."""
    return text.startswith(AREA_AFTER, mention.end)


def single_city(division: PlaceRecord, places: Sequence[PlaceMention]) -> PlaceRecord | None:
    """The one city of the province ``division`` that the text names (a provincial regulation on a zone
    inside one city: its 市人民政府 is that city's government); None when it names none or several, or
    ``division`` is no province."""
    if level_word(division) not in ("省", "自治区"):
        return None
    cities = {p.place.id: p.place for p in places if p.place.kind == "city" and p.place.parent == division.id}
    return next(iter(cities.values())) if len(cities) == 1 else None


def division_chain(division: PlaceRecord, ancestors: Sequence[PlaceRecord]) -> list[PlaceRecord]:
    """``division`` and the ``ancestors`` containing it (nearest first) whose level word no nearer one
    uses: a county-level city inside a prefecture-level city keeps 市 for itself."""
    chain, used = [], set()
    for place in (division, *ancestors):
        words = set(level_words(place))
        if words and not words & used:
            chain.append(place)
            used |= words
    return chain


def own_bodies(text: str, division: PlaceRecord, boundaries: frozenset[int],
               suffixes: Mapping[str, Sequence[LocalBodySuffix]],
               own: bool = True, higher: Sequence[str] = (),
               year: int | None = None) -> list[tuple[PlaceMention, LocalBodySuffix, int]]:
    """Each level word of ``division`` (with 本 before it, if written and ``own``) followed by one of
    ``suffixes`` (by their first character, each group longest first): the division's mention, the
    suffix and where the body's mention ends — after the suffix, or after the level word when another
    level stands between them and shares the suffix (``市和相关区人民政府``: the city's government and the
    districts')."""
    # the government's suffix, which also stands before a list of its fields
    government = next((s for s in suffixes.get(GOVERNMENT[0], ()) if s.suffix == GOVERNMENT), None)
    found = []
    for match in _level_at(text, division):
        start, end = match.start(), match.end()
        if own and text.startswith(OWN, start - 1) and start - 1 in boundaries:
            start -= 1
        elif start not in boundaries or (_GENERAL_BEFORE.search(text, max(0, start - 2), start)
                                         and not _after_higher(text, start, higher)):
            continue
        shared = _OTHER_LEVEL.match(text, end)
        suffix_at = shared.end() if shared else end
        suffix = next((s for s in suffixes.get(text[suffix_at:suffix_at + 1], ())
                       if text.startswith(s.suffix, suffix_at)), None)
        if suffix is not None and suffix_at + len(suffix.suffix) in boundaries:
            mention_end = end if shared else end + len(suffix.suffix)
            found.append((PlaceMention(start, end, text[start:end], division), suffix, mention_end))
        elif government is not None and field_departments(text, suffix_at, year):  # 市、县（市、区）发展改革、教育等部门
            found.append((PlaceMention(start, end, text[start:end], division), government, suffix_at))
    return found


def _after_higher(text: str, start: int, higher: Sequence[str]) -> bool:
    """Whether the level word at ``start`` follows the level word of a division holding the text's own and
    a joiner (省、市人民政府 in a city's regulation: the province's and the city's)."""
    return any(text.endswith(word + joiner, 0, start) for word in higher for joiner in "、和及与")
