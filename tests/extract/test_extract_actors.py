"""Actors: central bodies by alias, local bodies from place + suffix, bodies named by form (kg.extract.actors)."""

from __future__ import annotations

import pytest


def actor_mentions(run, text: str) -> list[tuple[str, str]]:
    _, extraction = run(text)
    return [(m.surface, m.entity.id) for m in extraction.mentions if m.entity.id.startswith("actor/")]


@pytest.mark.parametrize(
    ("surface", "actor_id"),
    [("国家发展改革委", "actor/ndrc"), ("发展改革委", "actor/ndrc"), ("国家开发银行", "actor/cdb"),
     ("住房城乡建设部", "actor/mohurd"), ("粮食和储备局", "actor/nlsa"), ("国务院办公厅", "actor/state-council-general-office"),
     ("国家融资担保基金", "actor/nfgf"), ("国务院信息办", "actor/scito")],
)
def test_central_aliases_fold_onto_one_actor(run, surface: str, actor_id: str) -> None:
    assert actor_mentions(run, f"由{surface}负责落实。") == [(surface, actor_id)]


def test_central_actor_entity_carries_canonical_name(run) -> None:
    _, extraction = run("国家开发银行对重点链属企业给予倾斜支持。")
    [mention] = [m for m in extraction.mentions if m.entity.id == "actor/cdb"]
    assert mention.entity.name == "国家开发银行" and mention.entity.kind == "bank"


def test_local_government_from_place_and_suffix(run) -> None:
    # 国办函〔2004〕80号 (corpus 023.html)
    found = actor_mentions(run, "湖北省人民政府按照专家组意见，做好马鬃山村及周围地区地下振动的长期监测工作。")
    assert found == [("湖北省人民政府", "actor/420000-government")]


def test_local_body_wins_over_central_alias_inside_it(run) -> None:
    found = actor_mentions(run, "沈阳市发展改革委、辽宁省人民政府要加强指导。")
    assert found == [("沈阳市发展改革委", "actor/210100-development-reform-commission"),
                     ("辽宁省人民政府", "actor/210000-government")]


def test_local_body_entity_uses_canonical_suffix(run) -> None:
    _, extraction = run("沈阳市发展改革委要加强指导。")
    [actor] = [m.entity for m in extraction.mentions if m.entity.id.startswith("actor/")]
    assert actor.name == "沈阳市发展和改革委员会"
    assert "沈阳市发展改革委" in actor.aliases


def test_named_body_by_form(run) -> None:
    # 国发〔2018〕38号 (corpus 057.html)
    text = "国务院自由贸易试验区工作部际联席会议办公室要切实发挥统筹协调作用。"
    [(surface, actor_id)] = actor_mentions(run, text)
    assert surface == "国务院自由贸易试验区工作部际联席会议办公室"
    assert actor_id.startswith("actor/org-") and len(actor_id) == len("actor/org-") + 10
    assert actor_mentions(run, text) == [(surface, actor_id)]  # the id is a stable hash of the name



@pytest.mark.parametrize(("text", "body"), [
    # 国办函〔2005〕57号 (corpus 041.html): a headquarters' office, as its heading names it
    ("2.1.2国家粮食应急工作指挥部办公室及其职责", "国家粮食应急工作指挥部办公室"),
    # 国办发〔2018〕109号 (corpus 054.html): a national committee's office
    ("国家教材委员会办公室设在教育部。", "国家教材委员会办公室"),
])
def test_the_office_of_a_coordinating_body_is_a_body_of_its_own(run, text: str, body: str) -> None:
    assert body in [surface for surface, _ in actor_mentions(run, text)]


def test_two_levels_joined_by_or_name_no_body(run) -> None:
    # 国办函〔2005〕57号 (corpus 041.html): "national or provincial" is no part of a name
    assert actor_mentions(run, "由国家或省级粮食应急工作指挥部统一组织。") == []

