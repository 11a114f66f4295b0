"""N-Triples and N-Quads lines written from rdflib terms are byte for byte what Oxigraph writes for the
equal terms, and a shard is what sorting a set of its pyoxigraph quads gives, ties included."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.graph.nquads import ntriples, quad_key, sorted_nquads, term_text

S, G = URIRef("https://w3id.org/policykg/id/doc/x"), URIRef("https://w3id.org/policykg/id/graph/x")
CHARACTERS = [chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF]


def oxigraph(term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)


def test_every_character_of_a_literal_is_written_as_oxigraph_writes_it() -> None:
    triples = [(S, RDF.value, Literal(character)) for character in CHARACTERS]
    expected = ox.serialize((ox.Triple(*map(oxigraph, triple)) for triple in triples), format=ox.RdfFormat.N_TRIPLES)
    assert ntriples(triples).encode("utf-8") == expected


@pytest.mark.parametrize("term", [
    Literal("沈阳市", lang="zh"), Literal("Shenyang Shi", lang="zh-Latn-pinyin"), Literal("a\"b\\c\n", lang="EN"),
    Literal(5), Literal("2019-01-02", datatype=XSD.date), Literal("37.5", datatype=XSD.decimal),
    Literal("x", datatype=XSD.string), Literal(""), BNode("b0"), URIRef("https://example.org/a?b=c#d"),
])
def test_a_term_is_written_as_oxigraph_writes_it(term) -> None:
    assert term_text(term) == str(oxigraph(term))


@pytest.mark.parametrize("ties", [False, True])
def test_a_shard_is_what_sorting_a_set_of_its_pyoxigraph_quads_gives(ties) -> None:
    other = URIRef("https://w3id.org/policykg/id/doc/a")
    quads = [(S, RDF.value, Literal("b"), G), (other, RDF.type, URIRef("https://w3id.org/policykg/ontology#A"), G),
             (S, RDF.value, Literal("a", datatype=XSD.string), G), (S, RDF.value, Literal("a"), G),
             (S, RDF.type, other, G), *([(S, RDF.value, Literal("a", lang=lang), G) for lang in ("zh", "en", "fr")]
                                        if ties else [])]
    text = sorted_nquads(quads)
    expected = sorted({ox.Quad(*map(oxigraph, quad)) for quad in quads}, key=quad_key)
    assert text == ox.serialize(expected, format=ox.RdfFormat.N_QUADS)
    assert len(expected) == (7 if ties else 4)


def test_a_malformed_iri_fails_as_in_oxigraph() -> None:
    with pytest.raises(ValueError):
        sorted_nquads([(S, RDF.value, URIRef("not an iri"), G)])
