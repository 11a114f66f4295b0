"""Find an entity's names in a sentence and mark them in HTML, escaping every piece of text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape


def name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern for any of ``names``, longest first; None when there is no name."""
    unique = sorted({name for name in names if name.strip()}, key=lambda name: (-len(name), name))
    if not unique:
        return None
    return re.compile("|".join(re.escape(name) for name in unique), re.IGNORECASE)


def mark(text: str, pattern: re.Pattern[str] | None) -> str:
    """``text`` as HTML: every piece escaped, each match of ``pattern`` inside ``<mark>``."""
    if pattern is None:
        return escape(text)
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts += [escape(text[last:match.start()]), f"<mark>{escape(match.group())}</mark>"]
        last = match.end()
    parts.append(escape(text[last:]))
    return "".join(parts)
