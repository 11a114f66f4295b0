"""run_evaluate end to end, with the pipeline and normaliser replaced by tiny stand-ins (tests only)."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest
from rdflib import Dataset

import kg.evaluate.peers
from kg.errors import UsageError
from kg.evaluate import run_evaluate

DATA = Path(__file__).parent / "data"
GOLD = json.loads((DATA / "tiny_gold.json").read_text(encoding="utf-8"))
TURTLE = (DATA / "tiny_graph.ttl").read_text(encoding="utf-8")


def _install_fakes(monkeypatch, built: list):
    def build_dataset(paths, extractor=None):
        built.extend(paths)
        dataset = Dataset()
        dataset.graph("urn:x:g").parse(data=TURTLE, format="turtle")
        return types.SimpleNamespace(dataset=dataset)  # kg.pipeline.BuildReport stand-in

    monkeypatch.setitem(sys.modules, "kg.pipeline", types.SimpleNamespace(build_dataset=build_dataset))
    monkeypatch.setattr("kg.extract.Extractor", lambda: None)  # the fake build needs no lexicons


def test_json_report_of_the_gold_document(tmp_path, monkeypatch, capsys):
    (tmp_path / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    built: list = []
    _install_fakes(monkeypatch, built)
    run_evaluate(tmp_path / "gold.json", [], peers=False, as_json=True)
    report = json.loads(capsys.readouterr().out)
    assert built == [(tmp_path / "texts" / "x.txt").resolve()]
    assert report["system"]["places"]["tp"] == 2
    assert report["system"]["shared"]["false_negatives"] == ["株洲市 + 沈阳市", "株洲市 + 洛阳市"]
    assert report["peers"] == {}


def test_table_with_errors_listed(tmp_path, monkeypatch, capsys):
    (tmp_path / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    _install_fakes(monkeypatch, [])
    run_evaluate(tmp_path / "gold.json", [tmp_path / "other.txt"], peers=False, verbose=True)
    out = capsys.readouterr().out
    assert "place_industry" in out and "0.667" in out
    assert "actors false positive: ?有关部门" in out


def test_peers_get_the_normalised_text(tmp_path, monkeypatch, capsys):
    (tmp_path / "gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    _install_fakes(monkeypatch, [])
    excerpt = "支持沈阳机器人、洛阳农机装备、株洲先进轨道交通装备等国家制造业创新中心建设。"
    monkeypatch.setitem(sys.modules, "kg.normalise",
                        types.SimpleNamespace(load=lambda path: types.SimpleNamespace(text=excerpt)))
    monkeypatch.setattr(kg.evaluate.peers, "jionlp_locations", lambda text: {"沈阳", "全国"})
    run_evaluate(tmp_path / "gold.json", [], peers=True, as_json=True)
    peers = json.loads(capsys.readouterr().out)["peers"]
    assert peers["jionlp"]["places"]["tp"] == 1
    assert peers["jionlp"]["places"]["false_positives"] == ["?全国"]
    assert peers["jieba ns/nt"]["places"]["tp"] >= 2
    assert "unavailable" in peers["HanLP"]


def test_a_folder_of_gold_files_adds_a_micro_averaged_total(tmp_path, monkeypatch, capsys):
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    _install_fakes(monkeypatch, [])
    run_evaluate(tmp_path, [], peers=False, as_json=True)
    reports = json.loads(capsys.readouterr().out)
    assert [r["gold"] for r in reports][-1] == "all 2 gold files (micro-averaged)"
    total = reports[-1]["system"]["places"]
    assert (total["tp"], total["fp"], total["fn"]) == (4, 2, 2)
    assert total["false_negatives"] == ["a: 株洲市", "b: 株洲市"]


def test_a_folder_with_inputs_is_a_usage_error(tmp_path):
    (tmp_path / "a.json").write_text("{}", encoding="utf-8")
    (tmp_path / "b.json").write_text("{}", encoding="utf-8")
    with pytest.raises(UsageError):
        run_evaluate(tmp_path, [tmp_path / "x.txt"], peers=False)
