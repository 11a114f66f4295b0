"""Recognise actors: central agencies and banks from the lexicon, local bodies from place + suffix."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache

from kg.annotate.spans import SpanIndex
from kg.extract.clauses import MODALS, TRIGGERS
from kg.extract.competent_departments import competent_departments
from kg.extract.field_lists import field_departments
from kg.extract.jurisdiction import level_words, own_bodies, own_references
from kg.extract.lexicon import (GOVERNMENT, LocalBodySuffix, actors, all_local_body_suffixes, industries,
                                local_body_suffix_index, local_body_suffixes_by_initial, period_readings, reading_in, surface_index)
from kg.extract.matcher import TermMatch, TermMatcher
from kg.extract.model import Entity
from kg.extract.organisations import (GENERIC_REFERENCE, HUB_DESIGNATIONS, is_minted_organisation, named_organisations,
                                      organisation_entity)
from kg.extract.shared_heads import LISTABLE_KINDS, shared_head_bodies
from kg.link import Gazetteer, PlaceMention, PlaceRecord
from kg.link.lists import LIST_JOINERS
from kg.link.parks import PARK_COMMITTEES, PARTNER_PREFIX
from kg.link.short_forms import short_form_at  # a short form defined for what precedes it
from kg.text.segment import dictionary_entry, is_verb_before, previous_boundary

# State Council coordinating bodies, national and central (Party) working groups and committees, and
# national associations or enterprises, recognised by form; the prefix gives the kind. A decision or
# approval verb (国务院决定对…委员会), a founding verb (国务院设立国家…指挥部: the body founded is named after it)
# or 关于 ends the name: it is the predicate.
# A coordinating body's office (…指挥部办公室, …委员会办公室) is a body of its own; 或 (国家或省级…) joins two
# levels of government, never two parts of one name.
_COORDINATING = r"(?:(?:工作|领导)小组|联席会议|指挥部|委员会)(?:办公室)?"
FOUNDING_VERBS = ("设立", "成立", "组建", "筹建", "新设", "新建")
_PREDICATE = "决定|同意|批准|关于|" + "|".join(FOUNDING_VERBS)
# Funds set up by a government and named so (国家科技成果转化引导基金, 安徽省产业投资基金): financial actors.
FUND_ENDINGS = ("引导基金", "发展基金", "投资基金", "担保基金", "产业基金")
_NAMED_BODY = re.compile(
    r"国务院(?![各有])(?:(?![的各等和与及或]|" + _PREDICATE + r")[\u4e00-\u9fff]){2,24}?(?:" + _COORDINATING + r"|办公室)"
    r"|国家(?:(?![的各等及或]|" + _PREDICATE + r")[\u4e00-\u9fff]){2,24}?" + _COORDINATING +
    r"|中央(?![和与及各有])(?:(?![的各等和与及或]|" + _PREDICATE + r")[\u4e00-\u9fff]){2,20}?(?:(?:工作|领导)小组|委员会)(?:办公室)?"
    r"|中国(?![特境内])(?:(?![的各等和与及])[\u4e00-\u9fff]){2,14}?(?:协会|学会|联合会|总公司|集团有限公司|集团公司|有限责任公司|有限公司|公司)"
    r"|国家(?![级的各等和与及或])(?:(?![的各等和与及或])[\u4e00-\u9fff]){2,14}?(?:" + "|".join(FUND_ENDINGS) + ")")
_NAMED_BODY_PREFIXES = ("国务院", "国家", "中央", "中国")
_STATE_PREFIXES = ("国务院", "国家", "中央")


# Coordinating bodies: a leading group, a joint conference, a headquarters (长江经济带发展领导小组办公室); their
# names hold the task they coordinate, often a verb (发展, 建设), which then is no sign of a clause.
GROUP_SUFFIXES = ("领导小组办公室", "领导小组", "联席会议办公室", "联席会议", "指挥部", "工作小组")

# Companies, groups and plants by form (宝钢集团, 秦山核电站, 杏儿沟煤业有限责任公司): one or two words of two or
# more characters directly before one of these endings, set off on the left by the start of a clause,
# punctuation, a function word (由, 与, 和…) or a verb. They are enterprises, never government bodies.
ENTERPRISE_ENDINGS = ("集团有限公司", "集团公司", "有限责任公司", "股份有限公司", "有限公司", "集团", "核电站", "核电厂",
                      "钢铁厂", "钢铁公司", "电厂", "炼油厂", "化工厂")
_ENTERPRISE_END = re.compile("|".join(ENTERPRISE_ENDINGS))
_LEFT_DELIMITERS = frozenset("，。；：、,.;:（(）)“”《》 \n由与和及对向在将把被为经从等请的就")
_GENERIC_NAME = re.compile(r"[的和与及等或各为在由对向将把被经从就]|企业|公司|大型|重点|骨干|国有|中央|地方|有关|相关|其他|所属|下属|各类|示范")
MAX_NAME_WORDS = 2

_SHORT_COMMITTEE = PARK_COMMITTEES[1]   # 管理委员会 as parks' and new areas' committees write it (西咸新区管委会)
# An organisation named after a place: 大同市煤炭工业局, 上海市医药集中招标采购事务管理所,
# 阳泉煤业（集团）有限责任公司. The name runs from the place to the suffix without punctuation.
ORG_SUFFIXES = ("有限责任公司", "股份有限公司", "有限公司", "集团公司", "总公司", "公司", *FUND_ENDINGS, "管理处", "管理所",
               "事务所", "研究所", "研究院", "设计院", "交易所", "委员会", "办公室", "管理局", "工业局", "局", "医院", "大学",
               "学院", "中心", "煤矿", "银行", "协会", "商会", "站", "天文台", "气象台", "管理部门", "主管部门", "厅",
               _SHORT_COMMITTEE, *GROUP_SUFFIXES)
_ONE_CHARACTER_SUFFIXES = frozenset(s for s in ORG_SUFFIXES if len(s) == 1)
_GOVERNMENT_SUFFIX = ("委员会", _SHORT_COMMITTEE, "办公室", "管理处", "管理局", "工业局", "局", "站", "天文台", "气象台",
                      "管理部门", "主管部门", "厅", *GROUP_SUFFIXES)
# A station, hall or ground is an institution (左权县煤管站) unless its name says it is built (合建自动气象站):
# a verb word of its own (jieba's tag ``v``) inside such a name makes it a facility, which is no actor.
FACILITY_ENDINGS = ("站", "台", "馆", "场")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff（）()]")
_NOT_IN_NAME = "的和与及等或各"
_REGION_WORDS = ("地区", "区域")  # after a place not ending its name: the bodies of a region, no one name
# A level word after an area that is no division (湖区市人民政府, X流域村民委员会): the bodies of that level there.
_LEVEL_WORDS = ("市", "县", "区", "乡", "镇", "村")
_AREA_KINDS = ("natural-feature", "region", "area")  # not a village (X村村民委员会) nor a division
_LEVEL_LIST = re.compile(r"[省市州县区旗乡镇]（[省市州县区旗乡镇、]+）")  # 县（区）, 市（州）: several levels at once
MAX_ORG_NAME = 14
_VERB_INSIDE = re.compile("|".join(sorted((*TRIGGERS, *MODALS, *FOUNDING_VERBS), key=len, reverse=True)))


@cache
def _sector_words() -> frozenset[str]:
    """The names and aliases of the industry scheme's concepts (电影, 广播影视, 物流)."""
    return frozenset(surface_index(industries()))


