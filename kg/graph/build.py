"""Write one document's extraction into RDF: a named graph per document plus a reference graph."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SDO, SKOS, XSD

from kg.annotate.kinds import ACTOR_KINDS, ontology_classes
from kg.extract import Entity, Extraction
from kg.extract.industries import is_minted
from kg.extract.lexicon import actors as actor_lexicon
from kg.extract.lexicon import english_names
from kg.extract.roles import APPROVES, COOPERATES, FUNDS, GUIDES, PROVIDING, RESPONSIBLE
from kg.graph.iris import (REFERENCE_GRAPH, cited_document_slug, cluster_iri, document_iri, document_slug,
                           entity_iri, goal_iri, graph_iri, measure_iri, provision_iri, provision_step)
from kg.graph.labels import PINYIN, pinyin_label
from kg.graph.succession import succession_triples
from kg.link import Gazetteer, PlaceRecord
from kg.link.designations import designations_by_place
from kg.link.wikidata import WIKIDATA, divisions
from kg.normalise import NormalisedText
from kg.normalise.sidecar import SourceRecord
from kg.resources import ontology_file
from kg.structure import DocumentStructure, Provision
from kg.structure.header import DOC_NUMBER
from kg.vocab import PKG, WGS

ROLE_PROPERTIES = {FUNDS: PKG.fundedBy, RESPONSIBLE: PKG.responsibleParty, COOPERATES: PKG.cooperatingParty,
                   GUIDES: PKG.guidedBy, APPROVES: PKG.approvedBy}
SCHEME_FILES = ("industries.ttl", "instruments.ttl", "designations.ttl")
LABEL_CHARS = 40
_UNNUMBERED_LABELS = {"preamble": "前言", "closing": "结语"}
"""The label of a provision without a number of its own."""
INDUSTRY_SCHEME = entity_iri("scheme/industry")


@dataclass(frozen=True)
class SourceInfo:
    """Where a document came from: its file name and the SHA-256 of its bytes; its sidecar row (source
    URL, number, title, release date) and the normalised text with its map back to the file, if known:
    the whole text's, or for a volume of a file read in a stream (:mod:`kg.corpus.volumes`) that volume's,
    which starts at character ``offset`` of the document's text."""

    path: Path
    content_hash: str
    record: SourceRecord | None = None
    normalised: NormalisedText | None = None
    offset: int = 0

    @classmethod
    def of(cls, path: Path, raw: bytes, record: SourceRecord | None = None,
           normalised: NormalisedText | None = None) -> SourceInfo:
        return cls(path, "sha256:" + hashlib.sha256(raw).hexdigest(), record, normalised)

    @property
    def number(self) -> str | None:
        """The sidecar's document number when it has the form of one (used only where the text prints none)."""
        number = self.record.number if self.record else None
        return number if number and DOC_NUMBER.fullmatch(number) else None

    def source_span(self, start: int, end: int) -> tuple[int, int] | None:
        """A span of the document's normalised text as a span of the file's decoded (or extracted) text."""
        return self.normalised.to_source(start - self.offset, end - self.offset) if self.normalised else None


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS] + "…"


