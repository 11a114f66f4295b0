"""The OWL ontology: parses, every term documented, and in step with ``kg.vocab.PKG``."""

from __future__ import annotations

import json
from functools import cache

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.compare import to_isomorphic
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.resources import ontology_file
from kg.vocab import ONTOLOGY_IRI, PKG

ONTOLOGY = URIRef(ONTOLOGY_IRI)
TURTLE_FILES = ["policykg.ttl", "shapes.ttl", "industries.ttl", "instruments.ttl", "designations.ttl"]
VOCAB_TERMS = sorted(PKG.__annotations__)
# rdflib's XSD namespace warns when pytest inspects it as a module global, so spell the IRIs out
DATATYPES = {URIRef(f"http://www.w3.org/2001/XMLSchema#{name}")
             for name in ("string", "integer", "date", "decimal")} | {RDF.langString, RDFS.Literal}
# (xsd:gYear is not in the OWL 2 datatype map: a DL reasoner refuses an ontology naming it as a range)


@cache
def ontology() -> Graph:
    return Graph().parse(ontology_file("policykg.ttl"), format="turtle")


def pkg_terms(kind: URIRef) -> set[URIRef]:
    return {s for s in ontology().subjects(RDF.type, kind) if str(s).startswith(str(PKG))}


def class_members(expr: URIRef | BNode) -> set:
    """A named class, or the members of an ``owl:unionOf`` class expression."""
    union = ontology().value(expr, OWL.unionOf)
    return set(Collection(ontology(), union)) if union is not None else {expr}


@pytest.mark.parametrize("name", TURTLE_FILES)
def test_every_turtle_file_parses(name: str) -> None:
    graph = Graph().parse(ontology_file(name), format="turtle")
    assert len(graph) > 100


