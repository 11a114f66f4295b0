"""The citation network: which documents cite, promulgate or implement which, the most cited, and
chains from a plan down to the texts that carry it out."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
from rdflib import URIRef

from kg.analyse.read import label_of
from kg.store.view import StoreGraph
from kg.vocab import sparql_prefixes

_CITATIONS = sparql_prefixes("pkg") + """SELECT DISTINCT ?citing ?relation ?cited WHERE {
  VALUES ?relation { pkg:cites pkg:promulgates pkg:implements pkg:forwards pkg:amends pkg:repeals pkg:repliesTo }
  ?citing ?relation ?cited }"""
_BUILT = sparql_prefixes("pkg") + """SELECT DISTINCT ?document WHERE { ?document a pkg:PolicyDocument }"""
MAX_CHAIN = 6


@dataclass(frozen=True)
class Citation:
    """``citing`` → ``cited`` with the most specific relation the text states (``cites`` if none)."""

    citing: str
    cited: str
    relation: str


@dataclass
class CitationNetwork:
    """Every citation, the documents built from files, and labels."""

    citations: list[Citation]
    built: frozenset[str]
    labels: dict[str, str]

    def graph(self) -> nx.DiGraph:
        graph = nx.DiGraph()
        graph.add_edges_from((c.citing, c.cited) for c in self.citations)
        return graph

    def most_cited(self) -> list[tuple[str, int]]:
        """Cited documents by the number of distinct documents citing them, most first."""
        graph = self.graph()
        return sorted(((node, graph.in_degree(node)) for node in graph if graph.in_degree(node)),
                      key=lambda pair: (-pair[1], pair[0]))

    def chains(self) -> list[tuple[str, ...]]:
        """Longest citation chains, from the document at the top (cited, citing nothing further)
        down to a text nobody cites: ``(plan, implementing text, text implementing that, …)``."""
        graph = self.graph().reverse(copy=True)  # cited → citing
        tops = sorted(n for n in graph if graph.in_degree(n) == 0)
        found = []
        for top in tops:
            for path in nx.all_simple_paths(graph, top, [n for n in graph if graph.out_degree(n) == 0],
                                            cutoff=MAX_CHAIN):
                if len(path) > 2:
                    found.append(tuple(path))
        return sorted(found, key=lambda path: (-len(path), path))


def read_citations(graph: StoreGraph) -> CitationNetwork:
    """The citation network of a built graph; one row per (citing, cited) with its typed relation."""
    relations: dict[tuple[str, str], str] = {}
    for citing, relation, cited in sorted(graph.rows(_CITATIONS)):
        name = str(relation).rsplit("#", 1)[1]
        key = (str(citing), str(cited))
        if key not in relations or relations[key] == "cites":
            relations[key] = name
    built = frozenset(str(row[0]) for row in graph.rows(_BUILT))
    nodes = sorted({node for key in relations for node in key})
    return CitationNetwork([Citation(citing, cited, relation) for (citing, cited), relation in sorted(relations.items())],
                           built, {node: label_of(graph, URIRef(node)) for node in nodes})
