"""Bodies of a local text's own division named by level alone (kg/extract/jurisdiction.py)."""

from __future__ import annotations

from kg.extract.model import Entity

_MUNICIPAL = """北京市实施某某法办法

第一条 市人民政府领导全市的某某工作。本市公安局、市发展改革委按照各自职责负责实施。
第二条 设区的市人民政府和各市人民政府，省、市人民政府，城市人民政府应当配合。
"""
_PROVINCIAL = """辽宁省人民政府关于某事的通知

各市人民政府，省政府各厅委、各直属机构：
一、省人民政府统一领导，省财政厅负责资金保障。市人民政府负责组织实施。
"""
_NATIONAL = """国务院关于某事的通知

一、市人民政府要加强领导，省人民政府负责督促。
"""


def _actors(run, text: str) -> list[tuple[str, str]]:
    _, extraction = run(text)
    return [(m.surface, m.entity.name) for m in extraction.mentions
            if isinstance(m.entity, Entity) and m.entity.id.startswith("actor/")]


def test_a_citys_text_names_its_own_bodies_by_level(run) -> None:
    found = _actors(run, _MUNICIPAL)
    assert ("市人民政府", "北京市人民政府") in found
    assert ("本市公安局", "北京市公安局") in found
    assert ("市发展改革委", "北京市发展和改革委员会") in found


def test_levels_in_general_name_no_body(run) -> None:
    surfaces = [surface for surface, _ in _actors(run, _MUNICIPAL)]
    assert surfaces.count("市人民政府") == 1  # only 第一条's: not 设区的市, 各市, 省、市 or 城市


def test_a_provinces_text_reads_its_level_word_not_another(run) -> None:
    found = _actors(run, _PROVINCIAL)
    assert ("省人民政府", "辽宁省人民政府") in found and ("省财政厅", "辽宁省财政厅") in found
    assert not any(surface == "市人民政府" for surface, _ in found)


def test_a_national_text_has_no_division(run) -> None:
    assert [surface for surface, _ in _actors(run, _NATIONAL)] == ["国务院"]


def test_the_own_level_shares_a_suffix_with_another_level(run) -> None:
    found = _actors(run, "北京市某某条例\n\n第四条 市和相关区人民政府应当将保护经费纳入财政预算。")
    assert ("市", "北京市人民政府") in found


def test_the_level_word_of_a_containing_division_names_its_body(run) -> None:
    found = _actors(run, "杭州市某某管理条例\n\n第三条 经省人民政府批准，市人民政府可以调整保护范围。")
    assert ("省人民政府", "浙江省人民政府") in found and ("市人民政府", "杭州市人民政府") in found


def test_a_county_level_city_keeps_its_level_word(run) -> None:
    found = _actors(run, "义乌市某某管理办法\n\n第二条 市人民政府负责实施，报省人民政府备案。")
    assert ("市人民政府", "义乌市人民政府") in found and ("省人民政府", "浙江省人民政府") in found


def test_only_the_own_division_is_written_with_ben(run) -> None:
    found = _actors(run, "杭州市某某管理条例\n\n第三条 本省公安机关和本市公安局按照职责负责。")
    assert ("本市公安局", "杭州市公安局") in found
    assert not any(name.startswith("浙江省") for _, name in found)


def test_the_own_level_before_a_bracketed_level_list_shares_its_suffix(run) -> None:
    found = _actors(run, "宜昌市某某条例\n\n第四条 市、县（市、区）人民政府应当加强领导，"
                         "市、区（县）教育行政主管部门负责监督。")
    assert ("市", "宜昌市人民政府") in found and ("市", "宜昌市教育局") in found
    # the brackets of a copy written half-width
    assert ("市", "宜昌市人民政府") in _actors(run, "宜昌市某某条例\n\n第四条 市、县(市、区)人民政府应当加强领导。")


def test_the_own_level_before_another_level_and_a_list_of_fields(run) -> None:
    found = dict((name, surface) for surface, name in _actors(
        run, "宜昌市某某条例\n\n第五条 市、县（市、区）交通运输、农业农村等行政主管部门按照职责做好相关工作。"))
    assert found == {"宜昌市交通运输局": "市、县（市、区）交通运输", "宜昌市农业农村局": "农业农村"}


