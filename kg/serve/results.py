"""Serialise query answers: SPARQL 1.1 result formats (JSON, XML, CSV, TSV) and RDF graphs."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Triple, serialize

from kg.store.formats import SERIALIZATION_PREFIXES

JSON = "application/sparql-results+json"
XML = "application/sparql-results+xml"
CSV = "text/csv"
TSV = "text/tab-separated-values"
TURTLE = "text/turtle"
JSONLD = "application/ld+json"
NTRIPLES = "application/n-triples"

#: offers in order of preference: the first is the default for ``*/*``
SOLUTION_TYPES = [JSON, XML, CSV, TSV]
BOOLEAN_TYPES = [JSON, XML]
GRAPH_TYPES = [TURTLE, JSONLD, NTRIPLES]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_FORMATS = {TURTLE: RdfFormat.TURTLE, JSONLD: RdfFormat.JSON_LD, NTRIPLES: RdfFormat.N_TRIPLES}

Row = Sequence[object | None]


def _json_term(term: object) -> dict[str, str]:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        cell = {"type": "literal", "value": term.value}
        if term.language:
            cell["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            cell["datatype"] = term.datatype.value
        return cell
    return {"type": "triple", "value": str(term)}


def _xml_term(term: object) -> str:
    if isinstance(term, NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != _XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _csv_value(term: object | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (NamedNode, Literal)):
        return term.value
    return str(term)


def solutions(variables: list[str], rows: list[Row], media_type: str) -> bytes:
    """A SELECT answer in one of :data:`SOLUTION_TYPES`."""
    if media_type == JSON:
        bindings = [{name: _json_term(term) for name, term in zip(variables, row) if term is not None}
                    for row in rows]
        document = {"head": {"vars": variables}, "results": {"bindings": bindings}}
        return json.dumps(document, ensure_ascii=False).encode("utf-8")
    if media_type == XML:
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        out += [f"<variable name={quoteattr(name)}/>" for name in variables]
        out.append("</head><results>")
        for row in rows:
            out.append("<result>")
            out += [f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>"
                    for name, term in zip(variables, row) if term is not None]
            out.append("</result>")
        out.append("</results></sparql>\n")
        return "".join(out).encode("utf-8")
    if media_type == CSV:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_csv_value(term) for term in row] for row in rows)
        return buffer.getvalue().encode("utf-8")
    if media_type == TSV:
        lines = ["\t".join(f"?{name}" for name in variables)]
        lines += ["\t".join("" if term is None else str(term) for term in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(f"not a SPARQL results media type: {media_type}")


def boolean(value: bool, media_type: str) -> bytes:
    """An ASK answer in one of :data:`BOOLEAN_TYPES`."""
    if media_type == JSON:
        return json.dumps({"head": {}, "boolean": value}).encode("utf-8")
    if media_type == XML:
        text = "true" if value else "false"
        return (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{text}</boolean></sparql>\n").encode()
    raise ValueError(f"not a boolean results media type: {media_type}")


def graph(triples: list[Triple], media_type: str) -> bytes:
    """A CONSTRUCT/DESCRIBE answer in one of :data:`GRAPH_TYPES`, triples sorted for stable output."""
    ordered = sorted(triples, key=str)
    fmt = _RDF_FORMATS[media_type]
    prefixes = SERIALIZATION_PREFIXES if fmt is RdfFormat.TURTLE else None
    return serialize(ordered, format=fmt, prefixes=prefixes)
