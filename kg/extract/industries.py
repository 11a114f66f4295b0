"""Recognise industries named in text, folding surface variants onto the SKOS concepts."""

from __future__ import annotations

import hashlib
import re

from dataclasses import dataclass

from kg.extract.clauses import MODALS, TRIGGERS
from kg.extract.lexicon import industries, surface_index
from kg.extract.matcher import TermMatch, TermMatcher
from kg.extract.model import Entity
from kg.text.segment import PROPER_NAME_TAGS, dictionary_entry

# 装备制造业 → 装备制造, 物流产业 → 物流: the lexicon keeps the stem, the text may add a suffix.
_SUFFIXES = ("产业", "行业", "业")


class IndustryFinder:
    """Finds industry mentions; ``新能源及新能源汽车`` yields both 新能源 and 新能源汽车."""

    def __init__(self) -> None:
        index = surface_index(industries())
        for surface, entity in list(index.items()):
            for suffix in _SUFFIXES:
                if not surface.endswith(suffix) and len(surface) >= 2:
                    index.setdefault(surface + suffix, entity)
        self._index = index
        self._vocabulary = "|".join(index)  # every surface, for word look-ups inside them
        self._matcher: TermMatcher[Entity] = TermMatcher(index)

    def find(self, text: str, boundaries: frozenset[int] | None) -> list[TermMatch[Entity]]:
        """Industry mentions sorted by position, on jieba word boundaries when they are given."""
        return self._matcher.find(text, boundaries)

    def in_phrase(self, text: str, start: int, end: int,
                  boundaries: frozenset[int] | None = None, declared: bool = False) -> list[TermMatch[Entity]]:
        """The industries named by ``text[start:end]``, the object of a statement that pairs a place with
        industries (``大力发展现代煤化工、冰雪经济``): split at 、, 和, 及, 以及; each part is a scheme
        concept when it is one of its surfaces, several when juxtaposed concepts cover it exactly
        (``风电光伏发电``), else a minted concept when its form is an industry's (a head word such as
        产业, 经济, 制造, 装备, 旅游; not an umbrella word or a generic phrase). In a list the text
        ``declared`` a list of industries (closed by 等产业/等行业, or named as pillars: 以X、Y为支柱产业),
        a part of two to eight characters needs no head word (商贸、仓储运输等产业). Lists each closed by
        their class and joined (科技、金融等现代服务业和冰雪经济) are read one by one."""
        closed = _JOINED_AFTER_CLASS.search(text, start, end)
        if closed is not None:
            return [*self.in_phrase(text, start, closed.end(1), boundaries, declared),
                    *self.in_phrase(text, closed.end(), end, boundaries, declared)]
        found: list[TermMatch[Entity]] = []
        shared = _SHARED_HEAD.search(text, start, end)
        if shared is not None and _NOT_IN_PHRASE.search(text, shared.start() + 1, shared.end()):
            shared = None
        end = shared.start() if shared is not None else _list_end(text, start, end)
        declared = declared or shared is not None
        pos = start
        for part in [*_CONJUNCTION.finditer(text, start, end), None]:
            part_end = part.start() if part is not None else end
            found.extend(self._part(text, pos, part_end, boundaries, declared))
            pos = part.end() if part is not None else end
        return found

    def term_at(self, text: str, start: int, limit: int,
                boundaries: frozenset[int] | None = None) -> list[TermMatch[Entity]]:
        """The industry named by the longest phrase that opens at ``start``, ends on a word boundary
        before ``limit`` and has an industry's form (``西安航空物流发展`` → 航空物流): the term a place
        directly qualifies. Empty when no such phrase opens there."""
        for end in range(min(limit, start + MAX_PHRASE), start + 1, -1):
            if boundaries is None or end in boundaries:
                found = self._part(text, start, end, boundaries)
                if found:
                    return found
        return []

    def widest_ending(self, text: str, start: int, end: int,
                      boundaries: frozenset[int] | None = None) -> list[TermMatch[Entity]]:
        """The industry named by the longest phrase that ends at ``end`` and opens on a word boundary
        at or after ``start`` (``…乐城国际医疗旅游`` → 国际医疗旅游: the modifiers of a head word, up to a
        proper name or a bracket). Empty when none does."""
        for opening in range(max(start, end - MAX_PHRASE), end - 1):
            if boundaries is None or opening in boundaries:
                found = self._part(text, opening, end, boundaries)
                if found:
                    return found
        return []

    def reader(self, text: str, boundaries: frozenset[int] | None) -> IndustryReader:
        """This finder bound to one text and its word boundaries."""
        return IndustryReader(self, text, boundaries)

    def _part(self, text: str, start: int, end: int, boundaries: frozenset[int] | None,
              declared: bool = False) -> list[TermMatch[Entity]]:
        while end > start and text[end - 1] == "等":
            end -= 1
        surface = text[start:end]
        if not 2 <= len(surface) <= MAX_PHRASE or not re.fullmatch(r"[\u4e00-\u9fff]+", surface) or surface in _UMBRELLA:
            return []
        if boundaries is not None and (start not in boundaries or end not in boundaries):
            return []
        if surface in self._index:
            return [TermMatch(start, end, surface, self._index[surface])]
        inner = self._matcher.find(surface, None)
        if len(inner) >= 2 and inner[0].start == 0 and inner[-1].end == len(surface) and all(
                a.end == b.start for a, b in zip(inner, inner[1:])) and inner[-1].surface not in _HEADS:
            return [TermMatch(start + m.start, start + m.end, m.surface, m.value) for m in inner]
        if _GENERIC.search(surface) or _NOT_IN_PHRASE.search(surface):
            return []
        headed = surface.endswith(_HEADS) and len(surface) >= 3
        if not (headed or declared and len(surface) <= DECLARED_PHRASE) \
                or self._holds_name_or_verb(text, start, end, boundaries):
            return []
        return [TermMatch(start, end, surface, minted_industry(surface, self.broader_of(surface)))]

    def _holds_name_or_verb(self, text: str, start: int, end: int, boundaries: frozenset[int] | None) -> bool:
        """True when a word of ``text[start:end]`` is a proper name (``博鳌乐城…旅游``, ``贵州山地旅游``: a
        name of a place or a person qualifies an industry, it is no part of the industry's own name) or
        a measure's verb (``打造成大数据产业``). jieba tags some common terms as names (海洋, 海洋渔业); a
        word inside a scheme surface, or holding one, is no name, nor is a word jieba tags as an organisation's
        name only (民用航空: its ``nt`` words are mostly such terms, and no organisation qualifies an industry)."""
        if boundaries is None:
            return False
        cuts = [start, *(b for b in range(start + 1, end) if b in boundaries), end]
        words = [text[a:b] for a, b in zip(cuts, cuts[1:])]
        return any(w in _VERBS or (dictionary_entry(w)[0] in _QUALIFYING_NAME_TAGS and w not in self._vocabulary
                                   and not self._matcher.find(w))
                   for w in words)

    def broader_of(self, label: str) -> Entity | None:
        """The scheme concept whose surface is the longest proper ending of ``label`` (its head):
        ``跨境电商物流`` → 物流; None when no surface of two or more characters ends it."""
        stem = re.sub(r"(?:产业|行业)$", "", label)
        for candidate in dict.fromkeys((label, stem)):
            for cut in range(1, len(candidate) - 1):
                entity = self._index.get(candidate[cut:])
                if entity is not None and candidate[cut:] not in _UMBRELLA:
                    return entity
        return None

    def words(self) -> list[str]:
        """Every surface form, for the segmenter's user dictionary."""
        return [w for w in self._index if re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z]+", w)]


