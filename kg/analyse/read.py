"""Read the places, measures, actors and industries the analytics need from a built graph.

Works from the RDF alone (CONTRACT.md terms), read from a store through
:class:`kg.store.view.StoreGraph`. ``pkg:targets`` and its inverse ``pkg:supportedBy`` are both
read, so a graph that materialises only one direction gives the same answer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import RDF, RDFS, SKOS, Literal, URIRef
from rdflib.namespace import DCTERMS

from kg.store.view import StoreGraph
from kg.vocab import PKG, WGS

PLACE_CLASSES = (PKG.Place, PKG.Province, PKG.City, PKG.District, PKG.County, PKG.Region,
                 PKG.IndustrialPark)


@dataclass(frozen=True)
class Place:
    """A place with what the pages and reports show about it."""

    iri: str
    label: str
    kind: str
    admin_code: str | None
    province: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Measure:
    """A measure: the places it targets, the industries it concerns, the actors that provide it."""

    iri: str
    label: str
    source_text: str
    places: frozenset[str]
    industries: frozenset[str]
    actors: frozenset[str]
    document_number: str = ""
    document_title: str = ""


UP_TO_DOCUMENT = (PKG.inProvision, PKG.partOf)
"""From a measure up to its document: measure → provision → … → document."""


def document_of(graph: StoreGraph, node: URIRef) -> URIRef | None:
    """The policy document a measure, goal or provision belongs to, up its ``inProvision``/``partOf`` links."""
    seen: set[URIRef] = set()
    while (node, RDF.type, PKG.PolicyDocument) not in graph:
        if node in seen:
            return None
        seen.add(node)
        parent = min((o for p in UP_TO_DOCUMENT for o in graph.objects(node, p) if isinstance(o, URIRef)),
                     default=None)
        if parent is None:
            return None
        node = parent
    return node


@dataclass(frozen=True)
class PolicyNetwork:
    """Everything the analytics read from the graph, keyed by IRI string."""

    places: dict[str, Place]
    measures: dict[str, Measure]
    labels: dict[str, str]
    cluster_industries: dict[str, frozenset[str]]


def label_of(graph: StoreGraph, node: URIRef) -> str:
    """The node's ``rdfs:label`` (Chinese preferred, then any), else the last segment of its IRI."""
    labels = sorted(graph.objects(node, RDFS.label), key=_label_rank)
    if labels:
        return str(labels[0])
    alt = sorted(str(o) for o in graph.objects(node, SKOS.altLabel))
    if alt:
        return alt[0]
    return str(node).rstrip("/").rsplit("/", 1)[-1]


def _label_rank(lit: object) -> tuple[int, str]:
    lang = lit.language if isinstance(lit, Literal) else None
    rank = 0 if lang and lang.lower().startswith("zh") else 1 if lang is None else 2
    return rank, str(lit)


def _first_literal(graph: StoreGraph, node: URIRef, prop: URIRef) -> str | None:
    values = sorted(str(o) for o in graph.objects(node, prop) if isinstance(o, Literal))
    return values[0] if values else None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def place_kind(graph: StoreGraph, node: URIRef) -> str:
    """The most specific place class's local name (``City``), ``Place`` if only that is known."""
    kinds = sorted(str(t).rsplit("#", 1)[-1] for t in graph.objects(node, RDF.type) if t in PLACE_CLASSES)
    specific = [k for k in kinds if k != "Place"]
    return specific[0] if specific else "Place"


def province_of(graph: StoreGraph, node: URIRef) -> URIRef | None:
    """Follow ``pkg:locatedIn`` up to the enclosing ``pkg:Province`` (the node itself if it is one)."""
    seen: set[URIRef] = set()
    current: URIRef | None = node
    while current is not None and current not in seen:
        seen.add(current)
        if (current, RDF.type, PKG.Province) in graph:
            return current
        parents = sorted(p for p in graph.objects(current, PKG.locatedIn) if isinstance(p, URIRef))
        current = parents[0] if parents else None
    return None


def place_nodes(graph: StoreGraph) -> list[URIRef]:
    """Every node that is a place: typed as one, carrying an admin code, or targeted by a measure."""
    nodes: set[URIRef] = set()
    for cls in PLACE_CLASSES:
        nodes.update(s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef))
    nodes.update(s for s in graph.subjects(PKG.adminCode) if isinstance(s, URIRef))
    nodes.update(o for _s, o in graph.subject_objects(PKG.targets) if isinstance(o, URIRef))
    nodes.update(s for s in graph.subjects(PKG.supportedBy) if isinstance(s, URIRef))
    return sorted(nodes)


def read_place(graph: StoreGraph, node: URIRef) -> Place:
    """One place's label, class, admin code, province and coordinates."""
    province = province_of(graph, node)
    return Place(
        iri=str(node),
        label=label_of(graph, node),
        kind=place_kind(graph, node),
        admin_code=_first_literal(graph, node, PKG.adminCode),
        province=str(province) if province is not None else None,
        lat=_float(_first_literal(graph, node, WGS.lat)),
        lon=_float(_first_literal(graph, node, WGS.long)),
    )


def _targets(graph: StoreGraph) -> dict[URIRef, set[URIRef]]:
    targets: dict[URIRef, set[URIRef]] = defaultdict(set)
    for measure, place in graph.subject_objects(PKG.targets):
        targets[measure].add(place)
    for place, measure in graph.subject_objects(PKG.supportedBy):
        targets[measure].add(place)
    return targets


def _iris(nodes: Iterable[object]) -> frozenset[str]:
    return frozenset(str(n) for n in nodes if isinstance(n, URIRef))


def read_network(graph: StoreGraph) -> PolicyNetwork:
    """Collect places, measures (with targets, industries, actors) and cluster industries."""
    places = {str(n): read_place(graph, n) for n in place_nodes(graph)}
    targets = _targets(graph)
    measure_nodes = set(targets) | set(graph.subjects(RDF.type, PKG.Measure))
    measures: dict[str, Measure] = {}
    labels: dict[str, str] = {}
    for node in sorted(n for n in measure_nodes if isinstance(n, URIRef)):
        industries = _iris(graph.objects(node, PKG.concernsIndustry))
        actors = _iris(graph.objects(node, PKG.providedBy))
        for other in industries | actors:
            labels.setdefault(other, label_of(graph, URIRef(other)))
        document = document_of(graph, node)
        measures[str(node)] = Measure(
            iri=str(node),
            label=label_of(graph, node),
            source_text=_first_literal(graph, node, PKG.sourceText) or "",
            places=_iris(targets.get(node, ())),
            industries=industries,
            actors=actors,
            document_number=(_first_literal(graph, document, PKG.documentNumber) or "") if document else "",
            document_title=(_first_literal(graph, document, DCTERMS.title) or "") if document else "",
        )
    clusters: dict[str, set[str]] = defaultdict(set)
    place_cluster = set(graph.subject_objects(PKG.hasIndustryCluster))
    place_cluster.update((p, c) for c, p in graph.subject_objects(PKG.clusterPlace))
    for place, cluster in place_cluster:
        for industry in _iris(graph.objects(cluster, PKG.clusterIndustry)):
            clusters[str(place)].add(industry)
            labels.setdefault(industry, label_of(graph, URIRef(industry)))
    labels.update({iri: place.label for iri, place in places.items()})
    labels.update({iri: measure.label for iri, measure in measures.items()})
    return PolicyNetwork(places=places, measures=measures, labels=labels,
                         cluster_industries={p: frozenset(i) for p, i in sorted(clusters.items())})
