"""Place recognition and linking on real sentences of the seed (发改振兴〔2021〕1618号) and the corpus."""

from __future__ import annotations

import pytest

from kg.link import Gazetteer, PlaceLinker, PlaceMention


@pytest.fixture(scope="module")
def linker() -> PlaceLinker:
    return PlaceLinker()


def found(linker: PlaceLinker, text: str, **kw) -> list[tuple[str, str]]:
    mentions = linker.find(text, **kw)
    for m in mentions:
        assert text[m.start:m.end] == m.surface
    return [(m.surface, m.place.id) for m in mentions]


def test_city_enumeration_reads_jilin_as_the_city(linker: PlaceLinker) -> None:
    text = "支持唐山、包头、鞍山、吉林、大庆等“钢城”“油城”通过技术创新"
    assert found(linker, text) == [("唐山", "place/130200"), ("包头", "place/150200"), ("鞍山", "place/210300"),
                                   ("吉林", "place/220200"), ("大庆", "place/230600")]


@pytest.mark.parametrize("text", ["辽宁、吉林、黑龙江等省份", "吉林省人民政府"])
def test_jilin_with_provinces_or_suffix_is_the_province(linker: PlaceLinker, text: str) -> None:
    assert ("place/220000" in {pid for _, pid in found(linker, text)})


def test_parent_juxtaposed_with_child(linker: PlaceLinker) -> None:
    text = "支持抚顺、韶关、娄底、宜宾、六盘水等高新区,徐州新沂、淄博淄川、鞍山等经开区按规定创建国家级开发区"
    got = found(linker, text)
    assert ("新沂", "place/320381") in got and ("徐州", "place/320300") in got
    assert ("淄川", "place/370302") in got and ("淄博", "place/370300") in got
    assert not any(pid.startswith("place/park-") for _, pid in got)  # 六盘水等高新区 is generic


def test_municipality_scopes_the_following_list(linker: PlaceLinker) -> None:
    text = "鼓励北京市石景山区、门头沟区和重庆市大渡口区、江津区、永川区、荣昌区等积极探索"
    assert [pid for _, pid in found(linker, text)] == [
        "place/110000", "place/110107", "place/110109", "place/500000",
        "place/500104", "place/500116", "place/500118", "place/500153"]


def test_short_district_forms_need_their_parent(linker: PlaceLinker) -> None:
    assert found(linker, "永川、江津") == []
    assert [s for s, _ in found(linker, "重庆市大渡口、江津")] == ["重庆市", "大渡口", "江津"]


def test_ambiguous_district_follows_the_named_parent(linker: PlaceLinker) -> None:
    got = found(linker, "北京朝阳区和长春朝阳区")
    assert got[1] == ("朝阳区", "place/110105") and got[3] == ("朝阳区", "place/220104")


def test_ambiguous_district_uses_document_context(linker: PlaceLinker) -> None:
    xuzhou = Gazetteer.default().get("place/320300")
    assert found(linker, "鼓楼区", context=[xuzhou]) == [("鼓楼区", "place/320302")]
    assert found(linker, "徐州市召开会议。鼓楼区") == [("徐州市", "place/320300"), ("鼓楼区", "place/320302")]
    assert found(linker, "鼓楼区") == [("鼓楼区", "place/320106")]  # no clue: the lowest code


def test_regions(linker: PlaceLinker) -> None:
    text = "京津冀、长三角、粤港澳大湾区以及长江、黄河流域和国家生态文明试验区范围内的示范区城市"
    assert [pid for _, pid in found(linker, text)] == [
        "place/region-jingjinji", "place/region-yangtze-river-delta", "place/region-greater-bay-area",
        "place/region-yangtze-river-basin", "place/region-yellow-river-basin"]


@pytest.mark.parametrize("text", [
    "引领带动全国老工业城市和资源型城市振兴发展",
    "鼓励中西部地区示范区城市进一步加强与东部地区合作协作",
    "与省会城市融合发展",
    "积极推进老城区、城区老工业区、独立工矿区改造",
    "维护社会长治久安",
    "医保定点资格",
    "推广安全生产经验",
])
def test_generic_words_and_collisions_are_not_places(linker: PlaceLinker, text: str) -> None:
    assert found(linker, text) == []


def test_place_inside_another_name_counts(linker: PlaceLinker) -> None:
    assert found(linker, "营口电厂") == [("营口", "place/210800")]


def test_village_named_like_a_province_is_not_the_province(linker: PlaceLinker) -> None:
    text = "8月18日,左权县河南村煤矿瓦斯爆炸事故"  # corpus 2019, page on 特大煤矿事故
    mentions = linker.find(text)
    assert found(linker, text)[0] == ("左权县", "place/140722")
    assert [(m.surface, m.place.kind) for m in mentions[1:]] == [("河南村", "locality")]  # a village, not 河南省


def test_old_name_links_to_todays_division(linker: PlaceLinker) -> None:
    assert found(linker, "襄樊市") == [("襄樊市", "place/420600")]


def test_mentions_never_overlap_except_inside_parks(linker: PlaceLinker) -> None:
    text = "推动沈阳、长株潭等都市圈产业协作,支持中德(沈阳)高端装备制造产业园建设"
    mentions = linker.find(text)
    outer = [m for m in mentions if m.place.kind != "park"]
    assert all(a.end <= b.start for a, b in zip(outer, outer[1:], strict=False))
    assert mentions == sorted(mentions, key=lambda m: (m.start, -m.end, m.place.id))
    assert isinstance(mentions[0], PlaceMention)


