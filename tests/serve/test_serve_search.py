"""``/search``: every kind of label, any language, any case; ranked; escaped."""

from __future__ import annotations

from pathlib import Path

from starlette.testclient import TestClient

from kg.serve.app import create_app

LABELS = """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix pkg: <https://w3id.org/policykg/ontology#> .
<https://w3id.org/policykg/id/place/210100> a pkg:City ; rdfs:label "沈阳市"@zh , "Shenyang City"@en ;
    skos:altLabel "沈阳"@zh , "Shěnyáng"@zh-Latn-pinyin .
<https://w3id.org/policykg/id/place/210000> a pkg:Province ; rdfs:label "辽宁省"@zh , "Liaoning"@en .
<https://w3id.org/policykg/id/cluster/210100--robotics> a pkg:IndustryCluster ; rdfs:label "沈阳市机器人"@zh .
<https://w3id.org/policykg/id/doc/a> a pkg:PolicyDocument ; pkg:documentNumber "发改振兴〔2021〕1618号" .
<https://w3id.org/policykg/id/place/x> a pkg:Place ; rdfs:label "<script>alert(1)</script>沈阳"@zh .
"""


def test_search_over_labels_in_every_language(tmp_path: Path) -> None:
    graph = tmp_path / "labels.ttl"
    graph.write_text(LABELS, encoding="utf-8")
    with TestClient(create_app(str(graph), workers=1)) as client:
        english = client.get("/search", params={"q": "SHENYANG"}).text
        pinyin = client.get("/search", params={"q": "shenyang"}).text
        toned = client.get("/search", params={"q": "Shěnyáng"}).text
        chinese = client.get("/search", params={"q": "沈阳"}).text
        nothing = client.get("/search", params={"q": "上海"}).text
        number = client.get("/search", params={"q": "1618号"}).text
        quote = client.get("/search", params={"q": '"}) } SELECT'})
    assert 'href="/id/place/210100"' in english and "Liaoning" not in english
    assert 'href="/id/place/210100"' in toned
    assert 'href="/id/place/210100"' in pinyin and ">Shěnyáng<" in pinyin
    # the exact name first, then longer names; the hostile label shows as text
    assert chinese.index("/id/place/210100") < chinese.index("/id/cluster/210100--robotics")
    assert "<script>alert(1)" not in chinese and "&lt;script&gt;alert(1)&lt;/script&gt;沈阳" in chinese
    assert "nothing found" in nothing
    assert 'href="/id/doc/a"' in number
    assert quote.status_code == 200 and "nothing found" in quote.text
    assert 'value="&quot;}) } SELECT"' in quote.text


def test_an_official_english_name_finds_the_chinese_body(tmp_path: Path) -> None:
    from kg.graph.write import union_graph
    from kg.pipeline import build_dataset

    text = tmp_path / "notice.txt"
    text.write_text("关于加强资金管理的通知\n一、财政部要会同有关部门加大资金支持力度。\n", encoding="utf-8")
    graph = tmp_path / "built.ttl"
    union_graph(build_dataset([text]).dataset).serialize(graph, format="turtle")
    with TestClient(create_app(str(graph), workers=1)) as client:
        pages = [client.get("/search", params={"q": q}).text for q in ("Ministry of Finance", "ministry of finance")]
    for page in pages:
        assert 'href="/id/actor/mof"' in page and "财政部" in page
