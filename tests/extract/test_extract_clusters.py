"""Industry clusters: a place directly before an industry, a park named after one, a base built in targets."""

from __future__ import annotations

from kg.extract.clusters import find_clusters


def clusters_of(run, text: str) -> list[tuple[str, str]]:
    _, extraction = run(text)
    return [(c.place.name, c.industry.id) for c in extraction.clusters]


def test_place_directly_before_industry(run) -> None:
    # seed (四)
    text = "支持沈阳机器人、洛阳农机装备、株洲先进轨道交通装备等国家制造业创新中心建设。"
    assert clusters_of(run, text) == [("沈阳市", "industry/robotics"), ("洛阳市", "industry/agricultural-machinery"),
                                      ("株洲市", "industry/rail-transit-equipment")]


def test_cluster_span_covers_place_and_industry(run) -> None:
    structure, extraction = run("支持株洲先进轨道交通装备等国家制造业创新中心建设。")
    [cluster] = extraction.clusters
    assert structure.text[cluster.span.start:cluster.span.end] == "株洲先进轨道交通装备"


def test_park_named_after_an_industry(run) -> None:
    # seed (九)
    found = clusters_of(run, "推进大连长兴岛(西中岛)石化产业基地高质量发展。")
    assert found == [("大连长兴岛（西中岛）石化产业基地", "industry/petrochemicals")]


def test_base_built_in_the_targeted_places(run) -> None:
    # seed (九)
    text = "支持自贡、湘潭、萍乡、平顶山等城市打造新材料及环保装备制造基地。"
    found = set(clusters_of(run, text))
    cities = {"自贡市", "湘潭市", "萍乡市", "平顶山市"}
    assert found == {(c, i) for c in cities for i in ("industry/new-materials", "industry/environmental-protection-equipment")}


def test_base_without_targeted_places_is_no_cluster(run) -> None:
    assert clusters_of(run, "加快建设新能源发电和装备制造基地。") == []


def test_partner_places_get_no_cluster(run) -> None:
    text = "推动示范区城市加强与京津冀协同发展的对接合作,因地制宜建设先进制造业基地。"
    assert clusters_of(run, text) == []


def test_one_cluster_per_place_industry_and_provision(seed) -> None:
    _, extraction = seed
    keys = [(c.place.id, c.industry.id, c.provision.number) for c in extraction.clusters]
    assert len(keys) == len(set(keys))
    assert ("place/210100", "industry/robotics", "（四）") in keys


def test_no_measures_no_places_no_clusters() -> None:
    assert find_clusters("沈阳机器人", [], [], [], lambda offset: None) == []
