"""Time each stage of the build on the seed and on the shared gov.cn corpus (not a test).

Run: ``python bench/bench_pipeline.py [FOLDER ...]`` (default: ``seeds/`` and, when present,
``../shared/corpus/govcn-2019``). Prints, per input set and stage: seconds, MB/s of input text
(UTF-8 bytes of the decoded source), and for the graph stages triples/s; then peak memory.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from kg.extract import Extractor
from kg.graph.build import DocumentGraph, SourceInfo, add_reference
from kg.graph.write import serialise, union_graph
from kg.normalise import NormalisedText, normalise, read_source
from kg.normalise.offsets import compose
from kg.pipeline import BuildReport, collect_inputs
from kg.structure import parse_document
from kg.validate import check
from rdflib import Dataset

REPO = Path(__file__).resolve().parent.parent


def bench(folder: Path, extractor: Extractor) -> None:
    files = collect_inputs([folder])
    timings: dict[str, float] = {}

    def timed(stage: str, func, *args):
        start = time.perf_counter()
        value = func(*args)
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start
        return value

    report = BuildReport(Dataset())
    places, actors, size = set(), set(), 0
    for path in files:
        source = timed("read", read_source, path)
        size += len(source.text.encode("utf-8"))
        cleaned = timed("normalise", normalise, source.text)
        text = NormalisedText(cleaned.text, compose(cleaned.origin, source.origin), source)
        structure = timed("structure", parse_document, text.text)
        extraction = timed("extract", extractor.extract, structure)
        document = DocumentGraph(report.dataset, SourceInfo.of(path, source.raw), structure, extraction)
        timed("graph", document.add)
        places |= document.places
        actors |= document.actors
    timed("graph", add_reference, report.dataset, places, actors, extractor.gazetteer)
    union = union_graph(report.dataset)
    triples = len(union)
    violations = timed("shacl", check, union)
    timed("serialise", serialise, report.dataset)
    mb = size / 1e6
    print(f"\n{folder}: {len(files)} documents, {mb:.3f} MB of text, {triples} triples, "
          f"{len(violations)} SHACL violations")
    print(f"{'stage':<10} {'seconds':>9} {'MB/s':>9} {'triples/s':>11}")
    for stage, seconds in timings.items():
        rate = f"{triples / seconds:,.0f}" if stage in ("graph", "shacl", "serialise") else ""
        print(f"{stage:<10} {seconds:>9.3f} {mb / seconds if seconds else float('inf'):>9.3f} {rate:>11}")
    total = sum(timings.values())
    print(f"{'total':<10} {total:>9.3f} {mb / total:>9.3f}")


def main(argv: list[str]) -> None:
    folders = [Path(a) for a in argv] or [p for p in (REPO / "seeds", REPO.parent / "shared" / "corpus" / "govcn-2019")
                                           if p.is_dir()]
    start = time.perf_counter()
    extractor = Extractor()
    print(f"start-up (gazetteer, lexicons, jieba): {time.perf_counter() - start:.2f} s")
    for folder in folders:
        bench(folder, extractor)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (max RSS): {peak:.0f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
