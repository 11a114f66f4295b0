"""Malformed gold files are refused with one readable InputError naming the file."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.evaluate.gold import load_gold, parse_gold

GOOD = {
    "document": "texts/seed.txt",
    "places": [{"name": "沈阳市", "code": "210100", "surfaces": ["沈阳"]},
               {"name": "长株潭", "kind": "region", "surfaces": ["长株潭"]}],
    "place_measure": [{"place": "沈阳市", "provision": "三/（六）"}],
    "shared": [["沈阳市", "长株潭"]],
    "place_industry": [{"place": "沈阳市", "industry": "机器人"}],
    "actors": [{"name": "国家开发银行"}],
}


def test_good_gold_parses_into_sets():
    gold = parse_gold(GOOD, Path("/g/x.json"))
    assert gold.document == Path("/g/texts/seed.txt")
    assert gold.place_measure == {("沈阳市", "三/（六）")}
    assert gold.shared == {frozenset({"沈阳市", "长株潭"})}
    assert [p.code for p in gold.places] == ["210100", None]


def _broken(path: tuple, value):
    data = copy.deepcopy(GOOD)
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize(("path", "value", "expected"), [
    (("document",), KeyError, "lacks document"),
    (("places",), {"name": "x"}, '"places" must be a list'),
    (("places", 0, "code"), 210100, "code must be six digits"),
    (("places", 0, "code"), "2101", "code must be six digits"),
    (("places", 1, "kind"), "metropolis", "kind 'metropolis'"),
    (("places", 1, "name"), "沈阳市", "lists '沈阳市' twice"),
    (("place_measure", 0, "place"), "洛阳市", "not in \"places\""),
    (("place_measure", 0, "provision"), "", "must be a non-empty string"),
    (("shared", 0), ["沈阳市", "沈阳市"], "pair of two different place names"),
    (("place_industry", 0), {"place": "沈阳市"}, "lacks industry"),
    (("actors", 0), {"name": "国务院", "code": "1"}, "unknown key(s) code"),
    (("extra",), 1, "unknown key(s) extra"),
])
def test_structural_errors_name_the_file_and_the_problem(path, value, expected):
    with pytest.raises(InputError) as info:
        parse_gold(_broken(path, value), Path("gold/bad.json"))
    assert expected in str(info.value)
    assert str(info.value).startswith("gold/bad.json: invalid gold file")


def test_json_syntax_error_gives_the_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{\n "document": "x.txt",\n "places": [,]\n}\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(bad)
    assert info.value.line == 3
    assert "not valid JSON" in str(info.value)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read gold file"):
        load_gold(tmp_path / "nope.json")
