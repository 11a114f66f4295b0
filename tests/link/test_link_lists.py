"""Lists of places sharing one head written once (kg/link/lists.py)."""

from __future__ import annotations


def test_each_item_of_a_list_names_a_place_with_the_shared_head(find_places) -> None:
    found = [(m.surface, m.place.name) for m in find_places("龙羊峡、刘家峡、三门峡、小浪底水库的主管部门负责调度。")]
    assert ("龙羊峡", "龙羊峡水库") in found and ("刘家峡", "刘家峡水库") in found
    assert ("三门峡", "三门峡水库") in found and ("三门峡", "三门峡市") in found  # the city keeps its mention
    assert [m.place.id for m in find_places("长兴、横琴岛") if m.surface == "长兴"] == \
        [m.place.id for m in find_places("长兴岛") if m.surface == "长兴岛"]


def test_a_class_or_an_item_with_its_own_head_names_nothing_more(find_places) -> None:
    assert [m.surface for m in find_places("西霞院、故县、东平湖等水库")] == ["东平湖"]
    assert sorted(m.place.name for m in find_places("治理汉江、嘉陵江")) == ["嘉陵江", "汉江"]
    assert not any(m.place.name == "北京港区" for m in find_places("支持北京、天津港区发展"))
