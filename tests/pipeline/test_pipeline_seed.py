"""End to end on the seed (NDRC 发改振兴〔2021〕1618号): real facts in the built graph."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from kg.graph.load import load_dataset
from kg.graph.write import union_graph
from kg.vocab import PKG, PKGD

SHENYANG, LIAONING = PKGD["place/210100"], PKGD["place/210000"]


@pytest.fixture(scope="module")
def built(seed_build):
    """The seed's dataset as the build wrote it (graph.trig)."""
    return load_dataset(seed_build[1] / "graph.trig")


def label(graph, node) -> str:
    """The canonical (Chinese) label; central bodies also carry their English name."""
    (chinese,) = [str(l) for l in graph.objects(node, RDFS.label) if l.language == "zh"]
    return chinese


def test_document_header(built):
    graph = union_graph(built)
    (document,) = graph.subjects(RDF.type, PKG.PolicyDocument)
    assert graph.value(document, PKG.documentNumber) == Literal("发改振兴〔2021〕1618号")
    assert graph.value(document, DCTERMS.issued) == Literal("2021-11-19", datatype=XSD.date)
    issuers = {label(graph, a) for a in graph.objects(document, PKG.issuedBy)}
    assert issuers == {"国家发展和改革委员会", "科学技术部", "工业和信息化部", "自然资源部", "国家开发银行"}
    assert (PKGD["actor/cdb"], RDF.type, PKG.FinancialInstitution) in graph


def test_places_are_linked_with_codes_and_parents(built):
    graph = union_graph(built)
    assert label(graph, SHENYANG) == "沈阳市"
    assert (SHENYANG, PKG.adminCode, Literal("210100")) in graph
    assert (SHENYANG, PKG.locatedIn, LIAONING) in graph
    assert (LIAONING, RDF.type, PKG.Province) in graph
    assert (PKGD["place/320381"], PKG.locatedIn, PKGD["place/320300"]) in graph  # 新沂市 in 徐州市


def test_one_measure_targets_shenyang_luoyang_zhuzhou(built):
    graph = union_graph(built)
    wanted = {SHENYANG, PKGD["place/410300"], PKGD["place/430200"]}
    measures = [m for m in graph.subjects(RDF.type, PKG.Measure) if wanted <= set(graph.objects(m, PKG.targets))]
    assert len(measures) == 1
    (measure,) = measures
    assert "国家制造业创新中心" in str(graph.value(measure, PKG.sourceText))
    for place in wanted:  # both directions are materialised
        assert (place, PKG.supportedBy, measure) in graph


def test_measure_provenance_points_at_its_article(built):
    graph = union_graph(built)
    for measure in graph.subjects(RDF.type, PKG.Measure):
        provision = graph.value(measure, PKG.inProvision)
        assert (provision, RDF.type, PKG.Provision) in graph
        text = str(graph.value(measure, PKG.sourceText))
        sentence = str(graph.value(measure, PKG.sentenceText))
        assert text and text in sentence


def test_steel_and_oil_cities_share_one_measure(built):
    graph = union_graph(built)
    cities = {PKGD[f"place/{code}"] for code in ("130200", "150200", "210300", "220200", "230600")}
    assert any(cities <= set(graph.objects(m, PKG.targets)) for m in graph.subjects(RDF.type, PKG.Measure))
    assert (PKGD["place/220000"], PKG.supportedBy, None) not in graph  # 吉林 here is the city


def test_industry_cluster_shenyang_robotics(built):
    graph = union_graph(built)
    industries = {label(graph, graph.value(c, PKG.clusterIndustry)) for c in graph.objects(SHENYANG, PKG.hasIndustryCluster)}
    assert "机器人" in industries


def test_every_provision_reaches_the_document(built):
    graph = union_graph(built)
    (document,) = graph.subjects(RDF.type, PKG.PolicyDocument)
    for provision in graph.subjects(RDF.type, PKG.Provision):
        node, steps = provision, 0
        while node != document and steps < 10:
            node, steps = graph.value(node, PKG.partOf), steps + 1
        assert node == document


def test_named_graphs_one_per_document_plus_reference(built):
    contexts = {str(g.identifier) for g in built.graphs() if len(g)}
    assert str(PKGD["graph/reference"]) in contexts
    assert any(c.startswith(str(PKGD["graph/2021-1618-"])) for c in contexts)


def test_output_files_written(seed_build):
    _, out = seed_build
    for name in ("graph.ttl", "graph.nt", "graph.jsonld", "graph.trig"):
        assert (out / name).stat().st_size > 10_000
    assert not list(out.glob(".graph.*"))  # no temporary files left behind


def test_iris_are_identity_based(built):
    graph = union_graph(built)
    for measure in graph.subjects(RDF.type, PKG.Measure):
        assert isinstance(measure, URIRef) and "/p/" in str(measure) and "/m/" in str(measure)


def test_seed_cites_the_special_regions_plan_and_the_national_outline(built):
    graph = union_graph(built)
    (document,) = graph.subjects(RDF.type, PKG.PolicyDocument)
    titles = {str(graph.value(cited, DCTERMS.title)) for cited in graph.objects(document, PKG.cites)}
    assert "“十四五”特殊类型地区振兴发展规划" in titles
    assert "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要" in titles
    for cited in graph.objects(document, PKG.cites):
        assert (cited, RDF.type, PKG.CitedDocument) in graph
        assert any(graph.value(p, PKG.inDocument) == document for p in graph.objects(cited, PKG.mentionedIn))


def test_measures_and_provisions_carry_their_document(built):
    graph = union_graph(built)
    (document,) = graph.subjects(RDF.type, PKG.PolicyDocument)
    for kind in (PKG.Measure, PKG.Provision):
        nodes = set(graph.subjects(RDF.type, kind))
        assert nodes and all(graph.value(node, PKG.inDocument) == document for node in nodes)


def test_every_place_with_a_coded_wikidata_item_is_linked(built):
    from rdflib.namespace import OWL

    from kg.link.wikidata import WIKIDATA, divisions

    graph = union_graph(built)
    coded = {place: str(code) for place, code in graph.subject_objects(PKG.adminCode)}
    linked = [place for place, code in coded.items() if code in divisions()]
    assert len(linked) >= 50
    for place in linked:
        assert graph.value(place, OWL.sameAs) == WIKIDATA[divisions()[coded[place]].qid]
    assert graph.value(SHENYANG, OWL.sameAs) == URIRef("http://www.wikidata.org/entity/Q11720")


def test_a_search_in_latin_letters_finds_shenyang(built):
    graph = union_graph(built)
    for word in ("Shenyang", "shenyang"):
        rows = graph.query("""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?place WHERE { ?place skos:prefLabel ?name
              FILTER(langMatches(lang(?name), "zh-Latn-pinyin") && CONTAINS(LCASE(STR(?name)), LCASE(?word))) }""",
                           initBindings={"word": Literal(word)})
        assert SHENYANG in {row[0] for row in rows}


def test_a_measure_and_its_provision_live_in_one_named_graph(built):
    dataset = built
    checked = 0
    for graph in dataset.graphs():
        for measure, provision in graph.subject_objects(PKG.inProvision):
            assert (provision, RDF.type, PKG.Provision) in graph, (graph.identifier, measure)
            assert graph.value(measure, PKG.inDocument) == graph.value(provision, PKG.inDocument)
            checked += 1
    assert checked > 200
