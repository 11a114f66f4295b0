"""Metadata sidecars beside the inputs (kg.normalise.sidecar, read by the build): source URL, fields
the text lacks, a changed row rebuilds its document, a malformed sidecar fails with one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, XSD

from kg.graph.write import union_graph
from kg.pipeline import build_dataset, run_build
from kg.validate import check
from kg.vocab import PKG

REPO = Path(__file__).resolve().parents[2]
NUMBERED = ("国务院关于支持资源型地区发展的通知\n国发〔2020〕3号\n各省人民政府：\n"
            "一、工作要求\n财政部要加大资金支持力度，支持张家口市建设冰雪装备制造基地。\n")
UNNUMBERED = "一、工作要求\n商务部要支持沈阳市发展装备制造业。\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(NUMBERED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(UNNUMBERED, encoding="utf-8")
    return tmp_path


def write_json(folder: Path, rows: list[dict]) -> None:
    (folder / "index.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def documents(folder: Path):
    report = build_dataset([folder])
    return report, {d.source.path.name: d for d in report.documents}


def test_a_json_row_gives_the_source_url_and_fills_only_what_the_text_lacks(folder):
    write_json(folder, [
        {"file": "a.txt", "url": "http://www.gov.cn/a.htm", "title": "别的标题", "number": "国发〔1999〕1号",
         "released": "2020-03-05 10:00:00"},
        {"file": "b.txt", "url": "https://example.org/b", "title": "商务部关于装备制造业的通知",
         "number": "商发〔2021〕7号", "released": "2021-06-01 09:00:00"},
    ])
    report, docs = documents(folder)
    a, b = docs["a.txt"], docs["b.txt"]
    graph = union_graph(report.dataset)
    assert graph.value(a.document, DCTERMS.source) == URIRef("http://www.gov.cn/a.htm")
    assert graph.value(a.document, PKG.documentNumber) == Literal("国发〔2020〕3号")  # the text wins
    assert str(graph.value(a.document, DCTERMS.title)) == "国务院关于支持资源型地区发展的通知"
    assert graph.value(a.document, DCTERMS.issued) == Literal("2020-03-05", datatype=XSD.date)  # text lacks it
    assert graph.value(b.document, DCTERMS.source) == URIRef("https://example.org/b")
    assert graph.value(b.document, PKG.documentNumber) == Literal("商发〔2021〕7号")
    assert str(graph.value(b.document, DCTERMS.title)) == "商务部关于装备制造业的通知"
    assert graph.value(b.document, PKG.metadataFile) == Literal("index.json")
    assert b.slug.startswith("2021-7")  # the sidecar's number identifies a document whose text has none
    assert graph.value(a.document, PKG.contentHash) is not None and graph.value(a.document, PKG.sourceFile)
    assert check(graph) == []


def test_a_csv_sidecar_s_url_that_is_not_http_or_number_that_is_not_one_is_ignored_with_a_warning(folder):
    (folder / "metadata.csv").write_text("file,url,number\na.txt,javascript:alert(1),\n"
                                         "b.txt,ftp://example.org/b,第三号\n", encoding="utf-8")
    report, docs = documents(folder)
    graph = union_graph(report.dataset)
    assert graph.value(docs["a.txt"].document, DCTERMS.source) is None
    assert graph.value(docs["b.txt"].document, DCTERMS.source) is None
    assert graph.value(docs["b.txt"].document, PKG.metadataFile) is None  # it filled in nothing
    assert sum("not an http(s) URL" in w and "metadata.csv" in w for w in report.warnings) == 2
    assert graph.value(docs["b.txt"].document, PKG.documentNumber) is None
    assert any("not a document number" in w and "b.txt" in w for w in report.warnings)


def test_a_changed_row_rebuilds_only_its_document(folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    write_json(folder, [{"file": "a.txt", "url": "http://www.gov.cn/a.htm"},
                        {"file": "b.txt", "url": "http://www.gov.cn/b.htm"}])
    run_build([folder], out, jobs=1, validate=False)
    assert run_build([folder], out, jobs=1, validate=False).rebuilt == []
    write_json(folder, [{"file": "a.txt", "url": "http://www.gov.cn/a.htm"},
                        {"file": "b.txt", "url": "http://www.gov.cn/b2.htm"}])
    summary = run_build([folder], out, jobs=1, validate=False)
    assert len(summary.rebuilt) == 1
    assert "<http://www.gov.cn/b2.htm>" in (out / "graph.nt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name, content, message", [
    ("index.json", "[{\"file\": \"a.txt\",}]", "not JSON"),
    ("index.json", "{\"file\": \"a.txt\"}", "list of objects"),
    ("index.json", "[{\"url\": \"http://www.gov.cn/\"}]", "no \"file\""),
    ("index.csv", "url,title\nhttp://www.gov.cn/,x\n", "\"file\" column"),
])
def test_a_malformed_sidecar_fails_with_one_line_naming_it(folder, name, content, message):
    (folder / name).write_text(content, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "kg", "build", str(folder), "--out", str(folder / "out"),
                             "--no-validate"], cwd=REPO, capture_output=True, text=True, timeout=600,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and name in lines[0] and message in lines[0], result.stderr
