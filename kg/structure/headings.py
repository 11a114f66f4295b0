"""Recognise the numbering conventions of Chinese policy texts (一、 （一） 第一条 1. （1） ①)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.structure.numerals import CHINESE_NUMERAL_CHARS, chinese_to_int

_CN = f"[{CHINESE_NUMERAL_CHARS}]+"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ENUMERATION = re.compile(rf"{_CN}(?:[、类级等档批季])")
MARKER_START = re.compile(rf"(?=[第（(0-9{CHINESE_NUMERAL_CHARS}{_CIRCLED}])")
"""Every position where a marker could begin; :func:`heading_at` decides."""


@dataclass(frozen=True)
class Heading:
    """A numbering marker found at the start of a line.

    ``style`` names the convention (``"第章"``, ``"一、"``, ``"（一）"``…); provisions of one style are
    siblings, a new style opens a deeper level. ``body_start`` is where the text after the marker begins.
    """

    style: str
    kind: str
    number: str
    ordinal: int
    body_start: int


# (style, default kind, pattern with groups "n" (numeral) and the marker ending at match end)
_PATTERNS: list[tuple[str, str, re.Pattern[str]]] = [
    ("第编", "chapter", re.compile(rf"第(?P<n>{_CN})编[ \u3000]*")),
    ("第章", "chapter", re.compile(rf"第(?P<n>{_CN})章[ \u3000]*")),
    ("第节", "section", re.compile(rf"第(?P<n>{_CN})节[ \u3000]*")),
    ("第条", "article", re.compile(rf"第(?P<n>{_CN})条[ \u3000]*")),
    ("一、", "chapter", re.compile(rf"(?P<n>{_CN})[、．.][ \u3000]*")),
    ("（一）", "article", re.compile(rf"[（(][ \u3000]*(?P<n>{_CN})[ \u3000]*[)）][ \u3000]*")),
    ("1.", "item", re.compile(r"(?P<n>\d{1,2})(?:[.．、](?!\d)|[ \u3000]+(?=[\u4e00-\u9fff]))[ \u3000]*")),
    ("（1）", "item", re.compile(r"[（(][ \u3000]*(?P<n>\d{1,2})[ \u3000]*[)）][ \u3000]*")),
    ("①", "item", re.compile(rf"(?P<n>[{_CIRCLED}])[ \u3000]*")),
]


def _canonical_number(style: str, numeral: str) -> str:
    if style.startswith("第"):
        return f"第{numeral}{style[1]}"
    if style == "一、":
        return numeral
    if style == "（一）":
        return f"（{numeral}）"
    if style == "（1）":
        return f"（{numeral}）"
    return numeral


def _ordinal(style: str, numeral: str) -> int:
    if style in ("1.", "（1）"):
        return int(numeral)
    if style == "①":
        return _CIRCLED.index(numeral) + 1
    return chinese_to_int(numeral)


def match_heading(line: str) -> Heading | None:
    """The numbering marker at the start of ``line``, if any (the line must have text after it)."""
    return heading_at(line, 0)


def heading_at(text: str, pos: int) -> Heading | None:
    """The numbering marker starting at ``text[pos]``, if text (not a line break) follows it.

    ``body_start`` is an offset into ``text``. A marker followed by another numeral and an
    enumeration mark or a class word (``一、二、三类地区``, ``一、二类``) enumerates, it does not number.
    """
    for style, kind, pattern in _PATTERNS:
        found = pattern.match(text, pos)
        if not found or found.end() >= len(text) or text[found.end()] == "\n":
            continue
        numeral = found.group("n")
        if style == "1." and text[found.end()].isdigit():
            continue
        if style == "一、" and _ENUMERATION.match(text, found.end()):
            continue
        try:
            ordinal = _ordinal(style, numeral)
        except ValueError:
            continue
        return Heading(style, kind, _canonical_number(style, numeral), ordinal, found.end())
    return None
