"""Counting: weighted counts, micro totals over documents and macro means over defined categories."""

from __future__ import annotations

import pytest

from kg.evaluate.counts import CategoryScore, compare, macro, merge


def test_weighted_counts_add_up_in_the_micro_total():
    a = {"shared": CategoryScore(2 / 3, ["x"], ["y", "z"], fp=1, fn=4 / 3)}
    b = {"shared": compare(["p"], ["p", "q"])}
    total = merge([("a", a), ("b", b)])["shared"]
    assert (total.tp, total.fp, total.fn) == (pytest.approx(5 / 3), 2, pytest.approx(4 / 3))
    assert total.false_positives == ["a: x", "b: q"]


def test_macro_is_the_mean_of_defined_per_text_f1():
    perfect = {"places": compare(["a"], ["a"]), "roles": compare([], [])}
    half = {"places": compare(["a", "b"], ["a"]), "roles": compare(["r"], [])}
    v1 = {"places": compare(["a"], ["b"])}
    result = macro([perfect, half, v1])
    assert result["places"] == pytest.approx((1 + 2 / 3 + 0) / 3)
    assert result["roles"] == 0.0  # undefined where empty, not annotated in the version-1 text
    assert "header" not in result


def test_macro_of_a_category_defined_nowhere_is_none():
    assert macro([{"roles": compare([], [])}]) == {"roles": None}
