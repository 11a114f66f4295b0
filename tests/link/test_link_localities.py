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
