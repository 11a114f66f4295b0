"""RDF file formats as pyoxigraph knows them, chosen from the file name."""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import RdfFormat

from kg.errors import InputError

_BY_SUFFIX = {
    ".trig": RdfFormat.TRIG, ".nq": RdfFormat.N_QUADS, ".ttl": RdfFormat.TURTLE,
    ".nt": RdfFormat.N_TRIPLES, ".jsonld": RdfFormat.JSON_LD, ".json": RdfFormat.JSON_LD,
    ".rdf": RdfFormat.RDF_XML, ".owl": RdfFormat.RDF_XML, ".xml": RdfFormat.RDF_XML,
}

#: prefixes written into Turtle/TriG output so the files stay readable
PREFIXES = {
    "pkg": "https://w3id.org/policykg/ontology#",
    "pkgd": "https://w3id.org/policykg/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "geo": "http://www.opengis.net/ont/geosparql#",
    "wgs": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "wd": "http://www.wikidata.org/entity/",
}

#: prefixes for files and responses; data IRIs stay in full because their local parts hold "/"
SERIALIZATION_PREFIXES = {prefix: iri for prefix, iri in PREFIXES.items() if prefix != "pkgd"}


def format_for(path: Path) -> RdfFormat:
    """The parser format for a graph file, from its suffix; :class:`InputError` if unknown."""
    fmt = _BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"unknown graph format {path.suffix!r} (use .trig, .nq, .ttl, .nt, .jsonld or .rdf)",
                         path=path)
    return fmt
