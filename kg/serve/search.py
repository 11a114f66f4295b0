"""Search the graph's names: labels, alternative labels, titles and document numbers, any language or case."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pyoxigraph import Literal, NamedNode
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.serve.describe import Selector
from kg.vocab import PKG

MAX_QUERY = 100
"""Characters of a search text; longer texts are cut."""

MAX_HITS = 200

_NAME_PROPERTIES = (RDFS.label, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, DCTERMS.title, PKG.documentNumber)
_SEARCH = """SELECT ?s ?name ?label ?type WHERE {{
  ?s ?p ?name . VALUES ?p {{ {properties} }}
  FILTER(isLITERAL(?name) && CONTAINS(LCASE(STR(?name)), LCASE({text})))
  OPTIONAL {{ ?s <{label}> ?label FILTER(LANGMATCHES(LANG(?label), "zh") || LANG(?label) = "") }}
  OPTIONAL {{ ?s <{type}> ?type }}
}} LIMIT 5000"""


@dataclass(frozen=True)
class Hit:
    """One resource whose name matched: its IRI, display label, the matched name and its class."""

    iri: str
    label: str
    matched: str
    type: str | None


def _rank(hit: Hit, needle: str) -> tuple[int, int, str]:
    name = hit.matched.casefold()
    closeness = 0 if name == needle else 1 if name.startswith(needle) else 2
    return closeness, len(hit.matched), hit.iri


def search(selector: Selector, text: str) -> list[Hit]:
    """Resources with a name containing ``text`` (case-insensitive): exact names first, then prefixes."""
    needle = text.strip()[:MAX_QUERY]
    if not needle:
        return []
    sparql = _SEARCH.format(properties=" ".join(f"<{iri}>" for iri in _NAME_PROPERTIES),
                            text=str(Literal(needle)), label=RDFS.label, type=RDF.type)
    best: dict[str, Hit] = {}
    folded = needle.casefold()
    rows: list[tuple[Any, ...]] = selector.select(sparql)[1]
    for subject, name, label, kind in rows:
        if not isinstance(subject, NamedNode):
            continue
        hit = Hit(subject.value, (label or name).value, name.value, kind.value if kind is not None else None)
        if subject.value not in best or _rank(hit, folded) < _rank(best[subject.value], folded):
            best[subject.value] = hit
    return sorted(best.values(), key=lambda hit: _rank(hit, folded))[:MAX_HITS]
