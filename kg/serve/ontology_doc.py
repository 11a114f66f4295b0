"""A documentation model read from the ontology file: classes and properties with labels and axioms."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from kg.errors import InputError


@dataclass
class Term:
    """One class or property as documented."""

    iri: str
    labels_zh: list[str] = field(default_factory=list)
    labels_en: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    relations: dict[str, list[str]] = field(default_factory=dict)

    @property
    def local_name(self) -> str:
        """The part after ``#`` or the last ``/``."""
        return self.iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class OntologyDoc:
    """Title, description and the sections (classes, object/datatype/annotation properties) of an ontology."""

    iri: str
    title: str
    descriptions: list[str]
    sections: list[tuple[str, list[Term]]]
    graph: Graph


_SECTIONS = [("classes", OWL.Class), ("object properties", OWL.ObjectProperty),
             ("datatype properties", OWL.DatatypeProperty), ("annotation properties", OWL.AnnotationProperty)]
_RELATIONS = {"subclass of": RDFS.subClassOf, "subproperty of": RDFS.subPropertyOf, "domain": RDFS.domain,
              "range": RDFS.range, "inverse of": OWL.inverseOf, "disjoint with": OWL.disjointWith}


def _term(graph: Graph, subject: URIRef) -> Term:
    term = Term(str(subject))
    for label in sorted(graph.objects(subject, RDFS.label), key=str):
        language = getattr(label, "language", None) or ""
        (term.labels_zh if language.startswith("zh") else term.labels_en).append(str(label))
    term.comments = sorted(str(comment) for comment in graph.objects(subject, RDFS.comment))
    for name, predicate in _RELATIONS.items():
        term.relations[name] = sorted(str(o) for o in graph.objects(subject, predicate) if isinstance(o, URIRef))
    return term


def read_ontology(path: Path, namespace: str) -> OntologyDoc:
    """Parse the Turtle ontology at ``path`` and document the terms declared in ``namespace``."""
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError as exc:
        raise InputError("ontology file not found", path=path) from exc
    except Exception as exc:  # rdflib raises parser-specific types
        raise InputError(f"cannot parse the ontology: {exc}", path=path) from exc
    ontology = next(iter(sorted(graph.subjects(RDF.type, OWL.Ontology))), URIRef(namespace.rstrip("#/")))
    title = str(graph.value(ontology, DCTERMS.title) or graph.value(ontology, RDFS.label) or ontology)
    descriptions = sorted(str(text) for text in graph.objects(ontology, DCTERMS.description))
    sections = []
    for heading, kind in _SECTIONS:
        subjects = sorted(s for s in graph.subjects(RDF.type, kind)
                          if isinstance(s, URIRef) and str(s).startswith(namespace))
        sections.append((heading, [_term(graph, subject) for subject in subjects]))
    return OntologyDoc(str(ontology), title, descriptions, sections, graph)
