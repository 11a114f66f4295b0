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


def test_a_short_form_of_a_list_names_no_single_place(places) -> None:
    text = "范围包括上海市青浦区、浙江省嘉兴市嘉善县（以下简称一区一县）。一区一县应当协同。"
    assert not any(surface == "一区一县" for surface, _ in places(text))
