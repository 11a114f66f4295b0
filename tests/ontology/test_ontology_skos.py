"""The SKOS schemes (industries, instruments, designations): integrity and fitness for label lookup."""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest
from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.resources import ontology_file
from kg.vocab import PKG, PKGD

SCHEME_FILES = ["industries.ttl", "instruments.ttl", "designations.ttl"]
# schemes whose labels the extractor looks up: a label must name one concept only
LOOKUP_SCHEMES = {PKGD["scheme/industry"]: PKG.Industry, PKGD["scheme/instrument"]: PKG.InstrumentType,
                  PKGD["scheme/designation"]: PKG.PlaceDesignation}


@cache
def scheme_graph(name: str) -> Graph:
    return Graph().parse(ontology_file(name), format="turtle")


def concepts(graph: Graph) -> set[URIRef]:
    return set(graph.subjects(RDF.type, SKOS.Concept))


def zh(graph: Graph, concept: URIRef, prop: URIRef) -> list[str]:
    return [str(label) for label in graph.objects(concept, prop) if label.language == "zh"]


@pytest.mark.parametrize("name", SCHEME_FILES)
def test_every_concept_has_one_zh_and_at_most_one_en_preflabel(name: str) -> None:
    g = scheme_graph(name)
    for concept in concepts(g):
        languages = Counter(label.language for label in g.objects(concept, SKOS.prefLabel))
        assert languages["zh"] == 1, concept
        assert languages["en"] <= 1, concept


@pytest.mark.parametrize("name", SCHEME_FILES)
def test_concepts_sit_in_declared_schemes_and_broader_targets_exist(name: str) -> None:
    g = scheme_graph(name)
    schemes = set(g.subjects(RDF.type, SKOS.ConceptScheme))
    for concept in concepts(g):
        assert set(g.objects(concept, SKOS.inScheme)) & schemes, concept
        for parent in g.objects(concept, SKOS.broader):
            assert parent in concepts(g), f"{concept} has unknown broader {parent}"
            assert set(g.objects(parent, SKOS.inScheme)) == set(g.objects(concept, SKOS.inScheme))


@pytest.mark.parametrize("name", SCHEME_FILES)
def test_broader_hierarchy_has_no_cycles(name: str) -> None:
    g = scheme_graph(name)
    for concept in concepts(g):
        parents = g.objects(concept, SKOS.broader)
        reachable = {a for parent in parents for a in g.transitive_objects(parent, SKOS.broader)}
        assert concept not in reachable, f"{concept} is its own ancestor"


@pytest.mark.parametrize("name", SCHEME_FILES)
def test_top_concepts_are_exactly_those_without_broader(name: str) -> None:
    g = scheme_graph(name)
    for scheme in g.subjects(RDF.type, SKOS.ConceptScheme):
        members = set(g.subjects(SKOS.inScheme, scheme))
        tops = set(g.objects(scheme, SKOS.hasTopConcept))
        assert tops == set(g.subjects(SKOS.topConceptOf, scheme))
        assert tops == {c for c in members if g.value(c, SKOS.broader) is None}


@pytest.mark.parametrize("name", SCHEME_FILES)
def test_each_scheme_records_source_and_licence(name: str) -> None:
    g = scheme_graph(name)
    for scheme in g.subjects(RDF.type, SKOS.ConceptScheme):
        assert list(g.objects(scheme, DCTERMS.source)), scheme
        assert g.value(scheme, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")


@pytest.mark.parametrize("scheme", sorted(LOOKUP_SCHEMES))
def test_lookup_labels_are_unambiguous(scheme: URIRef) -> None:
    g = Graph()
    for name in SCHEME_FILES:
        g += scheme_graph(name)
    owner: dict[str, URIRef] = {}
    for concept in g.subjects(SKOS.inScheme, scheme):
        assert (concept, RDF.type, LOOKUP_SCHEMES[scheme]) in g
        assert zh(g, concept, RDFS.label) == zh(g, concept, SKOS.prefLabel)
        labels = zh(g, concept, SKOS.prefLabel) + zh(g, concept, SKOS.altLabel)
        assert len(labels) == len(set(labels)), f"{concept} repeats a label (prefLabel and altLabel must differ)"
        for label in labels:
            assert owner.setdefault(label, concept) == concept, f"{label!r} names {owner[label]} and {concept}"


def test_industry_scheme_is_broad_and_aligned_to_national_classifications() -> None:
    g = scheme_graph("industries.ttl")
    industries = set(g.subjects(RDF.type, PKG.Industry))
    assert len(industries) >= 150
    gb = set(g.subjects(SKOS.inScheme, PKGD["scheme/gbt4754-2017"]))
    sei = set(g.subjects(SKOS.inScheme, PKGD["scheme/sei2018"]))
    assert len(sei) == 9 and len(gb) == 20 + 97
    matched = set()
    for prop in (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch):
        for concept, target in g.subject_objects(prop):
            assert concept in industries and target in gb | sei, (concept, target)
            matched.add(target)
    assert sei - {PKGD["sei2018/9"]} <= matched, "categories 1-8 are matched (9 is the residual 相关服务业)"
    assert (PKGD["industry/automotive"], SKOS.exactMatch, PKGD["gbt4754-2017/C36"]) in g
    assert PKGD["industry/high-end-equipment"] in set(g.transitive_objects(PKGD["industry/robotics"], SKOS.broader))


@pytest.mark.parametrize(("label", "slug"), [("装备制造", "equipment-manufacturing"),
                                             ("农业机械装备", "agricultural-machinery"),
                                             ("先进轨道交通装备", "rail-transit-equipment"),
                                             ("新能源汽车", "new-energy-vehicles")])
def test_seed_surface_forms_find_their_industry(label: str, slug: str) -> None:
    g = scheme_graph("industries.ttl")
    found = {c for p in (SKOS.prefLabel, SKOS.altLabel) for c in g.subjects(p, None)
             if label in zh(g, c, p)}
    assert found == {PKGD[f"industry/{slug}"]}


def test_designation_slugs_the_pipeline_uses_exist() -> None:
    g = scheme_graph("designations.ttl")
    for slug in ("industrial-transformation-demo-zone-city", "demo-zone-eval-2020-excellent",
                 "demo-zone-eval-2020-good", "yangtze-transformation-demo-devzone"):
        assert (PKGD[f"designation/{slug}"], RDF.type, PKG.PlaceDesignation) in g


def test_instrument_cues_cover_the_brief() -> None:
    g = scheme_graph("instruments.ttl")
    cues = {label for c in concepts(g) for label in zh(g, c, SKOS.altLabel) + zh(g, c, SKOS.prefLabel)}
    assert {"贷款", "专项贷款", "企业债券", "用地指标", "督查激励", "创新中心", "试点城市"} <= cues
    assert all(g.value(c, SKOS.definition) is not None for c in concepts(g))


def test_schemes_conform_to_the_shapes() -> None:
    data = Graph()
    for name in SCHEME_FILES:
        data += scheme_graph(name)
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    ontology = Graph().parse(ontology_file("policykg.ttl"), format="turtle")
    conforms, _, text = validate(data, shacl_graph=shapes, ont_graph=ontology)
    assert conforms, text


def test_no_two_industries_are_exact_matches_of_the_same_concept() -> None:
    g = scheme_graph("industries.ttl")
    shared = [target for target, n in Counter(g.objects(None, SKOS.exactMatch)).items() if n > 1]
    assert shared == [], "skos:exactMatch is transitive: sharing a target would make two industries the same"
