"""The SHACL shapes: a small real graph conforms, and each kind of damage fails for its own reason."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from kg.resources import ontology_file
from kg.vocab import PKG, PKGD

# An excerpt of the seed (发改振兴〔2021〕1618号, item (四)), built by hand as the extractor would.
CONFORMING = """
@prefix pkg: <https://w3id.org/policykg/ontology#> .
@base <https://w3id.org/policykg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix wgs: <http://www.w3.org/2003/01/geo/wgs84_pos#> .

<doc/fgzx-2021-1618> a pkg:PolicyDocument ;
    dcterms:title "“十四五”支持老工业城市和资源型城市产业转型升级示范区高质量发展实施方案"@zh ;
    dcterms:issued "2021-11-19"^^xsd:date ;
    pkg:documentNumber "发改振兴〔2021〕1618号" ;
    pkg:issuedBy <actor/ndrc> ;
    pkg:addressedTo "有关省、自治区、直辖市、计划单列市发展改革委"@zh ;
    pkg:contentHash "sha256:ef413eea2c82c6f8bd621e91cd835e8a26cc3ccbb0ae4d249dec9c2ad63e51f6" ;
    pkg:sourceFile "000_08644f66e6d32c59.txt" .

<doc/fgzx-2021-1618/p2> a pkg:Provision ;
    pkg:partOf <doc/fgzx-2021-1618> ; pkg:provisionKind "chapter" ; pkg:provisionNumber "二" ;
    pkg:ordinal 2 ; pkg:heading "坚持创新引领，增强产业核心竞争力"@zh ;
    pkg:charStart 1200 ; pkg:charEnd 4100 .

<doc/fgzx-2021-1618/p2.4> a pkg:Provision ;
    pkg:partOf <doc/fgzx-2021-1618/p2> ; pkg:provisionKind "item" ; pkg:provisionNumber "（四）" ;
    pkg:ordinal 2 ; pkg:heading "全面增强制造业竞争力"@zh ;
    pkg:charStart 2300 ; pkg:charEnd 2900 .

<doc/fgzx-2021-1618/p2.4/m1> a pkg:Measure ;
    pkg:inProvision <doc/fgzx-2021-1618/p2.4> ;
    pkg:sourceText "支持沈阳机器人、洛阳农机装备、株洲先进轨道交通装备等国家制造业创新中心建设"@zh ;
    pkg:sentenceText "支持沈阳机器人、洛阳农机装备、株洲先进轨道交通装备等国家制造业创新中心建设。"@zh ;
    pkg:triggerVerb "支持" ;
    pkg:charStart 2800 ; pkg:charEnd 2837 ;
    pkg:targets <place/210100> ;
    pkg:concernsIndustry <industry/robotics> ;
    pkg:instrumentType <instrument/national-innovation-centre> .

<doc/fgzx-2021-1618/p2.5> a pkg:Provision ;
    pkg:partOf <doc/fgzx-2021-1618/p2> ; pkg:provisionKind "item" ; pkg:provisionNumber "（五）" ;
    pkg:ordinal 3 ; pkg:heading "加快培育经济发展新动能"@zh ;
    pkg:charStart 2900 ; pkg:charEnd 3600 .

<doc/fgzx-2021-1618/p2.5/m3> a pkg:Measure ;
    pkg:inProvision <doc/fgzx-2021-1618/p2.5> ;
    pkg:sourceText "推动5G网络规模化部署，争取至2025年覆盖所有示范区城市"@zh ;
    pkg:triggerVerb "推动" ;
    pkg:charStart 3200 ; pkg:charEnd 3228 ;
    pkg:hasTarget <doc/fgzx-2021-1618/p2.5/m3/t1> .

<doc/fgzx-2021-1618/p2.5/m3/t1> a pkg:Target ;
    pkg:sourceText "至2025年覆盖所有示范区城市"@zh ; pkg:targetYear "2025"^^xsd:gYear ;
    pkg:charStart 3214 ; pkg:charEnd 3228 .

<place/210000> a pkg:Province ; rdfs:label "辽宁省"@zh ; skos:altLabel "辽宁"@zh ; pkg:adminCode "210000" .

