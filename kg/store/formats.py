"""RDF file formats as pyoxigraph knows them, chosen from the file name."""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import RdfFormat

from kg.errors import InputError
from kg.vocab import PREFIXES  # noqa: F401  (the one prefix map; written into Turtle/TriG output)

_BY_SUFFIX = {
    ".trig": RdfFormat.TRIG, ".nq": RdfFormat.N_QUADS, ".ttl": RdfFormat.TURTLE,
    ".nt": RdfFormat.N_TRIPLES, ".jsonld": RdfFormat.JSON_LD, ".json": RdfFormat.JSON_LD,
    ".rdf": RdfFormat.RDF_XML, ".owl": RdfFormat.RDF_XML, ".xml": RdfFormat.RDF_XML,
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
