"""Gather what a resource page shows: labels, types, links in and out, and what its kind adds.

A place adds the sentences that name it (grouped by document) and the measures that target it; a
document its provision tree, measures and places; a measure its sentence and its document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from pyoxigraph import Literal, NamedNode
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.serve.mentions import name_pattern
from kg.vocab import PKG

PLACE_TYPES = frozenset(str(term) for term in (PKG.Place, PKG.Province, PKG.City, PKG.District, PKG.County,
                                               PKG.Region, PKG.IndustrialPark))
CITES = str(PKG.cites)
LABEL_PROPERTIES = frozenset({str(RDFS.label), str(SKOS.altLabel), str(SKOS.prefLabel), str(SKOS.hiddenLabel)})
_PREFIXES = f"""PREFIX rdfs: <{RDFS}>
PREFIX skos: <{SKOS}>
PREFIX dcterms: <{DCTERMS}>
PREFIX pkg: <{PKG._NS}>
"""
_LABEL = "OPTIONAL {{ {node} rdfs:label|skos:prefLabel ?{var} }}"
_OUT = _PREFIXES + f"""SELECT ?this ?p ?o (SAMPLE(?label) AS ?olabel) WHERE {{
  ?this ?p ?o . {_LABEL.format(node="?o", var="label")}
}} GROUP BY ?this ?p ?o ORDER BY ?p ?o LIMIT 2000"""
_IN = _PREFIXES + f"""SELECT ?this ?s ?p (SAMPLE(?label) AS ?slabel) WHERE {{
  ?s ?p ?this . {_LABEL.format(node="?s", var="label")}
}} GROUP BY ?this ?s ?p ORDER BY ?p ?s LIMIT 2000"""
_DOCUMENT = """OPTIONAL { ?provision pkg:partOf+ ?doc . ?doc a pkg:PolicyDocument .
    OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc pkg:documentNumber ?number }
    OPTIONAL { ?doc dcterms:issued ?issued } }"""
# every measure written in a provision that names the place, or that targets it, with its sentence
_PLACE_SENTENCES = _PREFIXES + f"""SELECT DISTINCT ?this ?m ?text ?provision ?plabel ?doc ?title ?number ?issued
WHERE {{
  {{ ?m pkg:targets ?this }} UNION {{ ?this pkg:mentionedIn ?named . ?m pkg:inProvision ?named }}
  ?m pkg:inProvision ?provision .
  {{ ?m pkg:sentenceText ?text }} UNION {{ FILTER NOT EXISTS {{ ?m pkg:sentenceText ?any }} ?m pkg:sourceText ?text }}
  OPTIONAL {{ ?provision rdfs:label ?plabel }}
  {_DOCUMENT}
}} ORDER BY ?doc ?provision ?m LIMIT 5000"""
_TARGETED_BY = _PREFIXES + """SELECT DISTINCT ?this ?m ?text WHERE {
  ?m pkg:targets ?this . OPTIONAL { ?m pkg:sourceText ?text }
} ORDER BY ?m LIMIT 2000"""
_PROVISIONS = _PREFIXES + """SELECT ?this ?provision ?parent ?number ?heading ?ordinal WHERE {
  ?provision pkg:partOf+ ?this ; pkg:partOf ?parent .
  OPTIONAL { ?provision pkg:provisionNumber ?number } OPTIONAL { ?provision pkg:heading ?heading }
  OPTIONAL { ?provision pkg:ordinal ?ordinal }
} LIMIT 5000"""
_DOCUMENT_MEASURES = _PREFIXES + """SELECT ?this ?provision ?m ?text WHERE {
  ?provision pkg:partOf+ ?this . ?m pkg:inProvision ?provision . OPTIONAL { ?m pkg:sourceText ?text }
} ORDER BY ?m LIMIT 5000"""
_DOCUMENT_PLACES = _PREFIXES + f"""SELECT ?this ?place (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?provision) AS ?n)
WHERE {{
  ?provision pkg:partOf+ ?this . ?place pkg:mentionedIn ?provision ; a ?type .
  VALUES ?type {{ {" ".join(f"<{iri}>" for iri in sorted(PLACE_TYPES))} }}
  OPTIONAL {{ ?place rdfs:label ?name }}
}} GROUP BY ?this ?place ORDER BY DESC(?n) ?place LIMIT 2000"""
_MEASURE_DOCUMENT = _PREFIXES + f"""SELECT ?this ?provision ?doc ?title ?number ?issued WHERE {{
  ?this pkg:inProvision ?provision . {_DOCUMENT}
}} LIMIT 1"""


class Selector(Protocol):
    """Anything that runs a SELECT with IRI-bound variables (the worker pool does).

    Oxigraph substitutes only projected variables, so every query here projects ``?this`` first.
    """

    def select(self, sparql: str, **iris: str) -> tuple[list[str], list[tuple[Any, ...]]]: ...


@dataclass
class Link:
    """One edge of the page: the property, the other end and that end's label."""

    predicate: str
    node: Any
    label: str | None


@dataclass(frozen=True)
class DocumentRef:
    """A policy document as a heading: IRI, title, number and issue date (any may be missing)."""

    iri: str | None
    title: str | None = None
    number: str | None = None
    issued: str | None = None


@dataclass
class Sentence:
    """A sentence of a document and the measures extracted from it."""

    text: str
    provision: str
    provision_label: str | None = None
    measures: list[str] = field(default_factory=list)


