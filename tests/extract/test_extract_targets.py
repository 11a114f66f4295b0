"""Which places a measure targets (kg.extract.targets): partners, scoping parents, park hosts, addressed places."""

from __future__ import annotations

from kg.extract.targets import (
    is_addressed_before_trigger,
    is_partner,
    is_scoping_parent,
    nested_in_other,
    target_places,
)
from kg.structure import Span


def measure_targets(run, text: str) -> list[list[str]]:
    """Target names of each measure of ``text``."""
    _, extraction = run(text)
    return [[p.name for p in m.targets] for m in extraction.measures]


def mentioned(run, text: str) -> set[str]:
    _, extraction = run(text)
    return {m.entity.name for m in extraction.mentions if m.entity.id.startswith("place/")}


# seed (八)
PARTNER = ("推动示范区城市加强与京津冀协同发展、粤港澳大湾区建设、长三角一体化发展、长江经济带发展等区域重大战略"
           "及成渝地区双城经济圈建设的对接合作,因地制宜建设城市群节点城市。")
# seed (六)
SCOPED = "鼓励北京市石景山区、门头沟区和重庆市大渡口区、江津区、永川区、荣昌区等积极探索优化超大特大城市中心城区功能的有效途径。"
# seed (七)
PARKS = ("支持中关村科技园(石景山园、门头沟园)、中德(沈阳)高端装备制造产业园、中韩(长春)国际合作示范区等48个"
         "产业转型升级示范园区完善基础设施和配套公共服务。")


def test_places_after_the_verb_are_targets(run) -> None:
    assert measure_targets(run, "支持徐州、洛阳、襄阳等城市夯实制造业基础。") == [["徐州市", "洛阳市", "襄阳市"]]


def test_partner_construction_is_not_a_target(run) -> None:
    assert {"京津冀", "粤港澳大湾区"} <= mentioned(run, PARTNER)
    assert measure_targets(run, PARTNER) == [[], []]


def test_a_place_to_develop_in_concert_with_is_a_partner(run) -> None:
    assert measure_targets(run, "支持企业加强与上海市协同发展。") == [[]]


def test_places_named_by_one_character_abbreviations_are_no_targets(run) -> None:
    assert measure_targets(run, "推进闽台合作机制创新。") == [[]]
    assert measure_targets(run, "对港澳台地区技能人才适当放宽年龄限制。") == [[]]
    assert measure_targets(run, "中央驻桂单位应当全面支持改革。") == [[]]


def test_a_place_after_dui_is_a_partner_only_with_the_cooperation_word_close_after_it(run) -> None:
    assert measure_targets(run, "支持哈尔滨市建设对俄罗斯全面合作的承载高地。") == [["哈尔滨市"]]
    assert measure_targets(run, "对沈阳市给予支持，加强与各方的联系。") == [["沈阳市"], []]


def test_partner_without_cooperation_word_is_a_target(run) -> None:
    assert measure_targets(run, "支持沈阳等城市中欧班列高质量发展。") == [["沈阳市"]]


def test_scoping_parent_gives_only_the_district(run) -> None:
    assert {"北京市", "重庆市"} <= mentioned(run, SCOPED)
    assert measure_targets(run, SCOPED) == [["石景山区", "门头沟区", "大渡口区", "江津区", "永川区", "荣昌区"]]


def test_city_before_its_county_scopes_it(run) -> None:
    # seed (十三)
    text = "支持徐州新沂、淄博淄川、鞍山等经开区按规定创建国家级开发区。"
    assert measure_targets(run, text) == [["新沂市", "淄川区", "鞍山市"]]


def test_park_host_nested_in_the_name_is_not_a_target(run) -> None:
    assert {"沈阳市", "长春市"} <= mentioned(run, PARKS)
    assert measure_targets(run, PARKS) == [["中关村科技园（石景山园、门头沟园）", "中德（沈阳）高端装备制造产业园",
                                           "中韩（长春）国际合作示范区"]]


