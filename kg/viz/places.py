"""The place pages: places linked by shared measures, and places on a map of China's outlines."""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

from kg.analyse.analysis import Analysis
from kg.analyse.records import snippet
from kg.viz.common import limit_note, physics_options, province_options, top_n
from kg.viz.page import PageSpec
from kg.viz.style import COMMUNITY_COLORS, GREY, community_color

CITY_NODE_LIMIT = 800
CITY_EDGE_LIMIT = 4000
GEO_NODE_LIMIT = 5000
GEO_EDGE_LIMIT = 1500
BOUNDARIES = Path(__file__).resolve().parent / "data" / "china-boundaries.geojson"
"""Province and prefecture outlines (ECharts 4.9.0 map data, Apache-2.0; see data/README.md)."""
CENTRE = (104.0, 35.0)
"""Longitude and latitude at the origin of the map's plane: every map page uses the same projection."""
MEASURES_PER_EDGE = 3
DEGREE_PX = 40.0  # pixels per degree of latitude on the map-like page
GRID_STEP = 5
GEO_TITLE = "policykg · 地理视图 places on the map"


def _edge_title(analysis: Analysis, a: str, b: str, measures: tuple[str, ...], jaccard: float) -> str:
    labels, all_measures = analysis.network.labels, analysis.network.measures
    lines = [f"{labels[a]} – {labels[b]}: {len(measures)} 项共同措施 shared measures, Jaccard {jaccard:.2f}"]
    lines += [f"“{snippet(all_measures[m].source_text or all_measures[m].label, 100)}”"
              for m in measures[:MEASURES_PER_EDGE]]
    if len(measures) > MEASURES_PER_EDGE:
        lines.append(f"… +{len(measures) - MEASURES_PER_EDGE}")
    return "\n".join(lines)


def _place_panel(analysis: Analysis, iri: str, extra: list[list[str]]) -> dict[str, Any]:
    """The side panel of a place: class, code, province, counts, and the sentences of its measures."""
    network = analysis.network
    place = network.places[iri]
    province = network.places.get(place.province or "")
    fields = [["类别 class", place.kind]]
    if place.admin_code:
        fields.append(["行政区划代码 code", place.admin_code])
    if province and province.iri != iri:
        fields.append(["省级 province", province.label])
    measures = sorted(analysis.place_measures.get(iri, ()))
    return {"label": place.label, "names": [place.label], "fields": fields + extra,
            "sentences": [snippet(network.measures[m].source_text or network.measures[m].label, 200)
                          for m in measures[:MEASURES_PER_EDGE * 2]]}


@cache
def _boundaries() -> list[dict[str, Any]]:
    """The outlines as ``{"level", "name", "rings": [[lon, lat, lon, lat, …], …]}``, provinces first."""
    collection = json.loads(BOUNDARIES.read_text(encoding="utf-8"))
    shapes = []
    for feature in collection["features"]:
        rings = [[value for point in polygon[0] for value in point] for polygon in feature["geometry"]["coordinates"]]
        shapes.append({"level": feature["properties"]["level"], "name": feature["properties"]["name"], "rings": rings})
    return sorted(shapes, key=lambda shape: shape["level"] != "prefecture")  # provinces drawn last, on top


def projected_boundaries(kx: float, ky: float) -> list[dict[str, Any]]:
    """The outlines in the page's plane: x east, y south, ``kx``/``ky`` pixels per degree from :data:`CENTRE`."""
    lon0, lat0 = CENTRE
    return [{"level": shape["level"],
             "rings": [[round((v - lon0) * kx, 1) if i % 2 == 0 else round(-(v - lat0) * ky, 1)
                        for i, v in enumerate(ring)] for ring in shape["rings"]]}
            for shape in _boundaries()]


def _place_title(analysis: Analysis, iri: str, extra: str) -> str:
    place = analysis.network.places[iri]
    province = analysis.network.places.get(place.province or "")
    lines = [place.label, place.kind]
    if place.admin_code:
        lines.append(f"行政区划代码 {place.admin_code}")
    if province and province.iri != iri:
        lines.append(f"省级 {province.label}")
    lines += [extra, iri]
    return "\n".join(lines)


def _community_index(analysis: Analysis) -> dict[str, int]:
    return {member: index for index, group in enumerate(analysis.communities.groups) for member in group}


def cities_page(analysis: Analysis) -> PageSpec:
    """Places linked by shared measures: edge width by count, colour by Louvain community."""
    projection = analysis.projection
    weighted = {n: float(projection.degree(n, weight="weight")) for n in projection}
    keep = top_n(weighted, CITY_NODE_LIMIT)
    pairs = [p for p in analysis.place_pairs if p.a in keep and p.b in keep][:CITY_EDGE_LIMIT]
    community = _community_index(analysis)
    places = analysis.network.places
    nodes = [{"id": iri, "label": places[iri].label, "kind": places[iri].kind,
              "provinces": [places[iri].province] if places[iri].province else [],
              "color": community_color(community[iri]) if len(analysis.communities.groups[community[iri]]) > 1 else GREY,
              "value": len(analysis.place_measures[iri]),
              "title": _place_title(analysis, iri, f"{len(analysis.place_measures[iri])} 项措施 measures · "
                                                    f"社区 community {community[iri] + 1}"),
              "panel": _place_panel(analysis, iri, [["措施 measures", str(len(analysis.place_measures[iri]))],
                                                    ["社区 community", str(community[iri] + 1)]])}
             for iri in sorted(keep)]
    options = physics_options(len(nodes))
    options["edges"] |= {"arrows": {"to": {"enabled": False}}, "scaling": {"min": 1, "max": 12}}
    options["nodes"] |= {"shape": "dot", "scaling": {"min": 8, "max": 36}}
    groups = [g for g in analysis.communities.groups if len(g) > 1]
    notes = [f"{len(nodes):,} places, {len(pairs):,} pairs sharing at least one measure. Edge width: "
             "shared measures; colour: Louvain community (grey: no community); size: measures.",
             *limit_note(len(nodes), projection.number_of_nodes(), "places", "highest weighted degree"),
             *limit_note(len(pairs), len(analysis.place_pairs), "pairs", "most shared measures")]
    if not pairs:
        notes.insert(0, "No two places share a measure. 没有两个地点共享同一措施。")
    return PageSpec(
        title="policykg · 城市网络 places by shared measures",
        notes=notes,
        nodes=nodes,
        edges=[{"from": p.a, "to": p.b, "value": p.weight,
                "title": _edge_title(analysis, p.a, p.b, p.shared, p.jaccard)} for p in pairs],
        options=options,
        legend=[{"color": community_color(i), "text": f"社区 community {i + 1} ({len(g)})"}
                for i, g in enumerate(groups[:len(COMMUNITY_COLORS)])],
        provinces=province_options({p for n in nodes for p in n["provinces"]}, analysis.network.labels),
    )


