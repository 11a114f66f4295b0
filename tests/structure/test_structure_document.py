"""parse_document on small real texts: header fields, provision tree, sentences, offsets."""

from datetime import date
from pathlib import Path

import pytest

from kg.normalise import load, normalise
from kg.structure import parse_document

FIXTURES = Path(__file__).parent.parent / "fixtures" / "structure"
ROOT = Path(__file__).parent.parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "govcn-2019"
# Development texts (never the blind pages) whose header fields and provision tree survive
# the loss of every line break today.
TEXTS = [ROOT / "gold" / "texts" / name for name in ("govcn-008.html", "govcn-023.html", "govcn-041.html",
                                                     "govcn-048.html", "govcn-049.html", "govcn-052.html",
                                                     "govcn-057.html", "seed.txt")]
TEXTS += [CORPUS / f"{n}.html" for n in ("001", "002", "003", "006", "012", "013", "017", "030", "032", "033",
                                        "035", "038", "039", "044", "045", "047", "055", "058", "059")]


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed():
    return parse_document(read("seed_head.txt"))


def test_seed_header(seed):
    assert seed.number.value == "发改振兴〔2021〕1618号"
    assert seed.issued == date(2021, 11, 19)
    assert [f.value for f in seed.issuers] == ["国家发展改革委", "科技部", "工业和信息化部", "自然资源部", "国家开发银行"]
    assert seed.title.value == "“十四五”支持老工业城市和资源型城市产业转型升级示范区高质量发展实施方案"
    assert seed.addressees.value.startswith("有关省、自治区、直辖市")
    assert seed.addressees.value.endswith(("分行:", "分行："))


def test_header_spans_slice_the_text(seed):
    for field in (seed.number, seed.title, seed.addressees, *seed.issuers):
        assert field.span.slice(seed.text) == field.value


def test_seed_provision_tree(seed):
    tops = [(p.kind, p.number) for p in seed.provisions]
    assert tops == [("preamble", "preamble"), ("chapter", "一"), ("chapter", "二")]
    chapter_one = seed.provisions[1]
    assert chapter_one.heading == "总体要求"
    assert [(c.kind, c.number, c.heading) for c in chapter_one.children] == [
        ("article", "（一）", "指导思想"), ("article", "（二）", "发展目标")]


def test_provision_spans_nest_and_sentences_slice(seed):
    for provision in seed.all_provisions():
        for child in provision.children:
            assert provision.span.start <= child.span.start <= child.span.end <= provision.span.end
        for sentence in provision.sentences:
            assert seed.text[sentence.span.start:sentence.span.end] == sentence.text
            assert provision.span.start <= sentence.span.start and sentence.span.end <= provision.span.end


def test_article_sentences_start_after_the_number(seed):
    article = seed.provisions[1].children[0]
    assert article.sentences[0].text == "指导思想。"
    assert article.heading_span.slice(seed.text) == "指导思想"


def test_regulation_with_articles_and_items():
    doc = parse_document(read("regulation_033.txt"))
    assert doc.number.value == "中华人民共和国国务院令第707号"
    assert doc.issued == date(2018, 12, 18)
    assert [f.value for f in doc.issuers] == ["中华人民共和国国务院"]  # signed by a person: the order names the body
    articles = [p for p in doc.provisions if p.kind == "article"]
    assert [a.number for a in articles[:3]] == ["第一条", "第二条", "第三条"]
    items = articles[2].children
    assert items and all(i.kind == "item" for i in items)
    assert items[0].number == "（一）"


def test_title_broken_over_two_lines_is_joined():
    doc = parse_document(read("opinion_001_head.txt"))
    assert doc.title.value == "国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见"
    assert doc.number.value == "国发〔2019〕5号"
    assert [f.value for f in doc.issuers] == ["国务院"]


def test_numbers_in_running_text_are_not_headings():
    text = "一、总体要求\n20个示范区取得成效。\n2025年底前全部完成。\n3.5亿元用于建设。\n二、主要任务\n（一）推进改造。"
    doc = parse_document(text)
    assert [(p.kind, p.number) for p in doc.all_provisions()] == [
        ("chapter", "一"), ("chapter", "二"), ("article", "（一）")]


