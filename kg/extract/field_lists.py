"""Departments of a local government named by a list of their fields: ``省人民政府发展改革、交通运输等主管部门``.

Laws name the departments of a government by the fields they govern, several at once, sharing one head
(``X人民政府A、B、C等有关主管部门``). After a government's name, a list of two or more fields of
``local_fields.tsv`` (or one field and 等) joined by 、, 和, 及 or 与 and closed by a department head
(部门, 主管部门, 行政主管部门 …) names each field's department of that government's division; a later item
the table lacks (金融, 税务) names none and does not end the list. A level word of the text's own division
followed by such a list (``市发展改革、教育等相关部门``) names its departments the same way. The
first department's mention runs from the division's name to its field; each later one covers its field.
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.lexicon import FIELD_HEADS, LocalBodySuffix, field_suffixes


# A later item the table has no department for (金融, 税务: a vertical or differently named body), kept
# in the list so that the fields after it still count.
_OTHER_ITEM = r"[\u4e00-\u9fff]{2,8}?"


def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def _field_word(year: int | None) -> re.Pattern[str]:
    return re.compile(_alternation(field_suffixes(year)))


@cache
def _field_list(year: int | None) -> re.Pattern[str]:
    fields, heads = _field_word(year).pattern, _alternation(FIELD_HEADS)
    item = rf"(?:{fields}|{_OTHER_ITEM})"
    return re.compile(rf"(?:{fields})(?:[、和及与]{item})*(?P<deng>等)?(?:有关|相关)?(?:{heads})")


def field_departments(text: str, at: int, year: int | None = None) -> list[tuple[int, int, LocalBodySuffix]]:
    """The fields listed at ``at`` (right after a government's name) with the suffix each names in ``year``
    (the document's), as ``(start, end, suffix)``; empty when no list of departments opens there."""
    found = _field_list(year).match(text, at)
    if found is None:
        return []
    fields = field_suffixes(year)
    listed = [(m.start(), m.end(), fields[m.group()]) for m in _field_word(year).finditer(text, at, found.end())]
    return listed if len(listed) >= 2 or (listed and found.group("deng")) else []