def _names_a_sector(text: str, start: int, end: int, boundaries: frozenset[int]) -> bool:
    """Whether ``text[start:end]`` is made of industry words only (a sector before 集团 names no company)."""
    cuts = [start, *(b for b in range(start + 1, end) if b in boundaries), end]
    return all(text[a:b] in _sector_words() for a, b in zip(cuts, cuts[1:])) or text[start:end] in _sector_words()


def _org_end(text: str, start: int, boundaries: frozenset[int], *, limit: int = MAX_ORG_NAME,
             whole_word: bool = False, place_starts: frozenset[int] = frozenset()) -> int | None:
    """The end of the first organisation suffix after ``start`` that ends a word (no punctuation or
    function word before it). With ``whole_word``, ``text[start:end]`` must itself be a suffix word of
    two or more characters (to extend 香港医院 by 管理局). A 和 joins two fields of one body (国土资源和房屋管理局)
    unless a place follows it (two bodies: 湖北省和重庆市…)."""
    for end in range(start + 1, min(len(text), start + limit) + 1):
        ch = text[end - 1]
        joins_fields = ch == "和" and end - 1 > start and end not in place_starts  # 国土资源和房屋管理局
        if not _NAME_CHAR.match(ch) or (ch in _NOT_IN_NAME and not joins_fields):
            return None
        if end not in boundaries:
            continue
        piece = text[start:end]
        if (piece in ORG_SUFFIXES and len(piece) >= 2) if whole_word else (
                piece.endswith(ORG_SUFFIXES) and not _common_word_ending(text, end)):
            return end
    return None


_COMMON = 300   # jieba frequency from which a two-character word is a common noun (布局 2340, 网站 4817)


