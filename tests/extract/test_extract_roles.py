"""Roles of actors in measures, from the construction around them (kg.extract.roles).

Sentences are from gov.cn development pages of the corpus (the page number in a comment) or
constructed to show one construction.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def roles(run):
    def roles_of(text: str) -> set[tuple[str, str]]:
        _, extraction = run(text)
        return {(r.actor.name, r.role) for m in extraction.measures for r in m.roles}

    return roles_of


@pytest.fixture(scope="module")
def article_roles(run):
    """(actor, role) pairs of the articles after the first of a law titled ``title`` (its division decides
    which bodies 省, 市 … name): ``article_roles(title, article_2, article_3, …)``."""
    def roles_in(title: str, *articles: str) -> set[tuple[str, str]]:
        numbers = "二三四五六七八九"
        body = "".join(f"\n\n第{numbers[i]}条 {text}" for i, text in enumerate(articles))
        _, extraction = run(f"{title}\n\n第一条 为了加强管理，制定本条例。{body}")
        return {(r.actor.name, r.role) for m in extraction.measures for r in m.roles}

    return roles_in


def test_lead_body_is_responsible_and_the_joined_bodies_cooperate(roles) -> None:
    # 002
    found = roles("财政部要会同发展改革委、工业和信息化部、农业农村部、银保监会等部门，加强统筹协调，"
                  "对本意见执行情况进行督促检查和跟踪分析。")
    assert ("财政部", "responsible") in found
    assert {("国家发展和改革委员会", "cooperates"), ("工业和信息化部", "cooperates"),
            ("农业农村部", "cooperates")} <= found
    assert ("财政部", "cooperates") not in found


def test_a_group_before_a_responsibility_cue_shares_the_role(roles) -> None:
    # 041
    assert roles("（1）国家发展改革委及国家粮食局负责应急工作的综合协调；做好粮食市场调控和供应工作。") == {
        ("国家发展和改革委员会", "responsible"), ("国家粮食和物资储备局", "responsible")}


def test_funding_cues_make_a_funder(roles) -> None:
    # 041, 039 (the annotations: a body put in charge of money funds and is responsible)
    assert roles("（4）财政部负责安排、审核实施本预案所需经费，专款专用，并及时足额拨付到位。") == {
        ("财政部", "funds"), ("财政部", "responsible")}
    assert roles("财政部要加大资金支持力度，保障促进就业政策落实。") == {("财政部", "funds"), ("财政部", "responsible")}
    assert roles("中国农业发展银行负责落实采购、加工、调拨、供应应急粮食所需贷款。") == {
        ("中国农业发展银行", "funds"), ("中国农业发展银行", "responsible")}
    assert roles("所需经费由财政部承担。") == {("财政部", "funds")}
    # public finance put in or money granted as support (财政支持, 经费投入, 给予经费支持)
    assert ("财政部", "funds") in roles("财政部应当加大财政支持力度，支持区域发展。")
    assert ("财政部", "funds") in roles("财政部对列入规划的项目给予经费支持。")
    # investment stepped up, spending put into a budget (加大投入, 纳入本级财政预算)
    assert ("湖南省人民政府", "funds") in roles("湖南省人民政府应当加大对示范区建设的投入力度。")
    assert ("湖南省人民政府", "funds") in roles("湖南省人民政府将示范区建设经费纳入本级财政预算。")


def test_a_bank_giving_support_funds(roles) -> None:
    assert roles("鼓励依托龙头企业培育发展上下游链属企业,国家开发银行对重点链属企业给予倾斜支持。") == {
        ("国家开发银行", "funds")}


def test_guidance_as_subject_and_under_guidance(roles) -> None:
    # 013, 041
    assert ("司法部", "guides") in roles("司法部要加强对全面推行“三项制度”的指导协调，会同有关部门进行监督检查。")
    found = roles("有关应急粮源的加工、运输及成品粮供应，在国家粮食应急工作指挥部统一指挥协调下，"
                  "主要由省级人民政府及其有关部门组织实施。")
    assert ("国家粮食应急工作指挥部", "guides") in found


def test_every_body_of_a_guidance_note_guides(roles) -> None:
    found = roles("支持有条件的地区开展试点（国家发展改革委、财政部指导）。")
    assert found == {("国家发展和改革委员会", "guides"), ("财政部", "guides")}


def test_approval_now_and_submission_for_approval(roles) -> None:
    # 041
    assert roles("（4）经国务院批准，国家粮食应急工作指挥部依法统一紧急征用粮食经营者的粮食。") >= {("国务院", "approves")}
    assert ("国务院", "approves") in roles("由国家发展改革委及国家粮食局会同财政部提出动用方案，报国务院批准。")


def test_approval_of_the_text_issued_now_is_a_role(roles) -> None:
    # 041, 018, 050 (the annotations mark the approval of the forwarded text: 已经X同意，现印发/转发)
    assert roles("《国家粮食应急预案》已经国务院同意，现印发给你们，请认真实施。") == {("国务院", "approves")}


def test_approval_reported_as_past_or_as_attribute_is_no_role(roles) -> None:
    # 033; constructed
    assert roles("是指个人持有经国务院批准发行的金融债券而取得的利息。") == set()
    assert roles("该区已经国务院批准设立，运行良好。") == set()


def test_an_area_to_be_reported_for_approval_is_approved_by_that_body(roles) -> None:
    # 报经X批准的…: an approval asked for under this text, not one reported as done
    found = roles("根据开发区建设与发展的需要，报经国务院批准的开发区扩展区域，适用本条例。")
    assert ("国务院", "approves") in found


def test_cited_titles_attention_and_reports_are_no_roles(roles) -> None:
    # 002, 012
    assert roles("各地区、各部门认真贯彻落实《国务院关于促进融资担保行业加快发展的意见》，进行了积极探索。") == set()
    assert roles("党中央、国务院高度重视激发科研人员创新积极性。") == set()
    assert roles("近年来，党中央、国务院聚焦完善科研管理、提升科研绩效，先后制定出台了一系列政策文件。") == set()


def test_a_body_that_only_qualifies_a_generic_one_is_no_role(roles) -> None:
    # 013, 041
    assert roles("国务院有关部门要加强对本系统全面推行“三项制度”工作的指导。") == set()
    found = roles("财政部会同国务院有关部门（单位），对应急动用中央储备粮发生的价差进行审核。")
    assert ("国务院", "cooperates") not in found and ("财政部", "responsible") in found


def test_you_and_request_verbs_assign_the_task(roles) -> None:
    # 012
    assert roles("请财政部落实《中华人民共和国促进科技成果转化法》。") == {("财政部", "responsible")}
    assert ("国家医疗保障局", "responsible") in roles("具体工作由国家医保局负责组织实施。")


def test_the_predicate_after_a_prepositional_clause(roles) -> None:
    # 国办发〔1996〕32号 二/（三）
    text = "西藏自治区人民政府要按照国办发〔1993〕71号文件的规定，负责提供学生的各项学习和生活费用并及时拨给办班学校。"
    assert roles(text) == {("西藏自治区人民政府", "funds"), ("西藏自治区人民政府", "responsible")}


def test_a_body_with_a_role_makes_a_measure_without_a_trigger_verb(roles) -> None:
    # constructed: neither 制定 nor 完成 is a trigger verb; the body's role alone makes the measure
    assert roles("市场监管总局要会同有关部门制定联合抽查事项清单。") == {
        ("国家市场监督管理总局", "responsible")}
    assert roles("请科技部、农业农村部等部门在2019年2月底前完成。") == {
        ("科学技术部", "responsible"), ("农业农村部", "responsible")}


def test_a_modal_of_obligation_or_commitment_assigns_the_task(roles) -> None:
    # constructed: 要/将/拟 + any predicate
    assert roles("国务院办公厅将于2020年4月底前组织验收。") == {("国务院办公厅", "responsible")}
    assert roles("发展改革委拟研究制订技术经济政策。") == {("国家发展和改革委员会", "responsible")}
    assert roles("国务院办公厅要求各地加强管理。") == set()  # 要求 is no modal
    # 可以 grants the power: the cue after it decides the role, else the body is in charge
    assert roles("国务院可以批准设立综合保税区。") == {("国务院", "approves")}
    assert roles("国务院办公厅可以运用激励政策。") == {("国务院办公厅", "responsible")}


def test_by_construction_assigns_any_predicate_and_keeps_relative_clauses(roles) -> None:
    # constructed
    assert roles("上报的公文由国务院办公厅按照分工呈批。") == {("国务院办公厅", "responsible")}
    assert roles("建立由农业农村部牵头的协调推进机制。") == {("农业农村部", "responsible")}
    assert roles("国务院确定的其他城市可参照执行。") == set()


def test_money_put_on_a_body_by_construction_funds(roles) -> None:
    # constructed
    assert roles("申办全部经费由广东省人民政府承担。") == {("广东省人民政府", "funds")}


def test_designation_as_the_body_in_charge(roles) -> None:
    # constructed
    assert roles("应急管理部为专用号牌的核发主管单位。") == {("应急管理部", "responsible")}


def test_decision_and_oversight_cues(roles) -> None:
    # constructed
    assert roles("国务院决定对领导小组组成人员进行调整。") == {("国务院", "approves")}
    assert ("全国人民代表大会", "guides") in roles("国务院要自觉接受全国人大的监督。")


def test_role_cues_are_data() -> None:
    from kg.extract.lexicon import role_cues

    cues = role_cues()
    assert {"responsible", "lead", "cooperates", "guides", "approves"} <= set(cues)
    assert "负责" in cues["responsible"] and "决定" in cues["approves"]


REPLY = ("国务院办公厅对十届全国人大四次会议第1号建议的答复\n国办函〔2006〕1号\n王某代表：\n您提出的建议收悉。现答复如下：\n"
         "{body}\n国务院办公厅\n二〇〇六年六月一日\n")


def test_the_single_issuer_speaking_of_itself_takes_the_role(run) -> None:
    # constructed reply (答复): 我们 is the issuer
    _, extraction = run(REPLY.format(body="我们将认真研究，积极督促地方政府加强有关工作。"))
    assert {(r.actor.name, r.role) for m in extraction.measures for r in m.roles} == {("国务院办公厅", "responsible")}


def test_a_forwarded_text_speaks_with_another_voice(run) -> None:
    # constructed: 转发 in the title, 我们 is the forwarded report's author
    text = ("国务院办公厅转发某部关于加强管理意见的通知\n国办发〔2006〕1号\n各省人民政府：\n某部《意见》已经国务院同意，现转发给你们。\n"
            "我们将认真研究，加强有关工作。\n国务院办公厅\n二〇〇六年六月一日\n")
    _, extraction = run(text)
    assert ("国务院办公厅", "responsible") not in {(r.actor.name, r.role) for m in extraction.measures for r in m.roles}


def test_a_body_joined_by_generic_bodies_keeps_its_role(roles) -> None:
    # constructed: 国务院及各部门要…, 财政部和有关部门要…
    assert roles("国务院及各部门要加快政府职能转变。") == {("国务院", "responsible")}
    assert roles("财政部和有关部门要抓紧研究具体办法。") == {("财政部", "responsible")}
    assert roles("科技部和相关科技项目管理部门要按照有关精神，分别修订管理办法。") == {("科学技术部", "responsible")}


def test_a_body_joined_by_a_class_of_bodies_without_a_qualifier_keeps_its_role(roles) -> None:
    # 058 (国务院专利行政部门和…), constructed: the class has no 各/有关; the first head followed by a modal
    # closes it, not 人民政府 inside it nor 有关部门 inside the predicate
    assert roles("国家知识产权局和省、自治区、直辖市人民政府管理专利工作的部门应当加强专利代理公共信息发布。") == {
        ("国家知识产权局", "responsible")}
    assert roles("财政部和省级财政部门要加强资金监管。") == {("财政部", "responsible")}
    assert roles("国家发展改革委和地方各级人民政府要督促有关部门落实。") == {("国家发展和改革委员会", "guides")}


def test_a_body_consulting_another_and_a_separate_rule(roles) -> None:
    # 058, 033: 由X商Y另行制定, 由X另行规定
    assert roles("具体办法由交通运输部商财政部另行制定。") == {("交通运输部", "responsible"), ("财政部", "cooperates")}
    assert roles("对股票转让所得征收个人所得税的办法，由国务院另行规定。") == {("国务院", "responsible")}


def test_an_adverb_after_a_body_opens_its_predicate(roles) -> None:
    # constructed: 统一 + a predicate that is no cue and no trigger
    assert roles("这项工作由外交部统一归口管理。") == {("外交部", "responsible")}


def test_consent_sought_from_a_body_is_its_approval(roles) -> None:
    # constructed
    assert roles("施工人员上岛时，应征得广州军区同意。") == {("广州军区", "approves")}


def test_bodies_that_drafted_a_cited_text_have_no_role_here(roles) -> None:
    # 018 (its annotation notes: the drafting is reported history)
    found = roles("中央宣传部会同中央网信办、发展改革委等有关部门和单位拟定的《进一步支持文化企业发展的规定》"
                  "已经国务院同意，现印发给你们，请认真贯彻执行。")
    assert found == {("国务院", "approves")}


def test_a_body_acting_by_law_on_an_object_oversees(roles) -> None:
    # 058: 依法 stands before the predicate like a modal; 对X进行监督、指导 is oversight, and 组织 inside
    # the object of 对 is no verb
    assert roles("交通运输部依法对行业组织进行监督、指导。") == {("交通运输部", "guides")}


def test_a_body_in_charge_whose_later_predicates_guide_also_guides(roles) -> None:
    # 001, 007, 035; the guidance of another subject is not the first body's
    assert roles("市场监管总局要发挥牵头作用，加强统筹协调，会同各有关部门共同推进各项工作。") >= {
        ("国家市场监督管理总局", "responsible"), ("国家市场监督管理总局", "guides")}
    assert ("生态环境部", "guides") in roles("生态环境部会同有关部门对试点工作进行指导和成效评估，发现问题及时调整和改进。")
    assert roles("司法部负责组织协调、统筹推进、督促指导本意见贯彻落实工作。") == {
        ("司法部", "responsible"), ("司法部", "guides")}
    assert ("财政部", "guides") not in roles("财政部负责安排工作经费，审计署负责加强监督。")


def test_a_meeting_of_a_body_that_decides_is_its_approval(roles) -> None:
    # 047, 058: the text adopted by the meeting is issued now; a decision reported as past is none
    assert roles("《国务院工作规则》已经2004年6月16日召开的国务院第54次常务会议修订通过，现予印发。") == {
        ("国务院", "approves")}
    assert roles("国务院工作中的重大事项，必须经国务院全体会议或国务院常务会议讨论决定。") == {("国务院", "approves")}
    assert roles("该条例已经国务院常务会议审议通过，运行良好。") == set()


def test_paying_an_amount_funds(roles) -> None:
    # 042 (amounts written XXX there); a time adverb before the predicate, a prepositional phrase before the verb
    assert roles("（3）中国人民银行每年从黄金收售价差款中支付500万元，用于黄金行业的管理经费。") == {
        ("中国人民银行", "funds")}


def test_an_adverbial_clause_between_a_body_and_its_predicate(roles) -> None:
    # 041: 按照各自职能分工 stands in a clause of its own
    found = roles("（2）国家发展改革委及国家粮食局、商务部按照各自职能分工，负责粮食市场应急供应工作。")
    assert ("商务部", "responsible") in found and ("国家发展和改革委员会", "responsible") in found


def test_a_body_in_charge_whose_later_clause_cooperates_also_cooperates(roles) -> None:
    # 041; 015: the later predicates of a mechanism led by X (由X牵头的机制) are not X's
    assert roles("（3）公安部负责维护粮食供应场所的治安秩序，配合有关部门及时打击扰乱市场秩序的犯罪活动。") == {
        ("公安部", "responsible"), ("公安部", "cooperates")}
    found = roles("建立由农业农村部牵头的国家农业机械化发展协调推进机制，统筹协调农业机械化发展工作。")
    assert ("农业农村部", "guides") not in found


def test_items_under_a_heading_of_a_body_s_duties_are_its_tasks(run) -> None:
    # 041: 2.1.1国家粮食应急工作指挥部职责 (1)…(2)…; an item with a subject of its own keeps it
    _, extraction = run("2组织机构和职责\n2.1国家粮食应急工作指挥部\n2.1.1国家粮食应急工作指挥部职责\n"
                        "（1）掌握粮食市场形势，向国务院提出启动或终止实施应急措施的建议。\n"
                        "（2）对省级人民政府和有关部门开展粮食应急工作进行督查和指导。\n"
                        "（3）财政部负责安排应急工作所需经费。\n")
    found = {(r.actor.name, r.role) for m in extraction.measures for r in m.roles}
    assert {("国家粮食应急工作指挥部", "responsible"), ("国家粮食应急工作指挥部", "guides")} <= found
    assert ("财政部", "funds") in found
    assert not any(r.actor.name == "国家粮食应急工作指挥部" for m in extraction.measures for r in m.roles
                   if "财政部" in [o.actor.name for o in m.roles])


def test_a_guarantee_fund_in_charge_is_no_lending_bank(roles) -> None:
    # 002: 国家融资担保基金 is named with a class of bodies; its 技术支持 is no loan
    assert roles("国家融资担保基金和省级担保、再担保基金（机构）要加强对市、县融资担保机构的业务培训和技术支持。") == {
        ("国家融资担保基金有限责任公司", "responsible")}


def test_a_management_committee_no_actor_names_joined_to_a_government_leaves_it_responsible(article_roles) -> None:
    # constructed: an unnamed park's committee (管委会, 管理委员会) closing the subject, as any class of bodies
    assert article_roles("浙江省某某条例", "永康市人民政府和管委会应当成立工作机构。",
                         "义乌市、东阳市人民政府和园区管理委员会（以下简称管委会）按照分工做好相关工作。") == {
        ("永康市人民政府", "responsible"), ("义乌市人民政府", "responsible"), ("东阳市人民政府", "responsible")}


def test_a_level_word_sharing_a_qualified_class_with_another_level_is_no_government(article_roles) -> None:
    # constructed: the departments of both levels act (省、市人民政府有关部门), not the province's government
    assert article_roles("浙江省某某条例", "省、市人民政府有关部门应当履行指导、协调和监督职责。") == set()
    assert article_roles("浙江省某某条例", "省、市人民政府应当定期组织评估。") == {("浙江省人民政府", "responsible")}


def test_a_prepositional_clause_after_a_group_closed_by_a_class_of_bodies(roles) -> None:
    # 003 (constructed with named bodies): the predicate follows 在职责范围内，
    found = roles("财政部、省级财政部门在职责范围内，分别负责管理监督资金的使用。")
    assert {("财政部", "responsible"), ("财政部", "guides")} <= found


def test_a_deadline_before_the_predicate_assigns_the_task(roles) -> None:
    # 004: 于2019年12月底前完成 is a task; 于2019年批准设立 stays a report of the past
    assert roles("（三）国家卫生健康委于2019年12月底前完成国家监测指标分析，并及时以适当方式向社会公布。") == {
        ("国家卫生健康委员会", "responsible")}
    assert roles("（四）2020年起，国家卫生健康委每年3月底前完成上述工作。") == {("国家卫生健康委员会", "responsible")}
    assert roles("（三）该区于2019年设立，国家卫生健康委于2019年批准设立。") == set()


def test_bodies_joined_with_a_class_before_together_cooperate(roles) -> None:
    # 030: 与X、Y等单位一起
    found = roles("国办将与国家标准委、国务院信息办等单位一起，组织制定政府网站及电子政务相关标准。")
    assert {("国家标准化管理委员会", "cooperates"), ("国务院信息化工作办公室", "cooperates"),
            ("国务院办公厅", "responsible")} <= found


def test_the_body_that_reviews_before_the_decision_approves(roles) -> None:
    found = roles("第一条 防洪规划由流域管理机构编制，经国务院水行政主管部门审查，报国务院批准。")
    assert {("水利部", "approves"), ("国务院", "approves")} <= found


def test_an_alternative_body_between_the_approving_one_and_its_verb(roles) -> None:
    found = roles("第一条 商务部应当制订实施方案，报国务院或者国务院授权的部门批准。")
    assert ("国务院", "approves") in found and ("商务部", "responsible") in found


def test_a_body_put_in_charge_of_a_review_is_responsible(roles) -> None:
    found = roles("第一条 部门规章由国务院法制机构审查并定期向国务院报告。")
    assert {role for _, role in found} == {"responsible"}  # the body of the period (法制办, then 司法部)


def test_one_name_for_the_bodies_of_a_defined_list_gives_each_its_role(roles) -> None:
    found = roles("某某条例\n\n第一条 广东、广西、海南三省区（以下简称三省区）加强合作。\n\n第二条 三省区人民政府负责组织实施。\n")
    assert {("广东省人民政府", "responsible"), ("广西壮族自治区人民政府", "responsible"),
            ("海南省人民政府", "responsible")} <= found


def test_the_bodies_adopting_and_approving_a_law_in_its_record_approve(run) -> None:
    text = ("长沙市某某条例\n\n2019年6月26日 长沙市第十五届人民代表大会常务委员会第二十次会议通过\n\n"
            "2019年9月28日 湖南省第十三届人民代表大会常务委员会第十三次会议批准\n\n第一条 为了加强管理，制定本条例。\n")
    _, extraction = run(text)
    found = {(m.provision.number, r.actor.name, r.role) for m in extraction.measures for r in m.roles}
    assert {("preamble", "长沙市人民代表大会常务委员会", "approves"),
            ("preamble", "湖南省人民代表大会常务委员会", "approves")} <= found
    mentioned = {(m.entity.name, m.provision.number) for m in extraction.mentions}
    assert ("湖南省人民代表大会常务委员会", "preamble") in mentioned  # named there, its term inside the name


def test_a_body_set_up_by_the_subject_is_in_charge_of_the_task_the_next_clause_gives_it(roles) -> None:
    # constructed: X设立Y，负责…
    found = roles("国务院设立国家森林草原防灭火指挥部，负责组织、协调、指导全国的森林草原防灭火工作。")
    assert ("国务院", "responsible") in found
    assert ("国家森林草原防灭火指挥部", "responsible") in found
    assert ("国务院", "guides") not in found  # the later clause is the body's task, not the founder's


def test_a_class_of_bodies_in_one_subject_with_named_ones_keeps_them_responsible(roles) -> None:
    # constructed after the zone regulations' subjects (a class no actor names, between or before named bodies)
    title = "河南省某某示范区条例\n\n第一条 "
    assert roles(title + "省人民政府、示范区所在地省辖市人民政府和水利部应当建立健全奖励制度。") >= {
        ("河南省人民政府", "responsible"), ("水利部", "responsible")}
    assert roles(title + "示范区所在地省辖市人民政府和水利部应当统筹示范区基础设施的建设。") == {
        ("水利部", "responsible")}


def test_a_class_a_named_body_qualifies_or_a_task_handed_on_joins_no_group(roles) -> None:
    # constructed: the government qualifies the departments; 由X会同…和Y: Y is no co-subject
    title = "河南省某某示范区条例\n\n第一条 "
    found = roles(title + "水利部、驻区机构和省人民政府有关部门应当及时主动提供信息。")
    assert ("水利部", "responsible") in found and ("河南省人民政府", "responsible") not in found
    found = roles(title + "省、市人民政府有关部门和水利部建立健全人才交流机制。")
    assert ("水利部", "responsible") in found and ("河南省人民政府", "responsible") not in found
    assert ("广东省人民政府", "responsible") not in roles("规划由水利部会同国务院有关部门和广东省人民政府制定。")


def test_a_body_that_sets_what_is_submitted_to_it_approves(roles) -> None:
    # constructed: 报X核定公布 (a decision on what is submitted, as 核准)
    assert ("国务院", "approves") in roles("国家文物局划定文物埋藏区，报国务院核定公布。")


def test_a_subject_set_off_by_a_comma_takes_the_predicate_after_it(article_roles) -> None:
    # 003 (黄河水量调度条例), 002 (上海航运交易所管理规定)
    def roles_in(text: str) -> set[tuple[str, str]]:
        return article_roles("某某条例", text)

    assert roles_in("青海省、宁夏回族自治区、山东省人民政府，分别负责并确保下泄流量符合规定的控制指标。") == {
        ("青海省人民政府", "responsible"), ("宁夏回族自治区人民政府", "responsible"), ("山东省人民政府", "responsible")}
    assert ("上海市人民政府", "responsible") in roles_in("交通运输部和上海市人民政府，依照本规定对交易所进行管理。")
    # a list that goes on, or a clause of circumstance, is no predicate
    assert not roles_in("委员会由市水务、交通运输等部门，海事、电力等单位以及区人民政府组成。")
    assert not roles_in("省人民政府、广州市人民政府，在建设发展中不履行职责的，依法追究责任。")


def test_a_class_member_written_with_its_other_name_in_brackets_closes_the_class(article_roles) -> None:
    # 049: the own prefecture's government before the counties' and a division with its other name in brackets
    assert ("伊犁哈萨克自治州人民政府", "responsible") in article_roles(
        "伊犁哈萨克自治州某某保护条例", "自治州、河谷内县（市）人民政府、兵团四师（可克达拉市人民政府）应当加强生物多样性的保护。")


def test_a_list_of_fields_closed_by_a_class_of_competent_departments_is_the_subject(article_roles) -> None:
    # 024 (韶关市红色资源保护条例): 等行政主管部门 closes the list of the city's departments
    found = article_roles("韶关市某某条例", "市、县（市、区）发展改革、教育、财政等行政主管部门按照各自职责做好保护利用工作。")
    assert {("韶关市发展和改革委员会", "responsible"), ("韶关市教育局", "responsible"),
            ("韶关市财政局", "responsible")} <= found


def test_a_body_authorised_to_do_a_task_is_in_charge_of_it(roles) -> None:
    # 061: 省人民政府授权管委会负责…
    found = roles("国务院授权国家发展改革委负责对试点企业进行资格认定。")
    assert ("国家发展和改革委员会", "responsible") in found


def test_the_predicate_follows_every_adverbial_clause_of_its_subject(article_roles) -> None:
    # 061: X按照…的原则，在…内，自主设立…
    assert ("国家发展和改革委员会", "responsible") in article_roles(
        "某某条例", "国家发展改革委按照精简、效能的原则，在核定的机构总数内，自主设立工作机构。")


def test_subjects_working_together_before_their_task_are_responsible(roles) -> None:
    # 085: X、Y按照职责分工，相互配合，做好…
    found = roles("国家发展改革委、商务部按照职责分工，相互配合，做好物流中心建设有关工作。")
    assert {("国家发展和改革委员会", "responsible"), ("商务部", "responsible")} <= found


def test_alternative_bodies_and_a_duty_adverb_keep_the_group_responsible(article_roles) -> None:
    # 053: 由X或者Y依照…; 078: 省人民政府X、Y等部门依职责组织…
    found = article_roles("湖南省某某条例", "违反本条例规定的，由水利部或者省人民政府水行政主管部门依照有关规定给予行政处罚。",
                          "省人民政府自然资源、生态环境等部门依职责组织对湖泊水环境质量进行监测。")
    assert {("水利部", "responsible"), ("湖南省水利厅", "responsible"), ("湖南省自然资源厅", "responsible"),
            ("湖南省生态环境厅", "responsible")} <= found


def test_a_body_and_the_one_under_it_share_the_task(roles) -> None:
    # 009: 国务院水行政主管部门及其所属的长江水利委员会应当加强…
    found = roles("国务院水行政主管部门及其所属的长江水利委员会应当加强对长江采砂的统一管理和监督检查。")
    assert {("水利部", "responsible"), ("长江水利委员会", "responsible")} <= found


def test_a_short_form_defined_after_the_subject_is_no_predicate(article_roles) -> None:
    # 036: X、Y人民政府（以下简称有关州市人民政府）按照各自的管辖范围和职责，负责…
    found = article_roles("云南省某某条例",
                          "迪庆藏族自治州、丽江市人民政府（以下简称有关州市人民政府）按照各自的管辖范围和职责，负责遗产地的保护。")
    assert {("迪庆藏族自治州人民政府", "responsible"), ("丽江市人民政府", "responsible")} <= found


def test_a_class_with_its_short_form_defined_and_a_body_set_up_by_another_as_subjects(article_roles) -> None:
    # 081: 省人民政府和相关…县（区）人民政府（以下统称…）应当…; 省人民政府设立的X统筹协调…
    found = article_roles("江苏省某某条例",
                          "省人民政府和相关设区的市、县（区）人民政府（以下统称相关县级以上地方人民政府）应当将保护工作纳入规划。",
                          "国务院设立的国家粮食和物资储备局统筹协调保护工作。")
    assert ("江苏省人民政府", "responsible") in found and ("国家粮食和物资储备局", "guides") in found
    assert ("国务院", "responsible") not in found


def test_the_powers_a_rule_gives_are_a_duty_adverb(article_roles) -> None:
    # 091: X及其所属的…机构按照规定的权限，负责…
    assert ("黄河水利委员会", "responsible") in article_roles(
        "某某办法", "黄河水利委员会及其所属的河口管理机构按照规定的权限，负责河口的统一管理和监督检查工作。")


def test_support_money_and_a_fund_set_up_make_a_funder(roles) -> None:
    # 022, 121: 加大资金扶持力度; 设立…基金
    assert ("财政部", "funds") in roles("财政部应当加大资金扶持力度，支持试验区建设。")
    assert ("财政部", "funds") in roles("财政部根据需要依法设立遗产保护管理基金。")


def test_a_body_designated_as_the_leading_or_managing_one_is_responsible(roles) -> None:
    # 019: X是…的领导决策机构; 038: X是…的管理机关
    assert ("国务院三峡工程建设委员会", "responsible") in roles("国务院三峡工程建设委员会是三峡工程建设移民工作的领导决策机构。")


def test_money_in_a_later_clause_of_the_subject_makes_it_fund(roles) -> None:
    # 014: X应当加强…组织领导和统筹协调，将…工作经费纳入本级财政预算
    found = roles("财政部应当加强对河长制工作的组织领导，将河长制工作经费纳入本级财政预算。")
    assert {("财政部", "responsible"), ("财政部", "funds")} <= found


def test_money_funds_only_when_it_is_what_the_body_is_put_on(roles) -> None:
    # 013: the rules for using a fund are a task (responsible); the money itself put on a body is funding
    assert roles("专项资金使用和管理的具体办法由财政部制定。") == {("财政部", "responsible")}
    assert roles("所需经费由财政部承担。") == {("财政部", "funds")}


def test_inspection_by_a_body_in_charge_is_guidance(roles) -> None:
    # 014: X应当加强对…履行职责情况的督察
    assert ("财政部", "guides") in roles("财政部应当加强对责任单位履行职责情况的督察。")


def test_an_alternative_class_of_provincial_bodies_before_the_approving_verb(roles) -> None:
    # 026: 必须经X或者省、自治区、直辖市人民政府渔业行政主管部门批准
    assert ("财政部", "approves") in roles("捕捞苗种的，必须经财政部或者省、自治区、直辖市人民政府渔业行政主管部门批准。")
