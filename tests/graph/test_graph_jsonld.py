"""graph.jsonld is compacted with the shipped context, expands to exactly the quads of graph.trig, and
written graph by graph (from the shards' fragments) is byte for byte the compacted whole dataset."""

from __future__ import annotations

import io
import json

import pyoxigraph as ox

from kg.corpus.document import quad_key
from kg.graph.jsonld import compact_jsonld, compact_node, shipped_context, write_document


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
