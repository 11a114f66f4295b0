"""The timeline page: documents and measures per year of issue (``dcterms:issued``), as an SVG chart."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import RDF, URIRef
from rdflib.namespace import DCTERMS

from kg.analyse.read import document_of, label_of
from kg.store.view import StoreGraph
from kg.viz.page import PageSpec
from kg.vocab import PKG

TIMELINE_TITLE = "policykg · 时间线 documents and measures by year"
CHART_WIDTH = 1240
"""Pixels the bars of all years share: bars narrow as the years grow, so the chart fits a screen."""
MAX_BAR_WIDTH = 36
MIN_BAR_WIDTH = 4
GAP = 6
COUNT_LABEL_WIDTH = 14
"""Bars at least this wide carry their count; narrower ones show it in their tooltip only."""
CHART_HEIGHT = 220


@dataclass(frozen=True)
class DatedDocument:
    """A document with its year of issue (None when undated) and the number of its measures."""

    iri: str
    label: str
    number: str
    issued: str
    year: int | None
    measures: int


def dated_documents(graph: StoreGraph) -> list[DatedDocument]:
    """Every policy document with its issue date and measure count, by date then IRI."""
    documents = {d for d in graph.subjects(RDF.type, PKG.PolicyDocument) if isinstance(d, URIRef)}
    measures: dict[URIRef, int] = defaultdict(int)
    for measure in set(graph.subjects(RDF.type, PKG.Measure)):
        document = document_of(graph, measure)
        if document in documents:
            measures[document] += 1
    found = []
    for document in documents:
        issued = min((str(o) for o in graph.objects(document, DCTERMS.issued)), default="")
        number = min((str(o) for o in graph.objects(document, PKG.documentNumber)), default="")
        year = int(issued[:4]) if issued[:4].isdigit() else None
        found.append(DatedDocument(str(document), label_of(graph, document), number, issued, year, measures[document]))
    return sorted(found, key=lambda d: (d.issued or "9999", d.iri))


def timeline_page(graph: StoreGraph) -> PageSpec:
    """Bars of documents and measures per year, a list of the documents, undated ones apart."""
    documents = dated_documents(graph)
    dated = [d for d in documents if d.year is not None]
    years = list(range(min(d.year for d in dated), max(d.year for d in dated) + 1)) if dated else []
    per_year = {year: [d for d in dated if d.year == year] for year in years}
    top_documents = max((len(v) for v in per_year.values()), default=0) or 1
    top_measures = max((sum(d.measures for d in v) for v in per_year.values()), default=0) or 1
    width = max(MIN_BAR_WIDTH, min(MAX_BAR_WIDTH, (CHART_WIDTH // max(len(years), 1) - GAP) // 2))
    label_every = 1 if 2 * width + GAP >= 40 else 5
    bars = [{"year": year, "x": 50 + i * (2 * width + GAP),
             "documents": len(per_year[year]), "measures": sum(d.measures for d in per_year[year]),
             "doc_height": round(CHART_HEIGHT * len(per_year[year]) / top_documents, 1),
             "measure_height": round(CHART_HEIGHT * sum(d.measures for d in per_year[year]) / top_measures, 1),
             "counts": width >= COUNT_LABEL_WIDTH and bool(per_year[year]),
             "year_label": year % label_every == 0 or len(years) == 1}
            for i, year in enumerate(years)]
    undated = [d for d in documents if d.year is None]
    notes = [f"{len(dated):,} dated documents in {len(years):,} years, {sum(d.measures for d in dated):,} measures. "
             "Dark bars: documents; orange bars: measures (each scaled to its own maximum). Click a bar for "
             "the documents of that year; search by title or number."]
    if undated:
        notes.append(f"{len(undated):,} documents have no date of issue (dcterms:issued) and are listed apart.")
    rows = [{"iri": d.iri, "label": d.label, "number": d.number, "issued": d.issued, "year": d.year or 0,
             "measures": d.measures} for d in documents]
    return PageSpec(title=TIMELINE_TITLE, notes=notes, nodes=[], edges=[], options={}, template="timeline.html",
                    extra={"bars": bars, "documents": rows, "chart_width": 60 + len(bars) * (2 * width + GAP),
                           "chart_height": CHART_HEIGHT, "bar_width": width,
                           "top_documents": top_documents, "top_measures": top_measures})
