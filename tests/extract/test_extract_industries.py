"""Industries on jieba word boundaries (kg.extract.industries, kg.extract.matcher)."""

from __future__ import annotations

import re

from kg.extract.industries import CLASS_AFTER_LIST, IndustryFinder
from kg.extract.lexicon import industries, surface_index
from kg.extract.matcher import TermMatcher


def industry_ids(extractor, text: str) -> list[tuple[str, str]]:
    boundaries = extractor.segmenter.boundaries(text)
    return [(m.surface, m.value.id) for m in extractor.industries.find(text, boundaries)]


def test_coordinated_terms_yield_both_concepts(extractor) -> None:
    # seed (四)
    text = "积极支持有条件的城市加大高端新材料、节能环保、新能源及新能源汽车等新兴产业布局。"
    found = industry_ids(extractor, text)
    assert ("新能源", "industry/new-energy") in found
    assert ("新能源汽车", "industry/new-energy-vehicles") in found
    assert ("高端新材料", "industry/new-materials") in found


def test_industry_suffixes_fold_onto_the_stem(extractor) -> None:
    assert industry_ids(extractor, "加快发展装备制造业和物流产业。") == [
        ("装备制造业", "industry/equipment-manufacturing"), ("物流产业", "industry/logistics")]


def test_no_term_across_a_word_boundary(extractor) -> None:
    text = "推动国家电网加快建设特高压输电通道，畅通汽车、纺织、家电等产业生产。"
    found = industry_ids(extractor, text)
    assert [s for s, _ in found].count("家电") == 1
    [appliances] = [m for m in extractor.industries.find(text, extractor.segmenter.boundaries(text))
                    if m.surface == "家电"]
    assert appliances.start == text.index("、家电") + 1


def test_matcher_alone_would_find_the_term_inside_a_word(extractor) -> None:
    text = "推动国家电网加快建设。"
    matcher = TermMatcher(surface_index(industries()))
    assert "家电" in [m.surface for m in matcher.find(text)]
    assert "家电" not in [m.surface for m in matcher.find(text, extractor.segmenter.boundaries(text))]


def test_boundaries_include_both_ends(extractor) -> None:
    text = "支持沈阳机器人"
    boundaries = extractor.segmenter.boundaries(text)
    assert {0, len(text)} <= boundaries
    assert {text.index("沈阳"), text.index("机器人")} <= boundaries


def test_matcher_is_leftmost_longest_and_spans_slice() -> None:
    matcher = TermMatcher({"新能源": "a", "新能源汽车": "b", "汽车": "c"})
    text = "新能源汽车和汽车"
    found = matcher.find(text)
    assert [(m.surface, m.value) for m in found] == [("新能源汽车", "b"), ("汽车", "c")]
    assert all(text[m.start:m.end] == m.surface for m in found)


def test_empty_matcher_and_empty_text() -> None:
    assert TermMatcher({}).find("新能源") == []
    assert TermMatcher({"新能源": 1}).find("") == []


def test_segmenter_words_are_plain_tokens() -> None:
    words = IndustryFinder().words()
    assert "新能源汽车" in words and "装备制造业" in words
    assert all(w and not any(ch in w for ch in " 、，()（）") for w in words)


def in_phrase(extractor, text: str) -> list[tuple[str, str]]:
    found = extractor.industries.in_phrase(text, 0, len(text), extractor.segmenter.boundaries(text))
    return [(m.surface, m.value.name) for m in found]


def test_phrase_splits_coordination_and_juxtaposition(extractor) -> None:
    assert [s for s, _ in in_phrase(extractor, "现代煤化工、冰雪经济和林下经济")] == ["现代煤化工", "冰雪经济", "林下经济"]
    assert [s for s, _ in in_phrase(extractor, "风电光伏发电")] == ["风电", "光伏发电"]
    # a concept before a head word (金融, 物流) qualifies it: one industry, a kind of the head's
    assert [s for s, _ in in_phrase(extractor, "养老金融、商贸物流")] == ["养老金融", "商贸物流"]
    assert extractor.industries.broader_of("养老金融").id == "industry/finance"
    assert [s for s, _ in in_phrase(extractor, "钢铁、有色等产业")] == ["钢铁", "有色"]
    # lists each closed by its class and joined: read one by one
    assert [s for s, _ in in_phrase(extractor, "生物医药等战略性新兴产业和科技、文化旅游等现代服务业")] == [
        "生物医药", "科技", "文化旅游"]


def test_a_modified_class_after_deng_declares_the_list(extractor) -> None:
    # a class of industries after 等 (not only a bare 产业) makes each short item an industry
    assert [s for s, _ in in_phrase(extractor, "茶叶精制、竹木编织等山区特色产业")] == ["茶叶精制", "竹木编织"]
    assert [s for s, _ in in_phrase(extractor, "期货经纪、资产托管等金融业态")] == ["期货经纪", "资产托管"]
    assert in_phrase(extractor, "茶叶精制、竹木编织等为了发展的产业") == []  # a clause after 等, no class
    # a field (领域) after 等, modified or not, declares the list too
    assert [s for s, _ in in_phrase(extractor, "数字服务、文化服务等服务贸易新领域")] == ["数字服务", "文化服务"]
    assert [s for s, _ in in_phrase(extractor, "私人银行、券商直投等金融业务")] == ["私人银行", "券商直投"]  # lines of business


