"""Regression tests for defects found while testing kg/extract (now fixed).

The sentences are idiomatic policy phrasing written for the test (neither pattern occurs in the
shared corpus)."""

from __future__ import annotations


def test_status_as_of_a_year_is_not_a_goal(run) -> None:
    _, extraction = run("截至2018年底，全国已建成国家级经济技术开发区219家。")
    assert extraction.targets == []


def test_last_place_of_an_enumeration_is_no_partner(run) -> None:
    _, extraction = run("支持黑龙江、吉林、辽宁和内蒙古加强交流合作。")
    assert [[p.name for p in m.targets] for m in extraction.measures] == [["黑龙江省", "吉林省", "辽宁省", "内蒙古自治区"]]


def test_listed_park_named_after_an_industry_is_a_cluster(run) -> None:
    # seed (十); the same rule works for 大连长兴岛(西中岛)石化产业基地, whose brackets break the token
    _, extraction = run("推进宁东能源化工基地高质量发展。")
    assert ("宁东能源化工基地", "industry/energy-chemicals") in [(c.place.name, c.industry.id) for c in extraction.clusters]
