"""Elliptical lists: places sharing one body head written after the last of them (kg.extract.shared_heads)."""

from __future__ import annotations

import pytest


def _bodies(extractor, text: str) -> list[tuple[str, str]]:
    boundaries = extractor.segmenter.boundaries(text)
    places = extractor.places.find(text, boundaries=boundaries)
    return [(m.surface, m.value.name) for m in extractor.actors.find(text, boundaries, places)]


def test_a_government_head_after_full_province_names_is_each_provinces(extractor) -> None:
    assert _bodies(extractor, "吉林省、黑龙江省、湖南省人民政府：") == [
        ("吉林省", "吉林省人民政府"), ("黑龙江省", "黑龙江省人民政府"), ("湖南省人民政府", "湖南省人民政府")]


def test_a_list_goes_on_past_a_county_known_by_its_short_form(extractor) -> None:
    # constructed: 景洪县 (a city since 1993) is found as 景洪, its 县 left out of the mention
    assert ("勐海县", "勐海县人民政府") in _bodies(extractor, "勐海县、景洪县、勐腊县人民政府应当加强领导。")


def test_a_collective_marker_between_the_list_and_any_local_head(extractor) -> None:
    assert _bodies(extractor, "浙江、福建、云南省（区、市）发展改革委要抓紧落实。") == [
        ("浙江", "浙江省发展和改革委员会"), ("福建", "福建省发展和改革委员会"),
        ("云南省（区、市）发展改革委", "云南省发展和改革委员会")]


def test_a_listed_head_named_after_short_city_names(extractor) -> None:
    assert _bodies(extractor, "请成都、兰州军区配合地方做好工作。") == [("成都", "成都军区"), ("兰州军区", "兰州军区")]


def test_a_foreign_government_is_named_by_its_country(extractor) -> None:
    assert _bodies(extractor, "法国政府承诺提供技术援助。") == [("法国政府", "法国政府")]


@pytest.mark.parametrize("text", ["支持成都、重庆建设国家中心城市。", "北京、上海等地政府要加强指导。"])
def test_a_list_without_a_head_right_after_it_names_no_body(extractor, text: str) -> None:
    assert _bodies(extractor, text) == []


def test_a_province_qualifying_its_city_does_not_share_the_citys_head(extractor) -> None:
    assert _bodies(extractor, "辽宁沈阳市人民政府负责组织实施。") == [("沈阳市人民政府", "沈阳市人民政府")]


def test_coordinated_heads_give_every_listed_place_each_body(extractor) -> None:
    assert sorted(_bodies(extractor, "四川、贵州省党委和政府要加强领导。")) == sorted([
        ("四川", "四川省党委"), ("四川", "四川省人民政府"), ("贵州省党委", "贵州省党委"), ("政府", "贵州省人民政府")])


def test_one_place_with_two_coordinated_heads_names_two_local_bodies(extractor) -> None:
    assert _bodies(extractor, "甘肃省财政厅、发展改革委：") == [("甘肃省财政厅", "甘肃省财政厅"),
                                                            ("发展改革委", "甘肃省发展和改革委员会")]


def test_a_national_body_after_a_local_one_is_not_a_head(extractor) -> None:
    assert _bodies(extractor, "甘肃省人民政府和国务院有关部门") == [("甘肃省人民政府", "甘肃省人民政府"), ("国务院", "国务院")]


def test_a_party_committee_after_a_short_province_name(extractor) -> None:
    assert sorted(_bodies(extractor, "四川、贵州省委要加强领导。")) == [("四川", "四川省委"), ("贵州省委", "贵州省委")]


def test_a_list_closed_by_deng_and_a_level_shares_the_head(extractor) -> None:
    # constructed: 等区 between the list and the head (the districts' governments, named with their city)
    assert _bodies(extractor, "浦东新区、奉贤区、闵行区等区人民政府应当加强协作。") == [
        ("浦东新区", "上海市浦东新区人民政府"), ("奉贤区", "上海市奉贤区人民政府"),
        ("闵行区等区人民政府", "上海市闵行区人民政府")]
    assert _bodies(extractor, "杭州、宁波等市人民政府负责。") == [("杭州", "杭州市人民政府"), ("宁波等市人民政府", "宁波市人民政府")]
