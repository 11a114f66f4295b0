"""The README's Markdown table and the JSON report, from hand-made scores."""

from __future__ import annotations

from kg.evaluate import Result
from kg.evaluate.counts import compare, macro, merge
from kg.evaluate.peers import PeerResult, merge_peers
from kg.evaluate.report import markdown_table, report_dict

V1 = {"places": compare(["a", "b"], ["a"]), "actors": compare([], [])}
V2 = {"places": compare(["a"], ["a"]), "actors": compare(["x"], ["x", "y"]), "roles": compare(["r"], ["r"])}
PEERS = [("v1", [PeerResult("jieba ns/nt", {"places": compare(["a", "b"], ["b", "c"])}),
                 PeerResult("HanLP", {}, "not available offline")]),
         ("v2", [PeerResult("jieba ns/nt", {"places": compare(["a"], ["a"])}),
                 PeerResult("HanLP", {}, "not available offline")])]
RESULTS = [Result("gold/v1.json", V1, PEERS[0][1]), Result("gold/v2.json", V2, PEERS[1][1]),
           Result("all 2 gold files", merge([("v1", V1), ("v2", V2)]), merge_peers(PEERS), macro([V1, V2]))]


def test_markdown_rows_per_text_then_micro_macro_and_peers():
    lines = markdown_table(RESULTS).splitlines()
    assert lines[0] == "| text | places | actors | roles |"
    assert lines[2] == "| `v1` | 0.667 (1/0/1) | — (0/0/0) | n/a |"
    assert lines[3] == "| `v2` | 1.000 (1/0/0) | 0.667 (1/1/0) | 1.000 (1/0/0) |"
    assert lines[4] == "| **micro** | **0.800 (2/0/1)** | **0.667 (1/1/0)** | **1.000 (1/0/0)** |"
    assert lines[5] == "| **macro** | **0.833** | **0.667** | **1.000** |"
    assert lines[6] == "| jieba ns/nt micro | 0.667 (2/1/1) |  |  |"
    assert lines[7] == "| jieba ns/nt macro | 0.750 |  |  |"
    assert lines[8] == "| HanLP | not available offline |  |  |"


def test_markdown_of_a_single_file_repeats_it_as_micro_and_macro():
    lines = markdown_table([RESULTS[1]]).splitlines()
    assert lines[3] == "| **micro** | **1.000 (1/0/0)** | **0.667 (1/1/0)** | **1.000 (1/0/0)** |"
    assert lines[4] == "| **macro** | **1.000** | **0.667** | **1.000** |"


def test_json_total_carries_macro_for_system_and_peers():
    report = report_dict(RESULTS[-1])
    assert report["macro"] == {"places": 0.8333, "actors": 0.6667, "roles": 1.0}
    assert report["peers"]["jieba ns/nt"]["macro"]["places"] == 0.75
    assert report["peers"]["HanLP"] == {"unavailable": "not available offline"}
    assert "macro" not in report_dict(RESULTS[0])
