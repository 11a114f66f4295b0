"""Short forms a text defines for a place (kg/link/short_forms.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.fixture(scope="module")
def places(find_places) -> Callable[[str], list[tuple[str, str]]]:
    """(surface, place name) of the place mentions as the pipeline finds them."""
    return lambda text: [(m.surface, m.place.name) for m in find_places(text)]


def test_a_defined_short_form_is_the_place_from_then_on(places) -> None:
    text = "支持青岛西海岸新区（以下简称新区）建设。新区要加快发展，新区建设有序推进。"
    assert places(text).count(("新区", "西海岸新区")) == 2  # after the definition, not inside it


def test_the_definition_is_not_part_of_a_zones_name(places) -> None:
    text = "发挥苏州工业园区（以下简称园区）的作用。园区建设应当加快。"
    assert ("苏州工业园区", "苏州工业园区") in places(text)
    assert ("园区", "苏州工业园区") in places(text)


def test_a_short_form_of_a_list_names_each_place_of_the_list(places) -> None:
    text = "范围包括上海市青浦区、浙江省嘉兴市嘉善县（以下简称一区一县）。一区一县应当协同。"
    assert sorted(name for surface, name in places(text) if surface == "一区一县") == ["嘉善县", "青浦区"]


def test_a_group_word_before_the_definition_counts_the_list(places) -> None:
    text = "广东、广西、海南三省区（以下简称三省区）加强合作。三省区人民政府负责组织实施。"
    assert sorted(name for surface, name in places(text) if surface == "三省区") == ["广东省", "广西壮族自治区", "海南省"]


def test_a_list_that_does_not_hold_the_number_counted_names_nothing(places) -> None:
    text = "江苏省、浙江省以及有关的上海市、安徽省（以下简称四省市）。四省市应当协同。"
    assert not any(surface == "四省市" for surface, _ in places(text))


def test_a_group_word_counting_a_run_of_provinces_stands_for_them_later(places) -> None:
    text = "苏浙皖三省加强合作。三省人民政府应当建立协调机制。"
    assert sorted(name for surface, name in places(text) if surface == "三省") == ["安徽省", "江苏省", "浙江省"]


def test_a_numeral_counts_places_only_before_a_division_word(places) -> None:
    from kg.link.short_forms import members_counted
    assert [members_counted(s) for s in ("四省", "两省一市", "十一省区市", "三江源保护区", "五指山景区")] == [4, 3, 11, None, None]


def test_a_defined_heritage_area_is_a_place_with_its_short_form(places) -> None:
    # a name the segmentation splits, opened by the short form's own words
    text = ("第一条 本条例所称的九龙并流世界自然遗产地（以下简称九龙并流遗产地），是指列入名录的区域。"
            "第二条 九龙并流遗产地的保护应当加强。")
    found = places(text)
    assert ("九龙并流世界自然遗产地", "九龙并流世界自然遗产地") in found
    assert ("九龙并流遗产地", "九龙并流世界自然遗产地") in found


def test_the_section_of_a_scenic_area_a_text_defines_is_a_place(places) -> None:
    # constructed: a scenic area, a dash and its section, the section's name defined as the short form
    text = ("第一条 为了加强罗霄山风景名胜区—吉安罗霄山景区（以下简称吉安罗霄山景区）的管理，制定本条例。"
            "第二条 吉安罗霄山景区的保护应当加强。")
    assert places(text).count(("吉安罗霄山景区", "吉安罗霄山景区")) >= 3  # the name, its definition, 第二条


def test_a_short_form_defined_for_a_zone_and_its_extension_is_the_zone(places) -> None:
    text = "本条例适用于苏州工业园区及其扩展区域（以下简称园区）。园区应当加快发展。"
    assert ("园区", "苏州工业园区") in places(text)



def test_a_short_form_may_hold_a_shorter_place_name(find_places) -> None:
    text = "为了规范对某某跨境工业区厦门园区（以下简称厦门园区）的监管。厦门园区实行封闭式管理。"
    found = find_places(text)
    park = next(m.place for m in found if m.place.kind == "park")
    later = [m for m in found if m.start > text.index("。") and m.surface == "厦门园区"]
    assert [m.place for m in later] == [park]  # not 厦门市, which it holds


@pytest.mark.parametrize("short", ["片区", "各片区"])
def test_a_short_form_that_is_only_the_kind_of_the_list_names_none_of_them(places, short: str) -> None:
    text = f"本条例适用于自贸试验区，包括武汉片区、襄阳片区和宜昌片区（以下简称{short}）。{short}管理机构负责日常工作。"
    assert not any(surface == short for surface, _ in places(text))
    assert ("襄阳片区", "襄阳片区") in places(text)


def test_a_short_form_before_a_locative_the_segmentation_joins_to_it_is_the_place(places) -> None:
    text = "本条例适用于中国（河南）自由贸易试验区（以下简称自贸试验区）。支持自贸试验区内企业开展业务。"
    assert places(text).count(("自贸试验区", "中国（河南）自由贸易试验区")) == 1


def test_a_short_form_closing_the_definition_of_a_place_is_that_place(places) -> None:
    text = ("本条例所称洱海，是指洱海湖泊，以及沿岸堤防保护的区域（以下简称湖区）。"
            "湖区产业结构应当优化。")
    assert ("湖区", "洱海") in places(text)


def test_a_definition_that_lost_its_brackets_ends_at_the_punctuation_mark(places) -> None:
    text = "本办法适用于青浦区、吴江区、嘉善县以下简称两区一县。两区一县应当加快建设。"
    assert sorted(name for surface, name in places(text) if surface == "两区一县") == ["吴江区", "嘉善县", "青浦区"]


def test_a_short_form_the_sentence_goes_on_after_names_the_phrase_before_it(places) -> None:
    # constructed after a heritage regulation: the sites the property is made of, not the property
    text = ("本条例所称杭州世界遗产，是指列入名录的系列遗产，由22处代表性史迹（以下简称遗产点）组成。"
            "遗产点所在地人民政府应当加强保护。")
    found = places(text)
    assert ("杭州世界遗产", "杭州世界遗产") in found
    assert not any(surface == "遗产点" for surface, _ in found)
