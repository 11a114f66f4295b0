"""Entity kinds map to ontology classes in one table; places are never actors."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import RDFS

from kg.annotate.kinds import ACTOR_KINDS, PLACE_KINDS, ontology_class, ontology_classes
from kg.resources import ontology_file
from kg.vocab import PKG


def _superclasses(graph: Graph, cls) -> set:
    return set(graph.transitive_objects(cls, RDFS.subClassOf))


def test_every_kind_maps_to_a_class_under_place_or_actor() -> None:
    graph = Graph().parse(ontology_file("policykg.ttl"), format="turtle")
    for kind in PLACE_KINDS:
        classes = _superclasses(graph, ontology_class(kind))
        assert PKG.Place in classes and PKG.Actor not in classes, kind
    for kind in ACTOR_KINDS:
        classes = _superclasses(graph, ontology_class(kind))
        assert PKG.Actor in classes and PKG.Place not in classes, kind


def test_enterprises_are_actors_but_not_government_agencies() -> None:
    assert ontology_class("enterprise") == PKG.Enterprise
    assert ontology_class("natural-feature") == PKG.NaturalFeature


def test_new_kinds_carry_their_base_class_for_readers_without_the_ontology() -> None:
    assert ontology_classes("enterprise") == (PKG.Enterprise, PKG.Actor)
    assert ontology_classes("country") == (PKG.Country, PKG.Place)
    assert ontology_classes("city") == (PKG.City,)


def test_unknown_kind_is_an_error_naming_it() -> None:
    with pytest.raises(KeyError, match="volcano"):
        ontology_class("volcano")
