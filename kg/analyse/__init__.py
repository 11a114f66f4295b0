"""``policykg analyze``: place–measure network analytics written as CSV, JSON, Markdown and TriG."""

from __future__ import annotations

import json
from pathlib import Path

from kg.analyse.across import (chains_csv, citations_csv, citations_markdown, diffusion_csv, diffusion_curve_csv,
                               time_markdown, timelines_csv, years_csv)
from kg.analyse.analysis import Analysis, analyse
from kg.analyse.citations import read_citations
from kg.analyse.files import atomic_write_text
from kg.analyse.rdf import analysis_trig
from kg.analyse.read import PolicyNetwork, read_network
from kg.analyse.records import all_records
from kg.analyse.report import report_markdown
from kg.analyse.timeline import analyse_time
from kg.analyse.tables import (actor_reach_csv, centrality_csv, communities_csv, industry_pairs_csv,
                               place_pairs_csv)
from kg.errors import InputError, UsageError
from kg.store.view import StoreGraph, open_graph

__all__ = ["Analysis", "PolicyNetwork", "analyse", "network_of", "run_analyze", "write_analysis"]


def network_of(graph: StoreGraph, path: Path | str) -> PolicyNetwork:
    """The policy network of an opened graph; a graph without places is an error naming ``path``."""
    network = read_network(graph)
    if not network.places:
        raise InputError("the graph has no places (nothing typed pkg:Place or targeted by a measure)",
                         path=path)
    return network


def write_analysis(analysis: Analysis, out: Path) -> list[Path]:
    """Write every output file of an analysis into ``out``; returns the paths written."""
    records = all_records(analysis)
    texts = {
        "place_pairs.csv": place_pairs_csv(records["place_pairs"]),
        "industry_pairs.csv": industry_pairs_csv(records["industry_pairs"]),
        "actor_reach.csv": actor_reach_csv(records["actor_reach"]),
        "centrality.csv": centrality_csv(records["centrality"]),
        "communities.csv": communities_csv(records["communities"]),
        "analysis.json": json.dumps(records, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
        "report.md": report_markdown(records),
        "analysis.trig": analysis_trig(analysis),
    }
    return [atomic_write_text(out / name, text) for name, text in texts.items()]


def write_across(graph: StoreGraph, out: Path, *, by_year: bool) -> list[Path]:
    """The citation network, and with ``by_year`` the years, place timelines and diffusion, into ``out``
    (``citations.csv``, ``citation_chains.csv``, ``years.csv``, ``timelines.csv``, ``diffusion.csv``,
    ``diffusion_curve.csv``, and ``across.md``)."""
    network = read_citations(graph)
    texts = {"citations.csv": citations_csv(network), "citation_chains.csv": chains_csv(network)}
    report = ["# Across documents", "", *citations_markdown(network)]
    if by_year:
        time = analyse_time(graph)
        texts |= {"years.csv": years_csv(time), "timelines.csv": timelines_csv(time),
                  "diffusion.csv": diffusion_csv(time), "diffusion_curve.csv": diffusion_curve_csv(time)}
        report += time_markdown(time)
    texts["across.md"] = "\n".join(report)
    return [atomic_write_text(out / name, text) for name, text in texts.items()]


def run_analyze(graph: Path | str, out: Path, *, by: str | None = None) -> list[Path]:
    """Analyse ``graph`` (a graph file, loaded into an in-memory store, or ``oxigraph:DIR``) and write
    the results into the folder ``out``; ``by="year"`` adds the analyses over time. Returns the paths
    written."""
    if by not in (None, "year"):
        raise UsageError(f"--by {by}: only 'year' is supported")
    source = open_graph(graph)
    written = write_analysis(analyse(network_of(source, graph)), out)
    return written + write_across(source, out, by_year=by == "year")
