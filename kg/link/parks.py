"""Recognise parks, zones and bases named after a place (中德(沈阳)高端装备制造产业园).

A park name starts at a host place mention — a division, a park, a new area (雄安 + 片区) or a listed region
with no division after it (长三角 + 生态绿色一体化发展示范区) (or at a bilateral prefix such as ``中德(`` whose
bracket holds the host), runs over Chinese characters and bracketed groups (not one holding a park's ending:
驻沪（X新片区）机构 is a note), and ends at the
first park suffix (产业园, 经开区, 基地, …); an ending inside a place that follows the host directly and
could host a park itself is that place's, and the name runs on after it (成都 + 天府新区 + 片区). It is
rejected when it crosses a break word (等, 的, 和, …), contains a generic qualifier (国家级, 省级, …),
when its ending is itself part of a known place name (天津滨海新区 is the district 滨海新区, not a park), or — given the segmentation's
word boundaries — when the word right after the host is a verb, adverb, preposition or conjunction
of two or more characters in jieba's dictionary: the host is then the subject of a clause
(江苏省建立示范区…, X省共同设立…), not the first word of a name, whose next word names or qualifies the
park (苏州|工业园区, 宁波|高新区). One character is an abbreviation more often (上海|自|贸|试验区).
A park name with no host the gazetteer knows is still a name when the text defines a short form for
it (``横琴粤澳深度合作区（以下简称合作区）``): it runs back from its ending over the words before it up to
a verb, preposition, conjunction, particle or punctuation (up to ``MAX_PARK_CHARS``).
A defined short form is the park itself wherever it stands alone: after a verb (成立合作区, 进入合作区) it
is the verb's object, not the ending of a new park name running from a place before the verb.
A park ending written alone as the next item of a list (``X高新技术产业开发区、经济技术开发区``) is a park
of the same host. A list item beside a park that ends as the park does and is a name (words that are not
verbs, adverbs, prepositions, conjunctions, particles, pronouns or numerals) is a park of its own
(``A深港科技创新合作区、B粤澳深度合作区等``), with or without a host the gazetteer knows; so is one beside a
protected area named by its designation (``X国家地质公园（陕西）、Y国家地质公园``), a region as it is. A section of a
zone named in full follows its name directly (``中国（上海）自由贸易试验区临港新片区``). Places listed right before
a host share its park's ending (``郑州、洛阳、新乡国家高新技术产业开发区``: three zones); a zone may be named after
China and a partner (``中国—东盟金融城``); a regulation titled after a zone with no known host
(``X经济开发区条例``) names that zone wherever it stands. The definition rule also names protected and
heritage areas (``area_suffix`` endings of rules.tsv: 世界自然遗产地, 风景名胜区, 步行街区…) as regions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.annotate import SpanIndex
from kg.link.forms import form_record
from kg.link.heads import LOCALISERS
from kg.link.lists import ITEM_END, LIST_JOINERS
from kg.link.records import DIVISION_KINDS, PlaceMention, PlaceRecord, park_id
from kg.link.rules import Rules
from kg.link.short_forms import DEFINITION, defines_short_form
from kg.text.segment import dictionary_entry, is_verb_before, next_boundary

MAX_PARK_CHARS = 30
MAX_BRACKET_CHARS = 16
HOST_KINDS = (*DIVISION_KINDS, "park", "region", "new-area", "natural-feature")
_BILATERAL = re.compile(r"中[\u4e00-\u9fff]{1,2}[（(]$")   # 中德( 中新( 中韩(
_BILATERAL_BARE = re.compile(r"中[\u4e00-\u9fff]$")       # 中新 before the host, each a word of its own
PARTNER_PREFIX = re.compile(r"中国[—–－-]$")              # 中国—东盟金融城: a zone named after China and a partner
PARTNER_KINDS = ("country", "foreign-region")
_OPEN, _CLOSE = "（(", "）)"
_TO_FULLWIDTH = str.maketrans({"(": "（", ")": "）"})
CLAUSE_TAGS = frozenset({"v", "d", "ad", "p", "c"})  # jieba tags of a word that opens a predicate, not a name
NOT_NAME_TAGS = (*CLAUSE_TAGS, "u", "r", "m")
_SECTION = re.compile(r"[\u4e00-\u9fff]{1,6}?新?片区")  # 临港新片区 after the zone named in full
MAX_WORD = 6
# A level alone before an ending grades a class of places (国家地质公园（以下简称地质公园）), names none.
_LEVEL_ALONE = frozenset({"国家", "全国", "省", "市", "县"})
PARK_COMMITTEES = ("管理委员会", "管委会")   # a park's own committee, by its full name first (西咸新区管委会)
# A bracket after a park's ending that holds a division or a township is a note of where it lies (X生态岛（Y镇）
# 国土空间规划), not a section of it (X片区（Y区域）, X国家文化公园（Y段）).
_DIVISION_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,10}(?:省|市|县|镇|乡|村|街道)[）)]")


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def canonical_park_name(surface: str) -> str:
    """The canonical name of a park as written: no whitespace, full-width brackets."""
    return "".join(surface.split()).translate(_TO_FULLWIDTH)


def _skip_bracket(text: str, pos: int) -> int | None:
    """Index just after the bracket group opening at ``pos``, or None if it does not close soon."""
    for i in range(pos + 1, min(len(text), pos + MAX_BRACKET_CHARS)):
        if text[i] in _CLOSE:
            return i + 1
        if text[i] in _OPEN:
            return None
    return None


def _suffix_at(text: str, pos: int, rules: Rules) -> str | None:
    for suffix in rules.park_suffix:
        if text.startswith(suffix, pos):
            return suffix
    return None


def _park_end(text: str, start: int, pos: int, rules: Rules) -> tuple[int, int] | None:
    """(suffix start, name end) of the park name continuing at ``pos``, or None."""
    name_start = pos
    while pos < len(text) and pos - start < MAX_PARK_CHARS:
        ch = text[pos]
        suffix = _suffix_at(text, pos, rules)
        if suffix is not None:
            if pos == name_start and suffix not in rules.park_suffix_bare:
                return None
            end = pos + len(suffix)
            if end < len(text) and text[end] in _OPEN and not defines_short_form(text, end) \
                    and not _DIVISION_NOTE.match(text, end):
                end = _skip_bracket(text, end) or end
            return pos, end
        if any(text.startswith(word, pos) for word in rules.park_break):
            return None
        if ch in _OPEN:
            after = _skip_bracket(text, pos)
            if after is None or any(_suffix_at(text, i, rules) for i in range(pos + 1, after - 1)):
                return None  # a bracket naming a park itself is a note (驻沪（X新片区）机构), no part of a name
            pos = after
        elif _is_han(ch) or ch.isdigit() or (ch.isspace() and ch not in "\n\r"):
            pos += 1
        else:
            return None
    return None


def _opens_clause(text: str, pos: int, boundaries: frozenset[int] | None) -> bool:
    """Whether the word starting at ``pos`` (up to the next word boundary) has two or more characters
    and is tagged as a verb, adverb, preposition or conjunction; False without boundaries."""
    if boundaries is None:
        return False
    end = next_boundary(boundaries, pos, min(len(text), pos + MAX_WORD))
    return end is not None and end - pos >= 2 and dictionary_entry(text[pos:end])[0] in CLAUSE_TAGS


def find_parks(text: str, mentions: Sequence[PlaceMention], rules: Rules,
               boundaries: frozenset[int] | None = None) -> list[PlaceMention]:
    """Park mentions hosted by the given place mentions (which must be sorted by start); ``boundaries``
    are the segmentation's word boundaries (None: the word after the host is not checked)."""
    defined = {m.group(1) for m in DEFINITION.finditer(text)}
    ends = {m.end: m for m in mentions if m.place.kind in DIVISION_KINDS}
    parks: list[PlaceMention] = []
    taken_until = -1
    for i, host in enumerate(mentions):
        partner = PARTNER_PREFIX.search(text, max(0, host.start - 3), host.start)
        if host.start < taken_until or host.place.kind not in HOST_KINDS and not (
                partner and host.place.kind in PARTNER_KINDS):
            continue
        if host.surface == host.place.name and host.place.kind == "park":
            parks += _section(text, host.start, host.end, host, rules, boundaries)
            continue  # a park named in full (宁东能源化工基地) hosts nothing further but its sections
        start, pos = host.start, host.end
        bilateral = _BILATERAL.search(text, max(0, host.start - 4), host.start)
        if bilateral and host.end < len(text) and text[host.end] in _CLOSE:
            start, pos = bilateral.start(), host.end + 1
        found = _park_end(text, start, pos, rules)
        if found is None or (found[0] > pos and _opens_clause(text, pos, boundaries)):
            continue  # (an ending right after the host is the next word, whatever jieba tags its first part)
        suffix_start, end = found
        if boundaries is not None and end < len(text) and _is_han(text[end]) and end not in boundaries \
                and not (text.startswith(LOCALISERS, end) and end + 1 in boundaries and suffix_start - pos <= MAX_WORD):
            continue  # the ending runs on into a longer word (生态城 in 生态城市; not 岛内 after a short name: a localiser)
        if (text[suffix_start:end] in defined and boundaries is not None
                and is_verb_before(text, suffix_start, boundaries, MAX_WORD)):
            continue  # 成立合作区: the defined short form as a verb's object
        if start == host.start:
            start = partner.start() if partner else _bare_bilateral_start(text, start, boundaries)
        inner = [m for m in mentions[i + 1:] if m.start < end]
        nested = max((m for m in inner if m.end > suffix_start), key=lambda m: m.end, default=None)
        if nested is not None:  # the ending belongs to a known place name (滨海新区)
            found = _park_end(text, start, nested.end, rules) if _qualifies(host, nested) else None
            if found is None:
                continue
            suffix_start, end = found  # 成都 + 天府新区 + 片区: the name runs on after the place it holds
            inner = [m for m in mentions[i + 1:] if m.start < end]
            if any(m.end > suffix_start for m in inner):
                continue
        if host.place.kind == "region" and any(m.place.kind in DIVISION_KINDS for m in inner):
            continue  # a region before a division qualifies the division's park (长江经济带 + 武汉…开发区)
        if host.place.kind != "natural-feature" and any(
                m.start == host.end and m.place.kind == "natural-feature" for m in inner):
            continue  # a feature after the division names the area (苏州市 + 太湖生态岛: the lake's)
        if any(_bare_bilateral_start(text, m.start, boundaries) < m.start for m in inner):
            continue  # the name starts inside: 广东省 + 中新广州知识城 (the inner host's park)
        if any(word in text[pos:suffix_start] for word in rules.park_generic):
            continue
        hosts = [host] + [m for m in inner if m.place.kind in DIVISION_KINDS]
        parks.append(PlaceMention(start, end, text[start:end], _park(text[start:end], hosts[-1])))
        parks += _section(text, start, end, parks[-1], rules, boundaries)
        if start == host.start:
            parks += _listed_hosts(text, host, text[host.end:end], ends)
        for item_start, item_end in _bare_items(text, end, rules, boundaries):
            parks.append(PlaceMention(item_start, item_end, text[item_start:item_end],
                                      _park(host.surface + text[item_start:item_end], hosts[-1])))
            end = item_end
        taken_until = end
    return parks