def geo_page(analysis: Analysis) -> PageSpec:
    """Places at their longitude/latitude (fixed, physics off), sized by the measures targeting them.

    Province and prefecture outlines (shipped with the package, nothing fetched) and a faint graticule
    every ``GRID_STEP`` degrees lie under the places; edges join places sharing measures; places
    without coordinates are listed.
    """
    network = analysis.network
    located = {iri: p for iri, p in network.places.items() if p.lat is not None and p.lon is not None}
    counts = {iri: len(analysis.place_measures.get(iri, ())) for iri in located}
    keep = top_n({iri: float(c) for iri, c in counts.items()}, GEO_NODE_LIMIT)
    notes = ["Places at their coordinates over province and prefecture outlines; dot size: measures "
             "targeting the place (grey: none); red lines: places sharing measures. 按经纬度定位。",
             *limit_note(len(keep), len(located), "located places", "most measures")]
    unlocated = sorted(p.label for iri, p in network.places.items() if iri not in located)
    if not keep:
        return PageSpec(title=GEO_TITLE, notes=["No place has coordinates (wgs:lat, wgs:long).", *notes],
                        nodes=[], edges=[], options={"physics": {"enabled": False}}, unlocated=unlocated)
    shown = sorted(keep)
    lon0, lat0 = CENTRE
    kx, ky = DEGREE_PX * math.cos(math.radians(lat0)), DEGREE_PX
    nodes = []
    for iri in shown:
        place = located[iri]
        node = {"id": iri, "label": place.label, "kind": place.kind, "fixed": True, "physics": False,
                "x": round((place.lon - lon0) * kx, 2), "y": round(-(place.lat - lat0) * ky, 2),
                "provinces": [place.province] if place.province else [],
                "title": _place_title(analysis, iri, f"{counts[iri]} 项措施 measures · "
                                                     f"{place.lat:.2f}°N {place.lon:.2f}°E"),
                "panel": _place_panel(analysis, iri, [["措施 measures", str(counts[iri])],
                                                      ["坐标 coordinates", f"{place.lat:.2f}°N {place.lon:.2f}°E"]])}
        if place.kind == "Province" and not counts[iri]:
            node |= {"shape": "text", "font": {"size": 16, "color": "#0d47a1"}}
        else:
            node |= {"shape": "dot", "value": counts[iri], "color": "#1976d2" if counts[iri] else GREY}
        nodes.append(node)
    lats = [located[i].lat for i in shown]
    lons = [located[i].lon for i in shown]
    grid = {"lon0": lon0, "lat0": lat0, "kx": kx, "ky": ky, "step": GRID_STEP,
            "lon_min": GRID_STEP * math.floor(min(lons) / GRID_STEP),
            "lon_max": GRID_STEP * math.ceil(max(lons) / GRID_STEP),
            "lat_min": GRID_STEP * math.floor(min(lats) / GRID_STEP),
            "lat_max": GRID_STEP * math.ceil(max(lats) / GRID_STEP)}
    pairs = [p for p in analysis.place_pairs if p.a in keep and p.b in keep][:GEO_EDGE_LIMIT]
    notes += limit_note(len(pairs), sum(1 for p in analysis.place_pairs if p.a in keep and p.b in keep),
                        "pairs", "most shared measures")
    return PageSpec(
        title=GEO_TITLE, notes=notes, nodes=nodes,
        edges=[{"from": p.a, "to": p.b, "value": p.weight, "title": _edge_title(analysis, p.a, p.b, p.shared, p.jaccard)}
               for p in pairs],
        options={"physics": {"enabled": False}, "layout": {"improvedLayout": False},
                 "interaction": {"hover": True, "tooltipDelay": 120, "dragNodes": False},
                 "edges": {"smooth": False, "arrows": {"to": {"enabled": False}}, "scaling": {"min": 1, "max": 8},
                           "color": {"color": "rgba(216, 67, 21, 0.45)", "highlight": "#bf360c"}},
                 "nodes": {"font": {"size": 11},
                           "scaling": {"min": 3, "max": 22,
                                       "label": {"enabled": True, "min": 10, "max": 14, "drawThreshold": 7}}}},
        provinces=province_options({p for n in nodes for p in n["provinces"]}, network.labels),
        grid=grid,
        boundaries=projected_boundaries(kx, ky),
        unlocated=unlocated,
    )