# Open vocabulary: an industry recognised by its form, a noun phrase ending in an industry head word
# (冰雪经济, 林下经济, 低空经济, 预制菜产业), minted as a concept of its own under the nearest scheme concept.
MINTED_PREFIX = "industry/x-"
_HEADS = ("产业", "经济", "制造", "装备", "服务业", "农业", "旅游", "工业", "电商", "物流", "能源", "材料", "医药",
          "化工", "食品", "种植", "养殖", "加工", "贸易", "金融", "业")
# Umbrella words and generic phrases that name no industry of their own.
_UMBRELLA = frozenset({"产业", "制造业", "优势产业", "新兴产业", "特色产业", "主导产业", "支柱产业", "传统产业", "现代产业",
                       "特色优势产业", "重点产业", "老工业",
                       "相关产业", "配套产业", "战略性新兴产业", "工业", "农业", "经济", "服务业", "实体经济",
                       "新兴产业集群", "产业集群", "接续产业", "替代产业", "富民产业", "新产业", "优势特色产业"})
_GENERIC = re.compile(r"(?:实体|民营|县域|区域|地方|国民|宏观|开放型|外向型|市场|社会|城市|农村|集体|非公有制|个体|私营|"
                      r"整体|当地|本地|全省|全市|全国|经济|发展|数字化|规模|总体|生产|流通)经济$"
                      r"|(?:企|就|创|事|行|专|作|职|毕|营|学|实|物|基|主|副|伟|功|家|失|从|立|同)业$"
                      r"|^(?:地区|区域|地方)(?:金融|贸易)$")   # 香港地区金融同业: finance of a place, no kind
