"""Find and link place mentions in a text (see ``PlaceLinker.find`` for the rules)."""

from __future__ import annotations

import re

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import ahocorasick

from kg.annotate.resolve import filter_spans
from kg.link.defined_extents import extent_defined_regions
from kg.link.gazetteer import Entry, Gazetteer
from kg.link.forms import (AREA_ENDINGS, GEOLOGICAL_ENDINGS, RIVER_ENDINGS, abbreviation_runs, border_countries,
                           direction_part, feature_after, features_inside, fused_abbreviations, informal_regions,
                           named_features, state_name)
from kg.link.heads import headed_names, opens_a_name, place_heads
from kg.link.lists import declared_waters, feature_heads, inside_items, shared_head_places, sibling_waters
from kg.link.repeats import repeated_names
from kg.link.short_forms import defined_short_forms
from kg.link.titled_waters import titled_waters
from kg.link.localities import find_localities, governed_localities, listed_localities
from kg.link.parks import defined_parks, find_parks, sibling_parks, titled_parks
from kg.link.records import PlaceMention, PlaceRecord
from kg.link.rules import Rules
from kg.link.words import DIVISION_SUFFIXES, on_word
from kg.text.segment import dictionary_entry

ENUMERATORS = frozenset({"", "、", "和", "与", "及", "以及", "或", "/"})  # gaps inside one list of places
# Items the gazetteer does not hold (hydrological stations, features) between two places of one list.
UNLISTED_ITEMS = re.compile(r"(?:、[\u4e00-\u9fff]{2,4}){1,2}、")
KIND_RANK = {"province": 0, "city": 1, "region": 2, "new-area": 3, "park": 4, "district": 5, "county": 6,
             "country": 7, "foreign-region": 8, "natural-feature": 9}
FORM_RANK = {"full": 0, "alias": 1, "old": 2, "short": 3}
# jieba's tags a county's short form or two-character name may bear to be read in a text of its city: a place
# name or none (城区, 郊区 and 矿区 are common nouns first).
_NAME_TAGS = frozenset({"ns", None})


@dataclass
class _Span:
    start: int
    end: int
    surface: str
    entries: list[Entry]
    confident: list[Entry]          # readings good enough without support
    group: int = 0
    listed: bool = False            # separated from a neighbour by an enumerator (、和…)
    place: PlaceRecord | None = None


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    word: str
    blocks: bool
    found: PlaceRecord | None = None   # a place recognised by form (kg.link.forms), not listed
    bounded: bool = False              # its recogniser checked the word boundaries (a run of abbreviations)

    @property
    def priority(self) -> int:
        """Between spans of equal length: a blocking word, then a listed place, then a form."""
        return 0 if self.blocks else 2 if self.found is not None else 1


def _is_head_of(mention: PlaceMention, headed_starts: dict[int, int]) -> bool:
    """Whether ``mention`` is the head word ending a name found by its head (运河 in 江南运河 is the canal's
    head, not the district 运河区); ``headed_starts`` maps the end of each such name to its start."""
    return headed_starts.get(mention.end, mention.start) < mention.start and mention.surface in place_heads()


def _rank(entry: Entry) -> tuple[int, int, str]:
    return FORM_RANK[entry.form], KIND_RANK[entry.place.kind], entry.place.id


@cache
def _automaton(gazetteer: Gazetteer, rules: Rules) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for surface in gazetteer.surfaces():
        automaton.add_word(surface, (surface, False))
    for word in rules.block:
        automaton.add_word(word, (word, True))
    automaton.make_automaton()
    return automaton


@cache
def _undivided_cities(gazetteer: Gazetteer) -> frozenset[str]:
    """Ids of prefecture-level cities without county-level divisions (东莞市, 中山市): they hold towns."""
    parents = {p.parent for p in gazetteer.places()}
    return frozenset(p.id for p in gazetteer.places() if p.kind == "city" and p.id not in parents)


