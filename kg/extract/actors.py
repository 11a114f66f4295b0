"""Recognise actors: central agencies and banks from the lexicon, local bodies from place + suffix."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.lexicon import actors, local_body_suffixes, surface_index
from kg.extract.matcher import TermMatch, TermMatcher
from kg.extract.model import Entity
from kg.link import PlaceMention


class ActorFinder:
    """Finds actor mentions in a text, given its word boundaries and place mentions."""

    def __init__(self) -> None:
        self._matcher: TermMatcher[Entity] = TermMatcher(surface_index(actors()))

    def find(self, text: str, boundaries: frozenset[int],
             places: Sequence[PlaceMention]) -> list[TermMatch[Entity]]:
        """Central bodies (国家发展改革委) and local bodies (辽宁省人民政府), sorted by position.

        A local body is a place mention followed directly by a body suffix; it wins over a central
        alias inside it (``沈阳市发展改革委`` is not 国家发展改革委).
        """
        local = [found for place in places if (found := self._local_body(text, place)) is not None]
        taken = [(m.start, m.end) for m in local]
        central = [m for m in self._matcher.find(text, boundaries)
                   if not any(s <= m.start < e or s < m.end <= e for s, e in taken)]
        return sorted(local + central, key=lambda m: (m.start, m.end))

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
