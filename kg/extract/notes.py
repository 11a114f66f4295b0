"""Bracketed notes that lists of measures attach to an article: who is responsible, where it applies.

``（负责部门：民航局，适用范围：陕西自贸试验区）`` makes 民航局 responsible for, and 陕西自贸试验区 a
target of, every measure of the article; ``配合单位：X`` makes X a cooperating party.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.structure import Span

RESPONSIBLE = ("负责部门", "责任部门", "责任单位", "牵头单位", "牵头部门", "负责单位", "实施部门")
COOPERATING = ("配合单位", "配合部门", "参与单位", "协办单位")
SCOPE = ("适用范围", "实施范围", "试点范围", "适用地区", "试点地区")
_NOTE = re.compile(r"[（(]([^（()）]*(?:" + "|".join(RESPONSIBLE + COOPERATING + SCOPE) + r")[：:][^（()）]*)[)）]")
_PART = re.compile(r"(?P<key>" + "|".join(RESPONSIBLE + COOPERATING + SCOPE) + r")[：:](?P<value>[^，,；;。]*(?:[，,；;。](?!"
                   + "|".join(RESPONSIBLE + COOPERATING + SCOPE) + r")[^，,；;。]*)*)")


@dataclass(frozen=True)
class Note:
    """The value spans of one bracketed note: responsible and cooperating bodies, and scope."""

    responsible: tuple[Span, ...]
    scope: tuple[Span, ...]
    cooperating: tuple[Span, ...] = ()


def find_notes(text: str, start: int, end: int) -> list[Note]:
    """Notes in ``text[start:end]``; each value span covers the text after ``负责部门：`` etc."""
    notes = []
    for note in _NOTE.finditer(text, start, end):
        responsible, scope, cooperating = [], [], []
        for part in _PART.finditer(text, note.start(1), note.end(1)):
            span = Span(part.start("value"), part.end("value"))
            key = part.group("key")
            (responsible if key in RESPONSIBLE else cooperating if key in COOPERATING else scope).append(span)
        notes.append(Note(tuple(responsible), tuple(scope), tuple(cooperating)))
    return notes