def test_a_title_opening_with_a_new_area_gives_the_division_holding_it(run) -> None:
    text = "四川天府新区条例\n\n第一条 省人民政府应当加强对天府新区的领导，省发展改革委负责协调。\n"
    found = _actors(run, text)
    assert ("省人民政府", "四川省人民政府") in found


def test_the_own_level_before_another_level_written_with_ji(run) -> None:
    found = _actors(run, "宜昌市某某条例\n\n第五条 市、县级人民政府应当加强领导。\n")
    assert [name for _, name in found] == ["宜昌市人民政府"]


def test_a_provinces_text_naming_one_of_its_cities_means_that_city_by_its_level_word(run) -> None:
    found = _actors(run, "湖北省某某示范区条例\n\n第一条 示范区包括武汉某某开发区。\n"
                         "第二条 示范区接受市人民代表大会及其常务委员会的监督。市人民政府负责实施。\n")
    assert ("市人民政府", "武汉市人民政府") in found and ("市人民代表大会", "武汉市人民代表大会") in found
    assert ("常务委员会", "武汉市人民代表大会常务委员会") in found  # its part written after 及其
    either = _actors(run, "湖北省某某条例\n\n第一条 省人民政府应当提请省人民代表大会或者其常务委员会作出决定。\n")
    assert ("常务委员会", "湖北省人民代表大会常务委员会") in either  # or after 或者其
    two = _actors(run, "湖北省某某条例\n\n第一条 武汉、宜昌两市应当协作。市人民政府负责实施。\n")
    assert not any(surface == "市人民政府" for surface, _ in two)


def test_the_own_level_before_the_levels_of_a_basin_shares_their_suffix(run) -> None:
    found = _actors(run, "林芝市某某条例\n\n第四条 市、尼洋河流域县（区）人民政府应当加强对尼洋河保护工作的领导。")
    assert ("市", "林芝市人民政府") in found


def test_an_autonomous_prefecture_writes_its_level_short(run) -> None:
    # constructed: 州 for the prefecture, 本州 its area; the 州 ending 自治州 is no level word of its own
    text = "甘孜藏族自治州某某条例\n\n第三条 州人民政府负责本州行政区域内的某某工作，甘孜藏族自治州人民政府另行规定。"
    found = _actors(run, text)
    assert ("州人民政府", "甘孜藏族自治州人民政府") in found
    assert [name for _, name in found].count("甘孜藏族自治州人民政府") == 2
    _, extraction = run(text)
    assert ("本州", "甘孜藏族自治州") in [(m.surface, m.entity.name) for m in extraction.mentions]


def test_the_own_level_before_a_division_named_with_its_level_shares_its_suffix(run) -> None:
    # constructed: 自治区、X市人民代表大会 — the region's congress and the city's
    text = "广西壮族自治区某某条例\n\n第三条 可以提请自治区、北海市人民代表大会作出决定。"
    found = _actors(run, text)
    assert ("自治区", "广西壮族自治区人民代表大会") in found and ("北海市人民代表大会", "北海市人民代表大会") in found


def test_the_own_level_before_the_cities_divided_into_districts(run) -> None:
    # 设区的市 qualifies the cities by their districts: its 区 is no level of its own
    found = _actors(run, "广西壮族自治区某某条例\n\n第一条 自治区、设区的市人民代表大会作出决定。自治区和设区的市人民政府负责。\n")
    assert [name for _, name in found] == ["广西壮族自治区人民代表大会", "广西壮族自治区人民政府"]


def test_a_containing_level_joined_to_the_own_names_both_governments(run) -> None:
    found = _actors(run, "杭州市某某管理条例\n\n第三条 省、市人民政府应当加强对保护工作的领导。")
    assert ("省", "浙江省人民政府") in found and ("市人民政府", "杭州市人民政府") in found


def test_the_own_level_before_levels_below_the_county_shares_their_suffix(run) -> None:
    found = _actors(run, "宜昌市某某条例\n\n第五条 市、县级、乡（镇）人民政府应当加强领导。\n")
    assert [name for _, name in found] == ["宜昌市人民政府"]


def test_the_own_level_before_levels_with_one_in_brackets_between_two(run) -> None:
    found = _actors(run, "大连市某某条例\n\n第四条 市及有关区（市）县人民政府应当加强组织领导。\n")
    assert [name for _, name in found] == ["大连市人民政府"]
