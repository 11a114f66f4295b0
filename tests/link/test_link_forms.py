"""Places beyond China's divisions: countries, world regions, new areas, natural features, informal regions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.link import PlaceLinker
from kg.link.forms import feature_after, informal_regions
from kg.link.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def linker() -> PlaceLinker:
    return PlaceLinker()


def _found(linker: PlaceLinker, text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.place.kind) for m in linker.find(text)]


def test_countries_and_world_regions_come_from_cldr_names(linker: PlaceLinker) -> None:
    found = _found(linker, "加强与俄罗斯、东盟、中亚和欧盟的合作")
    assert found == [("俄罗斯", "country"), ("东盟", "foreign-region"), ("中亚", "foreign-region"),
                     ("欧盟", "foreign-region")]


def test_countries_written_by_their_official_full_names(linker: PlaceLinker) -> None:
    # 泰王国, 大韩民国: full names that are not the short name and a form of state (foreign_official.tsv)
    found = _found(linker, "包括文莱达鲁萨兰国、泰王国和大韩民国，以及大不列颠及北爱尔兰联合王国")
    assert [surface for surface, _ in found] == ["文莱达鲁萨兰国", "泰王国", "大韩民国", "大不列颠及北爱尔兰联合王国"]
    assert {kind for _, kind in found} == {"country"}


def test_a_country_sharing_a_county_short_form_needs_support(linker: PlaceLinker) -> None:
    # 黑山 is Montenegro and 黑山县 (Liaoning): alone it is no place
    assert _found(linker, "黑山发展") == []


def test_state_level_new_areas_are_their_own_kind(linker: PlaceLinker) -> None:
    found = _found(linker, "支持重庆两江新区、雄安新区建设")
    assert found == [("重庆两江新区", "new-area"), ("雄安新区", "new-area")]
    xiongan = Gazetteer.default().lookup("雄安新区")[0]
    assert xiongan.parent == "place/130600" and len(xiongan.members) == 3


def test_listed_features_and_features_named_after_a_place(linker: PlaceLinker) -> None:
    found = _found(linker, "洞庭湖、祁连山、四川盆地、呼伦贝尔草原生态保护")
    assert found == [("洞庭湖", "natural-feature"), ("祁连山", "natural-feature"),
                     ("四川盆地", "natural-feature"), ("呼伦贝尔草原", "natural-feature")]


def test_a_single_character_ending_forms_no_feature() -> None:
    gazetteer = Gazetteer.default()
    sichuan = gazetteer.get("place/510000")
    assert feature_after("四川盆地", 0, 2, sichuan) is not None
    assert feature_after("四川山", 0, 2, sichuan) is None


def test_informal_regions_are_regions_inside_their_province() -> None:
    found = informal_regions("推进苏南、陕北、川东北和粤东西北发展", Gazetteer.default())
    assert [(f.place.name, f.place.parent) for f in found] == [
        ("苏南", "place/320000"), ("陕北", "place/610000"), ("川东北", "place/510000"), ("粤东西北", "place/440000")]


def test_a_division_of_the_same_extent_wins_over_the_pattern(linker: PlaceLinker) -> None:
    # 晋中 is a prefecture, 湘西 an autonomous prefecture: listed places beat the abbreviation form
    assert [m.place.name for m in linker.find("晋中、湘西")] == ["晋中市", "湘西土家族苗族自治州"]


def test_geographic_divisions_are_regions_with_member_provinces() -> None:
    [central] = Gazetteer.default().lookup("华中")
    assert central.kind == "region" and central.members == ("place/410000", "place/420000", "place/430000")


@pytest.fixture(scope="module")
def segmented(find_places) -> Callable[[str], list[tuple[str, str]]]:
    """(surface, place name) of the place mentions as the pipeline finds them."""
    return lambda text: [(m.surface, m.place.name) for m in find_places(text)]


def test_a_run_of_province_abbreviations_before_a_location_head_names_each_province(segmented) -> None:
    assert segmented("加强川黔交界生态保护") == [("川", "四川省"), ("黔", "贵州省")]
    assert segmented("京津地区大气治理") == [("京", "北京市"), ("津", "天津市")]  # one jieba token


def test_a_run_with_hong_kong_macao_or_taiwan_before_a_head_or_after_a_verb_of_motion_names_each(segmented) -> None:
    assert segmented("港澳台地区人才") == [("港", "香港特别行政区"), ("澳", "澳门特别行政区"), ("台", "台湾省")]
    assert segmented("推进与港澳协同发展") == [("港", "香港特别行政区"), ("澳", "澳门特别行政区")]
    assert segmented("来往粤澳的车辆") == [("粤", "广东省"), ("澳", "澳门特别行政区")]


@pytest.mark.parametrize("text", ["船舶进港", "赴澳留学", "支持港澳及海外投资机构", "港澳专业人才", "粤港分界线"])
def test_hong_kong_macao_and_taiwan_alone_or_as_qualifiers_are_no_places(segmented, text: str) -> None:
    assert segmented(text) == []


def test_a_run_of_abbreviations_separated_by_enumeration_commas_names_each_province(segmented) -> None:
    assert segmented("甘、青、川交界地区") == [("甘", "甘肃省"), ("青", "青海省"), ("川", "四川省")]
    assert segmented("新、旧动能转换") == []


def test_an_abbreviation_fused_with_a_verb_of_motion_or_stay_names_its_province(segmented) -> None:
    assert segmented("部长离京外出") == [("京", "北京市")]
    assert segmented("来沪投资，入川通道") == [("沪", "上海市"), ("川", "四川省")]


@pytest.mark.parametrize("text", ["在新的起点上", "出台政策", "推进京津冀协同", "对口援疆工作", "回归黑土地"])
def test_no_abbreviation_after_a_verb_where_the_character_is_a_common_word(segmented, text: str) -> None:
    assert all(len(surface) > 1 for surface, _ in segmented(text))


def test_a_neighbouring_country_after_china_before_a_boundary_word_is_that_country(segmented) -> None:
    assert segmented("中越边境贸易") == [("越", "越南")]
    assert segmented("加强中俄蒙交界地区合作") == [("俄", "俄罗斯"), ("蒙", "蒙古")]
    assert segmented("其中越边境口岸") == []  # 中 inside 其中 starts no word


@pytest.mark.parametrize("text", ["吸引港澳台资企业投资", "京沪高铁全线贯通", "扩大连锁经营", "确保定时报送",
                                  "推广州县经验", "沿铁路沿线布局", "产业链上游企业", "东西部协作",
                                  "蒙蒙一带", "新贵合作"])
def test_ordinary_words_and_contractions_are_no_places(segmented, text: str) -> None:
    assert segmented(text) == []


def test_a_direction_before_a_sea_is_a_part_of_it_and_hides_the_sea(segmented) -> None:
    assert segmented("西太平洋和东黄海海域") == [("西太平洋", "西太平洋"), ("东黄海", "东黄海")]
    # a direction that belongs to the word before (以北) forms no part
    assert segmented("在该岛以西黄海海域") == [("黄海", "黄海")]


def test_a_direction_before_a_mountain_range_is_a_part_of_it(segmented) -> None:
    # constructed: the range written short (太行 of 太行山); 南太 (南太平洋) inside it is no place
    assert segmented("提升南太行旅游通道") == [("南太行", "南太行")]
    assert segmented("保护河南太行山区") == [("河南", "河南省"), ("太行山区", "太行山区"), ("太行山", "太行山")]


def test_an_economic_belt_named_after_a_river_is_a_region(segmented) -> None:
    # constructed on the pattern of 长江经济带 (listed) for a river's belt not listed
    assert segmented("推动西江经济带建设") == [("西江经济带", "西江经济带"), ("西江", "西江")]


def test_features_and_regions_built_on_a_name_keep_the_name_inside(segmented) -> None:
    assert segmented("加强淮河流域和汉江中下游地区治理") == [
        ("淮河流域", "淮河流域"), ("淮河", "淮河"), ("汉江中下游地区", "汉江中下游地区"), ("汉江", "汉江")]
    assert segmented("保护密云水库水源") == [("密云水库", "密云水库"), ("密云", "密云区")]
    # the banks of a river are the places along it, no place of their own (its reaches are)
    assert segmented("推进长江沿线和鄱阳湖沿岸生态修复") == [("长江", "长江流域"), ("鄱阳湖", "鄱阳湖")]
    assert segmented("研究祁连山地震带和南北构造带活动") == [
        ("祁连山地震带", "祁连山地震带"), ("祁连山", "祁连山"), ("南北构造带", "南北构造带")]


def test_a_range_with_a_transliterated_name_is_found_without_its_mountain_word(segmented) -> None:
    assert segmented("唐古拉地区") == [("唐古拉", "唐古拉山")]
    assert Gazetteer.default().lookup("祁连") != Gazetteer.default().lookup("祁连山")


def test_a_region_written_with_its_area_word_is_the_region(segmented) -> None:
    assert segmented("华东地区各省") == [("华东地区", "华东")]


def test_a_military_region_names_its_seat_city(segmented) -> None:
    assert segmented("成都军区所属部队") == [("成都", "成都市")]


def test_a_group_of_rivers_after_a_place_or_a_dictionary_place_name(segmented) -> None:
    assert segmented("湖南四水治理") == [("湖南四水", "湖南四水"), ("湖南", "湖南省")]
    # 龙门山 is not in the gazetteer; jieba's dictionary tags it as a rare place name
    assert segmented("沿龙门山断裂带分布") == [("龙门山断裂带", "龙门山断裂带")]


@pytest.mark.parametrize("text", ["城市三河整治", "垦区四河清淤", "主要地震带分布", "山区水库除险加固"])
def test_common_nouns_tagged_as_places_build_no_feature(segmented, text: str) -> None:
    assert segmented(text) == []


def test_a_river_opening_a_listed_region_or_feature_is_named_inside_it(find_places) -> None:
    found = {(m.surface, m.place.name) for m in find_places("推动长江经济带发展，建设黄河三角洲。")}
    assert {("长江经济带", "长江经济带"), ("长江", "长江流域"), ("黄河三角洲", "黄河三角洲"), ("黄河", "黄河流域")} <= found
    assert [m.place.name for m in find_places("治理长江流域。")] == ["长江流域"]  # a basin is its river


def test_a_river_found_by_its_head_names_its_basin(find_places) -> None:
    found = {(m.surface, m.place.name) for m in find_places("市水务部门负责潮白河流域的统一保护。")}
    assert ("潮白河流域", "潮白河流域") in found and ("潮白河", "潮白河") in found  # 潮白河 is not listed


def test_the_area_where_a_run_of_provinces_meets_is_a_region(segmented) -> None:
    assert segmented("推进湘鄂赣毗邻地区协同发展") == [
        ("湘鄂赣毗邻地区", "湘鄂赣毗邻地区"), ("湘", "湖南省"), ("鄂", "湖北省"), ("赣", "江西省")]
    assert segmented("加强川黔交界地区生态保护")[0] == ("川黔交界地区", "川黔交界地区")


def test_a_valley_named_after_its_place(find_places) -> None:
    found = [(m.surface, m.place.kind) for m in find_places("为了保护汉中河谷（以下简称河谷）的生态环境，河谷内各县负责。")]
    assert ("汉中河谷", "natural-feature") in found and ("河谷", "natural-feature") in found



def test_a_country_written_with_its_official_name(find_places) -> None:
    found = [(m.surface, m.place.id) for m in find_places("东部与蒙古国交界，与吉尔吉斯共和国、俄罗斯联邦政府、柬埔寨王国开展合作。")]
    assert ("俄罗斯联邦", "place/country-ru") in found and ("柬埔寨王国", "place/country-kh") in found
    found = [(m.surface, m.place.id) for m in find_places("西部与塔吉克斯坦共和国接壤。")]
    assert found == [("塔吉克斯坦共和国", "place/country-tj")]


def test_a_run_of_three_abbreviations_standing_as_a_word_names_the_provinces(find_places) -> None:
    assert [m.place.name for m in find_places("协同苏浙皖推进科技创新。")] == ["江苏省", "浙江省", "安徽省"]
    assert find_places("吸引苏浙皖企业投资。") == []  # qualifying a noun: no place named
    assert find_places("从事港澳台运输业务。") == []  # a verb used as a noun, heading a noun, qualified
    assert [m.place.name for m in find_places("推动苏浙皖发展。")] == ["江苏省", "浙江省", "安徽省"]


def test_a_karst_springs_catchment_named_after_a_place_is_a_region(find_places) -> None:
    found = [(m.surface, m.place.kind) for m in find_places("临汾市加强霍州泉域水资源保护。")]
    assert ("霍州泉域", "region") in found and ("霍州", "county") in found
