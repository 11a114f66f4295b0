"""Dereferenceable IRIs, the ontology documentation, the query page, and HTML escaping."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from starlette.testclient import TestClient

from kg.serve.app import create_app
from kg.store.formats import PREFIXES

ONTOLOGY = Path(__file__).resolve().parents[1] / "fixtures" / "linked" / "ontology-mini.ttl"
SHENYANG = "https://w3id.org/policykg/id/place/210100"


def test_resource_page_shows_label_types_links_and_sources(client: TestClient) -> None:
    response = client.get("/id/place/210100", headers={"Accept": "text/html"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "<h1>沈阳市</h1>" in page
    assert 'href="/ontology#City"' in page
    assert 'href="/id/place/210000"' in page and "辽宁省" in page
    assert page.count("<blockquote>") == 3
    assert "支持长春、沈阳开展老工业基地调整改造" in page
    assert 'href="/id/doc/doc-a/p1/m2"' in page


@pytest.mark.parametrize(("accept", "fmt"), [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                             ("application/n-triples", "nt")])
def test_resource_content_negotiation(client: TestClient, accept: str, fmt: str) -> None:
    response = client.get("/id/place/210100", headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
    assert "Accept" in response.headers["vary"]
    graph = Graph().parse(data=response.text, format=fmt)
    node = URIRef(SHENYANG)
    assert {str(o) for o in graph.objects(node, URIRef("https://w3id.org/policykg/ontology#adminCode"))} == {"210100"}
    incoming = set(graph.subjects(URIRef("https://w3id.org/policykg/ontology#targets"), node))
    assert len(incoming) == 3


def test_format_parameter_overrides_accept(client: TestClient) -> None:
    response = client.get("/id/place/210100?format=nt", headers={"Accept": "text/html"})
    assert response.headers["content-type"].startswith("application/n-triples")


@pytest.mark.parametrize("path", ["/id/place/999999", "/id/nothing", "/id/a%20b"])
def test_unknown_iris_are_404(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404
    assert client.get(path, headers={"Accept": "text/turtle"}).status_code == 404


def test_ontology_documentation(client: TestClient) -> None:
    page = client.get("/ontology", headers={"Accept": "text/html"}).text
    assert '<h3 id="targets">pkg:targets</h3>' in page
    assert "支持对象" in page and "The place the measure supports." in page
    assert 'href="/ontology#Measure"' in page and 'href="/ontology#Place"' in page
    assert "&lt;b&gt;" in page and "<b>." not in page
    turtle = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert turtle.content == ONTOLOGY.read_bytes()
    assert len(Graph().parse(data=client.get("/ontology?format=jsonld").text, format="json-ld")) > 10


def test_workbench_lists_examples_safely_and_loads_only_local_assets(client: TestClient) -> None:
    page = client.get("/").text
    assert '<option value="places_by_measures">places_by_measures</option>' in page
    assert "</script><script>alert(1)" not in page
    data = re.search(r'<script type="application/json" id="example-data">(.*?)</script>', page, re.DOTALL)
    assert data is not None
    assert "alert(1)" in json.loads(data.group(1))["places_by_measures"]
    prefixes = re.search(r'<script type="application/json" id="prefix-data">(.*?)</script>', page, re.DOTALL)
    assert prefixes is not None and json.loads(prefixes.group(1)) == PREFIXES
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert all(asset.startswith(("/", "data:")) for asset in assets), assets
    assert "/static/vendor/yasgui-4.6.2/yasgui.min.js" in assets


def test_static_assets_and_cache_headers(client: TestClient) -> None:
    vendored = client.get("/static/vendor/yasgui-4.6.2/yasgui.min.js")
    assert vendored.status_code == 200 and "immutable" in vendored.headers["cache-control"]
    assert "javascript" in vendored.headers["content-type"]
    own = client.get("/static/workbench.js")
    assert own.status_code == 200 and own.headers["cache-control"] == "no-cache"
    assert client.get("/static/vendor/yasgui-4.6.2/LICENSE").text.startswith("The MIT License")
    assert client.get("/static/../app.py").status_code == 404


def test_browser_without_query_opens_the_workbench(client: TestClient) -> None:
    response = client.get("/sparql", headers={"Accept": "text/html,*/*;q=0.8"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/"
    assert "policykg SPARQL" in client.get("/sparql", headers={"Accept": "text/html"}).text


PLACE = """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix pkg: <https://w3id.org/policykg/ontology#> .
@base <https://w3id.org/policykg/id/> .
<place/110000> a pkg:Province ; rdfs:label "北京市"@zh ; skos:altLabel "北京"@zh ;
    pkg:mentionedIn <doc/a/p1> ; owl:sameAs <http://www.wikidata.org/entity/Q956> .
<place/110107> a pkg:District ; rdfs:label "石景山区"@zh ; pkg:locatedIn <place/110000> .
<doc/a> a pkg:PolicyDocument ; dcterms:title "关于<示范区>的通知"@zh ; pkg:documentNumber "发改〔2021〕1号" ;
    dcterms:issued "2021-11-19"^^xsd:date ; pkg:cites <doc/b> .
<doc/b> a pkg:PolicyDocument ; dcterms:title "被引用的规划"@zh .
<doc/a/p1> a pkg:Provision ; rdfs:label "（一） 城市功能"@zh ; pkg:partOf <doc/a> ; pkg:provisionNumber "（一）" ;
    pkg:heading "城市功能"@zh ; pkg:ordinal 1 .