<place/210100> a pkg:City ;
    rdfs:label "沈阳市"@zh ; skos:altLabel "沈阳"@zh ; pkg:adminCode "210100" ;
    pkg:locatedIn <place/210000> ;
    wgs:lat "41.8057"^^xsd:decimal ; wgs:long "123.4315"^^xsd:decimal ;
    pkg:designation <designation/industrial-transformation-demo-zone-city> ;
    pkg:supportedBy <doc/fgzx-2021-1618/p2.4/m1> ;
    pkg:hasIndustryCluster <cluster/210100-robotics> ;
    pkg:mentionedIn <doc/fgzx-2021-1618/p2.4> .

<cluster/210100-robotics> a pkg:IndustryCluster ;
    rdfs:label "沈阳机器人"@zh ;
    pkg:clusterIndustry <industry/robotics> ; pkg:clusterPlace <place/210100> .

<actor/ndrc> a pkg:GovernmentAgency ; rdfs:label "国家发展和改革委员会"@zh ; skos:altLabel "国家发展改革委"@zh .

<industry/robotics> a skos:Concept , pkg:Industry ;
    rdfs:label "机器人"@zh ; skos:prefLabel "机器人"@zh , "robotics"@en ; skos:inScheme <scheme/industry> ;
    pkg:mentionedIn <doc/fgzx-2021-1618/p2.4> .
<instrument/national-innovation-centre> a skos:Concept , pkg:InstrumentType ;
    skos:prefLabel "国家级创新中心"@zh ; skos:inScheme <scheme/instrument> .
<designation/industrial-transformation-demo-zone-city> a skos:Concept , pkg:PlaceDesignation ;
    skos:prefLabel "产业转型升级示范区城市"@zh ; skos:inScheme <scheme/designation> .
