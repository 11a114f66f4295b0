"""Actors of every period and by form: bodies of earlier years with successors, coordinating and party
bodies, enterprises that are not government bodies (kg.extract.actors, kg/data/actors/history.tsv)."""

from __future__ import annotations

import pytest

from kg.extract.lexicon import actors, surface_index


def _actors(run, text: str) -> list[tuple[str, str, str]]:
    _, extraction = run(text)
    return [(m.surface, m.entity.name, m.entity.kind) for m in extraction.mentions
            if m.entity.id.startswith("actor/")]


@pytest.mark.parametrize(("short", "full", "successor"), [
    ("冶金部", "冶金工业部", "actor/setc"), ("纺织部", "纺织工业部", None), ("化工部", "化学工业部", "actor/setc"),
    ("国家经委", "国家经济委员会", None), ("国家体改委", "国家经济体制改革委员会", "actor/ndrc"),
    ("国家科委", "国家科学技术委员会", "actor/most"), ("外经贸部", "对外贸易经济合作部", "actor/mofcom"),
    ("国家地震局", "国家地震局", "actor/cea"), ("中央编译局", "中共中央编译局", "actor/cpc-history-literature")])
def test_bodies_of_earlier_years_are_known_with_their_successor(run, short: str, full: str,
                                                               successor: str | None) -> None:
    assert _actors(run, f"由{short}负责。") == [(short, full, "agency")]
    assert surface_index(actors())[short].replaced_by == successor


def test_every_successor_is_a_known_body_and_years_are_ordered() -> None:
    known = {a.id for a in actors()}
    for actor in actors():
        assert actor.replaced_by is None or actor.replaced_by in known, actor.id
        start, end = actor.existed
        assert start is None or end is None or start < end, actor.id


def test_coordinating_and_party_bodies_by_form(run) -> None:
    found = _actors(run, "长江经济带发展领导小组办公室牵头，四川省委、成都市委配合。")
    assert ("长江经济带发展领导小组办公室", "长江经济带发展领导小组办公室", "agency") in found
    assert ("四川省委", "四川省委", "agency") in found and ("成都市委", "成都市委", "agency") in found


def test_companies_and_plants_are_enterprises(run) -> None:
    assert _actors(run, "支持宝钢集团和秦山核电站发展。") == [
        ("宝钢集团", "宝钢集团", "enterprise"), ("秦山核电站", "秦山核电站", "enterprise")]


def test_a_verb_word_sets_a_company_name_off_on_the_left(run) -> None:
    assert _actors(run, "保留华光集团原有业务。") == [("华光集团", "华光集团", "enterprise")]
    assert _actors(run, "继续保留兴业钢铁公司。") == [("兴业钢铁公司", "兴业钢铁公司", "enterprise")]


@pytest.mark.parametrize("text", ["现就广播影视集团实行多媒体兼营提出以下意见。", "支持电影集团和物流集团发展。"])
def test_the_groups_of_a_sector_are_no_company(run, text: str) -> None:
    assert _actors(run, text) == []
    assert _actors(run, "由华光物流集团负责。") == [("华光物流集团", "华光物流集团", "enterprise")]


def test_the_national_broadcasters_before_their_merger(run) -> None:
    assert [name for _, name, _ in _actors(run, "中央电视台、中央人民广播电台和中国国际广播电台负责。")] == [
        "中央电视台", "中央人民广播电台", "中国国际广播电台"]
    assert surface_index(actors())["央视"].replaced_by == "actor/cmg"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("由中国人民银行上海分行负责。", "中国人民银行上海分行", "bank"),
    ("国家开发银行四川省分行给予支持。", "国家开发银行四川省分行", "bank"),
    ("由中国船舶代理公司大连分公司办理。", "中国船舶代理公司大连分公司", "enterprise")])
def test_a_branch_named_by_its_place_after_its_body_is_one_body(run, text: str, name: str, kind: str) -> None:
    assert [(n, k) for _, n, k in _actors(run, text)] == [(name, kind)]


