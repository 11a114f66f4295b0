"""A build worker validates a document on N-Triples text made from its shard's quads, its reference data
and the part of the SKOS schemes it reaches (never an rdflib graph): that text holds those triples, and
a document whose graph breaks a shape fails the build with the violations the reference engine reports."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal
from rdflib.namespace import RDF

from kg.corpus.document import _extractor, build_document, read_reference_needs, validation_ntriples
from kg.errors import ValidationFailed
from kg.graph.build import DocumentGraph, _schemes, reference_triples
from kg.graph.nquads import ntriples
from kg.pipeline import run_build
from kg.validate import check
from kg.vocab import PKG

TEXT = Path(__file__).resolve().parents[1] / "fixtures" / "extract" / "govcn_057_excerpt.txt"
EMPTY_TRIGGER = "pkg:triggerVerb: at most one non-empty xsd:string"


def triples(data: bytes | str, rdf_format: ox.RdfFormat) -> set[ox.Triple]:
    return {quad.triple for quad in ox.parse(data, format=rdf_format)}


def validation_text(shard: Path) -> tuple[str, set[ox.Triple], set[ox.Triple]]:
    """A built shard's validation text, as its worker made it; and the shard's and reference's triples."""
    places, actors = read_reference_needs(shard)
    reference = reference_triples(places, actors, _extractor().gazetteer, schemes=False)
    document = [(s, p, o) for s, p, o, _ in Dataset().parse(data=shard.read_bytes(), format="nquads").quads()]
    return (validation_ntriples(document, reference), triples(shard.read_bytes(), ox.RdfFormat.N_QUADS),
            triples(ntriples(reference), ox.RdfFormat.N_TRIPLES))


@pytest.fixture()
def empty_trigger(monkeypatch) -> None:
    """Every document graph gets a measure with an empty trigger verb (the shape wants a non-empty one)."""
    add = DocumentGraph.add

    def broken(self) -> None:
        add(self)
        measure = next(s for s, p, o in self.triples if p == RDF.type and o == PKG.Measure)
        self.triples[measure, PKG.triggerVerb, Literal("")] = None
    monkeypatch.setattr(DocumentGraph, "add", broken)


def test_the_text_holds_the_document_its_reference_and_the_schemes_it_reaches(tmp_path) -> None:
    result = build_document(TEXT, tmp_path / "doc.nq")
    text, document, reference = validation_text(tmp_path / "doc.nq")
    data = triples(text, ox.RdfFormat.N_TRIPLES)
    schemes = triples(ntriples(_schemes()), ox.RdfFormat.N_TRIPLES)
    assert not result.violations and result.industries
    assert document | reference <= data
    from_schemes = data - document - reference
    assert from_schemes and from_schemes < schemes  # a part of the schemes, nothing else
    assert {t.subject for t in from_schemes} <= {t.object for t in data}  # each one reached
    for industry in map(ox.NamedNode, result.industries):  # a concept named: all it says, and its broader ones
        assert {t for t in schemes if t.subject == industry} <= data


def test_a_document_graph_breaking_a_shape_fails_the_build(tmp_path, empty_trigger, capsys) -> None:
    with pytest.raises(ValidationFailed, match="does not conform to the SHACL shapes"):
        run_build([TEXT], tmp_path / "out", jobs=1)
    assert EMPTY_TRIGGER in capsys.readouterr().err
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_a_workers_violations_are_the_reference_engines(tmp_path, empty_trigger) -> None:
    result = build_document(TEXT, tmp_path / "doc.nq")
    text, _, _ = validation_text(tmp_path / "doc.nq")
    assert result.violations == [str(v) for v in check(text, engine="pyshacl")]
    assert result.violations and all(EMPTY_TRIGGER in v for v in result.violations)  # empty; a second one
