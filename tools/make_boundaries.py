"""Make kg/viz/data/china-boundaries.geojson from the map files of the npm package ``echarts`` 4.9.0.

Usage: ``npm pack echarts@4.9.0 && tar xzf echarts-4.9.0.tgz`` then
``python tools/make_boundaries.py package/map/json kg/viz/data/china-boundaries.geojson``.

The package ships China's provinces (``china.json``) and each province's prefectures
(``province/*.json``) as GeoJSON with ECharts' compressed coordinates. This script decodes them,
simplifies every ring (Douglas–Peucker, ``TOLERANCE`` degrees), rounds to ``DIGITS`` decimals and
writes one FeatureCollection: provinces with their six-digit code, prefectures with the code of the
province holding their centre. Licence and source: kg/viz/data/README.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TOLERANCE = 0.05
DIGITS = 2
MIN_RING_POINTS = 4


def decode_ring(encoded: str, offset: list[int], scale: float = 1024) -> list[tuple[float, float]]:
    """ECharts' ring encoding: zig-zag deltas, two characters per point, offsets from ``encodeOffsets``."""
    points = []
    x0, y0 = offset
    for i in range(0, len(encoded), 2):
        dx, dy = ord(encoded[i]) - 64, ord(encoded[i + 1]) - 64
        x0 += (dx >> 1) ^ -(dx & 1)
        y0 += (dy >> 1) ^ -(dy & 1)
        points.append((x0 / scale, y0 / scale))
    return points


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas–Peucker on a closed ring (iterative)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            d = (abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length if length
                 else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5)
            if d > worst:
                worst, index = d, i
        if worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def rings_of(feature: dict) -> list[list[list[float]]]:
    geometry = feature["geometry"]
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    offsets = geometry.get("encodeOffsets") or [[None] * len(polygon) for polygon in polygons]
    offset_sets = offsets if geometry["type"] == "MultiPolygon" or "encodeOffsets" not in geometry else [offsets]
    rings = []
    for polygon, polygon_offsets in zip(polygons, offset_sets):
        for ring, offset in zip(polygon, polygon_offsets):
            decoded = decode_ring(ring, offset) if isinstance(ring, str) else [tuple(p) for p in ring]
            points = simplify(decoded, TOLERANCE)
            rounded = [[round(x, DIGITS), round(y, DIGITS)] for x, y in points]
            deduped = [p for i, p in enumerate(rounded) if i == 0 or p != rounded[i - 1]]
            if len(deduped) >= MIN_RING_POINTS:
                rings.append(deduped)
    return rings


def inside(point: list[float], ring: list[list[float]]) -> bool:
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            result = not result
    return result


def feature(properties: dict, rings: list) -> dict:
    return {"type": "Feature", "properties": properties,
            "geometry": {"type": "MultiPolygon", "coordinates": [[ring] for ring in rings]}}


def main(source: Path, target: Path) -> None:
    china = json.loads((source / "china.json").read_text(encoding="utf-8"))
    provinces = []
    for item in china["features"]:
        rings = rings_of(item)
        if rings:
            provinces.append((item["properties"]["id"], item["properties"]["name"], rings))
    features = [feature({"level": "province", "code": code, "name": name}, rings)
                for code, name, rings in sorted(provinces)]
    prefectures = []
    for path in sorted((source / "province").glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8"))["features"]:
            centre = item["properties"].get("cp")
            rings = rings_of(item)
            holder = next((code for code, _name, p_rings in provinces
                           if centre and any(inside(centre, r) for r in p_rings)), None)
            if rings and holder:
                prefectures.append((holder, item["properties"]["name"], rings))
    features += [feature({"level": "prefecture", "province": code, "name": name}, rings)
                 for code, name, rings in sorted(prefectures)]
    collection = {"type": "FeatureCollection", "features": features}
    target.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(provinces)} provinces, {len(prefectures)} prefectures, {target.stat().st_size:,} bytes → {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
