"""Compact JSON-LD with the shipped context (``ontology/context.jsonld``), fast and deterministic.

Oxigraph writes expanded JSON-LD; this rewrites it with the context's terms (``"label": "沈阳市"``,
``"locatedIn": "pkgd:place/210000"``) and compact IRIs, without an RDF library round trip. Only what
the context defines is used: a value no term fits keeps its expanded form under a compact IRI key,
so expanding the result gives back exactly the same quads (a test checks this).
"""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import BinaryIO

from kg.resources import ontology_file

Json = dict[str, object]
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


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


def compact_node(node: Json) -> bytes:
    """One expanded node object compacted with the shipped context, as compact UTF-8 JSON."""
    return _dumps(_shipped_compactor().node(node))


def write_graph_node(graph: str, nodes: Iterable[Json], stream: BinaryIO) -> None:
    """A named graph's node, compacted with the shipped context, given its IRI and its expanded subject
    nodes one at a time: byte for byte :func:`compact_node` of ``{"@id": graph, "@graph": [nodes]}``,
    an element of the document's ``@graph`` (:func:`write_document`)."""
    compacted = (compact_node(node) for node in nodes)
    first, second = next(compacted), next(compacted, None)
    if second is None:  # a list of one is written as its element
        stream.write(b'{"@graph":' + first)
    else:
        stream.write(b'{"@graph":[' + first + b"," + second)
        for node in compacted:
            stream.write(b"," + node)
        stream.write(b"]")
    stream.write(b',"@id":' + _dumps(_shipped_compactor().iri(graph)) + b"}")  # keys sorted, as node() does


def compact_jsonld(expanded: bytes, context: Json | None = None) -> bytes:
    """Expanded JSON-LD (a list of graph and node objects) → ``{"@context": …, "@graph": […]}``."""
    compactor = Compactor(shipped_context() if context is None else context)
    stream = io.BytesIO()
    write_document((_dumps(compactor.node(node)) for node in json.loads(expanded)), stream, context)
    return stream.getvalue()


def write_document(nodes: Iterable[bytes | Path], stream: BinaryIO, context: Json | None = None) -> None:
    """``{"@context": …, "@graph": [nodes]}`` and a newline, compact UTF-8 JSON; ``nodes`` are compacted
    node objects as compact JSON (:func:`compact_node`), or files holding one (copied in blocks, so a
    large document's node is never read whole)."""
    stream.write(b'{"@context":' + _dumps(shipped_context() if context is None else context) + b',"@graph":[')
    for index, node in enumerate(nodes):
        if index:
            stream.write(b",")
        if isinstance(node, Path):
            with open(node, "rb") as source:
                shutil.copyfileobj(source, stream, 1 << 20)
        else:
            stream.write(node)
    stream.write(b"]}\n")


@cache
def _shipped_compactor() -> Compactor:
    return Compactor(shipped_context())


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
