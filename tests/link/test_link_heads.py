"""Places named by a name and a head (kg/link/heads.py): bays, islands, straits, port areas."""

from __future__ import annotations

from collections.abc import Callable

import pytest



@pytest.fixture(scope="module")
def segmented(find_places) -> Callable[[str], list[tuple[str, str]]]:
    """(surface, kind) of the place mentions as the pipeline finds them (with word boundaries)."""
    return lambda text: [(m.surface, m.place.kind) for m in find_places(text)]


def test_a_head_after_a_place_names_a_place_and_keeps_the_place_inside(segmented) -> None:
    assert segmented("加快湛江港区建设") == [("湛江港区", "region"), ("湛江", "city")]
    assert segmented("开发大亚湾和曹妃甸港区") == [("大亚湾", "natural-feature"), ("曹妃甸港区", "region"),
                                           ("曹妃甸", "district")]


def test_a_head_repeating_the_places_own_ending_opens_the_next_word(segmented) -> None:
    assert [surface for surface, _ in segmented("保护鄱阳湖湖体和太湖湖面")] == ["鄱阳湖", "太湖"]


def test_a_proper_name_word_before_a_head_names_a_place(segmented) -> None:
    assert segmented("钓鱼岛是中国固有领土") == [("钓鱼岛", "natural-feature")]
    assert segmented("途经马六甲海峡") == [("马六甲海峡", "natural-feature")]


def test_the_area_of_a_port_of_entry_follows_the_port_and_a_side(segmented) -> None:
    assert segmented("拱北口岸澳方口岸区") == [("拱北口岸澳方口岸区", "region")]


def test_a_port_area_of_one_side_is_named_through_its_crossing(segmented) -> None:
    assert ("深圳湾口岸港方口岸区", "region") in segmented("深圳湾口岸港方口岸区的土地使用权")


def test_a_name_found_by_a_head_hosts_a_further_head(segmented) -> None:
    found = segmented("在珠海湾口岸区内")
    assert found == [("珠海湾口岸区", "region"), ("珠海湾", "natural-feature"), ("珠海", "city")]


@pytest.mark.parametrize("text", ["加强港口建设", "海湾地区局势", "保护海岛生态", "打破信息孤岛", "深水港区和内河港区",
                                  "港澳人员上岛", "香港、澳门", "各港区统一管理", "拓展港澳市场"])
def test_a_head_after_a_common_word_or_inside_a_word_names_nothing_new(segmented, text: str) -> None:
    assert all(kind in ("province", "city") for _, kind in segmented(text))
    assert not any(surface.endswith(("湾", "岛", "港区", "口岸区")) for surface, _ in segmented(text))


def test_a_listed_name_wins_over_the_same_name_by_head(segmented) -> None:
    assert segmented("崇明岛生态建设") == [("崇明岛", "natural-feature")]


def test_water_bodies_named_by_a_proper_name_and_a_head(segmented) -> None:
    found = segmented("治理秦淮河、永定河和黄浦江，保护骆马湖，修复京杭大运河沿线生态")
    assert ("秦淮河", "natural-feature") in found and ("永定河", "natural-feature") in found
    assert ("黄浦江", "natural-feature") in found and ("骆马湖", "natural-feature") in found


def test_a_water_head_after_one_character_or_inside_a_word_is_no_place(segmented) -> None:
    assert segmented("整治内河航道，落实河长制湖长制，保护江河湖泊") == []
    assert segmented("推进镇江、九江港口建设") == [("镇江", "city"), ("九江", "city")]


def test_a_water_head_before_chief_is_an_office(segmented) -> None:
    assert segmented("汕头市河长制条例") == [("汕头市", "city")]  # 河长: the river chief, no 汕头市河
    assert ("流溪河", "natural-feature") in segmented("流溪河流域")


def test_two_ordinary_words_jieba_tags_as_a_name_open_no_feature(find_places) -> None:
    assert not any(m.place.name.startswith("建立健全") for m in find_places("建立健全河长制，加强河道管理。"))


def test_the_head_of_a_name_found_by_its_head_is_no_division(find_places) -> None:
    # 运河 is also the short form of 运河区 (沧州); in a list with confident places it would be read so
    names = [m.place.name for m in find_places("推动建设江南运河、太湖－黄浦江、嘉兴－吴淞江等历史文化带")]
    assert "运河区" not in names and "江南运河" in names


def test_a_fishing_ground_named_after_its_sea_or_coast(find_places) -> None:
    names = [m.place.name for m in find_places("渤海渔场对虾汛，近海渔场与外海渔场的划分")]
    assert names[:2] == ["渤海渔场", "渤海"] and len(names) == 2  # 近海, 外海 are no names