def test_named_body_in_lexicon_keeps_lexicon_entity(run) -> None:
    assert ("国务院三峡工程建设委员会办公室", "actor/scgcc-office") in actor_mentions(
        run, "国务院三峡工程建设委员会办公室要加强协调。")


def test_a_founding_verb_ends_a_body_named_by_form(run) -> None:
    # constructed: the body set up is named after the verb, its founder before it
    names = [name for name, _ in actor_mentions(run, "国务院成立国家森林草原防灭火指挥部。")]
    assert names == ["国务院", "国家森林草原防灭火指挥部"]


def test_generic_phrases_are_not_named_bodies(run) -> None:
    assert actor_mentions(run, "国务院各部委、各直属机构要加强协调。") == [("国务院", "actor/state-council")]


def test_measure_actor_is_the_subject_before_the_verb(run) -> None:
    _, extraction = run("鼓励依托龙头企业培育发展上下游链属企业,国家开发银行对重点链属企业给予倾斜支持。")
    assert [[(r.actor.id, r.role) for r in m.roles] for m in extraction.measures] == [[], [("actor/cdb", "funds")]]
    assert extraction.measures[1].trigger == "给予"


def test_issuers_come_from_the_signature_lines(seed) -> None:
    _, extraction = seed
    assert [a.id for a in extraction.issuers] == ["actor/ndrc", "actor/most", "actor/miit", "actor/mnr", "actor/cdb"]


def test_a_list_of_provinces_sharing_one_government_suffix(extractor) -> None:
    # 国办发〔1996〕32号 (corpus 052.html), the addressee line
    text = "北京、天津、西藏、陕西省（自治区、直辖市）人民政府："
    places = extractor.places.find(text)
    names = [m.value.name for m in extractor.actors.find(text, extractor.segmenter.boundaries(text), places)]
    assert names == ["北京市人民政府", "天津市人民政府", "西藏自治区人民政府", "陕西省人民政府"]


@pytest.mark.parametrize(("year", "expected"), [(1996, "actor/spc-1952"), (2001, "actor/sdpc"), (None, "actor/sdpc")])
def test_a_short_form_two_bodies_bore_reads_as_the_one_of_the_documents_year(year, expected):
    from kg.extract.actors import ActorFinder

    text = "由国家计委会同财政部负责。"
    (planning, _) = ActorFinder().find(text, frozenset(range(len(text) + 1)), [], year)
    assert text[planning.start:planning.end] == "国家计委" and planning.value.id == expected


def _names(extractor, text: str) -> list[str]:
    boundaries = extractor.segmenter.boundaries(text)
    places = extractor.places.find(text, boundaries=boundaries)
    return [m.value.name for m in extractor.actors.find(text, boundaries, places)]


@pytest.mark.parametrize("text", ["这是九届全国人大二次会议代表提出的建议。", "在全国政协九届二次会议上提出的提案已办结。"])
def test_a_session_of_a_body_is_a_meeting_not_the_body_acting(extractor, text: str) -> None:
    assert _names(extractor, text) == []


def test_the_generic_departments_of_a_field_are_not_the_ministry(extractor) -> None:
    assert _names(extractor, "并报国家安全部门和通信主管部门备案。") == []
    assert _names(extractor, "并报国家安全部备案。") == ["国家安全部"]


def test_no_body_in_a_cited_title_acts_not_even_its_issuers(extractor) -> None:
    text = "按照《国务院批转民政部和财政部关于救灾工作的请示的通知》执行，并落实《中共中央、国务院关于救灾工作的意见》。"
    assert _names(extractor, text) == []
    assert _names(extractor, "国务院同意《中共中央办公厅、国务院办公厅关于转发＜财政部关于救灾工作的意见＞的通知》。") == ["国务院"]


def test_an_observatory_named_after_its_place_is_an_institution(extractor) -> None:
    assert _names(extractor, "由江苏省气象局与上海天文台共同承担。") == ["江苏省气象局", "上海天文台"]


def test_a_station_said_to_be_built_is_a_facility_not_an_actor(extractor) -> None:
    assert _names(extractor, "上海浙江合建自动气象站的方案已上报。") == []


