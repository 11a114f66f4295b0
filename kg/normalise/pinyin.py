"""Strip pinyin annotations such as ``區(qū)``: a parenthesised pinyin syllable right after a Han character."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from kg.normalise.chars import HAN
from kg.normalise.offsets import OffsetMap, apply_edits

_DATA = Path(__file__).resolve().parent / "data" / "pinyin_syllables.txt"

# Tone marks as combining characters after NFD: macron, acute, caron, grave.
_TONE_MARKS = dict.fromkeys(map(ord, "\u0304\u0301\u030c\u0300"))

_CANDIDATE = re.compile(
    f"(?<=[{HAN}])[(（] ?([A-Za-z\u00c0-\u024f\u0300-\u036f]+) ?[)）]"
)


@cache
def syllables() -> frozenset[str]:
    """The toneless pinyin syllables from the data file."""
    lines = _DATA.read_text(encoding="utf-8").splitlines()
    return frozenset(word for line in lines if not line.startswith("#") for word in line.split())


def parse_syllable(word: str) -> tuple[bool, bool]:
    """Return (is a valid lowercase pinyin syllable, carries a tone mark); ``v`` stands for ``ü``."""
    if word != word.lower():
        return False, False
    decomposed = unicodedata.normalize("NFD", word)
    bare = decomposed.translate(_TONE_MARKS)
    toned = len(bare) != len(decomposed)
    bare = unicodedata.normalize("NFC", bare).replace("v", "ü")
    return bare in syllables(), toned


def strip_pinyin(text: str) -> tuple[str, OffsetMap]:
    """Delete pinyin annotations after Han characters, keeping every other parenthesis.

    A toned syllable (``(qū)``) is always an annotation. A toneless one (``(qu)``) is taken
    for one only when the text carries toned annotations too, so ``条款(a)`` survives in
    ordinary text. Acronyms (``模式(PPP)``) and non-syllables (``(abc)``) are never touched.
    """
    found: list[tuple[int, int, bool]] = []
    any_toned = False
    for match in _CANDIDATE.finditer(text):
        valid, toned = parse_syllable(match.group(1))
        if valid:
            found.append((match.start(), match.end(), toned))
            any_toned = any_toned or toned
    return apply_edits(text, [(s, e, "") for s, e, toned in found if toned or any_toned])
