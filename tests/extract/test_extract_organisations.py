"""Organisations named by a construction: an anchored left part and a head (kg.extract.organisations)."""

from __future__ import annotations

import pytest

from kg.extract.organisations import named_organisations, organisation_heads


def _organisations(extractor, text: str) -> list[tuple[str, str]]:
    boundaries = extractor.segmenter.boundaries(text)
    places = extractor.places.find(text, boundaries=boundaries)
    return [(m.value.name, m.value.kind) for m in named_organisations(text, boundaries, places)]


@pytest.mark.parametrize(("text", "expected"), [
    ("同意成立2010年广州亚运会城市运行协调委员会。", ("2010年广州亚运会城市运行协调委员会", "agency")),
    ("由第16届亚洲运动会组织委员会负责筹办。", ("第16届亚洲运动会组织委员会", "organisation")),
    ("请国际大学生体育联合会派员考察。", ("国际大学生体育联合会", "organisation")),
    ("浙江省舟山市定海区滑坡灾害调查专家组提出了处置意见。", ("浙江省舟山市定海区滑坡灾害调查专家组", "organisation")),
])
def test_a_name_runs_from_its_leftmost_anchor_to_the_head(extractor, text: str, expected: tuple[str, str]) -> None:
    assert _organisations(extractor, text) == [expected]


def test_a_village_committee_is_named_by_its_village(extractor) -> None:
    assert _organisations(extractor, "经与王家村村民委员会协商一致。") == [("王家村村民委员会", "organisation")]


def test_a_university_keeps_its_campus_in_brackets(extractor) -> None:
    assert _organisations(extractor, "委托中国矿业大学（徐州）开展评估。") == [("中国矿业大学（徐州）", "organisation")]


@pytest.mark.parametrize("text", [
    "成立联合办公室，负责日常工作。",          # no anchor: not a proper name
    "各有关协会要加强行业自律。",              # generic
    "支持高等院校与协会合作。",                 # no anchor
])
def test_without_an_anchor_or_with_a_generic_word_there_is_no_name(extractor, text: str) -> None:
    assert _organisations(extractor, text) == []


def test_a_verb_before_the_anchor_ends_the_name(extractor) -> None:
    assert _organisations(extractor, "江苏省组建2015年南京青奥会组织委员会。") == [("2015年南京青奥会组织委员会", "organisation")]


def test_heads_are_data_longest_first() -> None:
    heads = [h.head for h in organisation_heads()]
    assert heads.index("协调委员会办公室") < heads.index("协调委员会")
    assert {h.kind for h in organisation_heads()} <= {"agency", "organisation", "enterprise"}
