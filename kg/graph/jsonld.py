"""Compact JSON-LD with the shipped context (``ontology/context.jsonld``), fast and deterministic.

Oxigraph writes expanded JSON-LD; this rewrites it with the context's terms (``"label": "沈阳市"``,
``"locatedIn": "pkgd:place/210000"``) and compact IRIs, without an RDF library round trip. Only what
the context defines is used: a value no term fits keeps its expanded form under a compact IRI key,
so expanding the result gives back exactly the same quads (a test checks this).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from functools import cache
from typing import BinaryIO

import pyoxigraph as ox

from kg.resources import ontology_file

Json = dict[str, object]
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_GRAPHS_IN_INDEX_ORDER = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


@cache
def shipped_context() -> Json:
    """The ``@context`` object of ``ontology/context.jsonld``."""
    return json.loads(ontology_file("context.jsonld").read_text(encoding="utf-8"))["@context"]


class Compactor:
    """Term and prefix tables of one context, and the compaction of node objects with them."""

    def __init__(self, context: Json) -> None:
        self.context = context
        self.default_language = context.get("@language")
        self.prefixes = sorted(((iri, name) for name, iri in context.items()
                                if isinstance(iri, str) and not name.startswith("@") and iri.endswith(("#", "/"))),
                               key=lambda pair: (-len(pair[0]), pair[1]))
        self.classes: dict[str, str] = {}
        self.terms: dict[tuple[str, str], str] = {}  # (property IRI, value kind) → term
        for name, definition in sorted(context.items()):
            if name.startswith("@") or name in ("id", "type") or not isinstance(definition, (str, dict)):
                continue
            if isinstance(definition, str):
                if definition.endswith(("#", "/")):
                    continue
                iri = self.expand(definition)
                self.classes.setdefault(iri, name)
                self.terms.setdefault((iri, "plain"), name)
                continue
            iri = self.expand(definition["@id"])
            if definition.get("@container") == "@language":
                kind = "languages"
            elif definition.get("@type") == "@id":
                kind = "id"
            elif "@type" in definition:
                kind = "type " + self.expand(definition["@type"])
            elif "@language" in definition:
                kind = f"language {definition['@language']}"
            else:
                kind = "plain"
            self.terms.setdefault((iri, kind), name)

    def expand(self, curie: str) -> str:
        prefix, _, local = curie.partition(":")
        value = self.context.get(prefix)
        return value + local if isinstance(value, str) and value.endswith(("#", "/")) else curie

    def iri(self, iri: str) -> str:
        """The shortest compact IRI ``prefix:local`` for ``iri``, or ``iri`` itself."""
        for namespace, name in self.prefixes:
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{name}:{iri[len(namespace):]}"
        return iri

    def node(self, node: Json) -> Json:
        out: Json = {}
        node = dict(node)
        if RDF_TYPE in node and all(set(value) == {"@id"} for value in node[RDF_TYPE]):
            node["@type"] = [*node.get("@type", []), *(value["@id"] for value in node.pop(RDF_TYPE))]
        for key, values in node.items():
            if key == "@id":
                out["@id"] = self.iri(values)
            elif key == "@type":
                types = [self.classes.get(t) or self.iri(t) for t in values]
                out["@type"] = types[0] if len(types) == 1 else types
            elif key == "@graph":
                out["@graph"] = [self.node(child) for child in values]
            else:
                for term, value in self._values(key, values):
                    if (key, "languages") in self.terms and term == self.terms[(key, "languages")]:
                        language_map = out.setdefault(term, {})
                        for language, text in value.items():
                            before = language_map.get(language)
                            language_map[language] = text if before is None else sorted(
                                [*(before if isinstance(before, list) else [before]), text])
                    else:
                        out.setdefault(term, []).append(value)
        return {key: (value[0] if isinstance(value, list) and len(value) == 1 else value)
                for key, value in sorted(out.items(), key=lambda kv: (not kv[0].startswith("@"), kv[0]))}

    def _values(self, prop: str, values: list[Json]):
        key = self.iri(prop)
        for value in values:
            if "@id" in value:
                term = self.terms.get((prop, "id"))
                yield (term, self.iri(value["@id"])) if term else (self.terms.get((prop, "plain"), key),
                                                                   {"@id": self.iri(value["@id"])})
            elif "@type" in value:
                term = self.terms.get((prop, "type " + value["@type"]))
                yield (term, value["@value"]) if term else (self.terms.get((prop, "plain"), key),
                                                            {"@value": value["@value"], "@type": self.iri(value["@type"])})
            elif "@language" in value:
                language = value["@language"]
                if (prop, "languages") in self.terms:
                    yield self.terms[(prop, "languages")], {language: value["@value"]}
                elif (prop, f"language {language}") in self.terms:
                    yield self.terms[(prop, f"language {language}")], value["@value"]
                elif language == self.default_language and (prop, "plain") in self.terms:
                    yield self.terms[(prop, "plain")], value["@value"]
                else:
                    yield self.terms.get((prop, "plain"), key), dict(value)
            else:  # a plain xsd:string
                term = self.terms.get((prop, "language None"))
                yield (term, value["@value"]) if term else (self.terms.get((prop, "plain"), key),
                                                            {"@value": value["@value"]})


def write_compact_jsonld(store: ox.Store, stream: BinaryIO, context: Json | None = None) -> None:
    """The store's named graphs as :func:`compact_jsonld` of its whole expanded dump writes them, byte
    for byte, but one graph at a time (the whole dump of a large corpus, parsed, takes gigabytes).
    Graphs come in the whole dump's order: that of the store's quad index, which the DISTINCT query
    keeps (tests/graph/test_graph_jsonld.py compares the two)."""
    graphs = ({"@id": graph.value, "@graph": json.loads(store.dump(format=ox.RdfFormat.JSON_LD, from_graph=graph))}
              for (graph,) in store.query(_GRAPHS_IN_INDEX_ORDER))
    _write_document(graphs, stream, context)


def compact_jsonld(expanded: bytes, context: Json | None = None) -> bytes:
    """Expanded JSON-LD (a list of graph and node objects) → ``{"@context": …, "@graph": […]}``."""
    stream = io.BytesIO()
    _write_document(json.loads(expanded), stream, context)
    return stream.getvalue()


def _write_document(nodes: Iterable[Json], stream: BinaryIO, context: Json | None) -> None:
    """``{"@context": …, "@graph": [the compacted nodes]}`` and a newline, compact UTF-8 JSON."""
    context = shipped_context() if context is None else context
    compactor = Compactor(context)
    stream.write(b'{"@context":' + _dumps(context) + b',"@graph":[')
    for index, node in enumerate(nodes):
        stream.write((b"," if index else b"") + _dumps(compactor.node(node)))
    stream.write(b"]}\n")


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
