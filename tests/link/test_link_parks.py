"""Parks, zones and bases named after a place (seed sentences of 发改振兴〔2021〕1618号)."""

from __future__ import annotations

import pytest

from kg.link import PlaceLinker, park_id


@pytest.fixture(scope="module")
def linker() -> PlaceLinker:
    return PlaceLinker()


def parks(linker: PlaceLinker, text: str) -> list[tuple[str, str | None]]:
    return [(m.place.name, m.place.parent) for m in linker.find(text) if m.place.kind == "park"]


def test_parks_of_the_seed_with_their_hosts(linker: PlaceLinker) -> None:
    text = ("支持中关村科技园(石景山园、门头沟园)、中德(沈阳)高端装备制造产业园、"
            "中韩(长春)国际合作示范区等48个产业转型升级示范园区完善基础设施")
    assert parks(linker, text) == [
        ("中关村科技园（石景山园、门头沟园）", park_id("中关村国家自主创新示范区")),
        ("中关村国家自主创新示范区", "place/110000"),
        ("中德（沈阳）高端装备制造产业园", "place/210100"),
        ("中韩（长春）国际合作示范区", "place/220100"),
    ]
    hosts = [m.surface for m in linker.find(text) if m.place.kind == "city"]
    assert hosts == ["沈阳", "长春"]  # the host is a mention of its own, nested in the park


def test_base_with_bracketed_part(linker: PlaceLinker) -> None:
    text = "推进大连长兴岛(西中岛)石化产业基地高质量发展"
    mentions = linker.find(text)
    assert [(m.surface, m.place.kind) for m in mentions] == [
        ("大连长兴岛(西中岛)石化产业基地", "park"), ("大连", "city")]
    assert mentions[0].place.id == park_id("大连长兴岛（西中岛）石化产业基地")


def test_a_bracket_naming_a_park_is_a_note_not_part_of_a_name(find_places) -> None:
    # constructed: a body stationed in a city, with its zone in brackets, then a clause naming a zone
    found = [m.surface for m in find_places("会同驻苏（苏州工业园区）机构建立健全南京高新区协调机制。")]
    assert not any("（" in surface for surface in found) and "南京高新区" in found


def test_an_area_named_after_a_natural_feature_with_its_division_before(find_places) -> None:
    # constructed: an ecological island named after its lake, the city written before it, a town noted after it
    found = [(m.surface, m.place.kind) for m in find_places("苏州市太湖生态岛（金庭镇）国土空间规划由市人民政府批准。")
             if m.place.kind == "park"]
    assert found == [("太湖生态岛", "park")]


def test_a_zone_ending_fused_with_a_localiser_is_still_named(find_places) -> None:
    # jieba joins 岛内 into one token: the localiser after a short name does not hide the zone; after a long
    # stretch of text the ending is no name's (X市…系统实现自贸试验区内)
    assert "太湖生态岛" in [m.surface for m in find_places("加强太湖生态岛内土壤污染防治。")]
    assert not [m for m in find_places("通过重庆市政务数据资源共享系统实现自贸试验区内信息共享。")
                if m.place.kind == "park"]


def test_zones_listed_after_a_zone_with_endings_of_their_own(find_places) -> None:
    # constructed: the second zone has another ending than the first; the list shares a committee's name
    found = [m.surface for m in find_places("郑州高新区、恒口示范区管理委员会负责。") if m.place.kind == "park"]
    assert found == ["郑州高新区", "恒口示范区"]
    assert "三亚旅游度假区" in [m.surface for m in find_places("支持三亚旅游度假区建设。")]  # a resort after its city


def test_known_base_by_name(linker: PlaceLinker) -> None:
    text = "支持包头、鄂尔多斯、石嘴山等城市以及宁东能源化工基地等地区因地制宜利用沙漠"
    assert parks(linker, text) == [("宁东能源化工基地", "place/640000")]


def test_bare_development_zone(linker: PlaceLinker) -> None:
    assert parks(linker, "沈阳经开区") == [("沈阳经开区", "place/210100")]


