"""Industry clusters: a place paired with an industry by the text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kg.annotate.spans import SpanIndex
from kg.extract.matcher import TermMatch
from kg.extract.model import ClusterFact, Entity, MeasureFact
from kg.link import PlaceMention
from kg.structure import Provision, Span

# The industries a span of text names (IndustryFinder.in_phrase, bound to the text and its words).
PhraseReader = Callable[[int, int], list[TermMatch[Entity]]]

# Modifiers allowed between a place and its industry: 株洲先进轨道交通装备, 包头稀土新材料.
_MODIFIER = re.compile(r"(?:先进|高端|现代|新型|特色|优势|绿色|智能|新兴|传统|战略性)*")
# Objects that locate an industry in the measure's target places: 打造新材料及环保装备制造基地.
_BASE_WORDS = r"(?:示范基地|基地|产业集群|集群|产业园区|产业园|园区|集聚区|产业链|创新中心|中心|示范区|产业带)"
_BASE = re.compile(r"(?:建设|打造|培育|发展|布局|建成|创建|壮大)([^，,；;。]*?)" + _BASE_WORDS)
# A place developing industries: 鄂尔多斯市大力发展现代煤化工, 支持X培育壮大冰雪经济.
_DEVELOP = re.compile(r"(?:大力|加快|积极|重点|着力|继续|优先|率先|进一步|因地制宜|有序)*"
                      r"(?:发展壮大|培育壮大|做大做强|做强做优|做优做强|发展|培育|壮大)"
                      r"(?:壮大|一批)?([^，,；;。：:（(]{2,40})")
# Industries moving to a place: 引导纺织服装产业向中西部和东北地区转移, Y产业向X集聚.
_GATHER = re.compile(r"(?:等地区|等地)?(?:集聚|聚集|集中|转移|布局)")
# Words that lead the phrase before 向 and are no part of the industry.
_LEAD_VERB = re.compile(r"^(?:推动|引导|促进|鼓励|支持|加快|推进|吸引)+")
# A place qualifying an industry with 的 or directly, up to a head word: 宁夏的枸杞产业, 江西稀土产业.
_QUALIFIED = re.compile(r"的?([\u4e00-\u9fff]{1,10}?(?:产业|经济))(?![\u4e00-\u9fff]*?(?:产业|经济))")
_CLAUSE_END = "，,；;。：:！？!?\n"
# A place written as a model to follow is not where the industry is: 借鉴北京市服务业扩大开放…经验.
_MODEL_BEFORE = re.compile(r"(?:借鉴|学习|参照|比照|参考)$")


def find_clusters(text: str, measures: Sequence[MeasureFact], places: Sequence[PlaceMention],
                  industries: Sequence[TermMatch[Entity]], provision_at: Callable[[int], Provision],
                  park_industries: Sequence[TermMatch[Entity]] = (),
                  in_phrase: PhraseReader | None = None, names: Sequence[Span] = ()) -> list[ClusterFact]:
    """Clusters, once per (place, industry, provision), from these constructions:

    1. a place directly followed by an industry (``沈阳机器人``, ``洛阳农机装备``, ``宁夏的枸杞产业``),
       also a park whose name holds an industry (``大连长兴岛(西中岛)石化产业基地``; ``park_industries``
       are found inside park names without word boundaries);
    2. a measure that builds a base or cluster of an industry in the places it targets
       (``支持自贡、湘潭…等城市打造新材料及环保装备制造基地``), or develops industries there
       (``鄂尔多斯市大力发展现代煤化工``);
    3. industries moving to a place (``引导纺织服装产业向X转移``, ``Y产业向X集聚``).

    ``in_phrase`` reads the industries of an object phrase, including those the scheme lacks. A place
    inside an organisation's name (``names``: 上海市医药集中招标采购事务管理所) or written as a model
    (借鉴X…) qualifies no industry.
    """
    found: dict[tuple[str, str, int], ClusterFact] = {}

    def add(place, industry: Entity, span: Span) -> None:
        provision = provision_at(span.start)
        key = (place.id, industry.id, id(provision))
        found.setdefault(key, ClusterFact(place, industry, provision, span))

    by_start = {m.start: m for m in industries}
    industry_index, park_index = SpanIndex(industries), SpanIndex(park_industries)
    for mention in places:
        if any(n.start <= mention.start and mention.end <= n.end for n in names) or _MODEL_BEFORE.search(
                text, max(0, mention.start - 2), mention.start):
            continue
        gap = _MODIFIER.match(text, mention.end)
        industry = by_start.get(mention.end) or by_start.get(gap.end())
        if industry is not None:
            add(mention.place, industry.value, Span(mention.start, industry.end))
        elif in_phrase is not None and mention.place.kind != "park":
            qualified = _QUALIFIED.match(text, mention.end)
            for inner in in_phrase(qualified.start(1), qualified.end(1)) if qualified else ():
                add(mention.place, inner.value, Span(mention.start, inner.end))
        if mention.place.kind == "park":
            for inner in park_index.within(mention.start, mention.end):
                add(mention.place, inner.value, Span(mention.start, mention.end))
    for measure in measures:
        if not measure.targets:
            continue
        for base in _BASE.finditer(text, measure.span.start, measure.span.end):
            inside = in_phrase(base.start(1), base.end(1)) if in_phrase is not None else []
            inside = inside or list(industry_index.within(base.start(), base.end()))
            for inner in inside:
                for place in measure.targets:
                    add(place, inner.value, Span(base.start(), base.end()))
        for develop in _DEVELOP.finditer(text, measure.span.start, measure.span.end) if in_phrase else ():
            start, end = develop.start(1), develop.end(1)
            tail = re.search(_BASE_WORDS + r"?(?:建设|发展)?$", text[start:end])
            for inner in in_phrase(start, start + tail.start() if tail else end):
                for place in measure.targets:
                    add(place, inner.value, Span(develop.start(), inner.end))
    for mention in places if in_phrase else ():
        if text[mention.start - 1:mention.start] != "向" or not _GATHER.match(text, mention.end):
            continue
        start = mention.start - 1
        while start > 0 and text[start - 1] not in _CLAUSE_END:
            start -= 1
        lead = _LEAD_VERB.match(text[start:mention.start - 1])
        for inner in in_phrase(start + (lead.end() if lead else 0), mention.start - 1):
            add(mention.place, inner.value, Span(inner.start, mention.end))
    return sorted(found.values(), key=lambda c: (c.span.start, c.place.id, c.industry.id))
