"""Nodes and edges of the full-graph page: every typed entity, every link between two of them."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from rdflib import RDF, Graph, Literal, URIRef

from kg.analyse.read import label_of, province_of
from kg.analyse.records import snippet
from kg.viz.common import limit_note, local_name, physics_options, province_options, top_n
from kg.viz.page import PageSpec
from kg.viz.style import CLASS_STYLES, ClassStyle, style_for
from kg.vocab import PKG

FULL_NODE_LIMIT = 1500
LABEL_INSIDE = {"box", "ellipse"}  # shapes that draw their label on the fill

SENTENCES_PER_NODE = 3
SENTENCE_CHARS = 160
# Links drawn once: the inverse direction is materialised too (CONTRACT.md).
SKIPPED_INVERSES = {PKG.supportedBy: PKG.targets}
# Links from a node to the measures whose sentences stand behind it.
MEASURE_LINKS = (PKG.targets, PKG.providedBy, PKG.concernsIndustry)


@dataclass(frozen=True)
class Entity:
    """One node of the full graph."""

    iri: str
    label: str
    style: ClassStyle
    admin_code: str | None
    province: str | None
    sentences: tuple[str, ...]


def _sentences(graph: Graph, node: URIRef) -> tuple[str, ...]:
    own = [str(o) for p in (PKG.sourceText, PKG.sentenceText) for o in graph.objects(node, p)
           if isinstance(o, Literal)]
    if own:
        return tuple(sorted(set(own)))[:SENTENCES_PER_NODE]
    behind = sorted({str(text) for p in MEASURE_LINKS for measure in graph.subjects(p, node)
                     for text in graph.objects(measure, PKG.sourceText)})
    return tuple(behind[:SENTENCES_PER_NODE])


def entities(graph: Graph) -> dict[str, Entity]:
    """Every IRI typed with a known class, keyed by IRI."""
    types: dict[URIRef, set[URIRef]] = defaultdict(set)
    known = {cls for cls, _style in CLASS_STYLES}
    for node, cls in graph.subject_objects(RDF.type):
        if isinstance(node, URIRef) and cls in known:
            types[node].add(cls)
    found: dict[str, Entity] = {}
    for node in sorted(types):
        style = style_for(types[node])
        if style is None:
            continue
        codes = sorted(str(c) for c in graph.objects(node, PKG.adminCode))
        province = province_of(graph, node)
        found[str(node)] = Entity(iri=str(node), label=label_of(graph, node), style=style,
                                  admin_code=codes[0] if codes else None,
                                  province=str(province) if province is not None else None,
                                  sentences=_sentences(graph, node))
    return found


def links(graph: Graph, nodes: dict[str, Entity]) -> list[tuple[str, str, str]]:
    """``(subject, property IRI, object)`` for every triple between two entities, inverses once."""
    found: set[tuple[str, str, str]] = set()
    for s, p, o in graph.triples((None, None, None)):
        if p == RDF.type or str(s) not in nodes or str(o) not in nodes or not isinstance(o, URIRef):
            continue
        forward = SKIPPED_INVERSES.get(p)
        if forward is not None and (o, forward, s) in graph:
            continue
        found.add((str(s), str(p), str(o)))
    return sorted(found)


def tooltip(entity: Entity, province_label: str | None) -> str:
    """Plain-text tooltip: label, class, admin code, province, IRI and the sentences behind it."""
    lines = [entity.label, f"{entity.style.zh} / {entity.style.en}"]
    if entity.admin_code:
        lines.append(f"行政区划代码 {entity.admin_code}")
    if province_label and entity.province != entity.iri:
        lines.append(f"省级 {province_label}")
    lines.append(entity.iri)
    lines += [f"“{snippet(s, SENTENCE_CHARS)}”" for s in entity.sentences]
    return "\n".join(lines)


def _node_provinces(found: dict[str, Entity], edges: list[tuple[str, str, str]]) -> dict[str, set[str]]:
    """Provinces a node belongs to: a place its own; other nodes those of linked places and measures."""
    provinces: dict[str, set[str]] = defaultdict(set)
    for iri, entity in found.items():
        if entity.province:
            provinces[iri].add(entity.province)
    neighbours: dict[str, set[str]] = defaultdict(set)
    for s, _p, o in edges:
        neighbours[s].add(o)
        neighbours[o].add(s)
    # first from linked places, then from linked measures (which by then carry theirs)
    for gives in (lambda e: e.province is not None, lambda e: e.style.key == "measure"):
        for iri, entity in found.items():
            if entity.province is None:
                for other in neighbours[iri]:
                    if gives(found[other]):
                        provinces[iri] |= provinces[other]
    return provinces


def full_page(graph: Graph) -> PageSpec:
    """Every typed entity and the links between them, coloured and shaped by class."""
    found = entities(graph)
    all_edges = links(graph, found)
    degree: dict[str, float] = {iri: 0 for iri in found}
    for s, _p, o in all_edges:
        degree[s] += 1
        degree[o] += 1
    keep = top_n(degree, FULL_NODE_LIMIT)
    edges = [e for e in all_edges if e[0] in keep and e[2] in keep]
    provinces = _node_provinces(found, all_edges)
    labels = {iri: e.label for iri, e in found.items()}
    nodes = [{"id": iri, "label": snippet(e.label, 24), "kind": e.style.key, "color": e.style.color,
              "shape": e.style.shape, "size": 10 + min(20, 2 * math.sqrt(degree[iri])),
              "provinces": sorted(provinces[iri]), "title": tooltip(e, labels.get(e.province or ""))}
             | ({"font": {"color": "#ffffff"}} if e.style.shape in LABEL_INSIDE else {})
             for iri, e in found.items() if iri in keep]
    counts: dict[str, int] = defaultdict(int)
    for node in nodes:
        counts[node["kind"]] += 1
    styles = [style for _cls, style in CLASS_STYLES if counts[style.key]]
    return PageSpec(
        title="policykg · 全图 full graph",
        notes=[f"{len(nodes):,} nodes, {len(edges):,} links. Hover a node for its type, code and the "
               "sentences behind it; drag to move, scroll to zoom.",
               *limit_note(len(nodes), len(found), "nodes", "those with the most links")],
        nodes=nodes,
        edges=[{"from": s, "to": o, "label": local_name(p), "title": f"{labels[s]} —{local_name(p)}→ {labels[o]}"}
               for s, p, o in edges],
        options=physics_options(len(nodes), edge_labels=len(edges) <= 600),
        legend=[{"color": st.color, "text": f"{st.zh} {st.en} ({counts[st.key]})"} for st in styles],
        classes=[(st.key, f"{st.zh} / {st.en}") for st in styles],
        provinces=province_options({p for n in nodes for p in n["provinces"]}, labels),
    )
