"""Compare rdflib and Oxigraph on one synthetic ~100k-triple policy graph: load, sharing query, GROUP BY.

Run: python bench/bench_store.py [--measures 10000] [--runs 3]. Prints medians in seconds and ratios.
The graph uses the contract vocabulary (provinces, cities, documents, provisions, measures with
pkg:targets / pkg:supportedBy, actors, industries) and a fixed random seed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import rdflib

PKG = "https://w3id.org/policykg/ontology#"
ID = "https://w3id.org/policykg/id/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SHARING = f"""PREFIX pkg: <{PKG}>
SELECT ?other (COUNT(DISTINCT ?m) AS ?n) WHERE {{
  <{ID}place/c0> pkg:supportedBy ?m . ?other pkg:supportedBy ?m FILTER(?other != <{ID}place/c0>)
}} GROUP BY ?other ORDER BY DESC(?n) ?other"""
PER_PROVINCE = f"""PREFIX pkg: <{PKG}>
SELECT ?province (COUNT(DISTINCT ?m) AS ?n) WHERE {{
  ?m pkg:targets ?city . ?city pkg:locatedIn ?province . ?province a pkg:Province
}} GROUP BY ?province ORDER BY ?province"""


def _p(name: str) -> ox.NamedNode:
    return ox.NamedNode(PKG + name)


def synthetic(measures: int, seed: int = 7) -> list[ox.Triple]:
    """A deterministic graph of about ``10 × measures`` triples."""
    rng = random.Random(seed)
    triples: list[ox.Triple] = []
    provinces = [ox.NamedNode(f"{ID}place/p{i}") for i in range(31)]
    cities = [ox.NamedNode(f"{ID}place/c{i}") for i in range(300)]
    actors = [ox.NamedNode(f"{ID}actor/a{i}") for i in range(40)]
    industries = [ox.NamedNode(f"{ID}industry/i{i}") for i in range(150)]
    for index, province in enumerate(provinces):
        triples += [ox.Triple(province, RDF_TYPE, _p("Province")),
                    ox.Triple(province, LABEL, ox.Literal(f"省{index}", language="zh"))]
    for index, city in enumerate(cities):
        triples += [ox.Triple(city, RDF_TYPE, _p("City")), ox.Triple(city, LABEL, ox.Literal(f"市{index}", language="zh")),
                    ox.Triple(city, _p("locatedIn"), provinces[index % 31])]
    for node, kind in [(a, "GovernmentAgency") for a in actors] + [(i, "Industry") for i in industries]:
        triples.append(ox.Triple(node, RDF_TYPE, _p(kind)))
    per_document = 200
    for number in range(measures):
        document = ox.NamedNode(f"{ID}doc/d{number // per_document}")
        provision = ox.NamedNode(f"{document.value}/p{(number % per_document) // 20}")
        measure = ox.NamedNode(f"{provision.value}/m{number % 20}")
        if number % per_document == 0:
            triples += [ox.Triple(document, RDF_TYPE, _p("PolicyDocument")),
                        ox.Triple(document, _p("issuedBy"), rng.choice(actors))]
        if number % 20 == 0:
            triples += [ox.Triple(provision, RDF_TYPE, _p("Provision")), ox.Triple(provision, _p("partOf"), document)]
        triples += [ox.Triple(measure, RDF_TYPE, _p("Measure")), ox.Triple(measure, _p("inProvision"), provision),
                    ox.Triple(measure, _p("sourceText"), ox.Literal(f"支持第{number}项措施", language="zh")),
                    ox.Triple(measure, _p("providedBy"), rng.choice(actors)),
                    ox.Triple(measure, _p("concernsIndustry"), rng.choice(industries))]
        for city in rng.sample(cities, rng.randint(1, 4)):
            triples += [ox.Triple(measure, _p("targets"), city), ox.Triple(city, _p("supportedBy"), measure)]
    return triples


def _median(work: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    """Build the graph, time both engines, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measures", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "synthetic.ttl"
        triples = synthetic(args.measures)
        ox.serialize(triples, str(path), format=ox.RdfFormat.TURTLE, prefixes={"pkg": PKG})
        print(f"synthetic graph: {len(triples)} triples, {path.stat().st_size / 1e6:.1f} MB Turtle")

        def load_rdflib() -> rdflib.Graph:
            return rdflib.Graph().parse(path, format="turtle")

        def load_oxigraph() -> ox.Store:
            store = ox.Store()
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
            return store

        rows = []
        t_rdflib, graph = _median(load_rdflib, args.runs)
        t_ox, store = _median(load_oxigraph, args.runs)
        rows.append(("load Turtle", t_rdflib, t_ox))
        for name, query in [("sharing query", SHARING), ("GROUP BY per province", PER_PROVINCE)]:
            q_rdflib, answer_rdflib = _median(lambda query=query: list(graph.query(query)), args.runs)  # type: ignore[union-attr]
            q_ox, answer_ox = _median(lambda query=query: list(store.query(query)), args.runs)  # type: ignore[union-attr]
            assert len(answer_rdflib) == len(answer_ox), (name, len(answer_rdflib), len(answer_ox))  # type: ignore[arg-type]
            rows.append((name, q_rdflib, q_ox))
    print(f"{'work':<24}{'rdflib s':>10}{'oxigraph s':>12}{'ratio':>8}")
    for name, slow, fast in rows:
        print(f"{name:<24}{slow:>10.3f}{fast:>12.4f}{slow / fast:>7.0f}×")


if __name__ == "__main__":
    main()
