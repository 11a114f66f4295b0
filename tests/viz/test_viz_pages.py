"""The HTML pages of ``policykg viz``: offline, escaped, deterministic, capped."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.analyse import network_of
from kg.errors import InputError, UsageError
from kg.store.view import open_graph
from kg.viz import Source, fullgraph, places, run_viz, write_pages
from kg.viz.page import VIS_JS

GRAPHS = Path(__file__).resolve().parents[1] / "fixtures" / "graphs"
PAGES = ["graph.html", "cities.html", "geo.html", "timeline.html"]
REMOTE = re.compile(r"""<(?:script|link|img|iframe|source|embed)\b[^>]*\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""",
                    re.IGNORECASE)
DATA_BLOCK = re.compile(r'<script id="graph-data" type="application/json">(.*?)</script>', re.DOTALL)


def page_data(html: str) -> dict:
    """The JSON the page script reads."""
    return json.loads(DATA_BLOCK.search(html).group(1))


@pytest.fixture(scope="module")
def small_pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("viz")
    run_viz(GRAPHS / "small.trig", out, [])
    return {name: (out / name).read_text(encoding="utf-8") for name in PAGES}


def test_four_pages_written(small_pages):
    assert sorted(small_pages) == sorted(PAGES)


@pytest.mark.parametrize("name", PAGES)
def test_pages_load_nothing_remote(small_pages, name):
    html = small_pages[name]
    assert not REMOTE.search(html)
    assert "@import" not in html and "url(http" not in html
    assert "default-src 'none'" in html  # the CSP forbids any fetch as well


def test_full_graph_has_every_class_legend_and_source_sentences(small_pages):
    data = page_data(small_pages["graph.html"])
    kinds = {n["kind"] for n in data["nodes"]}
    assert {"document", "provision", "measure", "city", "province", "industry", "agency"} <= kinds
    real = [e for e in data["edges"] if not e.get("summary")]
    assert len(data["nodes"]) == 23 and len(real) == 42
    assert data["detail_kinds"] == ["provision", "measure"]  # hidden until the toggle
    document = "https://w3id.org/policykg/id/doc/fgzx-2021-1618"
    summary = {(e["from"], e["to"][-6:]) for e in data["edges"] if e.get("summary")}
    assert (document, "210100") in summary and (document, "150200") in summary  # document → place
    assert all(e["from"] == document for e in data["edges"] if e.get("summary"))
    shenyang = next(n for n in data["nodes"] if n["id"].endswith("place/210100"))
    assert "行政区划代码 210100" in shenyang["title"] and "省级 辽宁省" in shenyang["title"]
    assert "支持沈阳市建设先进装备制造业基地。" in shenyang["title"]
    assert {e["label"] for e in real} >= {"targets", "partOf", "inProvision", "providedBy"}
    assert "supportedBy" not in {e["label"] for e in real}  # inverse drawn once
    assert ("https://w3id.org/policykg/id/place/210000", "辽宁省") in map(tuple, data["provinces"])
    measure = next(n for n in data["nodes"] if n["kind"] == "measure")
    assert measure["provinces"]  # measures follow the places they target in the province filter
    assert shenyang["panel"]["fields"][1] == ["行政区划代码 code", "210100"]
    assert "支持沈阳市建设先进装备制造业基地。" in shenyang["panel"]["sentences"]


def test_full_graph_hides_unmentioned_concepts_and_legend_counts_the_whole_graph(tmp_path, monkeypatch):
    import pyoxigraph as ox
    from rdflib import RDF, SKOS

    from kg.vocab import PKG, PKGD

    source = open_graph(GRAPHS / "small.trig")
    lonely = str(PKGD) + "industry/lonely"
    mentioned = next(source.store.quads_for_pattern(None, ox.NamedNode(RDF.type), ox.NamedNode(PKG.Industry))).subject
    source.store.add(ox.Quad(ox.NamedNode(lonely), ox.NamedNode(RDF.type), ox.NamedNode(PKG.Industry)))
    source.store.add(ox.Quad(ox.NamedNode(lonely), ox.NamedNode(SKOS.broader), mentioned))
    monkeypatch.setattr(fullgraph, "FULL_NODE_LIMIT", 5)
    spec = fullgraph.full_page(source)
    assert str(lonely) not in {n["id"] for n in spec.nodes} and len(spec.nodes) == 5
    assert "1 concepts that nothing mentions are left out." in spec.notes
    assert "措施 measure (5)" in [entry["text"] for entry in spec.legend]  # the whole graph, not the 5 shown


def test_cities_page_weights_and_communities(small_pages):
    data = page_data(small_pages["cities.html"])
    weights = {frozenset((e["from"][-6:], e["to"][-6:])): e["value"] for e in data["edges"]}
    assert weights == {frozenset(("210100", "210300")): 2, frozenset(("150200", "210100")): 1,
                       frozenset(("150200", "210300")): 1, frozenset(("140200", "150200")): 1}
    colors = {n["id"][-6:]: n["color"] for n in data["nodes"]}
    assert colors["210100"] == colors["210300"] != colors["150200"] == colors["140200"]


def test_geo_page_fixed_positions_physics_off(small_pages):
    data = page_data(small_pages["geo.html"])
    assert data["options"]["physics"]["enabled"] is False
    nodes = {n["id"][-6:]: n for n in data["nodes"]}
    assert all(n["fixed"] for n in nodes.values())
    assert nodes["210100"]["x"] > nodes["150200"]["x"]  # Shenyang east of Baotou
    assert nodes["140200"]["y"] > nodes["210100"]["y"]  # Datong south of Shenyang (y grows down)
    assert nodes["210100"]["value"] == 3 and nodes["210300"]["value"] == 2 and nodes["210106"]["value"] == 0
    assert nodes["210000"]["shape"] == "text"  # province drawn as a label
    assert data["grid"]["step"] == 5
    assert {frozenset((e["from"][-6:], e["to"][-6:])) for e in data["edges"]} >= {frozenset(("210100", "210300"))}
    assert nodes["210100"]["panel"]["fields"][-1] == ["坐标 coordinates", "41.80°N 123.43°E"]


def test_geo_page_draws_province_and_prefecture_outlines_under_the_places(small_pages):
    data = page_data(small_pages["geo.html"])
    levels = [shape["level"] for shape in data["boundaries"]]
    assert levels.count("province") == 34 and levels.count("prefecture") > 300
    assert levels.index("province") > levels.index("prefecture")  # provinces drawn on top
    shenyang = next(n for n in data["nodes"] if n["id"].endswith("210100"))
    liaoning = [s for s in data["boundaries"] if s["level"] == "province"]
    xs = [ring[i] for shape in liaoning for ring in shape["rings"] for i in range(0, len(ring), 2)]
    ys = [ring[i] for shape in liaoning for ring in shape["rings"] for i in range(1, len(ring), 2)]
    assert min(xs) < shenyang["x"] < max(xs) and min(ys) < shenyang["y"] < max(ys)  # same projection


def test_boundary_data_records_source_and_licence():
    readme = (places.BOUNDARIES.parent / "README.md").read_text(encoding="utf-8")
    assert "echarts" in readme and "4.9.0" in readme and "Apache License 2.0" in readme
    assert places.BOUNDARIES.stat().st_size < 500_000


def test_timeline_counts_documents_and_measures_per_year(small_pages):
    html = small_pages["timeline.html"]
    data = page_data(html)
    assert [(b["year"], b["documents"], b["measures"]) for b in data["bars"]] == [(2021, 1, 5)]
    assert data["documents"][0]["number"] == "发改振兴〔2021〕1618号"
    assert '<g class="bar" data-year="2021">' in html and "<td>2021-11-19</td>" in html


def test_hostile_strings_only_reach_the_page_as_json(tmp_path):
    written = run_viz(GRAPHS / "hostile.ttl", tmp_path, [])
    for path in written:
        html = path.read_text(encoding="utf-8")
        ours = html.replace(VIS_JS.read_text(encoding="utf-8"), "")  # vis-network itself names <b>
        assert "<script>alert" not in ours and "<img" not in ours.lower() and "<b>" not in ours
        data = page_data(html)
        if path.name == "timeline.html":
            assert ours.count("<script") == 2  # the JSON block, the page script
            assert data["documents"][0]["label"] == "通知<script>alert(1)</script>"  # intact in the JSON
            assert "通知&lt;script&gt;alert(1)&lt;/script&gt;" in html  # escaped in the table
            continue
        assert ours.count("<script") == 3  # vis-network, the JSON block, the page script
        titles = " ".join(n["title"] for n in data["nodes"])
        assert "石景山区'\"><img src=x onerror=alert(3)>" in titles  # intact, as text
        panels = " ".join(s for n in data["nodes"] for s in n["panel"]["sentences"] + [n["panel"]["label"]])
        assert "<img src=x onerror=alert(3)>" in panels
    full = page_data((tmp_path / "graph.html").read_text(encoding="utf-8"))
    assert any("<script>alert(4)</script>" in n["title"] for n in full["nodes"])


def test_pages_are_byte_identical_across_runs(small_pages, tmp_path):
    run_viz(GRAPHS / "small.trig", tmp_path, [])
    for name in PAGES:
        assert (tmp_path / name).read_text(encoding="utf-8") == small_pages[name]


def test_view_choice_and_unknown_view(tmp_path):
    assert [p.name for p in run_viz(GRAPHS / "small.trig", tmp_path, ["geo"])] == ["geo.html"]
    with pytest.raises(UsageError, match="unknown view map"):
        run_viz(GRAPHS / "small.trig", tmp_path, ["map"])


def test_graph_without_places_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no places"):
        run_viz(GRAPHS / "no_places.ttl", tmp_path, [])


def test_empty_projection_says_so_on_the_cities_page(tmp_path):
    run_viz(GRAPHS / "no_shared.ttl", tmp_path, ["cities", "geo"])
    cities = (tmp_path / "cities.html").read_text(encoding="utf-8")
    assert "No two places share a measure." in cities
    assert page_data(cities)["edges"] == []
    geo = (tmp_path / "geo.html").read_text(encoding="utf-8")
    assert "1 个地点无坐标 places without coordinates" in geo
    assert page_data(geo)["unlocated"] and "<li>" + page_data(geo)["unlocated"][0] + "</li>" in geo


def test_big_graphs_are_capped_and_the_page_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(fullgraph, "FULL_NODE_LIMIT", 10)
    monkeypatch.setattr(places, "CITY_NODE_LIMIT", 3)
    source = open_graph(GRAPHS / "small.trig")
    write_pages(Source(source, network_of(source, GRAPHS / "small.trig")), tmp_path, ["full", "cities"])
    full = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert len(page_data(full)["nodes"]) == 10
    assert "Showing 10 of 23 nodes" in full
    cities = (tmp_path / "cities.html").read_text(encoding="utf-8")
    assert len(page_data(cities)["nodes"]) == 3 and "Showing 3 of 4 places" in cities
