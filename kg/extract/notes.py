"""Bracketed notes that lists of measures attach to an article: who is responsible, where it applies.

``（负责部门：民航局，适用范围：陕西自贸试验区）`` makes 民航局 the provider and 陕西自贸试验区 a
target of every measure of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.structure import Span

RESPONSIBLE = ("负责部门", "责任部门", "责任单位", "牵头单位", "牵头部门", "负责单位", "实施部门", "配合单位")
SCOPE = ("适用范围", "实施范围", "试点范围", "适用地区", "试点地区")
_NOTE = re.compile(r"[（(]([^（()）]*(?:" + "|".join(RESPONSIBLE + SCOPE) + r")[：:][^（()）]*)[)）]")
_PART = re.compile(r"(?P<key>" + "|".join(RESPONSIBLE + SCOPE) + r")[：:](?P<value>[^，,；;。]*(?:[，,；;。](?!"
                   + "|".join(RESPONSIBLE + SCOPE) + r")[^，,；;。]*)*)")


@dataclass(frozen=True)
class Note:
    """The value spans of one bracketed note: responsible bodies and scope."""

    responsible: tuple[Span, ...]
    scope: tuple[Span, ...]


def find_notes(text: str, start: int, end: int) -> list[Note]:
    """Notes in ``text[start:end]``; each value span covers the text after ``负责部门：`` etc."""
    notes = []
    for note in _NOTE.finditer(text, start, end):
        responsible, scope = [], []
        for part in _PART.finditer(text, note.start(1), note.end(1)):
            span = Span(part.start("value"), part.end("value"))
            (responsible if part.group("key") in RESPONSIBLE else scope).append(span)
        notes.append(Note(tuple(responsible), tuple(scope)))
    return notes
