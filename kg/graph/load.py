"""Read a built graph file (TriG, N-Quads, Turtle, N-Triples, JSON-LD, RDF/XML) into a Dataset."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset
from rdflib.util import guess_format

from kg.errors import InputError
from kg.store.oxigraph import STORE_SCHEME

DEFAULT_GRAPH = Path("out") / "graph.trig"
_FORMATS = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld",
            ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".xml": "xml"}


def load_dataset(path: Path | str = DEFAULT_GRAPH) -> Dataset:
    """Parse a graph file, or read an Oxigraph store given as ``oxigraph:DIR``; triples-only formats
    land in the default graph.

    Raises :class:`InputError` with the file name and the parser's complaint when it cannot be read.
    """
    if str(path).startswith(STORE_SCHEME):
        return _from_store(str(path))
    path = Path(path)
    if not path.is_file():
        raise InputError("graph file not found (run `policykg build` first, or pass --graph)", path=path)
    fmt = _FORMATS.get(path.suffix.lower()) or guess_format(str(path))
    if fmt is None:
        raise InputError(f"unknown graph format {path.suffix!r}", path=path)
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"cannot parse as {fmt}: {first_line}", path=path) from exc
    return dataset


def _from_store(spec: str) -> Dataset:
    """All quads of an on-disk Oxigraph store as an rdflib Dataset (for code that needs rdflib objects)."""
    import pyoxigraph as ox

    from kg.store import open_source

    store = open_source(spec)
    nquads = ox.serialize(store, format=ox.RdfFormat.N_QUADS)
    dataset = Dataset(default_union=True)
    dataset.parse(data=nquads.decode("utf-8"), format="nquads")
    return dataset
