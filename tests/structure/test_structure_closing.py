"""The closing after the last numbered unit: a provision of its own, cut only on good evidence."""

import pytest

from kg.structure import parse_document

SIGNED = "\n国务院办公厅\n2019年1月22日\n（此件公开发布）"


def _closing(doc):
    closings = [p for p in doc.all_provisions() if p.kind == "closing"]
    assert len(closings) <= 1
    return closings[0].span.slice(doc.text) if closings else None


def _holder(doc, words):
    """The number of the innermost provision whose sentences hold ``words``."""
    return next(p.number for p in doc.all_provisions() for s in p.sentences if words in s.text)


def test_a_paragraph_addressed_to_everyone_after_the_last_article_closes_the_document():
    text = ("一、强化激励约束\n（一）完善绩效评价体系。各级财政部门要会同有关方面研究制定对政府性融资担保、再担保机构的"
            "绩效考核办法。\n各地区、各部门要充分认识规范政府性融资担保机构运作的重要意义，抓好组织实施。财政部要会同发展改革委、"
            "工业和信息化部等部门，加强统筹协调。" + SIGNED)
    doc = parse_document(text)
    assert [(p.kind, p.number, p.ordinal) for p in doc.provisions] == [("chapter", "一", 1), ("closing", "closing", 2)]
    assert _closing(doc).startswith("各地区、各部门要充分认识") and _closing(doc).endswith("（此件公开发布）")
    assert doc.provisions[0].children[0].span.slice(text).endswith("绩效考核办法。")
    assert _holder(doc, "财政部要会同发展改革委") == "closing"
    # without line breaks no paragraph can be told apart: only the signature is cut off
    one_line = parse_document(text.replace("\n", ""))
    assert _closing(one_line).startswith("国务院办公厅") and _holder(one_line, "财政部要会同") == "（一）"


@pytest.mark.parametrize("last, closing", [
    ("一、国庆节：10月1日至7日放假调休，共7天。", "节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。"),
    ("一、保障措施\n（一）强化指导监督。各地区、各部门要将规范性文件合法性审核工作纳入法治政府建设考评指标体系。",
     "司法部负责组织协调、统筹推进、督促指导本意见贯彻落实工作。"),
    ("一、主要措施\n（一）要进一步加强防震减灾宣传教育，提高全社会的防震减灾意识和自觉性。",
     "鉴于目前的预测科学水平有限，未划入地震重点监视防御区的地区也不完全排除发生破坏性地震的可能。因此，这些地区也应"
     "按照上述精神认真做好防震减灾工作。\n以上意见如无不妥，请批转各地、各部门贯彻执行。"),
], ids=["addressed-after-a-phrase", "this-document", "the-above"])
def test_the_paragraph_after_the_last_unit_closes_when_it_speaks_to_all_or_of_the_whole(last, closing):
    doc = parse_document(f"{last}\n{closing}{SIGNED}")
    assert _closing(doc).startswith(closing.split("\n")[0])


def test_a_closing_formula_closes_further_down():
    report = ("一、主要措施\n（一）要进一步加强防震减灾宣传教育，提高全社会的防震减灾意识和自觉性。\n"
              "鉴于目前的预测科学水平有限，未划入地震重点监视防御区的地区也不完全排除发生破坏性地震的可能。\n"
              "以上意见如无不妥，请批转各地、各部门贯彻执行。\n国家地震局\n一九九六年一月二十五日")
    doc = parse_document(report)
    assert _closing(doc).startswith("以上意见如无不妥")
    assert _holder(doc, "鉴于目前的预测科学水平有限") == "（一）"  # a plain second paragraph stays with its article


@pytest.mark.parametrize("text, kept", [
    ("一、有关要求\n各地区各有关部门要充分认识促进综合保税区高水平开放高质量发展的重要意义，积极推动本意见贯彻落实。\n"
     "海关总署要继续做好牵头工作，进一步优化区域布局。\n各省、自治区、直辖市人民政府作为综合保税区的申请设立、规划建设和"
     "运行管理主体，要切实落实主体责任。", ["各地区各有关部门要充分认识", "各省、自治区、直辖市人民政府作为"]),
    ("一、营造良好环境。\n各地区、各有关部门要做好相关法规规章和规范性文件的立改废释工作。", ["各地区、各有关部门要做好"]),
    ("一、切实做好组织实施\n坚持党的领导。坚持和加强党对改革开放的领导。\n维护国家安全。各有关地区和部门、各自贸试验区要"
     "牢固树立总体国家安全观。", ["维护国家安全", "各有关地区和部门"]),
], ids=["chapter-body", "article-body", "run-in-titles"])
def test_the_body_of_a_unit_titled_on_its_own_line_stays_with_it(text, kept):
    doc = parse_document(text + SIGNED)
    assert _closing(doc).startswith("国务院办公厅")
    number = doc.provisions[0].number
    assert all(_holder(doc, words) == number for words in kept)


def test_the_paragraphs_of_a_laws_last_article_are_its_own():
    text = ("第一条为了规范专利代理行为，制定本条例。\n第二条本条例自2019年3月1日起施行。\n本条例施行前依法设立的专利代理机构以及依法执业的专利代理人，"
            "在本条例施行后可以继续以专利代理机构、专利代理师的名义开展专利代理业务。")
    doc = parse_document(text)
    assert _closing(doc) is None and _holder(doc, "本条例施行前") == "第二条"


def test_no_closing_where_the_numbering_goes_on_below():
    text = ("一、加强党的建设\n（一）转制企业要认真学习贯彻习近平新时代中国特色社会主义思想。\n"
            "中央所属转制文化企业的认定，由中央宣传部会同财政部、税务总局确定并发布名单。除第二十三条、第二十四条所列政策外，"
            "上述政策凡未注明具体期限的，执行期限为2019年1月1日至2023年12月31日。\n进一步支持文化企业发展的规定\n"
            "一、关于财政税收\n（一）中央财政和地方财政应通过文化产业发展专项资金等现有资金渠道，支持文化企业发展。")
    assert _closing(parse_document(text)) is None


def test_an_annex_closes_with_a_note_on_the_whole_and_with_its_own_signature():
    text = ("一、工作要求\n各地要加强组织领导。\n国务院办公厅\n2019年1月16日\n附件1\n三级公立医院绩效考核指标\n"
            "一、满意度评价\n（一）\n患者满意度\n1.门诊患者满意度▲\n定量\n2.住院患者满意度▲\n定量\n3.医务人员满意度▲\n定量\n"
            "计算方法：医务人员满意度调查得分。\n注：\n"
            "1.三级公立综合医院考核应采用上述全部考核指标。国家中医药局在组织对三级公立中医医院考核时，根据工作实际适当调整和"
            "补充考核指标。\n2.标记“▲”的26个指标为国家监测指标。\n附件2\n国土资源部关于马鬃山村地质险情调研情况的报告\n"
            "一、基本情况\n马鬃山村位于巴东县官渡口镇。\n二、建议意见\n建议湖北省人民政府按照专家组意见，做好长期监测工作。\n"
            "国土资源部\n二〇〇四年十月十日")
    doc = parse_document(text)
    first, second = (p for p in doc.provisions if p.kind == "annex")
    assert [(c.kind, c.number) for c in first.children] == [("chapter", "一"), ("closing", "closing")]
    assert first.children[-1].span.slice(text).startswith("注：")
    assert _holder(doc, "国家中医药局在组织") == "closing"
    assert second.children[-1].span.slice(text) == "国土资源部\n二〇〇四年十月十日"
    assert _holder(doc, "建议湖北省人民政府") == "二"