@dataclass
class ProvisionNode:
    """One provision of a document's tree, with its measures and sub-provisions."""

    iri: str
    number: str | None
    heading: str | None
    ordinal: int
    measures: list[tuple[str, str | None]] = field(default_factory=list)
    children: list[ProvisionNode] = field(default_factory=list)


@dataclass
class Description:
    """Everything the resource page shows about one IRI."""

    iri: str
    labels: list[Literal] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    types: list[Link] = field(default_factory=list)
    outgoing: list[Link] = field(default_factory=list)
    incoming: list[Link] = field(default_factory=list)
    sentences: list[tuple[DocumentRef, list[Sentence]]] = field(default_factory=list)
    targeted_by: list[tuple[str, str | None]] = field(default_factory=list)
    provisions: list[ProvisionNode] = field(default_factory=list)
    places: list[tuple[str, str | None, int]] = field(default_factory=list)
    document: DocumentRef | None = None
    provision: str | None = None

    @property
    def exists(self) -> bool:
        """Whether the graph says anything about the IRI."""
        return bool(self.types or self.outgoing or self.incoming)

    @property
    def title(self) -> str:
        """The Chinese label if there is one, else any label, else the IRI."""
        for label in self.labels:
            if label.language and label.language.startswith("zh"):
                return label.value
        return self.labels[0].value if self.labels else self.iri

    @property
    def type_iris(self) -> set[str]:
        """The IRIs of the resource's classes."""
        return {link.node.value for link in self.types if isinstance(link.node, NamedNode)}

    def out(self, predicate: str) -> list[Link]:
        """The outgoing links along ``predicate``."""
        return [link for link in self.outgoing if link.predicate == predicate]

    def into(self, predicate: str) -> list[Link]:
        """The incoming links along ``predicate``."""
        return [link for link in self.incoming if link.predicate == predicate]


def _text(term: Any) -> str | None:
    return None if term is None else term.value


def _document(doc: Any, title: Any, number: Any, issued: Any) -> DocumentRef:
    return DocumentRef(_text(doc), _text(title), _text(number), _text(issued))


def _place_sentences(selector: Selector, iri: str, names: list[str]) -> list[tuple[DocumentRef, list[Sentence]]]:
    """Sentences near the place that contain one of its ``names``, one per text, grouped by document."""
    pattern = name_pattern(names)
    groups: dict[DocumentRef, dict[str, Sentence]] = {}
    for _, measure, text, provision, plabel, doc, title, number, issued in selector.select(_PLACE_SENTENCES,
                                                                                            this=iri)[1]:
        if pattern is None or not pattern.search(text.value):
            continue
        sentences = groups.setdefault(_document(doc, title, number, issued), {})
        sentence = sentences.setdefault(text.value, Sentence(text.value, provision.value, _text(plabel)))
        sentence.measures.append(measure.value)
    for sentences in groups.values():
        for sentence in sentences.values():
            sentence.measures.sort(key=natural_key)
    ordered = sorted(groups.items(), key=lambda item: (item[0].issued or "", item[0].iri or ""), reverse=True)
    return [(doc, list(sentences.values())) for doc, sentences in ordered]


def natural_key(iri: str) -> list[int | str]:
    """Sort key that puts ``m/9`` before ``m/10``."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", iri)]


def _provision_tree(selector: Selector, iri: str) -> list[ProvisionNode]:
    nodes: dict[str, ProvisionNode] = {}
    parents: dict[str, str] = {}
    for _, provision, parent, number, heading, ordinal in selector.select(_PROVISIONS, this=iri)[1]:
        nodes[provision.value] = ProvisionNode(provision.value, _text(number), _text(heading),
                                               int(ordinal.value) if ordinal is not None else 0)
        parents[provision.value] = parent.value
    for _, provision, measure, text in selector.select(_DOCUMENT_MEASURES, this=iri)[1]:
        if provision.value in nodes:
            nodes[provision.value].measures.append((measure.value, _text(text)))
    roots = []
    for key in sorted(nodes, key=lambda key: (nodes[key].ordinal, key)):
        parent = nodes.get(parents[key])
        (parent.children if parent is not None else roots).append(nodes[key])
    return roots


def describe(selector: Selector, iri: str) -> Description:
    """Query ``selector`` for the resource ``iri``."""
    description = Description(iri)
    for _, predicate, node, label in selector.select(_OUT, this=iri)[1]:
        link = Link(predicate.value, node, _text(label))
        if predicate.value == str(RDFS.label) and isinstance(node, Literal):
            description.labels.append(node)
        if predicate.value in LABEL_PROPERTIES and isinstance(node, Literal):
            description.names.append(node.value)
        if predicate.value == str(RDF.type):
            description.types.append(link)
        else:
            description.outgoing.append(link)
    for _, subject, predicate, label in selector.select(_IN, this=iri)[1]:
        description.incoming.append(Link(predicate.value, subject, _text(label)))
    kinds = description.type_iris
    if kinds & PLACE_TYPES:
        description.sentences = _place_sentences(selector, iri, description.names)
        description.targeted_by = [(measure.value, _text(text))
                                   for _, measure, text in selector.select(_TARGETED_BY, this=iri)[1]]
    if str(PKG.PolicyDocument) in kinds:
        description.provisions = _provision_tree(selector, iri)
        description.places = [(place.value, _text(label), int(count.value))
                              for _, place, label, count in selector.select(_DOCUMENT_PLACES, this=iri)[1]]
    if str(PKG.Measure) in kinds:
        for _, provision, doc, title, number, issued in selector.select(_MEASURE_DOCUMENT, this=iri)[1]:
            description.provision = provision.value
            description.document = _document(doc, title, number, issued)
    return description