class DocumentGraph:
    """Adds one document's triples to its named graph; remembers which shared entities it used.

    Given one part of a large document (:mod:`kg.structure.partition`), it adds that part's triples:
    ``offset`` is where the part's text starts in the document, ``repeats`` counts the top-level
    numbers of the parts before it (shared from part to part, so provision IRIs are the document's)."""

    def __init__(self, dataset: Dataset | None, source: SourceInfo, structure: DocumentStructure,
                 extraction: Extraction, *, offset: int = 0, repeats: dict[str, int] | None = None) -> None:
        number = structure.number.value if structure.number else source.number
        self.slug = document_slug(number, source.content_hash)
        self.document = document_iri(self.slug)
        self.name = graph_iri(self.slug)
        self.graph = dataset.graph(self.name) if dataset is not None else None
        self.triples: dict[tuple, None] = {}  # in the order first added, each once
        self.source, self.structure, self.extraction = source, structure, extraction
        self.provision_iris: dict[int, URIRef] = {}
        self.offset, self._top_repeats = offset, repeats if repeats is not None else {}
        self.places: set[PlaceRecord] = set()
        self.actors: set[Entity] = set()

    def add(self) -> None:
        """Document, provisions, mentions, measures, clusters and goals, in a fixed order: into
        :attr:`triples`, then into the named graph when the document was given a dataset. (A corpus
        worker gives none: it turns the triples into its shard's quads itself, without an rdflib store,
        whose indexes cost more than the triples.)"""
        self._document()
        self._provisions(self.structure.provisions, [], self.document, self._top_repeats)
        self._mentions()
        self._measures()
        self._clusters()
        self._goals()
        self._citations()
        if self.graph is not None:
            self.graph.addN((s, p, o, self.graph) for s, p, o in self.triples)

    def quads(self) -> Iterator[tuple]:
        """The document's triples as (subject, predicate, object, graph name)."""
        return ((s, p, o, self.name) for s, p, o in self.triples)

    def _triple(self, s, p, o) -> None:
        self.triples[s, p, o] = None

    def _document(self) -> None:
        s, st = self.document, self.structure
        self._triple(s, RDF.type, PKG.PolicyDocument)
        self._triple(s, PKG.contentHash, Literal(self.source.content_hash))
        self._triple(s, PKG.sourceFile, Literal(self.source.path.name))
        record = self.source.record
        title = st.title.value if st.title else (record.title if record else None)
        number = st.number.value if st.number else self.source.number
        issued = st.issued or (record.released_date() if record else None)
        self._triple(s, RDFS.label, zh(title or number or self.source.path.stem))
        if title:
            self._triple(s, DCTERMS.title, zh(title))
            self._triple(s, SKOS.prefLabel, Literal(pinyin_label(title), lang=PINYIN))
        if number:
            self._triple(s, PKG.documentNumber, Literal(number))
        if issued:
            self._triple(s, DCTERMS.issued, Literal(issued.isoformat(), datatype=XSD.date))
        if record:
            self._source_record(record, filled=(title and not st.title, number and not st.number,
                                                issued and not st.issued))
        if st.addressees:
            self._triple(s, PKG.addressedTo, zh(st.addressees.value))
        for actor in self.extraction.issuers:
            self._triple(s, PKG.issuedBy, entity_iri(actor.id))
            self.actors.add(actor)

    def _source_record(self, record: SourceRecord, filled: tuple) -> None:
        """The source URL from the sidecar row, and the sidecar named when it filled in a field."""
        url = record.source_url()
        if url:
            self._triple(self.document, DCTERMS.source, URIRef(url))
        if any(filled):
            self._triple(self.document, PKG.metadataFile, Literal(record.sidecar))

    def _offsets(self, s: URIRef, start: int, end: int) -> None:
        """Offsets into the normalised text and, when the file is known, into the file's own text."""
        start, end = start + self.offset, end + self.offset
        self._triple(s, PKG.charStart, Literal(start))
        self._triple(s, PKG.charEnd, Literal(end))
        span = self.source.source_span(start, end)
        if span is not None:
            self._triple(s, PKG.sourceCharStart, Literal(span[0]))
            self._triple(s, PKG.sourceCharEnd, Literal(span[1]))

    def _provisions(self, provisions: list[Provision], path: list[str], parent: URIRef,
                    repeats: dict[str, int] | None = None) -> None:
        """The provisions under one parent (at ``path``), each numbered once (see ``provision_step``)."""
        repeats = {} if repeats is None else repeats
        for provision in provisions:
            step = provision_step(provision)
            repeats[step] = repeats.get(step, 0) + 1
            self._provision(provision, [*path, provision_step(provision, repeats[step])], parent)

    def _provision(self, provision: Provision, path: list[str], parent: URIRef) -> None:
        s = provision_iri(self.slug, path)
        self.provision_iris[id(provision)] = s
        self._triple(s, RDF.type, PKG.Provision)
        self._triple(s, PKG.partOf, parent)
        self._triple(s, PKG.inDocument, self.document)
        self._triple(s, PKG.provisionKind, Literal(provision.kind))
        self._triple(s, PKG.provisionNumber, Literal(provision.number))
        self._triple(s, PKG.ordinal, Literal(provision.ordinal))
        self._offsets(s, provision.span.start, provision.span.end)
        number = _UNNUMBERED_LABELS.get(provision.kind, provision.number)
        self._triple(s, RDFS.label, zh(f"{number} {provision.heading}" if provision.heading else number))
        if provision.heading:
            self._triple(s, PKG.heading, zh(provision.heading))
        self._provisions(provision.children, path, s)

    def _mentions(self) -> None:
        for mention in self.extraction.mentions:
            entity = mention.entity
            s = entity_iri(entity.id)
            self._triple(s, PKG.mentionedIn, self.provision_iris[id(mention.provision)])
            if mention.surface != entity.name:
                self._triple(s, SKOS.altLabel, zh(mention.surface))
            if isinstance(entity, PlaceRecord):
                self.places.add(entity)
            elif entity.kind in ACTOR_KINDS:
                self.actors.add(entity)

    def _measures(self) -> None:
        text = self.structure.text
        for measure in self.extraction.measures:
            provision = self.provision_iris[id(measure.provision)]
            s = measure_iri(provision, measure.ordinal)
            source_text = text[measure.span.start:measure.span.end]
            self._triple(s, RDF.type, PKG.Measure)
            self._triple(s, RDFS.label, zh(_short(source_text)))
            self._triple(s, PKG.inProvision, provision)
            self._triple(s, PKG.inDocument, self.document)
            self._triple(s, PKG.sourceText, zh(source_text))
            self._triple(s, PKG.sentenceText, zh(text[measure.sentence.start:measure.sentence.end]))
            if measure.trigger:  # a measure opened by a body taking a role has no trigger verb
                self._triple(s, PKG.triggerVerb, Literal(measure.trigger))
            self._offsets(s, measure.span.start, measure.span.end)
            for place in measure.targets:
                self._triple(s, PKG.targets, entity_iri(place.id))
                self._triple(entity_iri(place.id), PKG.supportedBy, s)
                self.places.add(place)
            for role in measure.roles:
                self._triple(s, ROLE_PROPERTIES[role.role], entity_iri(role.actor.id))
                if role.role in PROVIDING:
                    self._triple(s, PKG.providedBy, entity_iri(role.actor.id))
                self.actors.add(role.actor)
            for industry in measure.industries:
                self._triple(s, PKG.concernsIndustry, entity_iri(industry.id))
            for instrument in measure.instruments:
                self._triple(s, PKG.instrumentType, entity_iri(instrument.id))
            if measure.years:
                self._triple(s, PKG.targetYear, Literal(f"{measure.years[0]:04d}", datatype=XSD.gYear))

    def _clusters(self) -> None:
        for cluster in self.extraction.clusters:
            s = cluster_iri(cluster.place.id, cluster.industry.id)
            place = entity_iri(cluster.place.id)
            self._triple(s, RDF.type, PKG.IndustryCluster)
            self._triple(s, RDFS.label, zh(f"{cluster.place.name}{cluster.industry.name}"))
            self._triple(s, PKG.clusterIndustry, entity_iri(cluster.industry.id))
            if is_minted(cluster.industry):
                self._minted_industry(cluster.industry)
            self._triple(s, PKG.clusterPlace, place)
            self._triple(place, PKG.hasIndustryCluster, s)
            self._triple(s, PKG.mentionedIn, self.provision_iris[id(cluster.provision)])
            self.places.add(cluster.place)

    def _minted_industry(self, industry: Entity) -> None:
        """A concept for an industry the scheme lacks, in the industry scheme, below its head's concept."""
        s = entity_iri(industry.id)
        self._triple(s, RDF.type, PKG.Industry)
        self._triple(s, RDF.type, SKOS.Concept)
        self._triple(s, SKOS.inScheme, INDUSTRY_SCHEME)
        self._triple(s, SKOS.prefLabel, zh(industry.name))
        self._triple(s, RDFS.label, zh(industry.name))
        if industry.broader:
            self._triple(s, SKOS.broader, entity_iri(industry.broader))

    def _goals(self) -> None:
        text = self.structure.text
        for goal in self.extraction.targets:
            provision = self.provision_iris[id(goal.provision)]
            s = goal_iri(provision, goal.ordinal)
            self._triple(s, RDF.type, PKG.Target)
            self._triple(s, RDFS.label, zh(_short(text[goal.span.start:goal.span.end])))
            self._triple(s, PKG.inProvision, provision)
            self._triple(s, PKG.inDocument, self.document)
            self._triple(s, PKG.sourceText, zh(text[goal.span.start:goal.span.end]))
            self._offsets(s, goal.span.start, goal.span.end)
            if goal.year is not None:
                self._triple(s, PKG.targetYear, Literal(f"{goal.year:04d}", datatype=XSD.gYear))
            self._triple(provision, PKG.hasTarget, s)

    def _citations(self) -> None:
        """``pkg:cites`` (and the relation the text states) to each cited document, which carries the
        cited number (else title) and the provisions naming it; a stub until a build adds it."""
        for citation in self.extraction.citations:
            cited = document_iri(cited_document_slug(citation.number, citation.title))
            if cited == self.document:
                continue
            self._triple(self.document, PKG.cites, cited)
            if citation.relation != "cites":
                self._triple(self.document, PKG[citation.relation], cited)
            self._triple(cited, RDF.type, PKG.CitedDocument)
            if citation.number:  # the identity; the title as cited is a variant of the document's own
                self._triple(cited, PKG.documentNumber, Literal(citation.number))
                if citation.title:
                    self._triple(cited, SKOS.altLabel, zh(citation.title))
            else:
                self._triple(cited, RDFS.label, zh(citation.title))
                self._triple(cited, DCTERMS.title, zh(citation.title))
            self._triple(cited, PKG.mentionedIn, self.provision_iris[id(citation.provision)])


