"""Role columns of annexed tables (kg.extract.tables); the excerpt is the table of 国办发〔2018〕126号."""

from __future__ import annotations

from kg.extract.tables import role_cells

TABLE = ("附件\n第二批支持创新相关改革举措推广清单\n序号\n改革举措\n主要内容\n指导部门\n推广范围\n"
         "一、知识产权保护方面（共5项）\n1\n知识产权民事、刑事、行政案件“三合一”审判\n"
         "整合分散的审判资源，实行知识产权民事、刑事、行政案件审判“三合一”，提高审判效率。\n"
         "最高人民法院、最高人民检察院、国家知识产权局\n全国\n2\n以降低侵权损失为核心的专利保险机制\n"
         "围绕专利应用和维权，开发专利执行险等保险产品，降低创新主体的侵权损失。\n国家知识产权局、中国银保监会\n全国\n"
         "国务院办公厅\n")


def test_cells_of_the_role_column_row_by_row() -> None:
    cells = role_cells(TABLE)
    assert [(TABLE[c.cell.start:c.cell.end], c.role) for c in cells] == [
        ("最高人民法院、最高人民检察院、国家知识产权局", "guides"), ("国家知识产权局、中国银保监会", "guides")]
    assert TABLE[cells[0].row.start:cells[0].row.end].startswith("1\n知识产权民事")
    assert TABLE[cells[1].row.start:cells[1].row.end].endswith("中国银保监会\n全国")


def test_a_table_without_a_role_column_gives_nothing() -> None:
    assert role_cells("序号\n城市\n人数\n1\n沈阳\n100\n") == []
    assert role_cells("序号\n牵头单位\n1\n商务部\n") == []  # two columns are no table of measures


def test_role_columns_reach_the_measures_of_their_row(run) -> None:
    _, extraction = run("关于推广改革举措的通知\n各省人民政府：\n现将有关事项通知如下。\n" + TABLE)
    roles = {(r.actor.name, r.role) for m in extraction.measures for r in m.roles}
    assert {("最高人民法院", "guides"), ("最高人民检察院", "guides"), ("国家知识产权局", "guides"),
            ("中国银行保险监督管理委员会", "guides")} <= roles
    assert ("最高人民法院", "responsible") not in roles
