"""``policykg viz``: interactive HTML pages (vis-network through pyvis) that open offline."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from kg.analyse import Analysis, PolicyNetwork, analyse, network_of
from kg.analyse.files import atomic_write_text
from kg.options import view_names
from kg.store.view import StoreGraph, open_graph
from kg.viz.fonts import font_warning
from kg.viz.page import PageSpec, render
from kg.viz.fullgraph import full_page
from kg.viz.places import cities_page, geo_page
from kg.viz.timeline import timeline_page

__all__ = ["VIEWS", "Source", "run_viz", "write_pages"]


@dataclass
class Source:
    """An opened graph with its policy network; the analysis is computed once, when first needed."""

    graph: StoreGraph
    network: PolicyNetwork

    @cached_property
    def analysis(self) -> Analysis:
        """Pairs, centrality and communities of the network."""
        return analyse(self.network)


# view name → (file name, page builder)
VIEWS: dict[str, tuple[str, Callable[[Source], PageSpec]]] = {
    "full": ("graph.html", lambda source: full_page(source.graph)),
    "cities": ("cities.html", lambda source: cities_page(source.analysis)),
    "geo": ("geo.html", lambda source: geo_page(source.analysis)),
    "timeline": ("timeline.html", lambda source: timeline_page(source.graph)),
}


def write_pages(source: Source, out: Path, views: list[str]) -> list[Path]:
    """Write the pages named in ``views`` (all when empty); returns the paths written."""
    view_names(views)
    return [atomic_write_text(out / file_name, render(build(source)))
            for name, (file_name, build) in VIEWS.items() if not views or name in views]


def run_viz(graph: Path | str, out: Path, views: list[str]) -> list[Path]:
    """Open ``graph`` (a graph file, loaded into an in-memory store, or ``oxigraph:DIR``) and write the
    chosen pages into ``out``; returns the paths written.

    Warns on stderr when this machine has no CJK font to show the pages' labels (:mod:`kg.viz.fonts`).
    """
    warning = font_warning()
    if warning:
        print(f"policykg: warning: {warning}", file=sys.stderr)
    source = open_graph(graph)
    return write_pages(Source(source, network_of(source, graph)), out, views)
