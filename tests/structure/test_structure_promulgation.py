"""The promulgation record of laws and regulations: the issue date and issuer come from its publication."""

from datetime import date

from kg.structure import parse_document
from kg.structure.promulgation import issuing_act, promulgation_acts

# Records as the National People's Congress database prints them (政府信息公开条例, 行政许可法).
_REGULATION = """中华人民共和国政府信息公开条例

（2007年4月5日中华人民共和国国务院令第492号公布　2019年4月3日中华人民共和国国务院令第711号修订）

第一章　总则

第一条　为了保障公民、法人和其他组织依法获取政府信息，制定本条例。
"""
_LAW_BY_LINES = """中华人民共和国行政许可法

2003年8月27日 第十届全国人民代表大会常务委员会第四次会议通过

2019年4月23日 第十三届全国人民代表大会常务委员会第十次会议修正

第一章 总则

第一条 为了规范行政许可的设定和实施，制定本法。
"""


def test_published_act_gives_date_and_issuer_amendments_do_not():
    structure = parse_document(_REGULATION)
    assert structure.issued == date(2007, 4, 5)
    assert [f.value for f in structure.issuers] == ["国务院"]


def test_adoption_by_a_meeting_names_the_body_that_met():
    structure = parse_document(_LAW_BY_LINES)
    assert structure.issued == date(2003, 8, 27)
    assert [f.value for f in structure.issuers] == ["全国人民代表大会常务委员会"]
    issuer = structure.issuers[0]
    assert "全国人民代表大会常务委员会" in _LAW_BY_LINES[issuer.span.start:issuer.span.end]


def test_publication_wins_over_an_earlier_approval_and_adoption():
    acts = promulgation_acts("1990年1月5日 国务院批准\n1990年2月1日 某部第3次部务会议通过\n1990年2月20日 某部公布\n")
    assert [(a.act, a.body.value) for a in acts] == [("批准", "国务院"), ("通过", "某部"), ("公布", "某部")]
    assert issuing_act(acts).date == (1990, 2, 20)


def test_approval_alone_issues_nothing():
    assert issuing_act(promulgation_acts("（1988年3月1日国务院批准）")) is None


def test_acts_inside_a_sentence_are_no_record():
    text = "《黄河水量调度条例》已经2006年7月5日国务院第142次常务会议通过，现予公布，自2006年8月1日起施行。"
    assert promulgation_acts(text) == []


def test_a_signature_still_names_the_issuer():
    text = ("国务院关于某事的通知\n\n各省、自治区、直辖市人民政府：\n\n一、做好某项工作。\n\n"
            "国务院\n2015年3月2日\n")
    structure = parse_document(text)
    assert structure.issued == date(2015, 3, 2)
    assert [f.value for f in structure.issuers] == ["国务院"]


def test_a_meeting_that_deliberates_and_adopts_and_an_approval_run_into_the_table_of_contents() -> None:
    text = ("2024年3月1日 某某自治州第十五届人民代表大会第六次会议审议通过\n"
            "2024年5月1日某某自治州第二届人民代表大会常务委员会第八次会议通过2024年6月1日甘肃省第十四届人民代表大会"
            "常务委员会第二次会议批准目录\n")
    assert [(a.body.value if a.body else None, a.act) for a in promulgation_acts(text)] == [
        ("某某自治州人民代表大会", "通过"), ("某某自治州人民代表大会常务委员会", "通过"), ("甘肃省人民代表大会常务委员会", "批准")]


def test_an_adoption_run_into_the_title_written_again_before_the_first_article() -> None:
    text = "某某促进条例2009年7月31日湖北省第十一届人民代表大会常务委员会第十一次会议通过某某促进条例第一条为促进发展，制定本条例。"
    assert [(a.body.value if a.body else None, a.act) for a in promulgation_acts(text)] == [
        ("湖北省人民代表大会常务委员会", "通过")]
