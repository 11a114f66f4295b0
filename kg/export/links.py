"""Links out of the graph: owl:sameAs to Wikidata from shipped tables, and GeoSPARQL points."""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad, Store

from kg.errors import InputError
from kg.link.wikidata import divisions, read_provinces
from kg.store import select

OWL_SAME_AS = NamedNode("http://www.w3.org/2002/07/owl#sameAs")
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
GEO = "http://www.opengis.net/ont/geosparql#"
WIKIDATA = "http://www.wikidata.org/entity/"
LINKS_GRAPH = NamedNode("https://w3id.org/policykg/id/graph/links")

_CODES = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT DISTINCT ?place ?code WHERE { ?place pkg:adminCode ?code FILTER(isIRI(?place)) } ORDER BY ?place ?code"""
_POINTS = """PREFIX wgs: <http://www.w3.org/2003/01/geo/wgs84_pos#>
SELECT ?place (SAMPLE(?lat) AS ?y) (SAMPLE(?long) AS ?x) WHERE {
  ?place wgs:lat ?lat ; wgs:long ?long FILTER(isIRI(?place))
} GROUP BY ?place ORDER BY ?place"""


def wikidata_table(folder: Path | None = None) -> dict[str, str]:
    """admin code → Wikidata QID: the shipped tables (``kg/link/wikidata.py``), or every ``*.tsv`` of
    provincial-style rows (``admin_code``, ``wikidata``) in ``folder``."""
    if folder is None:
        return {code: row.qid for code, row in divisions().items()}
    table: dict[str, str] = {}
    for path in sorted(folder.glob("*.tsv")):
        for code, row in read_provinces(path).items():
            if table.get(code, row.qid) != row.qid:
                raise InputError(f"admin code {code} mapped to {table[code]} and {row.qid}", path=path)
            table[code] = row.qid
    return table


def same_as_links(store: Store, table: dict[str, str]) -> list[Quad]:
    """``place owl:sameAs wd:Q…`` for every place whose admin code is in ``table``, unless a graph of the
    store already states that link (the build writes the shipped table's links into the reference graph)."""
    quads = []
    for place, code in select(store, _CODES)[1]:
        if code not in table:
            continue
        node, target = NamedNode(str(place)), NamedNode(WIKIDATA + table[code])
        if next(store.quads_for_pattern(node, OWL_SAME_AS, target), None) is None:
            quads.append(Quad(node, OWL_SAME_AS, target, LINKS_GRAPH))
    return quads


def geometries(store: Store) -> list[Quad]:
    """``place geo:hasGeometry <place#geometry>`` with a WKT ``POINT(long lat)`` where wgs:lat/long are given."""
    quads = []
    for place, lat, long in select(store, _POINTS)[1]:
        try:
            x, y = float(str(long)), float(str(lat))
        except ValueError:
            continue
        if not (-180 <= x <= 180 and -90 <= y <= 90):
            continue
        node, geometry = NamedNode(str(place)), NamedNode(f"{place}#geometry")
        wkt = Literal(f"POINT({long} {lat})", datatype=NamedNode(GEO + "wktLiteral"))
        quads += [Quad(node, NamedNode(GEO + "hasGeometry"), geometry, LINKS_GRAPH),
                  Quad(geometry, RDF_TYPE, NamedNode(GEO + "Geometry"), LINKS_GRAPH),
                  Quad(geometry, NamedNode(GEO + "asWKT"), wkt, LINKS_GRAPH)]
    return quads
