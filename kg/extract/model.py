"""What extraction finds in one document: entity mentions, measures, clusters and dated targets."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.citations import CitationFact
from kg.annotate.spans import AnnotationLayer
from kg.link import PlaceRecord
from kg.structure import Provision, Span


@dataclass(frozen=True)
class Entity:
    """A non-place entity from a lexicon: an actor (agency, bank) or an industry concept.

    ``id`` is the local IRI part (``actor/ndrc``, ``industry/robotics``); ``kind`` is ``agency``,
    ``bank`` or ``industry``. ``broader`` is the id of the scheme concept above an industry minted
    from the text (``industry/x-…``), when one could be decided.
    """

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    broader: str | None = None
    existed: tuple[int | None, int | None] = (None, None)   # years of establishment and abolition
    replaced_by: str | None = None                            # id of the successor body


@dataclass(frozen=True)
class Mention:
    """An entity (``Entity`` or ``PlaceRecord``) named at ``span`` inside ``provision``."""

    entity: Entity | PlaceRecord
    span: Span
    surface: str
    provision: Provision


@dataclass(frozen=True)
class Role:
    """``actor`` holds ``role`` (funds, responsible, cooperates, guides, approves) in a measure;
    ``span`` is where the actor is named."""

    actor: Entity
    role: str
    span: Span


@dataclass
class MeasureFact:
    """One support measure: a clause led by a trigger verb, with what it targets and the roles of the
    actors it names."""

    provision: Provision
    ordinal: int
    span: Span
    sentence: Span
    trigger: str
    targets: list[PlaceRecord] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    industries: list[Entity] = field(default_factory=list)
    instruments: list[Entity] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    rows: list[Span] = field(default_factory=list)  # the rows of the list it opens with a colon
    parts: list[Span] = field(default_factory=list)  # the clauses it joins, when a subject's later ones joined it

    @property
    def clauses(self) -> list[Span]:
        """The clause spans the measure is made of (its span alone unless clauses were joined)."""
        return self.parts or [self.span]


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
    citations: list[CitationFact] = field(default_factory=list)  # in text order
    layer: AnnotationLayer | None = None     # every span the recognisers found (kg.annotate)
