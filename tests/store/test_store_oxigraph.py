"""kg.store: loading graph files and rdflib datasets into pyoxigraph, on-disk stores, SELECT helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.graph.load import load_dataset
from kg.store import open_source, save_store, select

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "linked" / "mini.trig"
SHARING = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?a ?b (COUNT(DISTINCT ?m) AS ?n) WHERE {
  ?a pkg:supportedBy ?m . ?b pkg:supportedBy ?m . FILTER(STR(?a) < STR(?b))
} GROUP BY ?a ?b ORDER BY ?a ?b"""
PLACE = "https://w3id.org/policykg/id/place/"
EXPECTED_PAIRS = [(PLACE + "210100", PLACE + "210200", "1"), (PLACE + "210100", PLACE + "210300", "1"),
                  (PLACE + "210100", PLACE + "220100", "1")]


def test_file_source_answers_the_sharing_query() -> None:
    store = open_source(MINI)
    names, rows = select(store, SHARING)
    assert names == ["a", "b", "n"]
    assert rows == EXPECTED_PAIRS


def test_select_queries_the_union_of_named_graphs() -> None:
    store = open_source(MINI)
    _, rows = select(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/policykg/ontology#Measure> }")
    assert rows == [("3",)]


def test_unbound_values_are_none() -> None:
    store = open_source(MINI)
    _, rows = select(store, "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX pkg: <https://w3id.org/policykg/ontology#>"
                            " SELECT ?d ?issued WHERE { ?d a pkg:PolicyDocument OPTIONAL { ?d dcterms:issued ?issued } }"
                            " ORDER BY ?d")
    assert [row[1] for row in rows] == ["2021-11-05", None]


def test_disk_store_round_trip_and_atomic_replace(tmp_path: Path) -> None:
    target = tmp_path / "store"
    save_store(MINI, target)
    store = open_source(f"oxigraph:{target}")
    assert select(store, SHARING)[1] == EXPECTED_PAIRS
    quads = len(store)
    del store
    smaller = tmp_path / "one.nt"
    smaller.write_text("<https://w3id.org/policykg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> \"甲\"@zh .\n",
                       encoding="utf-8")
    save_store(smaller, target)
    replaced = open_source(f"oxigraph:{target}")
    assert len(replaced) == 1 < quads
    assert sorted(path.name for path in tmp_path.iterdir()) == ["one.nt", "store"]


def test_save_store_from_rdflib_dataset_keeps_named_graphs(tmp_path: Path) -> None:
    save_store(load_dataset(MINI), tmp_path / "store")
    store = open_source(f"oxigraph:{tmp_path / 'store'}")
    graphs = sorted(graph.value for graph in store.named_graphs())
    assert graphs == ["https://w3id.org/policykg/id/graph/doc-a", "https://w3id.org/policykg/id/graph/doc-b",
                      "https://w3id.org/policykg/id/graph/reference"]
    assert select(store, SHARING)[1] == EXPECTED_PAIRS


def test_failed_load_leaves_previous_store_in_place(tmp_path: Path) -> None:
    target = tmp_path / "store"
    save_store(MINI, target)
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(InputError):
        save_store(broken, target)
    assert select(open_source(f"oxigraph:{target}"), SHARING)[1] == EXPECTED_PAIRS
    assert sorted(path.name for path in tmp_path.iterdir()) == ["broken.ttl", "store"]


def test_parse_error_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \"unterminated .\n",
                   encoding="utf-8")
    with pytest.raises(InputError) as caught:
        open_source(bad)
    message = str(caught.value)
    assert message.startswith(str(bad)) and "line 3" in message


@pytest.mark.parametrize("spec", ["missing.trig", "oxigraph:/nonexistent/store"])
def test_missing_sources_are_input_errors(spec: str) -> None:
    with pytest.raises(InputError):
        open_source(spec)


def test_unknown_suffix_is_an_input_error(tmp_path: Path) -> None:
    odd = tmp_path / "graph.csv"
    odd.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown graph format"):
        open_source(odd)