def _qualifies(host: PlaceMention, nested: PlaceMention) -> bool:
    """Whether ``nested`` follows ``host`` directly and can host a park itself (成都 + 天府新区): a park
    named after both runs on after it."""
    return nested.start == host.end and nested.place.kind in HOST_KINDS


def _listed_hosts(text: str, host: PlaceMention, ending: str, ends: dict[int, PlaceMention]) -> list[PlaceMention]:
    """Parks of the places listed right before ``host`` that share its park's ``ending``
    (郑州、洛阳、新乡国家高新技术产业开发区: one such park of each city), each at its place's mention."""
    found, pos = [], host.start
    while pos > 0 and text[pos - 1] in LIST_JOINERS and (item := ends.get(pos - 1)) is not None:
        found.append(PlaceMention(item.start, item.end, item.surface, _park(item.surface + ending, item)))
        pos = item.start
    return found[::-1]


def _section(text: str, start: int, end: int, zone: PlaceMention, rules: Rules,
             boundaries: frozenset[int] | None) -> list[PlaceMention]:
    """The section of the zone ``text[start:end]`` named right after it (…自由贸易试验区临港新片区), if any:
    not after a section, not across a break word (济南片区和青岛片区 are two), not opening with a verb (the
    zone is then a subject: 平潭综合实验区成立片区工作领导小组)."""
    section = _SECTION.match(text, end)
    if section is None or text.endswith("片区", start, end) or any(
            word in section.group() for word in rules.park_break) or (
            boundaries is not None and (section.end() not in boundaries or _opens_clause(text, end, boundaries))):
        return []
    return [PlaceMention(start, section.end(), text[start:section.end()], _park(text[start:section.end()], zone))]


