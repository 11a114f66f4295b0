"""Recognise industries named in text, folding surface variants onto the SKOS concepts."""

from __future__ import annotations

import re

from kg.extract.lexicon import industries, surface_index
from kg.extract.matcher import TermMatch, TermMatcher
from kg.extract.model import Entity

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
        self._matcher: TermMatcher[Entity] = TermMatcher(index)

    def find(self, text: str, boundaries: frozenset[int] | None) -> list[TermMatch[Entity]]:
        """Industry mentions sorted by position, on jieba word boundaries when they are given."""
        return self._matcher.find(text, boundaries)

    def words(self) -> list[str]:
        """Every surface form, for the segmenter's user dictionary."""
        return [w for w in self._index if re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z]+", w)]
