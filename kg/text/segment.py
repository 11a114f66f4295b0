"""Word boundaries: jieba's dictionary segmentation (HMM off), run by rjieba (the jieba-rs binding).

The dictionary is jieba's own ``dict.txt`` plus the project's lexicon words (frequency 2000, as
``jieba.Tokenizer.add_word`` gives them), and the total frequency is kept as jieba keeps it (jieba
adds a replaced word's new frequency without removing the old one), so the tokens are the ones the
``jieba`` package gives — ``tests/text`` compares them on the gold texts — about ten times faster.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache

import rjieba

LEXICON_FREQUENCY = 2000
# never in a normalised text (Unicode private use): carries the frequency jieba counts twice
_TOTAL_CARRIER = "\ue000\ue000"


@cache
def _jieba_dictionary() -> dict[str, tuple[int, str | None]]:
    """jieba's main dictionary: word → (frequency, part-of-speech tag)."""
    import jieba

    entries: dict[str, tuple[int, str | None]] = {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as stream:
        for line in stream:
            word, frequency, *tag = line.split()
            entries[word] = (int(frequency), tag[0] if tag else None)
    return entries


def dictionary_entry(word: str) -> tuple[str | None, int]:
    """The part-of-speech tag (``ns`` for a place name) and frequency jieba's dictionary gives ``word``
    ((None, 0) when it is not listed)."""
    frequency, tag = _jieba_dictionary().get(word, (0, None))
    return tag, frequency


class Segmenter:
    """Segments text with jieba's dictionary plus ``words`` (lexicon words stay whole tokens)."""

    def __init__(self, words: Iterable[str]) -> None:
        self._jieba = rjieba.Jieba.empty()
        base = _jieba_dictionary()
        for word, (frequency, tag) in base.items():
            self._jieba.add_word(word, frequency, tag)
        counted_twice = 0
        for word in sorted(set(words)):
            if len(word) >= 2:
                counted_twice += base.get(word, (0, None))[0]
                self._jieba.add_word(word, LEXICON_FREQUENCY, None)
        if counted_twice:
            self._jieba.add_word(_TOTAL_CARRIER, counted_twice, None)

    def tokens(self, text: str) -> list[tuple[str, int, int]]:
        """(word, start, end) for each token, in order."""
        return [tuple(token) for token in self._jieba.tokenize(text, "default", False)]

    def boundaries(self, text: str) -> frozenset[int]:
        """Offsets at which a token starts or ends (0 and ``len(text)`` included)."""
        offsets = {0, len(text)}
        for _, start, end in self._jieba.tokenize(text, "default", False):
            offsets.add(start)
            offsets.add(end)
        return frozenset(offsets)


def next_boundary(boundaries: frozenset[int], pos: int, limit: int) -> int | None:
    """The first word boundary after ``pos``, up to ``limit`` included (where the word starting at
    ``pos`` ends), or None when there is none."""
    return next((b for b in range(pos + 1, limit + 1) if b in boundaries), None)


def previous_boundary(boundaries: frozenset[int], pos: int, longest: int) -> int | None:
    """Where the word of two to ``longest`` characters ending at ``pos`` starts (the nearest boundary at
    least two characters back), or None when there is none."""
    return next((b for b in range(pos - 2, max(-1, pos - longest - 1), -1) if b in boundaries), None)


def is_verb_before(text: str, pos: int, boundaries: frozenset[int], longest: int = 6,
                   tags: tuple[str, ...] = ("v",)) -> bool:
    """Whether the word ending at ``pos`` has two to ``longest`` characters and jieba's dictionary tags
    it as a verb (保留, 设立; ``tags`` may admit verbal nouns too: ``("v", "vn")``)."""
    if pos not in boundaries:
        return False
    start = previous_boundary(boundaries, pos, longest)
    return start is not None and dictionary_entry(text[start:pos])[0] in tags


def is_verb_at(text: str, pos: int, boundaries: frozenset[int], longest: int = 6,
               tags: tuple[str, ...] = ("v",)) -> bool:
    """Whether the word starting at ``pos`` has two to ``longest`` characters and jieba's dictionary tags
    it as a verb (对接, 突出; ``tags`` as for :func:`is_verb_before`)."""
    if pos not in boundaries:
        return False
    end = next_boundary(boundaries, pos, min(len(text), pos + longest))
    return end is not None and end - pos >= 2 and dictionary_entry(text[pos:end])[0] in tags


# jieba's tags of proper names: places, persons, organisations (not nz, which it gives to many
# common terms: 钛, 锂电).
PROPER_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt"})


def is_proper_name(word: str) -> bool:
    """True when jieba's dictionary tags ``word`` as a proper name (``博鳌``, ``长江``), not a common noun."""
    return _jieba_dictionary().get(word, (0, None))[1] in PROPER_NAME_TAGS


@cache
def plain_segmenter() -> Segmenter:
    """jieba's own dictionary alone (no lexicon words), built once per process."""
    return Segmenter(())
