"""Dereferenceable IRIs, the ontology documentation, the query page, and HTML escaping."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from starlette.testclient import TestClient

from kg.serve.app import create_app

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


def test_query_page_lists_examples_safely(client: TestClient) -> None:
    page = client.get("/").text
    assert '<option value="places_by_measures">places_by_measures</option>' in page
    assert "</script><script>alert(1)" not in page
    data = re.search(r'<script type="application/json" id="example-data">(.*?)</script>', page, re.DOTALL)
    assert data is not None
    assert "alert(1)" in json.loads(data.group(1))["places_by_measures"]
    assert "cdn" not in page.lower()


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
