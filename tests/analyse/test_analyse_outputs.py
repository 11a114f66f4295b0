"""Files written by ``policykg analyze``: content, determinism, empty and bad input."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, Dataset

from kg.analyse import run_analyze, terms
from kg.errors import InputError

GRAPHS = Path(__file__).resolve().parents[1] / "fixtures" / "graphs"
FILES = ["place_pairs.csv", "industry_pairs.csv", "actor_reach.csv", "centrality.csv",
         "communities.csv", "analysis.json", "report.md", "analysis.trig",
         "citations.csv", "citation_chains.csv", "across.md"]  # the citation network, always


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("analysis")
    run_analyze(GRAPHS / "small.trig", folder)
    return folder


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_files_start_with_a_bom_for_excel(out):
    for path in sorted(out.glob("*.csv")):
        assert path.read_bytes().startswith(b"\xef\xbb\xbf"), path.name
        assert not path.read_bytes()[3:].startswith(b"\xef\xbb\xbf")


def test_place_pairs_name_the_documents_of_their_measures(out):
    row = _rows(out / "place_pairs.csv")[0]
    assert row["document_numbers"] == "发改振兴〔2021〕1618号"
    assert row["document_titles"].startswith("“十四五”支持老工业城市和资源型城市")


def test_all_files_written_and_nothing_else(out):
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)


def test_place_pairs_csv_names_the_binding_measures(out):
    rows = _rows(out / "place_pairs.csv")
    assert [(r["place_a_label"], r["place_b_label"], r["shared"]) for r in rows][0] == ("沈阳市", "鞍山市", "2")
    assert rows[0]["jaccard"] == "0.666667"
    assert "给予开发性金融支持" in rows[0]["measure_texts"]
    assert len(rows) == 4


def test_json_and_report_agree_with_csv(out):
    data = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert data["summary"]["place_pairs"] == 4 and data["summary"]["modularity"] == 0.08
    assert [m["label"] for m in data["communities"][0]["members"]] in (["大同市", "包头市"], ["沈阳市", "鞍山市"])
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "**沈阳市 – 鞍山市**: 2 shared" in report
    assert "### Community 1 (2 places)" in report
    assert "| 包头市 | 2 | 3 | 3 | 0.6667 |" in report


def test_analysis_trig_has_pairings_and_communities_in_their_own_graph(out):
    dataset = Dataset()
    dataset.parse(out / "analysis.trig", format="trig")
    graph = dataset.graph(terms.ANALYSIS_GRAPH)
    pairings = list(graph.subjects(RDF.type, terms.PlacePairing))
    assert len(pairings) == 4
    assert all(len(list(graph.objects(p, terms.pairMember))) == 2 for p in pairings)
    communities = list(graph.subjects(RDF.type, terms.Community))
    assert len(communities) == 2
    assert {float(m) for c in communities for m in graph.objects(c, terms.modularity)} == {0.08}


def test_outputs_are_byte_identical_across_runs(out, tmp_path):
    run_analyze(GRAPHS / "small.trig", tmp_path)
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_empty_projection_gives_an_explicit_empty_report(tmp_path):
    run_analyze(GRAPHS / "no_shared.ttl", tmp_path)
    assert "No two places share a measure." in (tmp_path / "report.md").read_text(encoding="utf-8")
    assert _rows(tmp_path / "place_pairs.csv") == []
    assert len(_rows(tmp_path / "centrality.csv")) == 3


@pytest.mark.parametrize("name, message", [("broken.ttl", "cannot parse"), ("no_places.ttl", "no places"),
                                           ("missing.trig", "not found")])
def test_bad_graph_raises_input_error_naming_the_file(tmp_path, name, message):
    with pytest.raises(InputError) as caught:
        run_analyze(GRAPHS / name, tmp_path)
    assert message in str(caught.value) and name in str(caught.value)
    assert not list(tmp_path.iterdir())


def test_command_line_bad_graph_exits_1_with_one_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "kg", "analyze", "--graph", str(GRAPHS / "broken.ttl"),
                             "--out", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "broken.ttl" in result.stderr
    assert "Traceback" not in result.stderr


def test_report_escapes_extracted_text(tmp_path):
    run_analyze(GRAPHS / "hostile.ttl", tmp_path)
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "<script>" not in report and "<img" not in report
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in report
    assert "石景山区&#x27;&quot;&gt;&lt;img src=x onerror=alert(3)&gt;" in report
