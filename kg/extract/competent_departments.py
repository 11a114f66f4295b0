"""National bodies named by their field: ``国务院税务主管部门``, ``国务院教育行政部门``, ``国务院法制机构``.

Laws, regulations and State Council documents name the national competent department by the field it
governs, not by its name; ``国务院财政、税务主管部门`` names two bodies. The construction is ``国务院``
(or ``国家`` before a head that says it is the competent one), one field or a list of fields joined by
``、``/``和``/``及`` (after 国务院 perhaps closed by 等: ``国务院水行政、环境保护等部门``), and a department head (``行政主管部门``, ``主管部门``, ``行政部门``, ``部门``, ``机构`` …).
Which body governs a field in a year is data (``kg/data/actors/competent_departments.tsv``); a field
with no body in the document's year names none. Generic phrases (国务院有关部门, 国务院各部门) have no
field and are not matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.lexicon import actors, read_data_tsv
from kg.extract.matcher import TermMatch
from kg.extract.model import Entity
from kg.resources import data_dir

# Heads after 国务院 + field(s), longest first; after 国家 only those that say "competent" or
# "administrative", or a bare 部门 after a field that is itself an administration (国家药品监督管理部门):
# 国家财政部门 may be the state's fiscal departments of every level.
STATE_COUNCIL_HEADS = ("行政主管部门", "行政管理部门", "主管部门", "行政部门", "管理部门", "工作部门", "工作机构",
                       "部门", "机构")
STATE_HEADS = ("行政主管部门", "行政管理部门", "主管部门", "行政部门", "部门")
ADMINISTRATION = "管理"
FIELD_JOINERS = ("、", "和", "及")


@dataclass(frozen=True)
class FieldBody:
    """The body that governed a field from ``since`` until ``until`` (years, inclusive; None: open)."""

    actor_id: str
    since: int | None
    until: int | None

    def holds(self, year: int) -> bool:
        """Whether the body governed the field in ``year``."""
        return (self.since or year) <= year <= (self.until or year)


@cache
def field_bodies() -> dict[str, tuple[FieldBody, ...]]:
    """Each field word → its bodies by period, in file order."""
    found: dict[str, list[FieldBody]] = {}
    for row in read_data_tsv(data_dir() / "actors" / "competent_departments.tsv", comments=True):
        body = FieldBody(f"actor/{row['actor']}", int(row["from"]) if row["from"] else None,
                         int(row["until"]) if row["until"] else None)
        for field in row["field"].split("|"):
            found.setdefault(field, []).append(body)
    return {field: tuple(bodies) for field, bodies in found.items()}


def body_for(field: str, year: int | None) -> str | None:
    """The id of the body that governed ``field`` in ``year`` (the latest one when several did in a
    year of reform); without a year, the body that governs it now, else the last one that did."""
    bodies = field_bodies().get(field, ())
    if year is not None:
        holding = [b for b in bodies if b.holds(year)]
        return max(holding, key=lambda b: b.since or 0).actor_id if holding else None
    current = [b for b in bodies if b.until is None]
    if current:
        return current[-1].actor_id
    return max(bodies, key=lambda b: b.until or 0).actor_id if bodies else None


@cache
def _pattern() -> re.Pattern[str]:
    fields = "|".join(sorted(map(re.escape, field_bodies()), key=len, reverse=True))
    joiners = "|".join(map(re.escape, FIELD_JOINERS))
    run = rf"(?:{fields})(?:(?:{joiners})(?:{fields}))*"
    council_heads = "|".join(STATE_COUNCIL_HEADS)
    state_heads = "|".join(STATE_HEADS)
    return re.compile(rf"国务院(?P<council>{run})(?:等(?:有关|相关)?)?(?:{council_heads})"
                      rf"|国家(?P<state>{run})(?P<head>{state_heads})")


@cache
def _continued() -> re.Pattern[str]:
    """A further field and head joined after a construction of 国务院 (国务院人力资源社会保障行政部门、教育行政
    部门): 国务院 governs it too."""
    fields = "|".join(sorted(map(re.escape, field_bodies()), key=len, reverse=True))
    joiners = "|".join(map(re.escape, FIELD_JOINERS))
    return re.compile(rf"(?:{joiners})(?P<field>{fields})(?:{'|'.join(STATE_COUNCIL_HEADS)})")


@cache
def _fields() -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, field_bodies()), key=len, reverse=True)))


@cache
def _entities() -> dict[str, Entity]:
    return {entity.id: entity for entity in actors()}


def competent_departments(text: str, year: int | None = None) -> list[TermMatch[Entity]]:
    """One match per field of every construction in ``text``: the first field's span starts at
    ``国务院``/``国家``, the last one's ends after the head, the others cover their field word; a field
    and head joined after a construction of 国务院 is one more (``、教育行政部门``)."""
    found: list[TermMatch[Entity]] = []
    for match in _pattern().finditer(text):
        group = "council" if match.group("council") else "state"
        if group == "state" and match.group("head") == "部门" and not match.group("state").endswith(ADMINISTRATION):
            continue
        fields = list(_fields().finditer(text, match.start(group), match.end(group)))
        for index, field in enumerate(fields):
            actor_id = body_for(field.group(), year)
            if actor_id is None:
                continue
            start = match.start() if index == 0 else field.start()
            end = match.end() if index == len(fields) - 1 else field.end()
            found.append(TermMatch(start, end, text[start:end], _entities()[actor_id]))
        further = _continued().match(text, match.end()) if group == "council" else None
        while further is not None:
            actor_id = body_for(further.group("field"), year)
            if actor_id is not None:
                start = further.start("field")
                found.append(TermMatch(start, further.end(), text[start:further.end()], _entities()[actor_id]))
            further = _continued().match(text, further.end())
    return found