@pytest.mark.parametrize("text", [
    "鼓励以产业转型升级示范园区为主体,按照国家关于开发区管理的有关规定",
    "支持鹤壁等省级产业转型升级示范区建设",
    "支持抚顺、韶关、娄底、宜宾、六盘水等高新区",
    "风电光伏发电基地",
    "支持沈阳国家级开发区",
])
def test_generic_phrases_are_not_parks(linker: PlaceLinker, text: str) -> None:
    assert parks(linker, text) == []


def test_known_new_area_is_not_a_park(linker: PlaceLinker) -> None:
    got = [(m.surface, m.place.kind) for m in linker.find("天津滨海新区和河北雄安新区")]
    assert got == [("天津", "province"), ("滨海新区", "district"), ("河北雄安新区", "new-area")]


def test_a_host_followed_by_a_verb_or_adverb_is_the_subject_of_a_clause_not_a_park(find_places) -> None:
    def parks(text: str) -> list[str]:
        return [m.surface for m in find_places(text) if m.place.kind == "park"]
    assert parks("江苏省建立示范区统计制度，浙江省共同设立示范区理事会") == []
    assert parks("支持苏州工业园区和宁波高新区建设") == ["苏州工业园区", "宁波高新区"]
    assert parks("支持上海自贸试验区开展试点") == ["上海自贸试验区"]  # 自 alone is an abbreviation here


def test_a_zone_named_after_a_listed_region(find_places) -> None:
    found = [(m.surface, m.place.kind) for m in find_places("发挥长三角生态绿色一体化发展示范区的作用")]
    assert ("长三角生态绿色一体化发展示范区", "park") in found and ("长三角", "region") in found


def test_a_park_ending_alone_as_the_next_item_shares_the_host(find_places) -> None:
    found = [(m.surface, m.place.name) for m in find_places("支持合肥高新技术产业开发区、经济技术开发区协同发展。")]
    assert ("经济技术开发区", "合肥经济技术开发区") in found
    assert not any(m.place.kind == "park" and m.surface == "经济技术开发区"
                   for m in find_places("各地经济技术开发区要加快发展。"))


def test_a_zone_named_as_a_city_of_a_function(find_places) -> None:
    def parks(text: str) -> list[tuple[str, str | None]]:
        return [(m.surface, m.place.parent) for m in find_places(text) if m.place.kind == "park"]
    found = parks("推进中关村科学城和绵阳科技城建设")
    assert ("中关村科学城", park_id("中关村国家自主创新示范区")) in found and ("绵阳科技城", "place/510700") in found
    assert parks("为了推动中新广州知识城建设发展") == [("中新广州知识城", "place/440100")]  # 中新 without brackets
    assert parks("广东省中新广州知识城条例") == [("中新广州知识城", "place/440100")]  # not the province's
    assert parks("建设天津生态城市") == []  # the ending runs on into a longer word
    assert parks("广州市人民政府应当建立知识城总体发展规划实施情况") == []  # a body and a modal verb end the scan


def test_a_special_economic_zone_and_a_zone_named_by_its_short_form_definition(find_places) -> None:
    def parks(text: str) -> list[tuple[str, str | None]]:
        return [(m.surface, m.place.parent) for m in find_places(text) if m.place.kind == "park"]
    assert ("汕头经济特区", "place/440500") in parks("结合汕头经济特区（以下简称特区）实际，制定本条例。")
    found = parks("为了推动横琴粤澳深度合作区（以下简称合作区）建设，根据有关法律，制定本条例。合作区应当发展。")
    assert found[0] == ("横琴粤澳深度合作区", None)  # no host the gazetteer knows: the definition makes it a name
    assert parks("支持设立国家级合作区（以下简称合作区）。") == []  # a generic phrase, not a name


def test_protected_areas_listed_beside_one_with_its_designation_are_areas(find_places) -> None:
    # constructed: the first area is named after a river; a bracketed note of its province may follow it
    found = {m.surface: m.place.kind for m in find_places(
        "包括黄河壶口瀑布国家地质公园（陕西）、延川黄河蛇曲国家地质公园、洛川黄土国家地质公园等地质公园。")}
    assert all(found.get(name) == "region" for name in (
        "黄河壶口瀑布国家地质公园", "延川黄河蛇曲国家地质公园", "洛川黄土国家地质公园"))


