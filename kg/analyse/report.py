"""``report.md``: the analysis in readable Markdown (top pairs, communities, central places)."""

from __future__ import annotations

import html

from kg.analyse.records import Record, snippet

TOP_PAIRS = 20
TOP_CENTRAL = 15
MEASURES_PER_ITEM = 5


def md(text: object) -> str:
    """Text safe inside Markdown and table cells: HTML-escaped, pipes escaped, on one line."""
    return html.escape(" ".join(str(text).split())).replace("|", "\\|")


def _measure_lines(measures: list[Record], indent: str = "  ") -> list[str]:
    lines = [f"{indent}- {md(snippet(m['source_text'] or m['label'], 80))} (`{md(m['iri'])}`)"
             for m in measures[:MEASURES_PER_ITEM]]
    if len(measures) > MEASURES_PER_ITEM:
        lines.append(f"{indent}- … and {len(measures) - MEASURES_PER_ITEM} more")
    return lines


def _summary(summary: Record) -> list[str]:
    modularity = "—" if summary["modularity"] is None else f"{summary['modularity']:.4f}"
    return [
        f"- places in the graph: {summary['places']}; targeted by at least one measure: "
        f"{summary['places_with_measures']}",
        f"- measures: {summary['measures']}",
        f"- pairs of places sharing a measure: {summary['place_pairs']}; sharing an industry: "
        f"{summary['industry_pairs']} (industries through {summary['industry_basis']})"
        + (f"; the strongest {summary['industry_pairs_listed']} are listed"
           if summary["industry_pairs_listed"] < summary["industry_pairs"] else ""),
        f"- actor → place links: {summary['actor_place_links']}",
        f"- communities (Louvain, fixed seed): {summary['communities_with_two_or_more']} with two or "
        f"more places, modularity {modularity}",
        f"- betweenness: {summary['betweenness']}",
    ]


def _pairs(pairs: list[Record]) -> list[str]:
    if not pairs:
        return ["No two places share a measure."]
    lines = [f"Top {min(TOP_PAIRS, len(pairs))} of {len(pairs)} pairs, most shared measures first.", ""]
    for rank, pair in enumerate(pairs[:TOP_PAIRS], start=1):
        lines.append(f"{rank}. **{md(pair['place_a_label'])} – {md(pair['place_b_label'])}**: "
                     f"{pair['shared']} shared, Jaccard {pair['jaccard']:.3f}")
        lines.extend(_measure_lines(pair["measures"], "   "))
    return lines


def _communities(communities: list[Record]) -> list[str]:
    groups = [c for c in communities if c["size"] > 1]
    if not groups:
        return ["No community of two or more places (no two places share a measure)."]
    lines: list[str] = []
    for group in groups:
        members = "、".join(md(m["label"]) for m in group["members"])
        lines += [f"### Community {group['community']} ({group['size']} places)", "", members, "",
                  "Measures binding it (targeting two or more members):"]
        lines.extend(_measure_lines(group["binding_measures"]))
        lines.append("")
    return lines


def _central(rows: list[Record]) -> list[str]:
    if not rows:
        return ["No place is targeted by a measure."]
    lines = ["| place | measures | degree | weighted degree | betweenness | PageRank |",
             "|---|---:|---:|---:|---:|---:|"]
    lines += [f"| {md(r['place_label'])} | {r['measures']} | {r['degree']} | {r['weighted_degree']:g} | "
              f"{r['betweenness']:.4f} | {r['pagerank']:.4f} |" for r in rows[:TOP_CENTRAL]]
    return lines


def report_markdown(records: Record) -> str:
    """The whole report from ``all_records``."""
    lines = ["# policykg network analysis", "", *_summary(records["summary"]), "",
             "## Places that share measures", "", *_pairs(records["place_pairs"]), "",
             "## Communities", "", *_communities(records["communities"]), "",
             "## Most central places", "",
             "PageRank and degree on the place projection (edge weight = shared measures); "
             "betweenness with distance = 1 / weight.", "", *_central(records["centrality"]), ""]
    return "\n".join(lines)
