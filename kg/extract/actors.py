"""Recognise actors: central agencies and banks from the lexicon, local bodies from place + suffix."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from kg.extract.lexicon import actors, local_body_suffixes, surface_index
from kg.extract.matcher import TermMatch, TermMatcher
from kg.extract.model import Entity
from kg.link import PlaceMention


# State Council coordinating bodies and national associations or enterprises, recognised by form.
_NAMED_BODY = re.compile(
    r"国务院(?![各有])(?:(?![的各等和与及])[\u4e00-\u9fff]){2,24}?(?:(?:委员会|领导小组|联席会议)办公室|委员会|领导小组|联席会议|办公室)"
    r"|中国(?![特境内])(?:(?![的各等和与及])[\u4e00-\u9fff]){2,14}?(?:协会|学会|联合会|总公司|集团有限公司|集团公司|有限责任公司|有限公司|公司)")


class ActorFinder:
    """Finds actor mentions in a text, given its word boundaries and place mentions."""

    def __init__(self) -> None:
        self._index = surface_index(actors())
        self._matcher: TermMatcher[Entity] = TermMatcher(self._index)

    def find(self, text: str, boundaries: frozenset[int],
             places: Sequence[PlaceMention]) -> list[TermMatch[Entity]]:
        """Central bodies (国家发展改革委), local bodies (辽宁省人民政府) and bodies named by form
        (国务院三峡工程建设委员会办公室), sorted by position.

        A local body is a place mention followed directly by a body suffix; it and a body named by
        form win over a lexicon alias inside them (``沈阳市发展改革委`` is not 国家发展改革委).
        """
        local = [found for place in places if (found := self._local_body(text, place)) is not None]
        local += [m for m in self._named_bodies(text) if not any(l.start <= m.start < l.end for l in local)]
        taken = [(m.start, m.end) for m in local]
        central = [m for m in self._matcher.find(text, boundaries)
                   if not any(s <= m.start < e or s < m.end <= e for s, e in taken)]
        return sorted(local + central, key=lambda m: (m.start, m.end))

    def _named_bodies(self, text: str) -> list[TermMatch[Entity]]:
        """Bodies named by form; a name that is in the lexicon keeps the lexicon's entity."""
        found = []
        for match in _NAMED_BODY.finditer(text):
            name = match.group()
            known = self._index.get(name)
            entity = known or Entity(id="actor/org-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10],
                                     name=name, kind="agency" if name.startswith("国务院") else "enterprise")
            found.append(TermMatch(match.start(), match.end(), name, entity))
        return found

    @staticmethod
    def _local_body(text: str, place: PlaceMention) -> TermMatch[Entity] | None:
        record = place.place
        if record.kind not in ("province", "city", "district", "county") or not record.code:
            return None
        for suffix in local_body_suffixes():
            if text.startswith(suffix.suffix, place.end):
                end = place.end + len(suffix.suffix)
                entity = Entity(id=f"actor/{record.code}-{suffix.slug}", name=record.name + suffix.canonical,
                                kind=suffix.kind, aliases=(text[place.start:end],))
                return TermMatch(place.start, end, text[place.start:end], entity)
        return None
