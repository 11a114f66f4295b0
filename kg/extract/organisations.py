"""Organisations that no lexicon lists, named by a construction: a proper left part and a head.

A head (``kg/data/actors/organisation_heads.tsv``: 组织委员会, 协调委员会(办公室), 专家组, 村民委员会,
联合会, 大学, 天文台, 分公司 …) gives the kind of the organisation. The hard part is the left boundary:
the name runs left from the head over words of the segmentation and stops at punctuation, a function
word (的, 和, 由, 向 …), a verb word (jieba's tag ``v``; a trigger verb such as 发展 also when the
head is not one of a body named after its task — 协调委员会, 专家组 — whose names hold such words: 调查专家组)
or after ``MAX_NAME`` characters. Of that stretch the name is the longest part that starts at an anchor: a place mention,
a year (2008年), an ordinal (第29届) or an organisation prefix (中国, 国际, 中华全国 …). Without an anchor
there is no name (成立联合办公室 is no proper name). A university or institute may be followed by its
campus in brackets (…大学（武汉）).
"""

from __future__ import annotations

import csv
import hashlib
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kg.extract.clauses import TRIGGERS
from kg.extract.matcher import TermMatch
from kg.extract.model import Entity
from kg.link import PlaceMention
from kg.resources import data_dir
from kg.text.segment import dictionary_entry

MAX_NAME = 30
ORGANISATION_PREFIXES = ("中华全国", "中国", "国际", "世界", "亚洲", "全国")
_ANCHOR = re.compile(r"(?:19|20)\d{2}年|第[0-9一二三四五六七八九十百]+届")
_ORDINAL_WORD = re.compile(r"[第届年0-9一二三四五六七八九十百]+")
# A village, town, township or neighbourhood named right before its committee (X村村民委员会).
_SETTLEMENT = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:村|镇|乡|社区|街道)")
_CAMPUS_HEADS = ("大学", "学院", "研究院")
# Tags of words that cannot be inside a name: prepositions, conjunctions, particles, pronouns, adverbs
# (and the plain verb tag ``v``; a verbal noun, ``vn``, may be: 调查专家组).
_STOP_TAGS = ("p", "c", "u", "r", "d")
_TRIGGER_WORDS = frozenset(TRIGGERS)
GENERIC_REFERENCE = re.compile(r"有关|相关|其他|所属|下属|各类|各级|上述|该|级以上")  # 县级以上X部门: no one body


def organisation_entity(name: str, kind: str) -> Entity:
    """The actor an organisation's name found in a text makes: ``actor/org-`` and 10 hex digits of sha1
    of the name (the same name is the same actor in every document)."""
    return Entity(id="actor/org-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10], name=name, kind=kind)


# A place's role as a hub, named like a body (成渝综合性科学中心, 上海国际金融中心, 城市新中心): a designation of
# the place or a platform, not an organisation that acts. A listed body keeps its name (国家信息中心); a place
# opening one only qualifies it (kg.extract.targets).
HUB_DESIGNATIONS = ("科学中心", "金融中心", "贸易中心", "航运中心", "物流中心", "商务中心", "消费中心", "科创中心",
                    "科技创新中心", "新中心", "经济中心", "文化中心", "交往中心", "会展中心", "枢纽中心")


def is_minted_organisation(entity: Entity) -> bool:
    """True for an organisation named by form in a text (:func:`organisation_entity`), not a listed body."""
    return entity.id.startswith("actor/org-")


@dataclass(frozen=True)
class OrganisationHead:
    """A head word that ends an organisation's name, the kind it gives, and whether the words before it
    may hold a verb of its task (协调, 调查)."""

    head: str
    kind: str
    verbs_inside: bool


@cache
def organisation_heads() -> tuple[OrganisationHead, ...]:
    """The heads of ``organisation_heads.tsv``, longest first."""
    with (data_dir() / "actors" / "organisation_heads.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return tuple(sorted((OrganisationHead(r["head"], r["kind"], r["verbs_inside"] == "yes") for r in rows),
                        key=lambda h: (-len(h.head), h.head)))


def named_organisations(text: str, boundaries: frozenset[int], places: Sequence[PlaceMention],
                        body_words: frozenset[str] = frozenset()) -> list[TermMatch[Entity]]:
    """Organisations named by an anchored left part and a head, sorted by position, not overlapping
    (the longest first). A word of ``body_words`` (人民政府, 公司…) or a head ends another body's name:
    the name starts after it (巴东县人民政府委托中国地质大学 names 中国地质大学)."""
    heads = organisation_heads()
    pattern = re.compile("|".join(re.escape(h.head) for h in heads))
    by_head = {h.head: h for h in heads}
    place_starts = frozenset(p.start for p in places)
    cuts = sorted(boundaries)
    found: list[TermMatch[Entity]] = []
    for match in pattern.finditer(text):
        if match.end() not in boundaries:
            continue
        head = by_head[match.group()]
        start = _name_start(text, match.start(), cuts, place_starts, head.verbs_inside, body_words | by_head.keys())
        if start is None:
            continue
        end = _campus_end(text, match.end(), places) if head.head in _CAMPUS_HEADS else match.end()
        name = text[start:end]
        entity = organisation_entity(name, head.kind)
        found.append(TermMatch(start, end, name, entity))
    kept: list[TermMatch[Entity]] = []
    for candidate in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if not any(k.start < candidate.end and candidate.start < k.end for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda m: (m.start, m.end))


def _name_start(text: str, head_start: int, cuts: Sequence[int], place_starts: frozenset[int],
                verbs_inside: bool, body_words: frozenset[str]) -> int | None:
    """The leftmost anchor of the stretch of name words before ``head_start`` (see the module). A head
    inside a word (中国地质大学 is one jieba word) cuts that word: its first part is a name word. Before
    a head that names a body after its task, a verb is part of the name (城市运行协调委员会) unless it
    stands right before an anchor (组建2008年…): then it opens the name."""
    index = bisect_left(cuts, head_start)
    anchor: int | None = None
    while index > 0:
        begin, end = cuts[index - 1], (cuts[index] if index < len(cuts) and cuts[index] < head_start else head_start)
        word = text[begin:end]
        if head_start - begin > MAX_NAME or word in body_words or _stops(word, verbs_inside and anchor != end):
            break
        if begin in place_starts or _ANCHOR.match(text, begin) or text.startswith(ORGANISATION_PREFIXES, begin) \
                or ((settlement := _SETTLEMENT.match(text, begin)) and settlement.end() == head_start):
            anchor = begin
        index -= 1
    if anchor is None or GENERIC_REFERENCE.search(text, anchor, head_start):
        return None
    return anchor


def _stops(word: str, verbs_allowed: bool) -> bool:
    """Whether ``word`` cannot be part of a name (punctuation, a function word, a verb unless allowed;
    a trigger verb such as 发展 unless verbs are allowed). Ordinal words (第, 届) never stop."""
    if not all("\u4e00" <= ch <= "\u9fff" or ch.isdigit() for ch in word):
        return True
    if _ORDINAL_WORD.fullmatch(word):
        return False
    tag = dictionary_entry(word)[0] or ""
    if tag == "v" or word in _TRIGGER_WORDS:
        return not verbs_allowed
    return tag.startswith(_STOP_TAGS)


def _campus_end(text: str, end: int, places: Sequence[PlaceMention]) -> int:
    """The end of a campus in brackets after a university (…大学（武汉）), else ``end``."""
    if end < len(text) and text[end] in "（(":
        for place in places:
            if place.start == end + 1 and place.end < len(text) and text[place.end] in "）)":
                return place.end + 1
    return end
