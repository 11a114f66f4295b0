"""Recognise the numbering conventions of Chinese policy texts (一、 （一） 第一条 1. 1.1 （1） ①).

Decimal numbering (``1 总则``, ``1.1 编制目的``, ``2.1.3 …``, as in emergency plans) has one style per
depth (``1.1``, ``1.1.1`` …); its first level is the ``1.`` style, which may then stand without a
separator (``1总则``) when its title fills the line or its first sub-number ``1.1`` follows the title.
A number followed by a measure word (``1.5亿元``, ``2个``, ``2025年``) is a quantity, not a marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.structure.numerals import CHINESE_NUMERAL_CHARS, chinese_to_int

_CN = f"[{CHINESE_NUMERAL_CHARS}]+"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ENUMERATION = re.compile(rf"{_CN}(?:[、类级等档批季])")
_QUANTITY = re.compile("[个项万亿千百元米吨亩斤克倍届轮年月岁版%％‰]|小时|公[里斤顷]|[平立]方")
"""A measure word right after a number makes it a quantity (``1.5亿元``, ``3个``, ``2.5公里``)."""
MAX_TITLE_CHARS = 40
"""The longest title a heading may have."""
_UNNUMBERED_TITLE = re.compile(rf"[^\n\d，。；：,;:！？!?、]{{1,{MAX_TITLE_CHARS}}}")
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
    ("1.1", "article", re.compile(r"(?P<n>\d{1,2}(?:[.．]\d{1,2}){1,4})(?![.．]?\d)[.．、]?[ \u3000]*")),
    ("1.", "item", re.compile(r"(?P<n>\d{1,2})(?:[.．、](?!\d)|[ \u3000]+(?=[\u4e00-\u9fff])|(?P<bare>(?=[\u4e00-\u9fff])))"
                              r"[ \u3000]*")),
    ("（1）", "item", re.compile(r"[（(][ \u3000]*(?P<n>\d{1,2})[ \u3000]*[)）][ \u3000]*")),
    ("①", "item", re.compile(rf"(?P<n>[{_CIRCLED}])[ \u3000]*")),
]


def _canonical_number(style: str, numeral: str) -> str:
    if style == "1.1":
        return ".".join(str(int(part)) for part in re.split("[.．]", numeral))
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
    if style == "1.1":
        return int(re.split("[.．]", numeral)[-1])
    if style == "①":
        return _CIRCLED.index(numeral) + 1
    return chinese_to_int(numeral)


def match_heading(line: str) -> Heading | None:
    """The numbering marker at the start of ``line``, if any (the line must have text after it)."""
    return heading_at(line, 0)


def heading_at(text: str, pos: int) -> Heading | None:
    """The numbering marker starting at ``text[pos]``, if text (not a line break) follows it.

    ``body_start`` is an offset into ``text``. A marker followed by another numeral and an
    enumeration mark or a class word (``一、二、三类地区``, ``一、二类``) enumerates, it does not number;
    an Arabic number followed by a measure word counts, it does not number either. A decimal number
    of depth *d* has style ``1.1`` repeated: ``1.1`` for ``2.3``, ``1.1.1`` for ``2.1.3``.
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
        if style in ("1.", "1.1") and _QUANTITY.match(text, found.end("n")) or (
                style == "1.1" and _QUANTITY.match(text, found.end())):  # 2.5 万亩
            continue
        if style == "1." and found.group("bare") is not None and not _bare_title(text, found.end(), numeral):
            continue
        try:
            ordinal = _ordinal(style, numeral)
        except ValueError:
            continue
        number = _canonical_number(style, numeral)
        if style == "1.1":
            if "0" in number.split("."):
                continue
            depth = number.count(".") + 1
            style, kind = "1" + ".1" * (depth - 1), "article" if depth == 2 else "item"
        return Heading(style, kind, number, ordinal, found.end())
    return None


def _bare_title(text: str, pos: int, numeral: str) -> bool:
    """True when the title after a number without separator (``1总则``) fills its line, or is followed
    by the number's first decimal sub-number (``1总则1.1编制目的``, a text without line breaks)."""
    title = _UNNUMBERED_TITLE.match(text, pos)
    if title is None:
        return False
    if title.end() == len(text) or text[title.end()] == "\n":
        return True
    child = re.compile(rf"[^\n，。；：,;:！？!?、]{{0,{MAX_TITLE_CHARS}}}?{numeral}[.．]1(?![.．]?\d)")
    return child.match(text, pos) is not None
