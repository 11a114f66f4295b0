"""Regions a law defines by their extent (kg.link.defined_extents)."""

from __future__ import annotations


def regions(find_places, text: str) -> list[str]:
    return [m.surface for m in find_places(text) if m.place.kind == "region"]


def test_a_term_defined_from_one_named_place_to_another_is_a_region_wherever_it_stands(find_places) -> None:
    # constructed on the pattern of route and area definitions (本条例所称X，是指北起…，经…，南至…)
    text = ("第二条 本市行政区域内青云古驿道的保护适用本条例。\n"
            "第三条 本条例所称青云古驿道，是指北起朝天区，经利州区，南至剑阁县的古代驿道。\n"
            "第四条 青云古驿道保护遵循科学规划的原则。")
    assert regions(find_places, text) == ["青云古驿道"] * 3


def test_a_part_of_a_known_place_or_an_extent_of_no_named_place_is_no_new_region(find_places) -> None:
    assert regions(find_places, "本条例所称汉江干流，是指自石泉县入境至白河县出境的河段。") == []
    assert regions(find_places, "本条例所称保护带，是指自核心区边界起向外延伸至五百米的区域。") == []
    # the extent must open the definition, not follow other words
    assert regions(find_places, "本条例所称青云古驿道，是指古代驿道，从朝天区至剑阁县均有遗存。") == []
