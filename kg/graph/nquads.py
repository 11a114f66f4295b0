"""N-Triples and N-Quads lines of rdflib terms, byte for byte what Oxigraph writes for the equal terms,
made without a pyoxigraph object: a shard holds a thousand quads and more, and a pyoxigraph quad made
from Python costs more than its line (tests/graph/test_graph_nquads.py compares the two, every
character of a literal included).

A shard's order (:func:`sorted_nquads`): by graph, subject, predicate, object, each term by its kind
and value (:func:`quad_key`); where that key ties (literals of one value in two languages or
datatypes), the order a set of pyoxigraph quads gives, as shards always had it (made so only then).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg.graph.fragments import term_key

_ESCAPED = (*range(0x20), 0x22, 0x5C, 0x7F, 0xFFFE, 0xFFFF)  # the characters Oxigraph escapes in a literal
_NAMED = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}
_ESCAPES = str.maketrans({code: _NAMED.get(code, f"\\u{code:04X}") for code in _ESCAPED})
_SPECIAL = re.compile("[" + re.escape("".join(map(chr, _ESCAPED))) + "]")
_STRING = str(XSD.string)

Key = tuple[str, str]
"""A term's sort key: its kind (``NamedNode``, ``BlankNode``, ``Literal``) and value."""


def term_text(term) -> str:
    """An rdflib term as Oxigraph writes it in N-Triples (an IRI as given, a language tag in lower case,
    ``xsd:string`` left implicit)."""
    kind = type(term)
    if kind is Literal or isinstance(term, Literal):
        value = str(term)
        text = f'"{value.translate(_ESCAPES) if _SPECIAL.search(value) else value}"'
        if term.language:
            return f"{text}@{term.language.lower()}"
        datatype = term.datatype
        return f"{text}^^<{datatype}>" if datatype is not None and str(datatype) != _STRING else text
    if kind is URIRef or isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


class Terms:
    """Each term's text and sort key, made once per distinct IRI (IRIs recur from quad to quad; each is
    checked as Oxigraph checks one, so a malformed IRI fails here, as it did when quads were made)."""

    def __init__(self) -> None:
        self._named: dict[URIRef, tuple[str, Key]] = {}

    def __call__(self, term) -> tuple[str, Key]:
        if type(term) is URIRef:
            found = self._named.get(term)
            if found is None:
                ox.NamedNode(term)
                found = self._named[term] = f"<{term}>", ("NamedNode", str(term))
            return found
        text = term_text(term)
        return text, ("Literal" if text[0] == '"' else "BlankNode" if text[0] == "_" else "NamedNode", str(term))


def sorted_nquads(rdf_quads: Iterable[tuple]) -> bytes:
    """rdflib quads (subject, predicate, object, graph name; a dataset's ``quads()``) as N-Quads text,
    each quad once, in a shard's order (module docstring)."""
    terms, lines = Terms(), {}
    for s, p, o, g in rdf_quads:
        (s, s_key), (p, p_key), (o, o_key), (g, g_key) = terms(s), terms(p), terms(o), terms(g)
        lines.setdefault(f"{s} {p} {o} {g} .\n", (g_key, s_key, p_key, o_key))
    ordered = sorted(lines, key=lines.__getitem__)
    if any(lines[first] == lines[second] for first, second in pairwise(ordered)):
        return _set_ordered(lines)
    return "".join(ordered).encode("utf-8")


def _set_ordered(lines: Iterable[str]) -> bytes:
    """N-Quads lines (in the order they came) sorted as shards always were: a set of their pyoxigraph
    quads, filled in that order, sorted stably by :func:`quad_key`, so quads the key ties keep the
    set's order (the reference graph has a few: labels of one value in two languages)."""
    quads = ox.parse("".join(lines).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return ox.serialize(sorted({quad for quad in quads}, key=quad_key), format=ox.RdfFormat.N_QUADS)


def quad_key(quad: ox.Quad) -> tuple:
    """The sort key of a pyoxigraph quad in a shard: graph, subject, predicate, object."""
    return term_key(quad.graph_name), term_key(quad.subject), term_key(quad.predicate), term_key(quad.object)


def ntriples(triples: Iterable[tuple]) -> str:
    """rdflib triples as N-Triples lines, in the order given."""
    terms = Terms()
    return "".join(f"{terms(s)[0]} {terms(p)[0]} {terms(o)[0]} .\n" for s, p, o in triples)
