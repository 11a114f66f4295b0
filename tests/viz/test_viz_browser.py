"""The pages open and draw in a real Chromium, offline, with no errors and nothing injected.

Needs Debian's ``chromium`` (``/usr/bin/chromium``) and the PyPI ``playwright`` package (its driver
ships in the wheel; no ``playwright install``). Without them the tests fail when ``CI`` is set and
are skipped otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from browser import browser_context, wait_until

from kg.viz import run_viz

GRAPHS = Path(__file__).resolve().parents[1] / "fixtures" / "graphs"
PAGES = ["graph.html", "cities.html", "geo.html", "timeline.html"]
NETWORK_PAGES = PAGES[:3]
# Pixels on the canvas that are not white/transparent: the drawn network.
INK_JS = """() => {
  const canvas = document.querySelector('#network canvas');
  if (!canvas) return -1;
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let ink = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i + 3] > 0 && (pixels[i] < 240 || pixels[i + 1] < 240 || pixels[i + 2] < 240)) ink++;
  }
  return ink;
}"""
NODE_SCREEN_JS = """(id) => {
  const net = window.policykg.network;
  const dom = net.canvasToDOM(net.getPosition(id));
  const box = document.getElementById('network').getBoundingClientRect();
  return {x: box.left + dom.x, y: box.top + dom.y};
}"""



@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    yield from browser_context(tmp_path_factory.mktemp("chromium-profile"), viewport={"width": 1280, "height": 800})




class PageRun:
    """One page opened in the browser, with everything it logged, requested and popped up."""

    def __init__(self, context, path: Path) -> None:
        self.page = context.new_page()
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", lambda r: self.failed.append(r.url))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.resolve().as_uri())
        wait_until(self.page, "!!(window.policykg && window.policykg.ready && window.policykg.drawn)",
                   timeout_ms=60_000)
        self.page.wait_for_timeout(200)


@pytest.fixture(scope="module")
def small_pages(tmp_path_factory):
    out = tmp_path_factory.mktemp("viz-browser")
    run_viz(GRAPHS / "small.trig", out, [])
    return out


@pytest.mark.parametrize("name", PAGES)
def test_page_draws_offline_without_errors(browser, small_pages, name, tmp_path):
    run = PageRun(browser, small_pages / name)
    assert run.errors == [] and run.failed == [] and run.dialogs == []
    assert all(url.startswith(("file:", "data:")) for url in run.requests), run.requests
    if name in NETWORK_PAGES:
        assert run.page.evaluate(INK_JS) > 500
    run.page.screenshot(path=str(tmp_path / f"{name}.png"))
    assert (tmp_path / f"{name}.png").stat().st_size > 5_000
    run.page.close()


def test_class_filter_hides_other_nodes(browser, small_pages):
    run = PageRun(browser, small_pages / "graph.html")
    # documents, places, actors and concepts first; provisions and measures behind the toggle
    assert run.page.text_content("#status").startswith("16 ")
    run.page.check("#detail-toggle")
    run.page.select_option("#class-filter", "measure")
    assert run.page.text_content("#status").startswith("5 ")
    run.page.select_option("#class-filter", "")
    run.page.select_option("#province-filter", label="山西省")
    # 山西省, 大同市, its two measures, their provision, actor and industry, and its cluster
    assert run.page.evaluate("window.policykg.network.body.data.nodes.length") == 8
    run.page.close()


@pytest.mark.parametrize("name", NETWORK_PAGES)
def test_search_finds_a_place_and_a_click_opens_its_panel(browser, small_pages, name):
    run = PageRun(browser, small_pages / name)
    run.page.fill("#search", "沈阳")
    run.page.press("#search", "Enter")
    shenyang = "https://w3id.org/policykg/id/place/210100"
    assert run.page.evaluate("window.policykg.found") == shenyang
    assert run.page.is_visible("#panel") and run.page.text_content("#panel-title") == "沈阳市"
    assert "210100" in run.page.text_content("#panel-fields")
    assert run.page.text_content("#panel-iri") == shenyang  # a file: page has no server to link to
    run.page.click("#panel-close")
    assert not run.page.is_visible("#panel")
    assert "支持沈阳市建设先进装备制造业基地" in run.page.text_content("#panel-sentences")
    baotou = "https://w3id.org/policykg/id/place/150200"  # no other place close by on the map
    for _ in range(3):  # the layout may still settle under load: read the node's position again and retry
        point = run.page.evaluate(NODE_SCREEN_JS, baotou)
        run.page.mouse.click(point["x"], point["y"])
        try:
            wait_until(run.page, f"window.policykg.panel === '{baotou}'", timeout_ms=3_000)
            break
        except AssertionError:
            continue
    assert run.page.evaluate("window.policykg.panel") == baotou
    assert run.page.text_content("#panel-title") == "包头市"
    with run.page.expect_download() as download:
        run.page.click("#export-png")
    assert download.value.suggested_filename.endswith(".png")
    assert run.errors == [] and run.dialogs == []
    run.page.close()


def test_timeline_year_click_search_and_svg_export(browser, small_pages):
    run = PageRun(browser, small_pages / "timeline.html")
    run.page.click('#chart .bar[data-year="2021"] rect.hit')
    assert run.page.text_content("#status") == "1 文件 documents · 2021"
    run.page.fill("#search", "没有这个标题")
    assert run.page.text_content("#status").startswith("0 ")
    run.page.fill("#search", "1618")
    run.page.click("#documents tbody tr")
    assert "发改振兴〔2021〕1618号" in run.page.text_content("#panel-fields")
    with run.page.expect_download() as download:
        run.page.click("#export-svg")
    assert download.value.suggested_filename == "policykg-timeline.svg"
    assert run.errors == [] and run.dialogs == []
    run.page.close()


def test_hostile_text_shows_as_text_and_runs_nothing(browser, tmp_path):
    out = tmp_path / "pages"
    run_viz(GRAPHS / "hostile.ttl", out, [])
    timeline = PageRun(browser, out / "timeline.html")
    assert timeline.dialogs == [] and timeline.errors == []
    assert "通知<script>alert(1)</script>" in timeline.page.text_content("#documents")
    timeline.page.close()
    for name in NETWORK_PAGES:
        run = PageRun(browser, out / name)
        assert run.dialogs == [] and run.errors == []
        assert run.page.evaluate("document.querySelectorAll('img').length") == 0
        place = "https://w3id.org/policykg/id/place/110107"
        point = run.page.evaluate(NODE_SCREEN_JS, place)
        run.page.mouse.move(point["x"], point["y"])
        tooltip = run.page.wait_for_selector(".vis-tooltip .kg-tooltip", state="visible", timeout=5_000)
        assert "石景山区'\"><img src=x onerror=alert(3)>" in tooltip.text_content()
        run.page.mouse.click(point["x"], point["y"])
        wait_until(run.page, f"window.policykg.panel === '{place}'", timeout_ms=5_000)
        assert "<img src=x onerror=alert(3)>" in run.page.text_content("#panel-title")
        if name == "graph.html":
            run.page.check("#detail-toggle")
            measure = "https://w3id.org/policykg/id/doc/evil/p1/m1"
            run.page.mouse.move(0, 0)
            point = run.page.evaluate(NODE_SCREEN_JS, measure)
            run.page.mouse.move(point["x"], point["y"])
            wait_until(run.page, "document.querySelector('.vis-tooltip').textContent"
                                 ".includes('<script>alert(4)</script>')", timeout_ms=5_000)
        assert run.dialogs == []
        run.page.close()
