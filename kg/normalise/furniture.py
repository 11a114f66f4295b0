"""Remove page furniture left by PDF extraction: page-number lines such as ``— 3 —`` or ``第 3 页``."""

from __future__ import annotations

import re

from kg.normalise.offsets import OffsetMap, apply_edits, regex_edits

_N = "[0-9０-９]+"
_DASH = "[-—－–−~～_]+"
_PAGE_MARKER = re.compile(
    "^(?:"
    f"{_DASH} ?{_N} ?{_DASH}"  # — 3 —, - 3 -, －3－
    f"|第 ?{_N} ?页(?: ?[,，/／]? ?共 ?{_N} ?页)?"  # 第 3 页, 第3页/共10页
    f"|共 ?{_N} ?页 ?[,，]? ?第 ?{_N} ?页"  # 共10页 第3页
    f"|{_N} ?[/／] ?{_N}"  # 3/10
    f"|(?i:page) ?{_N}(?: ?(?i:of) ?{_N})?"  # Page 3 of 10
    ")$",
    re.MULTILINE,
)


def drop_page_markers(text: str) -> tuple[str, OffsetMap]:
    """Empty every line that is only a page number marker (the blank line is dropped later)."""
    return apply_edits(text, regex_edits(_PAGE_MARKER, text))
