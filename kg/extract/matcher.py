"""Find lexicon terms in text: Aho-Corasick candidates, kept only where jieba's word boundaries agree."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
import logging
from typing import Generic, TypeVar

import ahocorasick
import jieba

T = TypeVar("T")
jieba.setLogLevel(logging.WARNING)


@dataclass(frozen=True)
class TermMatch(Generic[T]):
    """A term found at ``[start, end)``."""

    start: int
    end: int
    surface: str
    value: T


class TermMatcher(Generic[T]):
    """Leftmost-longest, non-overlapping matching of many surface forms at once (pyahocorasick)."""

    def __init__(self, terms: Mapping[str, T]) -> None:
        self._automaton = ahocorasick.Automaton()
        for surface, value in sorted(terms.items()):
            if surface:
                self._automaton.add_word(surface, (surface, value))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str, boundaries: frozenset[int] | None = None) -> list[TermMatch[T]]:
        """All matches in ``text``; with ``boundaries`` (word boundary offsets), a match must start and
        end on one, so ``家电`` is not found inside ``国家电网``."""
        if self._empty or not text:
            return []
        found: list[TermMatch[T]] = []
        for end_index, (surface, value) in self._automaton.iter_long(text):
            start, end = end_index - len(surface) + 1, end_index + 1
            if boundaries is None or (start in boundaries and end in boundaries):
                found.append(TermMatch(start, end, surface, value))
        return found


class Segmenter:
    """jieba with a user dictionary of the project's lexicon words, so that they stay whole tokens."""

    def __init__(self, words: Iterable[str]) -> None:
        self._tokenizer = jieba.Tokenizer()
        self._tokenizer.initialize()
        for word in sorted(set(words)):
            if len(word) >= 2:
                self._tokenizer.add_word(word, freq=2000)

    def boundaries(self, text: str) -> frozenset[int]:
        """Offsets at which a jieba token starts or ends (0 and ``len(text)`` included)."""
        offsets = {0, len(text)}
        for _, start, end in self._tokenizer.tokenize(text, HMM=False):
            offsets.add(start)
            offsets.add(end)
        return frozenset(offsets)