def _common_word_ending(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is a common two-character word whose last character only looks like
    a one-character suffix (产业布局, 大局, 网站, 大厅): no body's name ends there."""
    word = text[end - 2:end]
    return word[-1:] in _ONE_CHARACTER_SUFFIXES and dictionary_entry(word)[1] >= _COMMON


# Contexts in which a body's name does not name the body acting (kept out of the actors): a session of
# it (十届全国人大四次会议, 全国政协十届四次会议), the generic 部门 (国家安全部门), a body inside the title of a
# cited document, its issuers included (《国务院批转外交部…的通知》, 《中共中央关于…的建议》): they acted in that
# document, not in this one, as roles read them (kg.extract.roles); and a company or fund named by form right
# after a verb of founding (组建X集团, 设立X基金): it does not exist yet (a body the text sets up, 成立X委员会, acts
# in the text).
_NUMERAL = "[零〇一二三四五六七八九十百]"
_SESSION_BEFORE = re.compile(f"第?{_NUMERAL}+届$")
_SESSION_AFTER = re.compile(f"(?:第?{_NUMERAL}+届)?第?{_NUMERAL}+次(?:全体)?会议")
_CITED_TITLE = re.compile(r"《[^《》\n]*》")


def _acting(text: str, matches: Sequence[TermMatch[Entity]]) -> list[TermMatch[Entity]]:
    """The matches (sorted by position) that name a body acting in the text (see above)."""
    inside_titles: set[int] = set()
    starts = [m.start for m in matches]
    for title in _CITED_TITLE.finditer(text):
        first, stop = bisect_right(starts, title.start()), bisect_left(starts, title.end())
        inside_titles.update(id(m) for m in matches[first:stop] if m.end < title.end())
    return [m for m in matches if id(m) not in inside_titles and not _SESSION_AFTER.match(text, m.end)
            and not _SESSION_BEFORE.search(text, max(0, m.start - 6), m.start)
            and not (text.endswith("部", 0, m.end) and text.startswith("门", m.end))
            and not (is_minted_organisation(m.value) and (
                m.value.name.endswith(HUB_DESIGNATIONS)
                or (m.value.kind in ("enterprise", "bank") and text.endswith(FOUNDING_VERBS, 0, m.start))))]



class ActorFinder:
    """Finds actor mentions in a text, given its word boundaries and place mentions; ``gazetteer`` (default:
    the shipped one) gives the city of a district, whose bodies are named with it (上海市浦东新区人民政府)."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer or Gazetteer.default()
        self._index = surface_index(actors())
        self._readings = period_readings(actors())
        self._matcher: TermMatcher[Entity] = TermMatcher(self._index)
        self._body_words = frozenset(w for w in (*(s.suffix for s in all_local_body_suffixes()), *ORG_SUFFIXES)
                                     if len(w) >= 2)

    def place_named_heads(self, place_words: Iterable[str]) -> list[str]:
        """Heads that several listed bodies put after a place name (沈阳军区, 广州军区 → 军区), sorted: a
        token of a place and such a head is a compound whose place counts (see ``Segmenter``)."""
        words = frozenset(w for w in place_words if len(w) >= 2)
        places_by_head: dict[str, set[str]] = {}
        for name in self._index:
            for cut in range(2, len(name) - 1):
                if name[:cut] in words:
                    places_by_head.setdefault(name[cut:], set()).add(name[:cut])
        return sorted(head for head, named in places_by_head.items() if len(named) >= 2)

    def find(self, text: str, boundaries: frozenset[int], places: Sequence[PlaceMention], year: int | None = None,
             divisions: Sequence[PlaceRecord] = ()) -> list[TermMatch[Entity]]:
        """Central bodies (国家发展改革委), local bodies (辽宁省人民政府), bodies named by form
        (国务院三峡工程建设委员会办公室) and by their field (国务院税务主管部门, see
        ``competent_departments``), sorted by position.

        A local body is a place mention followed directly by a body suffix; it and a body named by
        form win over a lexicon alias inside them (``沈阳市发展改革委`` is not 国家发展改革委); a listed name wins
        over a local body or organisation inside it (民航华北管理局 over 华北管理局), and a unit named after a
        local body over that body (安徽省经贸委煤炭工业管理办公室 over 安徽省经贸委). A short
        form that bodies of several periods bore reads as the one that existed in ``year`` (the
        document's), when it is known. In a text of a division (``divisions`` holds it first, then the
        divisions containing it; see ``jurisdiction``), a level word with a body suffix (市人民政府,
        本市公安局, 省人民政府) is the body of the division of that level.
        """
        spans = Counter((p.start, p.end) for p in places)
        grouped = frozenset(span for span, count in spans.items() if count > 1)  # 四省 for a list defined before
        single = [p for p in places if (p.start, p.end) not in grouped]
        place_starts = frozenset(p.start for p in places)
        place_ends: dict[int, int] = {}  # end → earliest start of a place ending there
        for p in places:
            place_ends[p.end] = min(place_ends.get(p.end, p.start), p.start)
        parks = [p for p in places if p.place.kind == "park"]
        organised = [_from_park(text, m, parks) for place in single
                     if (m := self._place_organisation(text, place, boundaries, place_starts, place_ends)) is not None]
        organised = list({(o.start, o.end): o for o in organised}.values())  # once, though two places in a park name it
        longest_organised: dict[int, int] = {}
        for o in organised:
            longest_organised[o.start] = max(o.end, longest_organised.get(o.start, o.end))
        own = own_references(text, divisions[0], boundaries) if divisions else []  # 江苏省、浙江省、本市人民政府…
        local = shared_head_bodies(text, [*single, *own], lambda place, head: self._body_of(place, head, year))
        held = SpanIndex(local)  # each step below checks the bodies found by the steps before it
        local += [m for m in competent_departments(text, year) if not _overlaps(held, m.start, m.end)]
        held = SpanIndex(local)
        shared_fields: set[tuple[int, int]] = set()  # fields a named division shares with a level word
        single_index = SpanIndex(single)
        for rank, division in enumerate(divisions):
            higher = [word for holder in divisions[rank + 1:] for word in level_words(holder)]
            for place, suffix, end in own_bodies(text, division, boundaries, local_body_suffixes_by_initial(year),
                                                 own=rank == 0, higher=higher, year=year):
                bodies = _bodies_at(text, place, suffix, end, year)
                if bodies and any(p.place.code for p in single_index.within(place.end + 1, bodies[0].end)):
                    # 市、吴中区发展和改革、教育等部门: the division named between has these departments too
                    bodies[0] = TermMatch(place.start, place.end, place.surface, bodies[0].value)
                    shared_fields |= {(m.start, m.end) for m in bodies[1:]}
                local += [m for m in bodies if not _overlaps(held, m.start, m.end)]
            held = SpanIndex(local)
        local += [found for place in places
                  for found in self._local_body(text, place, (place.start, place.end) in grouped, year)
                  if (not _holds(held, found.start) or (found.start, found.end) in shared_fields)
                  and not longest_organised.get(found.start, found.end) > found.end]  # a unit of the body
        held = SpanIndex(local)
        local += [m for m in self._named_bodies(text)  # not from inside a park's name (新乡国家高新…管理委员会)
                  if not _holds(held, m.start) and not _inside(parks, m.start)]
        held = SpanIndex(local)
        local += [replace(m, value=self._index.get(m.value.name, m.value))
                  for m in named_organisations(text, boundaries, places, self._body_words)
                  if not _overlaps(held, m.start, m.end) and not _inside(parks, m.start)]  # (中国—马来西亚…管理委员会)
        held = SpanIndex(local)
        local += [m for m in organised if not _overlaps(held, m.start, m.end)]
        held = SpanIndex(local)
        local += [m for m in self._enterprises(text, boundaries) if not _overlaps(held, m.start, m.end)]
        held = SpanIndex(local)
        local += [m for m in _listed_park_bodies(text, local, parks) if not _overlaps(held, m.start, m.end)]
        local = [_with_unit(text, m) for m in local if not _bodies_of_a_region(text, m, places)]
        listed = self._matcher.find(text, boundaries)
        wider = SpanIndex(listed)
        local = [m for m in local if not (wider.covers(m.start, m.end + 1) or wider.covers(m.start - 1, m.end))]
        # a listed name longer than a body inside it wins (华北管理局 inside 民航华北管理局)
        held = SpanIndex(local)
        central = [self._of_period(text, m, year) for m in listed
                   if not (_holds(held, m.start) or _holds(held, m.end - 1))]
        found = _unqualified(sorted(local + central, key=lambda m: (m.start, m.end)), places)
        found = _with_branches(text, found, places)
        found = [*found, *_short_forms(text, boundaries, found)]
        found = [*found, *_head_references(text, boundaries, found)]
        found = [*found, *_joined_departments(text, found, [*(p.place for p in places), *divisions], year)]
        return [self._with_city(text, m) for m in _acting(text, sorted(found, key=lambda m: (m.start, m.end)))]

    def _with_city(self, text: str, match: TermMatch[Entity]) -> TermMatch[Entity]:
        """A district's body named with its city (浦东新区人民政府 → 上海市浦东新区人民政府: district names repeat
        from city to city), its mention opening at the city's name written right before it (成都市龙泉驿区…);
        any other match as it is."""
        local = _LOCAL_ID.match(match.value.id)
        district = self._gazetteer.get(f"place/{local.group(1)}") if local is not None else None
        if district is None or district.kind != "district" or district.parent is None:
            return match
        city = self._gazetteer.get(district.parent).name
        start = match.start - len(city) if text.endswith(city, 0, match.start) else match.start
        return TermMatch(start, match.end, text[start:match.end], replace(match.value, name=city + match.value.name))

    def _of_period(self, text: str, match: TermMatch[Entity], year: int | None) -> TermMatch[Entity]:
        candidates = self._readings.get(text[match.start:match.end]) if year is not None else None
        chosen = reading_in(candidates, year) if candidates else None
        return replace(match, value=chosen) if chosen is not None else match

    def _named_bodies(self, text: str) -> list[TermMatch[Entity]]:
        """Bodies named by form; a name that is in the lexicon keeps the lexicon's entity."""
        found = []
        for match in _NAMED_BODY.finditer(text):
            head = next(p for p in _NAMED_BODY_PREFIXES if match.group().startswith(p))
            start = match.start() + match.group().rfind(head)  # the innermost name: 国家药监局组成国家…小组
            name = text[start:match.end()]
            known = self._index.get(name)
            kind = ("bank" if name.endswith(FUND_ENDINGS) else "agency" if name.startswith(_STATE_PREFIXES)
                    else "enterprise")
            entity = known or organisation_entity(name, kind)
            found.append(TermMatch(start, match.end(), name, entity))
        return found

    @staticmethod
    def _enterprises(text: str, boundaries: frozenset[int]) -> list[TermMatch[Entity]]:
        """Companies and plants by form (宝钢集团, 秦山核电站): the name words before an enterprise ending,
        set off on the left (see ``ENTERPRISE_ENDINGS``); generic phrases (大型企业集团) are no names."""
        found = []
        for ending in _ENTERPRISE_END.finditer(text):
            if ending.end() not in boundaries:
                continue
            start, begin = None, ending.start()
            for _ in range(MAX_NAME_WORDS):
                word_end, begin = begin, previous_boundary(boundaries, begin, 7)
                if begin is None:
                    break
                name = text[begin:ending.start()]
                if not all("\u4e00" <= ch <= "\u9fff" for ch in name) or _GENERIC_NAME.search(name):
                    break
                verb = _VERB_INSIDE.match(text, begin)
                if (verb is not None and verb.end() in boundaries) or is_verb_before(text, word_end, boundaries):
                    break
                left = _VERB_INSIDE.search(text, max(0, begin - 4), begin)
                if (begin == 0 or text[begin - 1] in _LEFT_DELIMITERS or (left is not None and left.end() == begin)
                        or is_verb_before(text, begin, boundaries)):
                    start = begin
            if start is None:
                continue
            if _names_a_sector(text, start, ending.start(), boundaries):
                continue  # 广播影视集团, 电影集团: the groups of a sector, no one company
            surface = text[start:ending.end()]
            entity = organisation_entity(surface, "enterprise")
            found.append(TermMatch(start, ending.end(), surface, entity))
        return found

    def _body_of(self, place: PlaceMention, head: str, year: int | None) -> Entity | None:
        """The body ``place`` + ``head`` names: a listed body named after the place (广州 + 军区) or a
        local body (辽宁省 + 人民政府) of ``year``; None when neither is known."""
        for name in (place.surface + head, place.place.name + head):
            if name in self._index:
                return self._index[name]
        suffix = local_body_suffix_index(year).get(head)
        return _local_entity(place.place, suffix, place.surface + head) if suffix is not None else None

    @staticmethod
    def _place_organisation(text: str, place: PlaceMention, boundaries: frozenset[int],
                            place_starts: frozenset[int], place_ends: dict[int, int]) -> TermMatch[Entity] | None:
        """An organisation whose name starts with a place (大同市煤炭工业局, 香港医院管理局), or with the places
        written right before it (萍乡 + 武功山 + 管委会: the area's committee named with its city).

        The name ends at the first organisation suffix that ends a word, extended by a directly
        following suffix word (医院 + 管理局); a verb that is a word of its own inside means it is not a
        name (``西安建设国家中心城市``), nor is a generic reference (``福建省有关部门``)."""
        end = _org_end(text, place.end, boundaries, place_starts=place_starts)
        if end is None:
            return None
        if place.place.kind == "park":
            return _park_group(text, place, end, boundaries)
        while (longer := _org_end(text, end, boundaries, limit=6, whole_word=True)) is not None:
            end = longer
        name = text[place.start:end]
        verbs = [v.start() for v in _VERB_INSIDE.finditer(text, place.end, end)
                 if v.start() in boundaries and v.end() in boundaries]
        named_by_task = name.endswith(GROUP_SUFFIXES) or (name.endswith(FUND_ENDINGS) and place.end not in verbs)
        if (verbs and not named_by_task) or GENERIC_REFERENCE.search(text, place.end, end):
            return None
        if name.endswith(FACILITY_ENDINGS) and _has_verb_word(text, place.end, end, boundaries):
            return None
        if name.endswith(_SHORT_COMMITTEE) and GOVERNMENT in name:
            return None  # a government acting on the committee (X市人民政府依法管理管委会), no one name
        if _has_preposition(text, place.end, end, boundaries):
            return None  # a clause whose agent follows (长江采砂规划由长江水利委员会…), not one name
        start = _mission_start(text, place.start) if name.endswith(GROUP_SUFFIXES) else _named_around(text, place, boundaries)
        while start in place_ends:
            start = place_ends[start]
        name = text[start:end]
        kind = ("agency" if name.endswith(_GOVERNMENT_SUFFIX) else "bank" if name.endswith(FUND_ENDINGS)
                else "enterprise")
        entity = organisation_entity(name, kind)
        return TermMatch(start, end, name, entity)

    @staticmethod
    def _local_body(text: str, place: PlaceMention, grouped: bool = False,
                    year: int | None = None) -> list[TermMatch[Entity]]:
        """The bodies a place mention and a suffix after it name (one, or the departments a list of
        fields names after a government or after the place itself). A mention naming several places at
        once (a list's short form: 四省人民政府) takes no field's department (四省人民政府审计部门 is a class
        of departments, named by no one of them)."""
        for suffix in local_body_suffixes_by_initial(year).get(text[place.end:place.end + 1], ()):
            if grouped and suffix.provincial:
                continue
            if text.startswith(suffix.suffix, place.end):
                end = place.end + len(suffix.suffix)
                return _body_at(text, place, suffix, end) if grouped else _bodies_at(text, place, suffix, end, year)
        # a list of fields right after the place (吴中区发展和改革、教育等部门): the departments of those fields
        return [] if grouped else _field_bodies(text, place, field_departments(text, place.end, year))