_VERBS = frozenset((*TRIGGERS, *MODALS))
_QUALIFYING_NAME_TAGS = PROPER_NAME_TAGS - {"nt"}   # names of places and persons (see _holds_name_or_verb)
_CONJUNCTION = re.compile(r"以及|、|和|及|与|或")
_NOT_IN_PHRASE = re.compile(r"[的等在对为以向把将了是其各该本此个]|下列|以下|如下|上述|这些|范围|有关|相关|省级|全国|全省|全球|世界级|区域性|一批|若干|发展|建设|推进|推动|加快|支持|促进|提升|打造|培育|壮大|建成"
                            r"|从事|或者|水域|岸线|保护区|规划|布局|开发区|国家")   # 在…水域从事水产养殖: where an activity is done; 国家(级)
# 新能源汽车等产业, 银行、证券等金融业态, 船舶管理、航运保险等国际航运现代服务产业, 科技、金融等现代服务业,
# 数字经济、冰雪经济等经济形态: a class of industries
# after 等 (an umbrella or a modified class word, no clause of its own) closes a list of industries; not a list of
# departments (…、税务等部门在产业园区内…) nor a park (等产业园).
CLASS_AFTER_LIST = r"等(?:(?!部门|单位|机构|在|的)[\u4e00-\u9fff]){0,10}?(?:产业(?!园|基地)|行业|业态|服务业|制造业|经济形态)"
_JOINED_AFTER_CLASS = re.compile(f"({CLASS_AFTER_LIST})(?:以及|、|和|及|与)")   # a list closed, another joined
_SHARED_HEAD = re.compile(r"(?:" + CLASS_AFTER_LIST + r"|等[\u4e00-\u9fff]{0,6}?(?:领域|业务))$")   # 等服务贸易新领域, 等金融业务
MAX_PHRASE = 12
DECLARED_PHRASE = 8   # characters of a part of a declared list of industries that has no head word


@dataclass(frozen=True)
class IndustryReader:
    """An ``IndustryFinder`` bound to one text and its word boundaries, as relation rules read it."""

    finder: IndustryFinder
    text: str
    boundaries: frozenset[int] | None

    def in_phrase(self, start: int, end: int, declared: bool = False) -> list[TermMatch[Entity]]:
        """The industries of the object phrase ``text[start:end]`` (``IndustryFinder.in_phrase``)."""
        return self.finder.in_phrase(self.text, start, end, self.boundaries, declared)

    def term_at(self, start: int, limit: int) -> list[TermMatch[Entity]]:
        """The industry term opening at ``start`` (``IndustryFinder.term_at``)."""
        return self.finder.term_at(self.text, start, limit, self.boundaries)


def _list_end(text: str, start: int, end: int) -> int:
    """Where the items of a list in ``text[start:end]`` end: at the 等 after its last item, when a phrase that is
    no class of industries follows it (``冰雪旅游、工业旅游等具有核心竞争力的旅游产品``: what follows 等 only
    qualifies the items); ``end`` for a phrase that is no such list."""
    closing = text.rfind("等", start, end)
    if closing < 0 or closing + 1 == end or _CONJUNCTION.search(text, closing, end) \
            or not _CONJUNCTION.search(text, start, closing):
        return end
    return closing


def minted_industry(label: str, broader: Entity | None) -> Entity:
    """A concept for an industry the scheme lacks; its IRI comes from a hash of its label."""
    digest = hashlib.sha1(label.encode("utf-8")).hexdigest()[:10]
    return Entity(id=f"{MINTED_PREFIX}{digest}", name=label, kind="industry",
                  broader=broader.id if broader is not None else None)


def is_umbrella(entity: Entity) -> bool:
    """True for a class of industries that names no sector of its own (制造业, 战略性新兴产业, 特色优势产业): a
    place is not paired with it as a cluster."""
    return any(name in _UMBRELLA for name in (entity.name, *entity.aliases))


def is_minted(entity: Entity) -> bool:
    """True for a concept minted from the text rather than taken from the SKOS scheme."""
    return entity.id.startswith(MINTED_PREFIX)