def _bare_bilateral_start(text: str, start: int, boundaries: frozenset[int] | None) -> int:
    """Where a park name starts that opens with 中 and a country's one-character abbreviation written
    before its host without brackets (中新广州知识城, 中新天津生态城): two words of one character each."""
    if boundaries is None or start < 2 or not _BILATERAL_BARE.match(text, start - 2, start):
        return start
    return start - 2 if {start - 2, start - 1} <= boundaries else start


def defined_parks(text: str, mentions: Sequence[PlaceMention], rules: Rules,
                  boundaries: frozenset[int] | None) -> list[PlaceMention]:
    """Parks without a known host named by a short-form definition right after their ending (see the
    module docstring), and protected or heritage areas named so (an ``area_suffix`` ending:
    X世界自然遗产地（以下简称X遗产地）, a region); none without the segmentation's word boundaries."""
    if boundaries is None:
        return []
    known = SpanIndex(mentions)
    found: list[PlaceMention] = []
    for definition in DEFINITION.finditer(text):
        end = definition.start()
        suffix = next((s for s in (*rules.park_suffix, *rules.area_suffix) if text.endswith(s, 0, end)), None)
        if suffix is None or known.covers(end - 1, end):
            continue
        start = _opening_of_short_form(text, definition.group(1), end - len(suffix), rules, boundaries,
                                       _name_start(text, end - len(suffix), boundaries))
        if start is not None and end - start > len(suffix) and text[start:end - len(suffix)] not in _LEVEL_ALONE \
                and not any(word in text[start:end - len(suffix)] for word in (*rules.park_generic, *rules.park_break)):
            name = text[start:end]
            record = form_record(name, "region") if suffix in rules.area_suffix else _park(name, None)
            found += occurrences(text, name, record, known)
    return sorted(set(found), key=lambda m: m.start)


