"""Add the export's extra graphs to a store and serialise it, sorted so the same input gives the same bytes."""

from __future__ import annotations

import json
from datetime import datetime

from pyoxigraph import Quad, RdfFormat, Store, serialize
from rdflib import Dataset

from kg.errors import InputError
from kg.export.links import geometries, same_as_links, wikidata_table
from kg.export.metadata import provenance_quads, void_quads
from kg.resources import ontology_file
from kg.store.formats import PREFIXES, SERIALIZATION_PREFIXES

FORMATS: dict[str, RdfFormat | None] = {
    "trig": RdfFormat.TRIG, "nq": RdfFormat.N_QUADS, "ttl": RdfFormat.TURTLE,
    "nt": RdfFormat.N_TRIPLES, "rdfxml": RdfFormat.RDF_XML, "jsonld": None,
}
_WITH_PREFIXES = {RdfFormat.TRIG, RdfFormat.TURTLE, RdfFormat.RDF_XML}


def enrich(store: Store, *, table: dict[str, str] | None = None, generated_at: datetime | None = None) -> None:
    """Add owl:sameAs and geometries (graph ``…/graph/links``), then VoID/DCAT and PROV-O (``…/graph/metadata``)."""
    store.extend(same_as_links(store, wikidata_table() if table is None else table))
    store.extend(geometries(store))
    store.extend(void_quads(store))
    store.extend(provenance_quads(store, generated_at))


def _quad_key(quad: Quad) -> tuple[str, str, str, str]:
    return str(quad.graph_name), str(quad.subject), str(quad.predicate), str(quad.object)


def jsonld_context() -> dict[str, object]:
    """The project's JSON-LD ``@context`` (``ontology/context.jsonld``), or the prefix map if it is not installed."""
    try:
        path = ontology_file("context.jsonld")
    except FileNotFoundError:
        return dict(PREFIXES)
    if not path.is_file():
        return dict(PREFIXES)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read the JSON-LD context: {exc}", path=path) from exc
    return document.get("@context", document)


def write(store: Store, fmt: str) -> bytes:
    """Serialise the whole store: datasets keep their named graphs, triple formats get the union (deduplicated)."""
    quads = sorted(store, key=_quad_key)
    rdf_format = FORMATS[fmt]
    if rdf_format is None:
        dataset = Dataset()
        dataset.parse(data=serialize(quads, format=RdfFormat.N_QUADS), format="nquads")
        return dataset.serialize(format="json-ld", context=jsonld_context(), encoding="utf-8")
    prefixes = SERIALIZATION_PREFIXES if rdf_format in _WITH_PREFIXES else None
    if rdf_format.supports_datasets:
        return serialize(quads, format=rdf_format, prefixes=prefixes)
    triples = sorted({quad.triple for quad in quads}, key=str)
    return serialize(triples, format=rdf_format, prefixes=prefixes)
