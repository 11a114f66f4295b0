"""Character classes shared by the normalisation steps (regex fragments, no data)."""

from __future__ import annotations

import re

HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
"""Han ideographs: 〇, CJK Extension A, the unified block, compatibility ideographs, planes 2–3."""

CJK_PUNCT = (
    "\u3001-\u3006\u3008-\u303f"  # CJK symbols and punctuation (、。〈〉《》「」【】〔〕…)
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"  # full-width ASCII punctuation
    "\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u2027"  # — ‘ ’ “ ” … · ‧
)
"""CJK and full-width punctuation, plus the dashes, curly quotes and dots Chinese text uses."""

SPACE = " \u00a0\u3000\t\u2000-\u200a\u202f\u205f"
"""Horizontal spaces folded to ASCII space."""

SENTENCE_END = "。！？；：!?;:…"
"""Punctuation that closes a sentence or clause block: a line ending in one is never rejoined."""

CLOSERS = "”’」』）)》〉】〕\"'"
"""Closing quotes and brackets that may follow sentence-final punctuation."""

HAN_RE = re.compile(f"[{HAN}]")


def is_han(ch: str) -> bool:
    """True for a Han ideograph."""
    return HAN_RE.match(ch) is not None