<scheme/industry> a skos:ConceptScheme .
<scheme/instrument> a skos:ConceptScheme .
<scheme/designation> a skos:ConceptScheme .
"""

DOC = PKGD["doc/fgzx-2021-1618"]
CHAPTER = PKGD["doc/fgzx-2021-1618/p2"]
ITEM = PKGD["doc/fgzx-2021-1618/p2.4"]
ITEM_5 = PKGD["doc/fgzx-2021-1618/p2.5"]
MEASURE = PKGD["doc/fgzx-2021-1618/p2.4/m1"]
MEASURE_5G = PKGD["doc/fgzx-2021-1618/p2.5/m3"]
TARGET = PKGD["doc/fgzx-2021-1618/p2.5/m3/t1"]
CITY, PROVINCE = PKGD["place/210100"], PKGD["place/210000"]
CLUSTER = PKGD["cluster/210100-robotics"]
ACTOR = PKGD["actor/ndrc"]
ENGLISH = Literal("National Development and Reform Commission", lang="en")
Mutation = Callable[[Graph], None]
QUALIFIED_MIN = SH.QualifiedMinCountConstraintComponent


@cache
def shapes() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


@cache
def ontology() -> Graph:
    return Graph().parse(ontology_file("policykg.ttl"), format="turtle")


def run(data: Graph) -> tuple[bool, Graph]:
    conforms, report, _ = validate(data, shacl_graph=shapes(), ont_graph=ontology())
    return conforms, report


def failures(report: Graph) -> set[tuple[URIRef, URIRef]]:
    """(focus node, constraint component) of every validation result."""
    return {(report.value(r, SH.focusNode), report.value(r, SH.sourceConstraintComponent))
            for r in report.subjects(RDF.type, SH.ValidationResult)}


def fixture() -> Graph:
    return Graph().parse(data=CONFORMING, format="turtle")


def test_the_shapes_graph_is_valid_shacl() -> None:
    conforms, _, text = validate(Graph(), shacl_graph=shapes(), ont_graph=ontology(), meta_shacl=True)
    assert conforms, text


def test_a_real_excerpt_conforms() -> None:
    conforms, report = run(fixture())
    assert conforms, report.serialize(format="turtle")


def replace(subject: URIRef, prop: URIRef, value: object) -> Mutation:
    return lambda g: g.set((subject, prop, value if isinstance(value, URIRef) else Literal(value)))


def drop(subject: URIRef, prop: URIRef) -> Mutation:
    return lambda g: g.remove((subject, prop, None))


def add(subject: URIRef, prop: URIRef, value: object) -> Mutation:
    return lambda g: g.add((subject, prop, value))


OTHER_SENTENCE = Literal("鼓励示范区城市发展应急物资产业。", lang="zh")
ISSUED = URIRef("http://purl.org/dc/terms/issued")
PATTERN, MIN, MAX = SH.PatternConstraintComponent, SH.MinCountConstraintComponent, SH.MaxCountConstraintComponent
EQUALS, SPARQL = SH.EqualsConstraintComponent, SH.SPARQLConstraintComponent

BROKEN = [
    pytest.param(replace(CITY, PKG.adminCode, "21010"), {(CITY, PATTERN), (PKG.Place, SPARQL)},
                 id="five-digit admin code"),  # also no longer the code in its IRI
    pytest.param(add(CITY, RDFS.label, Literal("盛京", lang="zh")), {(CITY, SH.UniqueLangConstraintComponent)},
                 id="two zh labels"),
    pytest.param(replace(CITY, RDFS.label, Literal("Shenyang", lang="en")), {(CITY, QUALIFIED_MIN)},
                 id="English-only label"),
    pytest.param(add(ACTOR, RDFS.label, Literal("Commission nationale", lang="fr")),
                 {(ACTOR, SH.LanguageInConstraintComponent)}, id="a French label"),
    pytest.param(lambda g: (g.add((ACTOR, RDFS.label, ENGLISH)), g.add((ACTOR, RDFS.label, Literal("NDRC", lang="en")))),
                 {(ACTOR, SH.UniqueLangConstraintComponent), (ACTOR, MAX)}, id="two English labels"),
    pytest.param(drop(MEASURE, PKG.inProvision), {(MEASURE, MIN)}, id="measure without provision"),
    pytest.param(drop(CITY, PKG.supportedBy), {(CITY, EQUALS)}, id="targets without supportedBy"),
    pytest.param(drop(MEASURE, PKG.targets), {(CITY, EQUALS)}, id="supportedBy without targets"),
    pytest.param(replace(ITEM, PKG.charStart, 3000), {(ITEM, SH.LessThanOrEqualsConstraintComponent),
                                                      (PKG.Measure, SPARQL)},
                 id="charStart after charEnd"),  # its measure now lies outside it
    pytest.param(replace(MEASURE, PKG.charEnd, 2950), {(PKG.Measure, SPARQL)}, id="measure outside its provision"),
    pytest.param(lambda g: (g.add((ITEM, PKG.inDocument, DOC)), g.add((MEASURE, PKG.inDocument, PKGD["doc/other"]))),
                 {(PKG.Measure, SPARQL)}, id="measure and provision in two documents"),
    pytest.param(drop(TARGET, RDF.type), {(PKG.Measure, SPARQL), (MEASURE_5G, SH.ClassConstraintComponent)},
                 id="source text on an untyped node"),
    pytest.param(add(PROVINCE, PKG.adminCode, Literal("210100")), {(PKG.Place, SPARQL), (PROVINCE, MAX)},
                 id="admin code given twice"),
    pytest.param(replace(MEASURE, PKG.sentenceText, OTHER_SENTENCE), {(PKG.Measure, SPARQL)},
                 id="clause not in sentence"),
    pytest.param(replace(ITEM, PKG.provisionKind, "clause"), {(ITEM, SH.InConstraintComponent)},
                 id="unknown provision kind"),
    pytest.param(replace(ITEM, PKG.ordinal, 0), {(ITEM, SH.OrConstraintComponent)}, id="ordinal zero"),
    pytest.param(replace(ITEM, PKG.ordinal, -1), {(ITEM, SH.OrConstraintComponent),
                                                  (ITEM, SH.MinInclusiveConstraintComponent)}, id="negative ordinal"),
    pytest.param(replace(ITEM, PKG.partOf, MEASURE), {(ITEM, SH.OrConstraintComponent), (ITEM, QUALIFIED_MIN)},
                 id="provision part of a measure"),
    pytest.param(replace(CHAPTER, PKG.partOf, ITEM),
                 {(CHAPTER, QUALIFIED_MIN), (ITEM, QUALIFIED_MIN), (ITEM_5, QUALIFIED_MIN)},
                 id="provision tree loops"),
    pytest.param(drop(DOC, PKG.contentHash), {(DOC, MIN)}, id="document without hash"),
    pytest.param(replace(DOC, PKG.contentHash, "sha256:EF41"), {(DOC, PATTERN)}, id="malformed hash"),
    pytest.param(replace(DOC, PKG.documentNumber, "1618号"), {(DOC, PATTERN)}, id="garbled document number"),
    pytest.param(replace(DOC, ISSUED, "2021年11月19日"), {(DOC, SH.DatatypeConstraintComponent)},
                 id="issued not a date"),
    pytest.param(drop(CITY, PKG.adminCode), {(CITY, MIN)}, id="city without admin code"),
    pytest.param(drop(CITY, PKG.locatedIn), {(CITY, MIN)}, id="city without parent"),
    pytest.param(replace(PROVINCE, PKG.adminCode, "220000"), {(PKG.Place, SPARQL)}, id="parent in another province"),
    pytest.param(add(PROVINCE, PKG.locatedIn, CITY), {(PKG.Place, SPARQL)}, id="places inside each other"),
    pytest.param(drop(MEASURE_5G, PKG.hasTarget), {(TARGET, MIN)}, id="target set by nothing"),
    pytest.param(drop(CITY, PKG.hasIndustryCluster), {(CLUSTER, EQUALS)}, id="cluster place without inverse"),
    pytest.param(replace(MEASURE, PKG.concernsIndustry, CITY), {(MEASURE, SH.ClassConstraintComponent)},
                 id="industry of wrong class"),
]


def move_target_to_provision(g: Graph) -> None:
    g.remove((MEASURE_5G, PKG.hasTarget, TARGET))
    g.add((ITEM_5, PKG.hasTarget, TARGET))
    g.add((TARGET, PKG.inProvision, ITEM_5))


def make_preamble(g: Graph) -> None:
    g.set((ITEM, PKG.provisionKind, Literal("preamble")))
    g.set((ITEM, PKG.ordinal, Literal(0)))


@pytest.mark.parametrize("mutate", [move_target_to_provision, make_preamble, add(ACTOR, RDFS.label, ENGLISH)])
def test_variants_the_extractor_may_emit_conform(mutate: Mutation) -> None:
    data = fixture()
    mutate(data)
    conforms, report = run(data)
    assert conforms, report.serialize(format="turtle")


@pytest.mark.parametrize(("mutate", "expected"), BROKEN)
def test_broken_graph_fails_for_the_right_reason(mutate: Mutation, expected: set[tuple[URIRef, URIRef]]) -> None:
    data = fixture()
    mutate(data)
    conforms, report = run(data)
    assert not conforms
    assert failures(report) == expected


@pytest.mark.parametrize(("mutate", "offenders"), [
    (replace(MEASURE, PKG.sentenceText, OTHER_SENTENCE), {MEASURE}),
    (replace(PROVINCE, PKG.adminCode, "220000"), {CITY, PROVINCE}),  # PROVINCE: the code is not its IRI's
    (replace(MEASURE, PKG.charEnd, 2950), {MEASURE}),
])
def test_graph_wide_checks_name_the_offender(mutate: Mutation, offenders: set[URIRef]) -> None:
    data = fixture()
    mutate(data)
    _, report = run(data)
    assert set(report.objects(None, SH.value)) == offenders
    assert all(any(str(o) in str(m) for o in offenders) for m in report.objects(None, SH.resultMessage))


def test_messages_are_readable() -> None:
    data = fixture()
    replace(CITY, PKG.adminCode, "21010")(data)
    _, report = run(data)
    messages = [str(m) for m in report.objects(None, SH.resultMessage)]
    assert messages and all("adminCode" in m for m in messages)
