"""A store read as Python values for the analytics and the pages, one property at a time.

The first question about a property fetches all its pairs with one ``SELECT DISTINCT`` over the
union of the store's graphs (a fact repeated in many document graphs is read once) and indexes them
both ways; later questions are dictionary look-ups. Values are rdflib terms (``URIRef``, ``Literal``
with its language, ``BNode``) so that the code reading them needs no rdflib graph: nothing is parsed
by rdflib and the store is never converted into an rdflib graph.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.store.oxigraph import open_source
from kg.store.select import select_terms

Node = URIRef | Literal | BNode

_PAIRS = "SELECT DISTINCT ?s ?o WHERE {{ ?s {predicate} ?o }}"
_LINKS = ("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o FILTER(isIRI(?s) && isIRI(?o) && ?p != <"
          + str(RDF.type) + ">) }")


class StoreGraph:
    """Look-ups by property over a pyoxigraph store: ``objects``, ``subjects``, ``subject_objects``,
    ``(s, p, o) in view``, and distinct rows of any SELECT (:meth:`rows`)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self._terms: dict[object, Node] = {}
        self._pairs: dict[URIRef, list[tuple[Node, Node]]] = {}
        self._forward: dict[URIRef, dict[Node, list[Node]]] = {}
        self._backward: dict[URIRef, dict[Node, list[Node]]] = {}

    def _term(self, term: object) -> Node | None:
        """The rdflib term for a pyoxigraph one (each converted once)."""
        if term is None:
            return None
        found = self._terms.get(term)
        if found is None:
            if isinstance(term, ox.NamedNode):
                found = URIRef(term.value)
            elif isinstance(term, ox.BlankNode):
                found = BNode(term.value)
            elif term.language:
                found = Literal(term.value, lang=term.language)
            elif term.datatype.value == str(XSD.string):
                found = Literal(term.value)
            else:
                found = Literal(term.value, datatype=URIRef(term.datatype.value))
            self._terms[term] = found
        return found

    def rows(self, sparql: str) -> list[tuple[Node | None, ...]]:
        """The distinct rows of a SELECT over the union of all graphs, as rdflib terms."""
        _names, found = select_terms(self.store, sparql)
        return [tuple(self._term(term) for term in row) for row in dict.fromkeys(found)]

    def subject_objects(self, predicate: URIRef) -> list[tuple[Node, Node]]:
        """Every distinct ``(subject, object)`` linked by ``predicate``."""
        pairs = self._pairs.get(predicate)
        if pairs is None:
            pairs = self._pairs[predicate] = self.rows(_PAIRS.format(predicate=ox.NamedNode(predicate)))
            forward: dict[Node, list[Node]] = defaultdict(list)
            backward: dict[Node, list[Node]] = defaultdict(list)
            for subject, obj in pairs:
                forward[subject].append(obj)
                backward[obj].append(subject)
            self._forward[predicate], self._backward[predicate] = dict(forward), dict(backward)
        return pairs

    def objects(self, subject: Node, predicate: URIRef) -> list[Node]:
        """The objects of ``subject``'s ``predicate``."""
        self.subject_objects(predicate)
        return self._forward[predicate].get(subject, [])

    def subjects(self, predicate: URIRef, obj: Node | None = None) -> list[Node]:
        """The subjects with ``predicate`` (pointing at ``obj`` when given), each once."""
        pairs = self.subject_objects(predicate)
        if obj is None:
            return list(dict.fromkeys(subject for subject, _obj in pairs))
        return self._backward[predicate].get(obj, [])

    def __contains__(self, triple: tuple[Node, URIRef, Node]) -> bool:
        subject, predicate, obj = triple
        return obj in self.objects(subject, predicate)

    def links(self) -> list[tuple[URIRef, URIRef, URIRef]]:
        """Every distinct triple from an IRI to an IRI, ``rdf:type`` left out."""
        return self.rows(_LINKS)  # type: ignore[return-value]


def open_graph(spec: str | Path) -> StoreGraph:
    """A graph file loaded into an in-memory store, or an Oxigraph store ``oxigraph:DIR``, to read."""
    return StoreGraph(open_source(spec))