def test_a_street_block_defined_by_its_short_form_is_an_area_wherever_it_stands(find_places) -> None:
    # constructed: the segmentation splits the ending (步行街|区); the short form stands for the block later
    text = "本条例适用于青年大街步行街区的管理。青年大街步行街区（以下简称步行街区）范围由市人民政府划定。步行街区应当加强管理。"
    found = [(m.surface, m.place.name) for m in find_places(text) if m.place.kind == "region"]
    assert found.count(("青年大街步行街区", "青年大街步行街区")) == 2 and ("步行街区", "青年大街步行街区") in found


def test_a_level_alone_before_a_defined_areas_ending_names_no_area(find_places) -> None:
    # constructed: 国家地质公园 grades a class of parks, which the definition goes on to list
    assert [m.surface for m in find_places("本条例所称国家地质公园（以下简称地质公园）包括下列公园。")] == []


def test_a_defined_short_form_after_a_verb_is_no_park_ending(find_places) -> None:
    def parks(text: str) -> list[str]:
        return [m.surface for m in find_places(text) if m.place.kind == "park"]
    defined = "为了推动横琴粤澳深度合作区（以下简称合作区）建设，制定本条例。"
    assert parks(defined + "广东省派出机构成立合作区管理机构。") == ["横琴粤澳深度合作区", "合作区"]
    assert parks(defined + "允许澳门机动车辆进入合作区。") == ["横琴粤澳深度合作区", "合作区"]


def test_the_sections_of_a_zone_named_after_their_city(find_places) -> None:
    found = [(m.surface, m.place.kind) for m in find_places("自贸试验区包括济南片区、青岛片区，各片区应当错位发展。")]
    assert found == [("济南片区", "park"), ("济南", "city"), ("青岛片区", "park"), ("青岛", "city")]


def test_a_section_named_after_a_new_area_or_a_city_and_its_new_area(find_places) -> None:
    def parks(text: str) -> list[str]:
        return [m.surface for m in find_places(text) if m.place.kind == "park"]
    assert parks("雄安片区重点发展新一代信息技术。") == ["雄安片区"]
    assert parks("自贸试验区包括成都天府新区片区、成都青白江铁路港片区。") == ["成都天府新区片区", "成都青白江铁路港片区"]


def test_a_zones_committee_ends_the_name_running_from_its_host(find_places) -> None:
    assert [m.surface for m in find_places("西咸新区管委会承担自贸试验区相关工作。") if m.place.kind == "park"] == []


def test_a_free_trade_port_is_a_zone_of_its_host(find_places) -> None:
    found = [(m.surface, m.place.kind) for m in find_places("推进海南自由贸易港建设")]
    assert found == [("海南自由贸易港", "park"), ("海南", "province")]


def test_a_list_item_ending_as_the_park_beside_it_is_a_park(find_places) -> None:
    def parks(text: str) -> list[str]:
        return [m.surface for m in find_places(text) if m.place.kind == "park"]
    assert parks("优先支持苏州工业园区、白沙滨海工业园区等。") == ["苏州工业园区", "白沙滨海工业园区"]
    assert parks("优先支持苏州工业园区、积极发展的工业园区。") == ["苏州工业园区"]  # a clause, no name
    assert parks("优先支持苏州工业园区、各类工业园区。") == ["苏州工业园区"]  # a generic qualifier


def test_a_section_named_right_after_its_zone(find_places) -> None:
    found = [m.surface for m in find_places("对中国（福建）自由贸易试验区平潭片区的项目加强管理。") if m.place.kind == "park"]
    assert "中国（福建）自由贸易试验区平潭片区" in found
    found = [m.surface for m in find_places("中国（福建）自由贸易试验区厦门片区和福州片区") if m.place.kind == "park"]
    assert "中国（福建）自由贸易试验区厦门片区和福州片区" not in found
    found = [m.surface for m in find_places("平潭综合实验区成立片区工作领导小组") if m.place.kind == "park"]
    assert found == ["平潭综合实验区"]  # a verb after the zone opens no section's name