def test_articles_numbered_through_the_document_continue_across_chapters():
    text = "一、甲\n（一）子一。\n（二）子二。\n二、乙\n（三）子三。\n（四）子四。"
    doc = parse_document(text)
    assert [c.number for c in doc.provisions[1].children] == ["（三）", "（四）"]


def test_unstructured_text_is_one_preamble_with_a_warning():
    doc = parse_document("同意你省关于设立试验区的请示。请认真组织实施。")
    assert [p.kind for p in doc.provisions] == ["preamble"]
    assert doc.warnings and "no numbered provisions" in doc.warnings[0]
    assert len(doc.provisions[0].sentences) == 2


def test_one_sentence_article_has_no_title():
    doc = parse_document("一、任务\n（一）支持平潭口岸建设监管作业场所。\n（二）指导思想。以新发展理念为指导。")
    first, second = doc.provisions[0].children
    assert first.heading is None and first.sentences[0].text.startswith("支持平潭口岸")
    assert second.heading == "指导思想"


def _paths(doc):
    found = []

    def walk(provision, chain):
        chain = [*chain, provision.number]
        found.append(("/".join(chain), provision.kind))
        for child in provision.children:
            walk(child, chain)

    for provision in doc.provisions:
        walk(provision, [])
    return found


def _header(doc):
    return (doc.number and doc.number.value, doc.title and doc.title.value, doc.issued,
            [f.value for f in doc.issuers], doc.addressees and doc.addressees.value)


@pytest.mark.parametrize("path", [p for p in TEXTS if p.exists()], ids=lambda p: p.name)
def test_removing_line_breaks_keeps_the_structure(path):
    text = load(path).text
    original = parse_document(text)
    assert original.number is not None
    for variant in (text.replace("\n", ""), normalise(text.replace("\n", " ")).text):
        one_line = parse_document(variant)
        assert _header(one_line) == _header(original)
        assert _paths(one_line) == _paths(original)


def test_numbering_restarts_under_each_parent_without_line_breaks():
    text = ("现提出如下意见：一、总体要求（一）指导思想。以新发展理念为指导。（二）基本原则。1.坚持创新。2.坚持开放。"
            "二、主要任务（一）推进改造。1.支持建设。（二）加强保障。1.完善政策。")
    doc = parse_document(text)
    assert [path for path, _ in _paths(doc)] == [
        "preamble", "一", "一/（一）", "一/（二）", "一/（二）/1", "一/（二）/2", "二", "二/（一）", "二/（一）/1",
        "二/（二）", "二/（二）/1"]
    assert doc.provisions[1].heading == "总体要求" and doc.provisions[1].children[0].heading == "指导思想"


def test_title_over_two_lines_is_one_title():
    text = "国务院、中央军委关于同意武警总部\n后勤部机关等迁址新建的批复\n国函〔1996〕95号\n武警总部：\n同意迁址新建。"
    doc = parse_document(text)
    assert doc.title.value == "国务院、中央军委关于同意武警总部后勤部机关等迁址新建的批复"
    assert doc.number.value == "国函〔1996〕95号"
    assert parse_document(text.replace("\n", "")).title.value == doc.title.value


@pytest.mark.parametrize("joiner", ["\n", ""])
def test_enumerations_dates_and_amounts_are_not_headings_with_or_without_line_breaks(joiner):
    text = joiner.join(["一、总体要求", "2025年底前全部完成。", "第一批试点城市。", "对一、二类地区给予补助。",
                        "一、二、三类地区分别安排3.5亿元。", "（见附件1）。", "二、主要任务", "（一）推进改造。"])
    doc = parse_document(text)
    assert [path for path, _ in _paths(doc)] == ["一", "二", "二/（一）"]


def test_a_number_cited_in_the_first_article_is_not_the_documents_number() -> None:
    structure = parse_document("国务院办公厅关于融资担保的通知\n一、各地要按照国发〔2015〕43号文件要求，支持融资担保机构。")
    assert structure.number is None
    assert structure.title is not None and structure.title.value == "国务院办公厅关于融资担保的通知"


