"""Dated goals (到2025年…) and the years of measures."""

from __future__ import annotations

import pytest

from kg.extract.targets import years_in


def goals(run, text: str) -> list[tuple[int | None, str]]:
    structure, extraction = run(text)
    return [(g.year, structure.text[g.span.start:g.span.end]) for g in extraction.targets]


def test_goal_after_a_comma(run) -> None:
    # 国办发〔2018〕128号 (corpus 007.html)
    assert goals(run, "到2020年，秸秆综合利用率达到85%以上。") == [(2020, "到2020年，秸秆综合利用率达到85%以上")]


def test_goal_with_deadline_inside_a_clause(run) -> None:
    # seed (十)
    text = "促进再生资源产业集聚发展,具备条件的省级以上园区2025年底前全部实施循环化改造。"
    [(year, span_text)] = goals(run, text)
    assert year == 2025
    assert span_text.endswith("2025年底前全部实施循环化改造")
    assert not span_text.startswith("促进")


def test_seed_goals(seed) -> None:
    structure, extraction = seed
    found = {(g.provision.number, g.year) for g in extraction.targets}
    assert ("（二）", 2025) in found and ("（十）", 2025) in found
    [second] = [g for g in extraction.targets if g.provision.number == "（二）"]
    assert structure.text[second.span.start:].startswith("到2025年")
    assert all(g.span.start >= g.provision.span.start and g.span.end <= g.provision.span.end for g in extraction.targets)


def test_goal_ordinals_count_within_a_provision(run) -> None:
    _, extraction = run("到2019年底，市场监管部门完成双随机抽查全流程整合。到2020年底，实现市场监管领域相关部门监管全覆盖。")
    assert [(g.ordinal, g.year) for g in extraction.targets] == [(1, 2019), (2, 2020)]


@pytest.mark.parametrize(
    "text",
    [
        "2021年11月19日",
        "国务院办公厅已于2017年印发通知予以推广。",  # 国办发〔2018〕126号: a past year is no goal
        "2004年3月24日，湖北省人民政府报送了请示。",  # 国办函〔2004〕80号
        "到2025年。",
    ],
)
def test_not_goals(run, text: str) -> None:
    assert goals(run, text) == []


def test_years_in_order_without_repeats() -> None:
    assert years_in("到2020年底，2019年和2020 年的数据，2025年。") == [2020, 2019, 2025]
    assert years_in("第12020年号、20250个") == []


def test_measure_years(run) -> None:
    _, extraction = run("推动5G网络规模化部署,争取至2025年覆盖所有示范区城市。")
    assert [(m.trigger, m.years) for m in extraction.measures] == [("推动", []), ("争取", [2025])]
