"""Compact JSON-LD with the shipped context (``ontology/context.jsonld``), fast and deterministic.

Oxigraph writes expanded JSON-LD; this rewrites it with the context's terms (``"label": "沈阳市"``,
``"locatedIn": "pkgd:place/210000"``) and compact IRIs, without an RDF library round trip. Only what
the context defines is used: a value no term fits keeps its expanded form under a compact IRI key,
so expanding the result gives back exactly the same quads (a test checks this). A shard's triples are
compacted directly (:meth:`Compactor.subject`), with the same rules, byte for byte what compacting
Oxigraph's expanded JSON-LD of them gives (the reference, :meth:`Compactor.node`; tests compare the two).
"""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterable
from functools import cache
from itertools import groupby
from operator import attrgetter
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

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
        self.rules: dict[tuple[str, str, str | None], tuple[str, str]] = {}  # memo of _rule

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
        """One expanded node object (Oxigraph's form: ``@id``, ``@graph``, property IRIs) compacted."""
        compacted = self._compacted(node["@id"], node.get("@type", ()),
                                    ((key, map(_expanded_value, values)) for key, values in node.items()
                                     if not key.startswith("@")))
        if "@graph" in node:
            compacted["@graph"] = [self.node(child) for child in node["@graph"]]
        return _finished(compacted)

    def subject(self, subject: ox.NamedNode | ox.BlankNode, triples: Iterable[ox.Triple | ox.Quad]) -> Json:
        """One subject's triples, its predicates each together (as in a shard), compacted: what
        :meth:`node` gives for the node object Oxigraph's expanded JSON-LD writes for them."""
        return _finished(self._compacted(_identifier(subject), (), (
            (predicate.value, [_term_value(triple.object) for triple in group])
            for predicate, group in groupby(triples, key=attrgetter("predicate")))))

    def _compacted(self, subject: str, types: Iterable[str],
                   properties: Iterable[tuple[str, Iterable[Value]]]) -> Json:
        """The compacted node of a subject, its ``@type`` IRIs and its values per property IRI, keys
        not yet in order; ``rdf:type`` values that are all IRIs become ``@type``."""
        out: Json = {"@id": self.iri(subject)}
        types = list(types)
        for prop, values in properties:
            values = list(values)
            if prop == RDF_TYPE and all(kind == "id" for kind, _, _ in values):
                types += [value for _, value, _ in values]
                continue
            for kind, value, extra in values:
                key, form = self._rule(prop, kind, extra)
                if form == "map":
                    language_map = out.setdefault(key, {})
                    before = language_map.get(extra)
                    language_map[extra] = value if before is None else sorted(
                        [*(before if isinstance(before, list) else [before]), value])
                else:
                    out.setdefault(key, []).append(self._value(form, value, extra))
        if types:
            compacted = [self.classes.get(t) or self.iri(t) for t in types]
            out["@type"] = compacted[0] if len(compacted) == 1 else compacted
        return out

    def _value(self, form: str, value: str, extra: str | None) -> object:
        """A value in the ``form`` its :meth:`_rule` chose."""
        if form == "iri":
            return self.iri(value)
        if form == "node":
            return {"@id": self.iri(value)}
        if form == "typed":
            return {"@value": value, "@type": self.iri(extra)}
        if form == "tagged":
            return {"@language": extra, "@value": value}
        return value if form == "value" else {"@value": value}

    def _rule(self, prop: str, kind: str, extra: str | None) -> tuple[str, str]:
        """The key and form of a value of property ``prop``: ``kind`` is ``id``, ``typed`` (``extra``: its
        datatype), ``language`` (``extra``: its tag) or ``string``; the term the context defines for
        such a value, else the compact IRI of ``prop`` with the value in expanded form."""
        found = self.rules.get((prop, kind, extra))
        if found is None:
            found = self.rules[(prop, kind, extra)] = self._choose(prop, kind, extra)
        return found

    def _choose(self, prop: str, kind: str, extra: str | None) -> tuple[str, str]:
        terms = self.terms
        fallback = terms.get((prop, "plain"), self.iri(prop))
        if kind == "id":
            term = terms.get((prop, "id"))
            return (term, "iri") if term else (fallback, "node")
        if kind == "typed":
            term = terms.get((prop, "type " + extra))
            return (term, "value") if term else (fallback, "typed")
        if kind == "language":
            if (prop, "languages") in terms:
                return terms[(prop, "languages")], "map"
            if (prop, f"language {extra}") in terms:
                return terms[(prop, f"language {extra}")], "value"
            if extra == self.default_language and (prop, "plain") in terms:
                return terms[(prop, "plain")], "value"
            return fallback, "tagged"
        term = terms.get((prop, "language None"))
        return (term, "value") if term else (fallback, "string")


Value = tuple[str, str, "str | None"]
"""A value as :meth:`Compactor._rule` reads it: kind, lexical value or IRI, datatype or language tag."""
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _expanded_value(value: Json) -> Value:
    """A value object of expanded JSON-LD as a :data:`Value`."""
    if "@id" in value:
        return "id", value["@id"], None
    if "@language" in value:
        return "language", value["@value"], value["@language"]
    if "@type" in value:
        return "typed", value["@value"], value["@type"]
    return "string", value["@value"], None


def _term_value(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Value:
    """A pyoxigraph object as a :data:`Value` (blank nodes as ``_:`` identifiers, as JSON-LD writes them)."""
    if isinstance(term, ox.Literal):
        if term.language:
            return "language", term.value, term.language
        datatype = term.datatype.value
        return ("string", term.value, None) if datatype == XSD_STRING else ("typed", term.value, datatype)
    return "id", _identifier(term), None


def _identifier(term: ox.NamedNode | ox.BlankNode) -> str:
    return term.value if isinstance(term, ox.NamedNode) else f"_:{term.value}"


def _finished(node: Json) -> Json:
    """A compacted node's keys in order (``@`` keywords first), a list of one written as its element."""
    return {key: (value[0] if isinstance(value, list) and len(value) == 1 else value)
            for key, value in sorted(node.items(), key=lambda kv: (not kv[0].startswith("@"), kv[0]))}


def compact_node(node: Json) -> bytes:
    """One expanded node object compacted with the shipped context, as compact UTF-8 JSON."""
    return _dumps(_shipped_compactor().node(node))


def write_graph_node(graph: str, subjects: Iterable[tuple[ox.NamedNode | ox.BlankNode, list[ox.Triple | ox.Quad]]],
                     stream: BinaryIO) -> None:
    """A named graph's node, compacted with the shipped context, given its IRI and its subjects' triples
    one subject at a time (in shard order): byte for byte :func:`compact_node` of the graph object
    Oxigraph's expanded JSON-LD writes for its quads, an element of the document's ``@graph``
    (:func:`write_document`). The triples are compacted as they are (:meth:`Compactor.subject`),
    never written as expanded JSON-LD and read back."""
    compactor = _shipped_compactor()
    compacted = (_dumps(compactor.subject(subject, triples)) for subject, triples in subjects)
    first, second = next(compacted), next(compacted, None)
    if second is None:  # a list of one is written as its element
        stream.write(b'{"@graph":' + first)
    else:
        stream.write(b'{"@graph":[' + first + b"," + second)
        for node in compacted:
            stream.write(b"," + node)
        stream.write(b"]")
    stream.write(b',"@id":' + _dumps(compactor.iri(graph)) + b"}")  # keys sorted, as node() does


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
