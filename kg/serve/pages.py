"""HTML pages of the service; every string that comes from data is escaped here."""

from __future__ import annotations

import json
from html import escape
from string import Template
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode

from kg.serve.describe import Description, Link
from kg.serve.ontology_doc import OntologyDoc, Term
from kg.store.formats import PREFIXES

DATA_NS = PREFIXES["pkgd"]
ONTOLOGY_NS = PREFIXES["pkg"]
_STYLE = """body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:70em;padding:0 1em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em;text-align:left;vertical-align:top}
code{font-size:.9em}blockquote{margin:.4em 0;padding:.3em .8em;border-left:3px solid #88a}.iri{color:#555}
nav a{margin-right:1em}"""


def compact(iri: str) -> str:
    """``pkg:targets`` for a known namespace, else the full IRI."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def local_href(iri: str) -> str | None:
    """Where a browser should go for ``iri``: this server for our IRIs, the IRI itself for http(s), else nowhere."""
    if iri.startswith(DATA_NS):
        return "/id/" + iri[len(DATA_NS):]
    if iri.startswith(ONTOLOGY_NS):
        return "/ontology#" + iri[len(ONTOLOGY_NS):]
    if iri.startswith(("http://", "https://")):
        return iri
    return None


def iri_link(iri: str, label: str | None = None) -> str:
    """An escaped ``<a>`` to the IRI (or plain text when it has no safe target)."""
    text = escape(label) if label else escape(compact(iri))
    href = local_href(iri)
    if href is None:
        return text
    return f'<a href="{escape(href, quote=True)}" title="{escape(iri, quote=True)}">{text}</a>'


def term_html(term: Any, label: str | None = None) -> str:
    """A term as escaped HTML: IRIs as links, literals with their language or datatype."""
    if isinstance(term, NamedNode):
        return iri_link(term.value, label)
    if isinstance(term, BlankNode):
        return f"<code>_:{escape(term.value)}</code>"
    if isinstance(term, Literal):
        note = f'@{term.language}' if term.language else f'^^{compact(term.datatype.value)}'
        return f'{escape(term.value)} <span class="iri">{escape(note)}</span>'
    return escape(str(term))


def page(title: str, body: str) -> str:
    """A complete HTML document around ``body`` (already escaped)."""
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_STYLE}</style></head>'
            f'<body><nav><a href="/">SPARQL</a><a href="/ontology">ontology</a>'
            f'<a href="/.well-known/void">VoID</a></nav>{body}</body></html>\n')


def _links_table(links: list[Link], heading: str, node_first: bool) -> str:
    if not links:
        return ""
    rows = []
    for link in links:
        prop, node = iri_link(link.predicate), term_html(link.node, link.label)
        cells = (node, prop) if node_first else (prop, node)
        rows.append(f"<tr><td>{cells[0]}</td><td>{cells[1]}</td></tr>")
    header = "<th>from</th><th>property</th>" if node_first else "<th>property</th><th>value</th>"
    return f"<h2>{escape(heading)}</h2><table><tr>{header}</tr>{''.join(rows)}</table>"


def resource_page(description: Description) -> str:
    """The HTML page of one resource under ``/id/``."""
    parts = [f"<h1>{escape(description.title)}</h1>",
             f'<p class="iri"><code>{escape(description.iri)}</code></p>']
    if description.types:
        types = ", ".join(term_html(link.node, link.label) for link in description.types)
        parts.append(f"<p>type: {types}</p>")
    if description.sources:
        quotes = "".join(f"<blockquote>{escape(text)}<br><small>{iri_link(measure)}</small></blockquote>"
                         for measure, text in description.sources)
        parts.append(f"<h2>source sentences</h2>{quotes}")
    parts.append(_links_table(description.outgoing, "links out", node_first=False))
    parts.append(_links_table(description.incoming, "links in", node_first=True))
    parts.append('<p>as <a href="?format=ttl">Turtle</a> · <a href="?format=jsonld">JSON-LD</a> · '
                 '<a href="?format=nt">N-Triples</a></p>')
    return page(description.title, "".join(parts))


def _term_rows(term: Term) -> str:
    rows = [("label (zh)", escape(", ".join(term.labels_zh))), ("label (en)", escape(", ".join(term.labels_en))),
            ("comment", "<br>".join(escape(comment) for comment in term.comments))]
    rows += [(name, ", ".join(iri_link(iri) for iri in iris)) for name, iris in term.relations.items() if iris]
    return "".join(f"<tr><th>{escape(name)}</th><td>{value}</td></tr>" for name, value in rows if value)


def ontology_page(doc: OntologyDoc) -> str:
    """Documentation generated from the ontology: one table per class and property."""
    parts = [f"<h1>{escape(doc.title)}</h1>", f'<p class="iri"><code>{escape(doc.iri)}</code></p>']
    parts += [f"<p>{escape(text)}</p>" for text in doc.descriptions]
    for heading, terms in doc.sections:
        if not terms:
            continue
        parts.append(f"<h2>{escape(heading)}</h2>")
        for term in terms:
            anchor = escape(term.local_name, quote=True)
            parts.append(f'<h3 id="{anchor}">{escape(compact(term.iri))}</h3><table>{_term_rows(term)}</table>')
    parts.append('<p>as <a href="/ontology?format=ttl">Turtle</a> · <a href="/ontology?format=jsonld">JSON-LD</a>'
                 ' · <a href="/ontology?format=nt">N-Triples</a></p>')
    return page(doc.title, "".join(parts))


def query_page(template: str, examples: dict[str, str]) -> str:
    """The SPARQL query page: ``template`` (HTML with ``$options`` and ``$examples``) filled in safely."""
    options = "".join(f'<option value="{escape(name, quote=True)}">{escape(name)}</option>' for name in examples)
    data = json.dumps(examples, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    return Template(template).safe_substitute(options=options, examples=data)
