"""The ontology is OWL 2 DL and consistent: HermiT (through owlready2, needs Java) classifies it with no
unsatisfiable class. Skipped, saying why, where Java or owlready2 is missing."""

from __future__ import annotations

import shutil

import pytest
from rdflib import Graph

from kg.resources import ontology_file


def test_hermit_classifies_the_ontology_with_no_unsatisfiable_class(tmp_path) -> None:
    owlready2 = pytest.importorskip("owlready2")
    if shutil.which("java") is None:
        pytest.skip("no Java on PATH: HermiT cannot run")
    path = tmp_path / "policykg.nt"
    Graph().parse(ontology_file("policykg.ttl"), format="turtle").serialize(path, format="nt")
    world = owlready2.World()
    ontology = world.get_ontology(path.as_uri()).load()
    with ontology:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)  # raises if not DL/inconsistent
    assert list(world.inconsistent_classes()) == []
    assert len(list(ontology.classes())) >= 20
