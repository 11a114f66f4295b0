"""Clause splitting and the grouping of clauses into measures (kg.extract.clauses)."""

from __future__ import annotations

from kg.extract.clauses import WordContext, group_measures, split_clauses
from kg.structure import Span


def clauses_of(text: str):
    return split_clauses(text, Span(0, len(text)))


def measures_of(text: str, words: WordContext | None = None) -> list[tuple[str, str]]:
    """(measure text, trigger) pairs of one sentence."""
    found = group_measures(text, clauses_of(text), words or WordContext())
    return [(text[m.span.start:m.span.end], m.trigger) for m in found]


# 国发〔2018〕38号 (十六): comma and colons inside the note's brackets do not split.
NOTE_SENTENCE = "（负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区）"
# 国发〔2018〕38号 (二): a semicolon between two requests.
SEMICOLON_SENTENCE = ("编制下达全国土地利用计划时，考虑自贸试验区的实际情况，合理安排有关省（市）的用地计划；"
                      "有关地方应优先支持自贸试验区建设，促进其健康有序发展。")


def test_commas_split_and_enumeration_commas_do_not() -> None:
    text = "推进制造业智能化改造,支持在冶金、石化、汽车、家电等重点领域建设一批智能制造标杆工厂。"
    assert [c.text for c in clauses_of(text)] == ["推进制造业智能化改造", "支持在冶金、石化、汽车、家电等重点领域建设一批智能制造标杆工厂"]


def test_clause_spans_slice_to_their_text_and_exclude_punctuation() -> None:
    text = "立足转型需求,加快节能环保产业发展，支持自贡、湘潭等城市打造新材料及环保装备制造基地。"
    found = clauses_of(text)
    assert [text[c.span.start:c.span.end] for c in found] == [c.text for c in found]
    assert not any(c.text[-1] in ",，。" for c in found)
    assert len(found) == 3


def test_no_split_inside_brackets() -> None:
    assert [c.text for c in clauses_of(NOTE_SENTENCE)] == [NOTE_SENTENCE]


def test_no_split_inside_quotes() -> None:
    text = "支持示范区城市按照“先存量，后增量”的原则,探索增加混合产业用地供给。"
    assert [c.text for c in clauses_of(text)] == ["支持示范区城市按照“先存量，后增量”的原则", "探索增加混合产业用地供给"]


def test_unbalanced_closing_bracket_does_not_stop_splitting() -> None:
    text = "支持城市（郊)列车）发展,推动融合。"
    assert [c.text for c in clauses_of(text)] == ["支持城市（郊)列车）发展", "推动融合"]


def test_semicolon_marks_the_following_clause() -> None:
    found = clauses_of(SEMICOLON_SENTENCE)
    assert [c.after_break for c in found] == [False, False, False, True, False]
    assert found[3].text == "有关地方应优先支持自贸试验区建设"


def test_clauses_keep_sentence_offsets() -> None:
    prefix = "前文。"
    text = prefix + "推动沈阳、长株潭等都市圈产业协作,促进淄博、黄石等城市与省会城市融合发展。"
    found = split_clauses(text, Span(len(prefix), len(text)))
    assert found[0].span.start == len(prefix)
    assert [text[c.span.start:c.span.end] for c in found] == [c.text for c in found]


def test_trigger_at_clause_start_opens_a_measure() -> None:
    text = ("推进制造业智能化改造,支持在冶金、石化、汽车、家电等重点领域建设一批智能制造标杆工厂,"
            "支持沈阳机器人、洛阳农机装备、株洲先进轨道交通装备等国家制造业创新中心建设。")
    assert [t for _, t in measures_of(text)] == ["推进", "支持", "支持"]


def test_lead_adverbs_before_the_trigger_still_open() -> None:
    text = "稳妥有序推进煤炭减量替代,统筹煤电发展和保供调峰,保障能源供应安全。"
    found = group_measures(text, clauses_of(text))
    assert [m.trigger for m in found] == ["推进", "统筹", "保障"]
    assert text[found[0].trigger_at:].startswith("推进")


def test_clause_without_opening_trigger_continues_the_measure() -> None:
    # seed (四): 明确…定位 holds 发展 inside but does not open with a trigger.
    text = "支持示范区城市发挥比较优势,明确产业发展差异化定位,培育壮大市场主体,推动制造业集群化发展。"
    assert measures_of(text) == [
        ("支持示范区城市发挥比较优势,明确产业发展差异化定位", "支持"),
        ("培育壮大市场主体", "培育"),
        ("推动制造业集群化发展", "推动"),
    ]


def test_prefix_clauses_join_the_next_measure() -> None:
    text = "立足转型需求,加快节能环保产业发展,支持自贡、湘潭、萍乡、平顶山等城市打造新材料及环保装备制造基地。"
    found = measures_of(text)
    assert found[0] == ("立足转型需求,加快节能环保产业发展", "加快")
    assert found[1][0].startswith("支持自贡")


