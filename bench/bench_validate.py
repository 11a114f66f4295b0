"""Benchmark SHACL validation per document (not a test): CPU seconds of one call, side by side in one run.

Run: ``python bench/bench_validate.py [FILE…]`` (default: the seed and three development pages). Each
document's validation data is made as a build worker makes it (its graph, its reference data, the part
of the schemes it reaches, as N-Triples text), and parsed once into an rdflib graph; then, best of 3 per
call: pyshacl as builds once called it (shapes and ontology handed over on every call), pyshacl with one
shapes graph reused by every call (its ``ShapesGraph`` kept across ``Validator`` runs), pyshacl-turbo
with shapes compiled once handed the rdflib graph (what builds did before), and handed the text (what
builds do: kg/validate.py). The empty graph shows the fixed cost of a call.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from rdflib import Dataset, Graph

REPO = Path(__file__).resolve().parent.parent
DEFAULT = [*sorted((REPO / "seeds").glob("*.txt")),
           *(REPO.parent / "shared" / "corpus" / "govcn-2019" / f"{n:03d}.html" for n in (1, 2, 3))]


def texts(paths: list[Path]) -> list[str]:
    """Each document's validation data as N-Triples text, as a build worker makes it."""
    from kg.corpus.document import _extractor, graph_document, validation_ntriples
    from kg.graph.build import reference_triples

    extractor, out = _extractor(), []
    for path in paths:
        dataset = Dataset()
        document, _ = graph_document(path, dataset, extractor)
        reference = reference_triples(document.places, document.actors, extractor.gazetteer, schemes=False)
        out.append(validation_ntriples(document.triples, reference))
    return out


def pyshacl_shapes_reused():
    """pyshacl with its shapes graph object built once and reused (the ontology mixed in beforehand)."""
    from pyshacl import Validator
    from pyshacl.graph_abstraction import DataGraph

    from kg.validate import ontology_axioms, shapes_graph

    kept = {}

    def run(data: Graph):
        mixed = Graph() + data
        mixed += ontology_axioms()
        validator = Validator(DataGraph.from_rdflib_graph(mixed), shacl_graph=shapes_graph(),
                              options={"advanced": True, "allow_warnings": True, "inplace": True})
        validator.shacl_graph = kept.setdefault("shapes", validator.shacl_graph)
        return validator.run()[0]
    return run


def best(call, data: Graph | str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.process_time()
        call(data)
        times.append(time.process_time() - started)
    return min(times)


def main() -> None:
    from kg.validate import check

    engines = {"pyshacl, per call": (lambda g: check(g, engine="pyshacl"), Graph),
               "pyshacl, shapes reused": (pyshacl_shapes_reused(), Graph),
               "pyshacl-turbo, rdflib graph": (check, Graph),
               "pyshacl-turbo, N-Triples text": (check, str)}
    text = texts([Path(p) for p in sys.argv[1:]] or DEFAULT)
    data = {Graph: [Graph().parse(data=t, format="nt") for t in text], str: text}
    empty = {Graph: Graph(), str: ""}
    for call, kind in engines.values():
        call(empty[kind])  # warm: imports, shapes parsed and compiled
    print("CPU seconds per call (best of 3); columns: triples of the graph validated")
    print(f"{'engine':30} {'empty':>7} " + " ".join(f"{len(g):>7}" for g in data[Graph]))
    for name, (call, kind) in engines.items():
        print(f"{name:30} {best(call, empty[kind]):7.3f} " + " ".join(f"{best(call, g):7.3f}" for g in data[kind]))


if __name__ == "__main__":
    main()