def test_place_before_the_verb_addressed_by_directive(run) -> None:
    # seed (十一), shortened
    assert measure_targets(run, "黄河流域要进一步落实生态优先、绿色发展战略导向。") == [["黄河流域"]]
    # as the plain subject of the verb it is addressed too; a report of what it did is not
    assert measure_targets(run, "黄河流域进一步落实生态优先、绿色发展战略导向。") == [["黄河流域"]]
    assert measure_targets(run, "黄河流域进一步落实了生态优先、绿色发展战略导向。") == [[]]


def test_place_before_the_verb_addressed_by_locative(run) -> None:
    # 国发〔2018〕43号 (corpus 016.html); 国办函〔2004〕25号 (corpus 048.html)
    text = "国务院决定在海南博鳌乐城国际医疗旅游先行区暂时调整实施有关规定。"
    assert measure_targets(run, text) == [["海南博鳌乐城国际医疗旅游先行区"]]
    assert measure_targets(run, "国家对在湖北的中央企业实行主辅分离给予一定的补助。") == [["湖北省"]]


def test_a_request_reported_in_a_reply_is_not_a_measure(run) -> None:
    # 国办函〔2004〕25号 (corpus 048.html): what the province asked for, not what the reply decides
    assert measure_targets(run, "你省请求，国家对在湖北的中央企业实行主辅分离给予一定的补助。") == []


def test_place_before_the_verb_as_reported_subject_is_not_a_target(run) -> None:
    # 国办发〔2018〕126号 (corpus 010.html)
    text = ("按照党中央、国务院决策部署，京津冀、上海、广东（珠三角）、安徽（合芜蚌）、四川（成德绵）、湖北武汉、"
            "陕西西安、辽宁沈阳等8个区域和有关省市、部门，在知识产权保护、科技成果转化激励等方面先行先试、大胆创新，"
            "取得了一批改革突破和可复制推广经验。")
    assert "京津冀" in mentioned(run, text)
    assert all(targets == [] for targets in measure_targets(run, text))


def test_regions_addressed_with_yao_are_targets(run) -> None:
    # seed (十一)
    text = ("京津冀、长三角、粤港澳大湾区以及长江、黄河流域和国家生态文明试验区范围内的示范区城市,"
            "要进一步落实生态优先、绿色发展战略导向。")
    [targets] = measure_targets(run, text)
    assert targets[:3] == ["京津冀", "长江三角洲", "粤港澳大湾区"]


def test_rule_functions_on_linked_mentions(extractor) -> None:
    text = "鼓励北京市石景山区加强与京津冀的对接合作。"
    mentions = sorted(extractor.places.find(text), key=lambda m: m.start)
    beijing, shijingshan, jingjinji = (next(m for m in mentions if m.surface == s) for s in ("北京市", "石景山区", "京津冀"))
    clause = Span(0, len(text) - 1)
    assert is_scoping_parent(text, beijing, shijingshan, extractor.gazetteer)
    assert not is_scoping_parent(text, shijingshan, jingjinji, extractor.gazetteer)
    assert is_partner(text, clause, jingjinji) and not is_partner(text, clause, shijingshan)
    assert not nested_in_other(shijingshan, mentions)
    trigger_at = text.index("鼓励")
    assert is_addressed_before_trigger(text, clause, shijingshan, trigger_at)  # after the verb
    assert [m.surface for m in target_places(text, [clause], mentions, extractor.gazetteer, trigger_at)] == ["石景山区"]


def test_place_before_the_verb_without_address(extractor) -> None:
    text = "湖北省地震局已在马鬃山村设立了地震监测站"
    [hubei] = [m for m in extractor.places.find(text) if m.surface == "湖北省"]
    assert not is_addressed_before_trigger(text, Span(0, len(text)), hubei, text.index("设立"))
    assert is_addressed_before_trigger("在" + text, Span(0, len(text) + 1),
                                       type(hubei)(hubei.start + 1, hubei.end + 1, hubei.surface, hubei.place),
                                       text.index("设立") + 1)


def test_region_directly_before_an_unlisted_park(run) -> None:
    # Once a KeyError: the park found by form is not in the gazetteer, so it has no ancestors there.
    [targets] = measure_targets(run, "支持长江经济带武汉东湖新技术开发区建设。")
    assert "武汉东湖新技术开发区" in targets