def _with_successors(actors: Iterable[Entity]) -> set[Entity]:
    """The actors used and every body that took over their work, so a lineage is whole in the graph."""
    by_id = {entity.id: entity for entity in actor_lexicon()}
    found: set[Entity] = set()
    pending = list(actors)
    while pending:
        actor = pending.pop()
        if actor not in found:
            found.add(actor)
            if actor.replaced_by in by_id:
                pending.append(by_id[actor.replaced_by])
    return found


def add_reference(dataset: Dataset, places: Iterable[PlaceRecord], actors: Iterable[Entity],
                  gazetteer: Gazetteer, *, schemes: bool = True) -> None:
    """The reference graph (:func:`reference_triples`) into ``dataset``."""
    graph = dataset.graph(REFERENCE_GRAPH)
    graph.addN((s, p, o, graph) for s, p, o in reference_triples(places, actors, gazetteer, schemes=schemes))


def reference_triples(places: Iterable[PlaceRecord], actors: Iterable[Entity], gazetteer: Gazetteer, *,
                      schemes: bool = True) -> list[tuple]:
    """The reference graph's triples: the places used (with their ancestors and members), actors, and the
    SKOS schemes of industries, instruments and designations (unless ``schemes`` is false: a worker
    validating one document takes only the part of the schemes it reaches). A place's and an actor's
    own triples are made once per process (most recur from document to document)."""
    found_in_text = {place.id: place for place in places}  # parks and localities are not in the gazetteer
    closed: dict[str, PlaceRecord] = {}
    pending = list(found_in_text.values())
    while pending:
        place = pending.pop()
        if place.id in closed:
            continue
        closed[place.id] = place
        related = [place.parent] if place.parent else []
        pending.extend(found_in_text.get(place_id) or gazetteer.get(place_id) for place_id in [*related, *place.members])
    designations = designations_by_place(gazetteer)
    triples: list[tuple] = []
    for place in sorted(closed.values(), key=lambda p: p.id):
        triples += _place_triples(place)
        triples += ((entity_iri(place.id), PKG.designation, entity_iri(designation))
                    for designation in designations.get(place.id, ()))
    for actor in sorted(_with_successors(actors), key=lambda a: a.id):
        triples += _actor_triples(actor)
    triples += sorted(_schemes()) if schemes else ()
    named = {p.id: p.name for p in closed.values()} | {a.id: a.name for a in actors}
    triples += succession_triples(set(named), named)
    return triples


