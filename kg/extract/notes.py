"""Bracketed notes that lists of measures attach to an article: who is responsible, where it applies.

``（负责部门：民航局，适用范围：陕西自贸试验区）`` makes 民航局 responsible for, and 陕西自贸试验区 a
target of, every measure of the article; ``配合单位：X`` makes X a cooperating party.

Responsibility tags name the bodies before their role word: ``（发展改革委、财政部按职责分工负责）``,
``（教育部牵头，人力资源社会保障部等参与）``, ``（X会同Y负责）`` (X responsible, Y cooperates),
``（X、Y指导，Z负责）``. Each group of bodies takes the role of the word that follows it; a tag is
one only when its bodies are nothing but actor names, separators and generic fillers (checked by
``is_actor_list`` once the actors are known).

A note governs the measures of the text unit it closes: standing after the full stop, every measure
of its article; inside a sentence (before its 。), the measures of that sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.structure import Span

RESPONSIBLE = ("负责部门", "责任部门", "责任单位", "牵头单位", "牵头部门", "负责单位", "实施部门")
COOPERATING = ("配合单位", "配合部门", "参与单位", "协办单位")
SCOPE = ("适用范围", "实施范围", "试点范围", "适用地区", "试点地区")
_NOTE = re.compile(r"[（(]([^（()）]*(?:" + "|".join(RESPONSIBLE + COOPERATING + SCOPE) + r")[：:][^（()）]*)[)）]")
_PART = re.compile(r"(?P<key>" + "|".join(RESPONSIBLE + COOPERATING + SCOPE) + r")[：:](?P<value>[^，,；;。]*(?:[，,；;。](?!"
                   + "|".join(RESPONSIBLE + COOPERATING + SCOPE) + r")[^，,；;。]*)*)")


# Role words of a responsibility tag, and the role each gives the bodies before it.
TAG_ROLES = {"负责": "responsible", "牵头": "responsible", "参与": "cooperates", "配合": "cooperates",
             "协助": "cooperates", "指导": "guides"}
_FILLER = r"(?:按照职责分工|按职责分工|按照职责|分别|共同|具体)?"

# A role word closes a group of bodies when a separator or the end of the tag follows it.
_TAG_ROLE = re.compile(_FILLER + r"(?P<role>" + "|".join(TAG_ROLES) + r")(?=[，,；;]|$)")
_BRACKETS = re.compile(r"[（(](?P<body>[^（()）]+)[)）]")
_LEAD_REMARK = re.compile(r"[。；;，,]列第一位(?:者|的)?为牵头(?:单位|部门)(?:[，,]下同)?$")
# What may stand between the actor names of a tag: separators and generic bodies (等有关部门和单位).
_ACTOR_LIST_REST = re.compile(r"(?:[、，,和及与或]|以及|等|各|有关|相关|其他|部门|单位|机构"
                              r"|(?:省级|地方各级|地方|市县|县级以上)?人民政府)*")


@dataclass(frozen=True)
class Note:
    """The value spans of one bracketed note: responsible, cooperating and guiding bodies, and scope;
    ``span`` is the whole note, ``tag`` whether it is a responsibility tag (its bodies still to be
    checked with ``is_actor_list``)."""

    responsible: tuple[Span, ...]
    scope: tuple[Span, ...]
    cooperating: tuple[Span, ...] = ()
    guiding: tuple[Span, ...] = ()
    span: Span = Span(0, 0)
    tag: bool = False


def find_notes(text: str, start: int, end: int) -> list[Note]:
    """Notes in ``text[start:end]``; each value span covers the text after ``负责部门：`` etc."""
    notes = []
    for note in _NOTE.finditer(text, start, end):
        responsible, scope, cooperating = [], [], []
        for part in _PART.finditer(text, note.start(1), note.end(1)):
            span = Span(part.start("value"), part.end("value"))
            key = part.group("key")
            (responsible if key in RESPONSIBLE else cooperating if key in COOPERATING else scope).append(span)
        notes.append(Note(tuple(responsible), tuple(scope), tuple(cooperating), span=Span(note.start(), note.end())))
    for brackets in _BRACKETS.finditer(text, start, end):
        roles = _tag_roles(text, brackets.start("body"), brackets.end("body"))
        if roles is not None:
            notes.append(Note(tuple(roles["responsible"]), (), tuple(roles["cooperates"]), tuple(roles["guides"]),
                              Span(brackets.start(), brackets.end()), tag=True))
    return sorted(notes, key=lambda n: n.span.start)


def _tag_roles(text: str, start: int, end: int) -> dict[str, list[Span]] | None:
    """The bodies of each role in a tag whose content is ``text[start:end]``, or None when the content
    is not a sequence of ``[lead 会同] bodies [filler] role word`` groups joined by separators."""
    remark = _LEAD_REMARK.search(text, start, end)
    end = remark.start() if remark else end
    roles: dict[str, list[Span]] = {"responsible": [], "cooperates": [], "guides": []}
    pos = start
    for word in _TAG_ROLE.finditer(text, start, end):
        if word.start() == pos or re.search(r"[。；;：:]", text[pos:word.start()]):
            return None
        joined = text.find("会同", pos, word.start())
        if joined > pos:
            roles["responsible"].append(Span(pos, joined))
            roles["cooperates"].append(Span(joined + 2, word.start()))
        else:
            roles[TAG_ROLES[word.group("role")]].append(Span(pos, word.start()))
        pos = word.end() + (1 if word.end() < end else 0)
    return roles if pos == end and pos > start else None


def is_actor_list(text: str, spans: Sequence[Span], actors: Sequence[tuple[int, int]]) -> bool:
    """Whether ``spans`` hold nothing but the actor names at ``actors`` (start, end), separators and
    generic bodies: a tag of bodies, not a remark (``（技工院校内由…部门负责）``)."""
    for span in spans:
        pos = span.start
        for start, end in sorted(a for a in actors if span.start <= a[0] and a[1] <= span.end):
            if start < pos:
                continue
            if not _ACTOR_LIST_REST.fullmatch(text, pos, start):
                return False
            pos = end
        if not _ACTOR_LIST_REST.fullmatch(text, pos, span.end):
            return False
    return True
