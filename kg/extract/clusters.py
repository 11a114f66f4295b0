"""Industry clusters: a place paired with an industry by the text."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kg.annotate.spans import SpanIndex
from kg.extract.matcher import TermMatch
from kg.extract.model import ClusterFact, Entity, MeasureFact
from kg.link import PlaceMention
from kg.structure import Provision, Span

# Modifiers allowed between a place and its industry: 株洲先进轨道交通装备, 包头稀土新材料.
_MODIFIER = re.compile(r"(?:先进|高端|现代|新型|特色|优势|绿色|智能|新兴|传统|战略性)*")
# Objects that locate an industry in the measure's target places: 打造新材料及环保装备制造基地.
_BASE = re.compile(r"(?:建设|打造|培育|发展|布局|建成|创建|壮大)[^，,；;。]*?"
                   r"(?:基地|产业集群|集群|产业园|集聚区|产业链|创新中心|示范区|产业带)")


def find_clusters(text: str, measures: Sequence[MeasureFact], places: Sequence[PlaceMention],
                  industries: Sequence[TermMatch[Entity]], provision_at: Callable[[int], Provision],
                  park_industries: Sequence[TermMatch[Entity]] = ()) -> list[ClusterFact]:
    """Clusters from two patterns, once per (place, industry, provision).

    1. a place directly followed by an industry (``沈阳机器人``, ``洛阳农机装备``), also a park whose
       name holds an industry (``大连长兴岛(西中岛)石化产业基地``; ``park_industries`` are found inside
       park names without word boundaries);
    2. a measure that builds a base or cluster of an industry in the places it targets
       (``支持自贡、湘潭…等城市打造新材料及环保装备制造基地``).
    """
    found: dict[tuple[str, str, int], ClusterFact] = {}

    def add(place, industry: Entity, span: Span) -> None:
        provision = provision_at(span.start)
        key = (place.id, industry.id, id(provision))
        found.setdefault(key, ClusterFact(place, industry, provision, span))

    by_start = {m.start: m for m in industries}
    industry_index, park_index = SpanIndex(industries), SpanIndex(park_industries)
    for mention in places:
        gap = _MODIFIER.match(text, mention.end)
        industry = by_start.get(mention.end) or by_start.get(gap.end())
        if industry is not None:
            add(mention.place, industry.value, Span(mention.start, industry.end))
        if mention.place.kind == "park":
            for inner in park_index.within(mention.start, mention.end):
                add(mention.place, inner.value, Span(mention.start, mention.end))
    for measure in measures:
        if not measure.targets:
            continue
        for base in _BASE.finditer(text, measure.span.start, measure.span.end):
            for inner in industry_index.within(base.start(), base.end()):
                for place in measure.targets:
                    add(place, inner.value, Span(base.start(), base.end()))
    return sorted(found.values(), key=lambda c: (c.span.start, c.place.id, c.industry.id))
