"""Place recognition and linking: the gazetteer of divisions, regions and parks, and the linker."""

from kg.link.gazetteer import Gazetteer
from kg.link.linker import PlaceLinker
from kg.link.records import PlaceMention, PlaceRecord, park_id

__all__ = ["Gazetteer", "PlaceLinker", "PlaceMention", "PlaceRecord", "park_id"]