def test_a_short_form_the_text_defines_names_the_body_and_its_office(extractor) -> None:
    text = ("成立2016年杭州峰会安全保障协调委员会（以下简称安保委）。安保委办公室设在公安部。"
            "安保委每月召开一次会议。")
    assert _names(extractor, text) == ["2016年杭州峰会安全保障协调委员会", "2016年杭州峰会安全保障协调委员会办公室",
                                       "公安部", "2016年杭州峰会安全保障协调委员会"]


def test_a_short_form_defined_without_brackets_before_a_verb_names_the_body(extractor) -> None:
    text = "上海市浦东新区管理委员会以下简称新区管委会作为市人民政府派出机构。新区管委会负责编制规划。"
    assert _names(extractor, text) == ["上海市浦东新区管理委员会", "上海市浦东新区管理委员会"]


def test_a_short_form_defined_after_a_list_of_bodies_names_each_of_them(extractor) -> None:
    text = "郑州、洛阳国家高新技术产业开发区管理委员会（以下简称管理委员会）负责建设。管理委员会应当编制规划。"
    assert _names(extractor, text)[-2:] == ["郑州国家高新技术产业开发区管理委员会", "洛阳国家高新技术产业开发区管理委员会"]


def test_a_body_named_after_a_park_runs_from_the_parks_first_character(extractor) -> None:
    assert _names(extractor, "中国—新西兰宁波产业园区管理委员会负责园区开发建设。") == ["中国—新西兰宁波产业园区管理委员会"]


def test_without_a_definition_a_short_form_names_nothing(extractor) -> None:
    assert _names(extractor, "安保委每月召开一次会议。") == []


def test_local_bodies_of_earlier_and_municipal_forms(extractor) -> None:
    assert _names(extractor, "北京市教委、上海市环保局要加强指导。") == ["北京市教育委员会", "上海市环境保护局"]


def test_a_unit_named_after_a_local_body_is_the_unit(extractor) -> None:
    assert _names(extractor, "由江西省发展改革委能源局负责。") == ["江西省发展改革委能源局"]


def test_an_exchange_named_after_its_place_is_an_institution(extractor) -> None:
    assert _names(extractor, "支持深圳证券交易所和郑州商品交易所开展试点。") == ["深圳证券交易所", "郑州商品交易所"]


def test_a_local_department_named_by_its_field_is_the_department_of_the_level(extractor) -> None:
    text = ("由河北省、天津市人民政府水行政主管部门负责调度，北京市统计部门配合；"
            "县级以上地方人民政府统计部门和省级人民政府水行政主管部门按照职责负责。")
    assert _names(extractor, text) == ["河北省水利厅", "天津市水利局", "北京市统计局"]


def test_the_heritage_and_the_merged_planning_departments_named_by_their_field(extractor) -> None:
    text = "福建省人民政府文物主管部门和福州市人民政府自然资源和规划主管部门、文物主管部门按照职责负责。"
    assert _names(extractor, text) == ["福建省文物局", "福州市自然资源和规划局", "福州市文物局"]
    assert _names(extractor, "湖南省人民政府标准化主管部门应当制定绿色发展标准。") == ["湖南省市场监督管理局"]


def test_the_head_of_the_one_group_body_named_before_refers_to_it(run) -> None:
    # 003: 联席会议 alone after 国务院职业教育工作部际联席会议; not where two bodies have that head
    _, extraction = run("（二十）完善国务院职业教育工作部际联席会议制度。联席会议统筹协调全国职业教育工作。")
    assert ("联席会议", "国务院职业教育工作部际联席会议") in [(m.surface, m.entity.name) for m in extraction.mentions]
    _, extraction = run("成立国务院扶贫开发领导小组和国务院西部地区开发领导小组。领导小组统筹协调有关工作。")
    assert "领导小组" not in [m.surface for m in extraction.mentions]