def test_actor_led_clause_opens_a_measure() -> None:
    text = "鼓励依托龙头企业培育发展上下游链属企业,国家开发银行对重点链属企业给予倾斜支持。"
    subject = text.index("国家开发银行")
    with_subject = group_measures(text, clauses_of(text), WordContext(subjects=frozenset({subject})))
    assert [(m.span.start, m.trigger) for m in with_subject] == [(0, "鼓励"), (subject, "给予")]
    assert with_subject[1].trigger_at == text.index("给予")
    without = group_measures(text, clauses_of(text))
    assert len(without) == 1  # without the actor, the clause only continues 鼓励…


def test_semicolon_ends_the_open_measure() -> None:
    found = measures_of(SEMICOLON_SENTENCE)
    assert [t for _, t in found] == ["安排", "优先支持", "促进"]
    assert found[0][0] == "编制下达全国土地利用计划时，考虑自贸试验区的实际情况，合理安排有关省（市）的用地计划"
    assert all("；" not in m for m, _ in found)


def test_continuation_after_semicolon_is_not_joined_backwards() -> None:
    text = "加快建设新能源发电和装备制造基地；具备条件的园区全部实施循环化改造。"
    found = measures_of(text)
    assert found[0][0] == "加快建设新能源发电和装备制造基地"
    assert [t for _, t in found] == ["加快", "实施"]


def test_sentence_without_triggers_has_no_measure() -> None:
    # 国办函〔2004〕25号 (corpus 048.html)
    assert measures_of("这四条河流属于长江支流。") == []


def test_trigger_inside_a_name_is_no_verb() -> None:
    text = "住房城乡建设部主管。"
    name = Span(0, text.index("主管"))
    assert measures_of(text) == [("住房城乡建设部主管", "建设")]  # without word knowledge
    assert measures_of(text, WordContext(names=(name,))) == []


def test_trigger_must_sit_on_word_boundaries() -> None:
    text = "充分利用国际金融组织贷款支持产业转型升级示范区建设。"
    organisation = text.index("组织")
    cut = frozenset(range(len(text) + 1)) - {organisation, organisation + 2}
    assert measures_of(text, WordContext(boundaries=cut))[0][1] == "支持"


def test_extractor_does_not_take_verbs_from_inside_nouns(run) -> None:
    # seed (十四): 组织 in 国际金融组织 is no verb
    _, extraction = run("充分利用国际金融组织贷款支持产业转型升级示范区建设。")
    assert [m.trigger for m in extraction.measures] == ["支持"]


def test_a_trigger_opening_a_compound_of_verbs_or_a_set_phrase_is_a_verb(run) -> None:
    # constructed: jieba keeps 建立健全 and 深化改革 whole; 建设项目 is a noun
    def triggers(text: str) -> list[str]:
        return [m.trigger for m in run(text)[1].measures]
    assert triggers("市人民政府应当建立健全应急联动机制。") == ["建立"]
    assert triggers("各地要深化改革。") == ["深化"]
    assert triggers("建设项目应当依法审批。") == []


def test_a_trigger_that_modifies_a_noun_of_bodies_is_no_verb() -> None:
    assert measures_of("（负责部门：海关总署）") == [] and measures_of("（牵头单位：商务部）") == []
    assert [t for _, t in measures_of("财政部负责组织实施。")] == ["负责"]


def test_drawing_up_is_a_trigger_and_a_state_of_affairs_is_no_verb() -> None:
    # 国办函〔2004〕25号 一/（二） (corpus 048.html): 编制…规划 is what the reply commits to; 投资情况 names
    # the state of investment, no measure of its own
    text = "水利部正在编制长江支流治理规划，在规划完成后，再根据规划和国家投资情况，统筹安排。"
    words = WordContext(subjects=frozenset({0}))
    assert [trigger for _, trigger in measures_of(text, words)] == ["编制", "统筹"]


def test_a_frame_of_time_is_no_measure_of_its_own() -> None:
    # 国办函〔2004〕25号 三 (corpus 048.html)
    assert [t for _, t in measures_of("将在编制国家“十一五”规划中，统筹考虑你省的要求。")] == ["统筹"]


def test_the_acts_of_a_regulator_are_triggers() -> None:
    # 专利代理条例 第二十四条 (corpus 058.html): an order, a revocation and a rule to be drawn up are measures
    assert [t for _, t in measures_of("由国务院专利行政部门责令限期整改。")] == ["责令"]
    assert [t for _, t in measures_of("逾期未改正的，撤销执业许可证。")] == ["撤销"]
    assert [t for _, t in measures_of("具体办法由国务院专利行政部门另行制定。")] == ["制定"]


def test_a_trigger_after_received_names_a_sanction_not_an_act() -> None:
    # 国办发〔2004〕7号 (corpus 049.html): 受到撤销…处分 reports a sanction received
    assert measures_of("对事故负有主要责任的党支部书记受到撤销党内职务、留党察看处分。") == []


def test_a_trigger_inside_the_object_of_dui_is_no_verb() -> None:
    # 专利代理条例 第六条 (corpus 058.html): 组织 belongs to the noun 行业组织 that 对 governs
    assert [t for _, t in measures_of("国务院专利行政部门依法对专利代理行业组织进行监督、指导。")] == ["监督"]
