"""The served pages in a real Chromium against a real uvicorn server on the seed graph, offline.

Needs Debian's ``chromium`` (``/usr/bin/chromium``) and the PyPI ``playwright`` package (its driver
ships in the wheel). Without them the tests fail when ``CI`` is set and are skipped otherwise.
Screenshots of the workbench and a place page go to a temporary folder, or to the folder named by
``POLICYKG_SCREENSHOTS`` (``POLICYKG_SCREENSHOTS=docs/screenshots`` refreshes the README's).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from browser import browser_context, wait_until

REPO = Path(__file__).resolve().parents[2]
QUERY = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT ?measure ?text (STRLEN(?text) AS ?length) WHERE { ?measure pkg:sourceText ?text } ORDER BY ?measure"""
# every sentence of a measure written in a provision that names Beijing: what the old page listed
NEAR_BEIJING = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT (COUNT(DISTINCT ?text) AS ?n) WHERE {
  <https://w3id.org/policykg/id/place/110000> pkg:mentionedIn ?provision .
  ?m pkg:inProvision ?provision ; pkg:sentenceText ?text .
}"""



def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, accept: str = "application/sparql-results+json") -> bytes:
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - a local test server
        return response.read()


@pytest.fixture(scope="module")
def server(seed_build, tmp_path_factory):
    """``policykg serve`` on the seed graph in its own process: the base URL."""
    _, out = seed_build
    port = _free_port()
    log = tmp_path_factory.mktemp("serve-log") / "serve.log"
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    with log.open("wb") as sink:
        process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--graph", str(out / "graph.trig"),
                                    "--port", str(port), "--workers", "2", "--per-client", "8"],
                                   cwd=REPO, env=env, stdout=sink, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                _get(f"{base}/sparql?query=ASK%7B%7D")
                break
            except (urllib.error.URLError, ConnectionError):
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"server did not start:\n{log.read_text(errors='replace')}")
                time.sleep(0.5)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory) -> Path:
    """Where screenshots go."""
    named = os.environ.get("POLICYKG_SCREENSHOTS")
    folder = Path(named) if named else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    downloads = tmp_path_factory.mktemp("downloads")
    yield from browser_context(tmp_path_factory.mktemp("chromium-profile"), accept_downloads=True,
                               downloads_path=str(downloads), viewport={"width": 1280, "height": 900})




class Visit:
    """A page opened in the browser, with every request it made and every error it logged."""

    def __init__(self, context, url: str) -> None:
        self.page = context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("response", lambda r: self.errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        self.page.goto(url)

    def assert_offline_and_clean(self, base: str) -> None:
        """Nothing left 127.0.0.1 and nothing went wrong (a CSP violation logs an error)."""
        outside = [url for url in self.requests if not url.startswith((base + "/", "blob:", "data:"))]
        assert outside == []
        assert self.errors == []


def _cells(page, column: int) -> list[str]:
    return page.eval_on_selector_all(
        f".yasr table.dataTable tbody tr td:nth-child({column + 1})", "cells => cells.map(c => c.textContent.trim())")


def test_workbench_runs_sorts_links_and_downloads(browser, server, screenshots):
    expected = len(json.loads(_get(f"{server}/sparql?query={urllib.parse.quote(QUERY)}"))
                   ["results"]["bindings"])
    assert expected > 100
    visit = Visit(browser, server + "/sparql")  # a browser without a query lands on the workbench
    page = visit.page
    assert urllib.parse.urlparse(page.url).path == "/"
    wait_until(page, "!!(window.policykg && window.policykg.ready && document.querySelector('.CodeMirror'))")
    example = (REPO / "queries" / "09_documents.rq").read_text(encoding="utf-8")
    page.select_option("#examples", "09_documents")  # a bundled query opens in its own tab
    assert page.evaluate("window.policykg.yasgui.getTab().getName()") == "09_documents"
    opened = page.evaluate("window.policykg.yasgui.getTab().getYasqe().getValue()")
    assert opened.count("PREFIX pkg:") == 1 and example.split("SELECT", 1)[1] in opened
    page.evaluate("q => window.policykg.yasgui.getTab().getYasqe().setValue(q)", QUERY)
    page.locator(".yasqe_queryButton:visible").click()
    wait_until(page, "document.querySelectorAll('.yasr table.dataTable tbody tr').length > 0")
    assert len(_cells(page, 1)) == 50  # one page of 50 rows: the table is paged
    hrefs = page.eval_on_selector_all(".yasr table.dataTable tbody td:nth-child(2) a.iri",
                                      "links => links.map(a => a.getAttribute('href'))")
    assert hrefs and all(href.startswith("/id/doc/") for href in hrefs)  # result IRIs open local pages
    orders = []
    for _ in range(2):  # sort by ?length, then the other way
        page.click(".yasr table.dataTable thead th:nth-child(4)")
        page.wait_for_timeout(300)
        orders.append([int(re.match(r'\D*(\d+)', cell).group(1)) for cell in _cells(page, 3)])
    first, second = orders
    assert (first == sorted(first) and second == sorted(second, reverse=True)) or \
        (first == sorted(first, reverse=True) and second == sorted(second))
    assert first != second
    with page.expect_download() as download_info:
        page.click("button[data-download=csv]")
    data = Path(download_info.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"))))
    assert rows[0] == ["measure", "text", "length"] and len(rows) == expected + 1
    assert any("沈阳" in row[1] and int(row[2]) == len(row[1]) for row in rows[1:])
    with page.expect_download() as table_download:  # YASR's own download button: the table as CSV
        page.locator(".yasr_downloadIcon:visible").click()
    assert Path(table_download.value.path()).read_bytes().startswith(b"\xef\xbb\xbf")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(screenshots / "workbench.png"))
    assert (screenshots / "workbench.png").stat().st_size > 20_000
    visit.assert_offline_and_clean(server)
    page.close()


def test_place_page_shows_only_sentences_that_name_it(browser, server):
    near = int(json.loads(_get(f"{server}/sparql?query={urllib.parse.quote(NEAR_BEIJING)}"))
               ["results"]["bindings"][0]["n"]["value"])
    visit = Visit(browser, server + "/id/place/110000")
    page = visit.page
    assert page.text_content("h1") == "北京市"
    groups = page.query_selector_all("section.doc")
    assert groups
    quotes = page.query_selector_all("section.doc blockquote")
    assert 0 < len(quotes) < near  # the other sentences near it do not name it
    for quote in quotes:
        marks = [mark.text_content() for mark in quote.query_selector_all("mark")]
        assert marks and all(text in ("北京市", "北京") for text in marks)
    heading = groups[0].query_selector("h3 a")
    assert heading.get_attribute("href").startswith("/id/doc/")
    assert "1618号" in groups[0].text_content() and "2021-11-19" in groups[0].text_content()
    visit.assert_offline_and_clean(server)
    page.close()


def test_search_box_finds_shenyang(browser, server, screenshots):
    visit = Visit(browser, server + "/id/place/110000")
    page = visit.page
    page.fill("header input[name=q]", "沈阳")
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector("#hits")
    page.click("#hits a:text-is('沈阳市')")
    page.wait_for_selector("section.doc")
    assert urllib.parse.urlparse(page.url).path == "/id/place/210100"
    assert page.text_content("h1") == "沈阳市"
    assert page.query_selector_all("section.doc blockquote mark")
    page.screenshot(path=str(screenshots / "place.png"))
    assert (screenshots / "place.png").stat().st_size > 20_000
    visit.assert_offline_and_clean(server)
    page.close()
