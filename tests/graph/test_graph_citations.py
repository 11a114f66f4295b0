"""A document cited by title only resolves to the built document with that title; by number, the IRIs
are the same, so the stub and the document are one node."""

from __future__ import annotations

from rdflib import Dataset
from rdflib.namespace import OWL, RDF

from kg.graph.iris import REFERENCE_GRAPH
from kg.pipeline import build_dataset
from kg.vocab import PKG

CITED = "国务院关于促进融资担保行业加快发展的意见\n国发〔2015〕43号\n一、支持各地发展政府性融资担保机构。\n"
BY_TITLE = ("国务院办公厅关于有效发挥政府性融资担保基金作用的指导意见\n"
            "一、为贯彻落实《国务院关于促进融资担保行业加快发展的意见》，支持小微企业发展。\n")
BY_NUMBER = "国务院办公厅关于融资担保的通知\n一、各地要按照国发〔2015〕43号文件要求，支持融资担保机构。\n"


def _build(tmp_path, *texts: str) -> Dataset:
    for index, text in enumerate(texts):
        (tmp_path / f"{index}.txt").write_text(text, encoding="utf-8")
    dataset = build_dataset([tmp_path]).dataset
    return Dataset(store=dataset.store, default_union=True)


def test_a_title_citation_resolves_to_the_built_document(tmp_path) -> None:
    union = _build(tmp_path, CITED, BY_TITLE)
    (cited,) = {d for d in union.subjects(RDF.type, PKG.PolicyDocument) if (d, PKG.documentNumber, None) in union}
    (citing,) = set(union.subjects(RDF.type, PKG.PolicyDocument)) - {cited}
    assert (citing, PKG.implements, cited) in union.graph(REFERENCE_GRAPH)
    assert (citing, PKG.cites, cited) in union
    (stub,) = union.subjects(OWL.sameAs, cited)
    assert (stub, RDF.type, PKG.CitedDocument) in union


def test_a_number_citation_is_the_document_itself(tmp_path) -> None:
    union = _build(tmp_path, CITED, BY_NUMBER)
    (cited,) = {d for d in union.subjects(RDF.type, PKG.PolicyDocument) if (d, PKG.documentNumber, None) in union}
    (citing,) = set(union.subjects(RDF.type, PKG.PolicyDocument)) - {cited}
    assert (citing, PKG.cites, cited) in union and (cited, RDF.type, PKG.CitedDocument) in union


def test_a_corpus_build_resolves_title_citations_across_shards(tmp_path) -> None:
    from kg.graph.load import load_dataset
    from kg.pipeline import run_build

    texts = tmp_path / "texts"
    texts.mkdir()
    for index, text in enumerate((CITED, BY_TITLE)):
        (texts / f"{index}.txt").write_text(text, encoding="utf-8")
    run_build([texts], tmp_path / "out", validate=False)
    dataset = load_dataset(tmp_path / "out" / "graph.trig")
    union = Dataset(store=dataset.store, default_union=True)
    (cited,) = {d for d in union.subjects(RDF.type, PKG.PolicyDocument) if (d, PKG.documentNumber, None) in union}
    (citing,) = set(union.subjects(RDF.type, PKG.PolicyDocument)) - {cited}
    assert (citing, PKG.implements, cited) in union.graph(REFERENCE_GRAPH)