REGULATION_WORDS = ("条例", "管理办法", "办法", "若干规定", "规定", "实施细则", "细则", "决定")
"""Words that close the title of a regulation named after its subject (X经济开发区条例)."""


def titled_parks(text: str, title: tuple[int, int], mentions: Sequence[PlaceMention], rules: Rules,
                 boundaries: frozenset[int] | None) -> list[PlaceMention]:
    """The park a regulation is named after when the gazetteer knows no host for it (洋浦经济开发区条例:
    the zone of 洋浦), and its every mention in the text: the name words (see :func:`_name_start`) before
    a park ending that closes the title's subject right before a regulation word."""
    start, end = title
    if boundaries is None:
        return []
    word = next((w for w in REGULATION_WORDS if text.endswith(w, start, end)), None)
    subject_end = end - len(word) if word else end
    suffix = next((s for s in rules.park_suffix if text.endswith(s, start, subject_end)), None)
    known = SpanIndex(mentions)
    if word is None or suffix is None or known.covers(subject_end - len(suffix), subject_end):
        return []
    opening = _name_start(text, subject_end - len(suffix), boundaries)
    if opening is None or opening < start or subject_end - opening <= len(suffix) or any(
            w in text[opening:subject_end] for w in (*rules.park_generic, *rules.park_break)):
        return []
    name = text[opening:subject_end]
    return occurrences(text, name, _park(name, None), known)


