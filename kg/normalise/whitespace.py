"""Whitespace steps: fold line breaks and spaces, drop the stray spaces PDF extraction leaves in CJK text."""

from __future__ import annotations

import re

from kg.normalise.chars import CJK_PUNCT, HAN, SPACE
from kg.normalise.offsets import OffsetMap, apply_edits, regex_edits

_CR = re.compile(r"\r\n?|[\f\v\x1c-\x1e\x85\u2028\u2029]")
_SPACES = re.compile(f"(?! )[{SPACE}]")  # an ASCII space is one already: no edit
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")

_WIDE = f"{HAN}{CJK_PUNCT}"
_NEAR = f"{_WIDE}0-9A-Za-z!-/:-@\\[-`{{-~"
# A run of spaces with a CJK character on one side and CJK, a digit, a Latin letter or ASCII
# punctuation on the other (``5G 网络`` → ``5G网络``); spaces between Latin words stay.
_CJK_GAP = re.compile(f"(?<=[{_WIDE}]) +(?=[{_NEAR}])|(?<=[{_NEAR}]) +(?=[{_WIDE}])")
_LINE_EDGE = re.compile(r"^ +| +$", re.MULTILINE)
_EXTRA_SPACE = re.compile(r"(?<= ) +")
_BLANK_LINES = re.compile(r"^\n+|\n+$|(?<=\n)\n+")


def fold_breaks(text: str) -> tuple[str, OffsetMap]:
    """CR LF, CR, form feed and Unicode line separators become LF."""
    return apply_edits(text, [(m.start(), m.end(), "\n") for m in _CR.finditer(text)])


def fold_spaces(text: str) -> tuple[str, OffsetMap]:
    """Tabs, no-break, ideographic and other horizontal spaces become ASCII spaces; invisible ones go."""
    edits = regex_edits(_SPACES, text, " ") + regex_edits(_INVISIBLE, text)
    return apply_edits(text, sorted(edits))


def drop_cjk_spaces(text: str) -> tuple[str, OffsetMap]:
    """Delete spaces next to CJK text (``科 技 部``, ``( 一)``, ``建设了 20 个``); keep those between Latin words."""
    return apply_edits(text, regex_edits(_CJK_GAP, text))


def trim_lines(text: str) -> tuple[str, OffsetMap]:
    """Trim both ends of every line and squeeze runs of spaces to one."""
    return apply_edits(text, _merge(regex_edits(_LINE_EDGE, text) + regex_edits(_EXTRA_SPACE, text)))


def drop_blank_lines(text: str) -> tuple[str, OffsetMap]:
    """Drop empty lines, including at the start and end of the text."""
    return apply_edits(text, regex_edits(_BLANK_LINES, text))


def _merge(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sort deletions and fuse overlapping ones."""
    merged: list[tuple[int, int, str]] = []
    for start, end, new in sorted(edits):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), "")
        else:
            merged.append((start, end, new))
    return merged