@pytest.mark.parametrize(("text", "name"), [
    ("加强卧龙国家级自然保护区管理。", "卧龙国家级自然保护区"), ("加强西溪国家湿地公园保护。", "西溪国家湿地公园"),
    ("保护鄱阳湖国家级自然保护区。", "鄱阳湖国家级自然保护区"), ("建设三江源国家公园。", "三江源国家公园")])
def test_protected_and_scenic_areas_named_by_a_name_and_their_designation(find_places, text: str, name: str) -> None:
    assert name in [m.place.name for m in find_places(text)]


@pytest.mark.parametrize("text", ["应当建立湿地自然保护区。", "有关自然保护区的规定。"])
def test_a_designation_after_a_common_word_names_no_area(find_places, text: str) -> None:
    assert find_places(text) == []


def test_a_historic_town_named_after_its_place_is_a_locality(find_places) -> None:
    # constructed: X古城 on a place mention; 古镇 after a rare proper name; no name before 古村
    found = {m.place.name: m.place.kind for m in find_places("保护周庄古镇和安顺古城，修缮传统古村。")}
    assert found.get("周庄古镇") == "locality" and found.get("安顺古城") == "locality"
    assert not any(name.endswith("古村") for name in found)


@pytest.mark.parametrize(("text", "name"), [
    ("保护大别山脉生态", "大别山脉"), ("保护钱塘江河口", "钱塘江河口"), ("整治红旗渠沿线", "红旗渠"),
    ("修复金沙滩湿地", "金沙滩")])
def test_ranges_river_mouths_canals_and_flats_named_by_their_generic_term(find_places, text: str, name: str) -> None:
    assert name in [m.place.name for m in find_places(text)]


def test_a_world_heritage_property_is_named_after_its_place(segmented) -> None:
    # constructed after a city's regulation on its world heritage property
    assert segmented("加强杭州世界文化遗产的保护") == [("杭州世界文化遗产", "region"), ("杭州", "city")]
    assert segmented("泉州世界遗产保护管理应当坚持保护为主") == [("泉州世界遗产", "region"), ("泉州", "city")]



def test_a_protected_area_opens_with_the_division_it_lies_in(segmented) -> None:
    # constructed: the division written before the area's name is part of it and stays a mention of its own
    assert segmented("保护湖南张家界国家森林公园") == [("湖南张家界国家森林公园", "region"), ("湖南", "province"),
                                                  ("张家界", "city")]
    assert segmented("加强杭州西溪国家湿地公园建设") == [("杭州西溪国家湿地公园", "region"), ("杭州", "city")]


def test_waterfalls_and_great_gorges_are_named_features(segmented) -> None:
    # constructed: 大峡谷 is one word of the segmentation (X|大峡谷); a waterfall's name may be one word (壶口瀑布)
    found = segmented("保护洛河大峡谷和壶口瀑布")
    assert ("洛河大峡谷", "natural-feature") in found and ("壶口瀑布", "natural-feature") in found


def test_a_division_written_in_full_before_a_designation_names_its_class_of_areas(segmented) -> None:
    # constructed: 延安市国家地质公园 are the city's national geoparks, not one; a short form opens a name
    assert segmented("加强延安市国家地质公园的保护") == [("延安市", "city")]
    assert segmented("加强延安国家地质公园的保护") == [("延安国家地质公园", "region"), ("延安", "city")]


def test_a_division_before_a_bay_is_no_part_of_its_name(segmented) -> None:
    # a bay is no designation: the province before it stays outside its name
    assert segmented("建设广东大亚湾") == [("广东", "province"), ("大亚湾", "natural-feature")]


def test_a_mountain_is_named_by_a_dictionary_name_and_its_head(segmented) -> None:
    # constructed: names jieba lists as place names, a mountain inside a reservoir's name is part of it,
    # and a mountain hosts no river basin (X山流域分水岭 is the watershed between the mountains' rivers)
    assert segmented("保护高黎贡山的生态") == [("高黎贡山", "natural-feature")]
    assert ("天目山水库", "natural-feature") in segmented("修建天目山水库") and \
        ("天目山", "natural-feature") not in segmented("修建天目山水库")
    assert segmented("以天目山、茅山流域分水岭为界") == [("天目山", "natural-feature"), ("茅山", "natural-feature")]


def test_an_idiom_ending_in_a_head_is_no_mountain(segmented) -> None:
    assert segmented("践行绿水青山就是金山银山理念") == []


def test_a_named_sea_area_and_a_peak_by_their_heads(segmented) -> None:
    # constructed: names jieba's dictionary lists before 洋 and 峰
    assert segmented("船舶驶入伶仃洋水域") == [("伶仃洋", "natural-feature")]
    assert ("莲花峰", "natural-feature") in segmented("登临莲花峰观景")
