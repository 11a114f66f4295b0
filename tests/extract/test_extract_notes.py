"""Bracketed responsibility and scope notes (kg.extract.notes) and how they reach an article's measures."""

from __future__ import annotations

from kg.extract.notes import find_notes, is_actor_list


def values(text: str) -> list[tuple[list[str], list[str]]]:
    return [([text[s.start:s.end] for s in note.responsible], [text[s.start:s.end] for s in note.scope])
            for note in find_notes(text, 0, len(text))]


def test_responsible_and_scope_after_a_comma() -> None:
    # 国发〔2018〕38号 (十六)
    text = "加强顶层设计。（负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区）"
    assert values(text) == [(["发展改革委、粮食和储备局"], ["浙江自贸试验区"])]


def test_scope_after_a_semicolon_keeps_its_own_commas() -> None:
    # 国发〔2018〕38号 (一)
    text = ("（负责部门：人力资源社会保障部、住房城乡建设部、商务部；适用范围：所有自贸试验区，"
            "以下除标注适用于特定自贸试验区的措施外，适用范围均为所有自贸试验区）")
    [(responsible, scope)] = values(text)
    assert responsible == ["人力资源社会保障部、住房城乡建设部、商务部"]
    assert scope[0].startswith("所有自贸试验区，以下除标注")
    assert not any("负责部门" in s for s in scope)


def test_responsible_only_and_ascii_brackets() -> None:
    assert values("（负责部门：住房城乡建设部）") == [(["住房城乡建设部"], [])]
    assert values("(牵头单位:海关总署)") == [(["海关总署"], [])]


def test_cooperating_bodies_are_kept_apart() -> None:
    [note] = find_notes("（牵头单位：商务部；配合单位：海关总署、税务总局）", 0, 30)
    text = "（牵头单位：商务部；配合单位：海关总署、税务总局）"
    assert [text[s.start:s.end] for s in note.responsible] == ["商务部"]
    assert [text[s.start:s.end] for s in note.cooperating] == ["海关总署、税务总局"]


def test_other_brackets_are_not_notes() -> None:
    assert values("建设自由贸易试验区（以下简称自贸试验区）是党中央、国务院的战略举措。") == []


def test_search_window_is_respected() -> None:
    text = "（一）放宽限制。（负责部门：商务部）（二）支持试点。（负责部门：海关总署）"
    second = text.index("（二）")
    spans = find_notes(text, second, len(text))
    assert [text[s.start:s.end] for n in spans for s in n.responsible] == ["海关总署"]


def test_note_bodies_and_scope_apply_to_every_measure_of_the_article(notes_doc) -> None:
    _, extraction = notes_doc
    measures = [m for m in extraction.measures if m.provision.number == "（十六）"]
    assert measures
    for measure in measures:
        assert [(r.actor.id, r.role) for r in measure.roles][:2] == [("actor/ndrc", "responsible"),
                                                                      ("actor/nlsa", "responsible")]
        assert [p.name for p in measure.targets] == ["浙江自贸试验区"]


def test_note_does_not_leak_into_other_articles(notes_doc) -> None:
    _, extraction = notes_doc
    by_article = {m.provision.number: m for m in extraction.measures}
    assert {r.actor.id for r in by_article["（二）"].roles} == {"actor/mnr"}
    assert by_article["（二）"].targets == []
    assert all(r.actor.id != "actor/nlsa" for m in extraction.measures if m.provision.number != "（十六）"
               for r in m.roles)


def test_a_note_sentence_is_not_a_measure(notes_doc) -> None:
    # （负责部门：住房城乡建设部） once became a measure led by 建设, found inside the agency's name.
    structure, extraction = notes_doc
    texts = [structure.text[m.span.start:m.span.end] for m in extraction.measures]
    assert texts and not [t for t in texts if t.startswith("（负责部门")]


def tag_roles(text: str) -> list[tuple[list[str], list[str], list[str]]]:
    return [tuple([text[s.start:s.end] for s in spans] for spans in (note.responsible, note.cooperating, note.guiding))
            for note in find_notes(text, 0, len(text)) if note.tag]


def test_responsibility_tags_give_each_group_the_role_of_its_word() -> None:
    # 国发〔2018〕39号 (四), and the usual forms of the State Council's tags
    assert tag_roles("（人力资源社会保障部、科技部、财政部，各省级人民政府按职责分工负责）") == [
        (["人力资源社会保障部、科技部、财政部，各省级人民政府"], [], [])]
    assert tag_roles("（教育部牵头，人力资源社会保障部、财政部等参与）") == [
        (["教育部"], ["人力资源社会保障部、财政部等"], [])]
    assert tag_roles("（商务部会同海关总署、税务总局负责）") == [(["商务部"], ["海关总署、税务总局"], [])]
    assert tag_roles("（发展改革委、财政部指导，各省级人民政府负责）") == [
        (["各省级人民政府"], [], ["发展改革委、财政部"])]


