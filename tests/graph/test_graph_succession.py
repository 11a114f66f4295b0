"""Former names from the succession tables land on the one successor entity, with the year of change."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SKOS

from kg.errors import InputError
from kg.graph.succession import read_successions, succession_triples
from kg.vocab import PKG, PKGD

XIANGYANG = "place/420600"


def test_xiangfan_is_a_former_name_of_xiangyang() -> None:
    graph = Graph()
    for triple in succession_triples({XIANGYANG}, {XIANGYANG: "襄阳市"}):
        graph.add(triple)
    entity = PKGD[XIANGYANG]
    assert (entity, SKOS.hiddenLabel, Literal("襄樊市", lang="zh")) in graph
    (event,) = {e for e in graph.subjects(PKG.renamedEntity, entity)
                if graph.value(e, PKG.formerName) == Literal("襄樊市", lang="zh")}
    assert (event, RDF.type, PKG.NameChange) in graph
    assert graph.value(event, PKG.changeYear).toPython() == 2010


def test_entities_not_in_the_graph_get_nothing() -> None:
    assert succession_triples({"place/210100"}, {"place/210100": "沈阳市"}) == []


def test_an_agency_table_with_successor_ids_is_read(tmp_path) -> None:
    path = tmp_path / "successors.tsv"
    path.write_text("# test\nold_name\tsuccessor\tyear\n国家计委\tactor/ndrc\t1998\n", encoding="utf-8")
    (row,) = read_successions(path)
    assert (row.former_name, row.successor, row.year) == ("国家计委", "actor/ndrc", 1998)
    path.write_text("old_name\tsuccessor\tyear\n国家计委\t\tabc\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_successions(path)