def test_places_as_the_subject_of_the_verb_are_targets(run) -> None:
    # constructed: a province scoping its city, then the verb with an adverb jieba joins to it
    assert measure_targets(run, "内蒙古自治区鄂尔多斯市大力发展现代煤化工。") == [["鄂尔多斯市"]]
    assert measure_targets(run, "唐山、包头等5个城市要加快转型。") == [["唐山市", "包头市"]]
    assert measure_targets(run, "沈阳市作为试点，探索建立新机制。") == [["沈阳市"]]  # its later clause joins it


def test_a_subject_before_a_verb_of_its_own_governs_the_measure(run) -> None:
    # constructed: the place opens the clause, then a verb that is no measure trigger (对接), and the
    # measure's verb comes in the clause's object or in a later clause of the same measure
    assert measure_targets(run, "成都市重点对接东盟市场，突出临空经济，重点发展高端装备制造等产业。") == [["成都市"]]
    assert measure_targets(run, "遵义片区着力对接成渝地区建设，突出内陆开放。")[0] == ["遵义片区"]


def test_a_subject_before_a_prepositional_phrase_governs_the_measure(run) -> None:
    # constructed: 以…为…, 对…实行 open the predicate after the subject
    assert measure_targets(run, "成都市以制度创新为核心，加快建设内陆开放高地。") == [["成都市"]]
    assert measure_targets(run, "重庆市对外商投资实行负面清单管理制度。") == [["重庆市"]]


def test_bodies_within_a_zone_are_in_it_not_named_after_it(run) -> None:
    text = "本条例适用于中国（河南）自由贸易试验区（以下简称自贸试验区）。支持自贸试验区内保险公司开展责任保险。"
    assert measure_targets(run, text)[-1] == ["中国（河南）自由贸易试验区"]


def test_the_home_of_people_named_after_a_list_of_places_is_no_target(run) -> None:
    # constructed: the investors follow the whole list, not only its last place
    assert measure_targets(run, "鼓励新加坡、马来西亚和泰国的投资者在本省设立会展企业。") == [[]]


def test_origins_destinations_and_ways_of_doing_of_a_place_are_no_targets(run) -> None:
    # constructed: 从X (origin), 前往A、B (destination of people, the whole list), X模式 (a model)
    assert measure_targets(run, "允许居民申请前往新加坡、马来西亚探亲。") == [[]]
    assert measure_targets(run, "支持在本区探索提供新加坡模式的职业教育服务。") == [[]]


def test_a_place_opening_the_measure_is_its_topic(run) -> None:
    # constructed: X的Y / XY as the topic of a measure whose verb comes in a later clause
    assert measure_targets(run, "洱海流域水功能区划，按照国家和省的有关规定确定。") == [["洱海流域"]]


def test_the_addressed_subject_and_its_later_clauses_without_a_place_are_one_measure(run) -> None:
    text = "鄂尔多斯市要大力发展现代煤化工，加快建设现代能源经济示范区，淘汰落后产能。"
    _, extraction = run(text)
    (measure,) = extraction.measures
    assert [p.name for p in measure.targets] == ["鄂尔多斯市"]
    assert measure.span.slice(text).endswith("淘汰落后产能") and len(measure.clauses) == 3
    # a semicolon opens a part of its own; a clause naming a place of its own is a measure of its own
    assert measure_targets(run, "鄂尔多斯市要发展现代煤化工；加快建设示范区。") == [["鄂尔多斯市"], ["鄂尔多斯市"]]
    assert measure_targets(run, "鄂尔多斯市要发展现代煤化工，支持包头市加快转型。") == [["鄂尔多斯市"], ["包头市"]]


def test_an_object_of_support_does_not_govern_later_clauses(run) -> None:
    # only a subject addresses the whole sentence; 支持X… targets X in its own measure
    assert measure_targets(run, "支持沈阳市加快转型，探索建立新机制。") == [["沈阳市"], []]