def test_a_tag_may_say_which_body_leads() -> None:
    # 国发〔2018〕39号 (一)
    assert tag_roles("（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）") == [
        (["人力资源社会保障部、财政部"], [], [])]


def test_labelled_notes_and_other_brackets_are_no_tags() -> None:
    assert tag_roles("（负责部门：发展改革委，适用范围：浙江自贸试验区）") == []
    assert tag_roles("实行统一管理（具体办法由财政部负责制定）。") == []


def test_bodies_of_a_tag_must_be_actors_separators_or_generic_bodies() -> None:
    # corpus page govcn-2019/003: a remark, not a tag
    text = "（技工院校内由人力资源社会保障行政部门负责）"
    [note] = find_notes(text, 0, len(text))
    assert not is_actor_list(text, note.responsible, [(text.index("人力"), text.index("负责"))])
    text = "（财政部、人力资源社会保障部、民政部等有关部门和单位按职责分工负责）"
    [note] = find_notes(text, 0, len(text))
    names = [(text.index(n), text.index(n) + len(n)) for n in ("财政部", "人力资源社会保障部", "民政部")]
    assert is_actor_list(text, note.responsible, names)
    assert not is_actor_list(text, note.responsible, names[:2])


HEAD = ("国务院关于做好当前和今后一个时期促进就业工作的若干意见\n国发〔2018〕39号\n"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n一、及时开展下岗失业人员帮扶\n")
# Items (八) and (十一) of 国发〔2018〕39号, numbered as the first two of the chapter.
TAGGED = (HEAD + "（一）放宽技术技能提升补贴申领条件。2019年1月1日至2020年12月31日，将技术技能提升补贴申领条件由"
          "企业在职职工参加失业保险3年以上放宽至参保1年以上。（人力资源社会保障部、财政部负责）\n"
          "（二）保障困难群众基本生活。对符合最低生活保障条件的家庭，及时纳入最低生活保障范围。"
          "（财政部、人力资源社会保障部、民政部等有关部门和单位按职责分工负责）\n")


def test_a_tag_after_the_full_stop_governs_every_measure_of_its_item(run) -> None:
    structure, extraction = run(TAGGED)
    by_item: dict[str, set[tuple[str, str]]] = {}
    for measure in extraction.measures:
        by_item.setdefault(measure.provision.number, set()).update((r.actor.name, r.role) for r in measure.roles)
    assert by_item["（一）"] == {("人力资源和社会保障部", "responsible"), ("财政部", "responsible")}
    assert by_item["（二）"] == {("财政部", "responsible"), ("人力资源和社会保障部", "responsible"),
                                  ("民政部", "responsible")}
    texts = [structure.text[m.span.start:m.span.end] for m in extraction.measures]
    assert not [t for t in texts if t.startswith("（人力") or t.startswith("（财政")]


def test_a_tag_before_the_full_stop_governs_only_its_sentence(run) -> None:
    # 国发〔2018〕39号 (十), the tag moved inside the first sentence
    structure, extraction = run(HEAD + "（一）落实失业保险待遇。对符合条件的失业人员，由失业保险基金发放失业保险金"
                                "（人力资源社会保障部负责）。及时纳入最低生活保障范围。\n")
    tagged = [m for m in extraction.measures if "发放" in structure.text[m.span.start:m.span.end]]
    other = [m for m in extraction.measures if "纳入" in structure.text[m.span.start:m.span.end]]
    assert tagged and other
    assert all(("人力资源和社会保障部", "responsible") in {(r.actor.name, r.role) for r in m.roles} for m in tagged)
    assert not [r for m in other for r in m.roles]


def test_a_tag_closing_the_heading_governs_the_whole_item(run) -> None:
    # 国发〔2018〕39号 (十一), the tag moved to the end of the item's heading
    structure, extraction = run(HEAD + "（一）保障困难群众基本生活（民政部负责）\n对符合最低生活保障条件的家庭，"
                                "及时纳入最低生活保障范围。对符合临时救助条件的，给予临时救助。\n")
    assert len(extraction.measures) >= 2
    assert all(("民政部", "responsible") in {(r.actor.name, r.role) for r in m.roles} for m in extraction.measures)


def test_a_tag_closing_an_item_without_a_trigger_verb_makes_its_text_a_measure(run) -> None:
    # constructed: no trigger verb in the item's text (剔除, 便利 are none)
    structure, extraction = run(HEAD + "（一）促进内销便利。将重点产品从自动进口许可证管理货物目录中剔除，便利企业内销。"
                                "（商务部、海关总署负责）\n")
    tagged = [m for m in extraction.measures if "剔除" in structure.text[m.span.start:m.span.end]]
    assert len(tagged) == 1 and tagged[0].trigger == ""
    assert {(r.actor.name, r.role) for r in tagged[0].roles} == {("商务部", "responsible"), ("海关总署", "responsible")}
    assert not [m for m in extraction.measures if structure.text[m.span.start:m.span.end].startswith("（商务部")]