def test_phrase_mints_industries_by_form_only(extractor) -> None:
    [(surface, name)] = in_phrase(extractor, "特色林果产业")
    assert surface == name == "特色林果产业"
    assert in_phrase(extractor, "制造业") == [] and in_phrase(extractor, "新兴产业") == []
    assert in_phrase(extractor, "民营经济") == [] and in_phrase(extractor, "就业") == []
    assert in_phrase(extractor, "国家级新能源") == []
    # where or how an activity is done is no industry's name (禁止在…水域从事…, 产业布局和…)
    assert in_phrase(extractor, "天然水域投肥投饵养殖") == [] and in_phrase(extractor, "岸线从事文化旅游") == []
    assert in_phrase(extractor, "港口型国家物流") == []  # the state's designation (国家物流枢纽), not a kind of logistics


def test_minted_concepts_are_stable_and_take_the_nearest_broader(extractor) -> None:
    from kg.extract.industries import minted_industry
    assert minted_industry("冰川旅游", None).id == minted_industry("冰川旅游", None).id
    assert extractor.industries.broader_of("冰川旅游").id == "industry/tourism"
    assert extractor.industries.broader_of("海洋生物医药").id == "industry/biomedicine"


def test_term_at_reads_the_longest_industry_opening_there(extractor) -> None:
    text = "推动成都航空物流加快发展"
    boundaries = extractor.segmenter.boundaries(text)
    [term] = extractor.industries.term_at(text, text.index("航空"), len(text), boundaries)
    assert (term.surface, term.value.broader) == ("航空物流", "industry/logistics")
    assert extractor.industries.term_at(text, text.index("加快"), len(text), boundaries) == []


def test_widest_ending_takes_the_modifiers_up_to_a_proper_name(extractor) -> None:
    text = "云南西双版纳国际医疗旅游先行区"
    boundaries = extractor.segmenter.boundaries(text)
    [term] = extractor.industries.widest_ending(text, 0, text.index("先行区"), boundaries)
    assert term.surface == "国际医疗旅游"


def test_planting_breeding_and_processing_are_heads(extractor) -> None:
    assert [s for s, _ in in_phrase(extractor, "寒地水稻种植、生猪养殖和农副产品加工")] == ["寒地水稻种植", "生猪养殖", "农副产品加工"]
    assert extractor.industries.broader_of("寒地水稻种植") is not None
    assert in_phrase(extractor, "金融同业") == []


def test_sectors_of_the_marine_economy_are_scheme_concepts(extractor) -> None:
    found = extractor.industries.in_phrase("海洋能源、海洋生物、海水淡化等蓝色产业", 0, 19)
    assert [m.value.id for m in found] == ["industry/marine-power", "industry/marine-bio-industry",
                                           "industry/seawater-utilisation"]


def test_a_list_closed_by_deng_and_a_qualified_noun_ends_at_the_deng() -> None:
    finder = IndustryFinder()
    text = "冰雪旅游、工业旅游等具有核心竞争力的旅游产品"
    assert [m.surface for m in finder.in_phrase(text, 0, len(text))] == ["冰雪旅游", "工业旅游"]
    assert [m.surface for m in finder.in_phrase("高等教育", 0, 4)] == []  # 等 inside a word, no list


def test_a_class_after_a_list_is_no_department_nor_park() -> None:
    # 082: …、税务等部门在产业园区内: departments, and a park, not a class of industries
    assert re.search(CLASS_AFTER_LIST, "新能源汽车、生物医药等战略性新兴产业")
    assert not re.search(CLASS_AFTER_LIST, "协调海事、税务等部门在产业园区内的行政管理工作")
    assert not re.search(CLASS_AFTER_LIST, "建设生物医药等产业园")


def test_a_verb_of_support_opens_no_industry_name(run) -> None:
    # constructed: 扶持 is a trigger, as 支持, and no modifier of the industry it supports
    _, extraction = run("宁海县旅游条例\n\n第一条 宁海县人民政府在政策、资金等方面鼓励和扶持旅游业的发展。\n")
    assert [c.industry.name for c in extraction.clusters] == ["旅游业"]


def test_an_item_jieba_tags_as_an_organisations_name_is_an_industry_of_a_declared_list(extractor) -> None:
    # constructed: 民用航空 is one jieba word tagged nt; in a list closed by 等…产业 it is an industry
    text = "推进集成电路、民用航空、氢能等前沿产业发展"
    reader = extractor.industries.reader(text, extractor.segmenter.boundaries(text))
    assert [m.surface for m in reader.in_phrase(2, len(text) - 2)] == ["集成电路", "民用航空", "氢能"]
