"""Lists of places sharing one head written once (kg/link/lists.py)."""

from __future__ import annotations


def test_each_item_of_a_list_names_a_place_with_the_shared_head(find_places) -> None:
    found = [(m.surface, m.place.name) for m in find_places("龙羊峡、刘家峡、三门峡、小浪底水库的主管部门负责调度。")]
    assert ("龙羊峡", "龙羊峡水库") in found and ("刘家峡", "刘家峡水库") in found
    assert ("三门峡", "三门峡水库") in found and ("三门峡", "三门峡市") in found  # the city keeps its mention
    assert [m.place.id for m in find_places("长兴、横琴岛") if m.surface == "长兴"] == \
        [m.place.id for m in find_places("长兴岛") if m.surface == "长兴岛"]


def test_a_list_closed_by_deng_names_each_item_with_the_head(find_places) -> None:
    found = {(m.surface, m.place.name) for m in find_places("加强潘家口、岳城、洪泽湖等水库的保护。")}
    assert ("潘家口", "潘家口水库") in found and ("岳城", "岳城水库") in found
    assert not any(name.startswith("洪泽湖") and name != "洪泽湖" for _, name in found)  # a lake keeps its head
    assert not any(name.endswith("湖") and name != "洪泽湖" for _, name in found)  # the class is 水库, not 湖


def test_items_of_a_class_list_without_a_name_name_nothing(find_places) -> None:
    assert find_places("加强病险、老旧等水库的除险加固。") == []
    assert find_places("加强大型、中型等水库的管理。") == []


def test_one_item_before_deng_names_no_class_member(find_places) -> None:
    assert not any(m.place.name.endswith("水库") for m in find_places("加强官厅等水库的保护。"))


def test_an_item_with_its_own_head_names_nothing_more(find_places) -> None:
    assert sorted(m.place.name for m in find_places("治理汉江、嘉陵江")) == ["嘉陵江", "汉江"]
    assert not any(m.place.name == "北京港区" for m in find_places("支持北京、天津港区发展"))


def test_rivers_closed_by_deng_before_a_basin_name_their_basins(find_places) -> None:
    found = {(m.surface, m.place.name) for m in find_places("流域管理机构所属的淮河、海河、辽河等流域机构负责协调。")}
    assert {("淮河", "淮河流域"), ("海河", "海河流域"), ("辽河", "辽河流域")} <= found


def test_rivers_listed_beside_a_known_river_are_rivers(find_places) -> None:
    names = [m.place.name for m in find_places("海河流域的永定河、大清河、漳卫南运河和北三河")]
    assert "漳卫南运河" in names and "北三河" in names
    names = [m.place.name for m in find_places("应当明确太湖、太浦河、新孟河岸线")]
    assert names[:2] == ["太湖", "太浦河"]  # the last item runs on into 岸线: no item


def test_two_character_rivers_beside_a_known_river_are_rivers_not_common_words(find_places) -> None:
    # constructed: X水 and X河 items of two characters; 江河 and 污水 are common words
    surfaces = [m.surface for m in find_places("包括湘江、潇水、沩水和濉河。")]
    assert {"潇水", "沩水", "濉河"} <= set(surfaces)
    assert "江河" not in [m.surface for m in find_places("保护湘江、江河和污水处理设施。")]


def test_mountains_listed_beside_a_known_mountain_are_mountains(find_places) -> None:
    # constructed: 山 and 岭 items beside a known mountain; the last runs into the noun it qualifies
    found = {m.surface: m.place.kind for m in find_places("加强长白山、大青山、乌拉山的保护，推进秦岭、巴山生态环境保护。")}
    assert found.get("大青山") == found.get("乌拉山") == found.get("巴山") == "natural-feature"
    assert not {"矿山", "火山"} & {m.surface for m in find_places("加强长白山、矿山、火山的监测。")}


def test_the_verb_before_a_list_of_rivers_opens_no_item(find_places) -> None:
    surfaces = [m.surface for m in find_places("协调统一太浦河、淀山湖等水体的标准。包括紫溪河、潇水、湘江。")]
    assert "太浦河" in surfaces and "紫溪河" in surfaces
    assert not any(s.startswith(("统一", "包括")) for s in surfaces)


def test_a_county_named_in_full_before_a_listed_river_qualifies_it(find_places) -> None:
    found = [(m.surface, m.place.kind) for m in find_places("长治市以沁源县白狐河、沁县圪芦河与汾河为界")]
    assert found == [("长治市", "city"), ("沁源县", "county"), ("白狐河", "natural-feature"), ("沁县", "county"),
                     ("圪芦河", "natural-feature"), ("汾河", "natural-feature")]
    found = [m.surface for m in find_places("长治市以汾河、沁源县白狐河和沁县圪芦河，为界")]
    assert found == ["长治市", "汾河", "沁源县", "白狐河", "沁县", "圪芦河"]


