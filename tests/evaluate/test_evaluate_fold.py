"""The folding rules that decide name identity."""

from kg.evaluate.fold import fold, fold_industry, fold_path, fold_place


def test_fold_spaces_and_parentheses():
    assert fold("中德（沈阳） 高端装备") == "中德(沈阳)高端装备"


def test_fold_place_drops_one_trailing_unit_but_keeps_two_character_names():
    assert fold_place("沈阳市") == fold_place("沈阳") == "沈阳"
    assert fold_place("湖北省") == "湖北"
    assert fold_place("城市") == "城市"


def test_fold_industry_suffixes():
    assert fold_industry("机器人产业") == fold_industry("机器人") == "机器人"
    assert fold_industry("制造业") == "制造"
    assert fold_industry("农业") == "农业"


def test_fold_path_segments():
    assert fold_path("二/( 四)") == fold_path("二/（四）") == "二/四"
    assert fold_path("第二章/第五条") == "第二章/第五条"
