"""Tables and a Markdown report of the analyses across documents: citations, years, timelines, diffusion."""

from __future__ import annotations

from kg.analyse.citations import CitationNetwork
from kg.analyse.files import csv_text
from kg.analyse.report import md
from kg.analyse.timeline import TimeAnalysis

TOP = 15


def citations_csv(network: CitationNetwork) -> str:
    return csv_text(("citing", "citing_label", "relation", "cited", "cited_label", "cited_in_corpus"),
                    ((c.citing, network.labels[c.citing], c.relation, c.cited, network.labels[c.cited],
                      str(c.cited in network.built).lower()) for c in network.citations))


def chains_csv(network: CitationNetwork) -> str:
    return csv_text(("length", "chain", "labels"),
                    ((len(path), " > ".join(path), " > ".join(network.labels[n] for n in path))
                     for path in network.chains()))


def years_csv(time: TimeAnalysis) -> str:
    return csv_text(("year", "documents", "measures", "places", "instruments"),
                    ((r.year, r.documents, r.measures, r.places, r.instruments) for r in time.years))


def timelines_csv(time: TimeAnalysis) -> str:
    return csv_text(("place", "place_label", "year", "measures"),
                    ((place, time.labels[place], year, count)
                     for place, per_year in time.timelines.items() for year, count in per_year.items()))


def diffusion_csv(time: TimeAnalysis) -> str:
    return csv_text(("kind", "concept", "concept_label", "place", "place_label", "first_year", "issuer_level",
                     "first_document", "first_document_label"),
                    ((r.kind, r.concept, time.labels[r.concept], r.place, time.labels[r.place], r.year, r.level,
                      r.document, time.labels[r.document]) for r in time.diffusion))


def diffusion_curve_csv(time: TimeAnalysis) -> str:
    return csv_text(("concept", "concept_label", "year", "cumulative_places"),
                    ((concept, time.labels[concept], year, total)
                     for concept, points in time.curve().items() for year, total in points))


def citations_markdown(network: CitationNetwork) -> list[str]:
    lines = ["## Citations between documents", "",
             f"{len(network.citations)} citations from {len({c.citing for c in network.citations})} documents "
             f"to {len({c.cited for c in network.citations})} documents "
             f"({len({c.cited for c in network.citations} & network.built)} of them in the corpus).", "",
             "| cited document | cited by |", "|---|---|"]
    lines += [f"| {md(network.labels[node])} | {count} |" for node, count in network.most_cited()[:TOP]]
    chains = network.chains()[:TOP]
    if chains:
        lines += ["", "Longest chains (cited → citing):", ""]
        lines += ["- " + " → ".join(md(network.labels[n]) for n in path) for path in chains]
    return lines + [""]


def time_markdown(time: TimeAnalysis) -> list[str]:
    lines = ["## Per year (issue year of the document)", "", "| year | documents | measures | places | instruments |",
             "|---|---|---|---|---|"]
    lines += [f"| {r.year} | {r.documents} | {r.measures} | {r.places} | {r.instruments} |" for r in time.years]
    lines += ["", "## Diffusion: places reached by year (cumulative)", "",
              "First year each place is targeted by a measure of the instrument type, or, for a designation, "
              "by any measure; compare the text-driven policy diffusion index of Chen et al. (2025).", "",
              "| concept | curve (year: places) | first issuer levels |", "|---|---|---|"]
    levels: dict[str, list[str]] = {}
    for row in time.diffusion:
        seen = levels.setdefault(row.concept, [])
        if row.level not in seen:
            seen.append(row.level)
    for concept, points in time.curve().items():
        curve = ", ".join(f"{year}: {total}" for year, total in points)
        lines.append(f"| {md(time.labels[concept])} | {curve} | {' → '.join(levels[concept])} |")
    return lines + [""]
