"""Departments of a local government named by a list of their fields (kg/extract/field_lists.py)."""

from __future__ import annotations

from kg.extract.field_lists import field_departments
from kg.extract.model import Entity


def _actors(run, text: str) -> list[tuple[str, str]]:
    _, extraction = run(text)
    return [(m.surface, m.entity.name) for m in extraction.mentions
            if isinstance(m.entity, Entity) and m.entity.id.startswith("actor/")]


def test_a_list_of_fields_after_a_government_names_each_department(run) -> None:
    found = _actors(run, "湖南省人民政府财政、自然资源等有关主管部门应当给予支持。")
    assert ("湖南省人民政府财政", "湖南省财政厅") in found and ("自然资源", "湖南省自然资源厅") in found
    assert not any(name == "湖南省人民政府" for _, name in found)


def test_the_own_level_word_and_a_city_take_municipal_departments(run) -> None:
    found = _actors(run, "长沙市某某条例\n\n第一条 市人民政府公安、商务和统计部门按照职责负责实施。\n")
    assert {("市人民政府公安", "长沙市公安局"), ("商务", "长沙市商务局"), ("统计", "长沙市统计局")} <= set(found)


def test_one_field_needs_deng_and_a_plain_list_is_no_department_list() -> None:
    assert [t for _, _, t in field_departments("财政等部门", 0)]
    assert field_departments("财政部门", 0) == []  # one field alone is the suffix's case, not a list
    assert field_departments("加强财政、金融支持", 0) == []


def test_departments_of_the_2018_reform_are_named_by_their_fields(run) -> None:
    found = _actors(run, "湖南省人民政府科技、工业和信息化、应急管理等部门应当加强协作。")
    assert {name for _, name in found} >= {"湖南省科学技术厅", "湖南省工业和信息化厅", "湖南省应急管理厅"}


def test_the_level_word_alone_before_a_list_and_items_without_a_department(run) -> None:
    text = "长沙市某某条例\n\n第一条 市发展改革、教育、金融、税务、财政等相关部门按照各自职责，负责相关工作。\n"
    found = _actors(run, text)
    assert {("市发展改革", "长沙市发展和改革委员会"), ("教育", "长沙市教育局"), ("财政", "长沙市财政局")} <= set(found)
    _, extraction = run(text)
    roles = {r.actor.name for m in extraction.measures for r in m.roles}
    assert {"长沙市发展和改革委员会", "长沙市教育局", "长沙市财政局"} <= roles  # one group across 金融、税务


def test_fields_named_by_their_work_investment_trade_financial_regulation(run) -> None:
    found = _actors(run, "昆明市某某条例\n\n第一条 市投资、贸易、金融监管等主管部门应当按照规定职责推动实施。\n")
    assert {name for _, name in found} >= {"昆明市发展和改革委员会", "昆明市商务局", "昆明市地方金融监督管理局"}


def test_older_field_words_name_the_departments_of_their_time(run) -> None:
    found = _actors(run, "贵州省某某条例\n\n第一条 省人民政府建设、农业等行政主管部门按照职责负责。\n")
    assert {name for _, name in found} >= {"贵州省建设厅", "贵州省农业厅"}



def test_the_department_of_ecology_and_environment_named_by_its_protection_work(run) -> None:
    found = _actors(run, "伊犁河谷条例\n\n2018年6月23日 伊犁哈萨克自治州第十四届人民代表大会常务委员会第十三次会议通过\n\n"
                         "第一条 自治州人民政府生态环境保护主管部门会同有关部门编制规划。\n")
    assert ("自治州人民政府生态环境保护主管部门", "伊犁哈萨克自治州生态环境局") in found


def test_departments_of_veterans_archives_ethnic_and_religious_affairs(run) -> None:
    found = _actors(run, "韶关市某某条例\n\n第一条 市退役军人事务、档案、民族宗教等行政主管部门和市工信行政主管部门按照职责负责。\n")
    assert {name for _, name in found} >= {"韶关市退役军人事务局", "韶关市档案局", "韶关市民族宗教事务局",
                                           "韶关市工业和信息化局"}


def test_departments_a_city_names_by_two_merged_fields_and_long_unknown_items(run) -> None:
    found = _actors(run, "广州市某某条例\n\n第一条 市发展改革、规划和自然资源、城市管理综合执法、林业园林、文化广电旅游、港务、商务等"
                         "行政管理部门按照职责负责。\n")
    names = {name for _, name in found}
    assert names >= {"广州市规划和自然资源局", "广州市城市管理和综合执法局", "广州市林业和园林局", "广州市文化广电旅游局",
                     "广州市商务局"}
    assert "广州市自然资源局" not in names  # 规划和自然资源 is one department


def test_water_affairs_and_forestry_and_grassland_departments(run) -> None:
    found = _actors(run, "天水市某某条例\n\n第一条 市人民政府林业和草原主管部门和市水务行政主管部门负责。省林草主管部门统筹。\n")
    assert {name for _, name in found} >= {"天水市林业和草原局", "天水市水务局", "甘肃省林业和草原局"}


def test_pastoral_merged_field_and_data_departments(run) -> None:
    found = _actors(run, "果洛藏族自治州某某条例\n\n第一条 自治州人民政府农牧、文体和旅游、数据等主管部门和自治州工业商务和信息化部门负责。\n")
    assert {name for _, name in found} >= {"果洛藏族自治州农牧局", "果洛藏族自治州文体和旅游局", "果洛藏族自治州数据局",
                                           "果洛藏族自治州工业商务和信息化局"}


def test_fields_listed_after_a_local_department_works_with_them_are_its_divisions_departments(run) -> None:
    # constructed: 会同 a list of fields after a department (named by a field the table may lack)
    found = _actors(run, "贵州省某某条例\n\n第一条 省人民政府标准化主管部门应当会同发展改革、生态环境等部门，制定标准。\n")
    assert {("发展改革", "贵州省发展和改革委员会"), ("生态环境", "贵州省生态环境厅")} <= set(found)
    two = _actors(run, "江苏省、浙江省（以下简称两省）加强协作。两省人民政府水行政主管部门会同同级交通运输、生态环境等部门制定规划。")
    assert not any(surface in ("交通运输", "生态环境") for surface, _ in two)  # several divisions: none is named


def test_fields_listed_after_a_government_and_a_joiner_are_its_departments(run) -> None:
    # constructed: a government joined by 及 or 及其 to a list of fields shares the subject with its departments
    found = _actors(run, "贵州省某某条例\n\n第一条 省人民政府及发展改革、商务等部门和单位应当推进建设。\n"
                         "第二条 省人民政府及其交通运输、财政等部门应当给予支持。\n")
    assert {("发展改革", "贵州省发展和改革委员会"), ("商务", "贵州省商务厅"),
            ("交通运输", "贵州省交通运输厅"), ("财政", "贵州省财政厅")} <= set(found)
    several = _actors(run, "贵州省某某条例\n\n第一条 省、市人民政府及发展改革、商务等部门应当推进建设。\n")
    assert not any(surface in ("发展改革", "商务") for surface, _ in several)  # several levels: none is named


def test_sports_healthcare_security_and_other_departments_of_both_levels(run) -> None:
    found = set(_actors(run, "江西省人民政府文化和旅游、体育等部门应当支持。南昌市医疗保障局、南昌市人防办负责实施。"))
    assert {("体育", "江西省体育局"), ("南昌市医疗保障局", "南昌市医疗保障局"),
            ("南昌市人防办", "南昌市人民防空办公室")} <= found
