"""Flat records (lists of dicts) of an analysis: the one shape behind the CSV, JSON and report."""

from __future__ import annotations

from typing import Any

from kg.analyse.analysis import Analysis
from kg.analyse.pairs import SharedPair

DIGITS = 6
SNIPPET_CHARS = 60

Record = dict[str, Any]


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """The text on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _measure(analysis: Analysis, iri: str) -> Record:
    measure = analysis.network.measures[iri]
    return {"iri": iri, "label": measure.label, "source_text": measure.source_text,
            "document_number": measure.document_number, "document_title": measure.document_title}


def _pair_head(analysis: Analysis, pair: SharedPair) -> Record:
    labels = analysis.network.labels
    return {"place_a": pair.a, "place_a_label": labels.get(pair.a, pair.a),
            "place_b": pair.b, "place_b_label": labels.get(pair.b, pair.b),
            "shared": pair.weight, "jaccard": round(pair.jaccard, DIGITS)}


def place_pair_records(analysis: Analysis) -> list[Record]:
    """One record per pair of places sharing measures, with the measures that bind them."""
    return [_pair_head(analysis, pair) | {"measures": [_measure(analysis, m) for m in pair.shared]}
            for pair in analysis.place_pairs]


def industry_pair_records(analysis: Analysis) -> list[Record]:
    """One record per pair of places sharing industries; ``basis`` says through what (cluster/measure)."""
    labels, links = analysis.network.labels, analysis.place_industries
    return [_pair_head(analysis, pair) | {"industries": [
        {"iri": ind, "label": labels.get(ind, ind),
         "basis_a": sorted(links[pair.a][ind]), "basis_b": sorted(links[pair.b][ind])}
        for ind in pair.shared]} for pair in analysis.industry_pairs]


def actor_reach_records(analysis: Analysis) -> list[Record]:
    """One record per (actor, place): the measures the actor provides that target the place."""
    labels = analysis.network.labels
    return [{"actor": r.actor, "actor_label": labels.get(r.actor, r.actor),
             "place": r.place, "place_label": labels.get(r.place, r.place),
             "measure_count": len(r.measures), "measures": list(r.measures)}
            for r in analysis.actor_reach]


def centrality_records(analysis: Analysis) -> list[Record]:
    """One record per place of the projection, highest PageRank first."""
    places = analysis.network.places
    return [{"place": c.place, "place_label": places[c.place].label,
             "measures": len(analysis.place_measures.get(c.place, ())),
             "degree": c.degree, "weighted_degree": round(c.weighted_degree, DIGITS),
             "betweenness": round(c.betweenness, DIGITS), "pagerank": round(c.pagerank, DIGITS)}
            for c in analysis.centrality]


def community_records(analysis: Analysis) -> list[Record]:
    """One record per community (largest first): members and the measures binding them."""
    places, found = analysis.network.places, analysis.communities
    return [{"community": index, "size": len(members),
             "members": [{"iri": m, "label": places[m].label} for m in members],
             "binding_measures": [_measure(analysis, m) | {"members_targeted": count}
                                  for m, count in analysis.binding_measures(members)]}
            for index, members in enumerate(found.groups, start=1)]


def summary_record(analysis: Analysis) -> Record:
    """Counts and settings of the run."""
    network, found = analysis.network, analysis.communities
    return {
        "places": len(network.places),
        "places_with_measures": len(analysis.place_measures),
        "measures": len(network.measures),
        "place_pairs": len(analysis.place_pairs),
        "industry_pairs": analysis.industry_pairs_total,
        "industry_pairs_listed": len(analysis.industry_pairs),
        "actor_place_links": len(analysis.actor_reach),
        "communities": len(found.groups),
        "communities_with_two_or_more": sum(1 for g in found.groups if len(g) > 1),
        "modularity": None if found.modularity is None else round(found.modularity, DIGITS),
        "betweenness": analysis.betweenness_method,
        "industry_basis": "cluster (pkg:hasIndustryCluster/pkg:clusterIndustry) and measure "
                          "(pkg:targets + pkg:concernsIndustry)",
    }


def all_records(analysis: Analysis) -> Record:
    """Everything, as written to ``analysis.json``."""
    return {"summary": summary_record(analysis),
            "place_pairs": place_pair_records(analysis),
            "industry_pairs": industry_pair_records(analysis),
            "actor_reach": actor_reach_records(analysis),
            "centrality": centrality_records(analysis),
            "communities": community_records(analysis)}
