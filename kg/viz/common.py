"""Pieces the pages share: physics that settles, top-N capping, notes, province choices."""

from __future__ import annotations

from typing import Any


def physics_options(nodes: int, *, edge_labels: bool = False) -> dict[str, Any]:
    """Options for a layout that settles: stabilise in the background, then physics off (page.js)."""
    return {
        "layout": {"improvedLayout": nodes <= 150, "randomSeed": 7},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 110},
                    "stabilization": {"enabled": True, "iterations": 400 if nodes <= 500 else 150,
                                      "updateInterval": 50, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": nodes > 500},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}},
                  "font": {"size": 9 if edge_labels else 0, "color": "#78909c", "strokeWidth": 0},
                  "color": {"color": "#b0bec5", "highlight": "#546e7a"}},
        "nodes": {"font": {"size": 13, "face": "sans-serif"}},
    }


def top_n(degrees: dict[str, float], limit: int) -> set[str]:
    """The ``limit`` keys with the highest values (ties by key)."""
    return set(sorted(degrees, key=lambda n: (-degrees[n], n))[:limit])


def limit_note(shown: int, total: int, what: str, by: str) -> list[str]:
    """A line for the page saying what was left out, or nothing when all is shown."""
    if shown >= total:
        return []
    return [f"Showing {shown:,} of {total:,} {what} ({by}); the rest are left out to keep the page "
            f"responsive. 仅显示 {shown:,} / {total:,}。"]


def local_name(iri: str) -> str:
    """The last segment of an IRI (``targets`` for ``pkg:targets``)."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def province_options(used: set[str], labels: dict[str, str]) -> list[tuple[str, str]]:
    """``(IRI, label)`` of the provinces in use, by label."""
    return sorted(((p, labels.get(p) or local_name(p)) for p in used), key=lambda pair: (pair[1], pair[0]))
