"""Gather what a resource page shows: labels, types, links in and out, and source sentences."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from pyoxigraph import Literal, NamedNode

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_PREFIXES = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX pkg: <https://w3id.org/policykg/ontology#>
"""
_OUT = _PREFIXES + """SELECT ?this ?p ?o (SAMPLE(?label) AS ?olabel) WHERE {
  ?this ?p ?o . OPTIONAL { ?o rdfs:label ?label }
} GROUP BY ?this ?p ?o ORDER BY ?p ?o LIMIT 1000"""
_IN = _PREFIXES + """SELECT ?this ?s ?p (SAMPLE(?label) AS ?slabel) WHERE {
  ?s ?p ?this . OPTIONAL { ?s rdfs:label ?label }
} GROUP BY ?this ?s ?p ORDER BY ?p ?s LIMIT 1000"""
_SOURCES = _PREFIXES + """SELECT DISTINCT ?this ?m ?text WHERE {
  { ?m pkg:targets ?this } UNION { ?m pkg:providedBy ?this } UNION { ?m pkg:concernsIndustry ?this }
  UNION { ?this pkg:mentionedIn ?provision . ?m pkg:inProvision ?provision }
  ?m pkg:sourceText ?text .
} ORDER BY ?m ?text LIMIT 500"""


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


@dataclass
class Description:
    """Everything the resource page shows about one IRI."""

    iri: str
    labels: list[Literal] = field(default_factory=list)
    types: list[Link] = field(default_factory=list)
    outgoing: list[Link] = field(default_factory=list)
    incoming: list[Link] = field(default_factory=list)
    sources: list[tuple[str, str]] = field(default_factory=list)

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


def _text(term: Any) -> str | None:
    return None if term is None else term.value


def describe(selector: Selector, iri: str) -> Description:
    """Query ``selector`` for the resource ``iri``."""
    description = Description(iri)
    for _, predicate, node, label in selector.select(_OUT, this=iri)[1]:
        link = Link(predicate.value, node, _text(label))
        if predicate.value == RDFS_LABEL and isinstance(node, Literal):
            description.labels.append(node)
        if predicate.value == RDF_TYPE:
            description.types.append(link)
        else:
            description.outgoing.append(link)
    for _, subject, predicate, label in selector.select(_IN, this=iri)[1]:
        description.incoming.append(Link(predicate.value, subject, _text(label)))
    for _, measure, text in selector.select(_SOURCES, this=iri)[1]:
        if isinstance(measure, NamedNode):
            description.sources.append((measure.value, text.value))
    return description
