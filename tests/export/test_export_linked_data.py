"""kg.export: every format round-trips, with Wikidata links, GeoSPARQL points, VoID/DCAT and PROV-O."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pyoxigraph import NamedNode, Quad
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, VOID

from kg.errors import InputError
from kg.export import run_export
from kg.export.links import OWL_SAME_AS, same_as_links, wikidata_table
from kg.export.writer import enrich, jsonld_context, write
from kg.graph.load import load_dataset
from kg.resources import data_dir
from kg.store import open_source

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "linked" / "mini.trig"
ID = "https://w3id.org/policykg/id/"
GEO = "http://www.opengis.net/ont/geosparql#"
WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
RDFLIB_FORMATS = {"trig": "trig", "nq": "nquads", "ttl": "turtle", "nt": "nt", "rdfxml": "xml", "jsonld": "json-ld"}


def _exported(fmt: str) -> bytes:
    store = open_source(MINI)
    enrich(store, generated_at=WHEN)
    return write(store, fmt)


def _dataset(fmt: str) -> Dataset:
    dataset = Dataset()
    dataset.parse(data=_exported(fmt), format=RDFLIB_FORMATS[fmt])
    return dataset


def _triples(dataset: Dataset) -> set[tuple[object, object, object]]:
    return {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}


def test_trig_round_trip_keeps_every_input_graph() -> None:
    original, exported = load_dataset(MINI), _dataset("trig")
    names = {str(graph.identifier) for graph in original.graphs() if len(graph)}
    assert names == {ID + "graph/reference", ID + "graph/doc-a", ID + "graph/doc-b"}
    for name in names:
        assert isomorphic(original.graph(URIRef(name)), exported.graph(URIRef(name))), name
    extra = {str(graph.identifier) for graph in exported.graphs() if len(graph)} - names
    assert extra == {ID + "graph/links", ID + "graph/metadata"}


def test_links_graph_has_wikidata_and_wkt() -> None:
    links = _dataset("trig").graph(URIRef(ID + "graph/links"))
    same_as = {(str(s), str(o)) for s, o in links.subject_objects(OWL.sameAs)}
    assert {(ID + "place/210000", "http://www.wikidata.org/entity/Q43934"),
            (ID + "place/220000", "http://www.wikidata.org/entity/Q45208"),
            (ID + "place/210100", "http://www.wikidata.org/entity/Q11720")} <= same_as
    wkt = links.value(URIRef(ID + "place/210100#geometry"), URIRef(GEO + "asWKT"))
    assert wkt == Literal("POINT(123.4315 41.8057)", datatype=URIRef(GEO + "wktLiteral"))
    assert links.value(URIRef(ID + "place/210100"), URIRef(GEO + "hasGeometry")) == URIRef(ID + "place/210100#geometry")
    assert links.value(URIRef(ID + "place/210200"), URIRef(GEO + "hasGeometry")) is None


def test_links_graph_does_not_repeat_a_link_the_store_already_states() -> None:
    store = open_source(MINI)
    place, wikidata = NamedNode(ID + "place/210000"), NamedNode("http://www.wikidata.org/entity/Q43934")
    store.add(Quad(place, OWL_SAME_AS, wikidata, NamedNode(ID + "graph/reference")))
    links = same_as_links(store, wikidata_table())
    assert all(quad.subject != place for quad in links)
    assert any(quad.subject == NamedNode(ID + "place/210100") for quad in links)


def test_metadata_graph_has_void_and_provenance() -> None:
    exported = _dataset("trig")
    metadata = exported.graph(URIRef(ID + "graph/metadata"))
    dataset = URIRef(ID + "dataset")
    data_triples = len({t for g in exported.graphs() if str(g.identifier) != ID + "graph/metadata" for t in g})
    assert int(metadata.value(dataset, VOID.triples)) == data_triples
    assert URIRef("https://creativecommons.org/licenses/by/4.0/") in set(
        metadata.objects(dataset, URIRef("http://purl.org/dc/terms/license")))
    doc_graph = URIRef(ID + "graph/doc-a")
    assert metadata.value(doc_graph, PROV.wasDerivedFrom) == URIRef(ID + "doc/doc-a")
    assert str(metadata.value(URIRef(ID + "doc/doc-a"), URIRef("https://w3id.org/policykg/ontology#contentHash"))) \
        == "sha256:1111"
    assert str(metadata.value(doc_graph, PROV.generatedAtTime)) == "2026-01-02T03:04:05+00:00"
    assert metadata.value(URIRef(ID + "graph/reference"), PROV.wasDerivedFrom) is None


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "rdfxml", "jsonld"])
def test_every_format_carries_the_same_triples(fmt: str) -> None:
    assert _triples(_dataset(fmt)) == _triples(_dataset("trig"))


def test_output_is_deterministic() -> None:
    assert _exported("trig") == _exported("trig")
    assert _exported("ttl") == _exported("ttl")


def test_jsonld_uses_the_project_context() -> None:
    document = json.loads(_exported("jsonld"))
    assert document["@context"] == jsonld_context()
    context_file = Path(__file__).resolve().parents[2] / "ontology" / "context.jsonld"
    if context_file.is_file():
        shipped = json.loads(context_file.read_text(encoding="utf-8"))
        assert document["@context"] == shipped.get("@context", shipped)
    else:
        assert document["@context"]["pkg"] == "https://w3id.org/policykg/ontology#"


def test_run_export_writes_file_and_stdout(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    target = tmp_path / "out" / "graph.nt"
    run_export(MINI, "nt", target)
    assert len(Graph().parse(target, format="nt")) == len(_triples(_dataset("nt")))
    run_export(MINI, "ttl", None)
    assert len(Graph().parse(data=capsysbinary.readouterr().out, format="turtle")) > 80


def test_shipped_wikidata_table_covers_provinces_prefectures_and_counties() -> None:
    table = wikidata_table()
    assert len(table) == 3054 + 3  # divisions.csv, plus 台湾, 香港, 澳门 from provinces.tsv
    assert table["110000"] == "Q956" and table["210000"] == "Q43934" and table["650000"] == "Q34800"
    assert table["210100"] == "Q11720" and table["810000"] == "Q8646"
    assert (data_dir() / "wikidata" / "README.md").is_file()


def test_bad_wikidata_row_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "cities.tsv").write_text("admin_code\twikidata\tname_zh\tsource_key\n210100\tQ1\t沈阳市\tx\n"
                                         "21010\tQ1\t坏\tx\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        wikidata_table(tmp_path)
    assert str(caught.value).startswith(f"{tmp_path / 'cities.tsv'}:3")
