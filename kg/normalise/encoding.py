"""Tell apart the legacy Chinese encodings (GB18030/GBK, Big5, Big5-HKSCS) and UTF-16 without a BOM.

Big5 bytes are almost all valid GB18030 and GB bytes are mostly valid Big5, so a strict decode
decides nothing. What decides is plausibility: real Chinese text is made almost entirely of the
3,755 common characters of GB 2312 level 1 (after Traditional → Simplified conversion), while text
decoded with the wrong table is a scatter of rare characters. The candidate with the highest share
of common characters wins; a text whose best reading is still mostly rare characters is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import opencc

from kg.normalise.chars import is_han

LEGACY_ENCODINGS = ("gb18030", "big5", "big5hkscs")
"""Tried in this order; on equal plausibility the earlier one wins (Big5-HKSCS, a superset of Big5, only
where plain Big5 does not decode or reads worse)."""

MIN_COMMON_SHARE = 0.75
"""Below this share of common characters among the Han characters, a decoding is judged garbage."""

MIN_HAN = 4
"""Fewer Han characters than this cannot be judged; the first strict decoding is taken."""


@dataclass(frozen=True)
class Reading:
    """One candidate decoding and how plausible it is."""

    encoding: str
    text: str
    han: int
    common_share: float


@lru_cache(maxsize=1)
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _is_common(ch: str) -> bool:
    """A character of GB 2312 level 1 (first byte 0xB0–0xD7): the 3,755 most used characters."""
    try:
        encoded = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and 0xB0 <= encoded[0] <= 0xD7


def plausibility(text: str, sample: int = 20_000) -> tuple[int, float]:
    """``(Han characters, share of them that are common)`` over the first ``sample`` characters."""
    han = [ch for ch in _to_simplified().convert(text[:sample]) if is_han(ch)]
    if not han:
        return 0, 0.0
    return len(han), sum(map(_is_common, han)) / len(han)


def legacy_readings(raw: bytes) -> list[Reading]:
    """Every legacy encoding that decodes ``raw`` strictly, most plausible first."""
    readings = []
    for order, encoding in enumerate(LEGACY_ENCODINGS):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        han, share = plausibility(text)
        readings.append((-share, order, Reading(encoding, text, han, share)))
    return [reading for *_, reading in sorted(readings, key=lambda item: item[:2])]


def utf16_without_bom(raw: bytes) -> str | None:
    """The text when ``raw`` is UTF-16 (LE or BE) without a byte-order mark, else None.

    Such a file has NUL bytes in the high (BE) or low (LE) half of every ASCII character and decodes
    strictly to text with Han characters and no other control characters than line breaks and tabs.
    """
    if len(raw) % 2 or b"\x00" not in raw:
        return None
    best: tuple[int, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if any(ord(ch) < 32 and ch not in "\t\n\r\f" for ch in text[:4096]):
            continue
        han, share = plausibility(text)
        if han >= MIN_HAN and share >= MIN_COMMON_SHARE and (best is None or han > best[0]):
            best = (han, text)
    return best[1] if best else None
