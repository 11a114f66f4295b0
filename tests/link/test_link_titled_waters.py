"""The river a regulation is titled after, unknown to the gazetteer (kg.link.titled_waters)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor


@pytest.fixture(scope="module")
def titled():
    extractor = Extractor()

    def find(text: str) -> list[tuple[str, str]]:
        title_end = text.index("\n")
        found = extractor.places.find(text, boundaries=extractor.segmenter.boundaries(text), title=(0, title_end))
        return [(m.surface, m.place.kind) for m in found if m.place.kind not in ("province", "city", "county", "district")]
    return find


def test_the_river_a_city_regulation_is_titled_after_is_named_wherever_it_stands(titled) -> None:
    text = "延吉市布尔哈通河保护条例\n\n第一条 为了保护布尔哈通河流域水环境，制定本条例。\n第二条 布尔哈通河沿岸禁止采砂。\n"
    found = titled(text)
    assert ("布尔哈通河", "natural-feature") in found and found.count(("布尔哈通河", "natural-feature")) == 3
    assert any(surface == "布尔哈通河流域" for surface, _ in found)  # the basin by its ending


@pytest.mark.parametrize("title", ["南宁市城市河道管理条例", "延吉市促进布尔哈通江旅游发展规定"])
def test_a_common_word_or_a_verb_before_the_head_names_no_water(titled, title) -> None:
    assert titled(title + "\n\n第一条 为了加强管理，制定本条例。\n") == []


def test_one_character_before_the_head_names_a_water_unless_the_dictionary_counts_the_word_often(titled) -> None:
    body = "\n\n第一条 为了保护湄江流域生态环境，制定本条例。\n"
    assert ("湄江", "natural-feature") in titled("遵义市湄江保护条例" + body)
    assert titled("苏州市内河保护条例\n\n第一条 为了保护内河水质，制定本条例。\n") == []  # 内河: a common word


def test_a_rare_noun_before_the_head_may_name_the_water(titled) -> None:
    # constructed: 平陆 is a noun jieba saw a few times (and a county's short form elsewhere): the canal's name
    text = "广西壮族自治区平陆运河保护与管理条例\n\n第一条 为了加强平陆运河的保护，制定本条例。\n"
    assert titled(text).count(("平陆运河", "natural-feature")) == 2
