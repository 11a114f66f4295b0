"""Search the graph's names: labels, alternative labels, titles and document numbers, any language or case."""

from __future__ import annotations

import unicodedata
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
_TONES = {"a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔùǖǘǚǜü"}


def _folded(variable: str) -> str:
    """SPARQL for ``variable`` in lower case with pinyin tone marks removed ("Shěnyáng" → "shenyang")."""
    expression = f"LCASE(STR({variable}))"
    for plain, marked in _TONES.items():
        expression = f'REPLACE({expression}, "[{marked}]", "{plain}")'
    return expression


_SEARCH = """SELECT ?s ?name ?label ?type WHERE {{
  ?s ?p ?name . VALUES ?p {{ {properties} }}
  FILTER(isLITERAL(?name) && CONTAINS({folded}, {text}))
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


def fold(text: str) -> str:
    """Lower case without diacritics (pinyin tone marks), as the query folds names."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return unicodedata.normalize("NFC", "".join(char for char in decomposed if not unicodedata.combining(char)))


def _rank(hit: Hit, needle: str) -> tuple[int, int, str]:
    name = fold(hit.matched)
    closeness = 0 if name == needle else 1 if name.startswith(needle) else 2
    return closeness, len(hit.matched), hit.iri


def search(selector: Selector, text: str) -> list[Hit]:
    """Resources with a name containing ``text`` (case-insensitive): exact names first, then prefixes."""
    folded = fold(text.strip()[:MAX_QUERY])
    if not folded:
        return []
    sparql = _SEARCH.format(properties=" ".join(f"<{iri}>" for iri in _NAME_PROPERTIES), folded=_folded("?name"),
                            text=str(Literal(folded)), label=RDFS.label, type=RDF.type)
    best: dict[str, Hit] = {}
    rows: list[tuple[Any, ...]] = selector.select(sparql)[1]
    for subject, name, label, kind in rows:
        if not isinstance(subject, NamedNode):
            continue
        hit = Hit(subject.value, (label or name).value, name.value, kind.value if kind is not None else None)
        if subject.value not in best or _rank(hit, folded) < _rank(best[subject.value], folded):
            best[subject.value] = hit
    return sorted(best.values(), key=lambda hit: _rank(hit, folded))[:MAX_HITS]