# A coordinating body's name may open with the verb of its task before the place (推动X一体化发展领导小组).
_MISSION_VERB = re.compile(r"(?:推动|推进|促进|加快|深化|实施|支持)$")


_NUMBERING = re.compile(r"第[一二三四五六七八九十百零〇0-9]+[条章节款项]|[0-9]")
MAX_BRACKETED_NAME = 8  # characters of the words before a place in brackets inside a body's name


def _named_around(text: str, place: PlaceMention, boundaries: frozenset[int]) -> int:
    """Where the name of a body that a place opens starts when the place is written inside it: in brackets
    after the name's first words (中国（广东）知识产权保护中心, 中欧班列（西安）集结中心; up to a verb or a
    delimiter: 支持中国（广东）… starts at 中国) or after 中国 and a dash (中国—东盟技术转移中心: a body named
    after China and a partner); else at the place."""
    if partner := PARTNER_PREFIX.search(text, max(0, place.start - 3), place.start):
        return partner.start()
    if place.start < 2 or text[place.start - 1] not in "（(" or text[place.end:place.end + 1] not in ("）", ")"):
        return place.start
    start = pos = place.start - 1
    while pos > 0 and text[pos - 1] not in _LEFT_DELIMITERS and place.start - pos <= MAX_BRACKETED_NAME:
        pos -= 1
        if pos in boundaries:
            if dictionary_entry(text[pos:start])[0] == "v" or _NUMBERING.search(text, pos, start):
                break  # 支持中国（广东）…, 第十四条中国（山东）…: a verb or a provision's number opens no name
            start = pos
    return start if start < place.start - 1 else place.start