def test_a_coordinating_bodys_name_opens_with_the_verb_of_its_task(run) -> None:
    _, extraction = run("在西部大开发领导小组和推进成渝地区双城经济圈建设领导小组办公室统筹下开展工作。")
    names = [m.entity.name for m in extraction.mentions if getattr(m.entity, "kind", "") == "agency"]
    assert "推进成渝地区双城经济圈建设领导小组办公室" in names
    _, extraction = run("要推进成渝地区双城经济圈建设。")
    assert not [m for m in extraction.mentions if m.surface.startswith("推进")]


def test_the_committees_of_parks_listed_with_one_ending(run) -> None:
    _, extraction = run("株洲、湘潭、衡阳国家高新技术产业开发区管理委员会负责园区的管理。")
    names = {m.entity.name for m in extraction.mentions if hasattr(m.entity, "kind")}
    assert {"株洲国家高新技术产业开发区管理委员会", "湘潭国家高新技术产业开发区管理委员会",
            "衡阳国家高新技术产业开发区管理委员会"} <= names
    assert "国家高新技术产业开发区管理委员会" not in names  # no body named from inside a park's name


def test_a_hub_a_place_is_to_become_is_no_body(run) -> None:
    _, extraction = run("支持建设武汉综合性科学中心和成都国际金融中心，打造城市新中心。")
    assert not [m for m in extraction.mentions if getattr(m.entity, "id", "").startswith("actor/")]


def test_a_local_peoples_congress_is_a_body(run) -> None:
    _, extraction = run("某某市条例\n\n第一条 市人民政府应当提请贵阳市人民代表大会或者其常务委员会作出决定。\n")
    assert "贵阳市人民代表大会" in [m.entity.name for m in extraction.mentions if hasattr(m.entity, "kind")]


def test_the_courts_of_cities_and_counties_are_local_bodies(run) -> None:
    # constructed: a county's basic court by its level word, a city's intermediate court by name
    found = actor_mentions(run, "宁海县旅游条例\n\n第一条 当事人可以向县人民法院起诉，或者向宁波市中级人民法院上诉。\n")
    assert found == [("县人民法院", "actor/330226-court"), ("宁波市中级人民法院", "actor/330200-intermediate-court")]


@pytest.mark.parametrize(("year", "expected"), [
    ("2006", [("县人民政府旅游行政管理部门", "宁海县旅游局"), ("县卫生", "宁海县卫生局"), ("文化", "宁海县文化局")]),
    ("2015", [("县人民政府旅游行政管理部门", "宁海县旅游局"), ("县卫生", "宁海县卫生和计划生育委员会"), ("文化", "宁海县文化局")]),
    ("2020", [("县人民政府", "宁海县人民政府"), ("县卫生", "宁海县卫生健康委员会")])])
def test_a_field_word_names_the_department_of_the_documents_year(run, year: str, expected: list) -> None:
    # constructed: 旅游 and 文化 named the 旅游局 and 文化局 until 2018, 卫生 three departments in turn
    _, extraction = run(f"宁海县某某条例\n\n{year}年1月19日 宁海县人民代表大会常务委员会第四次会议通过\n\n"
                        "第一条 县人民政府旅游行政管理部门负责本县旅游业的管理。县卫生、文化等部门配合。\n")
    found = [(m.surface, m.entity.name) for m in extraction.mentions
             if m.entity.id.startswith("actor/") and "人民代表大会" not in m.entity.name]
    assert found == expected


def test_the_issuer_of_a_law_is_the_body_whose_meeting_adopted_it(run) -> None:
    structure, extraction = run("北京市某某条例\n\n2020年5月14日 北京市第十五届人民代表大会常务委员会第二十一次会议通过\n\n"
                                "第一条 为了加强管理，制定本条例。\n")
    assert [e.name for e in extraction.issuers] == ["北京市人民代表大会常务委员会"]


def test_a_preposition_inside_ends_a_place_organisation(extractor) -> None:
    assert _names(extractor, "长江采砂规划由长江水利委员会会同有关省人民政府编制。") == ["长江水利委员会"]
    assert _names(extractor, "北京市对外经济贸易委员会负责。") == ["北京市对外经济贸易委员会"]


