"""The shipped gazetteer: divisions, short forms, hierarchy, regions, zones, data errors."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.errors import InputError
from kg.link import Gazetteer, park_id
from kg.link.rules import Rules
from kg.resources import data_dir


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def test_division_counts_by_kind(gaz: Gazetteer) -> None:
    kinds = Counter(p.kind for p in gaz.places() if p.code)
    assert kinds["province"] == 34
    assert 330 <= kinds["city"] <= 340
    assert 950 <= kinds["district"] <= 1000
    assert 1800 <= kinds["county"] <= 1900


def test_codes_are_six_digits_and_ids_follow_them(gaz: Gazetteer) -> None:
    for place in gaz.places():
        if place.code is not None:
            assert len(place.code) == 6 and place.code.isdigit()
            assert place.id == f"place/{place.code}"


@pytest.mark.parametrize(("name", "short"), [
    ("内蒙古自治区", "内蒙古"), ("广西壮族自治区", "广西"), ("新疆维吾尔自治区", "新疆"),
    ("宁夏回族自治区", "宁夏"), ("西藏自治区", "西藏"), ("延边朝鲜族自治州", "延边"),
    ("黔西南布依族苗族自治州", "黔西南"), ("沈阳市", "沈阳"), ("石景山区", "石景山"), ("锡林郭勒盟", "锡林郭勒"),
])
def test_short_forms(gaz: Gazetteer, name: str, short: str) -> None:
    assert any(p.name == name for p in gaz.lookup(short))


@pytest.mark.parametrize(("surface", "name"), [
    ("红河州", "红河哈尼族彝族自治州"), ("乳源县", "乳源瑶族自治县"), ("本溪县", "本溪满族自治县"),
    ("鄂伦春旗", "鄂伦春自治旗"),
])
def test_autonomous_divisions_by_short_form_and_level(gaz: Gazetteer, surface: str, name: str) -> None:
    assert [(e.place.name, e.form) for e in gaz.entries(surface)] == [(name, "alias")]


def test_a_short_form_ending_in_its_people_makes_no_level_form(gaz: Gazetteer) -> None:
    assert gaz.lookup("鄂温克族旗") == []


def test_generic_remainders_are_not_short_forms(gaz: Gazetteer) -> None:
    assert gaz.lookup("城") == [] and gaz.lookup("矿") == []
    assert [p.kind for p in gaz.lookup("城区")] == ["district"] * 3  # the full name only


def test_hierarchy(gaz: Gazetteer) -> None:
    assert [p.name for p in gaz.ancestors("place/110107")] == ["北京市"]
    assert [p.name for p in gaz.ancestors("place/320381")] == ["徐州市", "江苏省"]
    assert gaz.get("place/419001").parent == "place/410000"  # 济源市, directly under 河南省
    assert gaz.get("place/429021").kind == "county"          # 神农架林区


def test_coordinates_where_known(gaz: Gazetteer) -> None:
    shenyang = gaz.get("place/210100")
    assert shenyang.lon == pytest.approx(123.43, abs=0.1) and shenyang.lat == pytest.approx(41.7, abs=0.2)


def test_jilin_names_a_province_and_a_city(gaz: Gazetteer) -> None:
    assert {p.id for p in gaz.lookup("吉林")} == {"place/220000", "place/220200"}


def test_old_name(gaz: Gazetteer) -> None:
    assert [p.name for p in gaz.lookup("襄樊")] == ["襄阳市"]


def test_regions_and_zones(gaz: Gazetteer) -> None:
    belt = gaz.get("place/region-yangtze-economic-belt")
    assert belt.kind == "region" and len(belt.members) == 11
    assert len(gaz.get("place/region-yellow-river-basin").members) == 9
    assert gaz.lookup("长三角")[0].id == "place/region-yangtze-river-delta"
    zone = gaz.get("place/zone-12")
    assert zone.name == "宁夏东北部产业转型升级示范区"
    assert zone.members == ("place/640200", park_id("宁东能源化工基地"))
    assert gaz.get(zone.members[1]).name == "宁东能源化工基地"
    assert gaz.get("place/zone-1").members == ("place/210100", "place/210300", "place/210400")
    for member in (m for p in gaz.places() if p.kind == "region" for m in p.members):
        gaz.get(member)  # every member resolves


def test_shipped_refdata_is_copied() -> None:
    assert (data_dir() / "refdata" / "industrial_transformation_demo_zones.csv").is_file()
    assert (data_dir() / "refdata" / "README.md").is_file()


def test_broken_data_file_is_an_input_error(tmp_path) -> None:
    (tmp_path / "divisions.tsv").write_text("code\tname\tkind\n110000\t北京市\n", encoding="utf-8")
    with pytest.raises(InputError, match="divisions.tsv:2"):
        Gazetteer.from_folder(tmp_path)


def test_unknown_rule_kind_is_an_input_error(tmp_path) -> None:
    path = tmp_path / "rules.tsv"
    path.write_text("kind\ttext\tnote\nblock\t全国\t\nblok\t各地\t\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"rules.tsv:3: unknown rule kind 'blok'"):
        Rules.load(path)


def test_renamed_divisions_map_to_their_successor() -> None:
    # from the jionlp change log (renames.tsv) and the hand list (old_names.tsv)
    gazetteer = Gazetteer.default()
    assert [p.name for p in gazetteer.lookup("上饶县")] == ["广信区"]
    assert [p.name for p in gazetteer.lookup("襄樊")] == ["襄阳市"]
    assert all(e.form == "old" for e in gazetteer.entries("上饶县"))
