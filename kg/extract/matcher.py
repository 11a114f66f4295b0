"""Find lexicon terms in text: Aho-Corasick candidates, kept only where jieba's word boundaries agree."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from kg.text.segment import Segmenter as WordSegmenter

T = TypeVar("T")


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
    """jieba with a user dictionary of the project's lexicon words, so that they stay whole tokens.

    jieba's own dictionary holds whole names (``湖北省人民政府``, ``辽宁沈阳``, ``大庆油田``). A token
    that is exactly a name from ``heads`` followed by further heads or ``tails`` (suffixes such as
    省, 人民政府, 油田; the extractor adds its industry words: 湖北烟草) is a compound: its inner joints are word boundaries too, so the place inside
    counts. So is a token that opens with a head and closes with one of ``name_ends`` (an
    organisation named after a place: ``北京师范大学``). Other tokens are never split (``扩大``,
    ``大庆典``).
    """

    def __init__(self, words: Iterable[str], heads: Iterable[str] = (), tails: Iterable[str] = (),
                 name_ends: Iterable[str] = ()) -> None:
        self._words = WordSegmenter(words)
        self._heads = frozenset(h for h in heads if h)
        self._pieces = self._heads | frozenset(t for t in tails if t)
        self._longest = max((len(p) for p in self._pieces), default=0)
        self._name_ends = frozenset(e for e in name_ends if e)
        self._name_end_sizes = sorted({len(e) for e in self._name_ends}, reverse=True)

    def boundaries(self, text: str) -> frozenset[int]:
        """Offsets at which a jieba token (or a part of a compound token) starts or ends (0 and
        ``len(text)`` included)."""
        offsets = {0, len(text)}
        for word, start, end in self._words.tokens(text):
            offsets.add(start)
            offsets.add(end)
            if end - start >= 3 and self._heads:
                offsets.update(start + joint for joint in self.joints(word))
        return frozenset(offsets)

    def joints(self, word: str) -> tuple[int, ...]:
        """Inner offsets of ``word`` read as a head followed by heads or tails, fewest parts first; else
        those of a head, a name and a name ending; empty when it is no such compound (as when no head
        opens it, the case of most words)."""
        heads = [size for size in range(1, min(len(word), self._longest) + 1) if word[:size] in self._heads]
        if not heads:
            return ()
        parts = self._parts(word)
        if parts is not None:
            return parts
        head = max((size for size in heads if 2 <= size <= len(word) - 1), default=0)
        end = self._name_end(word) if head else 0
        if end and head < len(word) - end:
            return (head, len(word) - end)
        return ()

    def _parts(self, word: str) -> tuple[int, ...] | None:
        """Inner offsets of ``word`` read as a head followed by heads or tails, fewest parts first; None
        when it cannot be read so."""
        best: list[tuple[int, ...] | None] = [None] * (len(word) + 1)
        for end in range(1, len(word) + 1):
            for size in range(min(end, self._longest), 0, -1):
                piece, start = word[end - size:end], end - size
                if start == 0 and piece in self._heads:
                    candidate: tuple[int, ...] = ()
                elif start > 0 and piece in self._pieces and best[start] is not None:
                    candidate = (*best[start], start)
                else:
                    continue
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
        return best[len(word)]

    def _name_end(self, word: str) -> int:
        """The length of the longest of the name endings that ``word`` ends with (0: none)."""
        return next((size for size in self._name_end_sizes
                     if size <= len(word) and word[-size:] in self._name_ends), 0)
