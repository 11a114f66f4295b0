"""``analysis.trig``: pairings and communities as RDF in the named graph ``pkgd:graph/analysis``.

Node IRIs come from identity: a pairing from its two sorted place IRIs, a community from its
sorted members (SHA-256, first 16 hex digits), so the same graph gives the same IRIs.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg.analyse import terms
from kg.analyse.analysis import Analysis
from kg.analyse.pairs import SharedPair
from kg.analyse.records import DIGITS
from kg.vocab import PKG, PKGD


def node_iri(kind: str, members: tuple[str, ...]) -> URIRef:
    """``pkgd:analysis/{kind}/{hash}`` from the sorted member IRIs."""
    digest = hashlib.sha256("\n".join(sorted(members)).encode("utf-8")).hexdigest()[:16]
    return PKGD[f"analysis/{kind}/{digest}"]


def _decimal(value: float) -> Literal:
    return Literal(Decimal(f"{value:.{DIGITS}f}"), datatype=XSD.decimal)


def _add_pairing(graph: Graph, analysis: Analysis, pair: SharedPair, kind: str, cls: URIRef,
                 item_property: URIRef) -> None:
    node = node_iri(kind, (pair.a, pair.b))
    labels = analysis.network.labels
    graph.add((node, RDF.type, cls))
    graph.add((node, RDFS.label, Literal(f"{labels[pair.a]} – {labels[pair.b]}", lang="zh")))
    for place in (pair.a, pair.b):
        graph.add((node, terms.pairMember, URIRef(place)))
    graph.add((node, terms.weight, Literal(pair.weight)))
    graph.add((node, terms.jaccard, _decimal(pair.jaccard)))
    for item in pair.shared:
        graph.add((node, item_property, URIRef(item)))


def analysis_dataset(analysis: Analysis) -> Dataset:
    """The analysis as a dataset with one named graph; communities of one place are left out."""
    dataset = Dataset()
    graph = dataset.graph(terms.ANALYSIS_GRAPH)
    graph.bind("pkg", PKG._NS)
    graph.bind("pkgd", PKGD)
    for pair in analysis.place_pairs:
        _add_pairing(graph, analysis, pair, "place-pairing", terms.PlacePairing, terms.sharedMeasure)
    for pair in analysis.industry_pairs:
        _add_pairing(graph, analysis, pair, "industry-pairing", terms.IndustryPairing,
                     terms.sharedIndustry)
    found = analysis.communities
    for index, members in enumerate(found.groups, start=1):
        if len(members) < 2:
            continue
        node = node_iri("community", members)
        graph.add((node, RDF.type, terms.Community))
        graph.add((node, RDFS.label, Literal(f"社区 {index}", lang="zh")))
        for place in members:
            graph.add((node, terms.communityMember, URIRef(place)))
        for measure, _count in analysis.binding_measures(members):
            graph.add((node, terms.bindingMeasure, URIRef(measure)))
        if found.modularity is not None:
            graph.add((node, terms.modularity, _decimal(found.modularity)))
    return dataset


def analysis_trig(analysis: Analysis) -> str:
    """The analysis graph serialised as TriG."""
    return analysis_dataset(analysis).serialize(format="trig")