def _mission_start(text: str, start: int) -> int:
    """Where a coordinating body's name begins that a place starts at ``start``: at a verb of its task
    written right before the place when the verb itself opens a clause or a list item, else ``start``."""
    verb = _MISSION_VERB.search(text, max(0, start - 2), start)
    if verb is None or (verb.start() > 0 and text[verb.start() - 1] not in _LEFT_DELIMITERS):
        return start
    return verb.start()


# A numbered unit of a company (…集团公司三矿, …有限公司二厂) is an enterprise of its own.
_NUMBERED_UNIT = re.compile(r"[一二三四五六七八九十0-9]{1,3}号?(?:矿|厂|井|分厂)(?![区房])")


def _with_unit(text: str, match: TermMatch[Entity]) -> TermMatch[Entity]:
    """``match`` extended by a numbered unit written right after a company's name, else ``match``."""
    unit = _NUMBERED_UNIT.match(text, match.end)
    if match.value.kind != "enterprise" or unit is None:
        return match
    name = text[match.start:unit.end()]
    return TermMatch(match.start, unit.end(), name, organisation_entity(name, "enterprise"))


# A branch named by its place right after the body it belongs to (中国人民银行上海分行, X公司海口分公司): one body.
_BRANCH = re.compile("分公司|分行|支行|分局|分署|分社|分院|分中心|营业管理部")


