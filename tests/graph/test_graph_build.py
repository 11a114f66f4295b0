"""Roles and minted industries in the document graph (kg.graph.build), and their SHACL validity."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, SKOS

from kg.graph.write import union_graph
from kg.pipeline import build_dataset
from kg.validate import check
from kg.vocab import PKG, PKGD

TEXT = ("关于支持资源型地区发展的通知\n各省人民政府：\n"
        "一、工作要求\n财政部要会同商务部加大资金支持力度。经国务院批准，支持张家口市建设冰雪装备制造基地。"
        "党中央、国务院高度重视资源型地区发展。\n")


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    path: Path = tmp_path_factory.mktemp("build") / "notice.txt"
    path.write_text(TEXT, encoding="utf-8")
    return union_graph(build_dataset([path]).dataset)


def actors_of(graph, prop) -> set[str]:
    return {str(o).rsplit("/", 1)[-1] for o in graph.objects(None, prop)}


def test_each_role_has_its_property_and_only_funds_and_responsible_provide(graph) -> None:
    assert actors_of(graph, PKG.fundedBy) == {"mof"}
    assert actors_of(graph, PKG.cooperatingParty) == {"mofcom"}
    assert actors_of(graph, PKG.approvedBy) == {"state-council"}
    assert actors_of(graph, PKG.providedBy) == {"mof"}  # not the approver, nor the bodies paying attention


def test_a_minted_industry_is_a_concept_of_the_scheme_below_its_head(graph) -> None:
    [industry] = [o for o in graph.objects(None, PKG.clusterIndustry) if str(o).startswith(str(PKGD["industry/x-"]))]
    assert (industry, RDF.type, PKG.Industry) in graph and (industry, RDF.type, SKOS.Concept) in graph
    assert (industry, SKOS.prefLabel, Literal("冰雪装备制造", lang="zh")) in graph
    assert (industry, SKOS.inScheme, PKGD["scheme/industry"]) in graph
    assert (industry, SKOS.broader, PKGD["industry/equipment-manufacturing"]) in graph


def test_the_graph_conforms_to_the_shapes(graph) -> None:
    assert check(graph) == []


def test_a_body_of_earlier_years_carries_its_period_and_successor(tmp_path) -> None:
    from rdflib.namespace import DCTERMS, SDO, XSD

    path = tmp_path / "reply.txt"
    path.write_text("国务院办公厅关于企业技术改造有关问题的通知\n一、由冶金部负责组织钢铁企业的技术改造。\n", encoding="utf-8")
    graph = union_graph(build_dataset([path]).dataset)
    body = PKGD["actor/mmi"]
    assert (body, SDO.foundingDate, Literal("1956", datatype=XSD.gYear)) in graph
    assert (body, SDO.dissolutionDate, Literal("1998", datatype=XSD.gYear)) in graph
    assert (body, DCTERMS.isReplacedBy, PKGD["actor/setc"]) in graph


def test_a_central_body_carries_its_official_english_name_beside_the_chinese_one(graph) -> None:
    from rdflib.namespace import RDFS

    body = PKGD["actor/mof"]
    assert set(graph.objects(body, RDFS.label)) == {Literal("财政部", lang="zh"), Literal("Ministry of Finance", lang="en")}


@pytest.mark.parametrize("typed", ["Ministry of Finance", "ministry of finance", "MINISTRY OF FINANCE"])
def test_an_english_name_finds_the_body_through_sparql_in_any_case(graph, typed: str) -> None:
    rows = graph.query("""SELECT ?body ?zh WHERE {
        ?body rdfs:label ?en . FILTER(LANG(?en) = "en" && CONTAINS(LCASE(STR(?en)), LCASE(?typed)))
        ?body rdfs:label ?zh . FILTER(LANG(?zh) = "zh") }""", initBindings={"typed": Literal(typed)})
    assert {(str(body), str(zh)) for body, zh in rows} == {(str(PKGD["actor/mof"]), "财政部")}


def test_source_offsets_of_an_html_text_slice_the_decoded_file_back_to_each_measure():
    from kg.normalise import normalise

    report = build_dataset([Path(__file__).resolve().parents[2] / "gold" / "texts" / "govcn-057.html"])
    [document] = report.documents
    graph, decoded = document.graph, document.source.normalised.source.decoded
    measures = list(graph.subjects(RDF.type, PKG.Measure))
    assert measures
    equal = 0
    for measure in measures:
        start, end = int(graph.value(measure, PKG.sourceCharStart)), int(graph.value(measure, PKG.sourceCharEnd))
        text = str(graph.value(measure, PKG.sourceText))
        again = normalise(decoded[start:end]).text.replace("\n", "")
        assert text.replace("\n", "") in again, (text, decoded[start:end])
        equal += again == text.replace("\n", "")
    assert equal == len(measures)  # normalising the slice gives the measure's text back, no more
    for provision in graph.subjects(RDF.type, PKG.Provision):
        assert int(graph.value(provision, PKG.sourceCharStart)) >= int(graph.value(provision, PKG.charStart))
    assert check(union_graph(report.dataset)) == []


def test_measures_of_a_body_and_its_predecessors_count_as_one_lineage(tmp_path) -> None:
    from kg.pipeline import run_build
    from kg.store import open_source, select

    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "1996.txt").write_text("国务院办公厅关于基本建设有关问题的通知\n一、支持地方发展基本建设项目，由国家计委负责组织实施。\n"
                                    "国务院办公厅\n1996年3月1日\n", encoding="utf-8")
    (texts / "2010.txt").write_text("国务院办公厅关于投资项目有关问题的通知\n一、支持地方发展投资项目，由国家发展改革委负责组织实施。\n"
                                    "国务院办公厅\n2010年3月1日\n", encoding="utf-8")
    run_build([texts], tmp_path / "out", validate=False)
    query = (Path(__file__).resolve().parents[2] / "queries" / "18_actor_lineages.rq").read_text(encoding="utf-8")
    names, rows = select(open_source(tmp_path / "out" / "graph.trig"), query)
    lineage = {row[names.index("bodyLabel")]: row for row in rows}["国家发展和改革委员会"]
    assert int(lineage[names.index("measures")]) == 2
    assert "国家计划委员会" in lineage[names.index("counting")]


TWO_FIRST_ANNEXES = ("国务院办公厅关于印发两个方案的通知\n一、工作要求\n各地要加快建设。\n国务院办公厅\n二〇〇四年十一月四日\n"
                     "附件1\n甲方案\n一、目标\n支持张家口市发展。\n"
                     "附件1\n乙方案\n一、目标\n支持承德市发展。\n")


def test_two_annexes_printed_with_one_number_get_distinct_iris(tmp_path) -> None:
    path = tmp_path / "annexes.txt"
    path.write_text(TWO_FIRST_ANNEXES, encoding="utf-8")
    graphs = []
    for _ in range(2):
        graph = union_graph(build_dataset([path]).dataset)
        graphs.append(graph)
        annexes = sorted(str(s) for s in graph.subjects(PKG.provisionKind, Literal("annex")))
        assert [iri.rsplit("/", 1)[-1] for iri in annexes] == ["a1", "a1-2"]  # the first keeps its IRI
        chapters = {str(s).rsplit("/", 1)[-1] for s in graph.subjects(PKG.provisionKind, Literal("chapter"))}
        assert {"a1.1", "a1-2.1"} <= chapters  # and so do the provisions inside each
        assert {str(o) for o in graph.objects(None, PKG.partOf)} >= set(annexes)
    assert graphs[0].isomorphic(graphs[1]) and set(graphs[0]) == set(graphs[1])  # deterministic
    assert not check(graphs[0], inplace=True)
