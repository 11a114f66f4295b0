"""Render a page: vis-network (vendored by pyvis) and our own script inlined, data as JSON.

Nothing is fetched at view time: the vis-network build that ships inside the pyvis wheel is
inlined, and the template links no stylesheet or script. Extracted strings reach the page only
as JSON inside ``<script type="application/json">`` (``tojson`` escapes ``<``, ``>``, ``&`` and
``'``); the page script turns tooltips into DOM text nodes, so nothing extracted is parsed as HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from kg.vocab import PKGD

TEMPLATES = Path(__file__).resolve().parent / "templates"
ID_BASE = str(PKGD)
"""IRIs under this base have a resource page at ``/id/…`` when the page is served by ``policykg serve``."""
VIS_JS = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"


@dataclass
class PageSpec:
    """What one page shows. ``title`` and ``notes`` are our own words (escaped anyway)."""

    title: str
    notes: list[str]
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    options: dict[str, Any]
    legend: list[dict[str, Any]] = field(default_factory=list)
    classes: list[tuple[str, str]] = field(default_factory=list)
    provinces: list[tuple[str, str]] = field(default_factory=list)
    grid: dict[str, float] | None = None
    detail_kinds: list[str] = field(default_factory=list)  # hidden until "show provisions and measures"
    boundaries: list[dict[str, Any]] = field(default_factory=list)  # outlines drawn under a map
    unlocated: list[str] = field(default_factory=list)  # places without coordinates, listed on a map
    template: str = "page.html"
    extra: dict[str, Any] = field(default_factory=dict)  # what a page of its own template needs


@cache
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                       keep_trailing_newline=True)


@cache
def _inline(path: Path) -> Markup:
    text = path.read_text(encoding="utf-8")
    if "</script" in text.lower():
        raise ValueError(f"{path} cannot be inlined in a <script> element")
    return Markup(text)


def network_of(spec: PageSpec) -> Network:
    """A pyvis network holding the page's nodes, edges and options.

    Nodes and edges are appended directly: ``add_node``/``add_edge`` check for duplicates with a
    linear scan, which is quadratic on big graphs; our lists are already unique.
    """
    net = Network(directed=True, cdn_resources="in_line", heading=spec.title)
    net.nodes.extend(spec.nodes)
    net.edges.extend(spec.edges)
    net.options = spec.options
    return net


def render(spec: PageSpec) -> str:
    """The whole HTML page as a string."""
    net = network_of(spec)
    data = {"nodes": net.nodes, "edges": net.edges, "options": net.options, "legend": spec.legend,
            "classes": spec.classes, "provinces": spec.provinces, "grid": spec.grid,
            "detail_kinds": spec.detail_kinds, "boundaries": spec.boundaries, "unlocated": spec.unlocated,
            "id_base": ID_BASE} | spec.extra
    return _environment().get_template(spec.template).render(
        title=net.heading, notes=spec.notes, data=data, unlocated=spec.unlocated,
        vis_js=_inline(VIS_JS) if spec.template == "page.html" else "",
        page_js=_inline(TEMPLATES / spec.template.replace(".html", ".js")), page_css=_inline(TEMPLATES / "page.css"), **spec.extra)