def test_partner_after_a_subject_is_still_no_target(run) -> None:
    assert measure_targets(run, "广州市要加强与香港的交流合作。") == [["广州市"]]


def test_a_local_government_given_the_task_targets_its_place(run) -> None:
    # 国办函〔2004〕80号, annex report (四)
    text = "建议湖北省人民政府按照专家组意见，做好马鬃山村及周围地区地下振动的长期监测工作。"
    assert measure_targets(run, text) == [["湖北省"]]


def test_the_deictic_addressee_of_a_reply_is_its_place(run) -> None:
    # 国办函〔2004〕25号 (三): 你省 is the addressee 湖北省
    text = "湖北省人民政府：\n发展改革委研究提出了办理意见：将在编制国家“十一五”规划中，统筹考虑你省的要求。"
    assert ["湖北省"] in measure_targets(run, text)
    assert measure_targets(run, "湖北省人民政府：\n你省请求，国家在重点产业布局上给予倾斜。") == []


def test_rows_of_places_after_a_colon_are_targets_of_the_measure_that_introduces_them(run) -> None:
    # constructed: a list on lines of its own, and as numbered items
    text = "关于开展试点的通知\n各省人民政府：\n经研究，确定以下城市为第一批试点城市：\n沈阳市、大连市\n长春市\n各试点城市要做好试点工作。"
    assert measure_targets(run, text) == [["沈阳市", "大连市", "长春市"], []]
    items = "关于开展试点的通知\n有关省人民政府：\n一、试点范围\n支持下列地区开展试点：\n1.沈阳市\n2.大连市\n二、工作要求\n要做好试点工作。"
    assert measure_targets(run, items) == [["沈阳市", "大连市"], []]


def test_a_row_with_other_words_ends_the_list(run) -> None:
    text = "关于开展试点的通知\n各省人民政府：\n经研究，确定以下城市为试点城市：\n沈阳市\n大连市发生的问题要认真研究。"
    assert measure_targets(run, text)[0] == ["沈阳市"]


# Constructed sentences (issue #8): what a measure does not target.

def test_a_local_government_that_pays_or_acts_is_the_agent_not_a_target(run) -> None:
    assert measure_targets(run, "同意在南宁市举办边境贸易洽谈活动，所需经费由广西壮族自治区人民政府承担。") == [["南宁市"]]
    assert measure_targets(run, "支持开展林权改革试点，具体办法由江西省人民政府制定。") == [[]]
    # asked or directed, the government's place is addressed
    assert measure_targets(run, "建议江西省人民政府做好林权改革试点的组织工作。") == [["江西省"]]
    assert measure_targets(run, "江西省人民政府要做好林权改革试点的组织工作。") == [["江西省"]]


def test_a_place_opening_an_event_or_organisation_name_is_no_target(run) -> None:
    assert measure_targets(run, "同意成立第十九届杭州亚运会组委会。") == [[]]
    assert measure_targets(run, "在成都大运会执委会统一领导下开展赛事筹备工作。") == [[]]
    assert measure_targets(run, "同意浙江省气象局与澳门地球物理气象局开展业务合作。") == [[]]
    # the host asked to hold the event is a target
    assert measure_targets(run, "支持杭州市举办2022年亚运会。") == [["杭州市"]]


def test_the_origin_of_goods_or_a_counterpart_is_no_target(run) -> None:
    assert measure_targets(run, "对新疆生产的长绒棉给予铁路运费补贴。") == [[]]
    assert measure_targets(run, "允许进口产自智利的车厘子。") == [[]]
    assert measure_targets(run, "允许区内金融机构向香港地区金融同业拆借资金。") == [[]]
    assert measure_targets(run, "在新疆开展长绒棉种植补贴试点。") == [["新疆维吾尔自治区"]]
    # where the industries or functions a place takes over come from
    assert measure_targets(run, "支持安徽省承接长三角产业转移。") == [["安徽省"]]


