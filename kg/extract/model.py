"""What extraction finds in one document: entity mentions, measures, clusters and dated targets."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.annotate.spans import AnnotationLayer
from kg.link import PlaceRecord
from kg.structure import Provision, Span


@dataclass(frozen=True)
class Entity:
    """A non-place entity from a lexicon: an actor (agency, bank) or an industry concept.

    ``id`` is the local IRI part (``actor/ndrc``, ``industry/robotics``); ``kind`` is ``agency``,
    ``bank`` or ``industry``.
    """

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    existed: tuple[int | None, int | None] = (None, None)   # years of establishment and abolition
    replaced_by: str | None = None                            # id of the successor body


@dataclass(frozen=True)
class Mention:
    """An entity (``Entity`` or ``PlaceRecord``) named at ``span`` inside ``provision``."""

    entity: Entity | PlaceRecord
    span: Span
    surface: str
    provision: Provision


@dataclass
class MeasureFact:
    """One support measure: a clause led by a trigger verb, with what it targets and who provides it."""

    provision: Provision
    ordinal: int
    span: Span
    sentence: Span
    trigger: str
    targets: list[PlaceRecord] = field(default_factory=list)
    actors: list[Entity] = field(default_factory=list)
    industries: list[Entity] = field(default_factory=list)
    instruments: list[Entity] = field(default_factory=list)
    years: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class ClusterFact:
    """An industry located in a place, as the text pairs them (沈阳机器人)."""

    place: PlaceRecord
    industry: Entity
    provision: Provision
    span: Span


@dataclass(frozen=True)
class TargetFact:
    """A dated or quantified goal (到2025年…) inside a provision."""

    provision: Provision
    ordinal: int
    span: Span
    year: int | None


@dataclass
class Extraction:
    """Everything extracted from one document."""

    mentions: list[Mention] = field(default_factory=list)
    measures: list[MeasureFact] = field(default_factory=list)
    clusters: list[ClusterFact] = field(default_factory=list)
    targets: list[TargetFact] = field(default_factory=list)
    issuers: list[Entity] = field(default_factory=list)
    layer: AnnotationLayer | None = None     # every span the recognisers found (kg.annotate)