# A short form directly followed by a named facility or feature is that place: 平潭口岸, 丹江口水库, 盐田港
# (not 港澳, nor 港型: a kind of hub, 陆港型国家物流枢纽).
_FEATURE = re.compile(r"(?:水库|库区|口岸|机场|港区|港(?![澳台型])|综合实验区|综合试验区|新区|火车站|高铁站)")


class PlaceLinker:
    """Recognise places in Simplified Chinese text and link each to one gazetteer entry.

    Rules, in order:

    1. All gazetteer forms and blocking words are matched at once; a form counts only as a word of
       its own (``kg.link.words``: 扩大连锁 holds no 大连); overlaps are resolved longest first
       (``kg.annotate.resolve``), and a blocking word (长治久安, 全国, 中山大学…) hides what it covers.
    2. Full names, old names, region/park names and short forms of provinces and prefectures
       are accepted alone. Short forms of districts/counties, one-character names with a suffix
       (和县) and the ``risky`` short forms (大同, 白银…) need support (except county short forms of
       three or more characters standing as words: 瓦房店, 霍林郭勒): a place earlier in the same
       list or juxtaposed before them that is one of their ancestors (徐州新沂, 重庆市大渡口区、江津区),
       or a list (、和与及, perhaps with items that are no places between) that also holds a place
       accepted alone, or a named facility or feature
       directly after them (平潭口岸, 丹江口水库). A county's short form (not a ``risky`` one) that
       the document has once accepted with such support is accepted alone elsewhere in it
       (平潭口岸 … 允许平潭各金融机构), and so is a county's or district's short form or one-character name
       with its suffix whose city the document names (临县 in a text of 吕梁市, 关岭 in one of 安顺市), unless
       jieba knows it as a common word (城区, 郊区). A ``risky`` short form directly followed by a zone's or
       facility's ending is accepted where the document names its place otherwise (安康高新区 in a text of
       安康市); so is any county's or district's short form whose city the document names or whose province
       its title names (仁怀集聚区 in a text of 贵州省), whatever jieba takes the word for.
    3. One surface, several places: prefer a reading whose ancestor is earlier in the same list;
       then the kind most neighbours in the list have (唐山、包头、吉林 → 吉林市; 辽宁、吉林 → 吉林省);
       then a reading whose ancestor is established in the document (``context`` or unambiguous
       mentions anywhere in the text); then the higher level, and finally the lowest code.
    4. Parks/zones/bases named after an accepted place are added (``kg.link.parks``); their host
       place stays a mention of its own, so mentions nest only there: a park mention may contain
       place mentions. Otherwise mentions never overlap. Mentions are sorted by start, longest first.
    5. Townships and villages written right after their county (巴东县官渡口镇), or after a city
       without counties (东莞市虎门镇), are added (``kg.link.localities``), each inside the place
       before it, and so are their names written alone elsewhere in the text; features and regions
       built on a place (丹江口水库, 淮河流域) are added (``kg.link.forms.named_features``) with the
       place inside kept; so are bays, islands, straits and port areas named by a name and a head
       (深圳湾, 长兴岛, 曹妃甸港区: ``kg.link.heads``).
    """

    def __init__(self, gazetteer: Gazetteer | None = None, rules: Rules | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.default()
        self.rules = rules or Rules.default()
        self._automaton = _automaton(self.gazetteer, self.rules)
        self._undivided = _undivided_cities(self.gazetteer)
        self._list_heads = feature_heads(place_heads())

    def words(self) -> list[str]:
        """Every surface form of every place, sorted (for jieba's user dictionary)."""
        return self.gazetteer.surfaces()

    def _listed(self, name: str) -> PlaceRecord | None:
        """The listed place named ``name`` in full, if any."""
        return next((e.place for e in self.gazetteer.entries(name) if e.form == "full"), None)

    def tails(self) -> list[str]:
        """Words that may follow a place inside one token (省, 油田, 开发区…), sorted."""
        return sorted({*DIVISION_SUFFIXES, *self.rules.attached, *GEOLOGICAL_ENDINGS, *RIVER_ENDINGS, *AREA_ENDINGS})

    def find(self, text: str, *, context: Sequence[PlaceRecord] = (),
             boundaries: frozenset[int] | None = None, title: tuple[int, int] | None = None) -> list[PlaceMention]:
        """All place mentions in ``text``; ``context`` holds places the document already named;
        ``boundaries`` are the word boundaries of the segmentation (rule 1; None: no word check);
        ``title`` the span of the document's title (a park it is named after, see ``titled_parks``)."""
        listed = [_Match(end + 1 - len(word), end + 1, word, blocks) for end, (word, blocks) in self._automaton.iter(text)]
        spans = self._spans(text, listed, boundaries)
        self._group(text, spans)
        sure = [s for s in spans if len(s.entries) == 1 and s.confident]  # one reading, good alone
        established = {p.id for p in context} | {s.entries[0].place.id for s in sure}
        own = {p.id for p in context} | {s.entries[0].place.id for s in sure
                                         if title is not None and title[0] <= s.start and s.end <= title[1]}
        self._resolve(text, spans, established, own)
        mentions = [PlaceMention(s.start, s.end, s.surface, s.place) for s in spans if s.place is not None]
        mentions += features_inside(mentions, self.gazetteer)
        mentions += find_parks(text, mentions, self.rules, boundaries)
        mentions += defined_parks(text, mentions, self.rules, boundaries)
        mentions += titled_parks(text, title, mentions, self.rules, boundaries) if title else []
        mentions += titled_waters(text, title, mentions, boundaries) if title else []
        mentions += sibling_parks(text, mentions, self.rules, boundaries) if boundaries is not None else []
        localities = find_localities(text, mentions, self._undivided)
        localities += listed_localities(text, mentions, boundaries, {(m.start, m.end) for m in localities})
        localities += governed_localities(text, mentions, boundaries, {(m.start, m.end) for m in localities})
        mentions += localities
        mentions += repeated_names(text, localities, mentions)
        mentions += named_features(text, sorted(mentions, key=lambda m: (m.start, -m.end)), boundaries)
        blocked = [(m.start, m.end) for m in listed if m.blocks]  # the block words hide names found by a head too
        headed = [h for h in headed_names(text, sorted(mentions, key=lambda m: (m.start, -m.end)), boundaries)
                  if not any(start < h.end and h.start < end for start, end in blocked)]  # (绿水青山: no mountain)
        headed = [h for h in headed if not opens_a_name(h, text, headed)]  # X山水库: the mountain names the reservoir
        headed += sibling_parks(text, headed, self.rules, boundaries)  # X国家地质公园、Y国家地质公园
        headed_starts = {h.end: h.start for h in headed}  # one name found by its head ends at each end
        mentions = [m for m in mentions if not _is_head_of(m, headed_starts)] + headed  # (X河流域: the basin too)
        mentions += named_features(text, sorted(mentions, key=lambda m: (m.start, -m.end)), boundaries,
                                   hosts=headed)
        items = shared_head_places(text, sorted(mentions, key=lambda m: (m.start, -m.end)), self._list_heads,
                                   boundaries, self._listed)
        shorter = inside_items(items, mentions)  # 河源 inside the item 曙河源 of 曙河源、X等湿地公园
        mentions = [m for m in mentions if (m.start, m.end) not in shorter] + items
        waters, read_as_water = sibling_waters(text, mentions, boundaries) if boundaries is not None else ([], set())
        mentions = [m for m in mentions if (m.start, m.end) not in read_as_water] + waters  # 怒江 the river
        declared, shorter = declared_waters(text, mentions, boundaries)  # X河、Y渠等河流: the class declares each item
        mentions = [m for m in mentions if (m.start, m.end) not in shorter] + declared
        again = repeated_names(text, [*waters, *declared], mentions)  # the same river written again
        mentions += again
        mentions += named_features(text, sorted(mentions, key=lambda m: (m.start, -m.end)), boundaries,
                                   hosts=[*waters, *declared, *again])  # X河河口
        mentions += extent_defined_regions(text, mentions)  # 所称X，是指北起A，南至B…
        mentions += defined_short_forms(text, mentions, boundaries)
        return sorted(mentions, key=lambda m: (m.start, -m.end, m.place.id))

    def _spans(self, text: str, listed: list[_Match], boundaries: frozenset[int] | None) -> list[_Span]:
        """Matches that are words, longest first (``kg.annotate.resolve``), with blocking words removed
        after they hid what they cover; ``listed`` are the gazetteer's surfaces and the block words in ``text``."""
        matches = [*listed, *self._forms(text, listed, boundaries)]
        words = [m for m in matches if m.bounded or on_word(text, m.start, m.end, boundaries, self.rules)]
        spans: list[_Span] = []
        for match in filter_spans(words, lambda m: m.priority):
            word, reach = match.word, match.end
            if match.blocks:
                continue
            entries = ([Entry(match.found, "full")] if match.found is not None
                       else sorted(self.gazetteer.entries(word), key=_rank))
            feature = word not in self.rules.risky and _FEATURE.match(text, reach) is not None
            confident = [e for e in entries if self._alone(word, e) or (feature and e.form == "short")
                         or (boundaries is not None and self._county_word(word, e))]
            spans.append(_Span(match.start, reach, word, entries, confident))
        return spans

    def _forms(self, text: str, matches: list[_Match], boundaries: frozenset[int] | None) -> list[_Match]:
        """Candidates by form (``kg.link.forms``): informal regions (苏南), runs of province abbreviations
        (川黔交界), abbreviations after a verb (离京), neighbouring countries (中缅边界), features named
        after a place (四川盆地), parts of a sea (西太平洋) and a region written with 地区 (华东地区)."""
        found = [_Match(f.start, f.end, f.place.name, False, f.place) for f in informal_regions(text, self.gazetteer)]
        occupied = frozenset(i for m in matches if m.end - m.start > 1 for i in range(m.start, m.end))
        found += [_Match(f.start, f.end, text[f.start:f.end], False, f.place, bounded=True)
                  for f in (*abbreviation_runs(text, self.gazetteer, boundaries, occupied),
                            *border_countries(text, self.gazetteer, boundaries),
                            *fused_abbreviations(text, self.gazetteer, boundaries, occupied))]
        for match in matches:
            entries = [] if match.blocks else self.gazetteer.entries(match.word)
            for entry in entries:
                form = feature_after(text, match.start, match.end, entry.place) or direction_part(
                    text, match.start, match.end, entry.place)
                official = None if form is not None else state_name(text, match.start, match.end, entry.place)
                chosen = form or official
                if chosen is not None:  # an official name is its own evidence: no word check at its end
                    found.append(_Match(chosen.start, chosen.end, text[chosen.start:chosen.end], False, chosen.place,
                                        bounded=official is not None))
                    break
            region = next((e.place for e in entries if e.place.kind == "region"), None)
            if region is not None and text.startswith("地区", match.end):
                found.append(_Match(match.start, match.end + 2, match.word + "地区", False, region))
        return found

    def _county_word(self, surface: str, entry: Entry) -> bool:
        """A county-level short form of three or more characters standing as a word (瓦房店, 霍林郭勒)."""
        return (entry.form == "short" and entry.place.kind == "county" and len(surface) >= 3
                and surface not in self.rules.risky)

    def _alone(self, surface: str, entry: Entry) -> bool:
        """Whether this reading may be accepted without support (rule 2)."""
        if surface in self.rules.risky:
            return False
        if entry.form == "short":
            return entry.place.kind in ("province", "city")
        return len(surface) > 2 or entry.place.kind not in ("district", "county")

    @staticmethod
    def _group(text: str, spans: list[_Span]) -> None:
        """Number the lists of places: neighbours joined only by an enumerator, or by one or two items
        the gazetteer does not hold (X、站名、Y), share a group."""
        group = 0
        for previous, span in zip([None, *spans], spans, strict=False):
            if previous is not None:
                gap = "".join(text[previous.end:span.start].split())
                if gap in ENUMERATORS or UNLISTED_ITEMS.fullmatch(gap):
                    if gap or text[previous.end:span.start]:
                        previous.listed = span.listed = True
                else:
                    group += 1
            span.group = group

    def _resolve(self, text: str, spans: list[_Span], established: set[str], own: set[str]) -> None:
        """Choose one reading per span, or none when an unsupported form stands alone (rules 2–3);
        ``own`` holds the ids of the places the document is of (its context and those its title names).

        The scope of a list item is the place juxtaposed before it (徐州新沂) or the head that
        opened its sub-list (重庆市 in 重庆市大渡口区、江津区); it lasts while items lie inside it.
        """
        groups: dict[int, list[_Span]] = {}
        for span in spans:
            groups.setdefault(span.group, []).append(span)
        scope: list[PlaceRecord] = []
        for previous, span in zip([None, *spans], spans, strict=False):
            if previous is None or previous.group != span.group:
                scope = []
            elif previous.place is not None and not text[previous.end:span.start].strip():
                scope = [previous.place, *scope]
            family = [s for s in groups[span.group] if s is not span]
            scope_ids = {p.id for p in scope}
            supported = [e for e in span.entries
                         if any(a.id in scope_ids for a in self.gazetteer.ancestors(e.place.id))]
            township = text.startswith(self.rules.township, span.end)
            if supported:
                span.place = supported[0].place
            else:
                pool = [e for e in span.confident if not (township and e.form == "short")]
                if not pool and span.listed and any(s.confident for s in family):
                    pool = span.entries
                plain = not township and span.surface not in self.rules.risky
                if not pool and plain:
                    pool = [e for e in span.entries if (e.form == "short" and e.place.kind == "county"
                                                        and e.place.id in established)
                            or (e.form in ("full", "short") and e.place.kind in ("county", "district")
                                and e.place.parent in established and dictionary_entry(span.surface)[0] in _NAME_TAGS)]
                zone = not pool and self._names_a_zone(text, span.end)  # looked at only while nothing is chosen
                if zone and span.surface in self.rules.risky:
                    pool = [e for e in span.entries if e.place.id in established]  # 安康高新区 in a text of 安康市
                if not pool and plain and zone:  # 仁怀集聚区 in a text of 贵州省 or naming 遵义市
                    pool = [e for e in span.entries if e.form == "short" and e.place.kind in ("county", "district")
                            and (e.place.parent in established
                                 or any(a.id in own for a in self.gazetteer.ancestors(e.place.id)))]
                if pool:
                    span.place = self._prefer(pool, family, established).place
            if span.place is not None:
                scope = [p for p in scope if p.id in {a.id for a in self.gazetteer.ancestors(span.place.id)}]

    def _names_a_zone(self, text: str, end: int) -> bool:
        """Whether a zone's or facility's ending follows a place form ending at ``end`` (高新区, 开发区, 口岸…)."""
        return _FEATURE.match(text, end) is not None or any(
            text.startswith(suffix, end) for suffix in self.rules.park_suffix_bare)

    def _prefer(self, pool: list[Entry], family: list[_Span], established: set[str]) -> Entry:
        """Among several readings, the one fitting the list and the document best (rule 3)."""
        if len({e.place.id for e in pool}) == 1:
            return pool[0]
        kinds = Counter(s.place.kind if s.place is not None else s.entries[0].place.kind
                        for s in family if s.entries and (s.place is not None or len(s.entries) == 1))
        best = max(kinds[e.place.kind] for e in pool)
        pool = [e for e in pool if kinds[e.place.kind] == best]
        rooted = [e for e in pool if any(a.id in established for a in self.gazetteer.ancestors(e.place.id))]
        return (rooted or pool)[0]