<doc/a/p1/m/1> a pkg:Measure ; pkg:inProvision <doc/a/p1> ; pkg:sourceText "鼓励北京石景山区探索"@zh ;
    pkg:sentenceText "鼓励北京石景山区探索<新>途径。"@zh .
<doc/a/p1/m/2> a pkg:Measure ; pkg:inProvision <doc/a/p1> ; pkg:sourceText "支持重庆拓展空间"@zh ;
    pkg:sentenceText "支持重庆拓展空间。"@zh .
<doc/a/p1/m/3> a pkg:Measure ; pkg:inProvision <doc/a/p1> ; pkg:sourceText "探索"@zh ;
    pkg:sentenceText "鼓励北京石景山区探索<新>途径。"@zh .
"""


def test_place_page_shows_only_sentences_that_name_it_grouped_by_document(tmp_path: Path) -> None:
    graph = tmp_path / "place.ttl"
    graph.write_text(PLACE, encoding="utf-8")
    with TestClient(create_app(str(graph), workers=1)) as place_client:
        page = place_client.get("/id/place/110000", headers={"Accept": "text/html"}).text
        document = place_client.get("/id/doc/a", headers={"Accept": "text/html"}).text
        measure = place_client.get("/id/doc/a/p1/m/1", headers={"Accept": "text/html"}).text
    assert "重庆" not in page.split("<details")[0]  # a sentence of the same provision that does not name it
    assert page.count("<blockquote>") == 1  # two measures, one sentence
    assert "鼓励<mark>北京</mark>石景山区探索&lt;新&gt;途径。" in page
    assert 'href="/id/doc/a/p1/m/1"' in page and 'href="/id/doc/a/p1/m/3"' in page
    section = page[page.index('<section class="doc">'):]
    order = ("关于&lt;示范区&gt;的通知", "发改〔2021〕1号 · 2021-11-19", "<blockquote>")
    positions = [section.index(text) for text in order]
    assert positions == sorted(positions)
    assert 'href="/id/place/110107"' in page and 'href="http://www.wikidata.org/entity/Q956"' in page
    assert "<h2>contains</h2>" in page and "<h2>Wikidata</h2>" in page
    assert '<ul class="tree">' in document and "（一） 城市功能" in document
    assert "支持重庆拓展空间" in document
    assert 'href="/id/place/110000"' in document.split("<details")[0]
    assert "<h2>cites</h2>" in document and 'href="/id/doc/b"' in document.split("<details")[0]
    assert "鼓励北京石景山区<mark>探索</mark>" not in measure
    assert "<mark>鼓励北京石景山区探索</mark>&lt;新&gt;途径。" in measure
    assert "关于&lt;示范区&gt;的通知" in measure


EVIL = """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix pkg: <https://w3id.org/policykg/ontology#> .
<https://w3id.org/policykg/id/place/110000> a pkg:Province ;
    rdfs:label "<script>alert(1)</script> \\"quoted\\" & 'single'"@zh ;
    rdfs:seeAlso <javascript:alert(2)> .
<https://w3id.org/policykg/id/m/1> a pkg:Measure ; pkg:sourceText "<img src=x onerror=alert(3)>"@zh ;
    pkg:targets <https://w3id.org/policykg/id/place/110000> .
"""


def test_resource_page_escapes_every_extracted_string(tmp_path: Path) -> None:
    graph = tmp_path / "evil.ttl"
    graph.write_text(EVIL, encoding="utf-8")
    with TestClient(create_app(str(graph), workers=1)) as evil_client:
        page = evil_client.get("/id/place/110000", headers={"Accept": "text/html"}).text
        measure = evil_client.get("/id/m/1", headers={"Accept": "text/html"}).text
    assert "<script>alert(1)" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#x27;single&#x27;" in page
    assert "&lt;img src=x onerror=alert(3)&gt;" in page
    assert 'href="javascript:' not in page
    assert "&lt;img src=x onerror=alert(3)&gt;" in measure and "<img" not in measure


def test_shipped_ontology_documents_every_vocabulary_term() -> None:
    from kg.resources import ontology_file
    from kg.serve.ontology_doc import read_ontology
    from kg.serve.pages import ontology_page
    from kg.vocab import ONTOLOGY_IRI, PKG

    path = ontology_file()
    if not path.is_file():
        pytest.skip("ontology/policykg.ttl is not installed")
    page = ontology_page(read_ontology(path, ONTOLOGY_IRI + "#"))
    missing = [name for name in PKG.__annotations__ if f'id="{name}"' not in page]
    assert missing == []


def test_page_queries_are_admitted_as_the_asking_client() -> None:
    from kg.serve.app import ClientSelector

    calls: list[tuple[str, object, str]] = []

    class Pool:
        def call(self, operation: str, payload: object, client: str = "") -> object:
            calls.append((operation, payload, client))
            return ["this"], []

    ClientSelector(Pool(), "10.0.0.7").select("SELECT ?this WHERE {}", this="http://e/x")  # type: ignore[arg-type]
    assert calls == [("select", ("SELECT ?this WHERE {}", {"this": "http://e/x"}), "10.0.0.7")]
