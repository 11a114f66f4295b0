"""graph.jsonld is compacted with the shipped context, expands to exactly the quads of graph.trig, and
written graph by graph (from the shards' fragments) is byte for byte the compacted whole dataset; a
fragment compacted straight from a shard's triples is byte for byte the compaction of Oxigraph's expanded
JSON-LD of them."""

from __future__ import annotations

import io
import json
from itertools import groupby
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.graph.jsonld import compact_jsonld, compact_node, shipped_context, write_document, write_graph_node
from kg.graph.nquads import quad_key
from kg.pipeline import run_build

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "govcn-2019"
PAGES = [CORPUS / f"{n}.html" for n in ("001", "012", "033")]  # an opinion, a notice, a regulation
RDF, XSD, SKOS = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2001/XMLSchema#",
                  "http://www.w3.org/2004/02/skos/core#")
PKG, PKGD = "https://w3id.org/policykg/ontology#", "https://w3id.org/policykg/id/"


def test_seed_jsonld_is_compact_and_holds_the_same_quads(seed_build) -> None:
    _, out = seed_build
    document = json.loads((out / "graph.jsonld").read_text(encoding="utf-8"))
    assert document["@context"] == shipped_context()
    nodes = [node for graph in document["@graph"] for node in graph.get("@graph", [graph])]
    shenyang = next(node for node in nodes if node["@id"] == "pkgd:place/210100" and "label" in node)
    assert shenyang["label"] == "沈阳市" and shenyang["locatedIn"] == "pkgd:place/210000"
    assert shenyang["adminCode"] == "210100" and shenyang["@type"] == "City"
    trig = set(ox.parse((out / "graph.trig").read_bytes(), format=ox.RdfFormat.TRIG))
    jsonld = set(ox.parse((out / "graph.jsonld").read_bytes(), format=ox.RdfFormat.JSON_LD))
    assert jsonld == trig


def test_values_no_term_fits_keep_their_expanded_form() -> None:
    expanded = json.dumps([{"@id": "https://w3id.org/policykg/id/x",
                            "https://w3id.org/policykg/ontology#adminCode": [{"@value": "1", "@language": "en"}],
                            "http://example.org/p": [{"@value": "v"}]}]).encode()
    (node,) = json.loads(compact_jsonld(expanded))["@graph"]
    assert node["pkg:adminCode"] == {"@value": "1", "@language": "en"}  # the term says: no language
    assert node["http://example.org/p"] == {"@value": "v"}


def test_written_graph_by_graph_it_is_the_compacted_whole_dataset(seed_build) -> None:
    """The file is the graphs' fragments one after the other: byte for byte what compacting the expanded
    JSON-LD of the whole dataset gives, its quads in shard order (graph IRI, subject, predicate, object)."""
    _, out = seed_build
    quads = sorted(ox.parse((out / "graph.trig").read_bytes(), format=ox.RdfFormat.TRIG), key=quad_key)
    assert len({quad.graph_name for quad in quads}) == 2  # the document's and the reference graph
    expanded = ox.serialize(quads, format=ox.RdfFormat.JSON_LD)
    assert (out / "graph.jsonld").read_bytes() == compact_jsonld(expanded)
    stream = io.BytesIO()
    write_document((compact_node(graph) for graph in json.loads(expanded)), stream)
    assert stream.getvalue() == compact_jsonld(expanded)


def _graph_node(quads: list[ox.Quad]) -> bytes:
    """One named graph's quads (in shard order) compacted straight from their triples."""
    stream = io.BytesIO()
    subjects = ((subject, [quad.triple for quad in group]) for subject, group in groupby(quads, lambda q: q.subject))
    write_graph_node(quads[0].graph_name.value, subjects, stream)
    return stream.getvalue()


def _reference_node(quads: list[ox.Quad]) -> bytes:
    """The same graph written by Oxigraph as expanded JSON-LD, then compacted (the reference)."""
    (graph,) = json.loads(ox.serialize(quads, format=ox.RdfFormat.JSON_LD))
    return compact_node(graph)


def test_triples_compact_as_their_expanded_json_ld_does() -> None:
    """Every kind of value: IRIs and blank nodes (subjects and objects), typed literals a term fits and
    does not fit, plain strings with and without a term, language tags (the default, others, a
    language map with two values in one language), rdf:type with IRIs and with a literal, a property
    the context does not know, and a graph of one subject."""
    g, doc, blank = ox.NamedNode(PKGD + "graph/x"), ox.NamedNode(PKGD + "doc/x"), ox.BlankNode("b1")
    iri, literal = ox.NamedNode, ox.Literal
    facts = [(doc, iri(RDF + "type"), iri(PKG + "PolicyDocument")), (doc, iri(RDF + "type"), iri(PKG + "Measure")),
             (doc, iri(PKG + "ordinal"), literal("3", datatype=iri(XSD + "integer"))),
             (doc, iri(PKG + "ordinal"), literal("3.0", datatype=iri(XSD + "decimal"))),
             (doc, iri(PKG + "adminCode"), literal("210100")),
             (doc, iri(PKG + "adminCode"), literal("1", language="en")),
             (doc, iri("http://www.w3.org/2000/01/rdf-schema#label"), literal("沈阳", language="zh")),
             (doc, iri("http://www.w3.org/2000/01/rdf-schema#label"), literal("Shenyang", language="en")),
             (doc, iri("http://www.w3.org/2000/01/rdf-schema#label"), literal("plain")),
             (doc, iri(SKOS + "prefLabel"), literal("5G", language="en")),
             (doc, iri(SKOS + "prefLabel"), literal("5G", language="zh")),
             (doc, iri(SKOS + "prefLabel"), literal("第五代", language="zh")),
             (doc, iri(SKOS + "prefLabel"), literal("wǔ", language="zh-Latn-pinyin")),
             (doc, iri(PKG + "locatedIn"), iri(PKGD + "place/210000")), (doc, iri(PKG + "locatedIn"), blank),
             (doc, iri("http://example.org/p"), literal("v")),
             (doc, iri("http://example.org/p"), iri("http://e.org/o")),
             (blank, iri(RDF + "type"), literal("not a class")), (blank, iri(RDF + "type"), iri(PKG + "Place")),
             (blank, iri(PKG + "heading"), literal("标题", language="zh"))]
    quads = sorted({ox.Quad(*fact, g) for fact in facts}, key=quad_key)
    assert _graph_node(quads) == _reference_node(quads)
    assert _graph_node(quads[-1:]) == _reference_node(quads[-1:])


@pytest.fixture(scope="module")
def corpus_shards(tmp_path_factory, seed_build) -> list[Path]:
    """The shards of the seed build and of three development pages (with their reference graph)."""
    if not all(page.exists() for page in PAGES):
        pytest.skip(f"no corpus pages in {CORPUS}")
    out = tmp_path_factory.mktemp("jsonld-pages")
    run_build(PAGES, out, jobs=1, validate=False)
    return [shard for folder in (seed_build[1], out) for shard in sorted((folder / "current").rglob("*.nq"))]


def test_shards_compact_as_their_expanded_json_ld_does(corpus_shards) -> None:
    assert len(corpus_shards) == 6  # the seed, the three pages and each build's reference graph
    for shard in corpus_shards:
        quads = list(ox.parse(path=str(shard), format=ox.RdfFormat.N_QUADS))
        assert _graph_node(quads) == _reference_node(quads), shard.name
        assert (shard.parent / f"{shard.name}.jsonld").read_bytes() == _reference_node(quads), shard.name
