"""Exact scores of a tiny hand-made graph against a tiny gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef

from kg.evaluate import score
from kg.evaluate.facts import Entity, provision_paths
from kg.evaluate.gold import GoldEntity, parse_gold
from kg.evaluate.score import _same_place, compare, resolve

DATA = Path(__file__).parent / "data"
TURTLE = (DATA / "tiny_graph.ttl").read_text(encoding="utf-8")
GOLD = json.loads((DATA / "tiny_gold.json").read_text(encoding="utf-8"))


@pytest.fixture()
def scores():
    graph = Graph().parse(data=TURTLE, format="turtle")
    return score(parse_gold(GOLD, Path("gold/x.json")), graph)


def counts(category_score):
    return category_score.tp, category_score.fp, category_score.fn


def test_places_match_by_code_else_folded_label(scores):
    # 洛阳 has no code in the graph: matched by label without 市; 全国 is a false positive.
    assert counts(scores["places"]) == (2, 1, 1)
    assert scores["places"].false_positives == ["?全国"]
    assert scores["places"].false_negatives == ["株洲市"]
    assert scores["places"].precision == pytest.approx(2 / 3)
    assert scores["places"].f1 == pytest.approx(2 / 3)


def test_place_measure_rolls_items_up_to_their_article(scores):
    assert counts(scores["place_measure"]) == (2, 1, 1)
    assert scores["place_measure"].false_positives == ["?全国 @ preamble"]


def test_shared_pairs(scores):
    assert counts(scores["shared"]) == (1, 0, 2)
    assert scores["shared"].recall == pytest.approx(1 / 3)


def test_place_industry_folds_the_industry_suffix(scores):
    assert counts(scores["place_industry"]) == (1, 0, 1)
    assert scores["place_industry"].false_negatives == ["洛阳市 – 农机装备"]


def test_actors_issuing_or_mentioned(scores):
    assert counts(scores["actors"]) == (1, 1, 1)
    assert scores["actors"].false_positives == ["?有关部门"]


def test_dataset_named_graphs_are_scored_like_one_graph():
    dataset = Dataset()
    dataset.graph("urn:x:g").parse(data=TURTLE, format="turtle")
    result = score(parse_gold(GOLD, Path("gold/x.json")), dataset)
    assert counts(result["places"]) == (2, 1, 1)


def test_provision_paths_keep_only_chapters_and_articles():
    paths = provision_paths(Graph().parse(data=TURTLE, format="turtle"))
    by_name = {str(k).rsplit("/", 1)[-1]: v for k, v in paths.items()}
    assert by_name["prov_d_2_4_1"] == "二/（ 四）"
    assert by_name["prov_d_2"] == "二"
    assert by_name["prov_d_pre"] == "preamble"


def test_an_empty_category_has_undefined_rates():
    empty = compare([], [])
    assert empty.empty and empty.as_dict()["f1"] is None
    assert not compare(["a"], []).empty


def test_version_1_files_score_only_their_five_categories_and_place_provision(scores):
    assert list(scores) == ["places", "place_measure", "place_provision", "shared", "place_industry", "actors"]
    assert scores["place_provision"] is scores["place_measure"]  # a version 1 file annotates pairs per provision


def test_header_items_of_a_version_2_file():
    gold = parse_gold(json.loads((DATA / "tiny_gold_v2.json").read_text(encoding="utf-8")), Path("gold/v2.json"))
    graph = Graph().parse(data=(DATA / "tiny_graph_v2.ttl").read_text(encoding="utf-8"), format="turtle")
    header = score(gold, graph)["header"]
    # number (brackets folded), title (joined across lines) and issuer match; the date does not
    assert counts(header) == (3, 1, 1)
    assert header.false_positives == ["date: 2018-11-23"]
    assert header.false_negatives == ["date: 2018-11-07"]


def test_a_version_2_file_without_header_has_no_header_category():
    data = json.loads((DATA / "tiny_gold_v2.json").read_text(encoding="utf-8"))
    del data["header"]
    graph = Graph().parse(data=(DATA / "tiny_graph_v2.ttl").read_text(encoding="utf-8"), format="turtle")
    assert list(score(parse_gold(data, Path("gold/v2.json")), graph)) == [
        "places", "place_measure", "place_provision", "shared", "place_industry", "actors", "roles", "provided_by"]


def test_a_graph_entity_is_the_gold_entity_sharing_its_longest_label():
    # a park labelled with its full name and, where a list shares its head (合肥、芜湖出口加工区), with
    # the short name of its host city is the park, not the city; a matching code outranks any label
    city = GoldEntity(name="合肥市", code="340100", kind="city", surfaces=("合肥",))
    park = GoldEntity(name="合肥出口加工区", code=None, kind="park", surfaces=())
    reservoir = GoldEntity(name="某某水库", code=None, kind="reservoir", surfaces=("合肥",))
    iri, other = URIRef("urn:x:park"), URIRef("urn:x:city")
    entities = {iri: Entity(iri, {"合肥出口加工区", "合肥"}), other: Entity(other, {"合肥市", "合肥"}, "340100")}
    assert resolve((city, park), entities, _same_place) == {iri: "合肥出口加工区", other: "合肥市"}
    assert resolve((reservoir, city), entities, _same_place)[other] == "合肥市"