def test_people_and_bodies_of_another_place_are_no_target_but_a_zones_own_are(run) -> None:
    assert measure_targets(run, "支持澳门青年在苏州工业园区创新创业。") == [["苏州工业园区"]]
    assert measure_targets(run, "鼓励新加坡金融机构在苏州工业园区设立分支机构。") == [["苏州工业园区"]]
    assert measure_targets(run, "支持苏州工业园区企业开拓市场。") == [["苏州工业园区"]]


def test_a_place_whose_parts_follow_in_brackets_only_scopes_them(run) -> None:
    # constructed: only the parts in brackets are meant, in a scope statement and in a measure
    text = "本条例适用于芜湖、铜陵两市和六安市（金安区、舒城县）的产业转移活动。"
    assert measure_targets(run, text) == [["芜湖市", "铜陵市", "金安区", "舒城县"]]
    assert measure_targets(run, "支持六安市（金安区、舒城县）承接产业转移。") == [["金安区", "舒城县"]]


def test_every_place_of_a_list_after_a_verb_of_linking_is_a_partner(run) -> None:
    # constructed: 融入A、B和C — the whole list is joined, not targeted
    text = "支持赣州市对接融入粤港澳大湾区、长三角和海西经济区建设。"
    assert measure_targets(run, text) == [["赣州市"]]


def test_a_government_directed_to_act_on_a_named_place_is_the_agent_not_a_target(run) -> None:
    # constructed: X人民政府应当支持Y — Y is targeted; X人民政府要加快… alone addresses X
    assert measure_targets(run, "眉山市人民政府应当支持天府新区建设。") == [["天府新区"]]
    assert measure_targets(run, "眉山市人民政府要加快产业转型。") == [["眉山市"]]


def test_a_government_a_law_obliges_is_the_executor_not_a_target(run) -> None:
    # constructed: a directive (要) addresses the government's place; a legal duty (应当) names its executor
    assert measure_targets(run, "眉山市人民政府应当加快产业转型。") == [[]]


def test_the_other_party_of_a_bilateral_phrase_is_a_partner(run) -> None:
    # constructed: 中国—X…合作 names X as a party of the cooperation, not a target
    assert measure_targets(run, "加强中国—新加坡投资与贸易合作。") == [[]]
    assert measure_targets(run, "支持新加坡发展数字贸易。") == [["新加坡"]]


def test_bodies_and_nationals_of_a_country_and_others_of_its_group_are_no_target(run) -> None:
    # constructed: A及其他B国家 + a body, A籍 (nationality)
    assert measure_targets(run, "鼓励新加坡及其他东盟国家文化团体在苏州工业园区设立分支机构。") == [["苏州工业园区"]]
    assert measure_targets(run, "支持新加坡籍留学生在苏州工业园区创业。") == [["苏州工业园区"]]


def test_a_place_after_a_verb_of_linking_is_a_partner(run) -> None:
    assert measure_targets(run, "推动苏州工业园区深度对接新加坡教育。") == [["苏州工业园区"]]
    assert measure_targets(run, "支持苏州工业园区构建与上海一体化的开放体系。") == [["苏州工业园区"]]


def test_a_province_before_its_city_and_a_cited_title(run) -> None:
    assert measure_targets(run, "支持江苏省苏州市建设先进制造业集群。") == [["苏州市"]]
    assert measure_targets(run, "依照《福建省促进茶产业发展条例》，加大对茶农的扶持。") == [[], []]


def test_targets_named_as_subject_or_scope_of_a_measure(run) -> None:
    assert measure_targets(run, "江西省要加快建设内陆开放型经济试验区。") == [["江西省"]]
    assert measure_targets(run, "支持云南省建设面向南亚东南亚辐射中心。") == [["云南省"]]
    assert measure_targets(run, "在宁波市、温州市和台州市开展民营经济改革试点。") == [["宁波市", "温州市", "台州市"]]


def test_the_object_of_a_disposal_construction_is_a_target(run) -> None:
    assert measure_targets(run, "将贵州、云南纳入试点范围。") == [["贵州省", "云南省"]]
    assert measure_targets(run, "国家将在编制规划时把江西省列入支持范围。") == [["江西省"]]