def test_a_place_followed_by_a_region_word_starts_no_organisation_name(extractor) -> None:
    assert _names(extractor, "鼓励外国、港澳地区律师事务所依法设立代表机构。") == []
    assert _names(extractor, "鼓励香港律师事务所依法设立代表机构。") == ["香港律师事务所"]


def test_an_organisation_named_after_a_park_starts_with_the_parks_name(run) -> None:
    found = dict(actor_mentions(run, "中国（四川）自由贸易试验区工作办公室负责日常工作。"))
    assert list(found) == ["中国（四川）自由贸易试验区工作办公室"]


def test_a_name_holds_no_modal_verb(run) -> None:
    # 两江新区应当…布局 ends in 局 but is a clause: no body, and no industry 应当…产业 of the place
    structure, extraction = run("两江新区应当合理安排产业空间布局，推动组团协同发展。")
    assert not any(m.entity.id.startswith("actor/") for m in extraction.mentions)
    assert not any("应当" in c.industry.name for c in extraction.clusters)


def test_the_committee_of_a_park_named_in_full_with_brackets(run) -> None:
    # constructed: a zone's sub-area's committee; the brackets of the zone's name do not cut it
    found = actor_mentions(run, "中国（广东）自由贸易试验区前海蛇口片区管理委员会负责日常工作。")
    assert [surface for surface, _ in found] == ["中国（广东）自由贸易试验区前海蛇口片区管理委员会"]


def test_a_districts_body_is_named_with_its_city_written_before_it_or_not(run) -> None:
    # constructed: district names repeat from city to city (朝阳区 of 北京 and of 长春)
    _, extraction = run("某某办法\n\n第一条 成都市龙泉驿区人民政府负责，北京市朝阳区人民政府配合。\n")
    found = [(m.surface, m.entity.name) for m in extraction.mentions if m.entity.id.startswith("actor/")]
    assert found == [("成都市龙泉驿区人民政府", "成都市龙泉驿区人民政府"), ("北京市朝阳区人民政府", "北京市朝阳区人民政府")]
    [measure] = extraction.measures
    assert [(r.actor.name, r.role) for r in measure.roles][:1] == [("成都市龙泉驿区人民政府", "responsible")]


def test_a_coordinating_body_named_after_a_park_bears_the_parks_full_name(run) -> None:
    _, extraction = run("江苏省某某条例\n\n第一条 中国（江苏）自由贸易试验区（以下简称自贸试验区）。\n"
                        "第二条 省自贸试验区工作领导小组统筹协调。省自贸试验区工作办公室承担日常工作。\n")
    found = {(m.surface, m.entity.name) for m in extraction.mentions if hasattr(m.entity, "kind")}
    assert ("省自贸试验区工作领导小组", "中国（江苏）自由贸易试验区工作领导小组") in found
    assert ("省自贸试验区工作办公室", "中国（江苏）自由贸易试验区工作办公室") in found
    _, extraction = run("江苏省某某条例\n\n第一条 中国（江苏）自由贸易试验区建设工作领导小组统筹协调。\n")
    assert "中国（江苏）自由贸易试验区建设工作领导小组" in {m.entity.name for m in extraction.mentions}  # the task led
    _, extraction = run("江苏省某某条例\n\n第一条 中国（江苏）自由贸易试验区推进工作领导小组统筹协调。\n")
    assert "中国（江苏）自由贸易试验区推进工作领导小组" in {m.entity.name for m in extraction.mentions}  # 推进 a task too


def test_the_administrative_office_of_a_league_or_prefecture_is_its_government(extractor) -> None:
    assert _names(extractor, "阿拉善盟行政公署和大兴安岭地区行署负责。") == ["阿拉善盟行政公署", "大兴安岭地区行政公署"]


def test_the_bodies_of_every_level_above_one_are_no_named_body(extractor) -> None:
    assert _names(extractor, "太湖流域内县级以上生态环境主管部门负责监督。") == []