def test_header_names_version_title_and_cc_by_licence() -> None:
    g = ontology()
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in g
    assert g.value(ONTOLOGY, OWL.versionInfo) is not None
    assert {t.language for t in g.objects(ONTOLOGY, DCTERMS.title)} >= {"en", "zh"}
    assert g.value(ONTOLOGY, DCTERMS.description) is not None
    assert g.value(ONTOLOGY, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")


@pytest.mark.parametrize("name", VOCAB_TERMS)
def test_every_vocab_term_is_declared_and_documented(name: str) -> None:
    g, term = ontology(), PKG[name]
    kinds = set(g.objects(term, RDF.type)) & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    assert len(kinds) == 1, f"{name} must be exactly one of class, object or datatype property"
    labels = {lit.language for lit in g.objects(term, RDFS.label)}
    assert labels == {"zh", "en"}
    comments = [c for c in g.objects(term, RDFS.comment) if c.language == "en"]
    assert len(comments) == 1 and len(comments[0]) > 30
    assert g.value(term, RDFS.isDefinedBy) == ONTOLOGY


def test_every_declared_pkg_term_is_in_kg_vocab() -> None:
    declared = {str(s)[len(str(PKG)):] for s in ontology().subjects(RDFS.isDefinedBy, ONTOLOGY)}
    used = {str(t)[len(str(PKG)):] for t in ontology().all_nodes()
            if isinstance(t, URIRef) and str(t).startswith(str(PKG))}
    assert declared == set(VOCAB_TERMS)
    assert used == set(VOCAB_TERMS)


@pytest.mark.parametrize("prop", sorted(pkg_terms(OWL.ObjectProperty)))
def test_object_properties_link_pkg_classes(prop: URIRef) -> None:
    classes = pkg_terms(OWL.Class)
    for axis in (RDFS.domain, RDFS.range):
        expr = ontology().value(prop, axis)
        assert expr is not None, f"{prop} lacks {axis}"
        assert class_members(expr) <= classes


@pytest.mark.parametrize("prop", sorted(pkg_terms(OWL.DatatypeProperty)))
def test_datatype_properties_have_class_domain_and_datatype_range(prop: URIRef) -> None:
    domain = ontology().value(prop, RDFS.domain)
    assert domain is not None and class_members(domain) <= pkg_terms(OWL.Class)
    assert ontology().value(prop, RDFS.range) in DATATYPES


def test_key_axioms() -> None:
    g = ontology()
    assert (PKG.locatedIn, RDF.type, OWL.TransitiveProperty) in g
    assert (PKG.targets, OWL.inverseOf, PKG.supportedBy) in g
    assert (PKG.clusterPlace, OWL.inverseOf, PKG.hasIndustryCluster) in g
    for sub, sup in [(PKG.GovernmentAgency, PKG.Actor), (PKG.FinancialInstitution, PKG.Actor),
                     (PKG.Province, PKG.Place), (PKG.City, PKG.Place), (PKG.District, PKG.Place),
                     (PKG.County, PKG.Place), (PKG.Region, PKG.Place), (PKG.IndustrialPark, PKG.Place),
                     (PKG.Industry, SKOS.Concept), (PKG.InstrumentType, SKOS.Concept),
                     (PKG.PlaceDesignation, SKOS.Concept)]:
        assert (sub, RDFS.subClassOf, sup) in g, f"{sub} ⊑ {sup}"
    assert (PKG.partOf, RDFS.subPropertyOf, DCTERMS.isPartOf) in g
    assert (PKG.mentionedIn, RDFS.subPropertyOf, DCTERMS.isReferencedBy) in g


def test_major_classes_are_pairwise_disjoint() -> None:
    g = ontology()
    groups = [set(Collection(g, g.value(axiom, OWL.members)))
              for axiom in g.subjects(RDF.type, OWL.AllDisjointClasses)]
    major = {PKG.PolicyDocument, PKG.Provision, PKG.Measure, PKG.Actor, PKG.Place, PKG.Industry,
             PKG.IndustryCluster, PKG.Target}
    assert any(major <= group for group in groups)
    # a central bank is both a government agency and a financial institution: never disjoint
    assert not any({PKG.GovernmentAgency, PKG.FinancialInstitution} <= group for group in groups)


def test_context_has_a_short_key_for_every_vocab_term() -> None:
    context = json.loads(ontology_file("context.jsonld").read_text(encoding="utf-8"))["@context"]
    for name in VOCAB_TERMS:
        entry = context[name]
        assert (entry if isinstance(entry, str) else entry["@id"]) == f"pkg:{name}"


def test_context_coerces_types_as_the_ontology_says() -> None:
    context = json.loads(ontology_file("context.jsonld").read_text(encoding="utf-8"))
    doc = {"@context": context["@context"], "@id": "https://w3id.org/policykg/id/place/210100",
           "@type": "City", "label": "沈阳市", "adminCode": "210100", "locatedIn": "pkgd:place/210000",
           "altLabel": ["沈阳"]}
    g = Graph().parse(data=json.dumps(doc, ensure_ascii=False), format="json-ld")
    place = URIRef("https://w3id.org/policykg/id/place/210100")
    assert (place, RDF.type, PKG.City) in g
    assert (place, RDFS.label, Literal("沈阳市", lang="zh")) in g
    assert (place, SKOS.altLabel, Literal("沈阳", lang="zh")) in g
    assert (place, PKG.adminCode, Literal("210100")) in g
    assert (place, PKG.locatedIn, URIRef("https://w3id.org/policykg/id/place/210000")) in g


def test_context_compacts_every_key_and_round_trips() -> None:
    context = json.loads(ontology_file("context.jsonld").read_text(encoding="utf-8"))["@context"]
    graph = Graph().parse(ontology_file("designations.ttl"), format="turtle")
    compacted = graph.serialize(format="json-ld", context=context)
    nodes = json.loads(compacted)["@graph"]
    assert not [key for node in nodes for key in node if key.startswith("http")]
    assert to_isomorphic(Graph().parse(data=compacted, format="json-ld")) == to_isomorphic(graph)
