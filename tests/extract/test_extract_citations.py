"""Citations of other documents: titles in 《》, numbers, both side by side, and stated relations."""

from __future__ import annotations

import pytest

from kg.extract.citations import canonical_number, find_citations


def _cites(text: str, **kwargs) -> list[tuple[str | None, str | None, str]]:
    return [(c.title, c.number, c.relation) for c in find_citations(text, lambda offset: None, **kwargs)]


def test_title_and_adjacent_number_are_one_citation() -> None:
    text = "各地要认真落实《国务院关于促进融资担保行业加快发展的意见》（国发〔2015〕43号），按照要求推进。"
    assert _cites(text) == [("国务院关于促进融资担保行业加快发展的意见", "国发〔2015〕43号", "implements")]


def test_number_alone_loses_the_words_before_its_issuer_code() -> None:
    text = "西藏自治区人民政府要按照国办发〔1993〕71号文件的要求，做好工作。"
    assert _cites(text) == [(None, "国办发〔1993〕71号", "cites")]


def test_state_order_numbers_drop_the_country_name() -> None:
    text = "（1994年1月28日中华人民共和国国务院令第142号发布）"
    assert [number for _, number, _ in _cites(text)] == ["国务院令第142号"]


@pytest.mark.parametrize("text, relation", [
    ("湖北省人民政府《关于恳请解决地质险情有关问题的请示》（鄂政文〔2004〕15号）收悉。", "repliesTo"),
    ("现将《个人所得税专项附加扣除暂行办法》印发给你们，请认真贯彻执行。", "promulgates"),
    ("国务院办公厅转发《关于进一步加强教育援藏工作的请示》的通知", "forwards"),
    ("国务院关于修改《专利代理条例》的决定", "amends"),
    ("《国家粮食应急预案》同时废止。", "repeals"),
    ("根据《中华人民共和国专利法》，制定本条例。", "cites"),
])
def test_stated_relations(text: str, relation: str) -> None:
    assert [r for _, _, r in _cites(text)] == [relation]


def test_short_form_of_the_national_plan_outline_resolves_through_the_table() -> None:
    text = "按照国家“十四五”规划《纲要》和《“十四五”特殊类型地区振兴发展规划》有关要求，制定本方案。"
    assert [title for title, _, _ in _cites(text)] == [
        "中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "“十四五”特殊类型地区振兴发展规划"]


def test_a_local_outline_and_bare_short_titles_are_not_guessed() -> None:
    assert _cites("按照省“十四五”规划《纲要》要求，实施《方案》。") == []


def test_own_number_and_title_are_not_citations() -> None:
    text = "发改振兴〔2021〕1618号\n现将《示范区实施方案》印发你们。"
    assert _cites(text, own_number="发改振兴〔2021〕1618号", own_title="示范区实施方案") == []


def test_canonical_number_unifies_brackets_and_spaces() -> None:
    assert canonical_number("国办函[2004] 80号") == canonical_number("国办函（2004）80号") == "国办函〔2004〕80号"