REPLY = ("关于有关问题的复函\n江西省人民政府：\n一、关于水利建设问题。\n"
         "（一）关于加大对鄱阳湖区堤防建设投资问题。发展改革委将认真研究，给予适当支持。\n"
         "（二）关于三峡库区地质灾害防治问题。三峡库区监测体系已经初步建立。"
         "但今后将是库区地质灾害的高发期。国土资源部将继续切实提高库区地质灾害监测预警水平。\n"
         "（三）关于赣州市的项目问题。发展改革委将对该市的项目统筹考虑。\n")


def targets_by_provision(run, text: str) -> list[tuple[str, list[str]]]:
    _, extraction = run(text)
    return [(m.provision.number, [p.name for p in m.targets]) for m in extraction.measures]


def test_a_measure_without_a_place_takes_its_provisions_topic_or_the_place_a_word_stands_for(run) -> None:
    assert targets_by_provision(run, REPLY) == [
        ("（一）", ["鄱阳湖"]),        # the heading names the topic of the provision's measures
        ("（二）", []),                # a report, with a place of its own
        ("（二）", ["三峡库区"]),      # 库区 after the verb stands for the last place named …库区
        ("（三）", ["赣州市"]),        # 该市: the last city named
    ]


def test_an_annex_title_is_no_topic_of_the_annexs_measures(run) -> None:
    text = ("关于印发试点方案的通知\n各省人民政府：\n现将试点方案印发给你们。\n附件\n赣州市试点方案\n"
            "加大资金投入，完善基础设施。\n")
    assert all(targets == [] for targets in measure_targets(run, text))


def test_a_place_in_focus_is_a_target_and_a_model_to_follow_is_not(run) -> None:
    assert measure_targets(run, "以福建为重点开展对台交流。") == [["福建省"]]
    # the place in focus goes on for the clauses after it (推进改革, joined to its measure)
    assert measure_targets(run, "以赣州、吉安等地为试点，推进改革。") == [["赣州市", "吉安市"]]
    assert measure_targets(run, "指导各地借鉴德国、日本、瑞士等国家经验。") == [[]]
    assert measure_targets(run, "支持浙江省学习先进经验。") == [["浙江省"]]


def test_rows_under_an_annexed_list_title_are_targets_of_the_measure_referring_to_it(run) -> None:
    text = ("关于开展试点的通知\n各省人民政府：\n经研究，确定沈阳等5个城市为试点城市（名单见附件）。\n"
            "国务院办公厅\n2019年1月1日\n附件\n试点城市名单\n沈阳市、大连市、长春市\n哈尔滨市、齐齐哈尔市\n")
    assert measure_targets(run, text) == [["沈阳市", "大连市", "长春市", "哈尔滨市", "齐齐哈尔市"]]


def test_a_place_made_into_something_by_a_disposal_construction(run) -> None:
    text = "关于开展试点的通知\n各省人民政府：\n将沈阳建设成为东北亚国际航运中心。\n"
    assert measure_targets(run, text) == [["沈阳市"]]


def test_the_addressed_subject_governs_only_the_clauses_of_its_sentence(run) -> None:
    text = "关于开展试点的通知\n各省人民政府：\n一、试点任务\n沈阳市要加快转型升级，完善基础设施。要加大投入。发展改革委要加强指导。\n"
    # a new sentence is a new statement: 要加大投入 names no place; 发展改革委要加强指导 is a measure of its own
    # (a body takes a role in it), targeting nothing
    assert measure_targets(run, text) == [["沈阳市"], [], []]


def test_a_place_naming_a_school_or_class_is_no_target(run) -> None:
    # 国办发〔1996〕32号 (corpus 052.html): classes in inland provinces named after the pupils' region
    assert measure_targets(run, "扩大内地西藏初中班（校）招生规模，以1995年实招人数1445名为基数。") == [[]]
    assert measure_targets(run, "各有关省（市）和部委要继续承办内地西藏班（校）的任务，做好安排。") == [[]]