def test_a_divisions_short_form_listed_among_rivers_is_the_river(find_places) -> None:
    found = [(m.surface, m.place.kind) for m in find_places("位于金沙江、澜沧江、怒江流域的区域")]
    assert ("怒江", "natural-feature") in found and ("怒江", "city") not in found


def test_classes_of_rivers_in_a_list_are_no_rivers(find_places) -> None:
    names = [m.place.name for m in find_places("加强黄河、其他河和主要河流管理")]
    assert names == ["黄河流域"]


def test_a_list_closed_by_a_class_of_waters_declares_each_item(find_places) -> None:
    # unknown two-character rivers too, the first item after a known place, canals and reservoirs by their class
    found = {m.surface: m.place.kind for m in find_places("流入洞庭湖的湘江、沙河、枫溪河、赤水河等河流。")}
    assert all(found.get(name) == "natural-feature" for name in ("湘江", "沙河", "枫溪河", "赤水河"))
    found = {m.surface for m in find_places("保护洱海流域东干渠、西干渠、白石渠等灌渠工程。")}
    assert {"东干渠", "西干渠", "白石渠"} <= found
    found = {m.surface for m in find_places("管好红岭水库、和平坝水库、黄泥湾水库等中型水库。")}
    assert {"和平坝水库", "黄泥湾水库"} <= found
    assert not {"平坝", "管好红岭水库"} & found  # a place inside an item gives way; a verb opens no first item
    # constructed: water bodies as the class; a shallow lake (X荡) and a hot spring among the items
    found = {m.surface: m.place.kind for m in find_places("统筹长白荡、石湖、龙泉温泉等重要水体的保护。")}
    assert all(found.get(name) == "natural-feature" for name in ("长白荡", "石湖", "龙泉温泉"))


def test_a_list_closed_by_a_class_of_scenic_areas_declares_its_mountains_and_waters(find_places) -> None:
    # constructed: the first item after a verb; the grade and 旅游 qualify the class
    found = {m.surface: m.place.kind for m in find_places("推进云台山、青天河、神农山等A级旅游景区品质提升。")}
    assert all(found.get(name) == "natural-feature" for name in ("云台山", "青天河", "神农山"))
    assert find_places("推进马坪岗山等景区品质提升。") == []  # one item (a name no dictionary lists) declares nothing
    assert find_places("推进景区、度假区等景区品质提升。") == []  # classes, no names


def test_a_last_item_running_on_into_a_parks_name_lends_no_head(find_places) -> None:
    # constructed: 大沙河 opens the park 大沙河公园, so 天河公园 is no river 天河公园河
    assert not any(m.place.name.endswith("公园河") for m in find_places("提升郊野森林公园群、天河公园、大沙河公园等公园品质。"))


def test_the_grand_canal_written_short_is_the_feature(find_places) -> None:
    assert [m.place.name for m in find_places("加强大运河文化保护。")] == ["大运河"]


def test_a_class_of_waters_after_one_item_or_classes_declares_nothing(find_places) -> None:
    assert find_places("加强沙河等河流的保护。") == []
    assert find_places("加强内河、运河等河道的管理。") == []


def test_a_listed_river_opening_with_a_place_name_is_the_river_and_is_found_again(find_places) -> None:
    text = "加强海河、子牙河、永定新河入海河口的管理。开发利用子牙河河口和永定新河河口，应当报批。"
    found = [(m.surface, m.place.kind) for m in find_places(text)]
    assert found.count(("永定新河", "natural-feature")) == 2 and not any(s == "永定" for s, _ in found)
    assert ("子牙河河口", "natural-feature") in found and ("永定新河河口", "natural-feature") in found


def test_a_list_of_protected_areas_opened_by_its_number_and_declared_by_its_designation(find_places) -> None:
    # constructed: the first item opens the row after its number; an item ending in a river's head is the park's
    # name; the grade is written with the designation; 河源 (a city) inside the item 曙河源 gives way to it
    text = "（三）南宫山、上坝河、凤凰山等国家森林公园；\n（四）观音河、汉江莲花古渡、千层河、曙河源等国家级湿地公园；"
    found = {m.place.name for m in find_places(text)}
    assert {"南宫山国家森林公园", "上坝河国家森林公园", "凤凰山国家森林公园", "观音河国家级湿地公园",
            "汉江莲花古渡国家级湿地公园", "千层河国家级湿地公园", "曙河源国家级湿地公园"} <= found
    assert "河源市" not in found


def test_a_verb_before_the_first_item_and_an_articles_number_are_no_part_of_an_item(find_places) -> None:
    found = {m.place.name for m in find_places("加强保护，实施汉江及子午河、池河、月河等流域的整治。")}
    assert {"子午河流域", "池河流域", "月河流域"} <= found and not any(name.startswith("实施") for name in found)
    found = {m.place.name for m in find_places("第七条\n第七条市、资江流域县（市）人民政府应当组织。")}
    assert not any(name.startswith("第七条") for name in found)
