"""Places count only as words of their own (issue 8): the segmentation decides, not a block list."""

from __future__ import annotations

import pytest

from kg.link import PlaceRecord

TRAPS = ["各地要扩大连锁经营规模。", "确保定时完成任务。", "推广州县经验。", "不得举办大庆典活动。",
         "推进通化工园区建设。"]
HELD = [("支持大连市发展装备制造业。", "大连市"), ("在保定建设新能源基地。", "保定市"),
        ("支持广州、深圳开展试点。", "广州市"), ("支持广州、深圳开展试点。", "深圳市"),
        ("推动大庆油田稳产。", "大庆市"), ("由重庆大学、成都理工大学组成专家组。", "重庆市"),
        ("请湖北省人民政府组织实施。", "湖北省")]


def _places(run, text: str) -> list[str]:
    _, extraction = run(text)
    return [m.entity.name for m in extraction.mentions if isinstance(m.entity, PlaceRecord)]


@pytest.mark.parametrize("text", TRAPS)
def test_a_place_form_inside_a_longer_word_is_no_place(run, text: str) -> None:
    assert _places(run, text) == []


@pytest.mark.parametrize(("text", "place"), HELD)
def test_a_place_standing_as_a_word_is_still_found(run, text: str, place: str) -> None:
    assert place in _places(run, text)


def test_a_person_name_before_a_province_does_not_hide_it(run) -> None:
    # 王湛 is a person: 湛江 would cross the word boundary, 江苏省 stands as a word
    assert _places(run, "王湛江苏省原副省长") == ["江苏省"]


def test_places_beyond_divisions_are_places_and_never_actors(run) -> None:
    _, extraction = run("加强洞庭湖、祁连山生态保护，深化与俄罗斯、东盟合作，支持两江新区和苏南地区发展。")
    places = {m.entity.name: m.entity.kind for m in extraction.mentions if isinstance(m.entity, PlaceRecord)}
    actors = [m.surface for m in extraction.mentions if not isinstance(m.entity, PlaceRecord)
              and m.entity.kind in ("agency", "bank", "enterprise")]
    assert places == {"洞庭湖": "natural-feature", "祁连山": "natural-feature", "俄罗斯": "country",
                      "东南亚国家联盟": "foreign-region", "两江新区": "new-area", "苏南": "region"}
    assert actors == []


@pytest.mark.parametrize(("text", "place"), [("支持瓦房店发展轴承产业。", "瓦房店市"),
                                             ("推进霍林郭勒铝产业转型。", "霍林郭勒市")])
def test_county_level_short_forms_of_three_or_more_characters_stand_alone(run, text: str, place: str) -> None:
    assert place in _places(run, text)


def test_the_layer_holds_every_recogniser_s_spans(run) -> None:
    _, extraction = run("国家发展改革委支持大连市发展机器人、新材料。")
    layer = extraction.layer
    assert {(s.label, layer.surface(s)) for s in layer.spans()} >= {
        ("actor", "国家发展改革委"), ("place", "大连市"), ("industry", "机器人")}
    assert all(s.start in layer.boundaries and s.end in layer.boundaries for s in layer.spans("industry"))