def _opening_of_short_form(text: str, short: str, suffix_start: int, rules: Rules, boundaries: frozenset[int],
                           start: int | None) -> int | None:
    """Where a defined name begins: where its short form's own words begin, when the short form keeps the
    name's opening and ending (三江并流世界自然遗产地（以下简称三江并流遗产地）: words the segmentation
    splits), if that is before ``start`` (the words found by :func:`_name_start`) and on a word boundary."""
    ending = next((s for s in (*rules.park_suffix, *rules.area_suffix) if short.endswith(s)), None)
    stem = short[:-len(ending)] if ending else ""
    opening = text.rfind(stem, max(0, suffix_start - MAX_PARK_CHARS), suffix_start) if len(stem) >= 2 else -1
    if opening >= 0 and opening in boundaries and (start is None or opening < start):
        return opening
    return start


def occurrences(text: str, name: str, record: PlaceRecord, known: SpanIndex) -> list[PlaceMention]:
    """Every mention of ``name`` in ``text`` (before its definition too) that no known place covers."""
    found, at = [], text.find(name)
    while at >= 0:
        if not known.covers(at, at + len(name)):
            found.append(PlaceMention(at, at + len(name), name, record))
        at = text.find(name, at + len(name))
    return found


def _name_start(text: str, at: int, boundaries: frozenset[int]) -> int | None:
    """Where the words before ``at`` that may form a name begin: back over Chinese words that are not
    verbs, adverbs, prepositions, conjunctions or particles — except the words zones are named by
    (``NAME_VERBS``: 自主创新示范区, 综合配套改革试验区), which a name holds but never opens with; None when
    ``at`` is no word boundary."""
    if at not in boundaries:
        return None
    start, words = at, []
    while True:
        previous = max((b for b in range(max(0, start - MAX_WORD), start) if b in boundaries), default=None)
        if previous is None or at - previous > MAX_PARK_CHARS:
            break
        word = text[previous:start]
        if not all(_is_han(ch) for ch in word) or (
                word not in NAME_VERBS and dictionary_entry(word)[0] in NOT_NAME_TAGS):
            break
        start = previous
        words.append(word)
    while words and words[-1] in NAME_VERBS:  # the first word of the name is no verb
        start += len(words.pop())
    return start


# Words tagged as verbs that zones are named by (自主创新示范区, 综合配套改革试验区, 开放合作试验区).
NAME_VERBS = frozenset({"自主", "创新", "改革", "开放", "合作", "配套", "综合", "试验", "示范", "先行", "转型", "协同",
                        "融合", "振兴", "统筹"})


def _park(surface: str, host: PlaceMention | None) -> PlaceRecord:
    """The park record of a name as written, inside its host (if one is known)."""
    name = canonical_park_name(surface)
    return PlaceRecord(id=park_id(name), name=name, kind="park", code=None,
                       parent=host.place.id if host is not None else None, aliases=(),
                       members=(), lon=None, lat=None)


