"""Serialise a Dataset to the build's four files, deterministically and atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from kg.vocab import PKG, PKGD, WGS

OUTPUT_FILES = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.jsonld": "json-ld", "graph.trig": "trig"}
PREFIXES = {"pkg": PKG._NS, "pkgd": PKGD, "wgs": WGS, "skos": "http://www.w3.org/2004/02/skos/core#",
            "dcterms": "http://purl.org/dc/terms/"}


def union_graph(dataset: Dataset) -> Graph:
    """All triples of all named graphs in one graph, in sorted insertion order."""
    union = Graph()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace)
    for triple in sorted({(s, p, o) for s, p, o, _ in dataset.quads()}):
        union.add(triple)
    return union


def _bind(dataset: Dataset) -> None:
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)


def serialise(dataset: Dataset) -> dict[str, bytes]:
    """The four output files as bytes. N-Triples lines are sorted; the others follow sorted input."""
    _bind(dataset)
    union = union_graph(dataset)
    nt_lines = sorted(line for line in union.serialize(format="nt").splitlines() if line.strip())
    return {
        "graph.ttl": union.serialize(format="turtle").encode("utf-8"),
        "graph.nt": ("\n".join(nt_lines) + "\n").encode("utf-8"),
        "graph.jsonld": dataset.serialize(format="json-ld", indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8"),
        "graph.trig": dataset.serialize(format="trig").encode("utf-8"),
    }


def write_atomically(out_dir: Path, files: dict[str, bytes]) -> list[Path]:
    """Write every file to a temporary name in ``out_dir``, then rename them all into place.

    Nothing already in ``out_dir`` is touched until every file has been written in full.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    temporary: list[tuple[Path, Path]] = []
    try:
        for name, content in files.items():
            handle, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=out_dir)
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
            temporary.append((Path(tmp), out_dir / name))
    except BaseException:
        for tmp, _ in temporary:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, final in temporary:
        os.replace(tmp, final)
    return [final for _, final in temporary]