@pytest.mark.parametrize("joiner", ["\n", ""])
def test_the_number_of_a_document_cited_before_the_body_is_not_the_documents_number(joiner: str) -> None:
    lines = ["财政部关于救灾资金管理的实施细则", "根据《国务院关于救灾工作的通知》（国发〔2001〕17号），制定本细则：",
             "一、各地要管好救灾资金。"]
    structure = parse_document(joiner.join(lines))
    assert structure.number is None
    own = parse_document(joiner.join([lines[0], "财预〔2002〕5号", *lines[1:]]))
    assert own.number is not None and own.number.value == "财预〔2002〕5号"


def test_an_order_signed_by_a_post_names_no_issuing_body():
    assert parse_document("中华人民共和国主席令\n第16号\n现予公布。\n主席 某某\n2018年1月1日\n").issuers == []
    assert [f.value for f in parse_document("中华人民共和国财政部令\n第80号\n现予公布。\n2018年1月1日\n").issuers] \
        == ["中华人民共和国财政部"]


# Laws and regulations (the gold ext- texts): title, promulgation record and chapters run together when
# the line breaks go (…条例2020年9月25日…会议通过第一章总则第一条…). Not ext-005, a decision whose record
# runs straight into its preamble's first sentence: without the line break nothing tells where it ends.
LAWS = [p for p in sorted((ROOT / "gold" / "texts").glob("ext-*.txt")) if p.name != "ext-005.txt"]
UNDATED = {"ext-050.txt", "ext-120.txt"}  # their copies have no dated line (no promulgation record to keep)


@pytest.mark.parametrize("path", LAWS, ids=lambda p: p.name)
def test_a_law_without_line_breaks_keeps_its_header_and_provisions(path):
    text = load(path).text
    original, one_line = parse_document(text), parse_document(text.replace("\n", ""))
    assert original.title is not None and (original.issued is not None or path.name in UNDATED)
    assert _header(one_line) == _header(original)
    assert _paths(one_line) == _paths(original)


def test_a_replys_decision_opening_an_item_is_no_title():
    doc = parse_document("国务院关于同意某事的批复\n\n山东省人民政府：\n现批复如下：\n"
                         "一、同意将潍坊市列为国家历史文化名城。潍坊市历史悠久。\n二、加强保护。\n")
    first = next(p for p in doc.provisions if p.number == "一")
    assert first.heading is None
    doc = parse_document("国务院关于某事的意见\n\n一、总体要求。以改革创新为动力。\n")
    assert next(p for p in doc.provisions if p.number == "一").heading == "总体要求"


def test_a_law_title_run_into_its_first_heading_without_a_record():
    doc = parse_document("某某开发区条例第一章总则第一条为了促进开发，制定本条例。第二条本条例适用于开发区。")
    assert doc.title is not None and doc.title.value == "某某开发区条例"
    assert [p.number for p in doc.provisions if p.kind == "chapter"] == ["第一章"]


def test_a_law_title_written_twice_before_its_record_on_one_line():
    doc = parse_document("某某开发区条例某某开发区条例 （2020年9月24日某省人民代表大会常务委员会第十九次会议通过）"
                         "第一章 总则第一条 为了促进开发，制定本条例。")
    assert doc.title is not None and doc.title.value == "某某开发区条例"
    assert doc.issued is not None and doc.issued.isoformat() == "2020-09-24"


def test_a_title_opening_with_a_quoted_name_keeps_the_punctuation_inside_the_quotes():
    # constructed after a local regulation on a world heritage property named in quotation marks
    text = ("“某城：古代的海洋商贸中心”世界遗产保护管理条例\n"
            "2023年10月20日某市人民代表大会常务委员会第十五次会议通过\n第一条 为了加强保护，制定本条例。\n")
    for variant in (text, text.replace("\n", "")):
        doc = parse_document(variant)
        assert doc.title is not None and doc.title.value == "“某城：古代的海洋商贸中心”世界遗产保护管理条例"
