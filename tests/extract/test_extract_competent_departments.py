"""National bodies named by their field (kg.extract.competent_departments,
kg/data/actors/competent_departments.tsv)."""

from __future__ import annotations

import pytest

from kg.extract.competent_departments import competent_departments, field_bodies
from kg.extract.lexicon import actors


def _named(text: str, year: int | None) -> list[tuple[str, str]]:
    return [(m.surface, m.value.name) for m in competent_departments(text, year)]


@pytest.mark.parametrize(("text", "year", "expected"), [
    ("由国务院税务主管部门制定。", 2018, [("国务院税务主管部门", "国家税务总局")]),
    ("国务院专利行政部门应当依法审查。", 2018, [("国务院专利行政部门", "国家知识产权局")]),
    ("本预案由国务院法制机构负责解释。", 2004, [("国务院法制机构", "国务院法制办公室")]),
    ("报国家药品监督管理部门备案。", 2018, [("国家药品监督管理部门", "国家药品监督管理局")]),
])
def test_a_field_names_its_national_body(text: str, year: int, expected: list[tuple[str, str]]) -> None:
    assert _named(text, year) == expected


def test_a_list_of_fields_names_one_body_each_on_its_own_span() -> None:
    assert _named("除国务院财政、税务主管部门另有规定外", 2019) == [
        ("国务院财政", "财政部"), ("税务主管部门", "国家税务总局")]


@pytest.mark.parametrize(("year", "body"), [
    (2005, "卫生部"), (2015, "国家卫生和计划生育委员会"), (2020, "国家卫生健康委员会"), (None, "国家卫生健康委员会")])
def test_the_documents_year_chooses_the_body_of_its_period(year: int | None, body: str) -> None:
    assert _named("国务院卫生主管部门制定", year) == [("国务院卫生主管部门", body)]


def test_a_field_without_a_body_in_that_year_names_none() -> None:
    assert _named("国务院广播电视行政部门", 1990) == []


@pytest.mark.parametrize("text", ["国务院有关部门", "国务院各部门", "国务院其他有关主管部门", "国家财政部门",
                                  "省级人民政府教育行政部门"])
def test_generic_departments_and_fields_of_every_level_name_no_body(text: str) -> None:
    assert _named(text, 2019) == []


def test_every_row_names_a_known_body_with_ordered_years() -> None:
    known = {a.id for a in actors()}
    for field, bodies in field_bodies().items():
        for body in bodies:
            assert body.actor_id in known, (field, body)
            assert body.since is None or body.until is None or body.since <= body.until, (field, body)


def test_the_finder_takes_the_whole_description_not_the_state_council_inside_it(run) -> None:
    _, extraction = run("第六条 具体办法由国务院财政、税务主管部门制定。")
    names = [(m.surface, m.entity.name) for m in extraction.mentions if m.entity.id.startswith("actor/")]
    assert names == [("国务院财政", "财政部"), ("税务主管部门", "国家税务总局")]


def test_a_field_and_head_joined_after_a_construction_of_the_state_council_is_national() -> None:
    # 003: 国务院 governs the second field and head too; a local one joined after it stays unnamed
    assert _named("国务院人力资源社会保障行政部门、教育行政部门在职责范围内，分别负责管理", 2019) == [
        ("国务院人力资源社会保障行政部门", "人力资源和社会保障部"), ("教育行政部门", "教育部")]
    assert _named("国务院教育行政部门和省级人民政府教育行政部门", 2019) == [("国务院教育行政部门", "教育部")]


def test_the_environment_department_before_1998_is_the_state_environmental_protection_bureau(run) -> None:
    _, extraction = run("国务院关于某事的通知\n\n一、国务院环境保护行政主管部门负责监督。\n\n国务院\n1995年8月8日\n")
    assert "国家环境保护局" in [m.entity.name for m in extraction.mentions]


def test_a_list_of_fields_closed_by_deng_names_each_body() -> None:
    assert _named("国务院水行政、环境保护等部门依照法律规定履行职责。", 2011) == [
        ("国务院水行政", "水利部"), ("环境保护等部门", "环境保护部")]
    assert _named("国务院有关部门负责。", 2011) == []