def test_a_measure_reporting_what_was_done_targets_nothing(run) -> None:
    # 国办函〔2004〕80号 (corpus 023.html), annexed report: 了 after the verb, in a later clause
    report = "我部组织专家组，对巴东县官渡口镇马鬃山村地质险情进行了现场调查。"
    assert measure_targets(run, report) == [[]]
    assert measure_targets(run, report.replace("进行了", "进行")) == [["马鬃山村"]]
    # 已 before the verb of its clause; a relative clause 已…的 is no report
    assert measure_targets(run, "湖北省地震局已在巴东县设立地震监测站。") == [[]]
    assert measure_targets(run, "对已设立试点的巴东县给予补助。") == [["巴东县"]]


def test_a_bracketed_report_beside_the_measure_is_not_read(run) -> None:
    # 国办发〔1996〕32号 (corpus 052.html)
    text = "确定在北京、天津、河北等3个省（市）扩大招生规模（其中1995年河北省共落实了165名扩招任务）。"
    assert measure_targets(run, text) == [["北京市", "天津市", "河北省"]]


def test_a_relatum_of_a_relation_is_no_target(run) -> None:
    # 国办函〔2004〕80号 (corpus 023.html): what is watched is related to the reservoir, not aimed at it
    text = "建议你省做好巴东县地下振动的长期监测工作，以掌握其长期动态变化及与丹江口水库水位变化的关系。"
    assert "丹江口水库" in mentioned(run, text)
    assert "丹江口水库" not in measure_targets(run, text)[0]


def test_the_addressees_of_a_notice_asked_as_you_are_its_targets(run) -> None:
    # 国办发〔1996〕32号 (corpus 052.html), cover letter: 请你们… addresses the provinces of the address line
    text = "北京市、西藏自治区人民政府：\n请你们把继续办好内地西藏班（校）作为一项政治任务，认真组织。"
    assert measure_targets(run, text) == [["北京市", "西藏自治区"]]
    # a document forwarded to them is no measure aimed at them
    forwarded = "北京市、西藏自治区人民政府：\n国家教委《关于扩大招生规模有关问题的请示》已经国务院批准，现转发给你们。"
    assert measure_targets(run, forwarded) == [[]]


def test_a_place_in_a_phrase_modifying_a_later_place_is_no_target(run) -> None:
    # 国函〔2006〕132号 (corpus 044.html): the zone it is set up in and the body authorised only describe it
    text = ("国务院关于口岸区范围的批复\n广东省人民政府：\n"
            "现就在深圳湾口岸区内设立的授权香港特别行政区实施管辖的深圳湾口岸港方口岸区的范围批复如下：")
    assert {"深圳湾口岸区", "香港特别行政区"} <= mentioned(run, text)
    assert measure_targets(run, text) == [["深圳湾口岸港方口岸区"]]


def test_a_place_inside_an_attribute_of_a_later_place_only_describes_it(run) -> None:
    text = "现就在湛江港区内设立的湛江综合保税区的范围批复如下。"
    assert "湛江港区" in mentioned(run, text)
    assert measure_targets(run, text) == [["湛江综合保税区"]]


SCOPE = ("杭州市某某保护条例\n\n第一条 为了加强保护，制定本条例。\n"
         "第二条 本市行政区域内的保护管理以及相关活动，适用本条例。\n"
         "第三条 市人民政府应当加强对保护工作的领导。\n")


def test_the_scope_article_targets_where_the_text_applies(run) -> None:
    found = dict(targets_by_provision(run, SCOPE))
    assert found["第二条"] == ["杭州市"]  # 本市 in the scope statement: the own division
    assert found.get("第三条", []) == []  # the own division elsewhere is the jurisdiction, no target


def test_a_region_qualifying_divisions_in_a_scope_statement_is_left_out(run) -> None:
    text = "某某条例\n\n第二条 长江流域的四川省、湖北省的水土保持工作，适用本条例。\n"
    assert dict(targets_by_provision(run, text))["第二条"] == ["四川省", "湖北省"]


def test_a_scope_statement_after_its_subject(run) -> None:
    text = "某某办法\n\n第二条 本办法适用于珠江流域的水污染防治。\n"
    assert dict(targets_by_provision(run, text))["第二条"] == ["珠江流域"]


