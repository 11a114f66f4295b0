"""Nodes and edges of the full-graph page: documents × places × actors (and the concepts they name)
by default, provisions and measures on demand; SKOS concepts that nothing mentions are left out."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from rdflib import RDF, Literal, URIRef

from kg.analyse.read import document_of, label_of, province_of
from kg.analyse.records import snippet
from kg.store.view import StoreGraph
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
DETAIL_KINDS = ("provision", "measure", "target")
"""Classes drawn only when the reader asks (the page's toggle); documents link to what they name instead."""
CONCEPT_KINDS = frozenset({"industry"})
"""Classes of SKOS concepts: drawn only when something other than a concept links to them."""


@dataclass(frozen=True)
class Entity:
    """One node of the full graph."""

    iri: str
    label: str
    style: ClassStyle
    admin_code: str | None
    province: str | None
    sentences: tuple[str, ...]


def _sentences(graph: StoreGraph, node: URIRef) -> tuple[str, ...]:
    own = [str(o) for p in (PKG.sourceText, PKG.sentenceText) for o in graph.objects(node, p)
           if isinstance(o, Literal)]
    if own:
        return tuple(sorted(set(own)))[:SENTENCES_PER_NODE]
    behind = sorted({str(text) for p in MEASURE_LINKS for measure in graph.subjects(p, node)
                     for text in graph.objects(measure, PKG.sourceText)})
    return tuple(behind[:SENTENCES_PER_NODE])


def entities(graph: StoreGraph) -> dict[str, Entity]:
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


def links(graph: StoreGraph, nodes: dict[str, Entity]) -> list[tuple[str, str, str]]:
    """``(subject, property IRI, object)`` for every triple between two entities, inverses once."""
    found: set[tuple[str, str, str]] = set()
    for s, p, o in graph.links():
        if str(s) not in nodes or str(o) not in nodes:
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


def summary_links(graph: StoreGraph, found: dict[str, Entity],
                  edges: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """``(document, entity)`` for every place, actor or concept a document's measures link to."""
    documents = {iri: str(document) for iri, e in found.items() if e.style.key in DETAIL_KINDS
                 for document in [document_of(graph, URIRef(iri))] if document is not None and str(document) in found}
    pairs = set()
    for s, _p, o in edges:
        for detail, other in ((s, o), (o, s)):
            if detail in documents and found[other].style.key not in DETAIL_KINDS + ("document",):
                pairs.add((documents[detail], other))
    return sorted(pairs)


def mentioned(found: dict[str, Entity], edges: list[tuple[str, str, str]]) -> set[str]:
    """Every entity but the SKOS concepts that only other concepts link to."""
    named = {b for s, _p, o in edges for a, b in ((s, o), (o, s)) if found[a].style.key not in CONCEPT_KINDS}
    return {iri for iri, e in found.items() if e.style.key not in CONCEPT_KINDS or iri in named}


def panel(entity: Entity, province_label: str | None) -> dict[str, object]:
    """What the side panel shows for a node: label, class, code, province and the sentences behind it."""
    fields = [["类别 class", f"{entity.style.zh} / {entity.style.en}"]]
    if entity.admin_code:
        fields.append(["行政区划代码 code", entity.admin_code])
    if province_label and entity.province != entity.iri:
        fields.append(["省级 province", province_label])
    return {"label": entity.label, "names": [entity.label], "fields": fields, "sentences": list(entity.sentences)}


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


def full_page(graph: StoreGraph) -> PageSpec:
    """Documents, places, actors and the concepts they name, linked document → entity; provisions,
    measures and dated goals with their own links behind a toggle. Legends count the whole graph."""
    every = entities(graph)
    every_edge = links(graph, every)
    shown = mentioned(every, every_edge)
    found = {iri: e for iri, e in every.items() if iri in shown}
    all_edges = [e for e in every_edge if e[0] in found and e[2] in found]
    summary = summary_links(graph, found, all_edges)
    degree: dict[str, float] = {iri: 0 for iri in found}
    for s, _p, o in all_edges:
        degree[s] += 1
        degree[o] += 1
    # what the default view shows comes first: provisions and measures fill the room left
    readable = {iri: d for iri, d in degree.items() if found[iri].style.key not in DETAIL_KINDS}
    keep = top_n(readable, FULL_NODE_LIMIT)
    keep |= top_n({iri: d for iri, d in degree.items() if iri not in readable}, FULL_NODE_LIMIT - len(keep))
    edges = [e for e in all_edges if e[0] in keep and e[2] in keep]
    provinces = _node_provinces(found, all_edges)
    labels = {iri: e.label for iri, e in found.items()}
    shown_degree = {iri: 0 for iri in keep}
    for d, e in summary:
        if d in keep and e in keep:
            shown_degree[d] += 1
            shown_degree[e] += 1
    nodes = [{"id": iri, "label": snippet(e.label, 24), "kind": e.style.key, "color": e.style.color,
              "shape": e.style.shape, "size": 10 + min(20, 2 * math.sqrt(shown_degree[iri] or degree[iri])),
              "provinces": sorted(provinces[iri]), "title": tooltip(e, labels.get(e.province or "")),
              "panel": panel(e, labels.get(e.province or ""))}
             | ({"font": {"color": "#ffffff"}} if e.style.shape in LABEL_INSIDE else {})
             for iri, e in found.items() if iri in keep]
    counts: dict[str, int] = defaultdict(int)  # the whole graph but the concepts nothing mentions
    for entity in found.values():
        counts[entity.style.key] += 1
    hidden_concepts = len(every) - len(found)
    styles = [style for _cls, style in CLASS_STYLES if counts[style.key]]
    return PageSpec(
        title="policykg · 全图 full graph",
        notes=[f"{len(nodes):,} nodes, {len(edges):,} links and {len(summary):,} document links. Documents, "
               "places and actors by default; tick 'show provisions and measures' for the rest. Click a node "
               "for its sentences; search by name. Legend: counts in the whole graph.",
               *limit_note(len(nodes), len(found), "nodes", "those with the most links"),
               *([f"{hidden_concepts:,} concepts that nothing mentions are left out."] if hidden_concepts else [])],
        nodes=nodes,
        edges=[{"from": s, "to": o, "label": local_name(p), "title": f"{labels[s]} —{local_name(p)}→ {labels[o]}"}
               for s, p, o in edges]
        + [{"from": d, "to": e, "summary": True, "dashes": True, "title": f"{labels[d]} → {labels[e]}"}
           for d, e in summary if d in keep and e in keep],
        options=physics_options(len(nodes), edge_labels=len(edges) <= 600),
        legend=[{"color": st.color, "text": f"{st.zh} {st.en} ({counts[st.key]:,})"} for st in styles],
        classes=[(st.key, f"{st.zh} / {st.en}") for st in styles],
        provinces=province_options({p for n in nodes for p in n["provinces"]}, labels),
        detail_kinds=[kind for kind in DETAIL_KINDS if counts[kind]],
    )