def test_a_defined_zone_named_with_verbs_and_its_mentions_before_the_definition(find_places) -> None:
    text = ("第一条 为了保障宁芜新综合配套改革试验区建设，制定本条例。\n"
            "第二条 宁芜新综合配套改革试验区（以下简称试验区）的建设适用本条例。")
    parks = [(m.start, m.surface) for m in find_places(text) if m.place.kind == "park"]
    names = [surface for _, surface in parks]
    assert names.count("宁芜新综合配套改革试验区") == 2 and "保障宁芜新综合配套改革试验区" not in names


def test_places_listed_before_a_park_share_its_ending(find_places) -> None:
    found = [(m.surface, m.place.name) for m in find_places("支持株洲、湘潭、衡阳国家高新技术产业开发区建设。")
             if m.place.kind == "park"]
    assert found == [("株洲", "株洲国家高新技术产业开发区"), ("湘潭", "湘潭国家高新技术产业开发区"),
                     ("衡阳国家高新技术产业开发区", "衡阳国家高新技术产业开发区")]


def test_the_park_a_regulation_is_named_after_with_no_host_known() -> None:
    from kg.extract import Extractor
    extractor = Extractor()
    text = "金塘经济开发区条例\n\n第一条 为了促进金塘经济开发区的建设，制定本条例。\n"
    boundaries = extractor.segmenter.boundaries(text)
    parks = [m.surface for m in extractor.places.find(text, boundaries=boundaries, title=(0, 9))
             if m.place.kind == "park"]
    assert parks == ["金塘经济开发区", "金塘经济开发区"]
    assert not [m for m in extractor.places.find(text, boundaries=boundaries) if m.place.kind == "park"]


def test_bonded_port_areas_and_export_processing_zones_are_parks(find_places) -> None:
    found = [m.surface for m in find_places("支持苏州保税港区和宁波出口加工区建设") if m.place.kind == "park"]
    assert found == ["苏州保税港区", "宁波出口加工区"]


def test_a_zone_named_after_china_and_a_partner(find_places) -> None:
    found = [m.surface for m in find_places("推动中国—东盟金融城和中国—新加坡科技城建设") if m.place.kind == "park"]
    assert found == ["中国—东盟金融城", "中国—新加坡科技城"]


def test_other_zones_of_a_kind_and_units_or_motion_after_a_host_name_no_park(linker: PlaceLinker) -> None:
    assert parks(linker, "加强与长江经济带其他自贸试验区的合作") == []       # 其他: a class of zones
    assert parks(linker, "支持苏单位驻自贸试验区开展业务") == []            # units of a place stationed there
    assert [name for name, _ in parks(linker, "货物从苏州市区进入苏州工业园区")] == ["苏州工业园区"]  # a verb of motion


def test_a_collective_short_form_after_a_park_is_no_part_of_its_name(linker: PlaceLinker) -> None:
    text = "自贸试验区包括苏州片区、南京片区和连云港片区（以下统称各片区）。"
    assert all("（" not in m.surface for m in linker.find(text))


def test_a_listed_section_named_by_one_word_of_any_kind_and_its_later_mentions(find_places) -> None:
    text = "自贸试验区包括雄安片区、正定片区、曹妃甸片区。正定片区重点发展临空产业。"
    assert [m.surface for m in find_places(text) if m.place.kind == "park"] == [
        "雄安片区", "正定片区", "曹妃甸片区", "正定片区"]


def test_a_production_area_defined_by_its_short_form_is_an_area(find_places) -> None:
    # constructed: a geographical-indication area below a mountain's slope; the short form stands for it later
    text = "为了保护武夷山南麓岩茶产区（以下简称产区）资源，制定本条例。在产区内种植茶树，应当遵守规范。"
    found = [(m.surface, m.place.name) for m in find_places(text) if m.place.kind == "region"]
    assert ("武夷山南麓岩茶产区", "武夷山南麓岩茶产区") in found and ("产区", "武夷山南麓岩茶产区") in found
    assert [m.surface for m in find_places("主要产区（以下简称产区）应当加强管理。")] == []  # no name before the ending