def test_the_definition_of_an_area_the_text_covers_targets_its_places(run) -> None:
    text = ("某某规定\n\n第一条 为了加强保护，制定本规定。\n"
            "第二条 本规定所称晋冀接壤地区，是指山西省灵丘县、广灵县，河北省蔚县。\n"
            "第三条 本规定所称特色菜，包括太原菜、保定菜。\n")
    found = dict(targets_by_provision(run, text))
    assert found["第二条"] == ["晋冀接壤地区", "灵丘县", "广灵县", "蔚县"]  # the provinces only scope the counties
    assert "第三条" not in found  # a definition of no area is no measure


def test_apply_outside_a_scope_statement_is_no_measure(run) -> None:
    assert targets_by_provision(run, "某某办法\n\n第二条 上述企业适用优惠税率。\n") == []


def test_the_own_division_written_as_an_area_may_be_a_target(run) -> None:
    text = ("杭州市某某管理办法\n\n第一条 为了加强管理，制定本办法。\n"
            "第二条 在本市行政区域内从事经营活动的企业，应当加强安全管理。\n"
            "第三条 本市企业应当加强安全管理。\n")
    found = dict(targets_by_provision(run, text))
    assert found["第二条"] == ["杭州市"] and found["第三条"] == []


def test_the_own_division_by_its_level_word_opening_a_clause_acts_for_itself(run) -> None:
    # constructed: the region does something (自治区加快…) where the clause names no other place; its government
    # is an actor (自治区人民政府应当…), and a zone named in the clause is the target instead
    text = ("内蒙古自治区某某促进条例\n\n第一条 为了促进开放，制定本条例。\n"
            "第二条 自治区加快构建联通内外的通道体系。\n"
            "第三条 自治区人民政府应当加快建设通道。\n"
            "第四条 自治区支持满洲里市建设口岸。\n")
    found = dict(targets_by_provision(run, text))
    assert found["第二条"] == ["内蒙古自治区"]
    assert found.get("第三条", []) == [] and found["第四条"] == ["满洲里市"]


def test_the_topic_of_a_passive_statement_is_its_target(run) -> None:
    text = "某某条例\n\n第一条 珠江、闽江的防御洪水方案，由国家防汛总指挥部制定，报国务院批准后施行。\n"
    assert dict(targets_by_provision(run, text))["第一条"][:1] == ["珠江"]


def test_a_place_opening_its_clause_before_its_ruled_noun_is_the_target(run) -> None:
    text = "某某规定\n\n第一条 舟山群岛的矿藏资源依法实行有偿开采。\n"
    assert dict(targets_by_provision(run, text))["第一条"] == ["舟山群岛"]


def test_the_market_a_base_faces_is_no_target(run) -> None:
    assert measure_targets(run, "支持苏州工业园区建设面向新加坡的国际物流中心。") == [["苏州工业园区"]]



def test_a_measure_opened_by_a_role_targets_the_places_of_its_object(run) -> None:
    # 划定 is no trigger verb: the body's task opens the measure, and the basin it delimits is its target
    text = "湖南省某某条例\n\n第一条 省人民政府应当划定湘江流域饮用水水源保护区。\n第二条 长沙市人民政府负责组织实施。\n"
    assert measure_targets(run, text) == [["湘江流域"], []]  # the place inside the body's name is no target


def test_a_prohibition_is_a_measure_targeting_the_place_it_names(run) -> None:
    text = ("湖南省某某条例\n\n第一条 禁止在湘江干流水域经营餐饮。\n第二条 在湘江流域两岸各二十公里范围内不得新建造纸企业。\n"
            "第三条 严禁在洞庭湖围湖造田。\n")
    assert measure_targets(run, text) == [["湘江"], ["湘江流域"], ["洞庭湖"]]


def test_a_body_set_up_in_a_place_does_not_make_the_place_part_of_its_name(run) -> None:
    # 成立 between the place and 协会 is a verb: the place is where the body is set up, not the start of its name
    assert measure_targets(run, "支持在苏州工业园区成立律师协会。") == [["苏州工业园区"]]