def _bare_items(text: str, pos: int, rules: Rules, boundaries: frozenset[int] | None) -> list[tuple[int, int]]:
    """Later items of a list of parks of one host written with their endings alone
    (广州高新技术产业开发区、经济技术开发区: the second is 广州经济技术开发区), as spans."""
    items = []
    while (joiner := next((j for j in LIST_JOINERS if text.startswith(j, pos)), None)) is not None:
        start = pos + len(joiner)
        suffix = next((s for s in rules.park_suffix if s in rules.park_suffix_bare and text.startswith(s, start)), None)
        if suffix is None or (boundaries is not None and start + len(suffix) not in boundaries):
            break
        items.append((start, start + len(suffix)))
        pos = start + len(suffix)
    return items


def sibling_parks(text: str, mentions: Sequence[PlaceMention], rules: Rules,
                  boundaries: frozenset[int]) -> list[PlaceMention]:
    """Parks (and protected or heritage areas: regions with an ``area_suffix`` ending) listed beside one with
    its ending (see the module docstring), forward from each park
    mention: an item starts after a list joiner on a word boundary, is a name (or one word that opens no
    predicate), ends with the park's ending on a word boundary and before a joiner, 等 or punctuation; a
    place already starting there is an item of its own. A name found so is that park wherever else it
    stands in the text."""
    by_start = {m.start: m.end for m in mentions}
    found: list[PlaceMention] = []
    for park in [m for m in mentions if m.place.kind in ("park", "region")]:
        endings = rules.park_suffix if park.place.kind == "park" else rules.area_suffix
        suffix = next((x for x in endings if park.surface.endswith(x)), None)
        pos = _after_note(text, park.end)
        while suffix is not None and pos < len(text) and text[pos] in LIST_JOINERS and pos + 1 in boundaries:
            start = pos + 1
            end = by_start.get(start) or _sibling_end(text, start, suffix, rules, boundaries) or min(
                (e for other in endings if other != suffix
                 and (e := _sibling_end(text, start, other, rules, boundaries)) is not None), default=None)
            if end is None:
                break
            if start not in by_start:
                name = text[start:end]
                record = _park(name, None) if park.place.kind == "park" else form_record(name, "region")
                found.append(PlaceMention(start, end, name, record))
                by_start[start] = end
            pos = _after_note(text, end)
    known = SpanIndex([*mentions, *found])
    again = {(m.start, m.end): m for park in {m.surface: m for m in found}.values()
             for m in occurrences(text, park.surface, park.place, known)}  # the same name elsewhere
    return found + list(again.values())


def _after_note(text: str, end: int) -> int:
    """``end`` moved over a short bracket right after a name (X国家地质公园（陕西）、…: a note of where it lies)."""
    return (_skip_bracket(text, end) or end) if end < len(text) and text[end] in _OPEN else end


# jieba's tags of a word that opens a predicate even as a list item's one word before a park ending (an adverb
# may be a place's name there: 正定 of 正定片区).
_OPENS_PREDICATE = frozenset({"v", "p", "c", "u", "r", "m"})


def _sibling_end(text: str, start: int, suffix: str, rules: Rules, boundaries: frozenset[int]) -> int | None:
    """The end of a park name ending with ``suffix`` that opens at ``start`` as a list item, or None."""
    at = text.find(suffix, start + 1, start + MAX_PARK_CHARS)
    end = at + len(suffix)
    if at < 0 or end not in boundaries or not (ITEM_END.match(text, end) or text.startswith(PARK_COMMITTEES, end)):
        return None  # (A、B示范区管理委员会: the zones' committees share their head)
    if any(word in text[start:at] for word in (*rules.park_generic, *rules.park_break)):
        return None
    if _name_start(text, at, boundaries) == start:
        return end
    one_word = start in boundaries and not any(b in boundaries for b in range(start + 1, at))
    return end if one_word and dictionary_entry(text[start:at])[0] not in _OPENS_PREDICATE else None
