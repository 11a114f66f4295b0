"""The build's SHACL engine (pyshacl-turbo) reports what the reference (pyshacl) reports, on every shape
test and mutation of tests/ontology/test_ontology_shapes.py and on a real document's graph, whether it is
handed an rdflib graph or the graph's N-Triples text (what a build worker hands it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Graph
from rdflib.namespace import RDF, RDFS, SH

from kg.graph.write import union_graph
from kg.pipeline import build_dataset
from kg.validate import check, ontology_axioms, validation
from kg.vocab import PKG
from test_ontology_shapes import (
    ACTOR, BROKEN, CITY, ENGLISH, MEASURE, OTHER_SENTENCE, PROVINCE, add, fixture, make_preamble,
    move_target_to_provision, replace,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CASES = [
    pytest.param(lambda g: None, id="the conforming excerpt"),
    pytest.param(move_target_to_provision, id="target on a provision"),
    pytest.param(make_preamble, id="preamble"),
    pytest.param(add(ACTOR, RDFS.label, ENGLISH), id="an English label"),
    *(pytest.param(case.values[0], id=case.id) for case in BROKEN),
    pytest.param(replace(MEASURE, PKG.sentenceText, OTHER_SENTENCE), id="offender: clause not in sentence"),
    pytest.param(replace(PROVINCE, PKG.adminCode, "220000"), id="offender: parent in another province"),
]
RESULT_FIELDS = (SH.focusNode, SH.resultPath, SH.value, SH.sourceConstraintComponent, SH.resultSeverity,
                 SH.resultMessage)


def results(data: Graph | str, engine: str) -> tuple[bool, list[tuple]]:
    """Whether it conforms and every result as its comparable fields (blank nodes as a placeholder)."""
    conforms, report = validation(data, engine=engine)
    rows = [tuple(_comparable(report.value(r, field)) for field in (*RESULT_FIELDS, SH.sourceShape))
            for r in report.subjects(RDF.type, SH.ValidationResult)]
    return conforms, sorted(rows)


def _comparable(term) -> str:
    return "" if term is None else "_:" if isinstance(term, BNode) else term.n3()


@pytest.mark.parametrize("mutate", CASES)
def test_turbo_reports_what_pyshacl_reports(mutate) -> None:
    data = fixture()
    mutate(data)
    text = data.serialize(format="nt")
    turbo, reference = results(data, "turbo"), results(data, "pyshacl")
    assert turbo == reference
    assert results(text, "turbo") == reference
    assert check(data) == check(text) == check(data, engine="pyshacl") == check(text, engine="pyshacl")


def test_the_engines_agree_on_a_built_document() -> None:
    graph = union_graph(build_dataset(sorted(SEEDS.glob("*.txt"))).dataset)
    graph.set((CITY, PKG.adminCode, PROVINCE))  # an IRI where a code is due
    reference = results(graph, "pyshacl")
    assert results(graph, "turbo") == results(graph.serialize(format="nt"), "turbo") == reference
    assert reference[0] is False


def test_the_callers_graph_is_left_alone_unless_inplace() -> None:
    data = fixture()
    size = len(data)
    check(data)
    assert len(data) == size
    check(data, inplace=True)
    assert len(data) == size + len(ontology_axioms())


def test_an_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown SHACL engine"):
        check(fixture(), engine="jena")  # type: ignore[arg-type]
