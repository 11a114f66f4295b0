"""The graph the pipeline builds from the seed uses the ontology as declared: terms, domains, ranges, datatypes."""

from __future__ import annotations

from functools import cache

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

from kg.resources import ontology_file
from kg.vocab import PKG

XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")


@cache
def ontology() -> Graph:
    return Graph().parse(ontology_file("policykg.ttl"), format="turtle")


def members(expr: URIRef) -> set:
    """A named class, or the members of an ``owl:unionOf`` class expression."""
    union = ontology().value(expr, OWL.unionOf)
    return set(Collection(ontology(), union)) if union is not None else {expr}


def superclasses(cls: URIRef) -> set:
    return set(ontology().transitive_objects(cls, RDFS.subClassOf))


@pytest.fixture(scope="module")
def seed_graph(seed_build) -> Graph:
    _, out = seed_build
    return Graph().parse(out / "graph.nt", format="nt")


def test_every_pkg_term_used_is_declared(seed_graph: Graph) -> None:
    declared = set(ontology().subjects(RDFS.isDefinedBy, URIRef(str(PKG)[:-1])))
    used = {t for t in set(seed_graph.predicates()) | set(seed_graph.objects(None, RDF.type))
            if str(t).startswith(str(PKG))}
    assert used and used <= declared


def test_subjects_objects_and_literals_fit_domains_and_ranges(seed_graph: Graph) -> None:
    types: dict = {}
    for node, cls in seed_graph.subject_objects(RDF.type):
        types.setdefault(node, set()).update(superclasses(cls))
    misfits = []
    for s, p, o in seed_graph:
        domain, range_ = ontology().value(p, RDFS.domain), ontology().value(p, RDFS.range)
        if domain is not None and not types.get(s, set()) & members(domain):
            misfits.append(f"{s} is outside the domain of {p}")
        if range_ is None:
            continue
        if isinstance(o, Literal):
            datatype = o.datatype or (RDF.langString if o.language else XSD_STRING)
            if datatype != range_ and range_ != RDFS.Literal:
                misfits.append(f"{p} value {o!r} is not {range_}")
        elif not types.get(o, set()) & members(range_):
            misfits.append(f"{o} is outside the range of {p}")
    assert misfits == []
