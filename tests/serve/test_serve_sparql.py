"""The SPARQL 1.1 Protocol endpoint: methods, result formats, read-only, limits, CORS."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph
from starlette.testclient import TestClient

from kg.serve.app import create_app

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "linked" / "mini.trig"
PREFIX = "PREFIX pkg: <https://w3id.org/policykg/ontology#>\n"
SUPPORTED = PREFIX + "SELECT ?place ?m WHERE { ?place pkg:supportedBy ?m } ORDER BY ?place ?m"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
RESULTS_NS = "{http://www.w3.org/2005/sparql-results#}"


def _count(client: TestClient) -> int:
    response = client.get("/sparql", params={"query": COUNT})
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_get_post_form_and_post_query_agree(client: TestClient) -> None:
    by_get = client.get("/sparql", params={"query": SUPPORTED})
    by_form = client.post("/sparql", data={"query": SUPPORTED})
    by_body = client.post("/sparql", content=SUPPORTED.encode(), headers={"Content-Type": "application/sparql-query"})
    assert by_get.status_code == by_form.status_code == by_body.status_code == 200
    assert by_get.headers["content-type"].startswith("application/sparql-results+json")
    assert by_get.json() == by_form.json() == by_body.json()
    bindings = by_get.json()["results"]["bindings"]
    assert len(bindings) == 6
    assert bindings[0]["place"] == {"type": "uri", "value": "https://w3id.org/policykg/id/place/210100"}


def test_select_as_xml_csv_and_tsv(client: TestClient) -> None:
    query = PREFIX + 'SELECT ?label WHERE { <https://w3id.org/policykg/id/place/210100> <http://www.w3.org/2000/01/rdf-schema#label> ?label }'
    xml = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+xml"})
    literal = ET.fromstring(xml.content).find(f".//{RESULTS_NS}literal")
    assert literal is not None and literal.text == "沈阳市"
    assert literal.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh"
    table = client.get("/sparql", params={"query": SUPPORTED}, headers={"Accept": "text/csv"})
    assert table.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(table.text)))
    assert rows[0] == ["place", "m"] and len(rows) == 7
    tsv = client.get("/sparql", params={"query": query}, headers={"Accept": "text/tab-separated-values"})
    assert tsv.text.splitlines() == ["?label", '"沈阳市"@zh']


def test_ask_answers_json_and_xml(client: TestClient) -> None:
    ask = PREFIX + "ASK { ?p pkg:adminCode \"210100\" }"
    assert client.get("/sparql", params={"query": ask}).json()["boolean"] is True
    xml = client.get("/sparql", params={"query": ask}, headers={"Accept": "application/sparql-results+xml"})
    assert ET.fromstring(xml.content).find(f"{RESULTS_NS}boolean").text == "true"


@pytest.mark.parametrize(("accept", "rdflib_format"), [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                                       ("application/n-triples", "nt"), (None, "turtle")])
def test_construct_formats(client: TestClient, accept: str | None, rdflib_format: str) -> None:
    query = PREFIX + "CONSTRUCT { ?m pkg:targets ?p } WHERE { ?m pkg:targets ?p }"
    headers = {"Accept": accept} if accept else {}
    response = client.get("/sparql", params={"query": query}, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept or "text/turtle")
    assert len(Graph().parse(data=response.text, format=rdflib_format)) == 6


@pytest.mark.parametrize("send", [
    lambda c: c.get("/sparql", params={"update": "CLEAR ALL"}),
    lambda c: c.post("/sparql", data={"update": "CLEAR ALL"}),
    lambda c: c.post("/sparql", content=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update"}),
    lambda c: c.post("/sparql", data={"query": "PREFIX ex: <http://e/#a>\n# note\nINSERT DATA { ex:a ex:b ex:c }"}),
    lambda c: c.get("/sparql", params={"query": "drop all"}),
    lambda c: c.post("/sparql", content=b"DELETE WHERE { ?s ?p ?o }",
                     headers={"Content-Type": "application/sparql-query"}),
])
def test_updates_are_refused_and_change_nothing(client: TestClient, send) -> None:  # type: ignore[no-untyped-def]
    before = _count(client)
    response = send(client)
    assert response.status_code == 403
    assert "read-only" in response.text
    assert _count(client) == before > 0


def test_malformed_query_is_400_with_parser_message(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert response.status_code == 400
    assert response.text.startswith("malformed query: error at 1:")


@pytest.mark.parametrize(("kwargs", "status"), [
    ({"params": {}}, 400),
    ({"params": {"query": SUPPORTED}, "headers": {"Accept": "image/png"}}, 406),
])
def test_missing_query_and_unacceptable_format(client: TestClient, kwargs: dict, status: int) -> None:
    assert client.get("/sparql", **kwargs).status_code == status


def test_post_with_other_content_type_is_415(client: TestClient) -> None:
    response = client.post("/sparql", content=SUPPORTED.encode(), headers={"Content-Type": "text/plain"})
    assert response.status_code == 415


def test_result_cap(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.status_code == 400
    assert "more than 20 rows" in response.text
    construct = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert construct.status_code == 400 and "more than 20 triples" in construct.text


def test_cap_is_exact_and_project_prefixes_are_predeclared(client: TestClient) -> None:
    query = "SELECT ?s WHERE { ?s ?p ?o } LIMIT "
    assert len(client.get("/sparql", params={"query": query + "20"}).json()["results"]["bindings"]) == 20
    assert client.get("/sparql", params={"query": query + "21"}).status_code == 400
    tsv = client.get("/sparql", params={"query": query + "20"}, headers={"Accept": "text/tab-separated-values"})
    assert len(tsv.text.splitlines()) == 21
    bare = client.get("/sparql", params={"query": "SELECT ?m WHERE { ?m pkg:targets ?p } LIMIT 1"})
    assert bare.status_code == 200 and len(bare.json()["results"]["bindings"]) == 1


def test_literals_with_separators_survive_every_format(tmp_path: Path) -> None:
    graph = tmp_path / "odd.nt"
    graph.write_text('<http://e/a> <http://e/p> "x,\\"y\\"\\n\\tz"@zh .\n', encoding="utf-8")
    query = "SELECT ?o WHERE { ?s ?p ?o }"
    with TestClient(create_app(str(graph), workers=1)) as odd:
        as_json = odd.get("/sparql", params={"query": query}).json()
        as_csv = odd.get("/sparql", params={"query": query}, headers={"Accept": "text/csv"}).text
        as_xml = odd.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+xml"})
    assert as_json["results"]["bindings"][0]["o"] == {"type": "literal", "value": 'x,"y"\n\tz', "xml:lang": "zh"}
    assert list(csv.reader(io.StringIO(as_csv))) == [["o"], ['x,"y"\n\tz']]
    assert ET.fromstring(as_xml.content).find(f".//{RESULTS_NS}literal").text == 'x,"y"\n\tz'


def test_cors_headers(client: TestClient) -> None:
    simple = client.get("/sparql", params={"query": SUPPORTED}, headers={"Origin": "http://example.org"})
    assert simple.headers["access-control-allow-origin"] == "*"
    preflight = client.options("/sparql", headers={"Origin": "http://example.org",
                                                   "Access-Control-Request-Method": "POST",
                                                   "Access-Control-Request-Headers": "Content-Type"})
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]


def test_timeout_kills_the_query_and_the_service_recovers() -> None:
    app = create_app(str(MINI), workers=1, timeout=1.0)
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    with TestClient(app) as client:
        response = client.get("/sparql", params={"query": slow})
        assert response.status_code == 503
        assert "time limit" in response.text
        assert client.get("/sparql", params={"query": SUPPORTED}).status_code == 200


def test_dataset_parameters_select_graphs(client: TestClient) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    graph = "https://w3id.org/policykg/id/graph/doc-b"
    response = client.get("/sparql", params={"query": query, "default-graph-uri": graph})
    named = client.get("/sparql", params={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"})
    whole = client.get("/sparql", params={"query": query})
    counts = [int(r.json()["results"]["bindings"][0]["n"]["value"]) for r in (response, named, whole)]
    assert counts[0] == counts[1] == 16 < counts[2]


def test_void_and_dump(client: TestClient) -> None:
    void = Graph().parse(data=client.get("/.well-known/void", headers={"Accept": "text/turtle"}).text, format="turtle")
    rows = {(str(p), str(o)) for _, p, o in void}
    assert ("http://rdfs.org/ns/void#sparqlEndpoint", "http://testserver/sparql") in rows
    assert ("http://purl.org/dc/terms/license", "https://creativecommons.org/licenses/by/4.0/") in rows
    assert ("http://rdfs.org/ns/void#class", "https://w3id.org/policykg/ontology#Measure") in rows
    triples = int(next(o for _, p, o in void if str(p) == "http://rdfs.org/ns/void#triples"
                       and str(_) == "https://w3id.org/policykg/id/dataset"))
    dump = client.get("/dump")
    assert dump.headers["content-type"].startswith("application/n-quads")
    assert len(dump.text.splitlines()) == _count(client) >= triples > 0
    assert json.loads(client.get("/.well-known/void", headers={"Accept": "application/ld+json"}).text)


def test_serves_an_on_disk_store_with_two_workers(tmp_path: Path) -> None:
    from kg.store import save_store

    save_store(MINI, tmp_path / "store")
    with TestClient(create_app(f"oxigraph:{tmp_path / 'store'}", workers=2)) as client:
        answers = [client.get("/sparql", params={"query": SUPPORTED}).json() for _ in range(3)]
    assert answers[0] == answers[1] == answers[2]
    assert len(answers[0]["results"]["bindings"]) == 6


def test_unreadable_graph_fails_at_start(tmp_path: Path) -> None:
    from kg.errors import InputError

    bad = tmp_path / "bad.nt"
    bad.write_text("<a> <b>\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.nt"):
        create_app(str(bad), workers=1)