def test_words_for_jieba(linker: PlaceLinker) -> None:
    words = linker.words()
    assert {"沈阳", "沈阳市", "长三角", "宁东能源化工基地", "襄樊"} <= set(words)
    assert words == sorted(words)


def test_county_short_form_before_a_named_facility_is_the_county():
    from kg.link import PlaceLinker

    linker = PlaceLinker()
    assert [m.place.name for m in linker.find("支持平潭口岸建设进境种苗监管作业场所")] == ["平潭县"]
    # the reservoir named after the county is a feature of its own; the county inside it stays
    assert [m.place.name for m in linker.find("南水北调工程丹江口水库移民的安置")] == ["丹江口水库", "丹江口市"]
    assert linker.find("推进永川发展") == []  # without a facility the short form still needs support
    assert [m.place.name for m in linker.find("扩建盐田港码头")] == ["盐田区"]  # a port named after the district


def test_county_short_form_once_supported_in_the_document_stands_alone_elsewhere(linker: PlaceLinker) -> None:
    # 国发〔2018〕38号 (corpus 057.html): 平潭口岸 supports 平潭 written alone in a later measure
    text = "支持平潭口岸建设监管作业场所。允许平潭各金融机构试点人民币与新台币直接清算。"
    assert [m.place.name for m in linker.find(text)] == ["平潭县", "平潭县"]
    assert linker.find("允许平潭各金融机构试点人民币与新台币直接清算。") == []


def test_a_list_holds_its_places_across_items_that_are_no_places(find_places) -> None:
    named = {m.surface: m.place.name for m in find_places("加强对潼关、花园口、夹河滩、利津、济南段的水文监测。")}
    assert named.get("潼关") == "潼关县" and named.get("利津") == "利津县" and named.get("济南") == "济南市"


def test_items_between_places_join_a_list_only_between_list_marks(find_places) -> None:
    assert "潼关" not in {m.surface for m in find_places("潼关附近的管理，由济南负责。")}


def test_a_feature_named_as_a_counties_short_form_is_the_feature_unless_its_parent_comes_first(
        linker: PlaceLinker) -> None:
    names = [m.place.name for m in linker.find("改善太湖水质，加强东海、南海渔业资源保护")]
    assert names == ["太湖", "东海", "南海"]
    names = [m.place.name for m in linker.find("安庆市太湖、宿松等县，连云港市东海县")]
    assert names == ["安庆市", "太湖县", "宿松县", "连云港市", "东海县"]


def test_a_one_character_county_name_in_a_text_of_its_city(linker: PlaceLinker) -> None:
    assert found(linker, "包括兴县南部。") == []  # alone, 兴县 could be a phrase
    assert found(linker, "吕梁市的范围包括临县东部，兴县南部。") == [
        ("吕梁市", "place/141100"), ("临县", "place/141124"), ("兴县", "place/141123")]
    assert found(linker, "大同市城区。") == [("大同市", "place/140200")]  # a common noun first
    assert found(linker, "推广关岭牛、镇宁蜂糖李。") == []
    assert found(linker, "安顺市推广关岭牛、镇宁蜂糖李。") == [
        ("安顺市", "place/520400"), ("关岭", "place/520424"), ("镇宁", "place/520423")]


def test_a_risky_short_form_before_a_zones_ending_in_a_text_naming_its_city(linker: PlaceLinker) -> None:
    # 安康 is also a common word (平安、安康): before 高新区 in a text that names 安康市 it is the city's zone
    names = [m.place.name for m in linker.find("安康市人民政府支持安康高新区建设。")]
    assert "安康高新区" in names and names.count("安康市") == 2
    assert "安康高新区" not in [m.place.name for m in linker.find("支持安康高新区建设。")]


def test_a_county_short_form_before_a_zones_ending_in_a_text_of_its_province_or_naming_its_city(
        linker: PlaceLinker) -> None:
    # 仁怀 is a person's name and 习水 a common noun to jieba: before a zone's ending they are the counties'
    # where the title names their province or the text their city, not where another province is only named
    assert found(linker, "建设仁怀集聚区、习水工业园区。") == []
    title = "贵州省白酒产业条例"
    names = [m.place.name for m in linker.find(title + "\n建设仁怀集聚区、习水工业园区。", title=(0, len(title)))]
    assert {"仁怀市", "习水县", "仁怀集聚区", "习水工业园区"} <= set(names)
    names = [m.place.name for m in linker.find("遵义市建设仁怀集聚区。")]
    assert "仁怀市" in names and "仁怀集聚区" in names
    assert "仁怀市" not in [m.place.name for m in linker.find("与贵州省合作，建设仁怀集聚区。")]


def test_an_autonomous_division_written_short_with_its_level(linker: PlaceLinker) -> None:
    # 红河 alone names the prefecture and a county of it; 红河州 only the prefecture
    assert found(linker, "支持红河州、乳源县发展。") == [("红河州", "place/532500"), ("乳源县", "place/440232")]


@pytest.mark.parametrize(("text", "name"), [
    ("推进鄱阳湖生态经济区建设。", "鄱阳湖生态经济区"), ("支持皖江城市带承接产业转移。", "皖江城市带承接产业转移示范区"),
    ("加快长吉图开发开放先导区建设。", "长吉图开发开放先导区"), ("推动长江中游城市群发展。", "长江中游城市群")])
def test_the_areas_of_the_state_councils_regional_plans(linker: PlaceLinker, text: str, name: str) -> None:
    mention = next(m for m in linker.find(text) if m.place.kind == "region")
    assert mention.place.name == name and mention.place.members
