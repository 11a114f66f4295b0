"""Bracketed responsibility and scope notes (kg.extract.notes) and how they reach an article's measures."""

from __future__ import annotations

from kg.extract.notes import find_notes


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
