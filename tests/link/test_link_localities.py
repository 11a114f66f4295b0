"""Townships and villages written right after their county."""

from kg.link import PlaceLinker


def test_township_and_village_chain_inside_the_county():
    # 国办函〔2004〕80号 (corpus 023.html)
    found = PlaceLinker().find("关于恳请解决巴东县官渡口镇马鬃山村地质险情有关问题")
    by_name = {m.place.name: m.place for m in found}
    assert list(by_name) == ["巴东县", "官渡口镇", "马鬃山村"]
    assert by_name["官渡口镇"].parent == by_name["巴东县"].id
    assert by_name["马鬃山村"].parent == by_name["官渡口镇"].id
    assert by_name["马鬃山村"].kind == "locality"


def test_generic_words_and_places_without_a_county_are_not_localities():
    linker = PlaceLinker()
    assert [m.place.kind for m in linker.find("推进巴东县城镇化")] == ["county"]
    assert linker.find("加强乡村治理") == []


def test_a_city_without_counties_holds_its_towns():
    found = PlaceLinker().find("东莞市虎门镇、中山市小榄镇的专业市场")
    assert [(m.place.name, m.place.kind) for m in found] == [
        ("东莞市", "city"), ("虎门镇", "locality"), ("中山市", "city"), ("小榄镇", "locality")]
    assert found[1].place.parent == found[0].place.id


def test_a_city_with_districts_holds_no_towns_directly():
    # 广州 has districts: a town is written after its district
    assert [m.place.kind for m in PlaceLinker().find("广州市城中村改造和广州市新塘镇")] == ["city", "city"]


def test_a_generic_head_is_no_locality_name():
    # 集镇 is the market town of a township, not a name of its own
    assert [m.place.kind for m in PlaceLinker().find("距奉节县草堂集镇3公里")] == ["county"]


def test_a_locality_named_after_its_county_is_found_alone_elsewhere_in_the_text():
    # 国办函〔2004〕80号 (corpus 023.html): the reply names the village alone before the annexed report
    text = "做好马鬃山村及周围地区的监测工作。附件：关于巴东县官渡口镇马鬃山村地质险情的报告"
    found = [(m.surface, m.place.kind) for m in PlaceLinker().find(text)]
    assert found[0] == ("马鬃山村", "locality")
    assert found.count(("马鬃山村", "locality")) == 2
    ids = {m.place.id for m in PlaceLinker().find(text) if m.surface == "马鬃山村"}
    assert len(ids) == 1


def test_a_list_continues_a_locality_with_its_siblings():
    found = PlaceLinker().find("范围包括青浦区金泽镇、朱家角镇，嘉善县西塘镇和姚庄镇各一部分")
    by_name = {m.place.name: m.place for m in found}
    assert list(by_name) == ["青浦区", "金泽镇", "朱家角镇", "嘉善县", "西塘镇", "姚庄镇"]
    assert by_name["朱家角镇"].parent == by_name["青浦区"].id
    assert by_name["姚庄镇"].parent == by_name["嘉善县"].id


def test_a_class_of_towns_in_the_list_is_no_sibling():
    found = PlaceLinker().find("巴东县官渡口镇、重点镇和中心镇")
    assert [m.place.name for m in found] == ["巴东县", "官渡口镇"]


def test_names_counted_before_their_head_after_a_place_are_its_localities(find_places) -> None:
    found = [(m.surface, m.place.name) for m in find_places("试点范围为杭州市西湖、留下、转塘三个街道和余杭区良渚、瓶窑两个镇。")]
    assert ("西湖", "西湖街道") in found and ("转塘", "转塘街道") in found
    assert ("良渚", "良渚镇") in found and ("瓶窑", "瓶窑镇") in found
    # a count that is not the number of names vouches for none
    assert not any(m.place.name.endswith("镇") for m in find_places("选择桐乡市重点、中心三个镇试点。"))


def test_a_list_of_townships_standing_alone_lies_in_the_division_holding_those_its_sentence_names(find_places) -> None:
    text = "本条例所称干流，是指从桃源县流入至汉寿县流出，流经茶庵铺镇、郑家驿镇、盘塘街道、坡头乡的主河段。"
    found = {m.place.name: m.place for m in find_places(text)}
    towns = ["茶庵铺镇", "郑家驿镇", "盘塘街道", "坡头乡"]
    assert all(found[t].kind == "locality" for t in towns)
    assert {found[t].parent for t in towns} == {found["桃源县"].parent} == {"place/430700"}  # 常德市
    # two items, or no division named before them in the sentence: no list of localities
    assert not any(m.place.kind == "locality" for m in find_places("流经桃源县。茶庵铺镇、郑家驿镇、盘塘街道的河段"))
    assert not any(m.place.kind == "locality" for m in find_places("从桃源县流经茶庵铺镇、郑家驿镇的河段"))


def test_a_river_name_opening_a_township_name_is_no_river_there(find_places) -> None:
    text = "从桃源县流入，流经茶庵铺镇、沅江街道、坡头乡的河段。"
    found = [(m.surface, m.place.kind) for m in find_places(text)]
    assert ("沅江街道", "locality") in found
    assert not any(kind == "natural-feature" for _, kind in found)


def test_a_township_named_by_its_government_lies_in_the_county_named_last_before_it(find_places) -> None:
    # constructed: the district is named in an earlier sentence; the town only before its bodies
    text = "吴中区人民政府应当组织实施。金庭镇人民政府应当落实相关工作，金庭镇人民代表大会主席团进行监督。"
    found = [(m.surface, m.place.kind, m.place.parent) for m in find_places(text) if m.place.kind == "locality"]
    assert found == [("金庭镇", "locality", "place/320506")] * 2
    # a common word before the head, or no division named before it, makes no township
    assert not [m for m in find_places("吴中区人民政府负责。主席团在镇人民代表大会闭会期间开展监督。各乡镇人民政府负责。")
                if m.place.kind == "locality"]
    assert not [m for m in find_places("金庭镇人民政府应当落实相关工作。") if m.place.kind == "locality"]