def test_the_governments_of_several_levels_in_a_region_are_no_named_body(extractor) -> None:
    assert _names(extractor, "金沙江流域县（区）人民政府旅游主管部门负责。") == []


def test_a_common_word_ending_like_a_one_character_suffix_ends_no_body(extractor) -> None:
    # constructed: 布局 and 大厅 end in 局 and 厅 but are common words
    assert _names(extractor, "优化珠江流域产业布局，建设杭州市政务大厅。") == []
    assert _names(extractor, "广州市规划局负责。") == ["广州市规划局"]


def test_the_bodies_of_a_level_in_an_area_that_is_no_division_are_no_named_body(extractor) -> None:
    assert _names(extractor, "洱海流域村民委员会应当协助做好保护工作。") == []
    assert _names(extractor, "洱海流域市人民政府水行政主管部门负责监督。") == []


def test_a_committee_written_short_after_its_zone(extractor) -> None:
    assert _names(extractor, "南沙新区管委会、前海管委会负责。")[:1] == ["南沙新区管委会"]
    assert _names(extractor, "受广州市人民政府依法管理管委会。") == ["广州市人民政府"]


def test_a_body_named_with_its_place_in_brackets_or_after_china_and_a_dash(extractor) -> None:
    names = _names(extractor, "支持中国（广东）知识产权保护中心开展业务，发挥中国—东盟技术转移中心作用。")
    assert "中国（广东）知识产权保护中心" in names and "中国—东盟技术转移中心" in names
    assert not any(name.startswith(("支持", "广东）", "东盟")) for name in names)


def test_the_own_division_written_with_ben_stands_in_a_list_sharing_a_head(run) -> None:
    # 004: 江苏省、浙江省、本市人民政府统计部门 in a text of 上海市
    _, extraction = run("上海市某某条例\n\n第一条 为了促进建设，制定本条例。\n\n第二条 "
                        "执委会会同江苏省、浙江省、本市人民政府统计部门，建立统计指标体系。")
    names = {m.entity.name for m in extraction.mentions if getattr(m.entity, "id", "").startswith("actor/")}
    assert {"江苏省统计局", "浙江省统计局", "上海市统计局"} <= names


def test_a_townships_government_and_the_presidium_of_its_congress(extractor) -> None:
    names = _names(extractor, "吴中区人民政府应当组织实施。金庭镇人民政府应当落实，金庭镇人民代表大会主席团进行监督。")
    assert names == ["苏州市吴中区人民政府", "金庭镇人民政府", "金庭镇人民代表大会主席团"]


def test_a_named_district_between_the_level_word_and_a_list_of_fields_has_those_departments(run) -> None:
    # constructed: 市、吴中区 + fields: the city's departments and the district's; 吴中区 + fields alone too
    _, extraction = run("苏州市某某条例\n\n第一条 市、吴中区发展和改革、教育等部门应当做好保护工作。\n"
                        "第二条 吴中区财政、民政等部门应当做好保障工作。\n")
    roles = {(r.actor.name, m.provision.number) for m in extraction.measures for r in m.roles}
    assert {("苏州市发展和改革委员会", "第一条"), ("苏州市教育局", "第一条"), ("苏州市吴中区发展和改革委员会", "第一条"),
            ("苏州市吴中区教育局", "第一条"), ("苏州市吴中区财政局", "第二条"), ("苏州市吴中区民政局", "第二条")} <= roles


def test_a_citys_urban_management_and_greening_departments_by_their_fields(run) -> None:
    _, extraction = run("苏州市某某条例\n\n第一条 市园林和绿化管理、城市管理等部门应当做好保护工作。\n")
    roles = {r.actor.name for m in extraction.measures for r in m.roles}
    assert roles == {"苏州市园林和绿化管理局", "苏州市城市管理局"}


def test_the_places_written_right_before_a_place_organisation_open_its_name(extractor) -> None:
    # constructed: an area's committee named with its city before the mountain the area is named after
    assert _names(extractor, "萍乡武功山管委会负责协调。") == ["萍乡武功山管委会"]
