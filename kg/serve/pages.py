"""HTML pages of the service; every string that comes from data is escaped here."""

from __future__ import annotations

import json
from html import escape
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode

from rdflib.namespace import DCTERMS, OWL

from kg.serve.describe import CITES, PLACE_TYPES, Description, DocumentRef, Link, ProvisionNode
from kg.serve.mentions import mark, name_pattern
from kg.serve.ontology_doc import OntologyDoc, Term
from kg.serve.search import Hit
from kg.store.formats import PREFIXES
from kg.vocab import PKG

DATA_NS = PREFIXES["pkgd"]
ONTOLOGY_NS = PREFIXES["pkg"]
_STYLE = """body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:1em auto;max-width:72em;padding:0 1em;
line-height:1.5}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em;text-align:left;
vertical-align:top}code{font-size:.9em}.iri{color:#555}header{display:flex;flex-wrap:wrap;gap:1em;align-items:center;
border-bottom:1px solid #ddd;padding-bottom:.5em}header nav a{margin-right:1em}header form{margin-left:auto}
header input{padding:.3em;width:16em}blockquote{margin:.4em 0;padding:.3em .8em;border-left:3px solid #88a;
background:#f7f7fb}mark{background:#ffe066;padding:0 .1em}.doc{margin:1.2em 0}.doc h3{margin:.2em 0}
.meta{color:#555;font-size:.9em}ul.tree{padding-left:1.2em}details{margin:.8em 0}summary{cursor:pointer}"""

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


def page(title: str, body: str, *, head: str = "", query: str = "") -> str:
    """A complete HTML document around ``body`` (already escaped), with the search box in its header.

    ``head`` is extra (trusted) markup for ``<head>``; ``query`` the text to show in the search box.
    """
    search = (f'<form action="/search" method="get" role="search"><input type="search" name="q" '
              f'value="{escape(query, quote=True)}" placeholder="搜索 地名、文件… / search" '
              'aria-label="search">'
              f' <button type="submit">搜索</button></form>')
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">'
            f'<style>{_STYLE}</style>{head}</head>'
            f'<body><header><nav><a href="/">SPARQL</a><a href="/ontology">ontology</a>'
            f'<a href="/.well-known/void">VoID</a></nav>{search}</header>{body}</body></html>\n')


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


def _document_heading(doc: DocumentRef) -> str:
    """Title (linked), number and date of a document."""
    title = iri_link(doc.iri, doc.title or doc.iri) if doc.iri else "(no document)"
    meta = " · ".join(escape(value) for value in (doc.number, doc.issued) if value)
    return f'<h3>{title}</h3>' + (f'<div class="meta">{meta}</div>' if meta else "")


def _measure_link(iri: str) -> str:
    return iri_link(iri, "measure " + iri.rsplit("/", 1)[-1])


def _place_sections(description: Description) -> list[str]:
    parts = []
    pattern = name_pattern(description.names)
    if description.sentences:
        count = sum(len(sentences) for _, sentences in description.sentences)
        parts.append(f"<h2>sentences that name it ({count})</h2>")
        for doc, sentences in description.sentences:
            quotes = "".join(
                f'<blockquote>{mark(sentence.text, pattern)}<br><small>'
                f'{iri_link(sentence.provision, sentence.provision_label)} · '
                f'{" ".join(_measure_link(measure) for measure in sentence.measures)}'
                f"</small></blockquote>" for sentence in sentences)
            parts.append(f'<section class="doc">{_document_heading(doc)}{quotes}</section>')
    if description.targeted_by:
        items = "".join(f"<li>{iri_link(measure)}{': ' + escape(text) if text else ''}</li>"
                        for measure, text in description.targeted_by)
        parts.append(f"<h2>measures that target it ({len(description.targeted_by)})</h2><ul>{items}</ul>")
    for heading, links in (("located in", description.out(str(PKG.locatedIn))),
                           ("contains", description.into(str(PKG.locatedIn))),
                           ("designations", description.out(str(PKG.designation))),
                           ("Wikidata", description.out(str(OWL.sameAs)))):
        if links:
            items = "".join(f"<li>{term_html(link.node, link.label)}</li>" for link in links)
            parts.append(f"<h2>{escape(heading)}</h2><ul>{items}</ul>")
    return parts


def _provision_items(nodes: list[ProvisionNode]) -> str:
    items = []
    for node in nodes:
        name = " ".join(value for value in (node.number, node.heading) if value) or node.iri.rsplit("/", 1)[-1]
        measures = "".join(f"<li>{iri_link(measure, measure.rsplit('/', 1)[-1])}: {escape(text or '')}</li>"
                           for measure, text in node.measures)
        inner = (f"<ul>{measures}</ul>" if measures else "") + _provision_items(node.children)
        items.append(f"<li>{iri_link(node.iri, name)}{inner}</li>")
    return f'<ul class="tree">{"".join(items)}</ul>' if items else ""


