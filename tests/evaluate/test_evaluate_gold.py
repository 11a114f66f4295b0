"""Malformed gold files are refused with one readable InputError naming the file."""

from __future__ import annotations

import copy
import json
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


def _broken(path: tuple, value, base: dict = GOOD):
    """A copy of ``base`` with the value at ``path`` replaced (or removed, for ``KeyError``)."""
    data = copy.deepcopy(base)
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


GOOD_V2 = json.loads((Path(__file__).parent / "data" / "tiny_gold_v2.json").read_text(encoding="utf-8"))


def test_version_2_derives_place_measure_and_shared_from_measures():
    gold = parse_gold(GOOD_V2, Path("/g/v2.json"))
    assert gold.version == 2 and len(gold.measures) == 3
    assert gold.measures[0].roles == (("商务部", "responsible"),)
    assert gold.place_measure == {("沈阳市", "二/（四）"), ("洛阳市", "二/（四）"), ("株洲市", "二/（四）"),
                                  ("浙江省", "二/（五）")}
    assert len(gold.shared) == 3
    assert gold.header.issuers == ("国务院",) and gold.header.date == "2018-11-07"
    assert parse_gold(GOOD, Path("/g/x.json")).version == 1


def test_version_2_place_kinds_and_historical_places():
    data = copy.deepcopy(GOOD_V2)
    data["places"] += [{"name": "俄罗斯", "kind": "country"}, {"name": "东盟", "kind": "foreign_region"},
                       {"name": "祁连山", "kind": "natural"}, {"name": "两江新区", "kind": "area"},
                       {"name": "巢湖地区", "kind": "region", "historical": True}]
    gold = parse_gold(data, Path("/g/v2.json"))
    assert [p.historical for p in gold.places][-2:] == [False, True]


def _broken_v2(path: tuple, value):
    return _broken(path, value, GOOD_V2)


@pytest.mark.parametrize(("path", "value", "expected"), [
    (("version",), 3, '"version" must be 1 or 2'),
    (("version",), KeyError, '"measures" needs "version": 2'),
    (("place_measure",), [], 'derives "place_measure" and "shared" from "measures"'),
    (("measures", 0, "anchor"), "支持沈阳", None),
    (("measures", 0, "anchor"), "支持", "has 2 characters, not 4 to 20"),
    (("measures", 0, "anchor"), "支持沈阳机器人、洛阳农机装备、株洲先进轨道交通装备", "not 4 to 20"),
    (("measures", 0, "provision"), KeyError, "measures[0] lacks provision"),
    (("measures", 0, "targets"), ["沈阳市", "沈阳市"], "lists a place twice"),
    (("measures", 0, "targets"), ["大连市"], "measures[0].targets[0] names '大连市', which is not in \"places\""),
    (("measures", 0, "roles", 0, "role"), "leads", "role 'leads' is not one of funds, responsible"),
    (("measures", 0, "roles", 0, "actor"), "财政部", "names '财政部', which is not in \"actors\""),
    (("measures", 0, "when"), 1, "measures[0] has unknown key(s) when"),
    (("measures", 1, "anchor"), "支持沈阳机器人、洛阳农机装备", None),
    (("measures", 1), {"provision": "二/(四)", "anchor": "支持沈阳机器人、 洛阳农机装备"}, "is not unique in provision"),
    (("header", "date"), "2018年11月7日", "header.date must be YYYY-MM-DD"),
    (("header", "issuers"), ["国务院办公厅"], "header.issuers[0] names '国务院办公厅'"),
    (("header", "signed"), "x", '"header" has unknown key(s) signed'),
    (("actors", 0, "kind"), "ministry", "kind 'ministry' is not one of association"),
    (("places", 0, "historical"), True, "a historical place without a single successor has no code"),
    (("places", 0, "historical"), "yes", "historical must be true or false"),
])
def test_version_2_errors_name_the_file_and_the_problem(path, value, expected):
    data = _broken_v2(path, value)
    if expected is None:  # a valid variation
        parse_gold(data, Path("gold/v2.json"))
        return
    with pytest.raises(InputError) as info:
        parse_gold(data, Path("gold/v2.json"))
    assert expected in str(info.value)
    assert str(info.value).startswith("gold/v2.json: invalid gold file")


def test_version_1_files_take_no_version_2_keys():
    with pytest.raises(InputError, match="unknown key"):
        parse_gold({**GOOD, "header": {}}, Path("gold/bad.json"))
    with pytest.raises(InputError, match="unknown key"):
        parse_gold(_broken(("actors", 0), {"name": "国家开发银行", "kind": "financial"}), Path("gold/bad.json"))