def test_an_administration_office_named_after_its_place(run) -> None:
    assert _actors(run, "由舟山港管理处负责。")[0][1:] == ("舟山港管理处", "agency")


def test_named_funds_are_financial_actors(run) -> None:
    assert _actors(run, "发挥国家科技成果转化引导基金、国家中小企业发展基金作用。") == [
        ("国家科技成果转化引导基金", "国家科技成果转化引导基金", "bank"), ("国家中小企业发展基金", "国家中小企业发展基金", "bank")]
    assert _actors(run, "四川省科技成果转化引导基金给予支持。") == [
        ("四川省科技成果转化引导基金", "四川省科技成果转化引导基金", "bank")]


@pytest.mark.parametrize("text", ["设立国家级战略性新兴产业发展基金。", "鼓励江苏省建设产业投资基金。", "设立成都天府发展投资基金。"])
def test_no_named_fund_in_a_generic_one_a_clause_or_one_to_be_founded(run, text: str) -> None:
    assert [a for a in _actors(run, text) if a[2] == "bank"] == []


def test_a_company_to_be_founded_is_no_actor(run) -> None:
    assert _actors(run, "积极组建海运物流集团。") == []


@pytest.mark.parametrize("text", ["推动钢铁企业与大型企业集团合作。", "改制为有限责任公司或股份有限公司。"])
def test_generic_company_phrases_are_no_enterprise(run, text: str) -> None:
    assert [a for a in _actors(run, text) if a[2] == "enterprise"] == []


@pytest.mark.parametrize(("short", "full"), [
    ("中央宣传部", "中共中央宣传部"), ("中央统战部", "中共中央统一战线工作部"), ("中央和国家机关工委", "中央和国家机关工作委员会"),
    ("中央军委政治工作部", "中央军事委员会政治工作部"), ("供销合作总社", "中华全国供销合作总社"),
    ("版权局", "国家版权局"), ("应急部", "应急管理部"), ("国家信访局", "国家信访局"), ("武警部队", "中国人民武装警察部队")])
def test_party_military_and_state_council_bodies_by_their_tag_forms(run, short: str, full: str) -> None:
    assert _actors(run, f"（工业和信息化部、{short}负责）") == [("工业和信息化部", "工业和信息化部", "agency"),
                                                             (short, full, "agency")]


@pytest.mark.parametrize(("short", "full", "successor"), [
    ("粮食部", "粮食部", "actor/moc-1952"), ("国家农委", "国家农业委员会", "actor/mafp"),
    ("总参谋部", "中国人民解放军总参谋部", "actor/cmc-joint-staff")])
def test_defunct_bodies_of_the_planned_economy_and_the_old_army_command(run, short: str, full: str,
                                                                       successor: str) -> None:
    assert _actors(run, f"报{short}备案。") == [(short, full, "agency")]
    assert surface_index(actors())[short].replaced_by == successor


def test_a_bank_of_an_earlier_name_wins_over_the_short_form_of_its_successor(run) -> None:
    assert _actors(run, "新建项目由中国人民建设银行贷款。") == [("中国人民建设银行", "中国人民建设银行", "bank")]


def test_a_company_after_a_modifier_ending_in_de(run) -> None:
    assert _actors(run, "对事故负有直接责任的石门坎矿业有限责任公司要依法赔偿。") == [
        ("石门坎矿业有限责任公司", "石门坎矿业有限责任公司", "enterprise")]


def test_a_numbered_unit_of_a_company_is_an_enterprise_of_its_own(run) -> None:
    found = _actors(run, "6月2日，大同煤业集团公司二矿发生透水事故。")
    assert found == [("大同煤业集团公司二矿", "大同煤业集团公司二矿", "enterprise")]


def test_a_province_qualifying_a_company_named_again_without_it_is_the_same_company(run) -> None:
    found = _actors(run, "山西大同煤业集团公司二矿发生事故。大同煤业集团公司二矿负责善后。")
    assert {name for _, name, _ in found} == {"大同煤业集团公司二矿"}