def _document_sections(description: Description) -> list[str]:
    parts = []
    meta = [escape(link.node.value) for predicate in (str(PKG.documentNumber), str(DCTERMS.issued))
            for link in description.out(predicate) if isinstance(link.node, Literal)]
    if meta:
        parts.append(f'<p class="meta">{" · ".join(meta)}</p>')
    if description.provisions:
        parts.append(f"<h2>provisions and measures</h2>{_provision_items(description.provisions)}")
    if description.places:
        items = "".join(f"<li>{iri_link(place, label)} <small>({count})</small></li>"
                        for place, label, count in description.places)
        parts.append(f"<h2>places named ({len(description.places)})</h2><ul>{items}</ul>")
    for heading, links in (("cites", description.out(CITES)), ("cited by", description.into(CITES))):
        if links:
            items = "".join(f"<li>{term_html(link.node, link.label)}</li>" for link in links)
            parts.append(f"<h2>{escape(heading)}</h2><ul>{items}</ul>")
    return parts


def _measure_sections(description: Description) -> list[str]:
    parts = []
    source = [link.node.value for link in description.out(str(PKG.sourceText)) if isinstance(link.node, Literal)]
    sentence = [link.node.value for link in description.out(str(PKG.sentenceText)) if isinstance(link.node, Literal)]
    if sentence or source:
        pattern = name_pattern(source)
        parts.append(f"<h2>sentence</h2><blockquote>{mark((sentence or source)[0], pattern)}</blockquote>")
    if description.document is not None:
        provision = f"<p>in {iri_link(description.provision)}</p>" if description.provision else ""
        parts.append(f'<section class="doc">{_document_heading(description.document)}{provision}</section>')
    return parts


def resource_page(description: Description) -> str:
    """The HTML page of one resource under ``/id/``: what its kind adds, then every link in and out."""
    parts = [f"<h1>{escape(description.title)}</h1>",
             f'<p class="iri"><code>{escape(description.iri)}</code></p>']
    if description.types:
        types = ", ".join(term_html(link.node, link.label) for link in description.types)
        parts.append(f"<p>type: {types}</p>")
    kinds, sections = description.type_iris, []
    if kinds & PLACE_TYPES:
        sections += _place_sections(description)
    if str(PKG.PolicyDocument) in kinds:
        sections += _document_sections(description)
    if str(PKG.Measure) in kinds:
        sections += _measure_sections(description)
    parts += sections
    links = _links_table(description.outgoing, "links out", node_first=False) + \
        _links_table(description.incoming, "links in", node_first=True)
    if links:  # open unless the sections above already tell the story
        parts.append(f"<details{'' if sections else ' open'}><summary>all statements</summary>{links}</details>")
    parts.append('<p>as <a href="?format=ttl">Turtle</a> · <a href="?format=jsonld">JSON-LD</a> · '
                 '<a href="?format=nt">N-Triples</a></p>')
    return page(description.title, "".join(parts))


def search_page(text: str, hits: list[Hit]) -> str:
    """Search results: each resource with its label, the name that matched and its class."""
    if not text.strip():
        body = "<h1>search</h1><p>Type a name: Chinese, pinyin or English labels, any case.</p>"
    elif not hits:
        body = f"<h1>search: {escape(text)}</h1><p>nothing found</p>"
    else:
        rows = "".join(f"<tr><td>{iri_link(hit.iri, hit.label)}</td><td>{escape(hit.matched)}</td>"
                       f"<td>{iri_link(hit.type) if hit.type else ''}</td></tr>" for hit in hits)
        body = (f"<h1>search: {escape(text)}</h1><p>{len(hits)} found</p>"
                f'<table id="hits"><tr><th>resource</th><th>matched name</th><th>type</th></tr>{rows}</table>')
    return page(f"search {text}".strip(), body, query=text)


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


def _json_script(element_id: str, data: object) -> str:
    """A JSON data block that cannot close its ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def workbench_page(examples: dict[str, str], *, vendor: str) -> str:
    """The query workbench: YASGUI from ``vendor`` (a static URL path), the examples and the prefixes."""
    options = "".join(f'<option value="{escape(name, quote=True)}">{escape(name)}</option>' for name in examples)
    head = (f'<link rel="stylesheet" href="{vendor}/yasgui.min.css">'
            '<style>body{max-width:none;margin:0 1em}'
            # one endpoint (this server) and no links to outside documentation
            '.yasgui .autocompleteWrapper,.yasr_external_ref_btn{display:none!important}</style>')
    downloads = " ".join(f'<button type="button" data-download="{kind}">{label}</button>' for kind, label in
                         (("csv", "CSV"), ("tsv", "TSV"), ("json", "JSON"), ("ttl", "Turtle"),
                          ("nt", "N-Triples"), ("jsonld", "JSON-LD")))
    body = (f'<h1>policykg SPARQL</h1><p><label>example <select id="examples"><option value="">'
            f"(choose a query)</option>{options}</select></label> · download results as {downloads} "
            f'<span id="download-status" class="meta"></span></p><div id="yasgui"></div>'
            f'{_json_script("prefix-data", PREFIXES)}{_json_script("example-data", examples)}'
            f'<script src="{vendor}/yasgui.min.js"></script><script src="/static/workbench.js"></script>')
    return page("policykg SPARQL", body, head=head)