def _with_branches(text: str, matches: Sequence[TermMatch[Entity]],
                   places: Sequence[PlaceMention]) -> list[TermMatch[Entity]]:
    """``matches`` (sorted) with each body followed by a place and a branch word extended to the branch's
    name; what was found inside the branch's name goes."""
    places_at = {p.start: p for p in places}
    branches = []
    for match in matches:
        place = places_at.get(match.end)
        branch = _BRANCH.match(text, place.end) if place is not None else None
        if branch is not None:
            name = text[match.start:branch.end()]
            branches.append(TermMatch(match.start, branch.end(), name, organisation_entity(name, match.value.kind)))
    if not branches:
        return list(matches)
    held = SpanIndex(branches)
    return sorted([*branches, *(m for m in matches if not _overlaps(held, m.start, m.end))],
                  key=lambda m: (m.start, m.end))


# An office of a body named by its short form (协调委办公室) is the office of that body.
_OFFICE = "办公室"


def _short_forms(text: str, boundaries: frozenset[int], matches: Sequence[TermMatch[Entity]]) -> list[TermMatch[Entity]]:
    """Later mentions of short forms the text defines (``X（以下简称Y）``: each Y on word boundaries after the
    definition is X), and Y办公室 as the office of X; none where another actor is already found. A short form
    defined after a list of bodies sharing one head (``A、B、C管理委员会（以下简称管理委员会）``) names each of them."""
    found: list[TermMatch[Entity]] = []
    held = SpanIndex(matches)
    ending_at = {m.end: m for m in matches}
    added: list[tuple[int, int]] = []  # the mentions found here, which never overlap each other
    scanned: set[str] = set()
    for match in matches:
        definition = short_form_at(text, match.end, boundaries)
        if definition is None or definition[0] in scanned:
            continue  # a short form defined again finds nothing new: every later mention is already taken
        short, after = definition
        scanned.add(short)
        bodies = _list_closed_by(text, match, ending_at)
        position = text.find(short, after)
        while position >= 0:
            end = position + len(short)
            office = text.startswith(_OFFICE, end) and end + len(_OFFICE) in boundaries
            stop = end + len(_OFFICE) if office else end
            if (office or end in boundaries) and position in boundaries and not _overlaps(held, position, stop) \
                    and not _overlaps_disjoint(added, position, stop):
                found += [TermMatch(position, stop, short + _OFFICE, organisation_entity(body.name + _OFFICE, body.kind))
                          if office else TermMatch(position, stop, short, body) for body in bodies]
                insort(added, (position, stop))
            position = text.find(short, end)
    return found


def _list_closed_by(text: str, match: TermMatch[Entity], ending_at: dict[int, TermMatch[Entity]]) -> list[Entity]:
    """The bodies of the list ``match`` closes (``郑州、洛阳、新乡…管理委员会``: each body's mention ends right
    before a joiner and the next one's start), in text order, ``match``'s own last."""
    bodies, start = [match.value], match.start
    while text[start - 1:start] in LIST_JOINERS and (previous := ending_at.get(start - 1)) is not None:
        bodies.insert(0, previous.value)
        start = previous.start
    return bodies


# Heads of group bodies that a text writes alone for the one body of that head it named before
# (国务院职业教育工作部际联席会议 … 联席会议统筹协调…).
_GROUP_HEADS = ("联席会议", "领导小组", "工作小组", "指挥部")


def _head_references(text: str, boundaries: frozenset[int],
                     matches: Sequence[TermMatch[Entity]]) -> list[TermMatch[Entity]]:
    """Later mentions of the head of a group body written alone (on word boundaries, not as the head of its
    office), read as that body when it is the only body of the text with that head; none where another
    actor is already found."""
    found: list[TermMatch[Entity]] = []
    held = SpanIndex(matches)
    for head in _GROUP_HEADS:
        bodies = [m for m in matches if m.value.name.endswith(head) and len(m.value.name) > len(head)]
        if len({m.value.id for m in bodies}) != 1:
            continue
        position = text.find(head, min(m.end for m in bodies))
        while position >= 0:
            end = position + len(head)
            if position in boundaries and end in boundaries and not text.startswith(_OFFICE, end) \
                    and not _overlaps(held, position, end):
                found.append(TermMatch(position, end, head, bodies[0].value))
            position = text.find(head, end)
    return found


def _unqualified(matches: Sequence[TermMatch[Entity]], places: Sequence[PlaceMention]) -> list[TermMatch[Entity]]:
    """Organisations named by form whose name is a place followed by the name of another one found in
    the same text (山西 + X煤业集团公司 beside X煤业集团公司) are that organisation: the place only qualifies it."""
    minted = {m.value.name: m.value for m in matches if m.value.id.startswith("actor/org-")}
    ends = {(p.start, p.end) for p in places}
    found = []
    for match in matches:
        bare = next((minted[match.value.name[cut:]] for cut in range(1, len(match.value.name))
                     if (match.start, match.start + cut) in ends and match.value.name[cut:] in minted), None)
        found.append(replace(match, value=bare) if match.value.id.startswith("actor/org-") and bare else match)
    return found


def _bodies_of_a_region(text: str, match: TermMatch[Entity], places: Sequence[PlaceMention]) -> bool:
    """An organisation named by form whose name holds a place followed by a region word that is not part
    of the place's name (港澳地区律师事务所, 外国及香港地区银行), an area that is no division followed by a
    level word (湖区市人民政府…, 湖区村民委员会), or levels in brackets (X流域县（区）人民政府): the bodies of
    a region or of several levels, not one name."""
    return is_minted_organisation(match.value) and (
        _LEVEL_LIST.search(text, match.start, match.end) is not None
        or any(match.start <= p.start and p.end < match.end and (
            text.startswith(_REGION_WORDS, p.end)
            or (p.place.kind in _AREA_KINDS and text.startswith(_LEVEL_WORDS, p.end))) for p in places))