@lru_cache(maxsize=1 << 14)
def _actor_triples(actor: Entity) -> tuple[tuple, ...]:
    s = entity_iri(actor.id)
    triples = [(s, RDF.type, cls) for cls in ontology_classes(actor.kind)]
    triples += [(s, RDFS.label, zh(actor.name)), (s, SKOS.prefLabel, Literal(pinyin_label(actor.name), lang=PINYIN))]
    if actor.id in english_names():  # the body's official English name, from a cited source
        triples.append((s, RDFS.label, Literal(english_names()[actor.id], lang="en")))
    if actor.replaced_by:
        triples.append((s, DCTERMS.isReplacedBy, entity_iri(actor.replaced_by)))
    founded, dissolved = actor.existed  # validity period of a body of earlier years
    if founded:
        triples.append((s, SDO.foundingDate, Literal(str(founded), datatype=XSD.gYear)))
    if dissolved:
        triples.append((s, SDO.dissolutionDate, Literal(str(dissolved), datatype=XSD.gYear)))
    return tuple(triples)


@lru_cache(maxsize=1 << 14)
def _place_triples(place: PlaceRecord) -> tuple[tuple, ...]:
    s = entity_iri(place.id)
    triples = [(s, RDF.type, cls) for cls in ontology_classes(place.kind)]
    triples.append((s, RDFS.label, zh(place.name)))
    if place.code:
        triples.append((s, PKG.adminCode, Literal(place.code)))
    if place.parent:
        triples.append((s, PKG.locatedIn, entity_iri(place.parent)))
    triples += [(s, PKG.hasMember, entity_iri(member)) for member in place.members]
    triples.append((s, SKOS.prefLabel, Literal(pinyin_label(place.name, place=True), lang=PINYIN)))
    world = divisions().get(place.code) if place.code else None
    if world is not None:
        triples.append((s, OWL.sameAs, WIKIDATA[world.qid]))
    lat, lon = (place.lat, place.lon) if place.lat is not None else (world.lat, world.lon) if world else (None, None)
    if lat is not None and lon is not None:
        triples += [(s, WGS.lat, _decimal(lat)), (s, WGS.long, _decimal(lon))]
    return tuple(triples)


def _decimal(value: float) -> Literal:
    """A coordinate as an ``xsd:decimal`` of at most six decimal places, in the lexical form a store keeps
    (no trailing zeros: ``37.87059``, ``37``), so the files written from the shards hold what the store holds."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return Literal("0" if text == "-0" else text, datatype=XSD.decimal)


@cache
def _schemes() -> frozenset:
    """Triples of the shipped SKOS schemes, with ``rdfs:label`` = ``skos:prefLabel@zh`` added."""
    graph = Graph()
    for name in SCHEME_FILES:
        path = ontology_file(name)
        if path.is_file():
            graph.parse(path, format="turtle")
    for concept, label in list(graph.subject_objects(SKOS.prefLabel)):
        if getattr(label, "language", None) == "zh" and (concept, RDFS.label, None) not in graph:
            graph.add((concept, RDFS.label, label))
    return frozenset(graph)