def test_he_joins_two_fields_of_one_local_bureau_but_not_two_places(run) -> None:
    assert _actors(run, "由上海市规划和自然资源管理局负责。") == [
        ("上海市规划和自然资源管理局", "上海市规划和自然资源管理局", "agency")]
    assert [name for _, name, _ in _actors(run, "由上海市和浙江省律师协会负责。")] == ["浙江省律师协会"]


@pytest.mark.parametrize(("year", "expected"), [(2004, "中国石油天然气集团公司"), (2019, "中国石油天然气集团有限公司")])
def test_a_central_enterprise_reads_as_its_name_of_the_documents_year(year: int, expected: str) -> None:
    from kg.extract.actors import ActorFinder

    text = "由中石油负责组织抢险。"
    [match] = ActorFinder().find(text, frozenset(range(len(text) + 1)), [], year)
    assert (match.surface, match.value.name, match.value.kind) == ("中石油", expected, "enterprise")


@pytest.mark.parametrize(("surface", "year", "expected"), [
    ("广电总局", 2005, "国家广播电影电视总局"), ("广电总局", 2020, "国家广播电视总局"),
    ("国家新闻出版署", 1995, "新闻出版署"), ("国家新闻出版署", 2020, "国家新闻出版署")])
def test_a_form_borne_by_bodies_of_a_succession_reads_as_the_body_of_the_year(surface: str, year: int,
                                                                             expected: str) -> None:
    from kg.extract.actors import ActorFinder

    text = f"报{surface}备案。"
    [match] = ActorFinder().find(text, frozenset(range(len(text) + 1)), [], year)
    assert match.value.name == expected


@pytest.mark.parametrize(("short", "full", "successor"), [
    ("广电部", "广播电影电视部", "actor/sarft"), ("国家体委", "国家体育运动委员会", "actor/gas"),
    ("国防科工委", "国防科学技术工业委员会", "actor/sastind"), ("国家计生委", "国家计划生育委员会", "actor/sppa"),
    ("国家冶金工业局", "国家冶金工业局", "actor/setc")])
def test_bodies_of_the_reform_plans_from_1982_to_2013(run, short: str, full: str, successor: str) -> None:
    assert _actors(run, f"由{short}负责。") == [(short, full, "agency")]
    assert surface_index(actors())[short].replaced_by == successor


def test_international_organisations_are_actors_of_their_own_kind(run) -> None:
    assert _actors(run, "向国际奥委会提交申办报告。") == [("国际奥委会", "国际奥林匹克委员会", "organisation")]


def test_a_regional_administration_wins_over_a_place_organisation_inside_it(run) -> None:
    structure, extraction = run("由民航华东管理局负责。")
    assert [(m.surface, m.entity.name) for m in extraction.mentions if m.entity.id.startswith("actor/")] == [
        ("民航华东管理局", "中国民用航空华东地区管理局")]
    assert "华东" in [m.surface for m in extraction.mentions if m.entity.id.startswith("place/")]


def test_national_committees_and_central_groups_by_form_are_state_bodies(run) -> None:
    found = _actors(run, "经国家科学技术奖励委员会审定，由中央全面依法治国工作领导小组办公室负责协调。")
    assert ("国家科学技术奖励委员会", "国家科学技术奖励委员会", "agency") in found
    assert ("中央全面依法治国工作领导小组办公室", "中央全面依法治国工作领导小组办公室", "agency") in found
    assert not [f for f in _actors(run, "中央和国家机关各部门要加强协调。") if f[0].startswith("中央和")]


@pytest.mark.parametrize(("short", "full"), [
    ("工程院", "中国工程院"), ("宗教局", "国家宗教事务局"), ("新闻办", "国务院新闻办公室"), ("中央政研室", "中共中央政策研究室"),
    ("国台办", "国务院台湾事务办公室"), ("国家防总", "国家防汛抗旱总指挥部"), ("全国老龄办", "全国老龄工作委员会办公室")])
def test_central_bodies_by_the_short_forms_of_the_division_of_labour_tags(run, short: str, full: str) -> None:
    assert _actors(run, f"（{short}负责）") == [(short, full, "agency")]