def _has_verb_word(text: str, start: int, end: int, boundaries: frozenset[int]) -> bool:
    """Whether a word of two or more characters before the last word of ``text[start:end]`` (words lie
    between consecutive boundaries) is a verb in jieba's dictionary; one character is an abbreviation
    (煤管站) more often than a verb."""
    cuts = [b for b in range(start, end) if b in boundaries]
    return any(len(word) >= 2 and dictionary_entry(word)[0] == "v" for word in _words(text, cuts))


# The working bodies that coordinate a park's development, right after the park: 自贸试验区工作领导小组,
# 省自贸试验区工作办公室 (办公室 only after 工作: a park's 管委会办公室 is its committee's), with the task they
# lead before 工作 (自贸试验区建设工作领导小组, 自贸试验区推进工作领导小组).
PARK_GROUP_SUFFIXES = tuple(f"{task}{suffix}" for task in ("", "建设", "发展", "建设发展", "改革", "推进", "开发建设", "管理")
                            for suffix in (*GROUP_SUFFIXES, "工作办公室", *(f"工作{s}" for s in GROUP_SUFFIXES))
                            if task == "" or suffix.startswith("工作"))  # 自贸试验区建设工作领导小组


def _park_group(text: str, park: PlaceMention, end: int, boundaries: frozenset[int]) -> TermMatch[Entity] | None:
    """A coordinating body or the committee named after a park (``自贸试验区工作领导小组`` after the park's
    short form, ``X新片区管理委员会``), named with the park's full name (a committee as 管理委员会); a level word
    right before the park (省, 市) opens its mention. Other bodies named after a park are none."""
    suffix = text[park.end:end]
    if suffix not in PARK_GROUP_SUFFIXES and suffix not in PARK_COMMITTEES:
        return None  # the park, (工作) and the suffix only: not 平潭综合实验区成立片区工作领导小组
    suffix = PARK_COMMITTEES[0] if suffix in PARK_COMMITTEES else suffix
    start = park.start
    level = next((w for w in ("自治区", "省", "市") if text.endswith(w, 0, start)), "")
    if level and start - len(level) in boundaries:
        start -= len(level)
    surface = text[start:end]
    entity = organisation_entity(park.place.name + suffix, "agency")
    return TermMatch(start, end, surface, replace(entity, aliases=(surface,)))


def _listed_park_bodies(text: str, organised: Sequence[TermMatch[Entity]],
                        parks: Sequence[PlaceMention]) -> list[TermMatch[Entity]]:
    """The same body of each park listed right before the park an organisation is named after
    (郑州、洛阳、新乡国家高新技术产业开发区管理委员会: a committee of each zone), at the listed park's mention."""
    ending_at = {p.end: p for p in parks}
    found = []
    for organisation in organised:
        park = next((p for p in parks if p.start == organisation.start and p.end < organisation.end), None)
        pos = park.start if park is not None else 0
        while pos > 0 and text[pos - 1] in LIST_JOINERS and (listed := ending_at.get(pos - 1)) is not None:
            name = listed.place.name + text[park.end:organisation.end]
            found.append(TermMatch(listed.start, listed.end, listed.surface,
                                   organisation_entity(name, organisation.value.kind)))
            pos = listed.start
    return found


def _inside(parks: Sequence[PlaceMention], pos: int) -> bool:
    """Whether ``pos`` lies inside the name of one of ``parks`` (not at its start): a body named from there
    is named after the park (see :func:`_from_park`)."""
    return any(p.start < pos < p.end for p in parks)


def _from_park(text: str, organisation: TermMatch[Entity], parks: Sequence[PlaceMention]) -> TermMatch[Entity]:
    """``organisation`` named after a place inside a park's name (山东 in 中国（山东）自由贸易试验区工作办公室)
    runs from the start of the park's name (``parks``: the park mentions)."""
    park = next((p for p in parks if p.start < organisation.start < p.end < organisation.end), None)
    if park is None:
        return organisation
    name = text[park.start:organisation.end]
    return TermMatch(park.start, organisation.end, name, organisation_entity(name, organisation.value.kind))


def _body_at(text: str, place: PlaceMention, suffix: LocalBodySuffix, end: int) -> list[TermMatch[Entity]]:
    """The local body of ``place`` named by ``suffix``, its mention running from the place to ``end``
    (after the suffix, or the level word alone where another level shares the suffix); empty when the
    place has no such body."""
    entity = _local_entity(place.place, suffix, text[place.start:end])
    return [TermMatch(place.start, end, text[place.start:end], entity)] if entity is not None else []


def _bodies_at(text: str, place: PlaceMention, suffix: LocalBodySuffix, end: int,
               year: int | None) -> list[TermMatch[Entity]]:
    """As ``_body_at``; a government followed by a list of fields (``省人民政府发展改革、交通运输等主管部门``)
    names the departments of those fields in ``year`` instead (``kg.extract.field_lists``)."""
    listed = field_departments(text, end, year) if suffix.suffix == GOVERNMENT else []
    if not listed:
        return _body_at(text, place, suffix, end) + _its_part(text, place, suffix, end)
    return _field_bodies(text, place, listed)


def _field_bodies(text: str, place: PlaceMention,
                  listed: Sequence[tuple[int, int, LocalBodySuffix]]) -> list[TermMatch[Entity]]:
    """The departments of ``place`` a list of fields names (``kg.extract.field_lists``), the first one's
    mention running from the place to its field."""
    found = []
    for index, (start, field_end, field) in enumerate(listed):
        start = place.start if index == 0 else start
        entity = _local_entity(place.place, field, text[start:field_end])
        found += [TermMatch(start, field_end, text[start:field_end], entity)] if entity is not None else []
    return found


