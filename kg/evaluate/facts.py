"""What a built graph claims, read with SPARQL over the contract vocabulary only (no extractor internals)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.graph.write import union_graph
from kg.vocab import PKG

PREFIXES = {"pkg": PKG._NS, "rdfs": RDFS, "skos": SKOS}
_PLACE_CLASSES = "pkg:Place, pkg:Province, pkg:City, pkg:District, pkg:County, pkg:Region, pkg:IndustrialPark"
_ACTOR_CLASSES = "pkg:Actor, pkg:GovernmentAgency, pkg:FinancialInstitution"
_IN_DOCUMENT = "?prov pkg:partOf* ?doc . ?doc a pkg:PolicyDocument ."

PLACES_QUERY = f"""
SELECT DISTINCT ?e ?name ?code WHERE {{
  ?e a ?cls . FILTER(?cls IN ({_PLACE_CLASSES}) || EXISTS {{ ?cls rdfs:subClassOf+ pkg:Place }})
  ?e pkg:mentionedIn ?prov . {_IN_DOCUMENT}
  ?e rdfs:label|skos:altLabel ?name .
  OPTIONAL {{ ?e pkg:adminCode ?code }}
}}"""

ACTORS_QUERY = f"""
SELECT DISTINCT ?e ?name WHERE {{
  ?e a ?cls . FILTER(?cls IN ({_ACTOR_CLASSES}) || EXISTS {{ ?cls rdfs:subClassOf+ pkg:Actor }})
  {{ ?e pkg:mentionedIn ?prov . {_IN_DOCUMENT} }} UNION {{ ?doc a pkg:PolicyDocument ; pkg:issuedBy ?e }}
  ?e rdfs:label|skos:altLabel ?name .
}}"""

TARGETS_QUERY = """
SELECT DISTINCT ?m ?e ?prov WHERE {
  { ?m pkg:targets ?e } UNION { ?e pkg:supportedBy ?m }
  ?m pkg:inProvision ?prov .
}"""

PROVISIONS_QUERY = """
SELECT DISTINCT ?prov ?parent ?kind ?number WHERE {
  ?prov pkg:partOf ?parent .
  OPTIONAL { ?prov pkg:provisionKind ?kind }
  OPTIONAL { ?prov pkg:provisionNumber ?number }
}"""

INDUSTRIES_QUERY = """
SELECT DISTINCT ?e ?i ?name WHERE {
  ?e pkg:hasIndustryCluster ?c . ?c pkg:clusterIndustry ?i .
  ?i skos:prefLabel|skos:altLabel|rdfs:label ?name .
}"""

PATH_KINDS = ("chapter", "article")


@dataclass
class Entity:
    """One graph entity: its IRI, every label it carries, and its admin code if any."""

    iri: URIRef
    names: set[str] = field(default_factory=set)
    code: str | None = None

    @property
    def display(self) -> str:
        """A short readable name: the shortest-sorted label, else the IRI."""
        return min(self.names, key=lambda n: (len(n), n)) if self.names else str(self.iri)


@dataclass
class Facts:
    """The system's claims for one document, in the shape the gold file has."""

    places: dict[URIRef, Entity]
    actors: dict[URIRef, Entity]
    place_measure: set[tuple[URIRef, str]]
    shared: set[frozenset[URIRef]]
    place_industry: dict[tuple[URIRef, URIRef], set[str]]


def _entities(graph: Graph, query: str) -> dict[URIRef, Entity]:
    found: dict[URIRef, Entity] = {}
    for row in graph.query(query, initNs=PREFIXES):
        entity = found.setdefault(row.e, Entity(row.e))
        entity.names.add(str(row.name))
        if getattr(row, "code", None) is not None:
            entity.code = str(row.code)
    return found


def provision_paths(graph: Graph) -> dict[URIRef, str]:
    """Map each provision to its path of chapter/article numbers, e.g. ``二/（四）``, or ``preamble``."""
    parent: dict[URIRef, URIRef] = {}
    label: dict[URIRef, str] = {}
    for row in graph.query(PROVISIONS_QUERY, initNs=PREFIXES):
        parent[row.prov] = row.parent
        if row.kind is not None and str(row.kind) in PATH_KINDS and row.number is not None:
            label[row.prov] = str(row.number)
    paths = {}
    for prov in parent:
        parts, node, seen = [], prov, set()
        while node is not None and node not in seen:
            seen.add(node)
            if node in label:
                parts.append(label[node])
            node = parent.get(node)
        paths[prov] = "/".join(reversed(parts)) or "preamble"
    return paths


def read_facts(graph: Graph | Dataset) -> Facts:
    """Query the graph for places, actors, place–measure links, shared measures and place industries."""
    if isinstance(graph, Dataset):
        graph = union_graph(graph)
    places = _entities(graph, PLACES_QUERY)
    actors = _entities(graph, ACTORS_QUERY)
    paths = provision_paths(graph)
    by_measure: dict[URIRef, set[URIRef]] = defaultdict(set)
    place_measure = set()
    for row in graph.query(TARGETS_QUERY, initNs=PREFIXES):
        if row.e in places:
            by_measure[row.m].add(row.e)
            place_measure.add((row.e, paths.get(row.prov, "preamble")))
    shared = {frozenset((a, b)) for targets in by_measure.values() for a in targets for b in targets if a != b}
    place_industry: dict[tuple[URIRef, URIRef], set[str]] = defaultdict(set)
    for row in graph.query(INDUSTRIES_QUERY, initNs=PREFIXES):
        if row.e in places:
            place_industry[(row.e, row.i)].add(str(row.name))
    return Facts(places, actors, place_measure, shared, dict(place_industry))