_ITS = re.compile("(?:及|和|与|或者|或)其")   # 人民代表大会及其常务委员会, …或者其常务委员会


def _its_part(text: str, place: PlaceMention, suffix: LocalBodySuffix, end: int) -> list[TermMatch[Entity]]:
    """A body's part written after 及其 or 或者其 (``市人民代表大会及其常务委员会``): the body of ``place`` whose
    suffix is the first body's and the part's together (人民代表大会 + 常务委员会), mentioned by the part's word."""
    its = _ITS.match(text, end)
    if its is None:
        return []
    start = its.end()
    whole = {s.suffix: s for s in local_body_suffixes_by_initial().get(suffix.suffix[:1], ())}
    part = next((s for s in whole if s.startswith(suffix.suffix) and s != suffix.suffix
                 and text.startswith(s[len(suffix.suffix):], start)), None)
    if part is None:
        return []
    stop = start + len(part) - len(suffix.suffix)
    entity = _local_entity(place.place, whole[part], text[start:stop])
    return [TermMatch(start, stop, text[start:stop], entity)] if entity is not None else []


def _has_preposition(text: str, start: int, end: int, boundaries: frozenset[int]) -> bool:
    """Whether a word of ``text[start:end]`` (between consecutive boundaries) is a preposition in jieba's
    dictionary (由, 在, 对): a name holds none (对外 and 自由 are words of their own)."""
    cuts = [start, *(b for b in range(start + 1, end) if b in boundaries), end]
    return any(dictionary_entry(word)[0] == "p" for word in _words(text, cuts))


def _words(text: str, cuts: Sequence[int]) -> list[str]:
    """The words between consecutive ``cuts`` (word boundaries) of ``text``."""
    return [text[a:b] for a, b in zip(cuts, cuts[1:])]


# A local government or its department (its own or one named by a field the table lacks: 标准化主管部门) working
# with other departments: 省人民政府标准化主管部门应当会同发展改革、工业和信息化等部门; or a government joined to
# its departments in one subject: 自治区人民政府及发展改革、商务等部门, 市人民政府及其教育等部门.
_JOINING = re.compile(r"(?:[\u4e00-\u9fff]{0,10}?(?:主管部门|部门))?(?:应当|应|可以|要|须|负责)?(?:会同|协同|联合)(?:同级)?"
                      r"|以及|及其|[及和与]")
_LOCAL_ID = re.compile(r"actor/(\d{6})-")


def _joined_departments(text: str, found: Sequence[TermMatch[Entity]],
                        divisions: Sequence[PlaceRecord], year: int | None) -> list[TermMatch[Entity]]:
    """The departments a local body works with, named by their fields after 会同 (see ``_JOINING``): each
    field's department (of ``year``) of the same division (``divisions``: the records the text's places and own
    divisions give), mentioned by its field."""
    by_code = {d.code: d for d in divisions if d.code}
    spans = Counter((m.start, m.end) for m in found)
    joined = []
    for match in found:
        local = _LOCAL_ID.match(match.value.id)
        joining = _JOINING.match(text, match.end) if local is not None else None
        if joining is None or local.group(1) not in by_code or spans[(match.start, match.end)] > 1:
            continue  # (两省一市人民政府…会同: the bodies of several divisions, whose departments are not named)
        for start, end, field in field_departments(text, joining.end(), year):
            entity = _local_entity(by_code[local.group(1)], field, text[start:end])
            joined += [TermMatch(start, end, text[start:end], entity)] if entity is not None else []
    return joined


# The bodies a township has (its government, its congress and the congress's presidium, which acts between
# sessions): a township's name written before another body's suffix names no body of it.
_TOWNSHIP_BODIES = frozenset({"government", "people-congress", "people-congress-presidium"})


def _local_entity(record: PlaceRecord, suffix: LocalBodySuffix, surface: str) -> Entity | None:
    """The local body of an administrative division with a code (辽宁省 + 人民政府), written ``surface``;
    a foreign country with 政府 or 人民政府 is that country's government (日本 + 政府 → 日本政府)."""
    if record.kind == "country" and suffix.slug == "government":
        return Entity(id=f"actor/{record.id.removeprefix('place/')}-government", name=record.name + "政府",
                      kind=suffix.kind, aliases=(surface,))
    if record.kind == "locality" and suffix.slug in _TOWNSHIP_BODIES:  # a township's own bodies (X镇人民政府)
        return Entity(id=f"actor/{record.id.removeprefix('place/')}-{suffix.slug}", name=record.name + suffix.canonical,
                      kind=suffix.kind, aliases=(surface,))
    if record.kind not in LISTABLE_KINDS or not record.code:
        return None
    canonical, slug = suffix.canonical, suffix.slug
    if suffix.provincial and record.kind == "province" and not record.name.endswith("市"):  # not a municipality
        canonical, slug = suffix.provincial, suffix.provincial_slug
    return Entity(id=f"actor/{record.code}-{slug}", name=record.name + canonical, kind=suffix.kind,
                  aliases=(surface,))


def _holds(index: SpanIndex, offset: int) -> bool:
    """Whether an item of ``index`` holds the character at ``offset``."""
    return index.covers(offset, offset + 1)


def _overlaps(index: SpanIndex, start: int, end: int) -> bool:
    """Whether an item of ``index`` shares a character with ``[start, end)``."""
    return index.overlaps(start, end)


def _overlaps_disjoint(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``spans`` (sorted, pairwise disjoint) shares a character with ``[start, end)``:
    only the last one starting before ``end`` can."""
    index = bisect_left(spans, (end,)) - 1
    return index >= 0 and spans[index][1] > start
